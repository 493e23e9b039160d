import { Client } from 'pg';
import request from 'supertest';
import { API, createEstate, createProvider, providerWithDesk, TINY_PDF } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/** Issue 13: every list is paged by an opaque cursor, and estates and desk requests can be searched. */
describe('paging and search', () => {
  let t: TestApp;
  let anna: Specialist;
  let pieter: Session & { userId: string };
  let kpn: { id: string };
  let kpnDesk: Session;
  const estates: Record<string, { id: string; reference: string }> = {};
  const contracts: Record<string, { id: string }> = {};

  type Item = { id: string };
  const ids = (items: Item[]) => items.map((i) => i.id);

  /** Follows `nextCursor` from the first page to the last, checking each page's size. */
  async function allPages(session: Session, path: string, limit: number) {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const res: { body: { items: Item[]; nextCursor: string | null } } = await session.get(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      seen.push(...ids(res.body.items));
      cursor = res.body.nextCursor;
    } while (cursor);
    return seen;
  }

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    pieter = await t.specialist('Pieter Bakker');
    ({ provider: kpn, desk: kpnDesk } = await providerWithDesk(t, { name: 'KPN', requiredDocuments: ['death_certificate'] }, 'KPN'));
    const people = [
      { key: 'celik', givenNames: 'Öznur', surnamePrefix: undefined, surname: 'Çelik', dateOfBirth: '1941-03-12', address: { street: 'Dam 1', postalCode: '1012 JS', city: 'Amsterdam', country: 'NL' } },
      { key: 'berg', givenNames: 'José', surnamePrefix: 'van der', surname: 'Berg', dateOfBirth: '1950-07-01' },
      { key: 'vries', givenNames: 'Jan', surnamePrefix: undefined, surname: 'Vries' },
      { key: 'smit', givenNames: 'Anneke', surnamePrefix: undefined, surname: 'Smit' },
      { key: 'bakker', givenNames: 'Henk', surnamePrefix: undefined, surname: 'Bakker' },
    ];
    for (const { key, ...person } of people) {
      estates[key] = await createEstate(anna, person);
      await anna.post(`${API}/estates/${estates[key].id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
      contracts[key] = (await anna.post(`${API}/estates/${estates[key].id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: `NL12 KPN ${key.toUpperCase()} 01`, action: 'cancel' }).expect(201)).body;
      await anna.post(`${API}/contracts/${contracts[key].id}/request`).expect(200);
    }
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await createEstate(pieter, { givenNames: 'Öznur', surnamePrefix: undefined, surname: 'Çelik-Yılmaz' });
  });
  afterAll(() => t?.close());

  it('pages the estates newest first, each estate exactly once, and a specialist only their own', async () => {
    const first = await anna.get(`${API}/estates?limit=2`).expect(200);
    expect(first.body.items).toHaveLength(2);
    expect(typeof first.body.nextCursor).toBe('string');
    const seen = await allPages(anna, `${API}/estates`, 2);
    // Created oldest to newest, so newest first is the reverse.
    expect(seen).toEqual(['bakker', 'smit', 'vries', 'berg', 'celik'].map((k) => estates[k].id));
    const all = await allPages(t.admin, `${API}/estates`, 4);
    expect(all).toHaveLength(6);
    expect(new Set(all).size).toBe(6);
  });

  it('finds estates by the name of the deceased without accents or case, by reference and by account number', async () => {
    const find = async (session: Session, q: string) => ids((await session.get(`${API}/estates?q=${encodeURIComponent(q)}`).expect(200)).body.items);
    expect(await find(anna, 'celik')).toEqual([estates.celik.id]);
    expect(await find(anna, 'OZNUR ÇEL')).toEqual([estates.celik.id]);
    expect(await find(anna, 'jose van der')).toEqual([estates.berg.id]);
    expect(await find(anna, estates.smit.reference.toLowerCase())).toEqual([estates.smit.id]);
    // As people type it off a letter: without its dashes, or with spaces.
    expect(await find(anna, estates.smit.reference.replace(/-/g, ''))).toEqual([estates.smit.id]);
    expect(await find(anna, estates.smit.reference.replace(/-/g, ' ').toLowerCase())).toEqual([estates.smit.id]);
    expect(await find(anna, 'nl12kpnvries01')).toEqual([estates.vries.id]);
    expect(await find(anna, '100%')).toEqual([]);
    // Another owner's estate with the same name stays out of reach; an administrator sees both.
    expect(await find(pieter, 'celik')).toHaveLength(1);
    expect(await find(pieter, 'celik')).not.toContain(estates.celik.id);
    expect(await find(t.admin, 'celik')).toHaveLength(2);
    expect(ids((await anna.get(`${API}/estates?providerId=${kpn.id}&limit=200`).expect(200)).body.items)).toHaveLength(5);
    expect((await anna.get(`${API}/estates?status=closed&q=celik`).expect(200)).body.items).toEqual([]);
  });

  it("pages an estate's timeline newest first, each entry once", async () => {
    const path = `${API}/estates/${estates.celik.id}/timeline`;
    const whole = (await anna.get(`${path}?limit=200`).expect(200)).body;
    expect(whole.nextCursor).toBeNull();
    expect(whole.items.length).toBeGreaterThanOrEqual(4);
    expect(whole.items.at(-1)).toMatchObject({ event: 'estate.opened' });
    expect(await allPages(anna, path, 2)).toEqual(ids(whole.items));
    // A cursor of another list is not one of this list.
    const estatesCursor = (await anna.get(`${API}/estates?limit=1`).expect(200)).body.nextCursor;
    const refused = await anna.get(`${path}?cursor=${estatesCursor}`).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
    await pieter.get(`${path}?limit=2`).expect(404);
  });

  it.each([
    ['a cursor that is not ours', 'cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ['a limit of zero', 'limit=0', 'limit'],
    ['a limit above the maximum', 'limit=201', 'limit'],
    ['a limit that is no number', 'limit=many', 'limit'],
    ['a search of one letter', 'q=a', 'q'],
    ['an unknown stage', 'status=sleeping', 'status'],
  ])('refuses %s with a problem naming the field', async (_what, query, field) => {
    const res = await anna.get(`${API}/estates?${query}`).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("desk: finds a provider's requests by account number, name, postcode and date of birth", async () => {
    const find = async (q: string) => ids((await kpnDesk.get(`${API}/provider-desk/requests?status=all&q=${encodeURIComponent(q)}`).expect(200)).body);
    expect(await find('NL12KPNSMIT01')).toEqual([contracts.smit.id]);
    expect(await find('nl12 kpn smit 01')).toEqual([contracts.smit.id]);
    expect(await find('celik')).toEqual([contracts.celik.id]);
    expect(await find('1012js')).toEqual([contracts.celik.id]);
    expect(await find('12-03-1941')).toEqual([contracts.celik.id]);
    expect(await find('1950-07-01')).toEqual([contracts.berg.id]);
    expect(await find('31-02-1941')).toEqual([]);
  });

  it('desk: pages a name from the newest requests or from the name index alike, each match once, newest activity first', async () => {
    const whole = (await kpnDesk.get(`${API}/provider-desk/requests?status=all&q=an&limit=50`).expect(200)).body as { id: string; lastActivityAt: string }[];
    // Jan Vries, Anneke Smit, José van der Berg: found through the name index (fewer than a page among the newest).
    expect(new Set(ids(whole))).toEqual(new Set([contracts.vries.id, contracts.smit.id, contracts.berg.id]));
    const activity = whole.map((r) => r.lastActivityAt);
    expect(activity).toEqual([...activity].sort().reverse());
    // Two to a page: the first page fills among the newest requests, the last one does not and takes the index.
    const seen: string[] = [];
    for (let next: string | undefined = `${API}/provider-desk/requests?status=all&q=an&limit=2`; next; ) {
      const page: { body: Item[]; headers: Record<string, string> } = await kpnDesk.get(next).expect(200);
      seen.push(...ids(page.body));
      next = /<([^>]+)>; rel="next"/.exec(page.headers.link ?? '')?.[1];
    }
    expect(seen).toEqual(ids(whole));
  });

  it("desk: a corrected name of the deceased is found at once, the old one no more", async () => {
    const find = async (q: string) => ids((await kpnDesk.get(`${API}/provider-desk/requests?status=all&q=${encodeURIComponent(q)}`).expect(200)).body);
    await anna.patch(`${API}/estates/${estates.vries.id}`, { deceased: { surnamePrefix: 'de', surname: 'Vriesema' } }).expect(200);
    expect(await find('jan de vriesema')).toEqual([contracts.vries.id]);
    expect(await find('jan vries')).toEqual([]);
    await anna.patch(`${API}/estates/${estates.vries.id}`, { deceased: { surnamePrefix: null, surname: 'Vries' } }).expect(200);
    expect(await find('jan vries')).toEqual([contracts.vries.id]);
  });

  it('desk: lists only requests with activity since a moment, and keeps its old parameters and Link paging', async () => {
    const all = (await kpnDesk.get(`${API}/provider-desk/requests?status=all`).expect(200)).body as { id: string; lastActivityAt: string }[];
    expect(all).toHaveLength(5);
    await kpnDesk.post(`${API}/provider-desk/requests/${contracts.vries.id}/acknowledge`, {}).expect(200);
    const answered = (await kpnDesk.get(`${API}/provider-desk/requests/${contracts.vries.id}`).expect(200)).body.lastActivityAt as string;
    const since = await kpnDesk.get(`${API}/provider-desk/requests?status=all&updatedSince=${encodeURIComponent(answered)}`).expect(200);
    expect(ids(since.body)).toEqual([contracts.vries.id]);
    const page = await kpnDesk.get(`${API}/provider-desk/requests?status=all&limit=2&updatedSince=2000-01-01T00:00:00Z`).expect(200);
    expect(page.body).toHaveLength(2);
    const next = /<([^>]+)>; rel="next"/.exec(page.headers.link)![1];
    expect(next).toContain('updatedSince=2000-01-01T00%3A00%3A00Z');
    expect((await kpnDesk.get(next).expect(200)).body).toHaveLength(2);
    const refused = await kpnDesk.get(`${API}/provider-desk/requests?updatedSince=yesterday`).expect(400);
    expect(refused.body.errors[0].field).toBe('updatedSince');
  });

  it("pages the owner's Today queue, most urgent first, each contract once", async () => {
    // Past every deadline: each request is now on the queue.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 30 }).expect(200);
    const whole = (await anna.get(`${API}/queue?limit=200`).expect(200)).body;
    expect(whole.contracts.length).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { contracts: { contractId: string }[]; nextCursor: string | null } } = await anna.get(`${API}/queue?limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      expect(res.body.contracts.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.contracts.map((c) => c.contractId));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(whole.contracts.map((c: { contractId: string }) => c.contractId));
    await anna.get(`${API}/queue?cursor=eyJ4IjoxfQ`).expect(400);
    // The last page (a real cursor, cursorbind: one made by hand is refused) holds her last contract; the sections beside them stay.
    for (const session of [anna, t.admin]) {
      const first = (await session.get(`${API}/queue`).expect(200)).body;
      expect(first.contracts.length).toBeGreaterThan(1);
      const allButLast = (await session.get(`${API}/queue?limit=${first.contracts.length - 1}`).expect(200)).body;
      const after = (await session.get(`${API}/queue?cursor=${allButLast.nextCursor}`).expect(200)).body;
      // On her last page her total is still said (counted apart from the page); an administrator's is never counted.
      expect(after).toEqual({ ...first, contracts: first.contracts.slice(-1), nextCursor: null });
    }
  });
  it("pages an estate's letters newest first, each letter once", async () => {
    const ziggo = await createProvider(t.admin, { name: 'Ziggo', requiredDocuments: ['death_certificate'] });
    const second = (await anna.post(`${API}/estates/${estates.celik.id}/contracts`, { providerId: ziggo.id, description: 'Televisie', accountNumber: 'Z-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${second.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const path = `${API}/estates/${estates.celik.id}/letters`;
    const whole = (await anna.get(`${path}?limit=200`).expect(200)).body;
    expect(whole.items.length).toBeGreaterThanOrEqual(2);
    expect(whole.items[0]).toMatchObject({ contractId: second.id });
    expect(await allPages(anna, path, 1)).toEqual(ids(whole.items));
    const refused = await anna.get(`${path}?cursor=${encodeURIComponent('["12"]')}`).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
    await anna.get(`${path}?limit=0`).expect(400);
    await pieter.get(path).expect(404);
  });
  it('pages the staff accounts newest first, each account once', async () => {
    const whole = (await t.admin.get(`${API}/users?limit=200`).expect(200)).body;
    expect(whole.items.map((u: { name: string }) => u.name).slice(0, 2)).toEqual(['Pieter Bakker', 'Anna de Boer']);
    expect(await allPages(t.admin, `${API}/users`, 1)).toEqual(ids(whole.items));
    const refused = await t.admin.get(`${API}/users?cursor=bm90LWEtY3Vyc29y`).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
  });
  it("pages the families' open reports oldest first, only the owner's, and each relative's own reports newest first", async () => {
    const member = (await anna.post(`${API}/estates/${estates.smit.id}/family-members`, { name: 'Lotte Smit', relation: 'child', isHeir: true, isRepresentative: false }).expect(201)).body;
    const lotte = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    const reported: string[] = [];
    for (const message of ['Een brief', 'Nog een brief', 'Een derde brief']) reported.push((await lotte.post(`${API}/portal/reports`, { kind: 'other', message }).expect(201)).body.id);
    expect(await allPages(anna, `${API}/family-reports`, 2)).toEqual(reported);
    expect((await pieter.get(`${API}/family-reports`).expect(200)).body).toEqual({ items: [], nextCursor: null });
    const refused = await anna.get(`${API}/family-reports?cursor=bm90LWEtY3Vyc29y`).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);

    // The relative's own reports: newest first, the overview holds the first page, the rest follow.
    const newestFirst = [...reported].reverse();
    expect(await allPages(lotte, `${API}/portal/reports`, 2)).toEqual(newestFirst);
    const overview = (await lotte.get(`${API}/portal/estate?limit=2`).expect(200)).body.reports;
    expect(ids(overview.items)).toEqual(newestFirst.slice(0, 2));
    const ownRefused = await lotte.get(`${API}/portal/reports?cursor=bm90LWEtY3Vyc29y`).expect(400);
    expect(ownRefused.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
    // On the portal page the reports continue below the overview, at #reports.
    const cookie = `steward_family=${lotte.token}`;
    const first = (await request(t.app.getHttpServer()).get('/family').set('Cookie', cookie).expect(200)).text;
    expect(first).toContain('Uw meldingen');
    expect(first).not.toContain('Eerdere meldingen'); // three fit on the first page of 50
    const earlier = (await lotte.get(`${API}/portal/reports?limit=1`).expect(200)).body.nextCursor;
    const continued = await request(t.app.getHttpServer()).get(`/family?reports=${earlier}`).set('Cookie', cookie).expect(200);
    expect(continued.text.match(/<h2 id="reports">[\s\S]*?<\/ul>/)![0].match(/<li>/g)).toHaveLength(2);
    // A cursor that does not hold starts the reports again from their first page, told in the family's words (webcursor; the API names
    // the field, as above).
    const badPage = await request(t.app.getHttpServer()).get('/family?reports=bm90LWEtY3Vyc29y').set('Cookie', cookie).set('Accept', 'text/html').expect(303);
    expect(badPage.headers.location).toBe('/family?restarted=1');
    const restarted = (await request(t.app.getHttpServer()).get(badPage.headers.location).set('Cookie', cookie).expect(200)).text;
    expect(restarted).toContain('Deze lijst begint weer bij het begin: de link die u gebruikte werkt niet meer.');
    expect(restarted.match(/<h2 id="reports">[\s\S]*?<\/ul>/)![0].match(/<li>/g)).toHaveLength(3);
  });
  it("pages an estate's documents newest first, each document once", async () => {
    const path = `${API}/estates/${estates.berg.id}/documents`;
    for (const kind of ['will', 'certificate_of_inheritance']) await anna.post(path).field('kind', kind).attach('file', TINY_PDF, `${kind}.pdf`).expect(201);
    const whole = (await anna.get(`${path}?limit=200`).expect(200)).body;
    expect(whole.items.map((d: { kind: string }) => d.kind)).toEqual(['certificate_of_inheritance', 'will', 'death_certificate']);
    expect(await allPages(anna, path, 1)).toEqual(ids(whole.items));
    const refused = await anna.get(`${path}?cursor=bm90LWEtY3Vyc29y`).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
    await pieter.get(path).expect(404);
  });
  it("pages an estate's contracts oldest first, each contract once", async () => {
    const path = `${API}/estates/${estates.vries.id}/contracts`;
    for (const description of ['Energie', 'Water']) await anna.post(path, { providerId: kpn.id, description, accountNumber: description, action: 'cancel' }).expect(201);
    const whole = (await anna.get(`${path}?limit=200`).expect(200)).body;
    expect(whole.items.map((c: { description: string }) => c.description)).toEqual(['Internet', 'Energie', 'Water']);
    expect(await allPages(anna, path, 1)).toEqual(ids(whole.items));
    const refused = await anna.get(`${path}?cursor=bm90LWEtY3Vyc29y`).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
    await pieter.get(path).expect(404);
  });
  it('pages the provider directory by name, case ignored, each provider once, keeping the search', async () => {
    for (const name of ['Paging Water', 'paging Bank', 'Paging Energie']) await createProvider(t.admin, { name, category: name === 'Paging Energie' ? 'energy' : 'telecom' });
    const names = async (path: string) => (await anna.get(path).expect(200)).body.items.map((p: { name: string }) => p.name);
    const whole = (await anna.get(`${API}/providers?q=PAGING&limit=200`).expect(200)).body;
    expect(whole.items.map((p: { name: string }) => p.name)).toEqual(['paging Bank', 'Paging Energie', 'Paging Water']);
    expect(await allPages(anna, `${API}/providers?q=paging`, 2)).toEqual(ids(whole.items));
    const everyone = await allPages(anna, `${API}/providers`, 2);
    expect(new Set(everyone).size).toBe(everyone.length);
    expect(everyone).toEqual(expect.arrayContaining([kpn.id, ...ids(whole.items)]));
    expect(await names(`${API}/providers?q=paging&category=energy`)).toEqual(['Paging Energie']);
    for (const query of ['cursor=bm90LWEtY3Vyc29y', `cursor=${encodeURIComponent(Buffer.from('[1]').toString('base64url'))}`]) {
      const refused = await anna.get(`${API}/providers?${query}`).expect(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
    }
    expect((await anna.get(`${API}/providers?limit=201`).expect(400)).body.errors.map((e: { field: string }) => e.field)).toEqual(['limit']);
  });
  it("pages the print batches newest day first, each once: a case owner's own, an administrator's all", async () => {
    // Batches of earlier days, as the daily run leaves them; making real post letters for each day adds nothing to paging.
    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const batchIds = async (owner: string, days: string[]) =>
      (await db.query(`INSERT INTO print_batches (owner_id, batch_date, letter_count, pdf, sha256) SELECT $1, d::date, 1, '\\x00', 'x' FROM unnest($2::text[]) d RETURNING id`, [owner, days])).rows.map((r) => r.id as string);
    const annas = await batchIds(anna.userId, ['2026-11-03', '2026-11-01', '2026-11-02']);
    const pieters = await batchIds(pieter.userId, ['2026-11-02']);
    await db.end();
    expect(await allPages(anna, `${API}/print-batches`, 2)).toEqual([annas[0], annas[2], annas[1]]);
    expect(await allPages(pieter, `${API}/print-batches`, 1)).toEqual(pieters);
    const all = await allPages(t.admin, `${API}/print-batches`, 1);
    expect(all).toHaveLength(4);
    expect(all.slice(0, 1)).toEqual([annas[0]]);
    expect(all.slice(1, 3).sort()).toEqual([annas[2], pieters[0]].sort());
    await pieter.get(`${API}/print-batches/${annas[0]}`).expect(404);
    const refused = await anna.get(`${API}/print-batches?cursor=${encodeURIComponent(Buffer.from('["2026-11-03"]').toString('base64url'))}`).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
  });
});
