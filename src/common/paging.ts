import { createHmac, randomBytes } from 'node:crypto';
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { SelectQueryBuilder } from 'typeorm';
import { FieldError, ValidationProblem } from './problem';
import { CheckedBy } from './validation';

/** Every list answers a page: the items and the cursor of the next page (null on the last one). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** A query parameter holding a list's cursor (opaque, as a page gave it). */
export const IsCursor = () => applyDecorators(IsOptional(), IsString(), MaxLength(400));

/** `?cursor=&limit=` of every paged list. A text no list could have given is named beside a refused `limit`, in one answer. */
@CheckedBy<PageQueryDto>(pageQueryRules)
export class PageQueryDto {
  @ApiPropertyOptional({
    description:
      '`nextCursor` of the previous page of this same list (opaque). A cursor holds only for the list that gave it: another list, ' +
      'the same list with other filters or for another estate, contract or provider, an altered cursor, or one from an earlier ' +
      'version of Steward is refused with 400 naming `cursor` (rule `staleCursor`): start again at the first page, without `cursor`.',
  })
  @IsCursor()
  cursor?: string;

  @ApiPropertyOptional({ default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}

/** What one sort-key part of a cursor must look like; anything else is not a cursor of ours. */
export type KeyPart = 'timestamp' | 'uuid' | 'date' | 'int' | 'name';
const PART: Record<KeyPart, (v: unknown) => boolean> = {
  // Microseconds, as PostgreSQL keeps them: a millisecond JavaScript date would skip or repeat rows.
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(v),
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  date: (v) => typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v),
  int: (v) => typeof v === 'string' && /^\d{1,19}$/.test(v),
  // A person's name, as the lists sorted by name (the owner picker) continue after it.
  name: (v) => typeof v === 'string' && v.length <= 200,
};

/** The keyset position after a row: its sort key parts, the row's id last. */
export type Position = string[];

/**
 * Which list a cursor belongs to (cursorbind, audit93 F8): its name and what decides its rows, the scope in the path (the
 * estate, contract or provider) and the filters. Made where the list is read and where its cursor is read back, alike.
 */
export type CursorList = string & { readonly cursorList: unique symbol };
export const listOf = (name: string, ...scope: unknown[]): CursorList => JSON.stringify([name, ...scope.map((part) => part ?? null)]) as CursorList;

/**
 * The key cursors are signed with: derived from the app's signing secret at start (`useCursorKey`), so a cursor of another list,
 * an altered one or one from a build before binding fails the check; a per-process key until then (unit tests).
 */
let cursorKey: Buffer = randomBytes(32);
export const useCursorKey = (signingSecret: string) => {
  cursorKey = createHmac('sha256', signingSecret).update('steward list cursors v1').digest();
};

/** The signature of a cursor's position for its list: 128 bits of HMAC-SHA256, base64url. */
const signatureOf = (list: CursorList, payload: string) => createHmac('sha256', cursorKey).update(`${list}\n${payload}`).digest().subarray(0, 16).toString('base64url');

/** `<position as base64url JSON>.<signature>`: the position stays readable, only its list can take it. */
export const encodeCursor = (list: CursorList, position: Position): string => {
  const payload = Buffer.from(JSON.stringify(position)).toString('base64url');
  return `${payload}.${signatureOf(list, payload)}`;
};

/** The cursor's parts, or null when the text is no cursor of any list (not our encoding of a list of texts). */
function cursorParts(text: string): unknown[] | null {
  const [payload, signature, ...rest] = text.split('.');
  if (!signature || rest.length) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString());
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** The position, or null when the text is not a cursor this list gave (another list's, altered, unsigned) or not of its key shape. */
function decodeCursor(list: CursorList, text: string, shape: readonly KeyPart[]): Position | null {
  const parts = cursorParts(text);
  if (!parts || text.slice(text.indexOf('.') + 1) !== signatureOf(list, text.slice(0, text.indexOf('.')))) return null;
  const fits = parts.length === shape.length && shape.every((kind, i) => PART[kind](parts[i]));
  return fits ? (parts as Position) : null;
}

const notACursor = (field: string): FieldError => ({ field, message: 'is not a cursor of this list', rule: 'staleCursor' });

/**
 * The query's rules that need no list (`FieldRules`): a cursor that is none at all. Which list's cursor it is can
 * only be told by the route (`positionOf`), once the query parsed.
 */
function pageQueryRules({ cursor }: { cursor?: string }): FieldError[] {
  return cursor !== undefined && cursor !== '' && !cursorParts(cursor) ? [notACursor('cursor')] : [];
}

/**
 * The decoded `cursor` query parameter (null for the first page); one this list did not give is a 400 naming the
 * field (`field`: the parameter's name where a page has a second list).
 */
export function positionOf(list: CursorList, cursor: string | undefined, shape: readonly KeyPart[], field = 'cursor'): Position | null {
  if (cursor === undefined || cursor === '') return null;
  const position = decodeCursor(list, cursor, shape);
  if (!position) throw new ValidationProblem([notACursor(field)], 400);
  return position;
}

/**
 * A page from rows fetched with `LIMIT limit + 1`: the extra row only tells that there is more.
 * `keyOf` gives the row's position (sort key parts, id last); the cursor is `list`'s.
 */
export function pageOf<R, T = R>(list: CursorList, rows: R[], limit: number, keyOf: (row: R) => Position, view: (row: R) => T = (r) => r as unknown as T): Page<T> {
  const items = rows.slice(0, limit);
  return { items: items.map(view), nextCursor: rows.length > limit ? encodeCursor(list, keyOf(items[items.length - 1])) : null };
}

/**
 * A page of the rows a reader may see when only code can tell which (the family's timeline, their
 * documents): the list is read on until the page is full or it ends, so only the last page is short,
 * and a next page is offered only when it holds something (never an empty one behind a "more" link).
 * `read` gives a page of the underlying list (`underlying`) after a position; `keep` maps a row, or null to skip it.
 * The page's cursor is `list`'s (the reader's list), not the underlying one's.
 */
export async function filledPage<R, T>(list: CursorList, underlying: CursorList, read: (after: Position | null, limit: number) => Promise<Page<R>>, keep: (row: R) => T | null, shape: readonly KeyPart[], after: Position | null, limit: number): Promise<Page<T>> {
  const items: T[] = [];
  let position = after;
  for (;;) {
    // Never more rows than the page still has room for: the last read's cursor is then exactly where this page ends.
    const page = await read(position, limit - items.length);
    items.push(...page.items.map(keep).filter((item): item is T => item !== null));
    if (!page.nextCursor) return { items, nextCursor: null };
    position = positionOf(underlying, page.nextCursor, shape);
    if (items.length === limit) return { items, nextCursor: (await keepsAny(underlying, read, keep, shape, page.nextCursor, limit)) ? encodeCursor(list, position!) : null };
  }
}

/** Whether the list after `cursor` holds a row the reader may see. */
async function keepsAny<R>(underlying: CursorList, read: (after: Position | null, limit: number) => Promise<Page<R>>, keep: (row: R) => unknown, shape: readonly KeyPart[], cursor: string, batch: number): Promise<boolean> {
  for (let next: string | null = cursor; next; ) {
    const page = await read(positionOf(underlying, next, shape), batch);
    if (page.items.some((row) => keep(row) !== null)) return true;
    next = page.nextCursor;
  }
  return false;
}

/** SQL text of a timestamp column at microsecond precision, the form a `timestamp` cursor part takes. */
export const cursorTimestamp = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The cursor of a list ordered by its rows' creation time, then id. */
export const CREATED_AT_CURSOR = ['timestamp', 'uuid'] as const;

/**
 * Runs an entity query as one keyset page ordered by `(alias.created_at, alias.id)`, newest first
 * unless `direction` is ASC. `after` is a decoded CREATED_AT_CURSOR; the caller adds its own filters.
 */
export async function createdAtPage<E extends { id: string }>(list: CursorList, query: SelectQueryBuilder<E>, alias: string, after: Position | null, limit: number, direction: 'ASC' | 'DESC' = 'DESC'): Promise<Page<E>> {
  const at = `${alias}.created_at`;
  query.addSelect(cursorTimestamp(at), 'cursor_at').orderBy(at, direction).addOrderBy(`${alias}.id`, direction).limit(limit + 1);
  if (after) query.andWhere(`(${at}, ${alias}.id) ${direction === 'DESC' ? '<' : '>'} (:afterAt::timestamptz, :afterId::uuid)`, { afterAt: after[0], afterId: after[1] });
  const { raw, entities } = await query.getRawAndEntities<{ cursor_at: string }>();
  return pageOf(
    list,
    entities.map((entity, i) => ({ entity, at: raw[i].cursor_at })),
    limit,
    (row) => [row.at, row.entity.id],
    (row) => row.entity,
  );
}

/** `LIKE` pattern for "contains", with the user's `%`, `_` and `\` taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
