import request from 'supertest';
import { addBusinessDays, longDate } from '../../workflows';
import { API, clockTo, createEstate, providerWithDesk } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { Account, account, relative, requestedContract } from '../workspace/support';

/**
 * The owner records a call ("Gesprek vastleggen"): on her history in full, to the family as made (its outcome only when
 * shared), never at the provider's desk; a call after the provider's term passed takes her "nu bellen" off Today until
 * the next term passes. A family report handled with a reply keeps it for the relative who reported.
 */
describe('the owner records a call; a handled family report keeps its reply', () => {
  let t: TestApp;
  let anna: Account;
  let kpn: { id: string; name: string };
  let desk: Session;
  let ownerWeb: request.Agent;

  beforeAll(async () => {
    t = await startTestApp();
    anna = await account(t, 'Anna de Boer', 'specialist', 'nl');
    ({ provider: kpn, desk } = await providerWithDesk(t, { name: 'KPN', requiredDocuments: [], slaBusinessDays: 10 }));
    ownerWeb = request.agent(t.app.getHttpServer());
    await ownerWeb.post('/app/login').type('form').send({ email: anna.email, password: anna.password, next: '/app' }).expect(303);
  });
  afterAll(async () => {
    await t?.close();
  });

  const nl = (date: string) => longDate(date, 'nl');
  const today = async () => ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
  const owner = async (id: string) => (await anna.api.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; dueAt: string; statusText: string; nextStep: string; timeline: { summary: string }[] };
  /** The day (ISO) of the next 60 whose Dutch long form is `written`: a date the owner reads, checked against the clock. */
  const dayWritten = (written: string, from: string) => [...Array(60).keys()].map((i) => new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10)).find((d) => nl(d) === written);
  const onToday = async (id: string) => ((await anna.api.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; overdue: boolean; lateSince: string | null; statusText: string }[]).find((c) => c.contractId === id);
  const lateAgain = async (id: string) => ((await t.admin.get(`${API}/queue`).expect(200)).body.lateAgain as { contractId: string }[]).find((l) => l.contractId === id);
  const familyTimeline = async (member: Session) => ((await member.get(`${API}/portal/timeline`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
  const letPass = async (due: string) => clockTo(t.admin, addBusinessDays(due, 1));

  const requested = (givenNames: string) => requestedContract(t, anna.api, kpn.id, givenNames);

  it('records a call with KPN after its term passed: Today drops "nu bellen" until the next term passes; the family reads it was made; the desk nothing', async () => {
    const { id, member } = await requested('Jan');
    const added = await today();
    await letPass((await owner(id)).dueAt);
    await letPass((await owner(id)).dueAt);
    expect((await owner(id)).state).toBe('escalated');
    const missed = (await owner(id)).dueAt;
    await letPass(missed);
    expect(await onToday(id)).toMatchObject({ overdue: true, lateSince: missed });
    expect((await owner(id)).nextStep).toMatch(/^KPN nu bellen/);

    // Refusals name their fields: a day ahead, a day before the contract, no agency named, no outcome, an unknown field.
    const day = await today();
    const future = await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: addBusinessDays(day, 1), party: 'provider', outcome: 'x' }).expect(422);
    expect(future.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(future.body.errors).toEqual([{ field: 'calledOn', message: `must not be after today, ${longDate(day, 'en')}` }]);
    const early = await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: '2020-01-01', party: 'agency', outcome: 'x' }).expect(422);
    expect(early.body.errors).toEqual([
      { field: 'calledOn', message: `must not be before ${added}, the day the contract was recorded` },
      { field: 'party', message: 'no collection agency is named on this contract' },
    ]);
    const shape = await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: day, party: 'provider', note: 'x' }).expect(400);
    expect(shape.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['note', 'outcome']);
    // Whom she spoke to may be left out, not given blank.
    const blank = await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: day, party: 'provider', person: ' ', outcome: 'x' }).expect(400);
    expect(blank.body.errors.map((e: { field: string }) => e.field)).toEqual(['person']);
    // Each refused field named as the call form names it, not "dit veld" nor a bill's outcome (audit).
    expect((await anna.api.post(`${API}/contracts/${id}/calls`, {}).expect(400)).body.detail).toBe('Vul de datum van het gesprek in. Vul met wie u belde in. Vul de uitkomst in. Er is niets gewijzigd.');
    expect((await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: day, party: 'provider', outcome: '  ' }).expect(400)).body.detail).toBe('Vul de uitkomst in. Er is niets gewijzigd.');
    expect((await anna.api.get(`${API}/contracts/${id}/calls`).expect(200)).body.items).toEqual([]);

    await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: day, party: 'provider', person: 'Sanne', outcome: 'KPN bevestigt de beëindiging deze week.' }).expect(201);
    // Today: no longer late, no "nu bellen"; the contract still says KPN's term passed.
    const after = await onToday(id);
    expect(after).toMatchObject({ overdue: false, lateSince: null });
    expect(after!.statusText).not.toMatch(/nu bellen/);
    // The contract: the term that passed and what the call recorded, no "zonder termijn" beside it; the next step names
    // the day it comes back on Today if KPN stays silent, and that day is true.
    const called = await owner(id);
    expect(called.statusText).toBe(`Klacht ingediend bij KPN: ook na de herinnering niet bevestigd. Termijn van KPN tot en met ${nl(missed)} verstreken zonder antwoord op de klacht over de beëindiging. Gebeld op ${nl(day)} met KPN (Sanne): KPN bevestigt de beëindiging deze week.`);
    expect(after!.statusText).not.toMatch(/zonder termijn/);
    const back = /^Antwoord van KPN afwachten\. Blijft het uit tot en met (\d+ \S+ \d{4}), dan staat het weer op Vandaag om KPN opnieuw te bellen\.$/.exec(called.nextStep);
    expect(back).not.toBeNull();
    const alertOn = dayWritten(back![1], day)!;
    expect(alertOn > day).toBe(true);
    expect((await ownerWeb.get('/app').expect(200)).text).not.toContain('KPN nu bellen');
    // The owner's history in full.
    expect((await owner(id)).timeline.map((e) => e.summary)).toContain(`Internet: Gebeld op ${nl(day)} met KPN (Sanne): KPN bevestigt de beëindiging deze week.`);
    // The family: the call was made, not its outcome (not shared).
    const told = await familyTimeline(member);
    expect(told).toContain(`Uw vaste contactpersoon heeft op ${nl(day)} met KPN gebeld.`);
    expect(told.join(' ')).not.toContain('deze week');
    // The desk: nothing of it.
    expect(JSON.stringify((await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body)).not.toMatch(/Sanne|deze week|gebeld/i);

    // Shared, the family reads the outcome; the calls are paged, newest first.
    await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: day, party: 'provider', outcome: 'KPN stuurt de bevestiging per post.', shareWithFamily: true }).expect(201);
    expect(await familyTimeline(member)).toContain(`Uw vaste contactpersoon heeft op ${nl(day)} met KPN gebeld. KPN stuurt de bevestiging per post.`);
    const first = (await anna.api.get(`${API}/contracts/${id}/calls?limit=1`).expect(200)).body;
    expect(first.items).toEqual([expect.objectContaining({ calledOn: day, organisation: 'KPN', person: null, outcome: 'KPN stuurt de bevestiging per post.', shared: true, by: 'Anna de Boer' })]);
    const second = (await anna.api.get(`${API}/contracts/${id}/calls?limit=1&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second.items).toEqual([expect.objectContaining({ person: 'Sanne', shared: false })]);
    expect(second.nextCursor).toBeNull();

    // On the day named it is not back yet; the next term that passes puts the call due again, counted afresh (not listed
    // for the administrator after one), from the day named rather than the term before the call, which stays said. Today
    // dates and ranks it by that term too: the one before the call is answered (ownermoves).
    await clockTo(t.admin, alertOn);
    expect((await onToday(id))?.overdue ?? false).toBe(false);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 20 }).expect(200);
    expect(await onToday(id)).toMatchObject({ overdue: true, lateSince: alertOn });
    expect(await lateAgain(id)).toBeUndefined();
    const again = await owner(id);
    expect(again.nextStep).toMatch(new RegExp(`^KPN nu bellen .*: geen antwoord tot en met ${nl(alertOn)}\\.$`));
    expect(again.statusText).toContain(`Termijn van KPN tot en met ${nl(missed)} verstreken zonder antwoord op de klacht over de beëindiging. Gebeld op ${nl(day)} met KPN: KPN stuurt de bevestiging per post.`);
    expect(again.statusText).not.toMatch(/zonder termijn|afwachten/);
  });

  it('records a call from the contract page, and a refused one comes back on its form', async () => {
    const { id, member } = await requested('Piet');
    const page = (await ownerWeb.get(`/app/contracts/${id}`).expect(200)).text;
    expect(page).toContain('Gesprek vastleggen');
    // No collection letter recorded: the agency is no one to choose (the API would refuse it).
    expect(page).toContain('<option value="provider" selected>KPN</option>');
    expect(page).not.toContain('value="agency"');
    const day = await today();
    const refused = await ownerWeb.post(`/app/contracts/${id}/calls`).type('form').send({ calledOn: addBusinessDays(day, 2), party: 'provider', outcome: 'Te vroeg.' }).expect(422);
    expect(refused.text).toContain('De datum van het gesprek ligt in de toekomst');
    // With the outcome left empty too, the form names both at once (audit finding 5).
    const both = await ownerWeb.post(`/app/contracts/${id}/calls`).type('form').send({ calledOn: addBusinessDays(day, 2), party: 'provider', outcome: '' }).expect(422);
    const alert = /role="alert"[\s\S]*?<\/ul>/.exec(both.text)?.[0] ?? '';
    expect(alert).toContain('De datum van het gesprek ligt in de toekomst');
    expect(alert).toContain('href="#call-outcome"');
    await ownerWeb.post(`/app/contracts/${id}/calls`).type('form').send({ calledOn: day, party: 'provider', person: 'Kees', outcome: 'Brief is binnen.', shareWithFamily: 'true' }).expect(303);
    expect((await ownerWeb.get(`/app/contracts/${id}`).expect(200)).text).toContain(`Gebeld op ${nl(day)} met KPN (Kees): Brief is binnen.`);
    expect(await familyTimeline(member)).toContain(`Uw vaste contactpersoon heeft op ${nl(day)} met KPN gebeld. Brief is binnen.`);
  });

  it('keeps the owner’s reply to a family report for the relative who made it; unknown fields are refused', async () => {
    const estate = await createEstate(anna.api, { givenNames: 'Kees' });
    const maria = await relative(t, anna.api, estate.id, 'Maria');
    const henk = await relative(t, anna.api, estate.id, 'Henk');
    const report = (await maria.post(`${API}/portal/reports`, { kind: 'other', message: 'KPN belde mij op.' }).expect(201)).body as { id: string };
    // Today's form on the report has the reply.
    expect((await ownerWeb.get('/app').expect(200)).text).toContain(`id="report-${report.id}-reply"`);
    const refused = await anna.api.post(`${API}/family-reports/${report.id}/handle`, { note: 'Ik heb KPN gebeld.' }).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'note' })]);
    // Read by the route itself (a missing body is allowed), yet held to the pipe's rules: hostile keys and a body that is no object are refused, naming them.
    const hostile = await anna.api.post(`${API}/family-reports/${report.id}/handle`).set('Content-Type', 'application/json').send('{"reply":"ok","__proto__":{"admin":true}}').expect(400);
    expect(hostile.body.errors).toEqual([expect.objectContaining({ field: '__proto__' })]);
    const list = await anna.api.post(`${API}/family-reports/${report.id}/handle`).set('Content-Type', 'application/json').send('["ok"]').expect(400);
    expect(list.body.errors).toEqual([expect.objectContaining({ field: 'body' })]);
    await anna.api.post(`${API}/family-reports/${report.id}/handle`, { reply: 'Ik heb KPN gebeld; u hoort niets meer van ze.' }).expect(204);
    expect((await maria.get(`${API}/portal/reports`).expect(200)).body.items[0]).toMatchObject({ status: 'handled', reply: 'Ik heb KPN gebeld; u hoort niets meer van ze.' });
    // Her own line names her report by the day she made it (README reportlist).
    expect(await familyTimeline(maria)).toContainEqual(expect.stringMatching(/^Uw vaste contactpersoon heeft de melding \(gemeld op \d+ \w+ \d{4}\) afgehandeld en schrijft u: „Ik heb KPN gebeld; u hoort niets meer van ze.”$/));
    expect((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}`).expect(200)).text).toContain('Ik heb KPN gebeld; u hoort niets meer van ze.');
    expect((await familyTimeline(henk)).join(' ')).not.toContain('u hoort niets meer');
    const history = (await anna.api.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items.map((e: { summary: string }) => e.summary);
    expect(history).toContain('Melding afgehandeld (iets anders). Antwoord aan de familie: „Ik heb KPN gebeld; u hoort niets meer van ze.”');
  });
});
