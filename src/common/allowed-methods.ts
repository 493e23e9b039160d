import type { NextFunction, Request, Response } from 'express';

/** An Express route as the router keeps it. */
interface RouteLayer {
  route?: { _methods(): string[] };
  match(path: string): false | { params?: Record<string, unknown> };
}

/**
 * The methods the routes at exactly this address take (HEAD with GET, as Express answers it). `named: false` (the 405 of the
 * problem filter): none when one of them names a resource by a parameter (`/contracts/:id`), so what is outside the caller's
 * reach stays 404. `named: true` (OPTIONS): those too — they are the route's methods, the same for any id, so they tell nothing of reach.
 */
export function methodsAt(request: Request, named = false): string[] {
  const stack = (request.app as unknown as { router?: { stack?: RouteLayer[] } }).router?.stack ?? [];
  const methods = new Set<string>();
  for (const layer of stack) {
    const match = layer.route ? layer.match(request.path) : false;
    if (!match) continue;
    if (!named && Object.keys(match.params ?? {}).length) return [];
    layer.route!._methods().forEach((method) => methods.add(method));
  }
  return [...methods];
}

/**
 * httpcache: `OPTIONS` on an API address answers 204 with `Allow` (RFC 9110 §9.3.7), the methods its routes take and OPTIONS.
 * No route there: on to the 404. CORS is not opened by it: no `Access-Control-*` header is sent (the API serves no other origin).
 */
export function answerOptions(request: Request, response: Response, next: NextFunction): void {
  if (request.method !== 'OPTIONS') return next();
  const methods = methodsAt(request, true).filter((method) => method !== 'OPTIONS');
  if (!methods.length) return next();
  response.set('Allow', [...methods, 'OPTIONS'].join(', ')).status(204).end();
}
