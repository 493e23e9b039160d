import { API, createEstate, letterText, postEverything } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { Account, missedTermReaders, relative } from '../workspace/support';

type Letter = { id: string; kind: string; recipient: string; channel: string; status: string; deliveryStatus: string };

/**
 * collagency: the collection agency our stop went to hears, by letter, that the provider stopped the collection, dropped the
 * claim or withdrew the last disputed bill; never for a suspension, its own answer, or a stop that has not gone yet.
 */
describe('the agency we wrote our collection stop to, told that the collection ended', () => {
  let t: TestApp;
  let anna: Account;
  let kpn: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    t = await startTestApp();
    ({ anna, kpn, desk } = await missedTermReaders(t));
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A contract ended on 30 November whose December bill is disputed (and `more` after it), then collected by Intrum (by e-mail, or by post). */
  async function collected(givenNames: string, agencyBy: 'email' | 'post' = 'email', more: { reference: string; amount: number }[] = []) {
    const estate = await createEstate(anna.api, { givenNames });
    const family = await relative(t, anna.api, estate.id, 'Maria');
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: `K-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-OPZ-88', effectiveDate: '2026-11-30' }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-12', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    for (const bill of more) await anna.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { ...bill, invoiceDate: '2026-11-21', periodFrom: '2026-12-01', periodTo: '2026-12-31' }).expect(200);
    const reach = agencyBy === 'email' ? { agencyEmail: 'dossiers@intrum.example' } : { agencyAddress: { street: 'Postbus 4', postalCode: '5600 AA', city: 'Eindhoven' } };
    await anna.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Intrum', ...reach, reference: 'INT-2', amount: 30 }).expect(200);
    // The stop letters are made and the e-mails sent.
    await t.runDue();
    return { id: contract.id, estateId: estate.id, family };
  }
  const lettersOf = async (contractId: string) => (await anna.api.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[];
  const endedLetters = async (contractId: string) => (await lettersOf(contractId)).filter((l) => l.kind === 'collection_ended');
  const familyTimeline = async (family: Session) => ((await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
  const ownerTimeline = async (estateId: string) => ((await anna.api.get(`${API}/estates/${estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);

  it('writes to the agency once the desk says the collection stopped: its file, the deceased, what KPN said and when, close the file', async () => {
    const c = await collected('Bep');
    // A second KPN contract: the family's line names which contract's collection ended (audit87 F6).
    await anna.api.post(`${API}/estates/${c.estateId}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'K-Bep-2', action: 'cancel' }).expect(201);
    const stop = (await lettersOf(c.id)).find((l) => l.kind === 'collection_stop' && l.recipient === 'Intrum')!;
    expect(stop.channel).toBe('email');
    await desk.post(`${API}/provider-desk/requests/${c.id}/collection-stopped`, {}).expect(200);
    await t.runDue();
    const [ended, ...more] = await endedLetters(c.id);
    expect(more).toEqual([]);
    expect(ended).toMatchObject({ recipient: 'Intrum', channel: 'email', status: 'sent' });
    const today = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.now as string).slice(0, 10);
    const said = new Date(`${today}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const text = await letterText(anna.api, ended.id);
    expect(text).toContain('Incasso beëindigd: verzoek uw dossier te sluiten');
    expect(text).toContain('naar aanleiding van uw incassobrief met kenmerk INT-2 voor € 30,00 over het contract Mobiel');
    expect(text).toContain(`KPN heeft ons op ${said} laten weten dat de incasso is gestopt.`);
    expect(text).toContain('Ik verzoek u daarom uw dossier te sluiten en over deze vordering geen brieven meer te sturen aan de nalatenschap of de nabestaanden.');
    expect(text).toContain('Wilt u alle verdere correspondentie aan mij richten');
    expect(await familyTimeline(c.family)).toContain('We hebben Intrum laten weten dat KPN (Mobiel) de incasso heeft gestopt.');
    expect((await ownerTimeline(c.estateId)).join(' | ')).toMatch(/Incasso beëindigd: verzoek uw dossier te sluiten[^|]*aan Intrum/);
    // The provider's desk does not read our letters to its agency (collwho): its thread has none.
    const thread = (await desk.get(`${API}/provider-desk/requests/${c.id}`).expect(200)).body.thread as { text: string }[];
    expect(thread.map((i) => i.text).join(' ')).not.toContain('dossier te sluiten');
  });

  it('tells the agency the claim was dropped, or the last disputed bill withdrawn, once', async () => {
    const dropped = await collected('Kees');
    await desk.post(`${API}/provider-desk/requests/${dropped.id}/collection-stopped`, { claimDropped: true }).expect(200);
    await t.runDue();
    const [claim, ...again] = await endedLetters(dropped.id);
    expect(again).toEqual([]);
    expect(await letterText(anna.api, claim.id)).toContain('laten weten dat de hele vordering is ingetrokken.');

    const withdrawn = await collected('Wim');
    await anna.api.post(`${API}/contracts/${withdrawn.id}/dispute-answer/invoice_withdrawn`, { receivedVia: 'phone', invoiceReference: 'F-12' }).expect(200);
    await t.runDue();
    const [bill, ...twice] = await endedLetters(withdrawn.id);
    expect(twice).toEqual([]);
    expect(await letterText(anna.api, bill.id)).toContain('laten weten dat factuur F-12 (€ 30,00) is ingetrokken.');
    expect(await familyTimeline(withdrawn.family)).toContain('We hebben Intrum laten weten dat KPN de rekening heeft ingetrokken.');
  });

  it('writes nothing for a suspension, for the agency answering itself, or while our stop to it waits for the post', async () => {
    const suspended = await collected('Nel');
    await anna.api.post(`${API}/contracts/${suspended.id}/collection-stopped`, { receivedVia: 'email', answeredBy: 'provider', collection: 'suspended' }).expect(200);
    const itself = await collected('Joop');
    await anna.api.post(`${API}/contracts/${itself.id}/collection-stopped`, { receivedVia: 'email', answeredBy: 'agency', collection: 'stopped' }).expect(200);
    const waiting = await collected('Greet', 'post');
    expect((await lettersOf(waiting.id)).find((l) => l.kind === 'collection_stop' && l.recipient === 'Intrum')!.channel).toBe('post');
    await desk.post(`${API}/provider-desk/requests/${waiting.id}/collection-stopped`, {}).expect(200);
    await t.runDue();
    for (const c of [suspended, itself, waiting]) {
      expect(await endedLetters(c.id)).toEqual([]);
      expect((await familyTimeline(c.family)).join(' ')).not.toContain('We hebben Intrum laten weten');
    }
  });

  it('writes the same when the owner records that KPN stopped the collection', async () => {
    const c = await collected('Henk');
    await anna.api.post(`${API}/contracts/${c.id}/collection-stopped`, { receivedVia: 'email', answeredBy: 'provider', collection: 'stopped' }).expect(200);
    await t.runDue();
    const [ended] = await endedLetters(c.id);
    expect(await letterText(anna.api, ended.id)).toContain('laten weten dat de incasso is gestopt.');
  });

  it("writes to the agency when the owner records that KPN dropped the last disputed bill after all, or the whole claim, once each; not for her own decision", async () => {
    const c = await collected('Truus');
    await anna.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { invoiceReference: 'F-12', outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    await t.runDue();
    const [bill, ...twice] = await endedLetters(c.id);
    expect(twice).toEqual([]);
    expect(bill).toMatchObject({ recipient: 'Intrum', channel: 'email', status: 'sent' });
    const text = await letterText(anna.api, bill.id);
    expect(text).toContain('Incasso beëindigd: verzoek uw dossier te sluiten');
    expect(text).toContain('laten weten dat factuur F-12 (€ 30,00) is ingetrokken.');
    expect(await familyTimeline(c.family)).toContain('We hebben Intrum laten weten dat KPN de rekening heeft ingetrokken.');

    const dropped = await collected('Riet');
    await anna.api.post(`${API}/contracts/${dropped.id}/collection-stopped`, { receivedVia: 'post', answeredBy: 'provider', collection: 'stopped', claimDropped: true }).expect(200);
    await t.runDue();
    const [claim, ...again] = await endedLetters(dropped.id);
    expect(again).toEqual([]);
    expect(await letterText(anna.api, claim.id)).toContain('laten weten dat de hele vordering is ingetrokken.');

    // Her own decision that the estate pays it is no word of KPN's: the agency hears nothing of an end.
    const paying = await collected('Gijs');
    await anna.api.post(`${API}/contracts/${paying.id}/dispute-resolved`, { invoiceReference: 'F-12', outcome: 'payFromEstate' }).expect(200);
    await t.runDue();
    expect(await endedLetters(paying.id)).toEqual([]);
  });

  it('names every bill, with its number and amount, when the owner records that KPN withdrew all the disputed bills at once (collrest)', async () => {
    const c = await collected('Door', 'email', [{ reference: 'F-13', amount: 12.5 }]);
    await anna.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    await t.runDue();
    const [bills, ...twice] = await endedLetters(c.id);
    expect(twice).toEqual([]);
    expect(bills).toMatchObject({ recipient: 'Intrum', channel: 'email', status: 'sent' });
    expect(await letterText(anna.api, bills.id)).toContain('laten weten dat de facturen F-12 (€ 30,00) en F-13 (€ 12,50) zijn ingetrokken.');
    expect(await familyTimeline(c.family)).toContain('We hebben Intrum laten weten dat KPN de rekeningen heeft ingetrokken.');
  });

  it('tells the agency only of the collection it is in: a stop whose collection the agency itself stopped before is not told again (collrest)', async () => {
    const c = await collected('Lies');
    await anna.api.post(`${API}/contracts/${c.id}/collection-stopped`, { receivedVia: 'email', answeredBy: 'agency', collection: 'stopped' }).expect(200);
    // Intrum writes again about the claim: a new stop goes to it, and KPN then stops the collection.
    await anna.api.post(`${API}/contracts/${c.id}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: 'INT-3', amount: 30 }).expect(200);
    await t.runDue();
    expect((await lettersOf(c.id)).filter((l) => l.kind === 'collection_stop' && l.recipient === 'Intrum')).toHaveLength(2);
    await desk.post(`${API}/provider-desk/requests/${c.id}/collection-stopped`, {}).expect(200);
    await t.runDue();
    const [ended, ...again] = await endedLetters(c.id);
    expect(again).toEqual([]);
    const text = await letterText(anna.api, ended.id);
    expect(text).toContain('naar aanleiding van uw incassobrief met kenmerk INT-3');
    expect(text).not.toContain('INT-2');
  });

  it('names the day KPN said it when the owner records it days later, and is dated the day it is written (collrest)', async () => {
    const c = await collected('Ans');
    const dutch = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const said = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.now as string).slice(0, 10);
    const today = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 3 }).expect(200)).body.now as string).slice(0, 10);
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const answer = { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped' };
    const refused = await anna.api.post(`${API}/contracts/${c.id}/collection-stopped`, { ...answer, toldOn: tomorrow }).expect(422);
    expect(JSON.stringify(refused.body)).toContain('toldOn');
    await anna.api.post(`${API}/contracts/${c.id}/collection-stopped`, { ...answer, toldOn: said }).expect(200);
    await t.runDue();
    const [ended] = await endedLetters(c.id);
    const text = await letterText(anna.api, ended.id);
    expect(text).toContain(`Amsterdam, ${dutch(today)}`);
    expect(text).toContain(`KPN heeft ons op ${dutch(said)} laten weten dat de incasso is gestopt.`);
  });

  it('does not send the agency a letter to close its file that still waits for the post once it writes again about the claim, and tells the owner (collrest)', async () => {
    const c = await collected('Fien', 'post');
    await postEverything(anna.api);
    await desk.post(`${API}/provider-desk/requests/${c.id}/collection-stopped`, {}).expect(200);
    await t.runDue();
    const [waiting] = await endedLetters(c.id);
    expect(waiting).toMatchObject({ recipient: 'Intrum', channel: 'post', deliveryStatus: 'queued_for_print' });
    const forPost = 'Brief aan Intrum klaargezet voor de post: Incasso beëindigd: verzoek uw dossier te sluiten';
    expect((await familyTimeline(c.family)).join(' | ')).toContain(forPost);
    // Intrum collects again before the owner took the letter to the post: the letter asking it to close its file stays home.
    await anna.api.post(`${API}/contracts/${c.id}/collection-notice`, { agency: 'Intrum', agencyAddress: { street: 'Postbus 4', postalCode: '5600 AA', city: 'Eindhoven' }, reference: 'INT-4', amount: 30 }).expect(200);
    const [apart] = await endedLetters(c.id);
    expect(apart).toMatchObject({ id: waiting.id, deliveryStatus: 'failed' });
    expect((await ownerTimeline(c.estateId)).join(' | ')).toContain('aan Intrum klaargezet voor de post, maar niet verstuurd: Intrum stuurde een nieuwe incassobrief voordat de brief op de post ging.');
    expect((await familyTimeline(c.family)).join(' | ')).not.toContain(forPost);
    await t.runDue();
    await postEverything(anna.api);
    expect((await endedLetters(c.id)).map((l) => l.deliveryStatus)).toEqual(['failed']);
  });
});
