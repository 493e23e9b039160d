import { Client } from 'pg';
import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, deskWebOf, letterText, providerWithDesk } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { readZip } from '../support/zip';
import { relative } from '../workspace/support';

interface Bill {
  reference: string;
  amount: number;
  finalBill: boolean;
  untilEnd: boolean;
  decidedAt: string;
}

/** v5: the provider's confirmation (end date, reference, final bill) corrected by its desk or by the owner. */
describe("the provider's confirmation can be corrected", () => {
  let t: TestApp;
  let anna: Specialist;
  let db: Client;
  let kpn: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true }));
    ({ provider: kpn, desk } = await providerWithDesk(t, { name: 'KPN', requiredDocuments: [] }));
  });
  afterAll(() => t?.close());

  const contractOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body;
  const entries = async (id: string) => (await db.query('SELECT count(*)::int AS n FROM timeline_entries WHERE contract_id = $1', [id])).rows[0].n as number;
  /** A request of a death on 2 November 2026 (the fixtures' date), asking for 1 December 2026. */
  async function requested(givenNames: string) {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KPN-A1', action: 'cancel', requestedEndDate: '2026-12-01' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    return { id: contract.id as string, estateId: estate.id as string };
  }

  it('takes the desk’s correction with the checks of a confirmation, and desk, owner and family read the corrected date from → to', async () => {
    const contract = await requested('Gerrit');
    const maria = await relative(t, anna, contract.estateId, 'Maria');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-12-01', reference: 'KPN-1' }).expect(200);
    expect((await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.actions).toContain('correct-completion');

    // The same checks as a confirmation: not before the death, not past the five-year bound; nothing changes.
    const early = await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-11-01', reference: 'KPN-1' }).expect(422);
    expect(early.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(early.body.errors.map((e: { field: string }) => e.field)).toEqual(['effectiveDate']);
    const late = await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2099-01-01', reference: 'KPN-1' }).expect(422);
    expect(late.body.errors).toEqual([expect.objectContaining({ field: 'effectiveDate', message: expect.stringContaining('2031-12-01') })]);
    expect((await contractOf(contract.id)).effectiveDate).toBe('2026-12-01');

    // Another provider's desk does not reach it.
    const { desk: ziggo } = await providerWithDesk(t, { name: 'Ziggo', requiredDocuments: [] });
    await ziggo.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2027-01-01', reference: 'KPN-1' }).expect(404);

    const before = await entries(contract.id);
    const corrected = await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2027-01-01', reference: 'KPN-1' }).expect(200);
    const answers = (corrected.body.thread as { type: string; text: string }[]).filter((e) => e.type === 'answer').map((e) => e.text);
    expect(answers.at(-1)).toBe('U corrigeerde de afhandeling: per 1 januari 2027 in plaats van 1 december 2026');
    expect(await entries(contract.id)).toBe(before + 1);
    // The same again changes nothing and writes nothing.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2027-01-01', reference: 'KPN-1' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2027-01-01', reference: 'KPN-1' }).expect(200);
    expect(await entries(contract.id)).toBe(before + 1);

    // The owner: the corrected date, from → to on the timeline, and now later than asked (Today and a notification).
    const seen = await contractOf(contract.id);
    expect(seen).toMatchObject({ state: 'confirmed', effectiveDate: '2027-01-01', endDateNotice: { kind: 'laterThanAsked', asked: '2026-12-01' } });
    expect(seen.statusText).toMatch(/^Beëindiging bevestigd door KPN per 1 januari 2027; /);
    expect(seen.timeline.at(-1).summary).toBe('Internet: Bevestiging van KPN gecorrigeerd: de einddatum van 1 december 2026 naar 1 januari 2027.');
    const today = (await anna.get(`${API}/queue`).expect(200)).body.laterEndDates as { contractId: string; effectiveDate: string }[];
    expect(today.find((l) => l.contractId === contract.id)).toMatchObject({ effectiveDate: '2027-01-01' });
    const ownerNews = (await db.query(`SELECT message FROM notifications WHERE contract_id = $1 AND audience = 'owner'`, [contract.id])).rows.map((r) => r.message);
    expect(ownerNews).toEqual([expect.stringMatching(/^KPN bevestigde 1 januari 2027 als einddatum\. Dat is later dan de datum in ons verzoek \(1 december 2026\)\./)]);

    // The family: told what changed, in its words, and the portal and the progress report state the corrected date.
    await t.runDue();
    const familyNews = (await db.query(`SELECT message, message_en FROM notifications WHERE contract_id = $1 AND audience = 'family' AND topic = 'completion_corrected'`, [contract.id])).rows;
    expect(familyNews).toEqual([{ message: 'KPN: KPN heeft de einddatum gecorrigeerd: 1 januari 2027 in plaats van 1 december 2026.', message_en: 'KPN: KPN corrected the end date: 1 January 2027 instead of 1 December 2026.' }]);
    const timeline = ((await maria.get(`${API}/portal/timeline?limit=50`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(timeline).toContain('KPN heeft de einddatum gecorrigeerd: 1 januari 2027 in plaats van 1 december 2026.');
    const portal = (await maria.get(`${API}/portal/estate`).expect(200)).body;
    expect(portal.contracts.items[0].statusText).toMatch(/^KPN heeft bevestigd dat het contract eindigt op 1 januari 2027\./);
    await anna.post(`${API}/estates/${contract.estateId}/progress-report`).expect(202);
    await t.runDue();
    const report = (await maria.get(`${API}/portal/estate`).expect(200)).body.letters.items.find((l: { kind: string }) => l.kind === 'progress_report');
    const reportText = flat(await pdfText((await maria.get(`${API}/portal/letters/${report.id}/pdf`).buffer(true).parse(binary).expect(200)).body));
    expect(reportText).toContain('1 januari 2027');
  });

  it("the family's dossier states the confirmation as corrected, with the earlier date beside it", async () => {
    const contract = await requested('Truus');
    const maria = await relative(t, anna, contract.estateId, 'Maria');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-12-31', reference: 'KPN-5' }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2027-01-15', reference: 'KPN-5' }).expect(200);

    const dossier = async (lang: string) => {
      const zip = await readZip((await maria.get(`${API}/portal/dossier?lang=${lang}`).buffer(true).parse(binary).expect(200)).body);
      return flat(await pdfText(zip.get(lang === 'en' ? 'Confirmations from providers.pdf' : 'Bevestigingen van aanbieders.pdf')!));
    };
    const nl = await dossier('nl');
    // The first answer stays on the record, marked as no longer standing; the correction says what stands now and what it replaced.
    expect(nl).toMatch(/KPN: contract eindigt op 31 december 2026 \(kenmerk KPN-5\) – later gecorrigeerd/);
    expect(nl).toMatch(/KPN: bevestiging gecorrigeerd: contract eindigt op 15 januari 2027 in plaats van 31 december 2026 \(kenmerk KPN-5\)/);
    expect(nl.indexOf('31 december 2026 (kenmerk')).toBeLessThan(nl.indexOf('bevestiging gecorrigeerd'));
    const en = await dossier('en');
    expect(en).toMatch(/KPN: confirmation corrected: contract ends on 15 January 2027 instead of 31 December 2026 \(reference KPN-5\)/);
  });

  it('takes the desk\'s corrected end date while a bill is disputed (v11), tells the owner what is still after it, and a later dispute letter quotes it', async () => {
    const contract = await requested('Bep');
    const maria = await relative(t, anna, contract.estateId, 'Maria');
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'KPN-2' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-1', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 31 }).expect(200);

    // The provider mistyped 30 November for 5 December and already sent its bill for December: F-1 is disputed from 6 December only.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-12-05', reference: 'KPN-2' }).expect(200);
    const corrected = await contractOf(contract.id);
    expect(corrected).toMatchObject({ state: 'disputed', effectiveDate: '2026-12-05' });
    expect((corrected.openDisputes as { disputed: object }[])[0].disputed).toMatchObject({ from: '2026-12-06', amount: 26 });
    expect((corrected.timeline as { summary: string }[]).at(-1)!.summary).toMatch(/de einddatum van 30 november 2026 naar 5 december 2026\. Nog na de einddatum: factuur F-1 blijft betwist\.$/);
    // The owner's status line and the family's portal state the corrected date.
    expect(corrected.statusText).toContain('5 december 2026');
    expect(corrected.statusText).not.toContain('30 november 2026');
    const portal = ((await maria.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; effectiveDate: string; statusText: string }[]).find((c) => c.id === contract.id)!;
    expect(portal.effectiveDate).toBe('2026-12-05');
    expect(portal.statusText).not.toContain('30 november 2026');

    // Corrected to the end of December, F-1 is owed: the dispute ends and the contract is confirmed again.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-12-31', reference: 'KPN-2' }).expect(200);
    const owed = await contractOf(contract.id);
    expect(owed.state).toBe('confirmed');
    expect((owed.timeline as { summary: string }[]).at(-1)!.summary).toContain('Geen factuur valt nog na de einddatum: bezwaar ingetrokken, de factuur wordt betaald.');

    // The owner records what the provider said on the phone: 5 December after all, with a final bill.
    const fixed = await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-12-05', reference: 'KPN-2', finalInvoiceAmount: 12.5 }).expect(200);
    expect(fixed.body).toMatchObject({ state: 'confirmed', effectiveDate: '2026-12-05', finalInvoiceAmount: 12.5 });
    expect(fixed.body.timeline.at(-1).summary).toMatch(/de einddatum van 31 december 2026 naar 5 december 2026; de eindafrekening vastgelegd \(€\s12,50\)\. Telefonisch ontvangen\.$/);

    // A bill for December is disputed only after 5 December, and its letter says so.
    const bill = await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-2', invoiceDate: '2026-11-21', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 31 }).expect(200);
    expect(bill.body.openDisputes[0].disputed).toMatchObject({ from: '2026-12-06', amount: 26 });
    await t.runDue();
    const letter = ((await contractOf(contract.id)).letters as { id: string; kind: string }[]).filter((l) => l.kind === 'dispute').at(-1)!;
    const text = await letterText(anna, letter.id);
    expect(text).toContain('€ 26,00 in de periode 6 december 2026 tot en met 31 december 2026, na de einddatum');
  });

  it('offers the correction on the desk page and the owner’s contract page, filled in with what is recorded', async () => {
    const contract = await requested('Kees');
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-12-01', reference: 'KPN-3' }).expect(200);
    const page = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(page).toContain('Bevestiging van de aanbieder corrigeren');
    expect(page).toMatch(/name="effectiveDate" type="date" value="2026-12-01"/);
    await anna.post(`/app/contracts/${contract.id}/completion-corrected`).set('Cookie', `steward_app=${anna.token}`).type('form').send({ receivedVia: 'phone', effectiveDate: '2026-12-02', reference: 'KPN-3', finalInvoiceAmount: '' }).expect(303);
    expect((await contractOf(contract.id)).effectiveDate).toBe('2026-12-02');

    const web = await deskWebOf(t, kpn.id, { email: 'desk@kpn.example', name: 'Eva Smit' });
    // The desk's form holds what is recorded now (the owner's correction included), so a typo is mended, not retyped.
    const deskPage = (await web.get(`/desk/requests/${contract.id}`).expect(200)).text;
    expect(deskPage).toContain('Bevestiging corrigeren');
    expect(deskPage).toMatch(/id="cc-date" name="effectiveDate" required type="date" value="2026-12-02"/);
    expect(deskPage).toMatch(/id="cc-ref" name="reference" required value="KPN-3"/);
    expect((await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body).toMatchObject({ effectiveDate: '2026-12-02', yourReference: 'KPN-3', finalInvoiceAmount: null });
    const refused = await web.post(`/desk/requests/${contract.id}/correct-completion`).type('form').send({ effectiveDate: '2026-10-01', reference: 'KPN-3' }).expect(422);
    expect(refused.text).toContain('Bevestiging corrigeren');
    await web.post(`/desk/requests/${contract.id}/correct-completion`).type('form').send({ effectiveDate: '2026-12-03', reference: 'KPN-3' }).expect(303);
    expect((await contractOf(contract.id)).effectiveDate).toBe('2026-12-03');
  });

  it('keeps the recorded final bill when a correction leaves it out; only an explicit null (or an emptied form field) removes it', async () => {
    const contract = await requested('Hendrik');
    const maria = await relative(t, anna, contract.estateId, 'Maria');
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'LS-4470', finalInvoiceAmount: 7.5 }).expect(200);
    await t.runDue();

    // The owner corrects only the reference (by the API) and the desk only the date: the final bill of € 7,50 stays.
    const owner = await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'LS-4471' }).expect(200);
    expect(owner.body).toMatchObject({ finalInvoiceAmount: 7.5 });
    expect(owner.body.timeline.at(-1).summary).not.toContain('eindafrekening');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-12-01', reference: 'LS-4471' }).expect(200);
    expect((await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body).toMatchObject({ effectiveDate: '2026-12-01', finalInvoiceAmount: 7.5 });
    await t.runDue();
    const told = async () => (await db.query(`SELECT message FROM notifications WHERE contract_id = $1 AND audience = 'family' AND topic = 'completion_corrected' ORDER BY created_at`, [contract.id])).rows.map((r) => r.message as string);
    expect((await told()).join(' ')).not.toContain('eindafrekening');
    expect(((await maria.get(`${API}/portal/timeline?limit=50`).expect(200)).body.items as { text: string }[]).map((e) => e.text).join(' ')).not.toContain('geen in plaats van');

    // Both forms show the recorded amount as the form writes money: "7,50", not "7.5".
    const page = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(page).toMatch(/name="finalInvoiceAmount" type="text" value="7,50"/);
    const web = await deskWebOf(t, kpn.id, { email: 'desk2@kpn.example', password: 'desk-password-2', name: 'Jan Smit' });
    expect((await web.get(`/desk/requests/${contract.id}`).expect(200)).text).toMatch(/id="cc-amount" name="finalInvoiceAmount" inputmode="decimal" value="7,50"/);

    // The owner's form sent back as filled in keeps it; an explicit null by the API removes it, and the family is told.
    await anna.post(`/app/contracts/${contract.id}/completion-corrected`).set('Cookie', `steward_app=${anna.token}`).type('form').send({ receivedVia: 'phone', effectiveDate: '2026-12-02', reference: 'LS-4471', finalInvoiceAmount: '7,50' }).expect(303);
    expect((await contractOf(contract.id)).finalInvoiceAmount).toBe(7.5);
    const removed = await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-12-02', reference: 'LS-4471', finalInvoiceAmount: null }).expect(200);
    expect(removed.body.finalInvoiceAmount).toBeNull();
    await t.runDue();
    // Recorded from a phone call: KPN said so, it corrected nothing in its desk (README, receivedvia).
    expect((await told()).at(-1)).toMatch(/^KPN: KPN gaf telefonisch door dat de eindafrekening vervalt \(was €\s7,50\)\.$/);

    // The desk's form with the amount emptied removes it too.
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2026-12-02', reference: 'LS-4471', finalInvoiceAmount: 45.1 }).expect(200);
    await web.post(`/desk/requests/${contract.id}/correct-completion`).type('form').send({ effectiveDate: '2026-12-02', reference: 'LS-4471', finalInvoiceAmount: '' }).expect(303);
    expect((await contractOf(contract.id)).finalInvoiceAmount).toBeNull();
  });

  /**
   * Audit: the desk moved its end date past a bill disputed in part, the owner's timeline said "bezwaar ingetrokken, de
   * factuur wordt betaald", yet the bill left the bills to pay altogether, and the unchanged final bill became owed
   * since the correction. After any correction each bill is owed by what is now recorded, since the day it was first owed.
   */
  describe('the bills to pay after a corrected confirmation', () => {
    const advance = (days: number) => t.admin.post(`${API}/admin/clock`, { advanceDays: days }).expect(200);
    const billsToPay = async (estateId: string) => (await anna.get(`${API}/estates/${estateId}/bills-to-pay`).expect(200)).body.items as Bill[];
    const ownerPage = async (path: string) => flat((await anna.get(path).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
    const portalPage = async (family: Session) => flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${family.token}`).expect(200)).text);
    const day = (at: string) => at.slice(0, 10);
    /** The bills as a reader compares them (the final bill first): which, how much, whether only the part up to the end date, since which day. */
    const shown = (bills: Bill[]) => bills.map((b) => ({ reference: b.reference, amount: b.amount, finalBill: b.finalBill, untilEnd: b.untilEnd, since: day(b.decidedAt) })).sort((a, b) => Number(b.finalBill) - Number(a.finalBill));

    /**
     * The audit's contract: confirmed by the desk (31-12-2026, final bill € 42,10; the first test's clock says 3 December), the
     * owner's bill recorded two days later. The tests share the clock, so each reads its days from it.
     */
    async function withBillDisputedInPart(givenNames: string, version?: number) {
      const estate = await createEstate(anna, { givenNames });
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KPN-S1', action: 'cancel' }).expect(201)).body;
      if (version) await db.query(`UPDATE workflow_instances SET machine_version = $2 WHERE subject_type = 'contract' AND subject_id = $1`, [contract.id, version]);
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await advance(10);
      await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-12-31', reference: 'KPN-SMIT', finalInvoiceAmount: 42.1 }).expect(200);
      const confirmedOn = t.clock.today();
      await advance(2);
      return { id: contract.id as string, estateId: estate.id as string, finalBill: { reference: 'KPN-SMIT', amount: 42.1, finalBill: true, untilEnd: false, since: confirmedOn } };
    }
    const F_SMIT_1 = { reference: 'F-SMIT-1', invoiceDate: '2026-12-05', periodFrom: '2026-12-15', periodTo: '2027-01-14', amount: 31 };

    it("owes the whole bill once the desk's corrected end date covers it, since the day it was first owed, and keeps the final bill's day (v11)", async () => {
      const contract = await withBillDisputedInPart('Smit');
      const maria = await relative(t, anna, contract.estateId, 'Maria');
      await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, F_SMIT_1).expect(200);
      // 17 of its 31 days fall up to 31 December: € 17,00 is owed, the rest disputed.
      expect(shown(await billsToPay(contract.estateId))).toEqual([contract.finalBill, { reference: 'F-SMIT-1', amount: 17, finalBill: false, untilEnd: true, since: '2026-12-05' }]);

      await advance(13);
      await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2027-01-14', reference: 'KPN-SMIT' }).expect(200);
      const after = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
      expect(after.state).toBe('confirmed');
      expect((after.timeline as { summary: string }[]).at(-1)!.summary).toContain('bezwaar ingetrokken, de factuur wordt betaald.');

      // All of F-SMIT-1 is owed, since 5 December; the final bill is unchanged, owed since 3 December.
      const owed = [contract.finalBill, { reference: 'F-SMIT-1', amount: 31, finalBill: false, untilEnd: false, since: '2026-12-05' }];
      expect(shown(await billsToPay(contract.estateId))).toEqual(owed);
      expect(shown((await maria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items)).toEqual(owed);
      const estatePage = await ownerPage(`/app/estates/${contract.estateId}`);
      expect(estatePage).toMatch(/Nog te betalen uit de nalatenschap.*KPN: factuur F-SMIT-1, €.31,00<\/a> <span class=\"muted\">\(5 december 2026\)/);
      expect(estatePage).toMatch(/KPN: eindafrekening \(kenmerk van de aanbieder: KPN-SMIT\), €.42,10<\/a> <span class=\"muted\">\(3 december 2026\)/);
      expect(estatePage).not.toContain('deel tot en met de einddatum');
      // The family is told the objection ended and the bill is paid, as the owner is.
      const told = ((await maria.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
      expect(told).toContainEqual(expect.stringContaining('KPN heeft de einddatum gecorrigeerd: 14 januari 2027 in plaats van 31 december 2026. Daardoor valt er geen rekening meer na de einddatum: het bezwaar is ingetrokken en de rekening wordt betaald uit de nalatenschap.'));
      expect(await portalPage(maria)).toMatch(/Te betalen uit de nalatenschap.*KPN: rekening F-SMIT-1, €.31,00 <span class=\"muted\">\(5 december 2026\)/);

      // Today's list: both still to pay, the final bill first (owed the longest).
      const today = (await anna.get(`${API}/queue`).expect(200)).body.billsToPay as { contractId: string; reference: string; amount: number; owedSince: string }[];
      expect(today.filter((b) => b.contractId === contract.id).map((b) => [b.reference, b.amount, b.owedSince])).toEqual([
        ['KPN-SMIT', 42.1, '2026-12-03'],
        ['F-SMIT-1', 31, '2026-12-05'],
      ]);

      // It is paid like any bill: from 5 December on.
      await anna.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'F-SMIT-1', paidOn: t.clock.today() }).expect(201);
      expect(shown(await billsToPay(contract.estateId))).toEqual([contract.finalBill]);
    });

    // collwho (audit78 DATE-1): a correction of the end date and the reference moved the final bill's day to the correction's.
    it('keeps the final bill owed since the day it became known when a correction renames only its reference, and moves it when the bill changes', async () => {
      const contract = await withBillDisputedInPart('Bakker');
      const maria = await relative(t, anna, contract.estateId, 'Maria');
      await advance(5);
      await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'email', effectiveDate: '2026-12-15', reference: 'KPN-SMIT-B' }).expect(200);
      const renamed = [{ ...contract.finalBill, reference: 'KPN-SMIT-B' }];
      expect(shown(await billsToPay(contract.estateId))).toEqual(renamed);
      expect(shown((await maria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items)).toEqual(renamed);
      const today = (await anna.get(`${API}/queue`).expect(200)).body.billsToPay as { contractId: string; reference: string; owedSince: string }[];
      expect(today.filter((b) => b.contractId === contract.id).map((b) => [b.reference, b.owedSince])).toEqual([['KPN-SMIT-B', contract.finalBill.since]]);

      // The bill itself corrected: owed as it is now, since that correction.
      await advance(1);
      await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'email', effectiveDate: '2026-12-15', reference: 'KPN-SMIT-B', finalInvoiceAmount: 44.5 }).expect(200);
      expect(shown(await billsToPay(contract.estateId))).toEqual([{ ...renamed[0], amount: 44.5, since: t.clock.today() }]);
    });

    it("owes the part still up to the owner's corrected end date, and all of it once a later correction covers it (v11)", async () => {
      const contract = await withBillDisputedInPart('Jansen');
      await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, F_SMIT_1).expect(200);
      const recordedOn = t.clock.today();
      await advance(1);
      // The provider said on the phone: 7 January. 24 of the 31 days are owed; the rest stays disputed.
      await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2027-01-07', reference: 'KPN-SMIT' }).expect(200);
      expect(shown(await billsToPay(contract.estateId))).toEqual([contract.finalBill, { reference: 'F-SMIT-1', amount: 24, finalBill: false, untilEnd: true, since: recordedOn }]);
      await advance(1);
      await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2027-01-31', reference: 'KPN-SMIT' }).expect(200);
      expect(shown(await billsToPay(contract.estateId))).toEqual([contract.finalBill, { reference: 'F-SMIT-1', amount: 31, finalBill: false, untilEnd: false, since: recordedOn }]);
      // A correction of the final bill makes it owed anew, from that day.
      await advance(1);
      await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', effectiveDate: '2027-01-31', reference: 'KPN-SMIT', finalInvoiceAmount: 50 }).expect(200);
      expect(shown(await billsToPay(contract.estateId))).toEqual([{ ...contract.finalBill, amount: 50, since: t.clock.today() }, { reference: 'F-SMIT-1', amount: 31, finalBill: false, untilEnd: false, since: recordedOn }]);
    });

    /**
     * Audit (branch billreturn): a bill disputed in full, all of it after the recorded end date, never came back on the bills
     * to pay once a later end date made it owed. It is owed since that correction (nothing of it was before), in full.
     */
    it('owes a bill disputed in full once a corrected end date covers it, since the correction, until it is paid (v11)', async () => {
      const contract = await withBillDisputedInPart('Bakker');
      const maria = await relative(t, anna, contract.estateId, 'Maria');
      // All 31 days of January fall after 31 December: the whole bill is disputed, nothing of it is owed.
      await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-BAK-1', invoiceDate: t.clock.today(), periodFrom: '2027-01-01', periodTo: '2027-01-31', amount: 31 }).expect(200);
      expect(shown(await billsToPay(contract.estateId))).toEqual([contract.finalBill]);
      expect(shown((await maria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items)).toEqual([contract.finalBill]);

      await advance(4);
      await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2027-01-31', reference: 'KPN-SMIT' }).expect(200);
      const correctedOn = t.clock.today();
      expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('confirmed');
      const owed = [contract.finalBill, { reference: 'F-BAK-1', amount: 31, finalBill: false, untilEnd: false, since: correctedOn }];
      expect(shown(await billsToPay(contract.estateId))).toEqual(owed);
      expect(shown((await maria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items)).toEqual(owed);
      expect(await ownerPage(`/app/estates/${contract.estateId}`)).toMatch(/Nog te betalen uit de nalatenschap.*KPN: factuur F-BAK-1, €.31,00<\/a>/);
      expect(await portalPage(maria)).toMatch(/Te betalen uit de nalatenschap.*KPN: rekening F-BAK-1, €.31,00/);
      // The family is told the objection ended and the bill is paid from the estate, as with a bill disputed in part.
      const told = ((await maria.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
      expect(told).toContainEqual(expect.stringContaining('KPN heeft de einddatum gecorrigeerd: 31 januari 2027 in plaats van 31 december 2026. Daardoor valt er geen rekening meer na de einddatum: het bezwaar is ingetrokken en de rekening wordt betaald uit de nalatenschap.'));
      const today = async () => ((await anna.get(`${API}/queue`).expect(200)).body.billsToPay as { contractId: string; reference: string; amount: number; owedSince: string }[]).filter((b) => b.contractId === contract.id).map((b) => [b.reference, b.amount, b.owedSince]);
      expect(await today()).toEqual([
        ['KPN-SMIT', 42.1, contract.finalBill.since],
        ['F-BAK-1', 31, correctedOn],
      ]);

      // Not paid before it was owed: the day before the correction is refused, naming the field.
      const dayBefore = new Date(Date.parse(`${correctedOn}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      const early = await anna.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'F-BAK-1', paidOn: dayBefore }).expect(422);
      expect(early.body.errors).toEqual([expect.objectContaining({ field: 'paidOn', message: expect.stringContaining(`must not be before ${correctedOn}`) })]);
      // Paid, it leaves the bills to pay and Today, and is listed paid.
      await anna.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'F-BAK-1', paidOn: correctedOn }).expect(201);
      expect(shown(await billsToPay(contract.estateId))).toEqual([contract.finalBill]);
      expect(await today()).toEqual([['KPN-SMIT', 42.1, contract.finalBill.since]]);
      expect(((await maria.get(`${API}/portal/bills-paid`).expect(200)).body.items as { reference: string; amount: number }[]).map((b) => [b.reference, b.amount])).toEqual([['F-BAK-1', 31]]);
    });

    it("keeps the final bill's day when the desk corrects only the end date of a confirmed contract (v10)", async () => {
      const contract = await withBillDisputedInPart('Visser', 10);
      await advance(3);
      await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2027-01-14', reference: 'KPN-SMIT' }).expect(200);
      expect(shown(await billsToPay(contract.estateId))).toEqual([contract.finalBill]);
      await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2027-01-14', reference: 'KPN-SMIT-2' }).expect(200);
      // A new reference names the same bill: still owed since the confirmation (collwho, audit78 DATE-1).
      expect(shown(await billsToPay(contract.estateId))).toEqual([{ ...contract.finalBill, reference: 'KPN-SMIT-2' }]);
    });
  });
});
