import { Client } from 'pg';
import { API, createEstate, createProvider, deceased, TINY_PDF } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

describe('estates: single owner, validation and authorization', () => {
  let t: TestApp;
  let anna: Specialist;
  let pieter: Session & { userId: string };
  let sofie: Session & { userId: string };
  let db: Client;

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true }));
    pieter = await t.specialist('Pieter Bakker');
    sofie = await t.specialist('Sofie Jansen');
  });
  afterAll(() => t?.close());

  it('opens an estate owned by its creator, with a readable unique reference and a timeline entry', async () => {
    const a = await createEstate(anna, { givenNames: 'Łucja', surnamePrefix: undefined, surname: 'Wróbel-Kowalska', gender: 'female' });
    const b = await createEstate(anna);
    expect(a).toMatchObject({ status: 'intake', owner: { id: anna.userId, name: 'Anna de Boer' } });
    expect(a.reference).toMatch(/^ST-\d{4}-\d{5}$/);
    expect(b.reference).not.toBe(a.reference);
    const got = await anna.get(`${API}/estates/${a.id}`).expect(200);
    expect(got.body.deceased).toMatchObject({ givenNames: 'Łucja', surname: 'Wróbel-Kowalska', fullName: 'Łucja Wróbel-Kowalska', dateOfDeath: '2026-11-02' });
    const timeline = await anna.get(`${API}/estates/${a.id}/timeline`).expect(200);
    expect(timeline.body.items.at(-1)).toMatchObject({ event: 'estate.opened', actor: { type: 'staff', name: 'Anna de Boer' } });
  });

  it.each([
    ['a date of death in the future', { dateOfDeath: '2026-12-24' }, 422, 'deceased.dateOfDeath', /^must not be after today, \d{1,2} [A-Z][a-z]+ \d{4}$/],
    ['a death before the birth', { dateOfBirth: '2001-01-01', dateOfDeath: '2000-12-31' }, 422, 'deceased.dateOfDeath', /before the date of birth/],
    ['an impossible date', { dateOfBirth: '1950-02-30' }, 400, 'deceased.dateOfBirth', /real calendar date/],
    ['a Dutch postal code that is not one', { address: { street: 'Dam 1', postalCode: '12345', city: 'Amsterdam', country: 'NL' } }, 400, 'deceased.address.postalCode', /Dutch postal code/],
    ['an unknown gender', { gender: 'x' }, 400, 'deceased.gender', /must be one of/],
    ['an unknown field', { nickname: 'Jantje' }, 400, 'deceased.nickname', /not a known field/],
  ])('refuses %s with a problem naming the field, and writes nothing', async (_what, overrides, status, field, message) => {
    const before = await db.query('SELECT count(*)::int AS n FROM estates');
    const res = await anna.post(`${API}/estates`, { deceased: deceased(overrides) }).expect(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toContainEqual({ field, message: expect.stringMatching(message) });
    const after = await db.query('SELECT count(*)::int AS n FROM estates');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('names a missing street and a date of death in the future in one problem, and writes nothing', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM estates');
    const address = { postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' };
    const res = await anna.post(`${API}/estates`, { deceased: deceased({ dateOfDeath: '2026-12-24', address }) }).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))]).toEqual(['deceased.address.street', 'deceased.dateOfDeath']);
    const after = await db.query('SELECT count(*)::int AS n FROM estates');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('accepts a foreign address with its own postal code format', async () => {
    await createEstate(anna, { address: { street: 'Rue de la Loi 16', postalCode: '1000', city: 'Brussel', country: 'BE' } });
  });

  it('shows a specialist only their own estates; admins see all', async () => {
    const mine = await createEstate(pieter);
    const list = await pieter.get(`${API}/estates`).expect(200);
    expect(list.body.items.map((e: { id: string }) => e.id)).toEqual([mine.id]);
    const all = await t.admin.get(`${API}/estates`).expect(200);
    expect(all.body.items.length).toBeGreaterThan(1);
    const filtered = await pieter.get(`${API}/estates?status=closed`).expect(200);
    expect(filtered.body).toEqual({ items: [], nextCursor: null });
    await pieter.get(`${API}/estates?status=whatever`).expect(400);
  });

  it("answers 404 for everything of another specialist's estate", async () => {
    const estate = await createEstate(anna);
    const provider = await createProvider(t.admin);
    const member = await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201);
    const contract = await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: '1', action: 'cancel' }).expect(201);
    const doc = await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);

    const probes = [
      pieter.get(`${API}/estates/${estate.id}`),
      pieter.get(`${API}/estates/${estate.id}/timeline`),
      pieter.get(`${API}/estates/${estate.id}/family-members`),
      pieter.get(`${API}/estates/${estate.id}/documents`),
      pieter.get(`${API}/estates/${estate.id}/contracts`),
      pieter.get(`${API}/contracts/${contract.body.id}`),
      pieter.get(`${API}/documents/${doc.body.id}`),
      pieter.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'I want it' }),
      pieter.post(`${API}/estates/${estate.id}/family-members`, { name: 'X', relation: 'x', isHeir: false, isRepresentative: false }),
      pieter.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Gas', accountNumber: '2', action: 'cancel' }),
      pieter.post(`${API}/estates/${estate.id}/documents`).field('kind', 'will').attach('file', TINY_PDF, 'x.pdf'),
      pieter.get(`${API}/estates/not-a-uuid`),
    ];
    const answers = await Promise.all(probes.map(async (probe) => {
      const res = await probe;
      return { url: probe.url, status: res.status, type: res.headers['content-type'] };
    }));
    expect(answers).toEqual(answers.map((a) => ({ url: a.url, status: 404, type: expect.stringMatching(/application\/problem\+json/) })));
    expect(member.body.accessCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  });

  it('hands an estate over: new owner gets it, old owner loses it, the timeline says why', async () => {
    const estate = await createEstate(anna);
    const res = await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'Anna is on leave' }).expect(201);
    expect(res.body.owner).toMatchObject({ id: pieter.userId, name: 'Pieter Bakker' });
    await anna.get(`${API}/estates/${estate.id}`).expect(404);
    const timeline = await pieter.get(`${API}/estates/${estate.id}/timeline`).expect(200);
    expect(timeline.body.items[0]).toMatchObject({ event: 'estate.handed_over', summary: expect.stringMatching(/Pieter Bakker is nu de vaste contactpersoon.*Reden: Anna is on leave/) });
  });

  it('refuses a handover to someone who is not an active specialist, or without a reason', async () => {
    const estate = await createEstate(anna);
    const admin = (await t.admin.get(`${API}/users?limit=200`).expect(200)).body.items.find((u: { role: string }) => u.role === 'admin');
    const toAdmin = await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: admin.id, reason: 'why not' }).expect(422);
    expect(toAdmin.body.errors).toEqual([{ field: 'toUserId', message: 'must be an active specialist' }]);
    const noReason = await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId }).expect(400);
    expect(noReason.body.errors.map((e: { field: string }) => e.field)).toContain('reason');
    const self = await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: anna.userId, reason: 'mine' }).expect(422);
    expect(self.body.errors[0].message).toMatch(/already owns/);
  });

  it('leaves exactly one owner when two handovers race', async () => {
    const estate = await createEstate(anna);
    const results = await Promise.all([
      anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'race one' }),
      anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: sofie.userId, reason: 'race two' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 404]);
    const winner = results.find((r) => r.status === 201)!.body.owner.id;
    const { rows } = await db.query('SELECT owner_id FROM estates WHERE id = $1', [estate.id]);
    expect(rows).toEqual([{ owner_id: winner }]);
    const handovers = await db.query('SELECT to_user_id FROM handovers WHERE estate_id = $1', [estate.id]);
    expect(handovers.rows).toEqual([{ to_user_id: winner }]);
  });

  it('lets an administrator reassign any estate', async () => {
    const estate = await createEstate(anna);
    await t.admin.post(`${API}/estates/${estate.id}/handover`, { toUserId: sofie.userId, reason: 'Workload balancing' }).expect(201);
    await sofie.get(`${API}/estates/${estate.id}`).expect(200);
  });
});
