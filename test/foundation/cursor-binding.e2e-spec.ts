import { API, createEstate, createProvider, providerWithDesk, TINY_PDF } from '../support/fixtures';
import { apiDocument, operationsOf } from '../support/openapi-operations';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * cursorbind (audit93 F8): a cursor holds only for the list that gave it. One from another list, from the same list with another
 * filter or for another estate is refused with 400 naming `cursor` in the reader's words; the list's own walks to its end.
 */
describe('a cursor works only on the list that made it', () => {
  let t: TestApp;
  let anna: Specialist;
  let kpnDesk: Session;
  let kpnId: string;
  const estates: { id: string }[] = [];

  type Paged = { items: { id?: string }[]; nextCursor: string | null };
  /** The `nextCursor` of a list's first page of one (a real cursor, as a client keeps it). */
  const cursorOf = async (session: Session, path: string) => {
    const body: Paged = (await session.get(`${path}${path.includes('?') ? '&' : '?'}limit=1`).expect(200)).body;
    expect(body.nextCursor).toEqual(expect.any(String));
    return body.nextCursor!;
  };
  /** Every item id of a list, walked with its own cursors. */
  const walk = async (session: Session, path: string) => {
    const seen: unknown[] = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const body: Paged = (await session.get(`${path}${path.includes('?') ? '&' : '?'}limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`).expect(200)).body;
      seen.push(...body.items.map((i) => JSON.stringify(i)));
      cursor = body.nextCursor;
    }
    return seen;
  };

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    let kpn: { id: string };
    ({ provider: kpn, desk: kpnDesk } = await providerWithDesk(t, { name: 'KPN', requiredDocuments: ['death_certificate'] }, 'KPN'));
    kpnId = kpn.id;
    const ziggo = await createProvider(t.admin, { name: 'Ziggo', requiredDocuments: ['death_certificate'] });
    for (const surname of ['Jansen', 'Bakker', 'Visser']) {
      const estate = await createEstate(anna, { givenNames: 'Maria', surname });
      estates.push(estate);
      await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
      await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte-2.pdf').expect(201);
      for (const provider of [kpn, ziggo]) {
        const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: `${surname}-${provider.id.slice(0, 4)}`, action: 'cancel' }).expect(201)).body;
        await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      }
    }
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
  });
  afterAll(() => t?.close());

  const refusedAsStale = (body: { errors: { field: string; message: string }[] }, message: string) => expect(body.errors).toEqual([{ field: 'cursor', message }]);
  const STALE_NL = 'Deze pagina van de lijst bestaat niet (meer). Open de lijst opnieuw vanaf het begin';

  it("refuses the owner's list a cursor of another list, of another filter or of another estate, and walks its own to the end", async () => {
    const [a, b] = estates;
    const lists = {
      estates: `${API}/estates`,
      estatesSearched: `${API}/estates?q=Maria`,
      lettersA: `${API}/estates/${a.id}/letters`,
      lettersB: `${API}/estates/${b.id}/letters`,
      documentsA: `${API}/estates/${a.id}/documents`,
      contractsA: `${API}/estates/${a.id}/contracts`,
      timelineA: `${API}/estates/${a.id}/timeline`,
    };
    // [list, the list whose cursor it is given]
    const table: [keyof typeof lists, keyof typeof lists][] = [
      ['estates', 'estatesSearched'],
      ['estatesSearched', 'estates'],
      ['lettersA', 'lettersB'],
      ['lettersA', 'documentsA'],
      ['documentsA', 'contractsA'],
      ['contractsA', 'estates'],
      ['timelineA', 'lettersA'],
    ];
    for (const [list, from] of table) {
      const foreign = await cursorOf(anna, lists[from]);
      const refused = await anna.get(`${lists[list]}${lists[list].includes('?') ? '&' : '?'}cursor=${encodeURIComponent(foreign)}`).expect(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      // The owner's API names the field in its technical words and says what to do in her own (Anna reads Dutch).
      expect(refused.body.errors).toEqual([{ field: 'cursor', message: 'is not a cursor of this list' }]);
      expect(refused.body.detail).toBe(`${STALE_NL}. Er is niets gewijzigd.`);
    }
    for (const path of Object.values(lists)) {
      const whole = (await anna.get(`${path}${path.includes('?') ? '&' : '?'}limit=200`).expect(200)).body.items.map((i: unknown) => JSON.stringify(i));
      expect(await walk(anna, path)).toEqual(whole);
    }
  });

  it("refuses a Dutch desk's tab a cursor of another tab, in Dutch, and takes its own", async () => {
    const all = await kpnDesk.get(`${API}/provider-desk/requests?status=all&limit=1`).expect(200);
    const next = /cursor=([^&>]+)/.exec(all.headers.link ?? '')?.[1];
    expect(next).toEqual(expect.any(String));
    await kpnDesk.get(`${API}/provider-desk/requests?status=all&limit=1&cursor=${next}`).expect(200);
    const refused = await kpnDesk.get(`${API}/provider-desk/requests?status=open&limit=1&cursor=${next}`).expect(400);
    refusedAsStale(refused.body, `${STALE_NL}.`);
  });

  it("continues the family's overview's first page of contracts at the contracts list, and refuses the owner's cursor there in the family's words", async () => {
    const maria = await relative(t, anna, estates[0].id, 'Maria Jansen');
    const overview = (await maria.get(`${API}/portal/estate?limit=1`).expect(200)).body;
    const embedded: string = overview.contracts.nextCursor;
    expect(embedded).toEqual(expect.any(String));
    await maria.get(`${API}/portal/contracts?cursor=${encodeURIComponent(embedded)}`).expect(200);
    const page = (await maria.get(`${API}/portal/contracts?limit=1`).expect(200)).body;
    expect((await maria.get(`${API}/portal/contracts?limit=1&cursor=${encodeURIComponent(page.nextCursor)}`).expect(200)).body.items).toHaveLength(1);
    const owners = await cursorOf(anna, `${API}/estates/${estates[0].id}/letters`);
    const refused = await maria.get(`${API}/portal/contracts?cursor=${encodeURIComponent(owners)}`).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'cursor', message: 'is not a cursor of this list' }]);
    expect(refused.body.detail).toContain(STALE_NL);
  });

  it('refuses, on every paged route of the API document, a cursor no list gave, naming `cursor`', async () => {
    // A position of the right shape signed by nobody: what a cursor of another key (a restart with a new secret) looks like.
    const nobodys = `${Buffer.from(JSON.stringify(['2026-11-20T09:00:00.000000Z', '5b1d1c0e-7a55-4c61-9d0f-0c8c4f3a2b11'])).toString('base64url')}.AAAAAAAAAAAAAAAAAAAAAA`;
    const estate = estates[0].id;
    const contract = (await anna.get(`${API}/estates/${estate}/contracts`).expect(200)).body.items.find((c: { providerId?: string; provider?: { id: string } }) => (c.providerId ?? c.provider?.id) === kpnId)?.id;
    const document = (await anna.get(`${API}/estates/${estate}/documents`).expect(200)).body.items[0].id;
    const maria = await relative(t, anna, estate, 'Maria Visser');
    const member = (await anna.get(`${API}/estates/${estate}/family-members`).expect(200)).body.items[0].id;
    // The real id each path parameter names, by the collection in front of it: in the caller's reach, so only the cursor is refused.
    const ids: Record<string, string> = { estates: estate, contracts: contract, requests: contract, documents: document, providers: kpnId, 'family-members': member, users: anna.userId };
    const paged = operationsOf(apiDocument(t.app)).filter((op) => op.method === 'GET' && op.parameters.some((p) => p.in === 'query' && p.name === 'cursor'));
    expect(paged.length).toBeGreaterThan(20);
    const answers: Record<string, unknown> = {};
    for (const op of paged) {
      const path = op.path.replace(/\/([a-z-]+)\/\{\w+\}/g, (_, collection: string) => {
        if (!ids[collection]) throw new Error(`${op.method} ${op.path}: no id of /${collection}/ in this spec's world: add one`);
        return `/${collection}/${ids[collection]}`;
      });
      // Each route by its own audience: the desk's, the family's, the administrator's (every estate is in her reach) for the staff's.
      const caller = op.path.startsWith(`${API}/provider-desk`) ? kpnDesk : op.path.startsWith(`${API}/portal`) ? maria : t.admin;
      const answer = await caller.get(`${path}?cursor=${encodeURIComponent(nobodys)}`);
      answers[`${op.method} ${op.path}`] = answer.status === 400 ? answer.body.errors?.map((e: { field: string }) => e.field) : answer.status;
    }
    expect(answers).toEqual(Object.fromEntries(paged.map((op) => [`${op.method} ${op.path}`, ['cursor']])));
  });
});
