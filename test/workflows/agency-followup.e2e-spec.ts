import { API, createEstate, letterText, postEverything } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { Account, account, missedTermReaders, relative } from '../workspace/support';

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
  async function collected(givenNames: string, agencyBy: 'email' | 'post' = 'email', more: { reference: string; amount: number }[] = [], owner: Account = anna) {
    const estate = await createEstate(owner.api, { givenNames });
    const family = await relative(t, owner.api, estate.id, 'Maria');
    const contract = (await owner.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: `K-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await owner.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await owner.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-OPZ-88', effectiveDate: '2026-11-30' }).expect(200);
    await owner.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-12', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    for (const bill of more) await owner.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { ...bill, invoiceDate: '2026-11-21', periodFrom: '2026-12-01', periodTo: '2026-12-31' }).expect(200);
    const reach = agencyBy === 'email' ? { agencyEmail: 'dossiers@intrum.example' } : { agencyAddress: { street: 'Postbus 4', postalCode: '5600 AA', city: 'Eindhoven' } };
    await owner.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Intrum', ...reach, reference: 'INT-2', amount: 30 }).expect(200);
    // The stop letters are made and the e-mails sent.
    await t.runDue();
    return { id: contract.id, estateId: estate.id, family };
  }
  const lettersOf = async (contractId: string, owner: Account = anna) => (await owner.api.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[];
  const endedLetters = async (contractId: string, owner: Account = anna) => (await lettersOf(contractId, owner)).filter((l) => l.kind === 'collection_ended');
  const familyTimeline = async (family: Session) => ((await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
  const ownerTimeline = async (estateId: string) => ((await anna.api.get(`${API}/estates/${estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);

  /** Intrum collecting by post, our stop posted, KPN's desk says the collection stopped: our „incasso beëindigd" letter waits for the post. */
  async function endLetterForThePost(givenNames: string) {
    const c = await collected(givenNames, 'post');
    await postEverything(anna.api);
    await desk.post(`${API}/provider-desk/requests/${c.id}/collection-stopped`, {}).expect(200);
    await t.runDue();
    const [waiting] = await endedLetters(c.id);
    return { c, waiting };
  }

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
    const { c, waiting } = await endLetterForThePost('Fien');
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

  it('tells the owner of a downloaded batch that its letter to close the file stays home because the agency wrote again, not that a block was taken back (stopclaim)', async () => {
    const { c, waiting } = await endLetterForThePost('Jet');
    // Anna downloads the batch holding it (so printed), and does not post it yet.
    const batchIds = (await anna.api.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    const holding = [];
    for (const id of batchIds) if (((await anna.api.get(`${API}/print-batches/${id}`).expect(200)).body.letters as { id: string }[]).some((l) => l.id === waiting.id)) holding.push(id);
    expect(holding).toHaveLength(1);
    await anna.api.get(`${API}/print-batches/${holding[0]}/pdf`).buffer(true).expect(200);
    await anna.api.post(`${API}/contracts/${c.id}/collection-notice`, { agency: 'Intrum', agencyAddress: { street: 'Postbus 4', postalCode: '5600 AA', city: 'Eindhoven' }, reference: 'INT-5', amount: 30 }).expect(200);
    await t.runDue();
    expect(await endedLetters(c.id)).toEqual([expect.objectContaining({ id: waiting.id, deliveryStatus: 'failed' })]);
    // On main both read „De blokkering bij Intrum is ingetrokken …": no bank, no block.
    const batch = (await anna.api.get(`${API}/print-batches/${holding[0]}`).expect(200)).body as { sha256: string; letters: unknown[] };
    expect(batch.letters).toEqual([]);
    const posted = await anna.api.post(`${API}/print-batches/${holding[0]}/posted`, { sha256: batch.sha256 }).expect(409);
    expect(posted.body.detail).toBe('Er is een nieuwe incassobrief van Intrum vastgelegd nadat u deze batch downloadde: download hem opnieuw en print hem opnieuw; de brief aan Intrum dat de incasso is beëindigd gaat niet mee.');
    const inEnglish = await t.admin.post(`${API}/print-batches/${holding[0]}/posted`, { sha256: batch.sha256 }).expect(409);
    expect(inEnglish.body.detail).toBe('A new collection letter from Intrum was recorded after you downloaded this batch: download it again and print it again; the letter to Intrum saying the collection ended does not go.');
    const pdf = await anna.api.get(`${API}/print-batches/${holding[0]}/pdf`).expect(409);
    expect(pdf.body.detail).toBe('Er is nu niets te printen in deze printbatch: de brief aan Intrum dat de incasso is beëindigd gaat niet mee, want Intrum stuurde een nieuwe incassobrief.');
  });

  describe('the day KPN said it withdrew a bill, recorded days later (toldon)', () => {
    const dateIn = (day: string, lang: 'nl' | 'en') => new Date(`${day}T12:00:00Z`).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    /** Today, and the day three days back (the day KPN phoned), after moving the clock three days on. */
    async function threeDaysOn() {
      const said = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.now as string).slice(0, 10);
      const today = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 3 }).expect(200)).body.now as string).slice(0, 10);
      return { said, today, tomorrow: new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10) };
    }
    const problem = (body: { detail: string; errors: { field: string }[] }) => ({ detail: body.detail, fields: body.errors.map((e) => e.field) });

    it('refuses a day after today, before the death or before the date on the bill, naming toldOn; then the letter, her history and the family say the day KPN said it', async () => {
      const c = await collected('Saar');
      const { said, today, tomorrow } = await threeDaysOn();
      const withdrawal = { receivedVia: 'phone', invoiceReference: 'F-12' };
      const refusedAs = async (toldOn: string) => problem((await anna.api.post(`${API}/contracts/${c.id}/dispute-answer/invoice_withdrawn`, { ...withdrawal, toldOn }).expect(422)).body);
      expect(await refusedAs(tomorrow)).toEqual({ detail: expect.stringContaining('De datum van het antwoord ligt in de toekomst'), fields: ['toldOn'] });
      expect(await refusedAs('2026-11-01')).toEqual({ detail: expect.stringContaining('De datum van het antwoord ligt vóór de overlijdensdatum'), fields: ['toldOn'] });
      // F-12 is dated 20 November: KPN cannot have withdrawn it before it billed it.
      expect(await refusedAs('2026-11-19')).toEqual({ detail: expect.stringContaining('De datum van het antwoord ligt vóór de datum op de factuur (20 november 2026)'), fields: ['toldOn'] });
      const notADay = (await anna.api.post(`${API}/contracts/${c.id}/dispute-answer/invoice_withdrawn`, { ...withdrawal, toldOn: '2026-02-30' }).expect(400)).body;
      expect(notADay.errors.map((e: { field: string }) => e.field)).toEqual(['toldOn']);
      expect(await endedLetters(c.id)).toEqual([]);

      await anna.api.post(`${API}/contracts/${c.id}/dispute-answer/invoice_withdrawn`, { ...withdrawal, toldOn: said }).expect(200);
      await t.runDue();
      const [ended, ...again] = await endedLetters(c.id);
      expect(again).toEqual([]);
      const text = await letterText(anna.api, ended.id);
      expect(text).toContain(`Amsterdam, ${dateIn(today, 'nl')}`);
      expect(text).toContain(`KPN heeft ons op ${dateIn(said, 'nl')} laten weten dat factuur F-12 (€ 30,00) is ingetrokken.`);
      expect(await ownerTimeline(c.estateId)).toContain(`Mobiel: Factuur F-12 ingetrokken door KPN; geschil gesloten. Telefonisch ontvangen op ${dateIn(said, 'nl')}.`);
      const history = ((await anna.api.get(`${API}/contracts/${c.id}?lang=en`).expect(200)).body.timeline as { summary: string }[]).map((e) => e.summary);
      expect(history.join(' | ')).toContain(`KPN withdrew invoice F-12; dispute closed. Received by phone on ${dateIn(said, 'en')}.`);
      expect((await familyTimeline(c.family)).join(' | ')).toContain(`Dit werd ons op ${dateIn(said, 'nl')} telefonisch doorgegeven.`);
      const english = ((await c.family.get(`${API}/portal/timeline?limit=200&lang=en`).expect(200)).body.items as { text: string }[]).map((e) => e.text).join(' | ');
      expect(english).toContain(`This was passed on to us by phone on ${dateIn(said, 'en')}.`);
      // askwords: the desk's thread says the day KPN said it too (on main „… U trok factuur F-12 in", recorded days later, no day).
      const thread = ((await desk.get(`${API}/provider-desk/requests/${c.id}`).expect(200)).body.thread as { text: string }[]).map((e) => e.text).join(' | ');
      expect(thread).toContain(`U trok factuur F-12 van €\u00a030,00 in, zoals u ons op ${dateIn(said, 'nl')} liet weten`);
    });

    it("takes it on the owner's word that KPN dropped the bills after all, and only then; in English to an English owner", async () => {
      const emma = await account(t, 'Emma Stone', 'specialist', 'en');
      const c = await collected('Jet', 'email', [{ reference: 'F-13', amount: 12.5 }], emma);
      const { said, tomorrow } = await threeDaysOn();
      const ownDecision = (await emma.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { outcome: 'payFromEstate', toldOn: said }).expect(400)).body;
      expect(problem(ownDecision)).toEqual({ detail: expect.stringContaining('Choose the date of the answer only when the provider withdrew the bill'), fields: ['toldOn'] });
      const future = (await emma.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { outcome: 'providerWithdrew', receivedVia: 'email', toldOn: tomorrow }).expect(422)).body;
      expect(problem(future)).toEqual({ detail: expect.stringContaining('The date of the answer is in the future'), fields: ['toldOn'] });
      // F-13 is dated 21 November: both bills were withdrawn at once, so not before the later one.
      const early = (await emma.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { outcome: 'providerWithdrew', receivedVia: 'email', toldOn: '2026-11-20' }).expect(422)).body;
      expect(problem(early)).toEqual({ detail: expect.stringContaining('The date of the answer is before the date on the bill (21 November 2026)'), fields: ['toldOn'] });

      await emma.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { outcome: 'providerWithdrew', receivedVia: 'email', toldOn: said }).expect(200);
      await t.runDue();
      const [ended] = await endedLetters(c.id, emma);
      expect(await letterText(emma.api, ended.id)).toContain(`KPN heeft ons op ${dateIn(said, 'nl')} laten weten dat de facturen F-12 (€ 30,00) en F-13 (€ 12,50) zijn ingetrokken.`);
      const history = ((await emma.api.get(`${API}/estates/${c.estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
      expect(history.join(' | ')).toContain(`Received by email on ${dateIn(said, 'en')}.`);
      expect((await familyTimeline(c.family)).join(' | ')).toContain(`Dit werd ons op ${dateIn(said, 'nl')} per e-mail doorgegeven.`);
      const thread = ((await desk.get(`${API}/provider-desk/requests/${c.id}`).expect(200)).body.thread as { text: string }[]).map((e) => e.text).join(' | ');
      expect(thread).toMatch(new RegExp(`: u heeft de facturen alsnog ingetrokken, zoals u ons op ${dateIn(said, 'nl')} liet weten`));
    });

    it('on the contract page: a date field, left empty for today, or the day KPN said it', async () => {
      const c = await collected('Roos');
      const { said } = await threeDaysOn();
      const cookie = `steward_app=${anna.api.token}`;
      const page = (await anna.api.get(`/app/contracts/${c.id}`).set('Cookie', cookie).expect(200)).text;
      expect(page).toMatch(/<input[^>]*name="toldOn"[^>]*type="date"|<input[^>]*type="date"[^>]*name="toldOn"/);
      expect(page).toContain('Datum waarop de aanbieder dit liet weten, als dat vóór vandaag was');
      await anna.api.post(`/app/contracts/${c.id}/invoice-withdrawn`).set('Cookie', cookie).type('form').send({ receivedVia: 'post', invoiceReference: 'F-12', toldOn: said, note: '' }).expect(303);
      expect(await ownerTimeline(c.estateId)).toContain(`Mobiel: Factuur F-12 ingetrokken door KPN; geschil gesloten. Per brief ontvangen op ${dateIn(said, 'nl')}.`);

      const empty = await collected('Mies');
      await anna.api.post(`/app/contracts/${empty.id}/invoice-withdrawn`).set('Cookie', cookie).type('form').send({ receivedVia: 'post', invoiceReference: 'F-12', toldOn: '', note: '' }).expect(303);
      await t.runDue();
      expect(await ownerTimeline(empty.estateId)).toContain('Mobiel: Factuur F-12 ingetrokken door KPN; geschil gesloten. Per brief ontvangen.');
      const [ended] = await endedLetters(empty.id);
      const today = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body.now as string).slice(0, 10);
      expect(await letterText(anna.api, ended.id)).toContain(`KPN heeft ons op ${dateIn(today, 'nl')} laten weten dat factuur F-12 (€ 30,00) is ingetrokken.`);
    });
  });
});
