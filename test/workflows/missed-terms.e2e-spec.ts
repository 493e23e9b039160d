import { Client } from 'pg';
import request from 'supertest';
import { addBusinessDays, longDate } from '../../workflows';
import { addCalendarDays } from '../../src/clock/clock';
import { API, clockTo } from '../support/fixtures';
import { ADMIN, Session, startTestApp, TestApp } from '../support/test-app';
import { Account, missedTermReaders, requestedContract } from '../workspace/support';

/**
 * A missed term that keeps the state (the runtime starts a fresh one) is said where the new due date
 * is shown: to the provider's desk, the family and the owner, each as true to what the machine did
 * (only an owner alert, no letter) and to whose term it was.
 */
describe('a missed term is said, never silently moved', () => {
  let t: TestApp;
  let anna: Account;
  let kpn: { id: string; name: string };
  let desk: Session;
  let deskWeb: request.Agent;
  let ownerWeb: request.Agent;
  let db: Client;

  beforeAll(async () => {
    ({ db } = t = await startTestApp({ dbClient: true }));
    ({ anna, kpn, desk, deskWeb, ownerWeb } = await missedTermReaders(t));
  });
  afterAll(() => t?.close());

  const nl = (date: string) => longDate(date, 'nl');
  const owner = async (id: string) => (await anna.api.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; dueAt: string; statusText: string; statusTexts: { en: string }; nextStep: string; letters: { kind: string; letterDate: string }[] };
  const onToday = async (id: string) => ((await anna.api.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; statusText: string; overdue: boolean }[]).find((c) => c.contractId === id);
  const atDesk = async (id: string) => (await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body as { statusText: string; nextMove: string; dueAt: string | null; missedDueAt: string | null };
  const family = async (member: Session, id: string, lang = 'nl') =>
    ((await member.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string; nextStep: string; expectedDate: string | null }[]).find((c) => c.id === id)!;
  const familyPage = async (member: Session) => (await t.anonymous.get('/family').set('Cookie', `steward_family=${member.token}`).expect(200)).text;
  /** The runtime's present due date: after a provider's term passed with only the owner alerted, no reader is shown it. */
  const runtimeDue = async (id: string) => (await db.query(`SELECT to_char(due_date, 'YYYY-MM-DD') AS due FROM workflow_instances WHERE subject_id = $1`, [id])).rows[0].due as string;
  const lateAgain = async (id: string) => ((await t.admin.get(`${API}/queue`).expect(200)).body.lateAgain as { contractId: string; missedTerms: number; since: string; ownerName: string }[]).find((l) => l.contractId === id);
  /** Lets the present term pass: the scheduler fires on the business day after the due date. */
  const letPass = async (due: string) => clockTo(t.admin, addBusinessDays(due, 1));

  const requested = (givenNames: string) => requestedContract(t, anna.api, kpn.id, givenNames);

  it('says since when the provider is past the complaint’s term, and no new term no letter gave it, after the complaint went unanswered (the owner is alerted, no letter)', async () => {
    const { id, member } = await requested('Jan');
    await letPass((await owner(id)).dueAt);
    expect((await owner(id)).state).toBe('reminded');
    await letPass((await owner(id)).dueAt);
    const escalated = await owner(id);
    expect(escalated.state).toBe('escalated');
    // Nothing was missed in this state yet: no word of it.
    expect((await atDesk(id)).missedDueAt).toBeNull();
    expect(escalated.statusText).not.toMatch(/verstreken/);

    const missed = escalated.dueAt;
    await letPass(missed);
    const now = await owner(id);
    expect(now.state).toBe('escalated');
    // The runtime counts a fresh term to alert the owner again; no letter told KPN of it, so no reader is shown it as KPN's.
    const due = await runtimeDue(id);
    expect(due > missed).toBe(true);
    expect(now.dueAt).toBeNull();

    // The desk: the term it let pass, and no new one (audit: "nieuwe termijn" beside "Te laat" on Today).
    const seen = await atDesk(id);
    expect(seen).toMatchObject({ dueAt: null, missedDueAt: missed });
    const deskSays = `De termijn tot en met ${nl(missed)} is verstreken zonder uw bevestiging van de beëindiging.`;
    expect(seen.statusText).toContain(deskSays);
    expect(`${seen.statusText} ${seen.nextMove}`).not.toContain(nl(due));
    expect(seen.statusText).not.toMatch(/nieuwe termijn/);
    expect((await deskWeb.get(`/desk/requests/${id}`).expect(200)).text).toContain(deskSays);
    expect((await deskWeb.get('/desk').expect(200)).text).toContain(deskSays);
    const csv = (await desk.get(`${API}/provider-desk/requests/export?from=2026-11-01&to=${due}`).expect(200)).text;
    expect(csv).toContain(deskSays);

    // The owner: whose term passed, since when, and no term of KPN's said to run.
    const ownerSays = `Klacht ingediend bij KPN: ook na de herinnering niet bevestigd. Termijn van KPN tot en met ${nl(missed)} verstreken zonder antwoord op de klacht over de beëindiging.`;
    expect(now.statusText).toBe(ownerSays);
    expect(now.statusTexts.en).toBe(`Complaint filed with KPN: still not confirmed after the reminder. KPN's term until ${longDate(missed, 'en')} passed without an answer to the complaint about the cancellation.`);
    const contractPage = (await ownerWeb.get(`/app/contracts/${id}`).expect(200)).text;
    expect(contractPage).toContain(ownerSays);
    expect(contractPage).not.toContain(nl(due));
    // The owner's alert says the same: no "antwoord aanbieder uiterlijk" a renewed date.
    const { rows: alerts } = await db.query(`SELECT message FROM notifications WHERE contract_id = $1 AND audience = 'owner' ORDER BY created_at DESC LIMIT 1`, [id]);
    expect(alerts[0].message).toBe(`KPN: ${ownerSays}`);
    const today = (await anna.api.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; statusText: string; overdue: boolean; dueDate: string; lateSince: string | null; dueDateOf: string }[];

    // The family: that KPN did not answer in time, and what happens now (a call, not a letter that did not go out).
    const told = await family(member, id);
    expect(told.statusText).toContain(`KPN heeft niet binnen de termijn (tot en met ${nl(missed)}) bevestigd dat het contract wordt beëindigd.`);
    expect(told.nextStep).toBe('Uw vaste contactpersoon neemt persoonlijk contact op met KPN.');
    expect(told.expectedDate).toBeNull();
    expect(`${told.statusText} ${told.nextStep}`).not.toMatch(/opnieuw geschreven|herinnering gestuurd/);
    const inEnglish = await family(member, id, 'en');
    expect(inEnglish.statusText).toContain(`KPN did not confirm within the term (until ${longDate(missed, 'en')}) that the contract ends.`);
    expect(inEnglish.nextStep).toBe('Your contact person will contact KPN personally.');
    const page = await familyPage(member);
    expect(page).toContain(`KPN heeft niet binnen de termijn (tot en met ${nl(missed)}) bevestigd dat het contract wordt beëindigd.`);
    expect(page).toContain('Uw vaste contactpersoon neemt persoonlijk contact op met KPN.');

    // The owner's next step is the call, now: not a wait until the new term; and from which day the Geschillencommissie
    // takes the case (four weeks after the complaint), on the condition the complaint letter names.
    const complainedOn = escalated.letters.find((l) => l.kind === 'escalation')!.letterDate;
    const call = `KPN nu bellen: geen antwoord tot en met ${nl(missed)}. Vanaf ${nl(addCalendarDays(complainedOn, 28))} kunt u naar de Geschillencommissie Telecommunicatie (als KPN daarbij is aangesloten).`;
    expect(now.nextStep).toBe(call);
    expect((await ownerWeb.get(`/app/contracts/${id}`).expect(200)).text).toContain(call);
    // Today says the move due now and since when, beside no date of KPN's: "Te laat" and the term that passed, one story.
    expect(today.find((c) => c.contractId === id)).toMatchObject({ overdue: true, statusText: call, lateSince: missed, dueDate: null, dueDateOf: 'provider' });
    const todayPage = (await ownerWeb.get('/app').expect(200)).text;
    expect(todayPage).toContain(call);
    expect(todayPage).not.toMatch(/nieuwe termijn/);
    expect(todayPage).not.toContain(nl(due));
    // One term missed: not yet listed for the administrator.
    expect(await lateAgain(id)).toBeUndefined();

    // A second missed term, still no letter: every reader is told KPN is late since the first, and no renewed date.
    await letPass(due);
    const later = await owner(id);
    const newest = await runtimeDue(id);
    expect(later.statusText).toBe(ownerSays);
    expect(later.dueAt).toBeNull();
    // Four weeks after the complaint passed meanwhile: the body is now the step beside the call.
    expect(addCalendarDays(complainedOn, 28) <= addBusinessDays(due, 1)).toBe(true);
    expect(later.nextStep).toBe(`KPN nu bellen of naar de Geschillencommissie Telecommunicatie (als KPN daarbij is aangesloten): geen antwoord tot en met ${nl(missed)}.`);
    const deskLater = await atDesk(id);
    expect(deskLater).toMatchObject({ dueAt: null, missedDueAt: missed });
    expect(deskLater.statusText).toContain(deskSays);
    expect(deskLater.statusText).not.toContain(nl(newest));
    expect((await family(member, id)).statusText).toContain(`KPN heeft niet binnen de termijn (tot en met ${nl(missed)}) bevestigd dat het contract wordt beëindigd.`);
    expect(await onToday(id)).toMatchObject({ lateSince: missed, dueDate: null });
    // The owner was alerted at the first miss and recorded no call: the administrator's Today lists the contract, and she
    // gets no second alert saying the same.
    expect(await lateAgain(id)).toMatchObject({ missedTerms: 2, since: missed, ownerName: 'Anna de Boer' });
    const { rows: alerted } = await db.query(`SELECT 1 FROM notifications WHERE contract_id = $1 AND audience = 'owner' AND topic = 'no_answer_after_escalation'`, [id]);
    expect(alerted).toHaveLength(1);

    // An answer starts a fresh stage: the missed term is no longer said.
    await desk.post(`${API}/provider-desk/requests/${id}/acknowledge`, { reference: 'KPN-9' }).expect(200);
    expect((await atDesk(id)).missedDueAt).toBeNull();
    expect((await atDesk(id)).statusText).not.toMatch(/verstreken/);
    expect((await owner(id)).statusText).not.toMatch(/verstreken/);
    expect((await family(member, id)).statusText).not.toMatch(/niet binnen de termijn/);
    expect(await lateAgain(id)).toBeUndefined();
  });

  it('after a complaint about a rejection went unanswered, alerts the owner once, names the first missed term and no renewed one, and lists the case for the administrator from the second miss (v9 `complained`)', async () => {
    const { id, member } = await requested('Bram');
    await desk.post(`${API}/provider-desk/requests/${id}/reject`, { reason: 'Alleen de contractant kan opzeggen.' }).expect(200);
    await anna.api.post(`${API}/contracts/${id}/complain`, { grounds: 'De erfgenamen mogen opzeggen.' }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const complained = await owner(id);
    expect(complained.state).toBe('complained');
    // On Today while the complaint runs, as after our other complaints; nothing late yet.
    expect(await onToday(id)).toMatchObject({ reason: 'complaint', overdue: false });
    const alerts = async () => (await db.query(`SELECT topic, message FROM notifications WHERE contract_id = $1 AND audience = 'owner' AND topic = 'complaint_unanswered' ORDER BY created_at`, [id])).rows as { topic: string; message: string }[];

    const missed = complained.dueAt;
    await letPass(missed);
    const once = await owner(id);
    expect(once.state).toBe('complained');
    const due = await runtimeDue(id);
    expect(due > missed).toBe(true);
    const ownerSays = `Klacht ingediend bij KPN over de afwijzing (reden: Alleen de contractant kan opzeggen). Termijn van KPN tot en met ${nl(missed)} verstreken zonder antwoord op de klacht over de afwijzing.`;
    expect(once.statusText).toBe(ownerSays);
    expect(once.statusTexts.en).toBe(`Complaint filed with KPN about the rejection (reason: Alleen de contractant kan opzeggen). KPN's term until ${longDate(missed, 'en')} passed without an answer to the complaint about the rejection.`);
    expect(once.dueAt).toBeNull();
    expect((await ownerWeb.get(`/app/contracts/${id}`).expect(200)).text).not.toContain(nl(due));
    // The first miss alerts the owner, in the words of her status: no renewed date as KPN's.
    expect((await alerts()).map((a) => a.message)).toEqual([`KPN: ${ownerSays}`]);
    expect(await onToday(id)).toMatchObject({ overdue: true, lateSince: missed, dueDate: null });
    expect(await lateAgain(id)).toBeUndefined();
    // The family and the desk name the answer the complaint asked for, and promise none "soon".
    const told = await family(member, id);
    expect(told).toMatchObject({
      statusText: `KPN heeft het verzoek niet geaccepteerd. Wij vinden dat niet terecht en hebben schriftelijk een klacht ingediend. KPN heeft niet binnen de termijn (tot en met ${nl(missed)}) gereageerd op onze klacht over de afwijzing.`,
      nextStep: 'Uw vaste contactpersoon neemt persoonlijk contact op met KPN.',
      expectedDate: null,
    });
    expect((await family(member, id, 'en')).statusText).toBe(
      `KPN did not accept the request. We think that is wrong and have filed a written complaint. KPN did not answer our complaint about the rejection within the term (until ${longDate(missed, 'en')}).`,
    );
    const seen = await atDesk(id);
    expect(seen).toMatchObject({ dueAt: null, missedDueAt: missed });
    expect(seen.statusText).toContain(`De termijn tot en met ${nl(missed)} is verstreken zonder uw gemotiveerde antwoord op onze klacht over uw afwijzing.`);

    // Missed again: no second alert; the administrator's Today lists it, since the first miss; the owner still reads the first.
    await letPass(due);
    const twice = await owner(id);
    expect(twice.statusText).toBe(ownerSays);
    expect(twice.dueAt).toBeNull();
    expect(await alerts()).toHaveLength(1);
    expect(await lateAgain(id)).toMatchObject({ missedTerms: 2, since: missed, ownerName: 'Anna de Boer' });
    expect(await onToday(id)).toMatchObject({ overdue: true, lateSince: missed, dueDate: null });
  });

  it('says the owner’s own missed term to the owner and the family, and nothing of it at the desk', async () => {
    const { id, member } = await requested('Piet');
    await desk.post(`${API}/provider-desk/requests/${id}/request-information`, { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }).expect(200);
    const asked = await owner(id);
    expect(asked.state).toBe('informationRequested');
    const missed = asked.dueAt;
    await letPass(missed);
    const now = await owner(id);
    expect(now.state).toBe('informationRequested');
    const due = now.dueAt;

    expect(now.statusText).toContain(`Uw termijn tot en met ${nl(missed)} is verstreken; nieuwe termijn tot en met ${nl(due)}.`);
    expect(now.statusTexts.en).toContain(`Your term until ${longDate(missed, 'en')} has passed; new term until ${longDate(due, 'en')}.`);
    // Each date once on the page: the state's own due clause gave way to the new term, the next step is the move now.
    expect(now.statusText).toBe(`KPN vraagt aanvullende informatie („Graag de verklaring van erfrecht.”). Uw termijn tot en met ${nl(missed)} is verstreken; nieuwe termijn tot en met ${nl(due)}.`);
    expect(now.nextStep).toBe('Gevraagde informatie nu aanleveren.');

    const told = await family(member, id);
    expect(told.statusText).toContain(`Dit duurt langer dan gepland: het stond voor uiterlijk ${nl(missed)}. Uw vaste contactpersoon heeft er een herinnering over gekregen.`);
    expect(told.statusText).not.toMatch(/KPN heeft niet binnen/);
    expect((await family(member, id, 'en')).statusText).toContain(`This is taking longer than planned: it was due by ${longDate(missed, 'en')}. Your contact person has been reminded of it.`);
    expect(await familyPage(member)).toContain(`Dit duurt langer dan gepland: het stond voor uiterlijk ${nl(missed)}.`);
    expect(told.nextStep).toBe(`Het staat nu voor uiterlijk ${nl(due)}.`);
    expect((await family(member, id, 'en')).nextStep).toBe(`It is now due by ${longDate(due, 'en')}.`);

    // The desk never reads Steward's own deadline as the provider's, nor that it passed.
    const seen = await atDesk(id);
    expect(seen).toMatchObject({ dueAt: null, missedDueAt: null });
    expect(`${seen.statusText} ${seen.nextMove}`).not.toMatch(/verstreken|termijn/);

    // Renewed and missed again: counted since the first, not said as one term missed.
    await letPass(due);
    const again = await owner(id);
    expect(again.statusText).toBe(`KPN vraagt aanvullende informatie („Graag de verklaring van erfrecht.”). Uw termijn is 2× verlopen sinds ${nl(missed)}; nieuwe termijn tot en met ${nl(again.dueAt)}.`);
    expect(again.statusTexts.en).toContain(`Your term has passed 2 times since ${longDate(missed, 'en')}; new term until ${longDate(again.dueAt, 'en')}.`);
    expect((await family(member, id)).statusText).toContain(`het stond voor uiterlijk ${nl(missed)}.`);
    expect(await lateAgain(id)).toMatchObject({ missedTerms: 2, since: missed });
    expect((await atDesk(id)).missedDueAt).toBeNull();
  });

  it('never tells the family a letter went again that the letter rules held back (an instance on version 1, whose unanswered dispute complains each term)', async () => {
    const { id, member } = await requested('Kees');
    await anna.api.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-1', effectiveDate: '2026-11-30' }).expect(200);
    // Started before disputes had their own escalation (machine version 1): the runtime keeps running it on that version.
    await db.query(`UPDATE workflow_instances SET machine_version = 1 WHERE subject_id = $1`, [id]);
    await clockTo(t.admin, '2026-12-15');
    await anna.api.post(`${API}/contracts/${id}/invoice-after-end`, { reference: 'F-1', invoiceDate: '2026-12-14', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const disputed = await owner(id);
    expect(disputed.state).toBe('disputed');
    const missed = disputed.dueAt;
    await letPass(missed);
    expect((await owner(id)).state).toBe('disputed');
    // Version 1 sends its plain complaint again, which the letter rules hold back (it would ask to confirm what was confirmed).
    const letters = (await anna.api.get(`${API}/contracts/${id}`).expect(200)).body.letters as { kind: string; status: string }[];
    expect(letters.filter((l) => l.kind === 'escalation').map((l) => l.status)).toEqual(['blocked']);

    const told = await family(member, id);
    expect(told).toMatchObject({ statusText: 'We bereiden een brief aan KPN voor; uw vaste contactpersoon verstuurt hem zodra alles klopt.', expectedDate: null });
    expect(`${told.statusText} ${told.nextStep}`).not.toMatch(/opnieuw geschreven|persoonlijk contact/);
    // The provider's time stops for a letter it never got: the desk says the term it let pass, and no new one.
    const seen = await atDesk(id);
    expect(seen).toMatchObject({ dueAt: null, missedDueAt: missed });
    expect(seen.statusText).toContain(`De termijn tot en met ${nl(missed)} is verstreken zonder uw antwoord op ons bezwaar tegen de factuur.`);
    expect(seen.statusText).not.toMatch(/nieuwe termijn/);
  });

  it('holds KPN’s term while the complaint about a collection stop is held back by the letter rules (an instance on version 1, which complains each term)', async () => {
    const { id, member } = await requested('Joke');
    const { today } = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string };
    await anna.api.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-5', effectiveDate: today }).expect(200);
    await db.query(`UPDATE workflow_instances SET machine_version = 1 WHERE subject_id = $1`, [id]);
    await anna.api.post(`${API}/contracts/${id}/collection-notice`, { agency: 'Incasso Zuid', reference: 'INC-5', amount: 45 }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const stop = await owner(id);
    expect(stop.state).toBe('collectionStopRequested');
    const missed = stop.dueAt;
    await letPass(missed);
    const complaints = async () => (await owner(id)).letters.filter((l) => l.kind === 'escalation') as unknown as { status: string }[];
    // Version 1 complains when the stop's term passes; the letter rules hold it back (it would ask to confirm what KPN confirmed).
    expect((await complaints()).map((l) => l.status)).toEqual(['blocked']);
    // KPN never got it: its time stops, no further term runs and no further complaint follows on a letter nobody received.
    expect(await runtimeDue(id)).toBeNull();
    const held = await owner(id);
    expect(held).toMatchObject({ state: 'collectionStopRequested', dueAt: null });
    // The desk says the term KPN let pass, and no new one (before, a term the held-back letter never gave).
    const seen = await atDesk(id);
    expect(seen).toMatchObject({ dueAt: null, missedDueAt: missed });
    expect(seen.statusText).toContain(`De termijn tot en met ${nl(missed)} is verstreken zonder uw bevestiging dat de incasso is gestopt.`);
    expect(seen.statusText).not.toMatch(/nieuwe termijn/);
    await clockTo(t.admin, addBusinessDays(missed, 6));
    expect((await complaints()).map((l) => l.status)).toEqual(['blocked']);
    expect(await runtimeDue(id)).toBeNull();
    // The family reads that a letter is being prepared, not that we wrote again.
    const told = await family(member, id);
    expect(told).toMatchObject({ statusText: 'We bereiden een brief aan KPN voor; uw vaste contactpersoon verstuurt hem zodra alles klopt.', expectedDate: null });
    // The held-back letter is the owner's move (on Today), not a term missed again and again.
    expect(await lateAgain(id)).toBeUndefined();
  });

  it('after the owner’s own decision and then the collection stop’s term passed, tells the owner the step due now, on Today as overdue, and always the term missed last', async () => {
    const { id, member } = await requested('Greet');
    const { today } = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string };
    await anna.api.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-2', effectiveDate: today }).expect(200);
    const after = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    await anna.api.post(`${API}/contracts/${id}/invoice-after-end`, { reference: 'G-1', invoiceDate: today, periodFrom: after(1), periodTo: after(30), amount: 30 }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${id}/reject-dispute`, { reason: 'Abonnement liep door' }).expect(200);
    const deciding = await owner(id);
    expect(deciding.state).toBe('disputeRejected');
    expect((await onToday(id))?.overdue).toBe(false);

    // The owner's own decision is late: Today says so, and the next step is now, not by the fresh term.
    const decisionMissed = deciding.dueAt;
    await letPass(decisionMissed);
    const late = await owner(id);
    expect(late.state).toBe('disputeRejected');
    // Audit: the status said the fresh term as the decision's due date and again as the new term, the next step the missed one.
    // One story now, each date once and named: the term that ran, the new term, and the move due now.
    const decide = 'betalen en het geschil afsluiten, of KPN bellen of naar de Geschillencommissie Telecommunicatie (als KPN daarbij is aangesloten); leg de uitkomst vast.';
    expect(late.statusText).toBe(`Geschil afgewezen door KPN (reden: Abonnement liep door): €\u00a030,00 betwist (factuur G-1). Uw termijn tot en met ${nl(decisionMissed)} is verstreken; nieuwe termijn tot en met ${nl(late.dueAt)}.`);
    expect(late.nextStep).toBe(`Nu beslissen: ${decide}`);
    // Today's row has no status beside it: the move names the term that ran, the due date is the new term.
    const todayMove = `Nu beslissen (uw termijn liep tot en met ${nl(decisionMissed)}): ${decide}`;
    expect(await onToday(id)).toMatchObject({ overdue: true, lateSince: decisionMissed, dueDate: late.dueAt, dueDateOf: 'owner', statusText: todayMove });
    expect((await ownerWeb.get('/app').expect(200)).text).toContain(todayMove);
    // The family: the date it was planned for, and the new one, each once.
    const told = await family(member, id);
    expect(told.statusText).toMatch(new RegExp(` Dit duurt langer dan gepland: het stond voor uiterlijk ${nl(decisionMissed)}\\. Uw vaste contactpersoon heeft er een herinnering over gekregen\\.$`));
    expect(told.nextStep).toBe(`Het staat nu voor uiterlijk ${nl(late.dueAt)}.`);
    expect(`${told.statusText} ${told.nextStep}`.split(nl(late.dueAt)).length).toBe(2);
    expect(await familyPage(member)).toContain(`Het staat nu voor uiterlijk ${nl(late.dueAt)}.`);
    expect(await lateAgain(id)).toBeUndefined();

    // The renewed term passes too: Today counts the terms missed since the first, and the administrator's Today lists it.
    await letPass(late.dueAt);
    const twice = await owner(id);
    expect(twice.statusText).toBe(`Geschil afgewezen door KPN (reden: Abonnement liep door): €\u00a030,00 betwist (factuur G-1). Uw termijn is 2× verlopen sinds ${nl(decisionMissed)}; nieuwe termijn tot en met ${nl(twice.dueAt)}.`);
    const countedMove = `Nu beslissen (termijn 2× verlopen sinds ${nl(decisionMissed)}): ${decide}`;
    expect(await onToday(id)).toMatchObject({ overdue: true, lateSince: decisionMissed, dueDate: twice.dueAt, dueDateOf: 'owner', statusText: countedMove });
    expect((await ownerWeb.get('/app').expect(200)).text).toContain(countedMove);
    expect(await lateAgain(id)).toMatchObject({ missedTerms: 2, since: decisionMissed, ownerName: 'Anna de Boer' });
    const adminWeb = request.agent(t.app.getHttpServer());
    await adminWeb.post('/app/login').type('form').send({ email: ADMIN.email, password: ADMIN.password, next: '/app' }).expect(303);
    const adminToday = (await adminWeb.get('/app').expect(200)).text;
    // The administrator's account reads English.
    expect(adminToday).toContain('Terms passed again and again (all specialists)');
    expect(adminToday).toContain(`Term passed 2 times since ${longDate(decisionMissed, 'en')}; case owner Anna de Boer.`);

    // A collection notice meanwhile: the decision's term is not silently lost; the owner reads that none runs during the stop.
    await anna.api.post(`${API}/contracts/${id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-1', amount: 60 }).expect(200);
    const stop = await owner(id);
    expect(stop.state).toBe('collectionStopRequested');
    // The owner acted: the count starts again.
    expect(await lateAgain(id)).toBeUndefined();
    expect(stop.nextStep).toBe(
      `Geen antwoord uiterlijk ${nl(stop.dueAt)}: KPN en het incassobureau bellen. Over factuur G-1 (afgewezen) beslist u: betalen en het geschil afsluiten, of KPN bellen of naar de Geschillencommissie Telecommunicatie (als KPN daarbij is aangesloten); leg de uitkomst vast. ` +
        'Zolang de incassostop loopt, staat daarvoor geen termijn; die begint opnieuw (5 werkdagen) als KPN de incasso heeft gestopt.',
    );
    expect((await onToday(id))?.overdue).toBe(false);

    // The stop's term passes: the call is due now, on the contract page and on Today, with the term missed.
    const stopMissed = stop.dueAt;
    await letPass(stopMissed);
    const call = await owner(id);
    expect(call.state).toBe('collectionStopRequested');
    expect(call.nextStep).toMatch(new RegExp(`^KPN en het incassobureau nu bellen: geen schriftelijk antwoord tot en met ${nl(stopMissed)}\\. Over factuur G-1`));
    expect(call.dueAt).toBeNull();
    expect((await ownerWeb.get(`/app/contracts/${id}`).expect(200)).text).toContain(`KPN en het incassobureau nu bellen: geen schriftelijk antwoord tot en met ${nl(stopMissed)}.`);
    expect(await onToday(id)).toMatchObject({ overdue: true, lateSince: stopMissed, dueDate: null, dueDateOf: 'provider', statusText: call.nextStep });
    expect((await atDesk(id)).missedDueAt).toBe(stopMissed);

    // Missed again with no letter: late since the first, to the owner, the desk and the family; no renewed date.
    const second = await runtimeDue(id);
    await letPass(second);
    const again = await owner(id);
    expect(again.statusText).toContain(`Termijn van KPN tot en met ${nl(stopMissed)} verstreken zonder antwoord op de incassostop.`);
    expect(again.statusText).not.toMatch(/nieuwe termijn|schriftelijk antwoord uiterlijk/);
    expect(again.nextStep).toMatch(new RegExp(`^KPN en het incassobureau nu bellen: geen schriftelijk antwoord tot en met ${nl(stopMissed)}\\.`));
    expect((await atDesk(id)).missedDueAt).toBe(stopMissed);
    expect((await family(member, id)).statusText).toContain(`KPN heeft niet binnen de termijn (tot en met ${nl(stopMissed)}) bevestigd dat de incasso is gestopt.`);

    // A bill that comes meanwhile keeps the stop and its term, and so the term missed and the call due.
    const keptDue = await runtimeDue(id);
    const { today: billed } = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string };
    await anna.api.post(`${API}/contracts/${id}/invoice-after-end`, { reference: 'G-2', invoiceDate: billed, periodFrom: after(31), periodTo: after(60), amount: 30 }).expect(200);
    const billedMeanwhile = await owner(id);
    expect({ state: billedMeanwhile.state, dueAt: await runtimeDue(id) }).toEqual({ state: 'collectionStopRequested', dueAt: keptDue });
    expect(billedMeanwhile.nextStep).toMatch(new RegExp(`^KPN en het incassobureau nu bellen: geen schriftelijk antwoord tot en met ${nl(stopMissed)}\\.`));
    expect(await onToday(id)).toMatchObject({ overdue: true });
  });

  it('names the question left unanswered, so a credit after the collection stop’s term passed never reads as "KPN did not answer" (audit)', async () => {
    const { id, member } = await requested('Wim');
    const { today } = (await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string };
    await anna.api.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-3', effectiveDate: today }).expect(200);
    const after = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    await anna.api.post(`${API}/contracts/${id}/invoice-after-end`, { reference: 'W-1', invoiceDate: today, periodFrom: after(1), periodTo: after(30), amount: 50 }).expect(200);
    await anna.api.post(`${API}/contracts/${id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-2', amount: 50 }).expect(200);
    const stop = await owner(id);
    expect(stop.state).toBe('collectionStopRequested');
    const missed = stop.dueAt;
    await letPass(missed);
    // KPN credits part of the bill: an answer about the bill, not the written word that the collection stopped.
    await desk.post(`${API}/provider-desk/requests/${id}/credit-note`, { amount: 20, note: 'CN-W' }).expect(200);
    const now = await owner(id);
    expect(now.state).toBe('collectionStopRequested');

    const told = await family(member, id);
    expect(told.statusText).toMatch(/KPN heeft €\s20,00 van rekening W-1 gecrediteerd/);
    expect(told.statusText).toContain(`KPN heeft niet binnen de termijn (tot en met ${nl(missed)}) bevestigd dat de incasso is gestopt.`);
    expect(told.statusText).not.toContain('geantwoord');
    expect((await family(member, id, 'en')).statusText).toContain(`KPN did not confirm within the term (until ${longDate(missed, 'en')}) that the collection has stopped.`);

    const seen = await atDesk(id);
    expect(seen.statusText).toContain(`De termijn tot en met ${nl(missed)} is verstreken zonder uw bevestiging dat de incasso is gestopt.`);
    expect(seen.dueAt).toBeNull();
    expect(seen.statusText).not.toContain('zonder uw antwoord');

    expect(now.statusText).toContain(`Termijn van KPN tot en met ${nl(missed)} verstreken zonder antwoord op de incassostop.`);
    expect(now.statusTexts.en).toContain(`KPN's term until ${longDate(missed, 'en')} passed without an answer to the collection stop.`);
  });
});
