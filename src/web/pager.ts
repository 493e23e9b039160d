import { applyDecorators } from '@nestjs/common';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/paging';
import { html, SafeHtml } from './html';

const WORDS = { nl: { previous: 'Vorige', next: 'Volgende', pages: 'Pagina’s' }, en: { previous: 'Previous', next: 'Next', pages: 'Pages' } };

/**
 * Cursors of the pages before this one travel in `?back=`, so "previous" needs no reverse query; a long trail keeps its end.
 * Joined by a character no cursor holds (base64url and the `.` before its signature, cursorbind).
 */
const BACK_SEPARATOR = '~';
const BACK_KEPT = 20;

/** The `?back=` query parameter of a paged web list. */
export const IsBackTrail = () => applyDecorators(IsOptional(), IsString(), MaxLength(9000));

/** Where a paged web list stands: its own cursor and the cursors of the pages before it. */
export interface PagePosition {
  cursor?: string;
  back?: string;
}

/** The query parameter names of a list's position: a page with two lists gives the second its own. */
export interface PagerKeys {
  cursor: string;
  /** `trailOf(cursor)`: the name a page that starts the list again drops with the cursor (src/web/list-restart.ts). */
  back: string;
  /** The list's heading id, so the browser lands on the list rather than the top of the page. */
  anchor?: string;
}

/** The words of a pager's links and its navigation's name. */
export type PagerWords = (typeof WORDS)['nl'];

/**
 * "Previous" / "Next" links of a keyset-paged list page. `params` are the list's other query
 * parameters (search, filter, tab, another list's position), kept on both links; `words`: a list's own (the contract's history: "Oudere gebeurtenissen").
 */
export function pager(path: string, params: Record<string, string | undefined>, at: PagePosition, nextCursor: string | null, lang: 'nl' | 'en', keys: PagerKeys = { cursor: 'cursor', back: 'back' }, words: PagerWords = WORDS[lang]): SafeHtml | '' {
  const w = words;
  const trail = at.back ? at.back.split(BACK_SEPARATOR).filter(Boolean) : [];
  const link = (cursor: string | undefined, back: string[]) => `${path}${positionQuery(params, { cursor, back: back.slice(-BACK_KEPT).join(BACK_SEPARATOR) }, keys)}${keys.anchor ? `#${keys.anchor}` : ''}`;
  const previous = at.cursor ? html`<a rel="prev" href="${link(trail.at(-1), trail.slice(0, -1))}">${w.previous}</a>` : '';
  const next = nextCursor ? html`<a rel="next" href="${link(nextCursor, at.cursor ? [...trail, at.cursor] : [])}">${w.next}</a>` : '';
  return previous || next ? html`<nav class="pager" aria-label="${w.pages}"><p>${previous}${previous && next ? ' · ' : ''}${next}</p></nav>` : '';
}

/**
 * A list's position with the page's other parameters as a query string (`?…`, empty when none): for a link to the
 * page, and for a form on it that posts its position along, so its answer shows the same page again.
 */
export function positionQuery(params: Record<string, string | undefined>, at: PagePosition, keys: Pick<PagerKeys, 'cursor' | 'back'>): string {
  const query = new URLSearchParams(Object.entries({ ...params, [keys.cursor]: at.cursor, [keys.back]: at.back }).filter((e): e is [string, string] => !!e[1]));
  return query.size ? `?${query}` : '';
}

/** The query of a page that takes no parameter: any is refused (400 naming it), not silently ignored. */
export class NoQueryDto {}

/** A paged workspace list: where it stands, the trail back, and which action was just done (for the notice). */
export class ListPageQueryDto extends PageQueryDto {
  @IsBackTrail()
  back?: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  done?: string;
}
