import { API } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { Account, account, contractWithCalls } from '../workspace/support';

interface Entry {
  id: string;
  event: string;
  summary: string;
}

/**
 * pagehist (issue 13 item 2): a contract with a long conversation no longer answers its whole history in one read. Its
 * read holds the newest 50 entries (oldest first, as it always read) and `timelineNext`; `GET /contracts/{id}/timeline`
 * pages the rest, newest first, like the estate's timeline.
 */
describe("a contract's history is paged", () => {
  let t: TestApp;
  let anna: Account;
  let contractId: string;
  /** How many entries the contract's history holds: its addition, the step that made it ready (no documents needed) and 60 calls. */
  const total = 62;

  beforeAll(async () => {
    t = await startTestApp();
    anna = await account(t, 'Anna de Boer', 'specialist', 'nl');
    ({ id: contractId } = await contractWithCalls(t, anna, 60));
    // 60 calls recorded one by one: more than the default minute on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  const outcome = (e: Entry) => /Gesprek \d+/.exec(e.summary)?.[0] ?? e.event;

  it('reads the newest 50 entries with the contract, and the cursor walks all older ones, none twice', async () => {
    const contract = (await anna.api.get(`${API}/contracts/${contractId}`).expect(200)).body as { timeline: Entry[]; timelineNext: string | null };
    expect(contract.timeline).toHaveLength(50);
    // Oldest first as the contract always read: the 11th call up to the latest.
    expect(contract.timeline.map(outcome).slice(0, 2)).toEqual(['Gesprek 11', 'Gesprek 12']);
    expect(outcome(contract.timeline.at(-1)!)).toBe('Gesprek 60');
    expect(contract.timelineNext).toEqual(expect.any(String));

    // The cursor the contract gave continues with the older ones, newest first, down to the contract's addition and its first step.
    const older = (await anna.api.get(`${API}/contracts/${contractId}/timeline?cursor=${contract.timelineNext}`).expect(200)).body as { items: Entry[]; nextCursor: string | null };
    expect(older.items.map(outcome)).toEqual([...[...Array(10).keys()].map((i) => `Gesprek ${10 - i}`), 'DOCUMENTS_CHANGED', 'contract.added']);
    expect(older.nextCursor).toBeNull();

    // Walked from the start in pages of 7, every entry comes once, newest first.
    const walked: Entry[] = [];
    let pages = 0;
    for (let cursor: string | null = ''; cursor !== null; pages++) {
      const page = (await anna.api.get(`${API}/contracts/${contractId}/timeline?limit=7${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body as { items: Entry[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(7);
      walked.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(pages).toBe(Math.ceil(total / 7));
    expect(walked).toHaveLength(total);
    expect(new Set(walked.map((e) => e.id)).size).toBe(total);
    expect(walked[0].id).toBe(contract.timeline.at(-1)!.id);
    expect(walked.map((e) => e.id)).toEqual([...contract.timeline].reverse().concat(older.items).map((e) => e.id));
  });

  it('refuses a limit out of bounds and a cursor of another list with 400 naming the field, and answers 404 outside her reach', async () => {
    for (const query of ['limit=0', 'limit=201', 'limit=many']) {
      const refused = await anna.api.get(`${API}/contracts/${contractId}/timeline?${query}`).expect(400);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['limit']);
    }
    // Not a cursor at all, and one of the estates' list (its creation time and id): neither is this list's.
    const estates = (await anna.api.get(`${API}/estates?limit=1`).expect(200)).body;
    for (const cursor of ['nope', estates.nextCursor ?? Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000000Z', contractId])).toString('base64url')]) {
      const refused = await anna.api.get(`${API}/contracts/${contractId}/timeline?cursor=${cursor}`).expect(400);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'cursor', message: 'is not a cursor of this list' })]);
    }
    const other = await account(t, 'Bram Smit', 'specialist', 'nl');
    await other.api.get(`${API}/contracts/${contractId}/timeline`).expect(404);
  });
});
