import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

type Letter = { id: string; kind: string; status: string };

/**
 * A bill a relative reports waits for the owner: what she typed off it (the number, the amount) reaches the provider
 * only as the owner records it, corrected where she read it wrong.
 */
describe('a bill the family reports, reviewed by the owner', () => {
  let t: TestApp;
  let anna: Session;
  let bert: Session;
  let estateId: string;
  let contractId: string;
  let maria: Session;

  const lettersOfKind = async (kind: string) => ((await anna.get(`${API}/estates/${estateId}/letters`).expect(200)).body.items as Letter[]).filter((l) => l.kind === kind);
  const ownReports = async () => (await maria.get(`${API}/portal/estate`).expect(200)).body.reports.items as { id: string; status: string; decision: string | null }[];
  const familyPage = async () => flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}`).expect(200)).text.replace(/<[^>]+>/g, ' '));
  const timeline = async () => flat(((await anna.get(`${API}/estates/${estateId}/timeline`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary).join('\n'));
  const todayPage = async () => flat((await t.anonymous.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text.replace(/<[^>]+>/g, ' '));
  // Billed in advance for 16 November – 15 December; the contract ended on 30 November.
  const bill = { invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 60, reference: 'F-1O01' };

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
    bert = await t.specialist('Bert Jansen');
    const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    estateId = (await createEstate(anna)).id;
    contractId = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'K-1', action: 'cancel' }).expect(201)).body.id;
    await anna.post(`${API}/contracts/${contractId}/request`).expect(200);
    await anna.post(`${API}/contracts/${contractId}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-R1', effectiveDate: '2026-11-30' }).expect(200);
    await t.runDue();
    const code = (await anna.post(`${API}/estates/${estateId}/family-members`, { name: 'Maria de Vries', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body.accessCode;
    maria = t.as((await t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('starts nothing by itself; the owner records it with the number and amount corrected, and the objection carries hers', async () => {
    const report = await maria.post(`${API}/portal/reports`, { kind: 'invoice_after_end', contractId, message: 'Er kwam nog een rekening van KPN.', ...bill }).expect(201);
    expect(report.body).toMatchObject({ outcome: null, status: 'open', bill });
    expect(report.body.followUp).toEqual({
      nl: 'Uw melding is aangekomen bij Anna de Boer, die de rekening controleert en beslist wat ermee moet gebeuren. U leest het hier.',
      en: 'Your report has reached Anna de Boer, who will check the bill and decide what to do with it. You will read it here.',
    });
    await t.runDue();
    // Nothing went to KPN: no dispute, no objection letter.
    const contract = (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body;
    expect(contract.openDisputes).toEqual([]);
    expect(await lettersOfKind('dispute')).toEqual([]);
    // reportlist: the line names the bill she reported.
    expect(await familyPage()).toContain('Een rekening na de einddatum over KPN (factuurnummer F-1O01, € 60,00) · Anna de Boer controleert deze rekening en beslist wat ermee moet gebeuren.');

    // The owner's Today shows what Maria filled in, and that nothing went out.
    expect((await anna.get(`${API}/family-reports`).expect(200)).body.items).toEqual([expect.objectContaining({ id: report.body.id, bill, outcome: null })]);
    expect(await todayPage()).toContain('Ingevuld door de familie: factuurnummer F-1O01, € 60,00, gedateerd 16 november 2026, over 16 november 2026 tot en met 15 december 2026. Nog niets verstuurd: leg de rekening vast bij het contract als die klopt.');

    // Another owner cannot reach it; a bill up to the end date is refused as when she records one herself.
    await bert.post(`${API}/family-reports/${report.body.id}/bill`, { ...bill, reference: 'F-1001' }).expect(404);
    const payable = await anna.post(`${API}/family-reports/${report.body.id}/bill`, { ...bill, periodTo: '2026-11-30' }).expect(422);
    expect(payable.body.errors).toEqual([{ field: 'periodTo', message: 'must be after the end date 2026-11-30; a bill for the days up to the end date is payable' }]);
    expect(await lettersOfKind('dispute')).toEqual([]);

    // Maria read an O for a 0, and the amount was € 62: Anna records what the bill says.
    const recorded = await anna.post(`${API}/family-reports/${report.body.id}/bill`, { ...bill, reference: 'F-1001', amount: 62 }).expect(200);
    expect(recorded.body.openDisputes.map((d: { reference: string; amount: number }) => [d.reference, d.amount])).toEqual([['F-1001', 62]]);
    await anna.post(`${API}/family-reports/${report.body.id}/bill`, { ...bill, reference: 'F-1001', amount: 62 }).expect(409);
    expect((await anna.get(`${API}/family-reports`).expect(200)).body.items).toEqual([]);
    await t.runDue();
    const [objection] = await lettersOfKind('dispute');
    const text = await letterText(anna, objection.id);
    expect(text).toContain('F-1001');
    expect(text).toContain('62,00');
    expect(text).not.toContain('F-1O01');
    // Her history names the decision: the bill as she recorded it, on the contract as she knows it.
    expect(await timeline()).toContain('Melding afgehandeld (factuur na de einddatum): vastgelegd als rekening F-1001 van KPN — Internet, € 62,00.');

    // Maria reads what Anna decided, in her words: no promise that nothing is to be paid.
    expect(await ownReports()).toEqual([expect.objectContaining({ id: report.body.id, status: 'handled', decision: 'bill_recorded' })]);
    const page = await familyPage();
    // collrest2: where the bill stands now: its objection went, KPN has not answered.
    expect(page).toContain('Anna de Boer heeft de rekening gecontroleerd en vastgelegd bij het contract. Ons bezwaar tegen wat er na de einddatum in rekening is gebracht, is verstuurd; we wachten op het antwoord van KPN.');
  });

  it('marked as nothing to do, with the reason: Maria reads it, nothing reaches KPN', async () => {
    const report = await maria.post(`${API}/portal/reports`, { kind: 'invoice_after_end', contractId, message: 'Weer een rekening van KPN.', ...bill, reference: 'F-2002' }).expect(201);
    // Handled without recording it, the family reads why: a reply is asked for (422 naming it), nothing handled without.
    const unexplained = await anna.post(`${API}/family-reports/${report.body.id}/handle`).expect(422);
    expect(unexplained.body.errors).toEqual([{ field: 'reply', message: 'must tell the family why nothing is done with the bill they reported' }]);
    expect((await anna.get(`${API}/family-reports`).expect(200)).body.items).toEqual([expect.objectContaining({ id: report.body.id })]);
    await anna.post(`${API}/family-reports/${report.body.id}/handle`, { reply: 'Dit is de rekening die al is vastgelegd; KPN heeft ons bezwaar.' }).expect(204);
    await t.runDue();
    expect((await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.openDisputes.map((d: { reference: string }) => d.reference)).toEqual(['F-1001']);
    expect((await ownReports()).find((r) => r.id === report.body.id)).toMatchObject({ status: 'handled', decision: 'nothing_to_do' });
    expect(await familyPage()).toContain('Anna de Boer heeft de rekening bekeken en uw melding afgehandeld. Antwoord van uw vaste contactpersoon: Dit is de rekening die al is vastgelegd; KPN heeft ons bezwaar.');
    // Her own history names the decision: handled without recording the bill, and why.
    expect(await timeline()).toContain('Melding afgehandeld (factuur na de einddatum) zonder de rekening vast te leggen. Antwoord aan de familie: „Dit is de rekening die al is vastgelegd; KPN heeft ons bezwaar.”');
  });

  it('a bill reported without its contract: Today asks which of the estate’s contracts, refuses the choice left empty, and records it on the chosen one; the history names it', async () => {
    const report = (await maria.post(`${API}/portal/reports`, { kind: 'invoice_after_end', message: 'Een rekening, ik weet niet van welk contract.', ...bill, reference: 'F-3003' }).expect(201)).body as { id: string; contractId: string | null };
    expect(report.contractId).toBeNull();
    const today = await todayPage();
    expect(today).toContain('Rekening van welk contract');
    expect(today).toContain('KPN — Internet (K-1)');
    const web = () => anna.post(`/app/family-reports/${report.id}/bill`).set('Cookie', `steward_app=${anna.token}`).type('form');
    const figures = { invoiceDate: bill.invoiceDate, periodFrom: bill.periodFrom, periodTo: bill.periodTo, amount: '60,00', reference: 'F-3003' };
    // Left empty, the choice is named on its form in her words; nothing is recorded, the report stays open.
    const empty = flat((await web().send({ ...figures, contractId: '' }).expect(422)).text.replace(/<[^>]+>/g, ' '));
    expect(empty).toContain('Kies het contract');
    expect((await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.openDisputes.map((d: { reference: string }) => d.reference)).not.toContain('F-3003');
    expect((await anna.get(`${API}/family-reports`).expect(200)).body.items).toEqual([expect.objectContaining({ id: report.id })]);

    await web().send({ ...figures, contractId }).expect(303);
    expect((await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.openDisputes.map((d: { reference: string }) => d.reference)).toContain('F-3003');
    expect((await ownReports()).find((r) => r.id === report.id)).toMatchObject({ status: 'handled', decision: 'bill_recorded' });
    // Her history names what she decided: the bill, the contract as she knows it, the amount.
    expect(await timeline()).toContain('Melding afgehandeld (factuur na de einddatum): vastgelegd als rekening F-3003 van KPN — Internet, € 60,00.');
  });

  // famgap: a bill she reported that Anna records on the contract page herself no longer leaves Maria's report "with the owner".
  it('handles the report when the owner records its bill on the contract herself and names the report: the form names it, Maria reads it recorded; through the API never by itself (famdigest)', async () => {
    const later = { invoiceDate: '2026-11-16', periodFrom: '2026-12-16', periodTo: '2027-01-15', amount: 61.5, reference: 'F-3003' };
    const report = (await maria.post(`${API}/portal/reports`, { kind: 'invoice_after_end', contractId, message: 'Weer een rekening van KPN.', ...later }).expect(201)).body;
    const form = flat((await t.anonymous.get(`/app/contracts/${contractId}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text.replace(/<[^>]+>/g, ' '));
    expect(form).toContain('Beantwoordt deze rekening een melding van de familie?');
    expect(form).toContain('Ja, de melding van Maria de Vries van');
    expect(form).toContain('(F-3003, € 61,50)');
    await anna.post(`${API}/contracts/${contractId}/invoice-after-end`, { ...later, reference: 'F-3OO3', answersReport: report.id }).expect(200);
    expect((await ownReports()).find((r) => r.id === report.id)).toMatchObject({ status: 'handled', decision: 'bill_recorded' });
    expect(await familyPage()).not.toContain('Anna de Boer controleert deze rekening');
    expect(await familyPage()).toContain('heeft de rekening gecontroleerd en vastgelegd bij het contract');
  });

  // audit88 F1: another bill recorded on the contract closed the only waiting report and told Maria hers was recorded.
  it('another bill the owner records leaves the only waiting report open: the form starts unanswered, the API links none it was not given', async () => {
    const reported = { invoiceDate: '2026-11-16', periodFrom: '2027-02-16', periodTo: '2027-03-15', amount: 25, reference: 'F-DEC' };
    const report = (await maria.post(`${API}/portal/reports`, { kind: 'invoice_after_end', contractId, message: 'Nog een rekening van KPN.', ...reported }).expect(201)).body;
    const page = (await t.anonymous.get(`/app/contracts/${contractId}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    const question = page.slice(page.indexOf('name="answersReport"'), page.indexOf('</select>', page.indexOf('name="answersReport"')));
    expect(question).toContain(`<option value="${report.id}">Ja, de melding van Maria de Vries van`);
    // Nothing chosen: the browser shows the first option, which asks.
    expect(question).not.toContain('selected');
    expect(question).toMatch(/^name="answersReport" required>\s*<option value="">Kies of deze rekening een melding beantwoordt<\/option>/);

    await anna.post(`${API}/contracts/${contractId}/invoice-after-end`, { invoiceDate: '2026-11-16', periodFrom: '2027-01-16', periodTo: '2027-02-15', amount: 7.5, reference: 'F-NOV2' }).expect(200);
    expect((await ownReports()).find((r) => r.id === report.id)).toMatchObject({ status: 'open', decision: null });
    expect(await familyPage()).toContain('Een rekening na de einddatum over KPN (factuurnummer F-DEC, € 25,00) · Anna de Boer controleert deze rekening');
    const herTimeline = flat(((await maria.get(`${API}/portal/timeline?limit=50`).expect(200)).body.items as { text: string }[]).map((e) => e.text).join('\n'));
    expect(herTimeline).not.toContain('F-NOV2');
    expect((await anna.get(`${API}/family-reports`).expect(200)).body.items.map((r: { id: string }) => r.id)).toContain(report.id);
  });

});
