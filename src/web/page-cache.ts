import type { RequestHandler } from 'express';
import { audienceAt } from './list-restart';

/**
 * pagecache (audit98 F4): every answer at the workspace's, the desk's and the family portal's addresses is
 * `private, no-store` (RFC 9111 §5.2.2.5, §5.2.2.7): no proxy keeps it and the browser keeps no copy its back button or history
 * could show on a shared computer after sign-out. The signed-out pages too: the family's login page names her case owner after
 * her session ran out and gives back a refused code, the emailed link's page holds its code, a redirect carries a page's address.
 * Set before the route, so guards' and the problem filter's redirects and error pages carry it as well. The API keeps its
 * `private, no-cache` (`privateRevalidated`), the one script under /assets its `public, max-age` (it holds nothing personal).
 */
export const pagesUnstored: RequestHandler = (request, response, next) => {
  if (audienceAt(request.path)) response.set('Cache-Control', 'private, no-store');
  next();
};
