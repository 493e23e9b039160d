import { ProblemException } from './problem';
import { containsPattern, encodeCursor, filledPage, listOf, pageOf, Position, positionOf } from './paging';

describe('keyset cursors', () => {
  const shape = ['timestamp', 'uuid'] as const;
  const position = ['2026-11-23T08:00:00.123456Z', '5b0c8c1e-7a51-4a5e-9a7e-3f1c2d4e5f60'];
  const letters = listOf('letters', '0b7c2a4e-1d3f-4a5b-8c6d-7e8f9a0b1c2d');

  it('reads back the position it wrote', () => {
    expect(positionOf(letters, encodeCursor(letters, position), shape)).toEqual(position);
    expect(positionOf(letters, undefined, shape)).toBeNull();
  });

  const signed = encodeCursor(letters, position);
  it.each([
    ['garbage', 'not-a-cursor'],
    ['a cursor of a list with another key', encodeCursor(letters, ['1', '9999-12-31', position[1]])],
    ['a millisecond timestamp', encodeCursor(letters, ['2026-11-23T08:00:00.123Z', position[1]])],
    ['an id that is no uuid', encodeCursor(letters, [position[0], "x' OR 1=1"])],
    ['the same list of another estate', encodeCursor(listOf('letters', '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'), position)],
    ['another list of the same estate', encodeCursor(listOf('documents', '0b7c2a4e-1d3f-4a5b-8c6d-7e8f9a0b1c2d'), position)],
    ['a position altered under its signature', `${Buffer.from(JSON.stringify([position[0], '00000000-0000-4000-8000-000000000000'])).toString('base64url')}${signed.slice(signed.indexOf('.'))}`],
    ['an unsigned cursor of a build before binding', Buffer.from(JSON.stringify(position)).toString('base64url')],
  ])('refuses %s as a 400 naming the cursor', (_what, text) => {
    try {
      positionOf(letters, text, shape);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ProblemException);
      expect((error as ProblemException).getStatus()).toBe(400);
      expect((error as ProblemException).getResponse()).toMatchObject({ errors: [{ field: 'cursor' }] });
    }
  });

  it('continues after the last item shown, only when a row beyond the page was read', () => {
    const rows = ['a', 'b', 'c'].map((id, i) => ({ id, at: `2026-11-2${i}T00:00:00.000000Z` }));
    const full = pageOf(letters, rows, 2, (r) => [r.at, r.id]);
    expect(full.items.map((r) => r.id)).toEqual(['a', 'b']);
    expect(positionOf(letters, full.nextCursor!, ['timestamp', 'name'])).toEqual([rows[1].at, 'b']);
    expect(pageOf(letters, rows, 3, (r) => [r.at, r.id]).nextCursor).toBeNull();
  });

  it('takes the searcher\'s %, _ and \\ literally', () => {
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });

  it('fills a page of the rows a reader may see, and offers no empty page after the last of them', async () => {
    // Rows 1..9 by seq, the reader sees the even ones: 2, 4, 6, 8, then 9 is hidden.
    const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const [all, seen] = [listOf('numbers'), listOf('even numbers')];
    const read = async (after: Position | null, limit: number) => pageOf(all, rows.filter((n) => !after || n > Number(after[0])).slice(0, limit + 1), limit, (n) => [String(n)]);
    const even = (n: number) => (n % 2 ? null : n);
    const pages: number[][] = [];
    let after: Position | null = null;
    for (;;) {
      const page = await filledPage(seen, all, read, even, ['int'], after, 2);
      pages.push(page.items);
      if (!page.nextCursor) break;
      after = positionOf(seen, page.nextCursor, ['int']);
    }
    expect(pages).toEqual([[2, 4], [6, 8]]);
  });
});
