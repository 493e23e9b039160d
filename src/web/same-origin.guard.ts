import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { WEB_KEY } from '../auth/auth.decorators';
import { ReaderWordedProblem } from '../common/problem';
import { StewardConfig } from '../config/config';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Web pages authenticate by cookie, so a form on another site could post with it; SameSite alone
 * depends on the browser and lets sibling subdomains through. So every state-changing web request
 * must come from our own pages: refused when the browser says it is cross-site or names another
 * origin. Ours is the one the request was sent to (behind STEWARD_TRUST_PROXY, as the proxy reports
 * it) or STEWARD_PUBLIC_URL. Bearer-token API calls carry no cookie and are not web routes.
 */
@Injectable()
export class SameOriginGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: StewardConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(request.method) || !this.reflector.getAllAndOverride(WEB_KEY, [context.getHandler(), context.getClass()])) return true;
    const origin = request.get('Origin');
    const crossSite = request.get('Sec-Fetch-Site') === 'cross-site' || (origin !== undefined && origin !== `${request.protocol}://${request.host}` && origin !== this.config.publicUrl);
    if (crossSite) throw new ReaderWordedProblem(403, 'cross-site', 'crossSite');
    return true;
  }
}
