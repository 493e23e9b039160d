import type { RequestHandler } from 'express';
import helmet, { HelmetOptions } from 'helmet';
import { STYLE_SOURCE } from './html';

type Directives = NonNullable<NonNullable<Exclude<HelmetOptions['contentSecurityPolicy'], boolean>>['directives']>;

/**
 * Our pages style only with the one stylesheet of `page()` (allowed by its hash) and run no inline
 * script: only our own script files (the upload progress bar), which post back to us (connect-src).
 */
const PAGES: Directives = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  connectSrc: ["'self'"],
  styleSrc: [STYLE_SOURCE],
  imgSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
};

/** Swagger UI loads its own scripts and styles from /api/docs and writes inline styles and data: icons. */
const DOCS: Directives = {
  defaultSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
};

const withPolicy = (directives: Directives) =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    // Sent only over HTTPS (below): over plain HTTP a browser ignores it, and a local demo must stay reachable.
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    // Same-origin pages still get the Referer (the form-submission check reads it); other sites never see our URLs (estate ids).
    referrerPolicy: { policy: 'same-origin' },
  });

const isDocs = (path: string) => path === '/api/docs' || path.startsWith('/api/docs/');

/**
 * Security headers on every response (helmet): CSP, no framing, nosniff, Referrer-Policy, no
 * X-Powered-By; HSTS when the request came over HTTPS (directly or, with STEWARD_TRUST_PROXY, via the proxy).
 */
export function securityHeaders(): RequestHandler {
  const pages = withPolicy(PAGES);
  const docs = withPolicy(DOCS);
  const hsts = helmet.strictTransportSecurity();
  return (req, res, next) => (isDocs(req.path) ? docs : pages)(req, res, (error?: unknown) => (error || !req.secure ? next(error) : hsts(req, res, next)));
}
