import { API, createEstate } from '../support/fixtures';
import { SmtpSink } from '../support/smtp-sink';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/** Issue 15 item 4: handovers that are confirmed, received, told to the family and undoable for a day. */
describe('handovers through the API', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let anna: Specialist;
  let pieter: Session & { userId: string };
  let zoe: Session & { userId: string };

  beforeAll(async () => {
    ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true }));
    pieter = await t.specialist('Pieter Bakker', '+31 20 555 0202');
    zoe = await t.specialist('Zoë van Dijk');
  });
  afterAll(() => t?.close());

  const queue = async (who: Session) => (await who.get(`${API}/queue`).expect(200)).body;

  it('answers 400 naming the field when the receiver or the reason is missing, or the reason is too long', async () => {
    const estate = await createEstate(anna);
    const noReceiver = await anna.post(`${API}/estates/${estate.id}/handover`, { reason: 'Anna is on leave' }).expect(400);
    expect(noReceiver.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(noReceiver.body.errors.map((e: { field: string }) => e.field)).toEqual(['toUserId']);
    const blank = await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: '   ' }).expect(400);
    expect(blank.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    const long = await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'x'.repeat(1001) }).expect(400);
    expect(long.body.errors).toEqual([{ field: 'reason', message: expect.stringMatching(/1000/) }]);
    await anna.get(`${API}/estates/${estate.id}`).expect(200); // still hers
  });

  it('finds active specialists by any part of the name, accents and case ignored, in pages, never a deactivated account', async () => {
    const gone = await t.specialist('Zoë Verlaten');
    await t.admin.post(`${API}/users/${gone.userId}/deactivate`).expect(200);
    const names = async (query: string) => (await anna.get(`${API}/users/specialists?${query}`).expect(200)).body;

    expect((await names('q=ZOE')).items).toEqual([{ id: zoe.userId, name: 'Zoë van Dijk' }]);
    expect((await names('q=bakk')).items).toEqual([{ id: pieter.userId, name: 'Pieter Bakker' }]);
    const all = await names('limit=200');
    expect(all.items.map((u: { name: string }) => u.name)).not.toContain('Zoë Verlaten');
    expect(all.items.map((u: { name: string }) => u.name)).not.toContain('Administrator');

    const first = await names('limit=2');
    expect(first.items).toHaveLength(2);
    const second = await names(`limit=2&cursor=${first.nextCursor}`);
    const paged = [...first.items, ...second.items].map((u: { name: string }) => u.name);
    expect(paged).toEqual(all.items.slice(0, 4).map((u: { name: string }) => u.name));
    expect(paged).toEqual([...paged].sort((a, b) => a.localeCompare(b)));
    await anna.get(`${API}/users/specialists?cursor=nonsense`).expect(400);
  });

  it("answers 404 when a specialist hands over someone else's estate; an administrator may hand over any", async () => {
    const estate = await createEstate(anna);
    const refused = await pieter.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'I want it' }).expect(404);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    await t.admin.post(`${API}/estates/${estate.id}/handover`, { toUserId: zoe.userId, reason: 'Workload balancing' }).expect(201);
    await zoe.get(`${API}/estates/${estate.id}`).expect(200);
  });

  it('tells the receiver (Today and an email) and the family (portal, timeline, daily email) who takes over', async () => {
    const estate = await createEstate(anna, { givenNames: 'Kees', surnamePrefix: undefined, surname: 'Jansen' });
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria Jansen', email: 'maria@family.example', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body;
    const maria = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    expect((await maria.get(`${API}/portal/estate`).expect(200)).body.caseOwner.name).toBe('Anna de Boer');

    const res = await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'Anna is on leave' }).expect(201);
    expect(res.body.handover).toMatchObject({ fromUserId: anna.userId, toUserId: pieter.userId, reason: 'Anna is on leave' });
    expect(new Date(res.body.handover.undoableUntil).getTime() - new Date(res.body.handover.handedOverAt).getTime()).toBe(24 * 3600_000);

    expect((await queue(pieter)).receivedHandovers).toEqual([
      expect.objectContaining({ estateId: estate.id, deceasedName: 'Kees Jansen', fromName: 'Anna de Boer', reason: 'Anna is on leave' }),
    ]);
    expect((await queue(anna)).sentHandovers).toContainEqual(expect.objectContaining({ estateId: estate.id, toName: 'Pieter Bakker' }));

    await t.runDue();
    // Pieter's account speaks Dutch (the default): so does his email, date and all.
    const email = (await sink.waitFor(1)).find((m) => m.subject === `Aan u overgedragen: de nalatenschap van Kees Jansen (${estate.reference})`)!;
    const pieterEmail = (await t.admin.get(`${API}/users?limit=200`).expect(200)).body.items.find((u: { id: string }) => u.id === pieter.userId).email;
    expect(email.to && 'text' in email.to && email.to.text).toBe(pieterEmail);
    expect(email.text).toMatch(/^Beste Pieter Bakker,\n/);
    expect(email.text).toMatch(/Anna de Boer heeft de nalatenschap van Kees Jansen \(.+\) op \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} aan u overgedragen\./);
    expect(email.text).toContain('Reden: Anna is on leave');
    expect(email.text).toContain(`Ze staat bovenaan uw lijst Vandaag tot u haar opent: `);
    expect(email.text).not.toMatch(/\b(the|you|your|handed)\b/);

    const portal = (await maria.get(`${API}/portal/estate`).expect(200)).body;
    expect(portal.caseOwner).toEqual({ name: 'Pieter Bakker', phone: '+31 20 555 0202', email: expect.stringContaining('@test.example') });
    const timeline = (await maria.get(`${API}/portal/timeline`).expect(200)).body.items.map((e: { text: string }) => e.text);
    expect(timeline).toContain('Het dossier is overgedragen aan een collega: uw vaste contactpersoon is nu Pieter Bakker.');
    expect(timeline.join(' ')).not.toContain('Anna is on leave'); // the reason is the office's business

    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    const digest = (await sink.waitFor(2)).find((m) => m.subject?.startsWith('Nieuws over') && m.text?.includes('Kees Jansen'));
    expect(digest?.text).toContain('- Het dossier is overgedragen aan een collega: uw vaste contactpersoon is nu Pieter Bakker.');
    expect(digest?.text).toContain('Met vriendelijke groet,\nPieter Bakker');
  });

  it('writes the handover email in English to a specialist whose account speaks English', async () => {
    const email = `emma-${Date.now()}@test.example`;
    const created = (await t.admin.post(`${API}/users`, { email, name: 'Emma Smith', password: 'specialist-pw-1', role: 'specialist', language: 'en' }).expect(201)).body;
    const estate = await createEstate(anna, { givenNames: 'Truus', surnamePrefix: undefined, surname: 'Visser' });
    await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: created.id, reason: 'Emma knows the family' }).expect(201);
    await t.runDue();
    const subject = `Handed over to you: the estate of Truus Visser (${estate.reference})`;
    await sink.waitFor(sink.messages.length + 1);
    const mail = sink.messages.find((m) => m.subject === subject)!;
    expect(mail.to && 'text' in mail.to && mail.to.text).toBe(email);
    expect(mail.text).toMatch(/^Dear Emma Smith,\n/);
    expect(mail.text).toMatch(/Anna de Boer handed the estate of Truus Visser \(.+\) over to you on \d{1,2} [A-Z][a-z]+ \d{4}\./);
    expect(mail.text).toContain('Reason: Emma knows the family');
    expect(mail.text).toContain('It stays at the top of your Today list until you open it: ');
  });

  it('lets the previous owner undo within a day, on the record; after a day it is refused with a 409 saying why', async () => {
    const estate = await createEstate(anna);
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Joke', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    const joke = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    const { handover } = (await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'Wrong pick' }).expect(201)).body;

    await zoe.post(`${API}/estates/${estate.id}/handovers/${handover.id}/undo`).expect(404); // not hers to undo
    await pieter.post(`${API}/estates/${estate.id}/handovers/${handover.id}/undo`).expect(404); // the receiver hands back instead
    t.clock.advanceDays(23 / 24);
    const undone = await anna.post(`${API}/estates/${estate.id}/handovers/${handover.id}/undo`).expect(200);
    expect(undone.body.owner).toMatchObject({ id: anna.userId, name: 'Anna de Boer' });
    await pieter.get(`${API}/estates/${estate.id}`).expect(404);
    expect((await queue(pieter)).receivedHandovers.map((h: { estateId: string }) => h.estateId)).not.toContain(estate.id);
    const again = await anna.post(`${API}/estates/${estate.id}/handovers/${handover.id}/undo`).expect(409);
    expect(again.body.detail).toBe('Deze overdracht is al teruggedraaid. Er is niets gewijzigd.');

    // Each reader gets the staff timeline in the language of their account: Anna Dutch, the administrator English.
    const staff = async (who: Session) => (await who.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items.map((e: { event: string; summary: string }) => [e.event, e.summary]);
    expect((await staff(anna)).slice(0, 2)).toEqual([
      ['estate.handover_undone', 'Overdracht teruggedraaid: Anna de Boer is weer de vaste contactpersoon (in plaats van Pieter Bakker).'],
      ['estate.handed_over', 'Pieter Bakker is nu de vaste contactpersoon (neemt over van Anna de Boer). Reden: Wrong pick'],
    ]);
    expect((await staff(t.admin)).slice(0, 2)).toEqual([
      ['estate.handover_undone', 'Handover undone: Anna de Boer is the case owner again (instead of Pieter Bakker).'],
      ['estate.handed_over', 'Pieter Bakker is now the case owner (taking over from Anna de Boer). Reason: Wrong pick'],
    ]);
    const family = (await joke.get(`${API}/portal/timeline`).expect(200)).body.items.map((e: { text: string }) => e.text);
    expect(family).toContain('De overdracht is teruggedraaid: uw vaste contactpersoon is weer Anna de Boer.');
    expect((await joke.get(`${API}/portal/estate`).expect(200)).body.caseOwner.name).toBe('Anna de Boer');

    const late = (await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'For good this time' }).expect(201)).body.handover;
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    // The detail in each one's language, as their page says it: Anna Dutch, the administrator English.
    for (const [who, detail] of [
      [anna, 'Een overdracht kan alleen binnen 24 uur worden teruggedraaid. Vraag de nieuwe vaste contactpersoon of een beheerder om de nalatenschap terug te geven. Er is niets gewijzigd.'],
      [t.admin, 'A handover can be undone for 24 hours only. Ask the new case owner or an administrator to hand the estate back. Nothing was changed.'],
    ] as const) {
      const refused = await who.post(`${API}/estates/${estate.id}/handovers/${late.id}/undo`).expect(409);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({ detail, errors: [{ field: 'request' }] });
    }
    await pieter.get(`${API}/estates/${estate.id}`).expect(200);
  });

  it('lets an administrator undo, but only the latest handover', async () => {
    const estate = await createEstate(anna);
    const first = (await anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: pieter.userId, reason: 'one' }).expect(201)).body.handover;
    const second = (await pieter.post(`${API}/estates/${estate.id}/handover`, { toUserId: zoe.userId, reason: 'two' }).expect(201)).body.handover;
    const skipped = await anna.post(`${API}/estates/${estate.id}/handovers/${first.id}/undo`).expect(409);
    expect(skipped.body.detail).toBe('De nalatenschap is sindsdien opnieuw overgedragen; alleen de laatste overdracht kan worden teruggedraaid. Er is niets gewijzigd.');
    expect((await queue(pieter)).receivedHandovers.map((h: { estateId: string }) => h.estateId)).not.toContain(estate.id); // moved on: no notice
    await t.admin.post(`${API}/estates/${estate.id}/handovers/${second.id}/undo`).expect(200);
    await pieter.get(`${API}/estates/${estate.id}`).expect(200);
  });

  it('answers malformed requests to the handover routes with a problem naming the field, never a 5xx', async () => {
    const estate = await createEstate(anna);
    const probes = [
      anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: 42, reason: ['x'] }),
      anna.post(`${API}/estates/${estate.id}/handover`, { toUserId: 'not-a-uuid', reason: 'Because' }),
      anna.post(`${API}/estates/${estate.id}/handovers/not-a-uuid/undo`),
      anna.post(`${API}/estates/not-a-uuid/handovers/${estate.id}/undo`),
      anna.post(`${API}/estates/${estate.id}/handovers/${estate.id}/undo`),
      anna.get(`${API}/users/specialists?q=a&q=b`),
      anna.get(`${API}/users/specialists?limit=abc`),
      anna.get(`${API}/users/specialists?q=${'x'.repeat(101)}`),
    ];
    const answers = await Promise.all(probes.map(async (probe) => {
      const res = await probe;
      const fields: string[] | undefined = res.body.errors?.map((e: { field: string }) => e.field);
      return [res.status, res.headers['content-type'], fields ? [...new Set(fields)] : null];
    }));
    const problem = expect.stringMatching(/application\/problem\+json/);
    expect(answers).toEqual([
      [400, problem, ['toUserId', 'reason']],
      [400, problem, ['toUserId']],
      [404, problem, null],
      [404, problem, null],
      [404, problem, null],
      [400, problem, ['q']],
      [400, problem, ['limit']],
      [400, problem, ['q']],
    ]);
  });
});
