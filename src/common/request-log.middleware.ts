import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const logger = new Logger('http');

/**
 * One structured line per request. It logs the route pattern, never the concrete URL or body,
 * so no names, codes or ids of people end up in the logs.
 */
export function requestLog(req: Request, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    logger.log({
      msg: 'request',
      method: req.method,
      route: routePattern(req),
      status: res.statusCode,
      ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
      principal: (req as Request & { principal?: { kind: string } }).principal?.kind ?? 'anonymous',
    });
  });
  next();
}

/** The matched route's pattern (`/api/v1/contracts/:id`), known once routing is done; `unmatched` for unknown URLs. */
export function routePattern(req: Request): string {
  const route = (req.route as { path?: string } | undefined)?.path;
  return route ? `${req.baseUrl}${route}` : 'unmatched';
}
