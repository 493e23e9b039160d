import request from 'supertest';
import { flat, pdfText } from '../../letters/test-support';
import { longDate } from '../../workflows';
import { launchBrowser } from '../support/browser';
import { API, binary, createEstate, createProvider } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

interface Refund { contractId: string; provider: string; reference: string; amount: number; received: number; left: number; confirmedOn: string; expectedBy: string; late: boolean }

/**
 * refund (audit80 REFUND-1): money a provider confirmed it owes the estate (a final bill below nil) is followed until it
 * reaches the estate account: the owner, the family and the desk read it open, not "afgehandeld", until the owner records it received.
 */
describe('a refund the provider confirmed, followed until it arrives', () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string; name: string };
  let desk: Session;
  let sink: SmtpSink;

  beforeAll(async () => {
    ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true }));
    // ownerrules: listening, for the browser that reads her correction form.
    await t.app.listen(0, '127.0.0.1');
    provider = await createProvider(t.admin, { name: 'Stroomterug', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    desk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, {}).expect(201)).body.token);
  });
  afterAll(() => t?.close());

  const today = async () => ((await t.runDue()).body.now as string).slice(0, 10);
  /** A workspace page as read: its text without the markup. */
  const ownerPage = async (path: string) => flat((await anna.get(path).set('Cookie', `steward_app=${anna.token}`).expect(200)).text.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

  async function estateWithHeir(givenNames: string, email?: string) {
    const estate = await createEstate(anna, { givenNames });
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Ria', relation: 'partner', isHeir: true, isRepresentative: true, ...(email && { email }) }).expect(201)).body;
    const ria = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    return { estateId: estate.id as string, ria };
  }

  /** A contract the provider confirmed ended at its desk, with this final bill (below nil: money back). */
  async function confirmed(estateId: string, finalInvoiceAmount: number) {
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'SR-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract}/complete`, { effectiveDate: '2026-11-30', reference: 'SR-8812', finalInvoiceAmount }).expect(200);
    return contract;
  }

  it('keeps a confirmed refund of € 85,40 open for the owner, the family and the desk until the owner records it received, in parts', async () => {
    const { estateId, ria } = await estateWithHeir('Gerrit');
    const contract = await confirmed(estateId, -85.4);
    const confirmedOn = await today();
    const open = (await anna.get(`${API}/estates/${estateId}/refunds-to-receive`).expect(200)).body as { items: Refund[]; nextCursor: string | null };
    expect(open).toEqual({ items: [expect.objectContaining({ contractId: contract, provider: 'Stroomterug', reference: 'SR-8812', amount: 85.4, received: 0, left: 85.4, confirmedOn, late: false })], nextCursor: null });

    // After the quiet period the contract is settled: nobody reads it as done while the money has not come.
    await t.runDue(70);
    const owner = (await anna.get(`${API}/contracts/${contract}`).expect(200)).body as { state: string; nextStep: string };
    expect(owner.state).toBe('settled');
    expect(owner.nextStep).toMatch(/^Terug te ontvangen: Stroomterug, eindafrekening SR-8812, €.85,40\. Leg de ontvangst hieronder vast/);
    expect(owner.nextStep).not.toMatch(/Niets meer te doen/);
    const card = ((await ria.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string; nextStep: string }[]).find((c) => c.id === contract)!;
    expect(card.statusText).toBe('Stroomterug betaalt €\u00a085,40 terug aan de nalatenschap; dat is nog niet ontvangen.');
    expect(card.statusText).not.toMatch(/volledig afgehandeld/);
    // famrest2: the same card's next step waits for the money, never "Er hoeft niets meer te gebeuren" while it has not come.
    expect(card.nextStep).toBe('We wachten tot de €\u00a085,40 op de rekening van de nalatenschap staat; daarna hoeft er niets meer te gebeuren.');
    const enCard = ((await ria.get(`${API}/portal/estate?lang=en`).expect(200)).body.contracts.items as { id: string; statusText: string; nextStep: string }[]).find((c) => c.id === contract)!;
    expect(enCard.statusText).toBe('Stroomterug pays €85.40 back to the estate; it has not been received yet.');
    expect(enCard.nextStep).toBe('We are waiting for the €85.40 to reach the estate account; after that nothing more needs to happen.');
    // The desk reads that the money it confirmed is still its to pay, not "er is niets meer te doen".
    const deskView = (await desk.get(`${API}/provider-desk/requests/${contract}`).expect(200)).body as { nextMove: string };
    expect(deskView.nextMove).toBe('U bevestigde €\u00a085,40 terug te betalen aan de nalatenschap; dat is nog niet ontvangen. Maak het over naar de rekening van de nalatenschap die in onze brief staat.');
    // Past the term (30 days after the confirmation: Steward's, no rule of law) it is late: on the lists, and on Today with her move.
    expect((await anna.get(`${API}/estates/${estateId}/refunds-to-receive`).expect(200)).body.items[0]).toMatchObject({ late: true });
    const late = ((await anna.get(`${API}/queue`).expect(200)).body.lateRefunds as { contractId: string; statusText: string; nextStep: string }[]).filter((r) => r.contractId === contract);
    expect(late).toEqual([expect.objectContaining({ statusText: expect.stringMatching(/^Stroomterug bevestigde €.85,40 terug te betalen aan de nalatenschap \(eindafrekening SR-8812\); niet ontvangen — te laat sinds \d+ \w+ 202\d \(\d+ dagen\)\.$/), nextStep: expect.stringMatching(/^Bel Stroomterug/) })]);
    expect(await ownerPage('/app')).toMatch(/Terugbetalingen niet ontvangen .*Stroomterug bevestigde €.85,40 terug te betalen/);
    expect(await ownerPage(`/app/estates/${estateId}`)).toMatch(/Terug te ontvangen: Stroomterug, eindafrekening SR-8812, €.85,40 · niet ontvangen — te laat sinds \d+ december 2026/);

    // On the contract page, the form: the Dutch way of typing an amount, a day dated ahead refused naming the field.
    const form = (body: Record<string, string>) => anna.post(`/app/contracts/${contract}/refund-received`).set('Cookie', `steward_app=${anna.token}`).type('form').send(body);
    expect(await ownerPage(`/app/contracts/${contract}`)).toMatch(/Terug te ontvangen Stroomterug, eindafrekening SR-8812, €.85,40 · niet ontvangen — te laat sinds \d+ december 2026.*Ontvangen bedrag.*Ontvangen op.*Ontvangst vastleggen/);
    const refusedPage = flat((await form({ amount: '10,00', receivedOn: '2099-01-01' }).expect(422)).text.replace(/<[^>]+>/g, ' '));
    expect(refusedPage).toMatch(/De ontvangstdatum ligt in de toekomst/i);
    expect((await anna.get(`${API}/estates/${estateId}/refunds-to-receive`).expect(200)).body.items[0]).toMatchObject({ received: 0 });

    // A part received keeps the rest open, and says so.
    const day = await today();
    await form({ amount: '40,00', receivedOn: day }).expect(303);
    const part = await anna.post(`${API}/contracts/${contract}/refund-received`).set('Idempotency-Key', 'refund-part-1').send({ amount: 10, receivedOn: day }).expect(200);
    expect(part.body).toMatchObject({ received: 50, left: 35.4 });
    // The same key again is the same answer, not a second receipt.
    await anna.post(`${API}/contracts/${contract}/refund-received`).set('Idempotency-Key', 'refund-part-1').send({ amount: 10, receivedOn: day }).expect(200);
    expect((await desk.get(`${API}/provider-desk/requests/${contract}`).expect(200)).body.nextMove).toMatch(/^U bevestigde €.85,40 terug te betalen aan de nalatenschap; €.35,40 daarvan is nog niet ontvangen\./);
    expect((await anna.get(`${API}/contracts/${contract}`).expect(200)).body.nextStep).toMatch(/^Terug te ontvangen: Stroomterug, eindafrekening SR-8812, nog €.35,40 van €.85,40 \(€.50,00 ontvangen, laatst op/);
    const familyNext = async () => ((await ria.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; nextStep: string }[]).find((c) => c.id === contract)!.nextStep;
    expect(await familyNext()).toBe('We wachten tot de €\u00a035,40 op de rekening van de nalatenschap staat; daarna hoeft er niets meer te gebeuren.');

    // Bad input names its field, and changes nothing.
    const refused = await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 40, receivedOn: '2099-01-01' }).expect(422);
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['amount', 'receivedOn']);
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 'veel', receivedOn: day }).expect(400);

    // The rest received: off the list; the family's card no longer says it; an undo brings the rest back.
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 35.4, receivedOn: day }).expect(200);
    expect((await anna.get(`${API}/estates/${estateId}/refunds-to-receive`).expect(200)).body.items).toEqual([]);
    expect((await anna.get(`${API}/contracts/${contract}`).expect(200)).body.nextStep).toMatch(/^Niets meer te doen/);
    expect(await familyNext()).toMatch(/^Er hoeft niets meer te gebeuren\. Komt er toch nog post van Stroomterug/);
    await anna.post(`${API}/contracts/${contract}/refund-received/undo`).expect(200);
    // Both are on her timeline in her words; the family's timeline keeps the owner's bookkeeping to itself.
    const history = await ownerPage(`/app/contracts/${contract}`);
    expect(history).toMatch(/Stroom: €.35,40 van de terugbetaling van Stroomterug ontvangen op \d+ \w+ 202\d/);
    expect(history).toMatch(/Stroom: de ontvangst van €.35,40 op \d+ \w+ 202\d van de terugbetaling van Stroomterug is teruggedraaid/);
    expect((await anna.get(`${API}/estates/${estateId}/refunds-to-receive`).expect(200)).body.items).toEqual([expect.objectContaining({ left: 35.4 })]);
  });

  it('shows a refund beside a bill the estate owes the same provider, never netted: the set-off is named as hers to decide', async () => {
    const { estateId, ria } = await estateWithHeir('Wim');
    const contract = await confirmed(estateId, -85.4);
    await anna.post(`${API}/contracts/${contract}/invoice-after-end`, { reference: 'SR-F-990012', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 13.83 }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract}/reject-dispute`, { reason: 'December was used' }).expect(200);
    await anna.post(`${API}/contracts/${contract}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
    const page = await ownerPage(`/app/contracts/${contract}`);
    expect(page).toMatch(/Te betalen uit de nalatenschap .*SR-F-990012.*€.13,83/);
    expect(page).toMatch(/Terug te ontvangen Stroomterug, eindafrekening SR-8812, €.85,40 · (niet ontvangen|verwacht uiterlijk)/);
    expect(page).toContain('De nalatenschap moet deze aanbieder ook nog betalen. Beide bedragen staan hier naast elkaar; of u ze met elkaar verrekent (art. 6:127 BW), beslist u zelf.');
    // Neither amount is netted: the bill to pay stays € 13,83 and the refund € 85,40.
    expect((await anna.get(`${API}/estates/${estateId}/bills-to-pay`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'SR-F-990012', amount: 13.83 })]);
    expect((await anna.get(`${API}/estates/${estateId}/refunds-to-receive`).expect(200)).body.items).toEqual([expect.objectContaining({ amount: 85.4, left: 85.4 })]);
    // The family's card says both once the contract is done with the provider.
    await t.runDue(70);
    const card = ((await ria.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === contract)!;
    expect(card.statusText).toMatch(/SR-F-990012.*€.13,83.*Stroomterug betaalt €.85,40 terug aan de nalatenschap; dat is nog niet ontvangen\.$/);
    expect(card.statusText).not.toMatch(/afgehandeld/);
  });

  it('has no refund where the provider confirmed a bill to pay, and answers 404 outside the owner’s reach', async () => {
    const { estateId } = await estateWithHeir('Henk');
    const contract = await confirmed(estateId, 12.5);
    expect((await anna.get(`${API}/estates/${estateId}/refunds-to-receive`).expect(200)).body.items).toEqual([]);
    expect((await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 1, receivedOn: await today() }).expect(409)).body.type).toMatch(/no-refund/);
    const pieter = await t.specialist('Pieter Bakker');
    await pieter.get(`${API}/estates/${estateId}/refunds-to-receive`).expect(404);
    await pieter.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 1, receivedOn: await today() }).expect(404);
  });

  /** refundrest: the newest report of a kind as the family downloads it from the portal, as text. */
  async function reportText(family: Session, kind: 'progress_report' | 'final_report', lang = 'nl'): Promise<string> {
    const report = ((await family.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.letters.items as { id: string; kind: string }[]).find((l) => l.kind === kind);
    expect(report).toBeDefined();
    return flat(await pdfText((await family.get(`${API}/portal/letters/${report!.id}/pdf`).buffer(true).parse(binary).expect(200)).body));
  }

  it('counts a contract with a refund still to come as not done for the family, and names the refund in the reports until it came', async () => {
    const { estateId, ria } = await estateWithHeir('Kees');
    const contract = await confirmed(estateId, -15.5);
    const overview = async (lang = 'nl') => (await ria.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body as { estate: { statusText: string }; progress: Record<string, number>; contracts: { items: { id: string; statusText: string; group: string }[] } };

    // Confirmed (the quiet period): the card says the refund as the settled card does, and the contract is not counted done.
    const quiet = await overview();
    const card = quiet.contracts.items.find((c) => c.id === contract)!;
    expect(card.statusText).toMatch(/^Stroomterug heeft bevestigd dat het contract eindigt op 30 november 2026\. Stroomterug betaalt €\u00a015,50 terug aan de nalatenschap; dat is nog niet ontvangen\. We letten erop/);
    expect(card.group).toBe('waitingOnProvider');
    expect(quiet.progress).toEqual({ total: 1, done: 0, waitingOnProvider: 1, withOwner: 0 });

    // The progress report names it: provider, amount, kenmerk, the day it is expected by and whose term that is.
    await anna.post(`${API}/estates/${estateId}/progress-report`).expect(202);
    await t.runDue();
    const progress = await reportText(ria, 'progress_report');
    expect(progress).toMatch(/Nog niet ontvangen: Stroomterug betaalt € 15,50 terug aan de nalatenschap \(eindafrekening SR-8812\)\. Ik verwacht het bedrag uiterlijk op \d+ \w+ 202\d op de rekening van de nalatenschap; die termijn houd ik zelf aan, het is geen wettelijke termijn\./);

    // Settled and closed with the refund still to come: not "Alles is afgehandeld", and the final report does not say all is settled.
    await t.runDue(70);
    await anna.post(`${API}/estates/${estateId}/close`).expect(200);
    await t.runDue();
    const closed = await overview();
    expect(closed.estate.statusText).toBe('Alles is afgehandeld, behalve een terugbetaling van €\u00a015,50 aan de nalatenschap die nog niet is ontvangen. We hebben u het eindverslag gestuurd.');
    expect(closed.progress).toEqual({ total: 1, done: 0, waitingOnProvider: 1, withOwner: 0 });
    expect((await overview('en')).estate.statusText).toBe('Everything is settled except a refund of €15.50 to the estate that has not been received yet. We have sent you the final report.');
    const final = await reportText(ria, 'final_report');
    expect(final).toMatch(/Wacht op de organisatie .*Stroomterug Opzeggen: Stroom Stroomterug betaalt € 15,50 (– )?terug aan de nalatenschap; dat is nog niet ontvangen\./);
    expect(final).toMatch(/Nog niet ontvangen: Stroomterug betaalt € 15,50 terug aan de nalatenschap \(eindafrekening SR-8812\)\. Ik verwacht het bedrag uiterlijk op \d+ \w+ 202\d op de rekening van de nalatenschap; die termijn houd ik zelf aan, het is geen wettelijke termijn\. In het familieportaal ziet u wanneer het is ontvangen\./);
    expect(final).not.toMatch(/Afgerond/);

    // Received: all done, as before.
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 15.5, receivedOn: await today() }).expect(200);
    const done = await overview();
    expect(done.estate.statusText).toBe('Alles is afgehandeld. We hebben u het eindverslag gestuurd.');
    expect(done.progress).toEqual({ total: 1, done: 1, waitingOnProvider: 0, withOwner: 0 });
  });

  /**
   * famclosed (audit85 TL-1, REF-2): the money that came in is the family's record too: the card keeps it once all of it is received, her
   * timeline tells the receipt (and an undo of it) in the card's words, and the final report lists it beside what the estate paid.
   */
  it('keeps a refund received on the family’s card and timeline, and lists it in the final report under what the estate received', async () => {
    const { estateId, ria } = await estateWithHeir('Anton');
    const contract = await confirmed(estateId, -23.45);
    await t.runDue(70);
    const day = await today();
    const on = longDate(day, 'nl');
    const cardOf = async (lang = 'nl') => ((await ria.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === contract)!.statusText;
    const timeline = async () => ((await ria.get(`${API}/portal/timeline?limit=50`).expect(200)).body.items as { text: string }[]).map((i) => i.text.replace(/\u00a0/g, ' '));
    const came = `Stroomterug heeft € 23,45 terugbetaald aan de nalatenschap (ontvangen op ${on}).`;

    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 23.45, receivedOn: day }).expect(200);
    expect((await cardOf()).replace(/\u00a0/g, ' ')).toBe(`Het contract bij Stroomterug is volledig afgehandeld. ${came}`);
    expect(await cardOf('en')).toBe(`The contract with Stroomterug is fully settled. Stroomterug has paid €23.45 back to the estate (received on ${longDate(day, 'en')}).`);
    expect(await timeline()).toContain(came);

    // Taken back as recorded by mistake, and recorded again: her timeline says both, her card what stands.
    await anna.post(`${API}/contracts/${contract}/refund-received/undo`).expect(200);
    expect(await timeline()).toContain(`Correctie: de € 23,45 van Stroomterug die op ${on} als ontvangen was genoteerd, is toch niet ontvangen.`);
    expect((await cardOf()).replace(/\u00a0/g, ' ')).toBe('Stroomterug betaalt € 23,45 terug aan de nalatenschap; dat is nog niet ontvangen.');
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 23.45, receivedOn: day }).expect(200);

    await anna.post(`${API}/estates/${estateId}/close`).expect(200);
    await t.runDue();
    const final = await reportText(ria, 'final_report');
    expect(final).toMatch(new RegExp(`Ontvangen door de nalatenschap Organisatie Wat Bedrag Ontvangen op Stroomterug Terugbetaling € 23,45 ${on}`));
    expect(final).not.toMatch(/Betaald uit de nalatenschap|Nog niet ontvangen/);
  });

  /** refundclose: closing with a refund still to come is no "alles is afgehandeld" in the closing step, its email, or the owner's close card. */
  it('says in the closing step, on the timeline and in the email, which refund has not come yet, and reminds the owner before she closes', async () => {
    const to = 'ria.sluit@family.example';
    const { estateId, ria } = await estateWithHeir('Sjaak', to);
    const contract = await confirmed(estateId, -15.5);
    await t.runDue(70);
    await nextFamilyDigest(t.admin, sink, to, 0);
    const before = familyDigests(sink, to).length;
    // The owner is reminded, not stopped: closing can go ahead.
    const page = await ownerPage(`/app/estates/${estateId}`);
    expect(page).toContain('Nog niet elke terugbetaling aan de nalatenschap is ontvangen (zie ‘Terug te ontvangen’). U kunt toch afsluiten: de familie leest dan welke nog moet komen.');
    await anna.post(`${API}/estates/${estateId}/close`).expect(200);
    await t.runDue();
    const closing = async (lang = 'nl') => ((await ria.get(`${API}/portal/timeline?limit=100&lang=${lang}`).expect(200)).body.items as { text: string }[]).map((e) => e.text.replace(/\u00a0/g, ' '));
    const said = 'Het dossier is afgesloten. Alles is afgehandeld, behalve een terugbetaling van € 15,50 aan de nalatenschap die nog niet is ontvangen. Er volgt een eindverslag.';
    expect(await closing()).toContain(said);
    expect((await closing()).join('\n')).not.toContain('alles is afgehandeld.');
    expect(await closing('en')).toContain('The file is closed. Everything is settled except a refund of €15.50 to the estate that has not been received yet. A final report follows.');
    const mail = (await nextFamilyDigest(t.admin, sink, to, before)).replace(/\u00a0/g, ' ');
    expect(mail).toContain('Het dossier is afgesloten. Alles is afgehandeld, behalve een terugbetaling van € 15,50 aan de nalatenschap die nog niet is ontvangen. Het eindverslag is aan u gericht;');
    expect(mail).not.toContain('alles is afgehandeld.');
    // The closing step is history: received since, it still says what was left when the file was closed.
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 15.5, receivedOn: await today() }).expect(200);
    expect(await closing()).toContain(said);
  });

  /** refunddesk: a bill still to pay at closing is in the closing step as the heading says it, not „alles is afgehandeld" (refundclose's Not done 1). */
  it('says in the closing step and its email which bill was still to pay when the file closed', async () => {
    const to = 'ria.rekening@family.example';
    const { estateId, ria } = await estateWithHeir('Kees', to);
    await confirmed(estateId, 60);
    await t.runDue(70);
    await nextFamilyDigest(t.admin, sink, to, 0);
    const before = familyDigests(sink, to).length;
    await anna.post(`${API}/estates/${estateId}/close`).expect(200);
    await t.runDue();
    const closing = async (lang = 'nl') => ((await ria.get(`${API}/portal/timeline?limit=100&lang=${lang}`).expect(200)).body.items as { text: string }[]).map((e) => e.text.replace(/\u00a0/g, ' '));
    expect(await closing()).toContain('Het dossier is afgesloten. Alles is afgehandeld, behalve een rekening van € 60,00 die nog uit de nalatenschap betaald moet worden (zie ‘Te betalen uit de nalatenschap’). Er volgt een eindverslag.');
    expect((await closing()).join('\n')).not.toContain('alles is afgehandeld.');
    expect((await closing('en')).join('\n')).toMatch(/The file is closed\. Everything is settled except a bill of €60\.00 .*A final report follows\./);
    const mail = (await nextFamilyDigest(t.admin, sink, to, before)).replace(/\u00a0/g, ' ');
    expect(mail).toContain('Het dossier is afgesloten. Alles is afgehandeld, behalve een rekening van € 60,00 die nog uit de nalatenschap betaald moet worden');
    expect(mail).not.toContain('alles is afgehandeld.');
  });

  /**
   * closewords (audit83 CLOSE-1, CLOSE-2, FEEDBACK): while a refund and a bill are open, the estate's settling step and the contract's
   * settled step say what is left (timeline and email), the closing email counts no closed contract as running, and KPN is rated
   * only once the contract is wholly done for the family.
   */
  it('says what is left in the settling and settled steps, counts no closed contract as running, and asks a rating only once the refund came', async () => {
    const to = 'tom.smit@family.example';
    const { estateId, ria } = await estateWithHeir('Wim', to);
    const water = await createProvider(t.admin, { name: 'Waternet', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    const waterDesk = t.as((await t.admin.post(`${API}/providers/${water.id}/tokens`, {}).expect(201)).body.token);
    const contract = await confirmed(estateId, -9.99);
    const bill = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: water.id, description: 'Water', accountNumber: 'W-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${bill}/request`).expect(200);
    await waterDesk.post(`${API}/provider-desk/requests/${bill}/complete`, { effectiveDate: '2026-11-30', reference: 'W-77', finalInvoiceAmount: 60 }).expect(200);
    const prompt = async () => (await ria.get(`${API}/portal/estate`).expect(200)).body.feedbackPrompt as { milestone: string; question: string } | null;
    // Stroomterug still owes € 9,99, Waternet's bill is still to pay: neither is done for the family, so neither is rated yet.
    expect(await prompt()).toBeNull();
    await ria.post(`${API}/portal/feedback`, { score: 5, milestone: `contract-confirmed:${contract}` }).expect(422);
    await nextFamilyDigest(t.admin, sink, to, 0);
    const before = familyDigests(sink, to).length;

    // The quiet period over, the estate settles: its step and the contract's say what is left, on the timeline and in the email.
    await t.runDue(70);
    const settling = 'Alles is afgehandeld, behalve een rekening van € 60,00 die nog uit de nalatenschap betaald moet worden (zie ‘Te betalen uit de nalatenschap’). Ook een terugbetaling van € 9,99 aan de nalatenschap is nog niet ontvangen. We ronden het dossier af.';
    const settled = 'Het contract bij Stroomterug is afgehandeld, behalve een terugbetaling van € 9,99 aan de nalatenschap die nog niet is ontvangen.';
    const timeline = async (lang = 'nl') => ((await ria.get(`${API}/portal/timeline?limit=100&lang=${lang}`).expect(200)).body.items as { text: string }[]).map((e) => e.text.replace(/\u00a0/g, ' '));
    // famstatus: Waternet's own settled step says its bill still to pay, in the words of the heading's `allButBills`.
    const waterSettled = 'Het contract bij Waternet is afgehandeld, behalve een rekening van € 60,00 die nog uit de nalatenschap betaald moet worden.';
    expect(await timeline()).toEqual(expect.arrayContaining([settling, settled, waterSettled]));
    expect((await timeline()).join('\n')).not.toMatch(/Alle contracten zijn afgehandeld|Het contract bij (Stroomterug|Waternet) is (volledig )?afgehandeld\./);
    expect(await timeline('en')).toEqual(expect.arrayContaining([
      'Everything is settled except a bill of €60.00 still to be paid from the estate (see ‘To be paid from the estate’). A refund of €9.99 to the estate has not been received yet either. We are completing the file.',
      'The contract with Stroomterug was settled except a refund of €9.99 to the estate that has not been received yet.',
      'The contract with Waternet was settled except a bill of €60.00 still to be paid from the estate.',
    ]));
    const mail = (await nextFamilyDigest(t.admin, sink, to, before)).replace(/\u00a0/g, ' ');
    expect(mail).toContain(settling);
    expect(mail).not.toMatch(/Alle contracten zijn afgehandeld|Het contract bij (Stroomterug|Waternet) is (volledig )?afgehandeld\./);

    // Closed: the closing line names what is left; no line calls the closed contract running with no news.
    const closedBefore = familyDigests(sink, to).length;
    await anna.post(`${API}/estates/${estateId}/close`).expect(200);
    await t.runDue();
    const closing = (await nextFamilyDigest(t.admin, sink, to, closedBefore)).replace(/\u00a0/g, ' ');
    expect(closing).toContain('Het dossier is afgesloten. Alles is afgehandeld, behalve een rekening van € 60,00');
    expect(closing).not.toMatch(/geen nieuws|loopt nog/);

    // The refund came: Stroomterug is done for the family and may be rated; the steps keep what was left that day.
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 9.99, receivedOn: await today() }).expect(200);
    await ria.post(`${API}/portal/feedback`, { score: 5, milestone: `contract-confirmed:${contract}` }).expect(201);
    await ria.post(`${API}/portal/feedback`, { score: 5, milestone: `contract-confirmed:${bill}` }).expect(422);
    expect(await timeline()).toEqual(expect.arrayContaining([settling, settled, waterSettled]));
  });

  /** refundclose: the desk reports a refund paid; the owner sees its word beside her form, and nothing counts it received. */
  it('lets the desk report a refund paid, in its words and fields, which the owner reads beside her receipt form as its report, not as received', async () => {
    const { estateId, ria } = await estateWithHeir('Bep');
    const contract = await confirmed(estateId, -42.5);
    const day = await today();
    // Refused in the desk's words, naming each field: more than is left, a day ahead; nothing recorded.
    const wrong = await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 50, paidOn: '2099-01-01' }).expect(422);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.body.errors.map((e: { field: string }) => e.field)).toEqual(['amount', 'paidOn']);
    expect(wrong.body.detail).toContain('dat is meer dan er van de terugbetaling nog niet is ontvangen');
    const empty = await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, {}).expect(400);
    expect(empty.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['amount', 'paidOn']);
    // Another provider's desk does not know the request.
    const other = await createProvider(t.admin, { name: 'Anderstroom', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    const otherDesk = t.as((await t.admin.post(`${API}/providers/${other.id}/tokens`, {}).expect(201)).body.token);
    await otherDesk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 42.5, paidOn: day }).expect(404);

    const reported = (await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 42.5, paidOn: day }).expect(200)).body;
    expect(reported.refund).toEqual({ amount: 42.5, left: 42.5, reportedPaid: { amount: 42.5, paidOn: day, reports: [{ amount: 42.5, paidOn: day }] } });
    // The owner reads the desk's word beside her form; the refund is still to receive for her and the family.
    const open = (await anna.get(`${API}/estates/${estateId}/refunds-to-receive`).expect(200)).body.items as Refund[];
    expect(open).toEqual([expect.objectContaining({ contractId: contract, left: 42.5, received: 0, reportedPaid: { amount: 42.5, paidOn: day, reports: [{ amount: 42.5, paidOn: day }] } })]);
    const page = (await ownerPage(`/app/contracts/${contract}`)).replace(/\u00a0/g, ' ');
    expect(page).toMatch(/Stroomterug meldt € 42,50 overgemaakt op \d+ \w+ 202\d\. Dat is de melding van Stroomterug, nog geen ontvangst: kijk op de rekening van de nalatenschap en leg hieronder vast wat er binnenkwam\./);
    expect(page).toContain('Ontvangst vastleggen');
    const card = ((await ria.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === contract)!;
    expect(card.statusText).toContain('dat is nog niet ontvangen');
    // Recorded received by the owner: the desk's report is history, nothing is left to report.
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 42.5, receivedOn: day }).expect(200);
    expect((await desk.get(`${API}/provider-desk/requests/${contract}`).expect(200)).body.refund).toBeNull();
    const late = await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 1, paidOn: day }).expect(409);
    expect(late.body.type).toMatch(/\/no-refund$/);
  });

  it('shows the desk its refund form on the request page, refused fields named in its language', async () => {
    const { estateId } = await estateWithHeir('Cor');
    const contract = await confirmed(estateId, -12);
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'desk@stroomterug.example', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const login = await request(t.app.getHttpServer()).post('/desk/login').type('form').send({ email: 'desk@stroomterug.example', password: 'desk-password-1' }).expect(303);
    const cookie = String(login.headers['set-cookie']).match(/steward_desk=[^;]+/)![0];
    const deskPage = async (path: string) => flat((await request(t.app.getHttpServer()).get(path).set('Cookie', cookie).expect(200)).text.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
    expect(await deskPage(`/desk/requests/${contract}`)).toContain('Terugbetaling overgemaakt Heeft u (een deel van) de terugbetaling overgemaakt?');
    const refused = await request(t.app.getHttpServer()).post(`/desk/requests/${contract}/refund-paid`).set('Cookie', cookie).type('form').send({ amount: '20,00', paidOn: '2099-01-01' }).expect(422);
    const said = flat(refused.text.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').replace(/\u00a0/g, ' ');
    expect(said).toContain('Bedrag: dat is meer dan er van de terugbetaling nog niet is ontvangen (€ 12,00).');
    expect(said).toContain('Datum van de overboeking: deze datum ligt in de toekomst.');
    await request(t.app.getHttpServer()).post(`/desk/requests/${contract}/refund-paid`).set('Cookie', cookie).type('form').send({ amount: '12,00', paidOn: await today() }).expect(303);
    // refunddesk: beside its form, and in its own Verloop.
    const after = await deskPage(`/desk/requests/${contract}`);
    expect(after.match(/U meldde €.12,00 overgemaakt op \d+ \w+ 202\d\./g)).toHaveLength(2);
    // refunddesk2: all of it reported, the form is gone with `refund-paid` from its answers; its report stays above.
    expect(after).not.toContain('Overboeking melden');
    expect(after).toMatch(/Terugbetaling overgemaakt U meldde €.12,00 overgemaakt op/);
  });

  /** refunddesk: the desk's reports add up, are in its own Verloop, cannot pass what it confirmed, and put a check on the owner's Today. */
  it('adds up the desk’s reports in its Verloop, refuses one past what it confirmed, and asks the owner on Today to check the estate account', async () => {
    const { estateId } = await estateWithHeir('Dirk');
    const contract = await confirmed(estateId, -42.5);
    const day = await today();
    await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 20, paidOn: day }).expect(200);
    const both = (await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 22.5, paidOn: day }).expect(200)).body;
    expect(both.refund.reportedPaid).toEqual({ amount: 42.5, paidOn: day, reports: [{ amount: 20, paidOn: day }, { amount: 22.5, paidOn: day }] });
    const said = (both.thread as { event?: string; by: string; text: string }[]).filter((e) => e.event === 'refund.paid_reported').map((e) => [e.by, e.text.replace(/\u00a0/g, ' ')]);
    expect(said).toEqual([['provider', `U meldde € 20,00 overgemaakt op ${longDate(day, 'nl')}.`], ['provider', `U meldde € 22,50 overgemaakt op ${longDate(day, 'nl')}.`]]);
    // All of it is reported: one more euro is more than it confirmed, refused naming the amount; nothing recorded.
    const over = await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 1, paidOn: day }).expect(422);
    expect(over.body.errors.map((e: { field: string }) => e.field)).toEqual(['amount']);
    expect(over.body.detail.replace(/\u00a0/g, ' ')).toContain('Bedrag: samen met wat u eerder meldde is dat meer dan de terugbetaling die u bevestigde (nog te melden: € 0,00).');
    expect((await desk.get(`${API}/provider-desk/requests/${contract}`).expect(200)).body.refund.reportedPaid.amount).toBe(42.5);
    const page = (await ownerPage(`/app/contracts/${contract}`)).replace(/\u00a0/g, ' ');
    expect(page).toContain(`Stroomterug meldt in totaal € 42,50 overgemaakt (€ 20,00 op ${longDate(day, 'nl')}, € 22,50 op ${longDate(day, 'nl')}).`);
    // On Today once a transfer had time to arrive, until she records what came.
    const row = async () => ((await anna.get(`${API}/queue`).expect(200)).body.reportedRefunds as { contractId: string; statusText: string; nextStep: string }[]).find((r) => r.contractId === contract);
    expect(await row()).toBeUndefined();
    await t.runDue(3);
    expect(await row()).toMatchObject({ statusText: expect.stringMatching(/./) });
    expect({ ...(await row())!, statusText: (await row())!.statusText.replace(/\u00a0/g, ' ') }).toMatchObject({ statusText: `Stroomterug meldt € 42,50 overgemaakt aan de nalatenschap, laatst op ${longDate(day, 'nl')}; er is nog niets van ontvangen vastgelegd.`, nextStep: 'Kijk op de rekening van de nalatenschap en leg vast wat er binnenkwam' });
    expect((await ownerPage('/app')).replace(/\u00a0/g, ' ')).toContain('Terugbetaling gemeld, niet vastgelegd');
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 42.5, receivedOn: await today() }).expect(200);
    expect(await row()).toBeUndefined();
  });

  /**
   * refunddesk2 (audit81 REFUND-1): a refund still owed is the provider's move (open, „Wacht op u", `refund-paid` among its actions);
   * once it reported all of it, Steward's (the case owner records the receipt) and the desk is no longer told to pay; each report and
   * the receipt move `lastActivityAt`, so an integration syncing with `updatedSince` sees them.
   */
  it('tells the desk what it reported instead of asking it to pay again, lists its report as an answer, and files the request where the money stands', async () => {
    const { estateId } = await estateWithHeir('Kees');
    const contract = await confirmed(estateId, -30);
    const view = async () => (await desk.get(`${API}/provider-desk/requests/${contract}`).expect(200)).body as { nextMove: string; actions: string[]; open: boolean; waitingOn: string; tab: string; lastActivityAt: string; refund: unknown };
    const listed = async (query: string) => ((await desk.get(`${API}/provider-desk/requests?${query}&limit=100`).expect(200)).body as { id: string }[]).some((r) => r.id === contract);
    const counts = async () => (await desk.get(`${API}/provider-desk/requests/counts`).expect(200)).body as Record<string, { count: number }>;
    const owed = await view();
    expect(owed).toMatchObject({ actions: ['correct-completion', 'refund-paid'], open: true, waitingOn: 'provider', tab: 'waiting_on_you' });
    expect(await listed('status=open')).toBe(true);
    const before = await counts();

    await t.runDue(1);
    const day = await today();
    const part = (await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 10, paidOn: day }).expect(200)).body as Awaited<ReturnType<typeof view>>;
    expect(part.nextMove.replace(/\u00a0/g, ' ')).toBe(`U meldde € 10,00 overgemaakt op ${longDate(day, 'nl')}; € 20,00 van de € 30,00 moet u nog overmaken naar de rekening van de nalatenschap die in onze brief staat.`);
    expect(part).toMatchObject({ actions: ['correct-completion', 'refund-paid'], waitingOn: 'provider', tab: 'waiting_on_you' });
    expect(part.lastActivityAt > owed.lastActivityAt).toBe(true);
    expect(await listed(`status=all&updatedSince=${encodeURIComponent(part.lastActivityAt)}`)).toBe(true);

    const all = (await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 20, paidOn: day }).expect(200)).body as Awaited<ReturnType<typeof view>>;
    const reportedMove = `U meldde in totaal € 30,00 overgemaakt, laatst op ${longDate(day, 'nl')}; de contactpersoon legt de ontvangst vast zodra het bedrag binnen is.`;
    expect(all.nextMove.replace(/\u00a0/g, ' ')).toBe(reportedMove);
    expect(all).toMatchObject({ actions: ['correct-completion'], open: false, waitingOn: 'steward', tab: 'waiting_on_steward' });
    expect(await listed('status=open')).toBe(false);
    expect(await listed('status=waiting_on_steward')).toBe(true);
    const after = await counts();
    expect([after.waiting_on_you.count, after.waiting_on_steward.count]).toEqual([before.waiting_on_you.count - 1, before.waiting_on_steward.count + 1]);
    // Weeks later: the same true words, never „Maak het over".
    await t.runDue(40);
    expect((await view()).nextMove.replace(/\u00a0/g, ' ')).toBe(reportedMove);

    // The owner records it received: done at the desk, and the change is activity an integration sees.
    const reported = (await view()).lastActivityAt;
    await t.runDue(1);
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 30, receivedOn: await today() }).expect(200);
    const received = await view();
    expect(received).toMatchObject({ open: false, waitingOn: 'nobody', tab: 'done', refund: null, actions: ['correct-completion'] });
    expect(received.lastActivityAt > reported).toBe(true);
  });

  it('tells an English desk what it reported, not to transfer it again', async () => {
    const english = await createProvider(t.admin, { name: 'Powerback', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [], language: 'en' });
    const enDesk = t.as((await t.admin.post(`${API}/providers/${english.id}/tokens`, {}).expect(201)).body.token);
    const { estateId } = await estateWithHeir('Lena');
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: english.id, description: 'Power', accountNumber: 'PB-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await enDesk.post(`${API}/provider-desk/requests/${contract}/complete`, { effectiveDate: '2026-11-30', reference: 'PB-5', finalInvoiceAmount: -5 }).expect(200);
    const day = await today();
    const reported = (await enDesk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 5, paidOn: day }).expect(200)).body as { nextMove: string };
    expect(reported.nextMove).toBe(`You reported €5.00 transferred on ${longDate(day, 'en')}; the contact person records the receipt once the amount has come in.`);
  });

  /** refunddesk2 (audit81 „Also observed"): money the provider says it sent cannot vanish by a correction of the amount. */
  it('refuses a correction of the refund’s amount once the desk reported a transfer of it, saying who to tell', async () => {
    const { estateId } = await estateWithHeir('Mien');
    const contract = await confirmed(estateId, -12.5);
    const day = await today();
    await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 12.5, paidOn: day }).expect(200);
    const refused = await desk.post(`${API}/provider-desk/requests/${contract}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'SR-8812', finalInvoiceAmount: null }).expect(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.detail.replace(/\u00a0/g, ' ')).toMatch(/^U meldde al € 12,50 overgemaakt van deze terugbetaling; het bedrag van de eindafrekening kunt u daarom niet meer wijzigen\. Er is niets gewijzigd\. Klopt het bedrag niet, laat het dan .+ weten\.$/);
    // deskrules (audit87 F3): the refusal names the field it refuses, as every refusal does.
    expect(refused.body.errors.map((e: { field: string; message: string }) => ({ ...e, message: e.message.replace(/\u00a0/g, ' ') }))).toEqual([{ field: 'finalInvoiceAmount', message: 'Eindafrekening: U meldde al € 12,50 overgemaakt van deze terugbetaling; dit bedrag kunt u daarom niet meer wijzigen. Klopt het niet, laat het dan de contactpersoon weten.' }]);
    const owner = await anna.post(`${API}/contracts/${contract}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'SR-8812', finalInvoiceAmount: null }).expect(409);
    expect(owner.body.detail.replace(/\u00a0/g, ' ')).toContain('Stroomterug meldde al € 12,50 overgemaakt van deze terugbetaling');
    // ownerrules: her refusal names the field it refuses too, and her correction form says it at that amount.
    expect(owner.body.errors).toEqual([{ field: 'finalInvoiceAmount', message: 'cannot change: the provider reported 12.50 of its refund transferred' }]);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.context().addCookies([{ name: 'steward_app', value: anna.token, url: await t.app.getUrl() }]);
      await page.goto(`${await t.app.getUrl()}/app/contracts/${contract}`);
      const form = page.locator('form[action$="/completion-corrected"]');
      await form.locator('[name=receivedVia]').selectOption('phone');
      await form.locator('[name=finalInvoiceAmount]').fill('');
      await form.locator('button[type=submit]').click();
      await page.waitForLoadState();
      const amount = page.locator('form[action$="/completion-corrected"] [name=finalInvoiceAmount]');
      expect(await amount.getAttribute('aria-invalid')).toBe('true');
      const said = await page.locator(`[id="${await amount.getAttribute('aria-describedby')}"]`).innerText();
      expect(said.replace(/\u00a0/g, ' ')).toBe(
        'De aanbieder meldde al € 12,50 overgemaakt van deze terugbetaling; het bedrag kan daarom niet meer worden gecorrigeerd. Kijk op de rekening van de nalatenschap en leg vast wat er binnenkwam; klopt de melding niet, neem dan contact op met de aanbieder',
      );
    } finally {
      await browser.close();
    }
    // Nothing changed: the owner still reads the report beside her form, the family the refund still to come.
    const page = (await ownerPage(`/app/contracts/${contract}`)).replace(/\u00a0/g, ' ');
    expect(page).toContain(`Stroomterug meldt € 12,50 overgemaakt op ${longDate(day, 'nl')}.`);
    // A correction of only the end date still goes.
    await desk.post(`${API}/provider-desk/requests/${contract}/correct-completion`, { effectiveDate: '2026-11-29', reference: 'SR-8812' }).expect(200);
  });

  /**
   * refundscale: the desk reads only its provider's open refunds (`contracts.refund_open`, kept with each step and receipt): one all
   * received leaves them and the request is done at the desk; an undone receipt or a larger amount confirmed brings it back.
   */
  it('takes a refund off the desk once all of it is received, and puts it back when the receipt is undone or a correction raises the amount', async () => {
    const { estateId } = await estateWithHeir('Joop');
    const contract = await confirmed(estateId, -20);
    const view = async () => (await desk.get(`${API}/provider-desk/requests/${contract}`).expect(200)).body as { nextMove: string; waitingOn: string; tab: string };
    // The desk's „Wacht op u" list, which a request done but for its refund joins (deskscale: by the refund's marks on its row).
    const openRefunds = async () => ((await desk.get(`${API}/provider-desk/requests?status=waiting_on_you`).expect(200)).body as { id: string }[]).map((r) => r.id);
    expect(await view()).toMatchObject({ waitingOn: 'provider', tab: 'waiting_on_you' });
    expect(await openRefunds()).toContain(contract);

    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 20, receivedOn: await today() }).expect(200);
    expect(await view()).toMatchObject({ waitingOn: 'nobody', tab: 'done' });
    expect(await openRefunds()).not.toContain(contract);

    await anna.post(`${API}/contracts/${contract}/refund-received/undo`).expect(200);
    expect(await view()).toMatchObject({ waitingOn: 'provider', tab: 'waiting_on_you' });
    expect(await openRefunds()).toContain(contract);

    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 20, receivedOn: await today() }).expect(200);
    expect(await openRefunds()).not.toContain(contract);
    await desk.post(`${API}/provider-desk/requests/${contract}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'SR-8812', finalInvoiceAmount: -25 }).expect(200);
    const raised = await view();
    expect(raised).toMatchObject({ waitingOn: 'provider', tab: 'waiting_on_you' });
    expect(raised.nextMove.replace(/\u00a0/g, ' ')).toContain('€ 5,00 daarvan is nog niet ontvangen');
    expect(await openRefunds()).toContain(contract);
    // corrpaid (audit91 F1): with € 20,00 received, a correction to a bill to pay is refused (the money received would be nobody's to follow);
    // with the receipt undone, it ends the refund: nothing of it is left open at the desk.
    const refused = await desk.post(`${API}/provider-desk/requests/${contract}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'SR-8812', finalInvoiceAmount: 12 }).expect(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'finalInvoiceAmount' })]);
    await anna.post(`${API}/contracts/${contract}/refund-received/undo`).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract}/correct-completion`, { effectiveDate: '2026-11-30', reference: 'SR-8812', finalInvoiceAmount: 12 }).expect(200);
    expect(await openRefunds()).not.toContain(contract);
  });

  /** refunddesk: Steward's 30 days run from when the amount was first confirmed; a correction of the end date only does not restart them. */
  it('keeps the term of a refund when a correction changes only the end date, and restarts it when the amount changes', async () => {
    const { estateId } = await estateWithHeir('Teun');
    const contract = await confirmed(estateId, -30);
    const first = (await anna.get(`${API}/estates/${estateId}/refunds-to-receive`).expect(200)).body.items[0] as Refund;
    await t.runDue(10);
    await desk.post(`${API}/provider-desk/requests/${contract}/correct-completion`, { effectiveDate: '2026-11-29', reference: 'SR-8812' }).expect(200);
    const kept = (await anna.get(`${API}/estates/${estateId}/refunds-to-receive`).expect(200)).body.items[0] as Refund;
    expect(kept).toMatchObject({ confirmedOn: first.confirmedOn, expectedBy: first.expectedBy });
    await t.runDue(21);
    expect(((await anna.get(`${API}/queue`).expect(200)).body.lateRefunds as { contractId: string }[]).map((r) => r.contractId)).toContain(contract);
    await desk.post(`${API}/provider-desk/requests/${contract}/correct-completion`, { effectiveDate: '2026-11-29', reference: 'SR-8812', finalInvoiceAmount: -35 }).expect(200);
    const restarted = (await anna.get(`${API}/estates/${estateId}/refunds-to-receive`).expect(200)).body.items[0] as Refund;
    expect(restarted).toMatchObject({ amount: 35, confirmedOn: await today(), late: false });
    expect(((await anna.get(`${API}/queue`).expect(200)).body.lateRefunds as { contractId: string }[]).map((r) => r.contractId)).not.toContain(contract);
  });

  it("tells the family once in the day's email that a refund came, when all of it did", async () => {
    const to = 'ria.terug@family.example';
    const { estateId } = await estateWithHeir('Joop', to);
    const contract = await confirmed(estateId, -20);
    await nextFamilyDigest(t.admin, sink, to, 0);
    const before = familyDigests(sink, to).length;
    const day = await today();
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 5, receivedOn: day }).expect(200);
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 15, receivedOn: day }).expect(200);
    const mail = (await nextFamilyDigest(t.admin, sink, to, before)).replace(/\u00a0/g, ' ');
    expect(mail.match(/Stroomterug: De terugbetaling van € 20,00 aan de nalatenschap is ontvangen\./g)).toHaveLength(1);
  });

  /** smallmends (REF-FORM-1): her receipt form offers no more than the evidence: what the desk reported and she did not record yet. */
  it('prefills her receipt form with what the desk reported and she did not record yet, and leaves it empty without a report', async () => {
    const { estateId } = await estateWithHeir('Fien');
    const contract = await confirmed(estateId, -42.5);
    const day = await today();
    const offered = async () => {
      const html = (await anna.get(`/app/contracts/${contract}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
      const input = html.match(/id="refund"[\s\S]*?<input id="amount" name="amount"([^>]*)>/)![1];
      return input.match(/value="([^"]*)"/)?.[1] ?? null;
    };
    expect(await offered()).toBeNull();
    await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 22.5, paidOn: day }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 5, paidOn: day }).expect(200);
    expect(await offered()).toBe('27,50');
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 20, receivedOn: day }).expect(200);
    expect(await offered()).toBe('7,50');
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 7.5, receivedOn: day }).expect(200);
    expect(await offered()).toBeNull();
  });

  /** smallmends (REFDATE): a provider that paid with its final bill before it answered at the desk can say the day it paid; not a day before the death. */
  it('takes a transfer dated before the desk confirmed the refund, and refuses one before the date of death, on the desk page and in the API alike', async () => {
    const { estateId } = await estateWithHeir('Gijs');
    const contract = await confirmed(estateId, -30);
    const dayBefore = new Date(Date.parse(await today()) - 86_400_000).toISOString().slice(0, 10);
    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'gijs@stroomterug.example', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const login = await request(t.app.getHttpServer()).post('/desk/login').type('form').send({ email: 'gijs@stroomterug.example', password: 'desk-password-1' }).expect(303);
    const cookie = String(login.headers['set-cookie']).match(/steward_desk=[^;]+/)![0];
    // Before the death: refused naming the field, in the desk's words, on its page and in the API; nothing recorded.
    const refusedPage = await request(t.app.getHttpServer()).post(`/desk/requests/${contract}/refund-paid`).set('Cookie', cookie).type('form').send({ amount: '10,00', paidOn: '2026-11-01' }).expect(422);
    expect(flat(refusedPage.text.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ')).toContain('Datum van de overboeking: deze datum ligt vóór de overlijdensdatum.');
    const refused = await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 10, paidOn: '2026-11-01' }).expect(422);
    expect(refused.body.errors).toEqual([{ field: 'paidOn', message: 'Datum van de overboeking: deze datum ligt vóór de overlijdensdatum.' }]);
    expect(refused.body.detail).toContain('Datum van de overboeking: deze datum ligt vóór de overlijdensdatum.');
    expect((await desk.get(`${API}/provider-desk/requests/${contract}`).expect(200)).body.refund.reportedPaid).toBeNull();
    // The day before it confirmed: taken, on the page and in the API.
    await request(t.app.getHttpServer()).post(`/desk/requests/${contract}/refund-paid`).set('Cookie', cookie).type('form').send({ amount: '10,00', paidOn: dayBefore }).expect(303);
    const taken = (await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 20, paidOn: '2026-11-02' }).expect(200)).body;
    expect(taken.refund.reportedPaid.reports).toEqual([{ amount: 10, paidOn: dayBefore }, { amount: 20, paidOn: '2026-11-02' }]);
  });

  /**
   * refundtoday: the owner's contract header says the refund still to come (not only „geen betwiste of onbetaalde facturen"); the
   * desk's correction form shows a reported refund's amount fixed, with why (the rule of the 409); her receipt may be dated before
   * the provider confirmed (a transfer can come before its answer), not before the death.
   */
  it('says the refund still to come in the contract’s header, shows the desk its amount fixed once reported, and takes a receipt dated before the confirmation', async () => {
    const { estateId } = await estateWithHeir('Teun');
    const contract = await confirmed(estateId, -30);
    const header = async () => {
      const text = (await anna.get(`/app/contracts/${contract}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
      return flat(text.match(/<dl class="card" id="summary">[\s\S]*?<\/dl>/)![0].replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').replace(/\u00a0/g, ' ').trim();
    };
    expect(await header()).toMatch(/ Nog open terugbetaling van € 30,00: nog te ontvangen op de rekening van de nalatenschap geen betwiste of onbetaalde facturen$/);

    await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: 'teun@stroomterug.example', name: 'Desk', password: 'desk-password-1' }).expect(201);
    const login = await request(t.app.getHttpServer()).post('/desk/login').type('form').send({ email: 'teun@stroomterug.example', password: 'desk-password-1' }).expect(303);
    const cookie = String(login.headers['set-cookie']).match(/steward_desk=[^;]+/)![0];
    const correction = async () => (await request(t.app.getHttpServer()).get(`/desk/requests/${contract}`).set('Cookie', cookie).expect(200)).text.match(/<form method="post" action="\/desk\/requests\/[^"]+\/correct-completion"[\s\S]*?<\/form>/)![0];
    expect(await correction()).toMatch(/<input id="cc-[^"]+" name="finalInvoiceAmount" inputmode="decimal" value="-30,00">/);
    await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 10, paidOn: await today() }).expect(200);
    // Reported: the amount is shown, not offered, with why; the form still corrects the end date and keeps the amount.
    const fixed = await correction();
    expect(fixed).toMatch(/<input id="cc-[^"]+" name="finalInvoiceAmount" inputmode="decimal" value="-30,00" disabled aria-describedby="[^"]+">/);
    expect(flat(fixed.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').replace(/\u00a0/g, ' ')).toContain('U meldde al € 10,00 overgemaakt van deze terugbetaling; dit bedrag kunt u daarom niet meer wijzigen. Klopt het niet, laat het dan de contactpersoon weten.');
    // deskrules: a page loaded before the report still offers the amount; sent changed, the refusal stands at that field, in the desk's words.
    const stale = (await request(t.app.getHttpServer()).post(`/desk/requests/${contract}/correct-completion`).set('Cookie', cookie).type('form').send({ effectiveDate: '2026-11-30', reference: 'SR-8812', finalInvoiceAmount: '-20,00' }).expect(409)).text;
    const atField = stale.match(/<input id="(cc-[^"]+)" name="finalInvoiceAmount" inputmode="decimal" value="-30,00" disabled aria-invalid="true" aria-describedby="\1-error"><p class="field-error" id="\1-error">([^<]*)<\/p>/);
    expect(atField?.[2].replace(/\u00a0/g, ' ')).toBe('Eindafrekening: U meldde al € 10,00 overgemaakt van deze terugbetaling; dit bedrag kunt u daarom niet meer wijzigen. Klopt het niet, laat het dan de contactpersoon weten.');
    await request(t.app.getHttpServer()).post(`/desk/requests/${contract}/correct-completion`).set('Cookie', cookie).type('form').send({ effectiveDate: '2026-11-29', reference: 'SR-8812' }).expect(303);
    expect((await desk.get(`${API}/provider-desk/requests/${contract}`).expect(200)).body).toMatchObject({ effectiveDate: '2026-11-29', finalInvoiceAmount: -30 });

    // Her receipt: the day before the confirmation is taken; a day before the death is refused, naming the field, and records nothing.
    const dayBefore = new Date(Date.parse(await today()) - 86_400_000).toISOString().slice(0, 10);
    const early = await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 10, receivedOn: '2026-11-01' }).expect(422);
    expect(early.body.errors).toEqual([{ field: 'receivedOn', message: 'must not be before 2026-11-02, the date of death' }]);
    expect((await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 10, receivedOn: dayBefore }).expect(200)).body).toMatchObject({ received: 10, left: 20, lastReceivedOn: dayBefore });
    expect(await header()).toMatch(/ Nog open terugbetaling: nog € 20,00 van € 30,00 te ontvangen op de rekening van de nalatenschap geen betwiste of onbetaalde facturen$/);
  });

  /**
   * refundtoday (refunddesk2's Not done 5, decided): a request with a refund still to transfer and another open step (here a bill
   * disputed) is filed where that step puts it — its own answer is due — with `refund-paid` among its answers; its fields, the lists
   * and the counts say the same tab. Reported in full, the step keeps it there, without `refund-paid`.
   */
  it('files a request with a refund and a disputed bill under the dispute’s tab, the refund among its answers, its fields, lists and counts agreeing', async () => {
    const { estateId } = await estateWithHeir('Joop');
    const contract = await confirmed(estateId, -20);
    await anna.post(`${API}/contracts/${contract}/invoice-after-end`, { reference: 'SR-F-770', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 9.5 }).expect(200);
    await t.runDue();
    const tabs = ['new', 'waiting_on_you', 'waiting_on_steward', 'done'] as const;
    const agree = async () => {
      const view = (await desk.get(`${API}/provider-desk/requests/${contract}`).expect(200)).body as { tab: string; waitingOn: string; open: boolean; actions: string[] };
      const counts = (await desk.get(`${API}/provider-desk/requests/counts`).expect(200)).body as Record<string, { count: number }>;
      for (const tab of tabs) {
        const listed = (await desk.get(`${API}/provider-desk/requests?status=${tab}&limit=100`).expect(200)).body as { id: string; tab: string }[];
        expect(listed.some((r) => r.id === contract)).toBe(tab === view.tab);
        expect(listed.every((r) => r.tab === tab)).toBe(true);
        expect(counts[tab].count).toBe(listed.length);
      }
      const open = (await desk.get(`${API}/provider-desk/requests?status=open&limit=100`).expect(200)).body as { id: string }[];
      expect(open.some((r) => r.id === contract)).toBe(view.open);
      return view;
    };
    const before = await agree();
    expect(before).toMatchObject({ tab: 'waiting_on_you', waitingOn: 'provider', open: true });
    expect(before.actions).toEqual(expect.arrayContaining(['credit-note', 'reject-dispute', 'refund-paid']));
    await desk.post(`${API}/provider-desk/requests/${contract}/refund-paid`, { amount: 20, paidOn: await today() }).expect(200);
    const after = await agree();
    expect(after).toMatchObject({ tab: 'waiting_on_you', waitingOn: 'provider', open: true });
    expect(after.actions).toEqual(expect.arrayContaining(['credit-note', 'reject-dispute']));
    expect(after.actions).not.toContain('refund-paid');
  });
});
