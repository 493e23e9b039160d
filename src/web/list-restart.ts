import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request, RequestHandler } from 'express';
import type { FieldError } from '../common/problem';
import { familyWords, type Lang, ownerWords, providerWords } from '../words';

/**
 * webcursor: a web page's „Volgende"/„Oudere" link whose cursor no longer holds (an old bookmark, a link made before the
 * signing secret changed, one copied from another list) starts its list again at page one rather than showing an error.
 * The problem filter answers such a page with a redirect to the same page without that cursor and its back trail, flagged
 * `?restarted=1`; the flag is taken off the address before the page's query is checked (no page takes it) and `page()`
 * shows the notice once, in the words of the page's reader. No session store: the flag is the whole of it.
 */
const RESTARTED = 'restarted';

/** The name of a list's back trail beside its cursor's (`PagerKeys`): `back` for `cursor`, `<name>Back` for a second list's. */
export const trailOf = (cursorParam: string) => (cursorParam === 'cursor' ? 'back' : `${cursorParam}Back`);

type Audience = 'owner' | 'provider' | 'family';

/** The reader of a web page by its address: the workspace, the desk, the family portal (the API has no pages). */
export const audienceAt = (path: string): Audience | undefined =>
  path === '/app' || path.startsWith('/app/') ? 'owner'
  : path === '/desk' || path.startsWith('/desk/') ? 'provider'
  : path === '/family' || path.startsWith('/family/') ? 'family'
  : undefined;

/** Whose page, while a page flagged as restarted is made. */
const restartedFor = new AsyncLocalStorage<Audience>();

/**
 * Where a web page refused only for cursors that do not hold starts again: the same page without those cursors and their
 * back trails, every other parameter kept; undefined when the request is no such page (the API, a form's post, another
 * refusal beside the cursor, a cursor not in the address).
 */
export function restartedListAddress(request: Request, refused: FieldError[] | undefined): string | undefined {
  if (request.method !== 'GET' || !audienceAt(request.path) || !refused?.length) return undefined;
  const query = new URLSearchParams(request.originalUrl.slice(request.originalUrl.indexOf('?') + 1 || request.originalUrl.length));
  if (!refused.every((e) => e.rule === 'staleCursor' && query.has(e.field))) return undefined;
  for (const { field } of refused) query.delete(field), query.delete(trailOf(field));
  query.set(RESTARTED, '1');
  return `${request.path}?${query}`;
}

/** Takes the flag off a page's address (so its query is checked as ever) and keeps it for `page()` while that page is made. */
export const listRestartFlag: RequestHandler = (request, _response, next) => {
  const audience = audienceAt(request.path);
  const [path, search] = request.url.split(/\?(.*)/s);
  const query = new URLSearchParams(search ?? '');
  if (request.method !== 'GET' || !audience || !query.has(RESTARTED)) return next();
  query.delete(RESTARTED);
  request.url = query.size ? `${path}?${query}` : path;
  restartedFor.run(audience, next);
};

/** The notice's words on the page being made, in its reader's words and language; undefined on every other page. */
export function listRestartedNotice(lang: Lang): string | undefined {
  const audience = restartedFor.getStore();
  if (!audience) return undefined;
  return audience === 'owner' ? ownerWords(lang).notices.listRestarted : audience === 'provider' ? providerWords(lang).shell.listRestarted : familyWords(lang).listRestarted;
}
