import { applyDecorators } from '@nestjs/common';
import { IsIn, IsOptional } from 'class-validator';
import { html, SafeHtml } from './html';

/**
 * A page reached from Today (`?from=today`) offers the way back to it; its forms post with the same query, and the page a post
 * returns to (or shows a refusal on) keeps it, so the way back stays offered until the owner takes it.
 */
export const fromToday = (from: unknown): boolean => from === 'today';

/** The `?from=` query parameter of a page Today links to: `today` or none. */
export const IsFromToday = () => applyDecorators(IsOptional(), IsIn(['today']));

/** `path` (its query and anchor kept) as reached from Today, when it was. */
export function keepFromToday(path: string, cameFromToday: boolean | undefined): string {
  if (!cameFromToday) return path;
  const [address, anchor] = path.split('#');
  return `${address}${address.includes('?') ? '&' : '?'}from=today${anchor === undefined ? '' : `#${anchor}`}`;
}

/** A search form's (GET) field that keeps it: the page it shows is still reached from Today. */
export const fromTodayField = (cameFromToday: boolean | undefined): SafeHtml | '' => (cameFromToday ? html`<input type="hidden" name="from" value="today">` : '');
