import request from 'supertest';
import { addBusinessDays, longDate } from '../../workflows';
import { API, clockTo, createEstate, createProvider, deskOf } from '../support/fixtures';
import { SmtpSink } from '../support/smtp-sink';
import { ADMIN, Session, startTestApp, TestApp } from '../support/test-app';
import { Account, account, relative, requestedContract } from '../workspace/support';

/**
 * A recorded call corrected, unshared or withdrawn (audit): the owner's history keeps the version before; every relative's
 * portal and daily email read the call as it stands at once; a call's new day, or its withdrawal, takes the owner's alert
 * about a provider's passed term off or puts it back.
 */
describe('the owner corrects or withdraws a recorded call', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let anna: Account;
  let kpn: { id: string; name: string };
  let ownerWeb: request.Agent;

  beforeAll(async () => {
    ({ sink } = t = await startTestApp({ mailSink: true }));
    anna = await account(t, 'Anna de Boer', 'specialist', 'nl');
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [], slaBusinessDays: 10 });
    ownerWeb = request.agent(t.app.getHttpServer());
    await ownerWeb.post('/app/login').type('form').send({ email: anna.email, password: anna.password, next: '/app' }).expect(303);
  });
  afterAll(() => t?.close());

  const nl = (date: string) => longDate(date, 'nl');
  const today = async () => ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
  const familyTimeline = async (member: Session) => ((await member.get(`${API}/portal/timeline`).expect(200)).body.items as { text: string }[]).map((e) => e.text).join('\n');
  const history = async (id: string) => ((await anna.api.get(`${API}/contracts/${id}`).expect(200)).body.timeline as { summary: string }[]).map((e) => e.summary);
  const calls = async (id: string) => (await anna.api.get(`${API}/contracts/${id}/calls`).expect(200)).body.items as { id: string; outcome: string; shared: boolean; person: string | null; corrected: boolean; withdrawn: boolean }[];
  const digests = (to: string) => sink.messages.filter((m) => m.subject?.startsWith('Nieuws over') && m.to && 'text' in m.to && m.to.text === to);

  it('unshares and corrects a call over the API: gone from every relative at once and from the daily email; the owner keeps the old text', async () => {
    const estate = await createEstate(anna.api, { givenNames: 'Ruud' });
    await anna.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria', email: 'maria@family.example', relation: 'kind', isHeir: true, isRepresentative: true }).expect(201);
    const grandson = await relative(t, anna.api, estate.id, 'Daan');
    const son = await relative(t, anna.api, estate.id, 'Kees');
    const id = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'K-R', action: 'cancel' }).expect(201)).body.id as string;
    const day = await today();
    await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: day, party: 'provider', person: 'Sanne', outcome: 'KPN noemt de schuld van Ruud € 400.', shareWithFamily: true }).expect(201);
    expect(await familyTimeline(grandson)).toContain('de schuld van Ruud € 400');
    const [call] = await calls(id);

    // Refusals name their field; a call not on this contract is not found.
    expect((await anna.api.patch(`${API}/contracts/${id}/calls/${call.id}`, { calledOn: addBusinessDays(day, 2) }).expect(422)).body.errors).toEqual([{ field: 'calledOn', message: `must not be after today, ${longDate(t.clock.today(), 'en')}` }]);
    expect((await anna.api.patch(`${API}/contracts/${id}/calls/${call.id}`, { outcome: null }).expect(422)).body.errors).toEqual([{ field: 'outcome', message: 'must not be empty' }]);
    // Whom she called emptied is a choice to make again, the outcome a line to fill in: each said by the field's kind, as its form says it.
    expect((await anna.api.patch(`${API}/contracts/${id}/calls/${call.id}`, { party: null, outcome: null }).expect(422)).body.detail).toBe('Kies met wie u belde. Vul de uitkomst in. Er is niets gewijzigd.');
    expect((await anna.api.patch(`${API}/contracts/${id}/calls/${call.id}`, { outcome: ' ' }).expect(400)).body.errors.map((e: { field: string }) => e.field)).toEqual(['outcome']);
    await anna.api.patch(`${API}/contracts/${id}/calls/${id}`, { shareWithFamily: false }).expect(404);

    await anna.api.patch(`${API}/contracts/${id}/calls/${call.id}`, { shareWithFamily: false, outcome: 'KPN noemt een openstaand bedrag.', person: null }).expect(200);
    for (const relativeView of [await familyTimeline(grandson), await familyTimeline(son)]) {
      expect(relativeView).toContain(`Uw vaste contactpersoon heeft op ${nl(day)} met KPN gebeld.`);
      expect(relativeView).not.toMatch(/Ruud € 400|openstaand bedrag/);
    }
    expect(await calls(id)).toEqual([expect.objectContaining({ outcome: 'KPN noemt een openstaand bedrag.', person: null, shared: false, corrected: true, withdrawn: false })]);
    expect(await history(id)).toContain(
      `Internet: Gesprek gecorrigeerd. Was: Gebeld op ${nl(day)} met KPN (Sanne): KPN noemt de schuld van Ruud € 400. (gedeeld met de familie). Nu: Gebeld op ${nl(day)} met KPN: KPN noemt een openstaand bedrag. (niet gedeeld met de familie)`,
    );
    // The estate's history at the portal holds no correction entry (it would carry the old text).
    expect(JSON.stringify((await son.get(`${API}/portal/timeline`).expect(200)).body)).not.toContain('Ruud € 400');

    // The daily email tells the call as it stands: made, no outcome.
    const before = sink.messages.length;
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await sink.waitFor(before + 1);
    const email = digests('maria@family.example').at(-1)!.text!;
    expect(email).toContain(`Uw vaste contactpersoon heeft op ${nl(day)} met KPN gebeld.`);
    expect(email).not.toMatch(/Ruud € 400|openstaand bedrag/);
  });

  it('withdraws a call recorded in error: gone from the family, kept in the owner’s history; not again', async () => {
    const { id, member } = await requestedContract(t, anna.api, kpn.id, 'Wim');
    const day = await today();
    await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: day, party: 'provider', outcome: 'Verkeerd contract gebeld.', shareWithFamily: true }).expect(201);
    expect(await familyTimeline(member)).toContain('Verkeerd contract gebeld.');
    const [call] = await calls(id);
    await anna.api.delete(`${API}/contracts/${id}/calls/${call.id}`).expect(200);
    expect(await familyTimeline(member)).not.toMatch(/Verkeerd contract|met KPN gebeld/);
    expect(await history(id)).toContain(`Internet: Gesprek ingetrokken (vastgelegd in fout). Was: Gebeld op ${nl(day)} met KPN: Verkeerd contract gebeld. (gedeeld met de familie)`);
    expect(await calls(id)).toEqual([expect.objectContaining({ withdrawn: true, outcome: 'Verkeerd contract gebeld.' })]);
    await anna.api.delete(`${API}/contracts/${id}/calls/${call.id}`).expect(404);
    await anna.api.patch(`${API}/contracts/${id}/calls/${call.id}`, { outcome: 'x' }).expect(404);

    // Corrected, then withdrawn: the list shows what it said last, as the history does, not its first version (audit finding 3).
    await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: day, party: 'provider', outcome: 'Eerste versie.', shareWithFamily: true }).expect(201);
    const second = (await calls(id)).find((c) => c.outcome === 'Eerste versie.')!;
    await anna.api.patch(`${API}/contracts/${id}/calls/${second.id}`, { shareWithFamily: false, outcome: 'Laatste versie.' }).expect(200);
    await anna.api.delete(`${API}/contracts/${id}/calls/${second.id}`).expect(200);
    expect((await calls(id)).find((c) => c.id === second.id)).toMatchObject({ withdrawn: true, corrected: true, shared: false, outcome: 'Laatste versie.' });
    expect(await history(id)).toContain(`Internet: Gesprek ingetrokken (vastgelegd in fout). Was: Gebeld op ${nl(day)} met KPN: Laatste versie. (niet gedeeld met de familie)`);
  });

  /** What the owner and the administrator read of the contract's missed term, once its first term passed with the owner's call due. */
  const overdueAwaitingCall = async (id: string) => {
    const owner = async () => (await anna.api.get(`${API}/contracts/${id}`).expect(200)).body as { dueAt: string; nextStep: string };
    const onToday = async () => ((await anna.api.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; overdue: boolean }[]).find((c) => c.contractId === id)?.overdue ?? false;
    const listed = async () => ((await t.admin.get(`${API}/queue`).expect(200)).body.lateAgain as { contractId: string; missedTerms: number }[]).find((l) => l.contractId === id);
    while (!/^KPN nu bellen/.test((await owner()).nextStep)) await clockTo(t.admin, addBusinessDays((await owner()).dueAt, 1));
    return { owner, onToday, listed };
  };

  it('weighs a call against the provider’s passed term again when its day moves or it is withdrawn: the owner’s alert off, or back with its count', async () => {
    const { id, member } = await requestedContract(t, anna.api, kpn.id, 'Jan');
    const desk = await deskOf(t, kpn.id);
    const card = async () => ((await member.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string; nextStep: string }[]).find((c) => c.id === id)!;
    const added = await today();
    const { owner, onToday, listed } = await overdueAwaitingCall(id);
    // A second term passes with only the owner alerted (a fresh one, shown to no reader): listed for the administrator too.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 20 }).expect(200);
    expect(await listed()).toMatchObject({ missedTerms: 2 });
    const day = await today();

    // Recorded with the day the contract was added (before the term passed): it answers nothing, the alert stays.
    await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: added, party: 'provider', outcome: 'KPN bevestigt deze week.' }).expect(201);
    const [call] = await calls(id);
    expect((await owner()).nextStep).toMatch(/^KPN nu bellen/);
    expect(await onToday()).toBe(true);
    // Corrected to today's day, after the term: the alert is off Today and off the administrator's list; the family reads the call.
    await anna.api.patch(`${API}/contracts/${id}/calls/${call.id}`, { calledOn: day }).expect(200);
    expect((await owner()).nextStep).toMatch(/^Antwoord van KPN afwachten/);
    expect(await onToday()).toBe(false);
    expect(await listed()).toBeUndefined();
    expect((await card()).statusText).toContain(`Uw vaste contactpersoon heeft op ${nl(day)} met KPN gebeld.`);
    // Back to the day before the term: the alert is back, with both terms counted.
    await anna.api.patch(`${API}/contracts/${id}/calls/${call.id}`, { calledOn: added }).expect(200);
    expect((await owner()).nextStep).toMatch(/^KPN nu bellen/);
    expect(await onToday()).toBe(true);
    expect(await listed()).toMatchObject({ missedTerms: 2 });

    // Two calls after the term: withdrawing one leaves the other answering it; withdrawing that one too (on the page) puts the alert back.
    await anna.api.patch(`${API}/contracts/${id}/calls/${call.id}`, { calledOn: day }).expect(200);
    await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: day, party: 'provider', outcome: 'Nogmaals gebeld.' }).expect(201);
    const [second] = await calls(id);
    await anna.api.delete(`${API}/contracts/${id}/calls/${second.id}`).expect(200);
    expect(await onToday()).toBe(false);
    await ownerWeb.post(`/app/contracts/${id}/calls/${call.id}/withdraw`).type('form').send({}).expect(303);
    expect(await onToday()).toBe(true);
    expect((await ownerWeb.get('/app').expect(200)).text).toContain('KPN nu bellen');
    // In the same request the family's card no longer says a call was made, and asks the owner's call again; the desk never read one.
    expect((await card()).statusText).not.toContain('gebeld');
    expect((await card()).nextStep).toBe('Uw vaste contactpersoon neemt persoonlijk contact op met KPN.');
    expect(JSON.stringify((await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body)).not.toMatch(/deze week|Nogmaals|gebeld/i);
  });

  it('weighs a call against every term missed in a row, not only the latest: an older term answered by a call recorded later, given back when it is withdrawn', async () => {
    const { id } = await requestedContract(t, anna.api, kpn.id, 'Piet');
    const { owner, onToday, listed } = await overdueAwaitingCall(id);
    // The day after the first term passed: a call made then answers that term, not the next.
    const afterFirst = await today();
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 20 }).expect(200);
    expect(await listed()).toMatchObject({ missedTerms: 2 });

    // Recorded only now, made between the two terms: the first is answered, the second still waits on her call.
    await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: afterFirst, party: 'provider', outcome: 'KPN belooft antwoord.' }).expect(201);
    expect(await listed()).toBeUndefined();
    expect(await onToday()).toBe(true);
    expect((await owner()).nextStep).toMatch(/^KPN nu bellen/);
    const [call] = await calls(id);
    // Withdrawn: both terms are unanswered again, and the administrator sees it again.
    await anna.api.delete(`${API}/contracts/${id}/calls/${call.id}`).expect(200);
    expect(await listed()).toMatchObject({ missedTerms: 2 });
    expect(await onToday()).toBe(true);
  });

  it('says the move due since the earliest term her call left unanswered, not the latest, once terms passed after it', async () => {
    const { id } = await requestedContract(t, anna.api, kpn.id, 'Bram');
    const { owner, listed } = await overdueAwaitingCall(id);
    await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: await today(), party: 'provider', outcome: 'KPN belooft antwoord.' }).expect(201);
    const todayRow = async () => ((await anna.api.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; statusText: string }[]).find((c) => c.contractId === id)?.statusText;
    // The term after her call passes: the move is due since that term.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 20 }).expect(200);
    const [, second] = /^KPN nu bellen.*: geen antwoord tot en met (\d+ \w+ \d{4})\./.exec((await owner()).nextStep)!;
    expect(await todayRow()).toContain(`: geen antwoord tot en met ${second}.`);
    // And the one after that: two unanswered (the administrator lists it), still due since the first of them, on Today and the contract page.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 20 }).expect(200);
    expect(await listed()).toMatchObject({ missedTerms: 2 });
    expect(await todayRow()).toMatch(new RegExp(`^KPN nu bellen.*: geen antwoord tot en met ${second}\\.`));
    expect((await ownerWeb.get('/app').expect(200)).text).toContain(`: geen antwoord tot en met ${second}.`);
    expect((await owner()).nextStep).toContain(`: geen antwoord tot en met ${second}.`);
  });

  it('gives back the older term when the call that answered it is withdrawn after the next term passed', async () => {
    const { id } = await requestedContract(t, anna.api, kpn.id, 'Kees');
    const { onToday, listed } = await overdueAwaitingCall(id);
    await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: await today(), party: 'provider', outcome: 'KPN belooft antwoord.' }).expect(201);
    expect(await onToday()).toBe(false);
    // The next term passes unanswered: one term counts, the one after her call.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 20 }).expect(200);
    expect(await onToday()).toBe(true);
    expect(await listed()).toBeUndefined();
    // The call was recorded in error: the term it answered counts again beside the one after it.
    const [call] = await calls(id);
    await anna.api.delete(`${API}/contracts/${id}/calls/${call.id}`).expect(200);
    expect(await listed()).toMatchObject({ missedTerms: 2 });
    expect(await onToday()).toBe(true);
  });

  it('ranks and dates a late row on Today by the earliest term still unanswered, not the first ever missed', async () => {
    // Two contracts requested on one day: the same terms pass for both.
    const ids = [(await requestedContract(t, anna.api, kpn.id, 'Otto')).id, (await requestedContract(t, anna.api, kpn.id, 'Teun')).id];
    const rows = async () => ((await anna.api.get(`${API}/queue?limit=100`).expect(200)).body.contracts as { contractId: string; lateSince: string | null; statusText: string }[]).filter((c) => ids.includes(c.contractId));
    const row = async (id: string) => (await rows()).find((c) => c.contractId === id)!;
    await overdueAwaitingCall(ids[0]);
    const between = await today();
    // The second term passes too: both late since the first, side by side (by their ids).
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 20 }).expect(200);
    const before = await rows();
    const first = before[0].lateSince!;
    expect(first < between).toBe(true);
    expect(before.map((c) => c.lateSince)).toEqual([first, first]);
    const [ahead, behind] = before.map((c) => c.contractId);
    // A call made between the two terms, recorded only now, answers the first of the one that stood first.
    await anna.api.post(`${API}/contracts/${ahead}/calls`, { calledOn: between, party: 'provider', outcome: 'KPN belooft antwoord.' }).expect(201);
    const second = (await row(ahead)).lateSince!;
    expect(second > between && second < (await today())).toBe(true);
    expect((await row(ahead)).statusText).toContain(`: geen antwoord tot en met ${nl(second)}.`);
    expect((await row(behind)).lateSince).toBe(first);
    // Today's order follows: the one late since the first term now stands first.
    expect((await rows()).map((c) => c.contractId)).toEqual([behind, ahead]);
  });

  it('gives a late row back its late day when a confirmation recorded on it by mistake is taken back (answerundo with ownermoves)', async () => {
    const { id } = await requestedContract(t, anna.api, kpn.id, 'Joop');
    await overdueAwaitingCall(id);
    const row = async () => ((await anna.api.get(`${API}/queue?limit=100`).expect(200)).body.contracts as { contractId: string; lateSince: string | null; overdue: boolean }[]).find((c) => c.contractId === id);
    const before = (await row())!;
    expect(before.lateSince).toMatch(/^20\d\d-\d\d-\d\d$/);
    await anna.api.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: await today(), reference: 'KPN-OTHER' }).expect(200);
    expect(await row()).toBeUndefined();
    await anna.api.post(`${API}/contracts/${id}/take-back-confirmation`, { reason: 'Bij het verkeerde contract vastgelegd.' }).expect(200);
    expect(await row()).toMatchObject({ lateSince: before.lateSince, overdue: before.overdue });
  });

  it('lists a case late again, and says its status, since the earliest term still unanswered, not the term her call answered', async () => {
    const { id } = await requestedContract(t, anna.api, kpn.id, 'Wim');
    const { owner, listed } = await overdueAwaitingCall(id);
    const answered = (await owner()).nextStep;
    // Her call answers the first term; the next two pass unanswered: two counted, the administrator lists it.
    await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: await today(), party: 'provider', outcome: 'KPN belooft antwoord.' }).expect(201);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 20 }).expect(200);
    const [, second] = /: geen antwoord tot en met (\d+ \w+ \d{4})\.$/.exec((await owner()).nextStep)!;
    expect(answered).not.toContain(second);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 20 }).expect(200);
    const row = ((await anna.api.get(`${API}/queue?limit=100`).expect(200)).body.contracts as { contractId: string; lateSince: string; statusText: string }[]).find((c) => c.contractId === id)!;
    expect(nl(row.lateSince)).toBe(second);
    // The owner's status line on Today and on the contract, and the administrator's list (API and page), name the second term.
    expect(row.statusText).toContain(`: geen antwoord tot en met ${second}.`);
    expect((await owner()).nextStep).toContain(`: geen antwoord tot en met ${second}.`);
    expect(await listed()).toMatchObject({ missedTerms: 2, since: row.lateSince });
    const adminWeb = request.agent(t.app.getHttpServer());
    await adminWeb.post('/app/login').type('form').send({ email: ADMIN.email, password: ADMIN.password, next: '/app' }).expect(303);
    // The administrator's account reads English.
    expect((await adminWeb.get('/app').expect(200)).text).toContain(`Term passed 2 times since ${longDate(row.lateSince, 'en')}; case owner Anna de Boer.`);
  });

  it('corrects and withdraws from the contract page: what the owner and a relative see before and after', async () => {
    const { id, member } = await requestedContract(t, anna.api, kpn.id, 'Els');
    const day = await today();
    await ownerWeb.post(`/app/contracts/${id}/calls`).type('form').send({ calledOn: day, party: 'provider', person: 'Kees', outcome: 'Schuld van Ruud € 400.', shareWithFamily: 'true' }).expect(303);
    const portal = async () => (await t.anonymous.get('/family/timeline').set('Cookie', `steward_family=${member.token}`).expect(200)).text;
    expect(await portal()).toContain('Schuld van Ruud € 400.');
    const [call] = await calls(id);
    const page = (await ownerWeb.get(`/app/contracts/${id}`).expect(200)).text;
    expect(page).toContain('Vastgelegde gesprekken');
    expect(page).toContain(`action="/app/contracts/${id}/calls/${call.id}/correct"`);
    expect(page).toContain('<summary>Corrigeren</summary>');

    // A blank outcome comes back beside the call, named.
    const refused = await ownerWeb.post(`/app/contracts/${id}/calls/${call.id}/correct`).type('form').send({ calledOn: day, party: 'provider', person: 'Kees', outcome: '' }).expect(422);
    expect(refused.text).toMatch(new RegExp(`<p class="field-error" id="call-${call.id}-outcome-error">Vul de uitkomst in</p>`, 'i'));
    // Unticked, the family no longer reads the outcome.
    await ownerWeb.post(`/app/contracts/${id}/calls/${call.id}/correct`).type('form').send({ calledOn: day, party: 'provider', person: 'Kees', outcome: 'Er staat een bedrag open.' }).expect(303);
    const after = (await ownerWeb.get(`/app/contracts/${id}?done=call-corrected`).expect(200)).text;
    expect(after).toContain('Het gesprek is gecorrigeerd; de vorige tekst staat in de geschiedenis.');
    expect(after).toContain('Gesprek gecorrigeerd. Was: ');
    expect(after).toContain('Schuld van Ruud € 400.');
    expect(await portal()).not.toMatch(/Ruud € 400|bedrag open/);
    expect(await portal()).toContain(`met KPN gebeld`);

    await ownerWeb.post(`/app/contracts/${id}/calls/${call.id}/withdraw`).type('form').send({}).expect(303);
    expect((await ownerWeb.get(`/app/contracts/${id}`).expect(200)).text).toContain('Gesprek ingetrokken (vastgelegd in fout)');
    expect(await portal()).not.toContain('met KPN gebeld');
  });
});
