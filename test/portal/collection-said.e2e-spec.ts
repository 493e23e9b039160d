import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider, postEverything } from '../support/fixtures';
import { Session, startTestApp } from '../support/test-app';

type Card = { id: string; statusText: string };

/**
 * README collrest2: a collection stop says what really happened, in each reader. The family's card says the stop letter is being
 * prepared until one went, then the day it went; a stop the owner recorded before she was asked who answered (and how) names no one.
 */
describe('a collection stop as it really went', () => {
  let t: Awaited<ReturnType<typeof startApp>>;
  let anna: Session;
  let kpn: { id: string; name: string };
  /** KPN's integration: it answers in its desk. */
  let desk: Session;
  const startApp = () => startTestApp({ dbClient: true });

  beforeAll(async () => {
    t = await startApp();
    anna = await t.specialist('Anna de Boer');
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    desk = t.as((await t.admin.post(`${API}/providers/${kpn.id}/tokens`, { label: 'KPN integration' }).expect(201)).body.token);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A confirmed contract with KPN, in an estate of its own with a relative who reads the estate's debts. */
  const confirmedWithFamily = async (description: string) => {
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description, accountNumber: 'KPN-77', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-R1', effectiveDate: '2026-11-30' }).expect(200);
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    const maria = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    return { estate, contract, maria };
  };

  it("tells the family the stop letter is being prepared, then the day it went, never that we asked before it did", async () => {
    const { estate, contract, maria } = await confirmedWithFamily('Mobiel abonnement');
    const card = async (lang = 'nl') => ((await maria.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as Card[]).find((c) => c.id === contract)!.statusText;
    await anna.post(`${API}/contracts/${contract}/collection-notice`, {
      agency: 'Incassobureau Noord', agencyAddress: { street: 'Postbus 12', postalCode: '9700 AA', city: 'Groningen' }, reference: 'IN-77', amount: 80,
    }).expect(200);
    // Recorded, its letters not made yet: nothing has been asked of anyone.
    expect(await card()).toBe('Er kwam een brief van een incassobureau over het contract bij KPN. We zetten een brief klaar met het verzoek de incasso op te schorten. Uw contactpersoon handelt dit af; u hoeft nu zelf niets te betalen.');
    expect(await card('en')).toBe('A debt-collection letter arrived about the contract with KPN. We are preparing a letter asking for the collection to be suspended. Your contact person is handling it; there is nothing for you to pay for now.');
    expect(await card()).not.toContain('direct gevraagd');
    // The letter to KPN went through its desk; the agency's waits for the post: the day the first went is the day we asked.
    await t.runDue();
    const stopLetters = ((await anna.get(`${API}/estates/${estate.id}/letters?limit=100`).expect(200)).body.items as { kind: string; letterDate: string }[]).filter((l) => l.kind === 'collection_stop');
    expect(stopLetters.length).toBe(2);
    const on = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(stopLetters[0].letterDate));
    const onEn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(stopLetters[0].letterDate));
    expect(await card()).toBe(`Er kwam een brief van een incassobureau over het contract bij KPN. Op ${on} hebben we schriftelijk gevraagd de incasso op te schorten. Uw contactpersoon handelt dit af; u hoeft nu zelf niets te betalen.`);
    expect(await card('en')).toBe(`A debt-collection letter arrived about the contract with KPN. On ${onEn} we asked in writing for the collection to be suspended. Your contact person is handling it; there is nothing for you to pay for now.`);
    await postEverything(anna);
    expect(await card()).toContain(`Op ${on} hebben we schriftelijk gevraagd de incasso op te schorten.`);
    // Answered: the stop is over, the card says where the contract stands now and the history says who answered.
    await anna.post(`${API}/contracts/${contract}/collection-stopped`, { receivedVia: 'email', answeredBy: 'agency', collection: 'suspended' }).expect(200);
    expect(await card()).not.toContain('incasso');
  });

  it('says of a stop the owner recorded before she was asked who answered or how that it was not recorded, in every reader', async () => {
    const { estate, contract, maria } = await confirmedWithFamily('Vaste lijn');
    const report = (await maria.post(`${API}/portal/reports`, { kind: 'collection_letter', contractId: contract, message: 'Een incassobrief.', agency: 'Incassobureau Noord', reference: 'IN-88', amount: 80 }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract}/collection-notice`, { agency: 'Incassobureau Noord', reference: 'IN-88', amount: 80 }).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped' }).expect(200);
    // As it was recorded before receivedvia2 (no way) and collwho (no one). The history is append-only: only this test rewrites it.
    await t.db.query(`ALTER TABLE timeline_entries DISABLE TRIGGER timeline_entries_no_update`);
    await t.db.query(`UPDATE timeline_entries SET details = jsonb_set(details, '{event}', (details -> 'event') - 'receivedVia' - 'answeredBy' - 'agencyName' - 'collection') WHERE contract_id = $1 AND event = 'COLLECTION_STOPPED'`, [contract]);
    await t.db.query(`ALTER TABLE timeline_entries ENABLE TRIGGER timeline_entries_no_update`);

    const owner = async (lang: string) => ((await anna.get(`${API}/contracts/${contract}?lang=${lang}`).expect(200)).body.timeline as { event: string; summary: string }[]).find((e) => e.event === 'COLLECTION_STOPPED')!.summary;
    expect(await owner('nl')).toBe('Vaste lijn: Incasso gestopt; niet vastgelegd is of KPN of het incassobureau dit liet weten.');
    expect(await owner('en')).toBe('Vaste lijn: Collection stopped; it was not recorded whether KPN or the collection agency said so.');
    const family = async (lang: string) => ((await maria.get(`${API}/portal/timeline?lang=${lang}&limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(await family('nl')).toContain('Er is ons laten weten dat de incasso is gestopt; niet vastgelegd is of KPN of het incassobureau dat deed.');
    expect(await family('en')).toContain('We were told that the debt collection has stopped; it was not recorded whether KPN or the collection agency told us.');
    expect((await family('nl')).join('\n')).not.toContain('KPN heeft laten weten dat de incasso');
    const reports = ((await maria.get(`${API}/portal/reports`).expect(200)).body.items as { id: string; stop: { answer: unknown } }[]).find((r) => r.id === report.id)!;
    expect(reports.stop.answer).toEqual({ by: null, suspended: false, dropped: false });
    const page = flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}`).expect(200)).text);
    expect(page).toContain('Er is ons laten weten dat de incasso is gestopt; wie dat deed, is niet vastgelegd.');
    const thread = ((await desk.get(`${API}/provider-desk/requests/${contract}`).expect(200)).body.thread as { event: string; text: string; answeredBy: string | null }[]).filter((i) => i.event === 'COLLECTION_STOPPED');
    expect(thread.map((i) => [i.text, i.answeredBy])).toEqual([['Steward (Anna de Boer) legde vast wat werd doorgegeven, zonder vast te leggen of u of het incassobureau het gaf: De incasso is gestopt', 'notRecorded']]);
    // The provider's own stop given in its desk, which records neither either, stays the provider's.
    const other = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KPN-78', action: 'cancel', confirmDuplicate: true }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${other}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${other}/complete`, { effectiveDate: '2026-11-30', reference: 'KPN-R2' }).expect(200);
    await anna.post(`${API}/contracts/${other}/collection-notice`, { agency: 'Incassobureau Noord', reference: 'IN-89', amount: 40 }).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${other}/collection-stopped`, {}).expect(200);
    const otherOwner = ((await anna.get(`${API}/contracts/${other}`).expect(200)).body.timeline as { event: string; summary: string }[]).find((e) => e.event === 'COLLECTION_STOPPED')!.summary;
    expect(otherOwner).toBe('Internet: Incasso gestopt volgens KPN.');
  });

  it('tells a relative where the bill she reported stands now: its objection waiting, sent, then how the provider ended it', async () => {
    const { contract, maria } = await confirmedWithFamily('Glasvezel');
    const bill = { invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 60, reference: 'F-7001' };
    const report = (await maria.post(`${API}/portal/reports`, { kind: 'invoice_after_end', contractId: contract, message: 'Nog een rekening van KPN.', ...bill }).expect(201)).body as { id: string };
    await anna.post(`${API}/family-reports/${report.id}/bill`, bill).expect(200);
    const line = async (lang = 'nl') => flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}; steward_lang=${lang}`).expect(200)).text);
    const recorded = 'Anna de Boer heeft de rekening gecontroleerd en vastgelegd bij het contract.';
    // Recorded, its objection not made yet: nothing is said to run.
    expect(await line()).toContain(`${recorded} De brief met ons bezwaar aan KPN is nog niet verstuurd.`);
    await t.runDue();
    expect(await line()).toContain(`${recorded} Ons bezwaar tegen wat er na de einddatum in rekening is gebracht, is verstuurd; we wachten op het antwoord van KPN.`);
    // KPN withdrew it in its desk: the line says so, and the API's list carries the standing.
    await desk.post(`${API}/provider-desk/requests/${contract}/invoice-withdrawn`, { invoiceReference: 'F-7001' }).expect(200);
    expect(await line()).toContain(`${recorded} KPN heeft de rekening ingetrokken.`);
    expect(await line()).not.toContain('We maken bij de aanbieder bezwaar');
    expect(await line('en')).toContain('Anna de Boer has checked the bill and recorded it with the contract. KPN has withdrawn the bill.');
    const listed = ((await maria.get(`${API}/portal/reports`).expect(200)).body.items as { id: string; billNow: unknown }[]).find((r) => r.id === report.id);
    expect(listed?.billNow).toEqual({ provider: 'KPN', standing: 'withdrawn', paidOn: null });
  });

  it('follows a reported bill by the bill, not its number: once its objection went, a corrected number still reads as sent', async () => {
    const { contract, maria } = await confirmedWithFamily('Televisie');
    const bill = { invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 60, reference: 'F-7101' };
    const report = (await maria.post(`${API}/portal/reports`, { kind: 'invoice_after_end', contractId: contract, message: 'Nog een rekening van KPN.', ...bill }).expect(201)).body as { id: string };
    await anna.post(`${API}/family-reports/${report.id}/bill`, bill).expect(200);
    await t.runDue();
    // The owner typed the number wrong: KPN's bill is F-7101B. Same bill, same objection, which went under the old number.
    await anna.post(`${API}/contracts/${contract}/bill-corrected`, { ...bill, invoiceReference: 'F-7101', reference: 'F-7101B' }).expect(200);
    const line = async (lang = 'nl') => flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}; steward_lang=${lang}`).expect(200)).text);
    expect(await line()).toContain('Anna de Boer heeft de rekening gecontroleerd en vastgelegd bij het contract. Ons bezwaar tegen wat er na de einddatum in rekening is gebracht, is verstuurd; we wachten op het antwoord van KPN.');
    expect(await line()).not.toContain('nog niet verstuurd');
    const listed = ((await maria.get(`${API}/portal/reports`).expect(200)).body.items as { id: string; billNow: unknown }[]).find((r) => r.id === report.id);
    expect(listed?.billNow).toEqual({ provider: 'KPN', standing: 'open', paidOn: null });
    // Withdrawn under its new number, the line still follows it.
    await desk.post(`${API}/provider-desk/requests/${contract}/invoice-withdrawn`, { invoiceReference: 'F-7101B' }).expect(200);
    expect(await line()).toContain('KPN heeft de rekening ingetrokken.');
  });

  it('reads a dropped claim in her reports: a bill she reported that the owner recorded on the contract reads withdrawn, the collection dropped (collclaim2)', async () => {
    const { contract, maria } = await confirmedWithFamily('Mobiel');
    const bill = { invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30, reference: 'F-21' };
    const billReport = (await maria.post(`${API}/portal/reports`, { kind: 'invoice_after_end', contractId: contract, message: 'Nog een rekening van KPN.', ...bill }).expect(201)).body as { id: string };
    await maria.post(`${API}/portal/reports`, { kind: 'collection_letter', contractId: contract, message: 'Een incassobrief.', agency: 'Intrum', reference: 'INT-21', amount: 75 }).expect(201);
    // The owner records both on the contract's page, not from her report.
    await anna.post(`${API}/contracts/${contract}/invoice-after-end`, bill).expect(200);
    await anna.post(`${API}/contracts/${contract}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: 'INT-21', amount: 75 }).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract}/collection-stopped`, { claimDropped: true }).expect(200);
    const line = async (lang = 'nl') => flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}; steward_lang=${lang}`).expect(200)).text);
    const nl = await line();
    expect(nl).not.toContain('Anna de Boer controleert deze rekening');
    expect(nl).toContain('Anna de Boer heeft de rekening gecontroleerd en vastgelegd bij het contract. KPN heeft de rekening ingetrokken.');
    expect(nl).toContain('KPN heeft laten weten dat het de vordering liet vallen; de incasso is gestopt.');
    expect(await line('en')).toContain('KPN has let us know that it dropped the claim; the collection has stopped.');
    const listed = ((await maria.get(`${API}/portal/reports`).expect(200)).body.items as { id: string; billNow: unknown }[]).find((r) => r.id === billReport.id);
    expect(listed?.billNow).toEqual({ provider: 'KPN', standing: 'withdrawn', paidOn: null });
  });
});
