import request from 'supertest';
import { API, binary, createEstate, createProvider, letterText, postEverything } from '../support/fixtures';
import { addCalendarDays } from '../../src/clock/clock';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { Account, account, missedTermReaders, relative } from '../workspace/support';
import { flat, pdfText } from '../../letters/test-support';
import { longDate } from '../../workflows';
import { letterDate } from '../../letters/dates';

/**
 * collowner: the owner records the provider's word that it dropped the whole claim, heard by phone or letter, as its desk records it
 * (the same steps, words and refusals), and a final bill the estate had paid before the drop is said on the contract page, where she
 * may ask it back: only what is recorded, no right claimed.
 */
describe("the owner's record of a claim the provider dropped", () => {
  let t: TestApp;
  let anna: Account;
  let ben: Account;
  let kpn: { id: string; name: string };
  let desk: Session;
  let ownerWeb: Awaited<ReturnType<typeof missedTermReaders>>['ownerWeb'];

  beforeAll(async () => {
    t = await startTestApp();
    ({ anna, kpn, desk, ownerWeb } = await missedTermReaders(t));
    ben = await account(t, 'Ben Carter', 'specialist', 'en');
  });
  afterAll(async () => {
    await t?.close();
  });

  /**
   * A KPN contract confirmed with a final bill of € 45 (`reference`), a December bill disputed in full (F-12, € 30) and Intrum's
   * collection letter, the stop letters gone; `paid`: the final bill paid from the estate first; `provider`: another than KPN.
   */
  async function claimToDrop(owner: Account, givenNames: string, reference: string, paid?: string, correctedTo?: number, provider = kpn) {
    const estate = await createEstate(owner.api, { givenNames });
    const family = await relative(t, owner.api, estate.id, 'Maria');
    const contract = (await owner.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobiel', accountNumber: `K-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await owner.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await owner.api.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference, effectiveDate: '2026-11-30', finalInvoiceAmount: 45 }).expect(200);
    if (paid) await owner.api.post(`${API}/contracts/${contract.id}/bills-paid`, { reference, paidOn: paid }).expect(201);
    // dropday: KPN then corrects its final bill upwards, so what was paid is a part of it.
    if (correctedTo) await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-30', reference, finalInvoiceAmount: correctedTo }).expect(200);
    await owner.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-12', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    await owner.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: `INT-${givenNames}`, amount: 75 }).expect(200);
    await t.runDue();
    return { estate, family, contract };
  }
  // Whitespace folded, the no-break space of amounts kept.
  const contractPage = async (id: string) => (await ownerWeb.get(`/app/contracts/${id}`).expect(200)).text.replace(/[ \t\r\n]+/g, ' ');
  const billsToPay = async (owner: Account, estateId: string) => (await owner.api.get(`${API}/estates/${estateId}/bills-to-pay`).expect(200)).body.items as { reference: string }[];
  const ownerTimeline = async (owner: Account, estateId: string) => ((await owner.api.get(`${API}/estates/${estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
  const familyTimeline = async (family: Session) => ((await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
  const spaced = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');
  /** repaybill: KPN drops the whole claim at its desk and the € 45,00 paid is asked back by letter. */
  async function dropAndAskBack(contractId: string) {
    await desk.post(`${API}/provider-desk/requests/${contractId}/collection-stopped`, { claimDropped: true }).expect(200);
    await anna.api.post(`${API}/contracts/${contractId}/repayment-request`).expect(200);
    await t.runDue();
  }
  /** repayback, repaybill: of that, KPN paid back `repaid` (her receipt), then said its drop was a mistake, and she undid it. */
  async function paidBackThenUndone(contractId: string, repaid: number) {
    await anna.api.post(`${API}/contracts/${contractId}/refund-received`, { amount: repaid, receivedOn: t.clock.today() }).expect(200);
    await anna.api.post(`${API}/contracts/${contractId}/drop-undone`, { receivedVia: 'phone', toldOn: t.clock.today() }).expect(200);
  }

  it('offers the desk\'s choice on the contract page, refuses it with the agency\'s word or a suspension, and records it as the desk does', async () => {
    const { estate, family, contract } = await claimToDrop(anna, 'Bep', 'KPN-OPZ-88');
    expect(await contractPage(contract.id)).toContain('name="claimDropped" value="true"> KPN liet de hele vordering vallen: alle openstaande facturen van dit contract, ook de eindafrekening, zijn ingetrokken');
    // Only the provider drops its claim, and then the collection is stopped: refused on the form and in the API, naming the box, nothing recorded.
    const byAgency = (await ownerWeb.post(`/app/contracts/${contract.id}/collection-stopped`).type('form').send({ receivedVia: 'phone', answeredBy: 'agency', collection: 'stopped', claimDropped: 'true' }).expect(422)).text;
    expect(byAgency).toContain('Kies „de aanbieder liet de hele vordering vallen” alleen als de aanbieder zelf liet weten dat de incasso gestopt is');
    const suspended = await anna.api.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'suspended', claimDropped: true }).expect(400);
    expect(suspended.body.errors).toEqual([expect.objectContaining({ field: 'claimDropped' })]);
    const notBoolean = await anna.api.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', claimDropped: 'ja' }).expect(400);
    expect(notBoolean.body.errors).toEqual([expect.objectContaining({ field: 'claimDropped' })]);
    expect((await anna.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('collectionStopRequested');

    await ownerWeb.post(`/app/contracts/${contract.id}/collection-stopped`).type('form').send({ receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', claimDropped: 'true' }).expect(303);
    expect((await anna.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('confirmed');
    // The desk's words for every reader: the whole claim dropped, each bill withdrawn, nothing left to pay.
    expect((await ownerTimeline(anna, estate.id)).join('\n')).toContain('Mobiel: KPN liet de hele vordering vallen: eindafrekening KPN-OPZ-88 (€\u00a045,00) en factuur F-12 (€\u00a030,00) ingetrokken; incasso gestopt.');
    expect(await familyTimeline(family)).toContain('KPN liet de hele vordering vallen: de eindafrekening van €\u00a045,00 en rekening F-12 van €\u00a030,00 hoeven niet meer betaald te worden; de incasso is gestopt. Dit werd ons telefonisch doorgegeven.');
    expect(await billsToPay(anna, estate.id)).toEqual([]);
    expect(await contractPage(contract.id)).toContain('eindafrekening €\u00a045,00 — vervallen: KPN liet de vordering vallen');
    const thread = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.thread as { event: string; text: string }[];
    // audit90 G5: the bill withdrawn with the drop is the drop's, not an answer of its own.
    expect(thread.filter((i) => i.event === 'INVOICE_WITHDRAWN').map((i) => i.text)).toEqual([]);
    // Recorded once: again is the same 409 as a stop answered twice.
    const again = await anna.api.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', claimDropped: true }).expect(409);
    expect(again.body.type).toContain('state-conflict');
  });

  it('takes it in the API from an English-speaking owner, and her history says it in English', async () => {
    const { estate, contract } = await claimToDrop(ben, 'Kees', 'KPN-OPZ-77');
    const byAgency = await ben.api.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'email', answeredBy: 'agency', collection: 'stopped', claimDropped: true }).expect(400);
    expect(byAgency.body.errors).toEqual([expect.objectContaining({ field: 'claimDropped', message: expect.stringContaining('only taken with answeredBy provider and collection stopped') })]);
    await ben.api.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'email', answeredBy: 'provider', collection: 'stopped', claimDropped: true }).expect(200);
    expect((await ownerTimeline(ben, estate.id)).join('\n')).toContain('KPN dropped the whole claim: final bill KPN-OPZ-77 (€45.00) and invoice F-12 (€30.00) withdrawn; collection stopped.');
    expect(await billsToPay(ben, estate.id)).toEqual([]);
  });

  it('says on the contract page that a final bill paid before the drop may be asked back, with the day it was paid, and nothing more', async () => {
    const today = t.clock.today();
    const { estate, contract } = await claimToDrop(anna, 'Piet', 'KPN-P-1', today);
    const said = new Date(`${today}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(await contractPage(contract.id)).not.toContain('terug te betalen');
    await anna.api.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'post', answeredBy: 'provider', collection: 'stopped', claimDropped: true }).expect(200);
    const page = await contractPage(contract.id);
    expect(page).toContain(`eindafrekening KPN-P-1: €\u00a045,00 betaald uit de nalatenschap op ${said}, voordat KPN op ${said} de vordering liet vallen; u kunt KPN vragen de €\u00a045,00 terug te betalen (of KPN dat doet, is niet vastgelegd)`);
    // Still paid, nothing to pay, no refund invented.
    expect((await anna.api.get(`${API}/estates/${estate.id}/bills-paid`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'KPN-P-1', paidOn: today })]);
    expect(await billsToPay(anna, estate.id)).toEqual([]);
    expect(page).not.toContain('nog te ontvangen');

    // In English, for an owner who reads it so; the desk's own drop says it the same.
    const en = await claimToDrop(ben, 'Joop', 'KPN-P-2', today);
    await desk.post(`${API}/provider-desk/requests/${en.contract.id}/collection-stopped`, { claimDropped: true }).expect(200);
    const benWeb = request.agent(t.app.getHttpServer());
    await benWeb.post('/app/login').type('form').send({ email: ben.email, password: ben.password, next: '/app' }).expect(303);
    const saidEn = new Date(`${today}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect((await benWeb.get(`/app/contracts/${en.contract.id}`).expect(200)).text.replace(/[ \t\r\n]+/g, ' ')).toContain(
      `final bill KPN-P-2: €45.00 paid from the estate on ${saidEn}, before KPN dropped the claim on ${saidEn}; you may ask KPN to pay the €45.00 back (whether KPN does is not recorded)`,
    );
  });
  /**
   * paiddrop: the drop of a final bill the estate paid is on her Today and in her notifications until she asks it back; one action
   * sends the letter (stating only the withdrawal, the payment and a term), the page says it was asked, the family reads one line.
   */
  it('puts a final bill paid before the drop on Today and in her notifications, asks it back by letter, and tells the family', async () => {
    const today = t.clock.today();
    const said = new Date(`${today}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const { estate, family, contract } = await claimToDrop(anna, 'Wim', 'KPN-W-1', today);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/collection-stopped`, { claimDropped: true }).expect(200);
    const row = `Eindafrekening KPN-W-1: €\u00a045,00 betaald uit de nalatenschap op ${said}, voordat KPN op ${said} de vordering liet vallen.`;
    const todayPage = async () => (await ownerWeb.get('/app').expect(200)).text.replace(/[ \t\r\n]+/g, ' ');
    expect(await todayPage()).toContain('Betaald op een vervallen vordering');
    expect(await todayPage()).toContain(row);
    const news = (await anna.api.get(`${API}/notifications?limit=50`).expect(200)).body.items as { message: string; contractId: string }[];
    expect(news.filter((n) => n.contractId === contract.id).map((n) => n.message)).toContainEqual(expect.stringContaining(`Betaald op een vervallen vordering: ${row}`));
    expect(await contractPage(contract.id)).toContain('Terugbetaling vragen');
    expect(await contractPage(contract.id)).toContain(`/app/contracts/${contract.id}/bills-paid/undo`);

    const asked = await anna.api.post(`${API}/contracts/${contract.id}/repayment-request`).expect(200);
    expect(asked.body).toEqual(expect.objectContaining({ reference: 'KPN-W-1', amount: 45, askedOn: today }));
    const again = await anna.api.post(`${API}/contracts/${contract.id}/repayment-request`).expect(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'request', message: expect.stringContaining('was asked back on') })]);
    expect(await todayPage()).not.toContain(row);
    expect(await contractPage(contract.id)).toContain(`op ${said} per brief gevraagd de €\u00a045,00 uiterlijk`);
    // The payment the letter names is no longer offered to undo (the undo answers 409 `asked-back-already`): why, instead (stop60mends).
    expect(await contractPage(contract.id)).not.toContain(`/app/contracts/${contract.id}/bills-paid/undo`);
    expect(await contractPage(contract.id)).toContain(`de brief van ${said} vraagt KPN dit bedrag terug te betalen en noemt deze betaling; klopt ze niet, laat het KPN dan weten`);
    await t.runDue();
    const letters = (await anna.api.get(`${API}/estates/${estate.id}/letters?limit=100`).expect(200)).body.items as { id: string; kind: string }[];
    const letter = letters.find((l) => l.kind === 'repayment_request');
    expect(letter).toBeDefined();
    // The PDF's text, its no-break spaces and line ends read as spaces.
    const text = (await letterText(anna.api, letter!.id)).replace(/[\s\u00a0]+/g, ' ');
    expect(text).toContain(`U heeft mij op ${said} laten weten dat u de hele vordering op het contract`);
    expect(text).toContain(`heeft ingetrokken, ook uw eindafrekening met kenmerk KPN-W-1 van € 45,00. Uit de nalatenschap was daarvoor op ${said} al € 45,00 op die eindafrekening betaald.`);
    expect(text).toContain('Ik verzoek u het betaalde bedrag van € 45,00 uiterlijk');
    expect(text).not.toContain('6:203');
    expect(await familyTimeline(family)).toContain('KPN liet de vordering vallen; de €\u00a045,00 die al betaald was, vragen we terug.');
  });

  /**
   * askback: the € 45,00 asked back is followed as a refund: expected by the letter's day, late on Today after it, a reminder letter
   * (the same letter, saying when it was first asked), and recorded received in part on the contract page and the rest in the API.
   * On main nothing followed the letter: no receipt (409 `no-refund`), no late row, no reminder.
   */
  it('follows the money asked back: late on Today past its day, reminded by letter, received in part on the page and the rest in the API', async () => {
    const today = t.clock.today();
    const nl = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const { estate, contract } = await claimToDrop(anna, 'Vera', 'KPN-V-1', today);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/collection-stopped`, { claimDropped: true }).expect(200);
    const asked = (await anna.api.post(`${API}/contracts/${contract.id}/repayment-request`).expect(200)).body;
    const payBy = addCalendarDays(today, 14);
    expect(asked.followed).toEqual(expect.objectContaining({ amount: 45, received: 0, left: 45, askedOn: today, payBy, late: false }));
    expect(await contractPage(contract.id)).toContain(`KPN, eindafrekening KPN-V-1, €\u00a045,00 · betaald voordat KPN de vordering liet vallen; per brief teruggevraagd op ${nl(today)} · terugbetaling gevraagd uiterlijk ${nl(payBy)}`);
    const early = await anna.api.post(`${API}/contracts/${contract.id}/refund-reminder`).expect(409);
    expect(early.body.errors).toEqual([expect.objectContaining({ field: 'request', message: `the money asked back is not late before ${payBy}` })]);

    // A day past the letter's day: late on Today, among the refunds not received.
    await t.runDue(15);
    const lateRow = `KPN liet de vordering vallen; de €\u00a045,00 die al betaald was op eindafrekening KPN-V-1 is op ${nl(today)} per brief teruggevraagd; niet ontvangen — te laat sinds ${nl(payBy)} (1 dag).`;
    const todayPage = async () => (await ownerWeb.get('/app').expect(200)).text.replace(/[ \t\r\n]+/g, ' ');
    const late = await todayPage();
    expect(late).toContain('Terugbetalingen niet ontvangen');
    expect(late).toContain(lateRow);
    expect(await contractPage(contract.id)).toContain(`niet ontvangen — te laat sinds ${nl(payBy)}`);

    // The reminder: the same letter, saying when it was first asked, with a new day; Today's row leaves while its term runs.
    const reminded = (await anna.api.post(`${API}/contracts/${contract.id}/refund-reminder`).expect(200)).body;
    const remindedOn = addCalendarDays(today, 15);
    expect(reminded).toEqual(expect.objectContaining({ remindedOn, payBy: addCalendarDays(remindedOn, 14), left: 45, late: false }));
    expect(await todayPage()).not.toContain(lateRow);
    await t.runDue();
    const letters = (await anna.api.get(`${API}/estates/${estate.id}/letters?limit=100`).expect(200)).body.items as { id: string; kind: string; letterDate: string }[];
    const requests = letters.filter((l) => l.kind === 'repayment_request');
    expect(requests).toHaveLength(2);
    const texts = await Promise.all(requests.map(async (l) => (await letterText(anna.api, l.id)).replace(/[\s\u00a0]+/g, ' ')));
    const reminder = texts.find((text) => text.includes('heb ik u gevraagd'));
    expect(reminder).toContain(`Op ${nl(today)} heb ik u gevraagd dit bedrag terug te betalen. Ik heb het nog niet ontvangen op de rekening van de nalatenschap.`);
    expect(reminder).toContain(`Ik verzoek u het betaalde bedrag van € 45,00 uiterlijk ${nl(addCalendarDays(remindedOn, 14))} terug te betalen`);

    // € 20,00 came, recorded on the contract page; more than is left is refused naming the amount; the rest in the API.
    await ownerWeb.post(`/app/contracts/${contract.id}/refund-received`).type('form').send({ amount: '20,00', receivedOn: remindedOn }).expect(303);
    expect(await contractPage(contract.id)).toContain(`KPN, eindafrekening KPN-V-1, nog €\u00a025,00 van €\u00a045,00 (€\u00a020,00 ontvangen, laatst op ${nl(remindedOn)})`);
    const tooMuch = await anna.api.post(`${API}/contracts/${contract.id}/refund-received`, { amount: 30, receivedOn: remindedOn }).expect(422);
    expect(tooMuch.body.errors).toEqual([expect.objectContaining({ field: 'amount', message: 'must not be more than 25.00, what is still to receive of the refund of 45.00 asked back' })]);
    const all = (await anna.api.post(`${API}/contracts/${contract.id}/refund-received`, { amount: 25, receivedOn: remindedOn }).expect(200)).body;
    expect(all).toEqual(expect.objectContaining({ received: 45, left: 0, late: false }));
    const page = await contractPage(contract.id);
    expect(page).toContain(`€\u00a045,00 ontvangen (laatst op ${nl(remindedOn)})`);
    expect(page).not.toContain('per brief gevraagd de €\u00a045,00 uiterlijk');
    await t.runDue(30);
    expect(await todayPage()).not.toContain('eindafrekening KPN-V-1');
  });

  /**
   * dropday (audit89 F2): the final bill was paid from the estate before KPN dropped its claim: the agency and the family are told
   * that KPN withdrew the whole claim, the final bill included, and what the estate had paid of it and when (no „rest").
   */
  it('tells the agency and the family that the whole claim was withdrawn, the final bill included, and what of it was paid first', async () => {
    const today = t.clock.today();
    const said = new Date(`${today}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const { estate, family, contract } = await claimToDrop(anna, 'Lies', 'KPN-L-1', today);
    await anna.api.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'post', answeredBy: 'provider', collection: 'stopped', claimDropped: true }).expect(200);
    await t.runDue();
    const letters = (await anna.api.get(`${API}/estates/${estate.id}/letters?limit=100`).expect(200)).body.items as { id: string; kind: string }[];
    const ended = letters.find((l) => l.kind === 'collection_ended');
    expect(ended).toBeDefined();
    const text = (await letterText(anna.api, ended!.id)).replace(/[\s\u00a0]+/g, ' ');
    expect(text).toContain(`KPN heeft ons op ${said} laten weten dat de hele vordering is ingetrokken, ook eindafrekening KPN-L-1 (€ 45,00) en factuur F-12 (€ 30,00). Die eindafrekening was op ${said} al uit de nalatenschap betaald.`);
    expect(text).not.toContain('rest');
    const familyLine = (await familyTimeline(family)).find((line) => line.startsWith('We hebben Intrum laten weten'));
    expect(familyLine).toBe(`We hebben Intrum laten weten dat KPN de hele vordering heeft ingetrokken, ook de eindafrekening, en dat daarvan op ${said} al €\u00a045,00 uit de nalatenschap was betaald.`);
    expect(await familyTimeline(family)).toContain(`KPN liet de hele vordering vallen, ook de eindafrekening van €\u00a045,00, die al betaald was op ${said}; rekening F-12 van €\u00a030,00 hoeft niet meer betaald te worden; de incasso is gestopt. Dit werd ons per brief doorgegeven.`);
    expect((await ownerTimeline(anna, estate.id)).join('\n')).toContain(`Mobiel: KPN liet de hele vordering vallen, ook eindafrekening KPN-L-1 (€\u00a045,00), die al betaald was op ${said}; factuur F-12 (€\u00a030,00) ingetrokken;`);
  });

  // claimundo (v27): KPN dropped the whole claim, then phones that it was a mistake: she undoes it on KPN's word, how and when. On main
  // the undo answered 409 `claim-drop-not-undoable` and the page said it could not be undone.
  it("undoes a claim dropped whole on KPN's word: back to our collection stop, said to her, the family, KPN's desk and Intrum by letter", async () => {
    const today = t.clock.today();
    const day = flat(new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${today}T12:00:00Z`)));
    const { estate, family, contract } = await claimToDrop(anna, 'Roos', 'KPN-R-1');
    // datefix: the day the claim's drop is recorded, on the virtual clock.
    const dropDay = t.clock.today();
    await anna.api.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', claimDropped: true }).expect(200);
    await t.runDue();
    const lettersOf = async (kind: string) => ((await anna.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string; recipient: string; status: string }[]).filter((l) => l.kind === kind);
    expect((await lettersOf('collection_ended')).map((l) => l.status)).toEqual(['sent']);
    // The page offers the undo where the claim's drop stands, with KPN's word asked for; no sentence that it cannot be undone.
    const page = await contractPage(contract.id);
    expect(page).toContain(`action="/app/contracts/${contract.id}/drop-undone"`);
    expect(page).toContain(`KPN liet op ${day} de hele vordering vallen en de incasso is gestopt. Liet KPN u weten dat dat een vergissing was, leg dan vast hoe en op welke dag;`);
    expect(page).not.toContain('dat kan niet worden teruggedraaid');

    // Without KPN's word: 400 naming each; a day after today 422; another owner's contract 404; nothing changed.
    const bare = await anna.api.post(`${API}/contracts/${contract.id}/drop-undone`, {}).expect(400);
    expect((bare.body.errors as { field: string }[]).map((e) => e.field)).toEqual(['receivedVia', 'toldOn']);
    const future = await anna.api.post(`${API}/contracts/${contract.id}/drop-undone`, { receivedVia: 'phone', toldOn: addCalendarDays(today, 1) }).expect(422);
    expect(future.body.errors).toEqual([{ field: 'toldOn', message: `must not be after today, ${letterDate(today, 'en')}` }]);
    // Nor a day before the drop was recorded: that day exactly, written out.
    const early = await anna.api.post(`${API}/contracts/${contract.id}/drop-undone`, { receivedVia: 'phone', toldOn: addCalendarDays(dropDay, -1) }).expect(422);
    expect(early.body.errors).toEqual([{ field: 'toldOn', message: `must not be before the day the claim's drop was recorded, ${letterDate(dropDay, 'en')}` }]);
    await ben.api.post(`${API}/contracts/${contract.id}/drop-undone`, { receivedVia: 'phone', toldOn: today }).expect(404);
    expect(((await anna.api.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string }).state).toBe('confirmed');

    await anna.api.post(`${API}/contracts/${contract.id}/drop-undone`, { receivedVia: 'phone', toldOn: today }).expect(200);
    const after = (await anna.api.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string; openDisputes: { reference: string }[] };
    expect({ state: after.state, bills: after.openDisputes.map((d) => d.reference) }).toEqual({ state: 'collectionStopRequested', bills: ['F-12'] });
    // claimundo2: the final bill the drop took along is owed again (on main the undone drop still held it: nothing to pay).
    expect((await billsToPay(anna, estate.id)).map((b) => b.reference)).toContain('KPN-R-1');
    expect((await ownerTimeline(anna, estate.id)).map(flat)).toContain(
      `Mobiel: Intrekking van de hele vordering teruggedraaid op het woord van KPN: KPN liet weten dat het per vergissing had vastgelegd dat het de hele vordering liet vallen, ook factuur F-12. Ons verzoek om de incasso op te schorten loopt weer, zoals voor de intrekking. Telefonisch ontvangen op ${day}.`,
    );
    expect((await familyTimeline(family)).map(flat)).toContainEqual(expect.stringContaining('Eerder schreven we dat KPN de hele vordering had laten vallen. KPN liet ons weten dat dat een vergissing was: de vordering is niet ingetrokken. Ons verzoek om de incasso op te schorten loopt weer.'));
    const thread = ((await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.thread as { text: string }[]).map((i) => flat(i.text));
    expect(thread).toContain(`De contactpersoon heeft vastgelegd dat u op ${day} telefonisch liet weten dat het laten vallen van de hele vordering, ook factuur F-12, een vergissing was; dat is teruggedraaid en ons verzoek om de incasso op te schorten loopt weer`);
    // The undo is no longer offered: the claim's drop is undone.
    expect(await contractPage(contract.id)).not.toContain(`action="/app/contracts/${contract.id}/drop-undone"`);

    // Intrum, told the whole claim was withdrawn, reads that it was not (the PDF read back).
    await t.runDue();
    const [correction, ...more] = await lettersOf('collection_end_undone');
    expect({ recipient: correction?.recipient, status: correction?.status, more: more.length }).toEqual({ recipient: 'Intrum', status: 'sent', more: 0 });
    const text = flat(await letterText(anna.api, correction.id));
    expect(text).toContain(`had laten weten dat de hele vordering is ingetrokken.`);
    expect(text).toContain('KPN heeft ons later laten weten dat dat een vergissing was: de vordering is niet ingetrokken.');
    expect(text).not.toContain('per vergissing zo vastgelegd');

    // English: the owner's history in her words.
    const en = await claimToDrop(ben, 'Rose', 'KPN-R-2');
    await ben.api.post(`${API}/contracts/${en.contract.id}/collection-stopped`, { receivedVia: 'email', answeredBy: 'provider', collection: 'stopped', claimDropped: true }).expect(200);
    await ben.api.post(`${API}/contracts/${en.contract.id}/drop-undone`, { receivedVia: 'email', toldOn: today }).expect(200);
    expect((await ownerTimeline(ben, en.estate.id)).map(flat)).toContainEqual(expect.stringContaining("Drop of the whole claim undone on KPN's word: KPN said it recorded by mistake that it dropped the whole claim, invoice F-12 included. Our request to suspend the collection stands again, as before the drop. Received by email on"));
  });

  // claimundo2: the final bill paid before KPN dropped the whole claim, then the drop undone on KPN's word: the claim stands, the
  // payment was owed, so nothing is asked back. On main Today kept „Betaald op een vervallen vordering" and the page offered to ask it back.
  it('takes a final bill paid before the drop off Today once the drop is undone, and asks nothing back', async () => {
    const today = t.clock.today();
    const { estate, contract } = await claimToDrop(anna, 'Lies', 'KPN-U-1', today);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/collection-stopped`, { claimDropped: true }).expect(200);
    const todayPage = async () => (await ownerWeb.get('/app').expect(200)).text.replace(/[ \t\r\n]+/g, ' ');
    expect(await todayPage()).toContain('Eindafrekening KPN-U-1: €\u00a045,00 betaald uit de nalatenschap');
    expect(await contractPage(contract.id)).toContain('u kunt KPN vragen de €\u00a045,00 terug te betalen');

    await anna.api.post(`${API}/contracts/${contract.id}/drop-undone`, { receivedVia: 'phone', toldOn: today }).expect(200);
    expect(await todayPage()).not.toContain('Eindafrekening KPN-U-1');
    const page = await contractPage(contract.id);
    expect(page).not.toContain('u kunt KPN vragen de €\u00a045,00 terug te betalen');
    expect(page).not.toContain('Terugbetaling vragen');
    const ask = await anna.api.post(`${API}/contracts/${contract.id}/repayment-request`).expect(409);
    expect(ask.body.type).toContain('nothing-to-ask-back');
    // Still paid, as recorded; nothing invented to pay.
    expect((await anna.api.get(`${API}/estates/${estate.id}/bills-paid`).expect(200)).body.items).toEqual([expect.objectContaining({ reference: 'KPN-U-1', paidOn: today })]);
  });

  // repaywithdraw: the € 45,00 asked back by letter, then KPN says its drop of the whole claim was a mistake: the claim stands, so the
  // request lapses and KPN reads so in writing; a request not made yet when the drop is undone never goes. The family's line of the drop
  // reads undone. On main the undo sent KPN nothing, the waiting request still went, and the drop's line read as standing.
  it('withdraws in writing the money asked back once the claim\'s drop is undone, and sends no request still waiting', async () => {
    const today = t.clock.today();
    const day = flat(new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${today}T12:00:00Z`)));
    const lettersOf = async (id: string, kind: string) => ((await anna.api.get(`${API}/contracts/${id}`).expect(200)).body.letters as { id: string; kind: string; recipient: string; status: string }[]).filter((l) => l.kind === kind);

    const { family, contract } = await claimToDrop(anna, 'Joke', 'KPN-J-1', today);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/collection-stopped`, { claimDropped: true }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/repayment-request`).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id, 'repayment_request')).map((l) => l.status)).toEqual(['sent']);
    await anna.api.post(`${API}/contracts/${contract.id}/drop-undone`, { receivedVia: 'phone', toldOn: today }).expect(200);
    await t.runDue();
    const [withdrawal, ...more] = await lettersOf(contract.id, 'repayment_withdrawn');
    expect({ recipient: withdrawal?.recipient, status: withdrawal?.status, more: more.length }).toEqual({ recipient: 'KPN', status: 'sent', more: 0 });
    const text = flat(await letterText(anna.api, withdrawal.id)).replace(/[\s\u00a0]+/g, ' ');
    expect(text).toContain(`Op ${day} heb ik u gevraagd € 45,00 terug te betalen die uit de nalatenschap op uw eindafrekening met kenmerk KPN-J-1 was betaald, omdat u de hele vordering op het contract`);
    expect(text).toContain(`U heeft mij op ${day} laten weten dat dat een vergissing was: de vordering is niet ingetrokken. Dat verzoek vervalt daarom: u hoeft het bedrag niet terug te betalen.`);
    expect(text).not.toContain('6:203');
    // The family: the drop's own line marked undone, the undo's line as it was.
    const lines = (await familyTimeline(family)).map(flat);
    expect(lines).toContainEqual(expect.stringMatching(/^KPN liet de hele vordering vallen, .* Later teruggedraaid: per vergissing vastgelegd\.$/));
    expect(lines).toContainEqual(expect.stringContaining('Eerder schreven we dat KPN de hele vordering had laten vallen.'));
    expect(lines.filter((l) => l.startsWith('Eerder schreven we')).every((l) => !l.includes('Later teruggedraaid'))).toBe(true);

    // Asked back, and the drop undone before the outbox made the letter: it is never made, and nothing needs withdrawing.
    const waiting = await claimToDrop(anna, 'Kees', 'KPN-K-1', today);
    await desk.post(`${API}/provider-desk/requests/${waiting.contract.id}/collection-stopped`, { claimDropped: true }).expect(200);
    await anna.api.post(`${API}/contracts/${waiting.contract.id}/repayment-request`).expect(200);
    await anna.api.post(`${API}/contracts/${waiting.contract.id}/drop-undone`, { receivedVia: 'phone', toldOn: today }).expect(200);
    await t.runDue();
    expect({ asked: await lettersOf(waiting.contract.id, 'repayment_request'), withdrawn: await lettersOf(waiting.contract.id, 'repayment_withdrawn') }).toEqual({ asked: [], withdrawn: [] });
  });

  // repayback: Ziggo writes by post. Our request to pay back the € 45,00 is set apart once the drop is undone while it waits unprinted
  // (repaywithdraw had no e2e of it), and now also in a batch Anna downloaded but did not post: the batch, the print page and Today say
  // it does not go, and nothing is withdrawn, as Ziggo never read it. On main the downloaded request stayed in the batch to be posted,
  // a withdrawal followed it, and the family's undo line did not name the request.
  it('sets apart a request by post not gone when the drop is undone, unprinted or in a downloaded batch, and the print page and Today say it does not go', async () => {
    const today = t.clock.today();
    const postalAddress = { street: 'Postbus 9', postalCode: '1000 AZ', city: 'Amsterdam', country: 'NL' };
    const ziggo = await createProvider(t.admin, { name: 'Ziggo', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    type Listed = { id: string; kind: string; deliveryStatus: string; deliveryText: string | null };
    const lettersOf = async (id: string, kind: string) => ((await anna.api.get(`${API}/contracts/${id}`).expect(200)).body.letters as Listed[]).filter((l) => l.kind === kind);
    const askedBack = async (givenNames: string, reference: string) => {
      const drop = await claimToDrop(anna, givenNames, reference, today, undefined, ziggo);
      await anna.api.post(`${API}/contracts/${drop.contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', claimDropped: true }).expect(200);
      await t.runDue();
      // Every letter before the request posted: the request waits alone.
      await postEverything(anna.api);
      await anna.api.post(`${API}/contracts/${drop.contract.id}/repayment-request`).expect(200);
      await t.runDue();
      return drop;
    };
    const undo = async (id: string) => {
      await anna.api.post(`${API}/contracts/${id}/drop-undone`, { receivedVia: 'phone', toldOn: today }).expect(200);
      await t.runDue();
    };

    // Waiting unprinted: set apart, her letters list says why; no withdrawal; the family reads the request withdrawn.
    const waiting = await askedBack('Piet', 'ZG-P-1');
    expect((await lettersOf(waiting.contract.id, 'repayment_request')).map((l) => l.deliveryStatus)).toEqual(['queued_for_print']);
    await undo(waiting.contract.id);
    expect((await lettersOf(waiting.contract.id, 'repayment_request')).map((l) => [l.deliveryStatus, l.deliveryText])).toEqual([['failed', 'niet verstuurd: de intrekking werd teruggedraaid voordat de brief wegging']]);
    expect(await lettersOf(waiting.contract.id, 'repayment_withdrawn')).toEqual([]);
    expect((await familyTimeline(waiting.family)).map(flat)).toContainEqual(expect.stringContaining('Ons verzoek om de incasso op te schorten loopt weer. Ons verzoek om terugbetaling is ingetrokken.'));

    // In a batch she downloaded and holds: taken out, the batch says so wherever she reads it, and it may not be marked posted.
    await postEverything(anna.api);
    const held = await askedBack('Henk', 'ZG-H-1');
    await anna.api.post(`${API}/print-batches`).expect(200);
    // Her only batch not posted holds the request alone.
    const unposted = ((await anna.api.get(`${API}/print-batches`).expect(200)).body.items as { id: string; letterCount: number; postedAt: string | null }[]).filter((b) => !b.postedAt);
    expect(unposted.map((b) => b.letterCount)).toEqual([1]);
    const batchId = unposted[0].id;
    await anna.api.get(`${API}/print-batches/${batchId}/pdf`).buffer(true).expect(200);
    expect((await lettersOf(held.contract.id, 'repayment_request')).map((l) => l.deliveryStatus)).toEqual(['printed']);
    await undo(held.contract.id);
    expect((await lettersOf(held.contract.id, 'repayment_request')).map((l) => [l.deliveryStatus, l.deliveryText])).toEqual([['failed', 'niet verstuurd: de intrekking werd teruggedraaid voordat de brief wegging']]);
    expect(await lettersOf(held.contract.id, 'repayment_withdrawn')).toEqual([]);
    const warning = 'De intrekking van de vordering van Ziggo is teruggedraaid nadat u deze batch downloadde: download hem opnieuw en print hem opnieuw; de brief aan Ziggo met ons verzoek om terugbetaling gaat niet mee.';
    const batch = ((await anna.api.get(`${API}/print-batches`).expect(200)).body.items as { id: string; sha256: string }[]).find((b) => b.id === batchId)!;
    expect((await anna.api.post(`${API}/print-batches/${batchId}/posted`, { sha256: batch.sha256 }).expect(409)).body.detail).toBe(warning);
    expect(flat((await ownerWeb.get('/app/print').expect(200)).text)).toContain(warning);
    expect(flat((await ownerWeb.get('/app').expect(200)).text)).toContain(warning);
    expect((await anna.api.get(`${API}/print-batches/${batchId}/pdf`).expect(409)).body.detail).toBe('Er is nu niets te printen in deze printbatch: de brief aan Ziggo met ons verzoek om terugbetaling gaat niet mee, want de intrekking van de vordering is teruggedraaid.');
  });

  // repayback: KPN had paid back all of the € 45,00 asked (her receipt recorded) when it said the drop was a mistake: the claim stood,
  // so the estate owes that money to KPN again. Her history, the family's and KPN's withdrawal say so, and that the request is withdrawn;
  // only what was recorded. On main both lines ended at „Ons verzoek om de incasso te stoppen loopt weer" and the letter asked KPN what it paid.
  it('tells her, the family and KPN in the withdrawal that the money KPN already paid back is owed to it again once the drop is undone', async () => {
    const today = t.clock.today();
    const { estate, family, contract } = await claimToDrop(anna, 'Greet', 'KPN-G-1', today);
    await dropAndAskBack(contract.id);
    await paidBackThenUndone(contract.id, 45);
    expect((await ownerTimeline(anna, estate.id)).map(spaced)).toContainEqual(
      expect.stringContaining('Ons verzoek om de incasso op te schorten loopt weer, zoals voor de intrekking. Ons verzoek om terugbetaling van € 45,00 vervalt. KPN had al € 45,00 terugbetaald; dat bedrag is de nalatenschap KPN weer verschuldigd.'),
    );
    expect((await familyTimeline(family)).map(spaced)).toContainEqual(
      expect.stringContaining('Ons verzoek om de incasso op te schorten loopt weer. Ons verzoek om terugbetaling is ingetrokken. KPN had al € 45,00 terugbetaald; dat bedrag is de nalatenschap KPN weer verschuldigd.'),
    );
    // KPN reads it in the withdrawal (the PDF read back), and is not asked what it already paid back.
    await t.runDue();
    const letters = ((await anna.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string }[]).filter((l) => l.kind === 'repayment_withdrawn');
    expect(letters).toHaveLength(1);
    const text = spaced(await letterText(anna.api, letters[0].id));
    const day = spaced(letterDate(today, 'nl'));
    expect(text).toContain(`U heeft al € 45,00 terugbetaald (ontvangen op de rekening van de nalatenschap, laatst op ${day}). Dat bedrag is de nalatenschap u weer verschuldigd.`);
    expect(text).not.toContain('Heeft u al iets terugbetaald');
    // Asked back and nothing received: the request lapses, nothing said owed.
    const none = await claimToDrop(anna, 'Gijs', 'KPN-G-2', today);
    await desk.post(`${API}/provider-desk/requests/${none.contract.id}/collection-stopped`, { claimDropped: true }).expect(200);
    await anna.api.post(`${API}/contracts/${none.contract.id}/repayment-request`).expect(200);
    await anna.api.post(`${API}/contracts/${none.contract.id}/drop-undone`, { receivedVia: 'phone', toldOn: today }).expect(200);
    const lines = (await ownerTimeline(anna, none.estate.id)).map(spaced);
    expect(lines).toContainEqual(expect.stringContaining('Ons verzoek om terugbetaling van € 45,00 vervalt.'));
    expect(lines.join('\n')).not.toContain('terugbetaald; dat bedrag');
  });

  // repaybill: KPN had paid back the € 45,00 asked (her receipt) when it said its drop was a mistake: the estate owes that money to
  // KPN again (repayback), now a bill to pay wherever bills to pay are read; marked paid, it leaves them and the histories say it.
  // On main only the undo's lines said it was owed: no list held it, and nothing could be marked paid.
  it('lists what KPN paid back as a bill to pay once the drop is undone: Today, the contract page, the family\'s card and report, until it is paid', async () => {
    const today = t.clock.today();
    const listed = 'KPN: terugbetaald bedrag van € 45,00 weer verschuldigd (ingetrokken vordering teruggedraaid)';
    const { estate, family, contract } = await claimToDrop(anna, 'Truus', 'KPN-T-1', today);
    await dropAndAskBack(contract.id);
    await paidBackThenUndone(contract.id, 45);
    await t.runDue();

    type Owed = { contractId: string; reference: string; amount: number; finalBill: boolean; repaidAgain: boolean };
    const repaid = (bills: Owed[]) => bills.filter((b) => b.contractId === contract.id && b.repaidAgain).map((b) => ({ amount: b.amount, finalBill: b.finalBill }));
    const todayBills = async () => (await anna.api.get(`${API}/queue`).expect(200)).body.billsToPay as Owed[];
    expect(repaid(await todayBills())).toEqual([{ amount: 45, finalBill: false }]);
    // Today's rows across her estates (another estate's undo may owe KPN such a sum too): this one's among them, until it is paid.
    const todayRows = async () => spaced((await ownerWeb.get('/app').expect(200)).text).split(listed).length - 1;
    const rows = await todayRows();
    expect(rows).toBeGreaterThan(0);
    expect(spaced(await contractPage(contract.id))).toContain('Terugbetaald bedrag van € 45,00 weer verschuldigd (ingetrokken vordering teruggedraaid)');
    // The family's card of what is still to pay (the representative's portal page) and the API under it.
    const code = (await anna.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Rob', relation: 'child', isHeir: true, isRepresentative: true }).expect(201)).body.accessCode as string;
    const familyWeb = request.agent(t.app.getHttpServer());
    await familyWeb.post('/family/login').type('form').send({ code }).expect(303);
    expect(spaced((await familyWeb.get('/family').expect(200)).text)).toContain(listed);
    expect(repaid((await family.get(`${API}/portal/bills-to-pay`).expect(200)).body.items as Owed[])).toEqual([{ amount: 45, finalBill: false }]);
    // The report to the family lists it under what is still to pay from the estate (pdf.js reads the cell's second line after the amount).
    await anna.api.post(`${API}/estates/${estate.id}/progress-report`).expect(202);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const report = ((await family.get(`${API}/portal/letters`).expect(200)).body.items as { id: string; kind: string }[]).find((l) => l.kind === 'progress_report')!;
    const text = flat(await pdfText((await family.get(`${API}/portal/letters/${report.id}/pdf`).buffer(true).parse(binary).expect(200)).body));
    expect(text).toContain('Nog te betalen uit de nalatenschap Organisatie Terugbetaald bedrag Bedrag KPN Terugbetaald bedrag € 45,00 weer verschuldigd (ingetrokken vordering teruggedraaid)');

    // Paid from the estate: off every list, and both histories say what was paid.
    const [bill] = ((await anna.api.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items as Owed[]).filter((b) => b.repaidAgain);
    await anna.api.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: bill.reference, paidOn: today }).expect(201);
    expect(repaid(await todayBills())).toEqual([]);
    expect(await todayRows()).toBe(rows - 1);
    expect(repaid((await family.get(`${API}/portal/bills-to-pay`).expect(200)).body.items as Owed[])).toEqual([]);
    const day = longDate(today, 'nl');
    expect((await ownerTimeline(anna, estate.id)).map(spaced)).toContainEqual(expect.stringContaining(`Het bedrag dat KPN had terugbetaald en dat weer verschuldigd is (ingetrokken vordering teruggedraaid), € 45,00, betaald uit de nalatenschap op ${day}.`));
    expect((await familyTimeline(family)).map(spaced)).toContainEqual(`Het bedrag dat KPN had terugbetaald en dat weer verschuldigd is (ingetrokken vordering teruggedraaid), € 45,00, is betaald op ${day}.`);
    // Paid twice is refused, as any bill paid.
    await anna.api.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: bill.reference, paidOn: today }).expect(409);
  });

  // repaybill: KPN paid back € 20,00 of the € 45,00, said its drop was a mistake (the € 20,00 owed again), dropped the claim again and,
  // asked back anew, paid the € 25,00 it had not: undone again, the estate owes KPN the € 25,00 that came back since, not the € 45,00 all
  // receipts add up to. On main the second undo said „KPN had al € 45,00 terugbetaald" and no list held either sum.
  it('owes again on a second undo only what KPN paid back since the first, never the first receipts twice', async () => {
    const today = t.clock.today();
    const { estate, contract } = await claimToDrop(anna, 'Dirk', 'KPN-D-1', today);
    await dropAndAskBack(contract.id);
    await paidBackThenUndone(contract.id, 20);
    await dropAndAskBack(contract.id);
    await paidBackThenUndone(contract.id, 25);

    const owed = ((await anna.api.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items as { reference: string; amount: number; repaidAgain: boolean }[]).filter((b) => b.repaidAgain);
    expect(owed.map((b) => b.amount).sort()).toEqual([20, 25]);
    expect(new Set(owed.map((b) => b.reference)).size).toBe(2);
    const lines = (await ownerTimeline(anna, estate.id)).map(spaced);
    expect(lines).toContainEqual(expect.stringContaining('KPN had al € 20,00 terugbetaald; dat bedrag is de nalatenschap KPN weer verschuldigd.'));
    expect(lines).toContainEqual(expect.stringContaining('KPN had al € 25,00 terugbetaald; dat bedrag is de nalatenschap KPN weer verschuldigd.'));
    expect(lines.join('\n')).not.toContain('KPN had al € 45,00 terugbetaald');
    // Each is paid by itself.
    for (const b of owed) await anna.api.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: b.reference, paidOn: today }).expect(201);
    expect(((await anna.api.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items as { repaidAgain: boolean }[]).filter((b) => b.repaidAgain)).toEqual([]);
  });

  /**
   * dropday (audit89 F1): KPN wrote on day 1 that it drops the claim; the estate paid the final bill on day 2; the owner recorded
   * KPN's word on day 4 (`toldOn` day 1). Every reader is told day 1, and the payment as made after it, and it is asked back alike.
   */
  it("dates the drop by the day KPN said it, and says a payment made after that as made after it", async () => {
    const day0 = t.clock.today();
    const nl = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const [d1, d2] = [addCalendarDays(day0, 1), addCalendarDays(day0, 2)];
    const { estate, family, contract } = await claimToDrop(anna, 'Tom', 'KPN-T-1');
    await t.runDue(4);
    await anna.api.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'KPN-T-1', paidOn: d2 }).expect(201);
    await anna.api.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'post', answeredBy: 'provider', collection: 'stopped', claimDropped: true, toldOn: d1 }).expect(200);
    const row = `Eindafrekening KPN-T-1: €\u00a045,00 betaald uit de nalatenschap op ${nl(d2)}, nadat KPN op ${nl(d1)} de vordering liet vallen.`;
    expect((await ownerWeb.get('/app').expect(200)).text.replace(/[ \t\r\n]+/g, ' ')).toContain(row);
    const news = (await anna.api.get(`${API}/notifications?limit=50`).expect(200)).body.items as { message: string; contractId: string }[];
    expect(news.filter((n) => n.contractId === contract.id).map((n) => n.message)).toContainEqual(expect.stringContaining(row));
    expect(await contractPage(contract.id)).toContain(`eindafrekening KPN-T-1: €\u00a045,00 betaald uit de nalatenschap op ${nl(d2)}, nadat KPN op ${nl(d1)} de vordering liet vallen; u kunt KPN vragen`);
    expect((await ownerTimeline(anna, estate.id)).join('\n')).toContain(`KPN liet de hele vordering vallen, ook eindafrekening KPN-T-1 (€\u00a045,00), die daarna nog betaald is, op ${nl(d2)};`);
    expect(await familyTimeline(family)).toContainEqual(expect.stringContaining(`KPN liet de hele vordering vallen, ook de eindafrekening van €\u00a045,00, die daarna nog betaald is, op ${nl(d2)};`));

    // Money paid on a claim already dropped is asked back too: the letter says KPN's day and the payment after it.
    const asked = (await anna.api.post(`${API}/contracts/${contract.id}/repayment-request`).expect(200)).body;
    expect(asked).toEqual(expect.objectContaining({ reference: 'KPN-T-1', amount: 45, paidOn: d2, droppedOn: d1, afterDrop: true }));
    expect(await contractPage(contract.id)).toContain('betaald nadat KPN de vordering liet vallen; per brief teruggevraagd op');
    await t.runDue();
    const letters = (await anna.api.get(`${API}/estates/${estate.id}/letters?limit=100`).expect(200)).body.items as { id: string; kind: string }[];
    const text = (await letterText(anna.api, letters.find((l) => l.kind === 'repayment_request')!.id)).replace(/[\s\u00a0]+/g, ' ');
    expect(text).toContain(`U heeft mij op ${nl(d1)} laten weten dat u de hele vordering op het contract`);
    expect(text).toContain(`Daarna is uit de nalatenschap op ${nl(d2)} nog € 45,00 op die eindafrekening betaald.`);
    const ended = (await letterText(anna.api, letters.find((l) => l.kind === 'collection_ended')!.id)).replace(/[\s\u00a0]+/g, ' ');
    expect(ended).toContain(`KPN heeft ons op ${nl(d1)} laten weten dat de hele vordering is ingetrokken, ook eindafrekening KPN-T-1 (€ 45,00) en factuur F-12 (€ 30,00). Die eindafrekening is daarna, op ${nl(d2)}, nog uit de nalatenschap betaald.`);

    // askwords: the family's ask-back line and card, and Today's late row, say it as paid after KPN's word too (on main „die al betaald was").
    expect(await familyTimeline(family)).toContain('KPN liet de vordering vallen; de €\u00a045,00 die daarna nog betaald is, vragen we terug.');
    const card = async () => ((await family.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === contract.id)!.statusText;
    expect(await card()).toMatch(/^KPN liet de vordering vallen; de €\u00a045,00 die daarna nog betaald is, vragen we terug: we vroegen KPN per brief /);
    await t.runDue(15);
    const todayPage = (await ownerWeb.get('/app').expect(200)).text.replace(/[ \t\r\n]+/g, ' ');
    expect(todayPage).toContain(`KPN liet de vordering vallen; de €\u00a045,00 die daarna nog betaald is op eindafrekening KPN-T-1 is op ${nl(asked.askedOn)} per brief teruggevraagd; niet ontvangen — te laat sinds`);
    expect(todayPage).not.toContain('die al betaald was op eindafrekening KPN-T-1');
    // Its reminder is titled a reminder in the archive (on main the first request's „Verzoek tot terugbetaling: …").
    await anna.api.post(`${API}/contracts/${contract.id}/refund-reminder`).expect(200);
    await t.runDue();
    const requests = ((await anna.api.get(`${API}/estates/${estate.id}/letters?limit=100`).expect(200)).body.items as { kind: string; subject: string }[]).filter((l) => l.kind === 'repayment_request');
    expect(requests.map((l) => l.subject.slice(0, l.subject.indexOf(': Mobiel')))).toEqual(['Herinnering: terugbetaling na ingetrokken vordering', 'Verzoek tot terugbetaling: vordering ingetrokken']);
  });

  /** dropday (audit90 G4): € 45,00 paid of a final bill KPN corrected to € 60,00, then the claim dropped: said as a part, not as paid in full. */
  it('says a final bill paid in part as „€ 45,00 van € 60,00" on Today, in the notification and on the contract page', async () => {
    const today = t.clock.today();
    const said = new Date(`${today}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const { estate, family, contract } = await claimToDrop(anna, 'Hans', 'KPN-H-1', today, 60);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/collection-stopped`, { claimDropped: true }).expect(200);
    const part = `€\u00a045,00 van €\u00a060,00 betaald uit de nalatenschap op ${said}, voordat KPN op ${said} de vordering liet vallen`;
    expect((await ownerWeb.get('/app').expect(200)).text.replace(/[ \t\r\n]+/g, ' ')).toContain(`Eindafrekening KPN-H-1: ${part}.`);
    const news = (await anna.api.get(`${API}/notifications?limit=50`).expect(200)).body.items as { message: string; contractId: string }[];
    expect(news.filter((n) => n.contractId === contract.id).map((n) => n.message)).toContainEqual(expect.stringContaining(`Eindafrekening KPN-H-1: ${part}.`));
    expect(await contractPage(contract.id)).toContain(`eindafrekening KPN-H-1: ${part}; u kunt KPN vragen de €\u00a045,00 terug te betalen`);
    expect((await ownerTimeline(anna, estate.id)).join('\n')).toContain(`KPN liet de hele vordering vallen, ook eindafrekening KPN-H-1 (€\u00a060,00), waarvan €\u00a045,00 al betaald was op ${said}; factuur F-12 (€\u00a030,00) ingetrokken;`);
    expect(await familyTimeline(family)).toContainEqual(expect.stringContaining(`KPN liet de hele vordering vallen, ook de eindafrekening van €\u00a060,00, waarvan €\u00a045,00 al betaald was op ${said}; rekening F-12`));
  });
  /**
   * audit90 G5: one drop of a claim with two disputed bills is one piece of news: the family's timeline tells it once, not also each bill
   * withdrawn (on main: „KPN heeft rekening F-12 ingetrokken; ons bezwaar tegen rekening F-13 loopt nog"), and the desk's thread shows no
   * answers it never gave; the owner's history keeps each withdrawal, without a way it came of its own.
   */
  it('tells a drop of two disputed bills once to the family and the desk, as one answer', async () => {
    const { estate, family, contract } = await claimToDrop(anna, 'Tijs', 'KPN-T-1');
    await anna.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-13', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 12.5 }).expect(200);
    await t.runDue();
    const before = (await familyTimeline(family)).length;
    await anna.api.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'post', answeredBy: 'provider', collection: 'stopped', claimDropped: true }).expect(200);
    await t.runDue();
    const told = (await familyTimeline(family)).slice(0, -before || undefined);
    expect(told.filter((line) => line.includes('ingetrokken') && !line.startsWith('We hebben Intrum'))).toEqual([]);
    expect(told.filter((line) => /vordering/.test(line) && !line.startsWith('We hebben Intrum'))).toHaveLength(1);
    const thread = ((await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.thread as { type: string; text: string }[]).filter((i) => i.type === 'answer').map((i) => i.text);
    expect(thread.filter((text) => /withdrew invoice|trok factuur|F-12 in/i.test(text))).toEqual([]);
    const history = await ownerTimeline(anna, estate.id);
    const withdrawn = history.filter((line) => line.includes('F-12') && !line.includes('vordering'));
    expect(withdrawn).not.toEqual([]);
    expect(withdrawn.filter((line) => /ontvangen\./.test(line))).toEqual([]);
  });
});
