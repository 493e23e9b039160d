import request from 'supertest';
import { addBusinessDays, longDate } from '../../workflows';
import { API, clockTo } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { Account, missedTermReaders, requestedContract } from '../workspace/support';

/**
 * After the owner recorded the call a provider's missed term asked of her, every reader sees it was made: the family's
 * card says the call and what happens now (never the call as still to come), their daily email tells it as the timeline
 * does (the outcome only when shared), the owner's contract page and Today no longer say to call; the desk sees nothing.
 */
describe('a recorded call is seen as made', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let anna: Account;
  let kpn: { id: string; name: string };
  let desk: Session;
  let deskWeb: request.Agent;
  let ownerWeb: request.Agent;

  beforeAll(async () => {
    ({ sink } = t = await startTestApp({ mailSink: true }));
    ({ anna, kpn, desk, deskWeb, ownerWeb } = await missedTermReaders(t));
  });
  afterAll(() => t?.close());

  const nl = (date: string) => longDate(date, 'nl');
  const en = (date: string) => longDate(date, 'en');
  const today = async () => ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
  const owner = async (id: string) => (await anna.api.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; dueAt: string; statusText: string; nextStep: string };
  const onToday = async (id: string) => ((await anna.api.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; statusText: string }[]).find((c) => c.contractId === id);
  const card = async (member: Session, id: string, lang = 'nl') =>
    ((await member.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string; nextStep: string }[]).find((c) => c.id === id)!;
  const familyPage = async (member: Session) => (await t.anonymous.get('/family').set('Cookie', `steward_family=${member.token}`).expect(200)).text;
  const letPass = async (due: string) => clockTo(t.admin, addBusinessDays(due, 1));
  const digests = (to: string) => familyDigests(sink, to);
  const nextDigest = (to: string, before: number) => nextFamilyDigest(t.admin, sink, to, before);

  it('tells the family, in their card and email, that the call was made and what now; the owner no longer reads "bellen"; the desk nothing', async () => {
    const { id, estateId, member } = await requestedContract(t, anna.api, kpn.id, 'Jan');
    const english = (await anna.api.post(`${API}/estates/${estateId}/family-members`, { name: 'Tom', email: 'tom@family.example', relation: 'child', isHeir: true, isRepresentative: false, language: 'en' }).expect(201)).body;
    const tom = t.as((await t.anonymous.post(`${API}/portal/access`, { code: english.accessCode }).expect(200)).body.accessToken);
    await anna.api.post(`${API}/estates/${estateId}/family-members`, { name: 'Els', email: 'els@family.example', relation: 'child', isHeir: true, isRepresentative: false }).expect(201);
    await letPass((await owner(id)).dueAt);
    await letPass((await owner(id)).dueAt);
    const missed = (await owner(id)).dueAt;
    await letPass(missed);
    expect((await card(member, id)).nextStep).toBe('Uw vaste contactpersoon neemt persoonlijk contact op met KPN.');

    const day = await today();
    const [els, toms] = [digests('els@family.example').length, digests('tom@family.example').length];
    await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: day, party: 'provider', person: 'Sanne', outcome: 'KPN bevestigt de beëindiging deze week.' }).expect(201);

    // The family's card: KPN's term did pass; the call was made that day (its outcome not shared); KPN's answer is awaited.
    const missedNl = `KPN heeft niet binnen de termijn (tot en met ${nl(missed)}) bevestigd dat het contract wordt beëindigd.`;
    const told = await card(member, id);
    expect(told.statusText).toContain(`${missedNl} Uw vaste contactpersoon heeft op ${nl(day)} met KPN gebeld.`);
    expect(told.nextStep).toBe('We wachten op het antwoord van KPN; uw vaste contactpersoon volgt dat op.');
    const inEnglish = await card(tom, id, 'en');
    expect(inEnglish.statusText).toContain(`KPN did not confirm within the term (until ${en(missed)}) that the contract ends. Your contact person called KPN on ${en(day)}.`);
    expect(inEnglish.nextStep).toBe("We are waiting for KPN's answer; your contact person follows it up.");
    const page = await familyPage(member);
    expect(page).toContain(`Uw vaste contactpersoon heeft op ${nl(day)} met KPN gebeld.`);
    expect(page).not.toContain('neemt persoonlijk contact op');
    expect(page).not.toContain('deze week');

    // The owner: the call on the contract page and Today, no "bellen" left.
    const contract = await owner(id);
    const calledSays = `Termijn van KPN tot en met ${nl(missed)} verstreken zonder antwoord op de klacht over de beëindiging. Gebeld op ${nl(day)} met KPN (Sanne): KPN bevestigt de beëindiging deze week.`;
    expect(contract.statusText).toContain(calledSays);
    expect(contract.nextStep).toMatch(/^Antwoord van KPN afwachten\. Blijft het uit tot en met \d+ \S+ \d{4}, dan staat het weer op Vandaag om KPN opnieuw te bellen\.$/);
    expect(contract.statusText).not.toMatch(/zonder termijn/);
    const contractPage = (await ownerWeb.get(`/app/contracts/${id}`).expect(200)).text;
    expect(contractPage).toContain('Antwoord van KPN afwachten');
    expect(contractPage).not.toMatch(/KPN (nu )?bellen/);
    expect((await onToday(id))?.statusText).toContain(calledSays);
    expect((await onToday(id))?.statusText).not.toMatch(/bellen/);
    expect((await ownerWeb.get('/app').expect(200)).text).not.toMatch(/KPN (nu )?bellen/);

    // The desk: nothing of the call.
    const deskSees = JSON.stringify((await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body) + JSON.stringify((await desk.get(`${API}/provider-desk/requests?status=open`).expect(200)).body);
    expect(deskSees).not.toMatch(/Sanne|deze week|gebeld|called/i);
    expect((await deskWeb.get(`/desk/requests/${id}`).expect(200)).text).not.toMatch(/Sanne|deze week|gebeld/i);

    // The daily email: the call as the timeline tells it, without its outcome, in each member's language.
    const elsMail = await nextDigest('els@family.example', els);
    expect(elsMail).toContain(`Uw vaste contactpersoon heeft op ${nl(day)} met KPN gebeld.`);
    expect(elsMail).not.toContain('deze week');
    const tomMail = await nextDigest('tom@family.example', toms);
    expect(tomMail).toContain(`Your contact person called KPN on ${en(day)}.`);

    // Shared, the outcome is in the card and the email too.
    const second = await today();
    const later = digests('els@family.example').length;
    await anna.api.post(`${API}/contracts/${id}/calls`, { calledOn: second, party: 'provider', outcome: 'KPN stuurt de bevestiging per post.', shareWithFamily: true }).expect(201);
    expect((await card(member, id)).statusText).toContain(`${missedNl} Uw vaste contactpersoon heeft op ${nl(second)} met KPN gebeld. KPN stuurt de bevestiging per post.`);
    expect(await nextDigest('els@family.example', later)).toContain(`Uw vaste contactpersoon heeft op ${nl(second)} met KPN gebeld. KPN stuurt de bevestiging per post.`);

    // The next term that passes makes the call due again: the card says so, not the call made.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 20 }).expect(200);
    expect((await card(member, id)).nextStep).toBe('Uw vaste contactpersoon neemt persoonlijk contact op met KPN.');
    expect((await owner(id)).nextStep).toMatch(/^KPN nu bellen/);
  });
});
