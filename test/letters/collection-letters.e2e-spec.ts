import { API, createEstate, createProvider, letterText, TINY_PDF } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * Audit of the letters of later rounds: a debt collector writes about a bill we disputed and the provider
 * credited in part. The collection stops say so; the agency hears of a corrected date of death as the
 * provider does, and of an end date the provider corrected; an end date still to come is told as one. Every letter is read back from its PDF.
 */
describe('collection letters state the dispute on record, and the agency is told a correction', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t?.close());

  type Listed = { id: string; kind: string; status: string; recipient: string; channel: string };
  const lettersOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Listed[];
  const pdfOf = async (letterId: string) => await letterText(anna, letterId);
  const historyOf = async (estateId: string) => ((await anna.get(`${API}/estates/${estateId}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);

  /** A cancellation the provider confirmed for 15 December, with a € 60,00 bill for 26 November – 25 December recorded after it and its dispute sent. */
  async function billedAfterTheEnd(providerName: string, description: string, accountNumber: string, bill: string, finalBill: { finalInvoiceAmount?: number } = {}) {
    const provider = await createProvider(t.admin, { name: providerName, channel: 'portal' });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description, accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    // Today is 23 November 2026; the contract ends on 15 December.
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: `${accountNumber}-R1`, effectiveDate: '2026-12-15', ...finalBill }).expect(200);
    // € 60,00 billed in advance for 26 November – 25 December: the ten days after 15 December are € 20,00.
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: bill, invoiceDate: '2026-11-20', periodFrom: '2026-11-26', periodTo: '2026-12-25', amount: 60 }).expect(200);
    await t.runDue();
    return { provider, estate, contract };
  }

  // stopclaim (audit96 F5): on main the stop compared the claim with the disputed bill alone („€ 78,75 is hoger dan … deze factuur (€ 60,00)").
  it('compares the claim with the disputed bill and the final bill not disputed together, and asks the agency which bills it collects', async () => {
    const { provider, contract } = await billedAfterTheEnd('Stroom Claimtest', 'Stroom', 'S-78', 'F-78', { finalInvoiceAmount: 18.75 });
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-78', amount: 78.75 }).expect(200);
    await t.runDue();
    const stops = (await lettersOf(contract.id)).filter((l) => l.kind === 'collection_stop');
    const toAgency = await pdfOf(stops.find((l) => l.recipient === 'Incasso Noord')!.id);
    expect(toAgency).toContain(`Tegen de eindafrekening van ${provider.name} van € 18,75 (kenmerk S-78-R1) maak ik geen bezwaar.`);
    expect(toAgency).toContain(
      'Het bedrag van uw incassobrief, € 78,75, is hoger dan het bedrag van deze factuur (€ 60,00); met de eindafrekening erbij is dat € 78,75. Wilt u mij laten weten voor welke facturen u incasseert en hoe dat bedrag is opgebouwd',
    );
    const toProvider = await pdfOf(stops.find((l) => l.recipient === provider.name)!.id);
    expect(toProvider).toContain('Het bedrag van de incassobrief, € 78,75, is hoger dan het bedrag van deze factuur (€ 60,00); met de eindafrekening erbij is dat € 78,75. Wilt u mij laten weten welk bedrag u ter incasso heeft gegeven, en waarvoor?');
  });

  it('names the bill, its dispute and the credit to provider and agency, asks about a claim above the bill, and corrects the agency too', async () => {
    const { provider, estate, contract } = await billedAfterTheEnd('KPN Incassotest', 'Internet', 'K-41', 'F-01');
    const dispute = (await lettersOf(contract.id)).find((l) => l.kind === 'dispute')!;
    expect(await pdfOf(dispute.id)).toContain('U heeft mij op 23 november 2026 telefonisch laten weten dat het contract Internet met klantnummer K-41 wordt beëindigd per 15 december 2026.');
    await anna.post(`${API}/contracts/${contract.id}/dispute-answer/credit_note_sent`, { receivedVia: 'phone', amount: 20 }).expect(200);

    // A claim of nothing is no collection: refused, naming the amount, and nothing is recorded.
    const nothing = await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-9', amount: 0 }).expect(400);
    expect(nothing.body.errors.map((e: { field: string }) => e.field)).toEqual(['amount']);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-9', amount: 72.5 }).expect(200);
    await t.runDue();
    const stops = (await lettersOf(contract.id)).filter((l) => l.kind === 'collection_stop');
    expect(stops.map((l) => [l.recipient, l.status])).toEqual([
      [provider.name, 'sent'],
      ['Incasso Noord', 'sent'],
    ]);
    const toProvider = await pdfOf(stops[0].id);
    expect(toProvider).toContain('U heeft mij op 23 november 2026 telefonisch laten weten dat dit contract wordt beëindigd per 15 december 2026.');
    expect(toProvider).toContain(
      'Op 23 november 2026 heb ik bezwaar gemaakt tegen uw factuur F-01 van 20 november 2026, een bedrag van € 60,00. Daarvan valt € 20,00 in de periode 16 december 2026 tot en met 25 december 2026, na de einddatum; dat deel is niet verschuldigd. Tegen het deel tot en met de einddatum, € 40,00, is geen bezwaar gemaakt. U heeft mij op 23 november 2026 telefonisch laten weten dat u € 20,00 van die factuur heeft gecrediteerd.',
    );
    expect(toProvider).toContain('Het bedrag van de incassobrief, € 72,50, is hoger dan het bedrag van deze factuur (€ 60,00). Wilt u mij laten weten welk bedrag u ter incasso heeft gegeven, en waarvoor?');
    const toAgency = await pdfOf(stops[1].id);
    expect(toAgency).toContain(`${provider.name} heeft bevestigd dat dit contract wordt beëindigd per 15 december 2026.`);
    expect(toAgency).toContain(`Op 23 november 2026 heb ik bezwaar gemaakt tegen de factuur van ${provider.name} met nummer F-01 van 20 november 2026, een bedrag van € 60,00.`);
    expect(toAgency).toContain(`${provider.name} heeft € 20,00 van die factuur gecrediteerd.`);
    expect(toAgency).toContain('Het bedrag van uw incassobrief, € 72,50, is hoger dan het bedrag van deze factuur (€ 60,00).');
    expect(toAgency).not.toMatch(/is beëindigd|U heeft bevestigd/);

    // The date of death was a day off: the provider and the agency each get a correction letter.
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-03' } }).expect(200);
    await t.runDue();
    const corrections = (await lettersOf(contract.id)).filter((l) => l.kind === 'correction');
    // The agency by email, as its collection stop went.
    expect(corrections.map((l) => [l.recipient, l.status, l.channel])).toEqual([
      [provider.name, 'sent', 'portal'],
      ['Incasso Noord', 'sent', 'email'],
    ]);
    const providerCorrection = await pdfOf(corrections[0].id);
    // The provider had the old date in the request, the objection and the collection stop: each is named, with what changes.
    expect(providerCorrection).toContain(
      'Mijn verzoek, mijn bezwaar van 23 november 2026 tegen factuur F-01 en mijn brief van 23 november 2026 over de incassobrief van Incasso Noord vermeldden als overlijdensdatum 2 november 2026; de juiste overlijdensdatum is 3 november 2026.',
    );
    expect(providerCorrection).toContain('Mijn brief over de incasso wees op de drie maanden na het overlijden waarin op goederen van de nalatenschap geen verhaal kan worden genomen (artikel 4:185 lid 1 BW); die lopen daardoor tot en met 3 februari 2027.');
    expect(providerCorrection).toContain(
      // While the stop is asked the desk takes no corrected confirmation: the letter asks for a new date by email or letter.
      'U heeft mij op 23 november 2026 telefonisch laten weten dat het contract wordt beëindigd per 15 december 2026. Wilt u dit in uw administratie aanpassen? Verandert de einddatum hierdoor, laat u mij dan de nieuwe datum per e-mail of brief weten: zolang het verzoek om de incasso op te schorten loopt, kunt u de bevestiging niet in het aanbiedersloket corrigeren. Het deel van factuur F-01 dat na de einddatum valt, verandert dan mee. Hoor ik niets van u, dan blijft de einddatum 15 december 2026.',
    );
    // The opening quotes our stop as it was printed (the old date), so the agency finds it; the next sentence corrects it.
    const agencyCorrection = await pdfOf(corrections[1].id);
    expect(agencyCorrection).toContain('Correctie op mijn brief over uw incasso: Internet, klantnummer K-41, van Jan de Vries');
    expect(agencyCorrection).toContain(
      `Op 23 november 2026 heb ik u geschreven naar aanleiding van uw incassobrief met kenmerk INC-9 voor € 72,50 over het contract Internet met klantnummer K-41 bij ${provider.name} van Jan de Vries, overleden op 2 november 2026. Hierbij corrigeer ik een gegeven uit die brief.`,
    );
    expect(agencyCorrection).toContain('Mijn brief vermeldde als overlijdensdatum 2 november 2026; de juiste overlijdensdatum is 3 november 2026.');
    expect(agencyCorrection).toContain('Uw kenmerk: INC-9');
    expect(agencyCorrection).toContain('Mijn brief wees op de drie maanden na het overlijden waarin op goederen van de nalatenschap geen verhaal kan worden genomen (artikel 4:185 lid 1 BW); die lopen daardoor tot en met 3 februari 2027.');
    // A letter to the debt collector is about the estate's debts: a relative who is neither heir nor representative does not read it.
    const code = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Lotte de Vries', relation: 'kleindochter', isHeir: false, isRepresentative: false }).expect(201)).body.accessCode;
    const lotte = t.as((await t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);
    const hers = (await lotte.get(`${API}/portal/letters?limit=100`).expect(200)).body.items as Listed[];
    expect(hers.map((l) => l.id)).toContain(corrections[0].id);
    expect(hers.map((l) => l.id)).not.toContain(corrections[1].id);
    await lotte.get(`${API}/portal/letters/${corrections[1].id}/pdf`).expect(404);
    const timeline = (await anna.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { event: string; summary: string }[];
    expect(timeline.find((e) => e.event === 'estate.corrected')!.summary).toContain(`Er gaat een correctiebrief naar ${provider.name}, Incasso Noord.`);

    // Corrected once more: the agency reads it against the correction it had, not against the first letter.
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-04' } }).expect(200);
    await t.runDue();
    const latest = (await lettersOf(contract.id)).filter((l) => l.kind === 'correction' && l.recipient === 'Incasso Noord');
    expect(latest).toHaveLength(2);
    expect(await pdfOf(latest[1].id)).toContain('Mijn correctie van 23 november 2026 vermeldde als overlijdensdatum 3 november 2026; de juiste overlijdensdatum is 4 november 2026.');
    // The provider's second correction is of the first, which named the objection and the stop already.
    const again = (await lettersOf(contract.id)).filter((l) => l.kind === 'correction' && l.recipient === provider.name);
    expect(await pdfOf(again[1].id)).toContain('Mijn correctie van 23 november 2026 vermeldde als overlijdensdatum 3 november 2026; de juiste overlijdensdatum is 4 november 2026.');
    // A correction the agency's letter did not state (the date of birth) goes to the provider alone.
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfBirth: '1946-05-15' } }).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id)).filter((l) => l.kind === 'correction').map((l) => l.recipient)).toEqual([provider.name, 'Incasso Noord', provider.name, 'Incasso Noord', provider.name]);
  });

  it('tells the provider, in a correction while the collection stop is asked, that the stop still stands with its due date, not that it need do nothing', async () => {
    // The audit's case: KPN was asked to stop the collection; the owner then corrected the account number.
    const { provider, contract } = await billedAfterTheEnd('KPN Stoptest', 'Mobiel', 'K-77', 'F-07');
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Zuid', agencyEmail: 'post@incasso-zuid.example', reference: 'INC-31', amount: 60 }).expect(200);
    await t.runDue();
    const stop = (await lettersOf(contract.id)).find((l) => l.kind === 'collection_stop' && l.recipient === provider.name)!;
    // The date the stop asked its answer by, as it printed it: the correction repeats that one.
    const due = /Wilt u mij dit uiterlijk (\d{1,2} \p{L}+ \d{4}) schriftelijk bevestigen\?/u.exec(await pdfOf(stop.id))![1];
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-78' }).expect(200);
    await t.runDue();
    const correction = (await lettersOf(contract.id)).find((l) => l.kind === 'correction' && l.recipient === provider.name)!;
    const text = await pdfOf(correction.id);
    expect(text).toContain('het juiste klantnummer is K-78.');
    expect(text).toContain(
      `U heeft mij op 23 november 2026 telefonisch laten weten dat het contract wordt beëindigd per 15 december 2026; daaraan verandert niets. Wilt u dit in uw administratie aanpassen? Mijn verzoek van 23 november 2026 om de incasso van Incasso Zuid op te schorten blijft staan; ik zie uw antwoord uiterlijk ${due} tegemoet.`,
    );
    expect(text).not.toContain('Verder hoeft u niets te doen');
  });

  it('tells the owner that an agency named without an address got no stop letter, and to call it', async () => {
    const { provider, estate, contract } = await billedAfterTheEnd('Vodafone Incassotest', 'Mobiel', 'V-3', 'F-03');
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'GGN Incasso', reference: 'GGN-4', amount: 60 }).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id)).filter((l) => l.kind === 'collection_stop').map((l) => l.recipient)).toEqual([provider.name]);
    const timeline = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(timeline).toContainEqual(expect.stringContaining('GGN Incasso kreeg geen brief: er is geen adres of e-mailadres van het incassobureau vastgelegd. Bel GGN Incasso zelf om de incasso te laten stoppen.'));
  });

  it('tells the agency an end date the provider corrected after its collection stop quoted the old one, and the provider nothing', async () => {
    const { provider, contract } = await billedAfterTheEnd('Odido Incassotest', 'Mobiel', 'O-3', 'F-03');
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso West', agencyEmail: 'dossiers@incasso-west.example', reference: 'INC-44', amount: 60 }).expect(200);
    await t.runDue();
    const stop = (await lettersOf(contract.id)).find((l) => l.kind === 'collection_stop' && l.recipient === 'Incasso West')!;
    expect(await pdfOf(stop.id)).toContain(`${provider.name} heeft bevestigd dat dit contract wordt beëindigd per 15 december 2026.`);
    // The agency only suspended its collection: it still collects, so it hears what changes (one told the collection ended does not, audit95 F8).
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'agency', collection: 'suspended', note: 'incasso opgeschort' }).expect(200);

    // The provider mistyped its end date: it corrects it at its desk (v11, the bill still open).
    const desk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-12-10', reference: 'O-3-R1' }).expect(200);
    await t.runDue();
    const corrections = (await lettersOf(contract.id)).filter((l) => l.kind === 'correction');
    // The agency by email, as its stop went; the provider corrected the date itself and gets no letter about it.
    expect(corrections.map((l) => [l.recipient, l.status, l.channel])).toEqual([['Incasso West', 'sent', 'email']]);
    const toAgency = await pdfOf(corrections[0].id);
    // Addressed to the agency about our stop (its date, the date of death), with the old and the new date.
    for (const said of [
      'Correctie op mijn brief over uw incasso: Mobiel, klantnummer O-3, van Jan de Vries',
      `Op 23 november 2026 heb ik u geschreven naar aanleiding van uw incassobrief met kenmerk INC-44 voor € 60,00 over het contract Mobiel met klantnummer O-3 bij ${provider.name} van Jan de Vries, overleden op 2 november 2026. Hierbij corrigeer ik een gegeven uit die brief.`,
      'Mijn brief vermeldde als einddatum 15 december 2026; de juiste einddatum is 10 december 2026.',
      // The bill the stop named, as recorded now: 15 of its 30 days fall after 10 December, € 30,00 instead of € 20,00.
      `Daardoor verandert het deel na de einddatum van de factuur van ${provider.name} die mijn brief noemde:`,
      'Factuur F-03 van 20 november 2026, € 60,00: daarvan valt nu € 30,00 in de periode 11 december 2026 tot en met 25 december 2026, na de einddatum; dat deel is niet verschuldigd. Tegen het deel tot en met de einddatum, € 30,00, bestaat geen bezwaar.',
      'Wilt u dit in uw administratie aanpassen?',
      'Uw kenmerk: INC-44',
    ]) expect(toAgency).toContain(said);
    expect(toAgency).not.toContain('€ 20,00');

    // Corrected once more: the agency reads it against our correction, not against the stop.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-12-12', reference: 'O-3-R1' }).expect(200);
    await t.runDue();
    const again = (await lettersOf(contract.id)).filter((l) => l.kind === 'correction');
    expect(again.map((l) => l.recipient)).toEqual(['Incasso West', 'Incasso West']);
    expect(await pdfOf(again[1].id)).toContain('Mijn correctie van 23 november 2026 vermeldde als einddatum 10 december 2026; de juiste einddatum is 12 december 2026.');
    // A corrected reference alone is the provider's own: the agency's letter did not state it.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-12-12', reference: 'O-3-R2' }).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id)).filter((l) => l.kind === 'correction')).toHaveLength(2);
    // The bill withdrawn, nothing is collected any more: a date corrected after that moves no bill, and the agency hears nothing.
    await anna.post(`${API}/contracts/${contract.id}/dispute-answer/invoice_withdrawn`, { receivedVia: 'phone', invoiceReference: 'F-03' }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-12-11', reference: 'O-3-R2' }).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id)).filter((l) => l.kind === 'correction')).toHaveLength(2);
  });

  // collwho (audit78 CORR-1): "Voor het overige blijft mijn brief ongewijzigd" while the provider's reference our stop quoted changed too.
  it("names the provider's corrected reference in the agency's correction when our stop quoted it with the final bill", async () => {
    const { provider, contract } = await billedAfterTheEnd('Ziggo Kenmerktest', 'Internet', 'K-9', 'F-09');
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'email', effectiveDate: '2026-12-15', reference: 'K-9-R1', finalInvoiceAmount: 12.35 }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Zuid', agencyEmail: 'dossiers@incasso-zuid.example', reference: 'INC-61', amount: 60 }).expect(200);
    await t.runDue();
    const stop = (await lettersOf(contract.id)).find((l) => l.kind === 'collection_stop' && l.recipient === 'Incasso Zuid')!;
    expect(await pdfOf(stop.id)).toContain(`Tegen de eindafrekening van ${provider.name} van € 12,35 (kenmerk K-9-R1) maak ik geen bezwaar.`);
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'email', answeredBy: 'agency', collection: 'suspended' }).expect(200);
    const desk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-12-10', reference: 'K-9-R1B' }).expect(200);
    await t.runDue();
    const [correction] = (await lettersOf(contract.id)).filter((l) => l.kind === 'correction' && l.recipient === 'Incasso Zuid');
    expect(await pdfOf(correction.id)).toContain(`Ook het kenmerk van ${provider.name} is gewijzigd: K-9-R1B in plaats van K-9-R1. Wilt u dit in uw administratie aanpassen? Voor het overige blijft mijn brief ongewijzigd.`);
  });

  it('sends an agency no end-date correction when every bill its stop named is closed, though another bill is open, and tells the owner why', async () => {
    const { provider, estate, contract } = await billedAfterTheEnd('Tele2 Incassotest', 'Mobiel', 'T-3', 'F-03');
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Oost', agencyEmail: 'dossiers@incasso-oost.example', reference: 'INC-51', amount: 60 }).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'incasso gestopt' }).expect(200);
    // A second bill, disputed after the stop went: the stop did not name it. The bill the stop named is withdrawn.
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-04', invoiceDate: '2026-11-22', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 31 }).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/dispute-answer/invoice_withdrawn`, { receivedVia: 'phone', invoiceReference: 'F-03' }).expect(200);

    // The provider corrects its end date while F-04 is open: the agency's stop named only F-03, closed, so it gets no letter.
    const desk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-12-10', reference: 'T-3-R1' }).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id)).filter((l) => l.kind === 'correction')).toEqual([]);
    const timeline = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(timeline).toContainEqual(
      'Mobiel: Geen brief aan Incasso Oost over de gecorrigeerde einddatum 10 december 2026: geen van de facturen die de brief om de incasso op te schorten noemde staat nog open, dus de datum verandert niets aan wat Incasso Oost int.',
    );
  });

  it('tells the agency a corrected bill its collection stop named, against that letter', async () => {
    const { provider, contract } = await billedAfterTheEnd('Ziggo Incassotest', 'Televisie', 'Z-7', 'F-02');
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Zuid', agencyEmail: 'dossiers@incasso-zuid.example', reference: 'INC-12', amount: 60 }).expect(200);
    await t.runDue();

    // The bill was € 66,00, not € 60,00: the provider and the agency, whose collection stop named it, each get a correction.
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { invoiceReference: 'F-02', reference: 'F-02', invoiceDate: '2026-11-20', periodFrom: '2026-11-26', periodTo: '2026-12-25', amount: 66 }).expect(200);
    await t.runDue();
    const corrections = (await lettersOf(contract.id)).filter((l) => l.kind === 'bill_correction');
    expect(corrections.map((l) => [l.recipient, l.status, l.channel])).toEqual([
      [provider.name, 'sent', 'portal'],
      ['Incasso Zuid', 'sent', 'email'],
    ]);
    const toAgency = await pdfOf(corrections[1].id);
    expect(toAgency).toContain('Correctie op mijn brief over uw incasso: Televisie, klantnummer Z-7, van Jan de Vries');
    expect(toAgency).toContain(`Hierbij corrigeer ik een gegeven uit die brief over de factuur van ${provider.name} met nummer F-02.`);
    expect(toAgency).toContain('Mijn brief vermeldde als bedrag € 60,00; het juiste bedrag is € 66,00.');
    expect(toAgency).toContain('valt daarvan € 22,00 in de periode 16 december 2026 tot en met 25 december 2026, na de einddatum.');
    expect(toAgency).toContain('Uw kenmerk: INC-12');
    // The provider's own correction is said against its objection, as before.
    expect(await pdfOf(corrections[0].id)).toContain('Mijn bezwaar vermeldde als bedrag € 60,00; het juiste bedrag is € 66,00.');
    // The provider's desk shows its own correction in the thread, never the agency's letter (it reads the collection's particulars, not our letter to the agency).
    const desk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    const thread = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.thread as { letterId?: string }[];
    const letterIds = thread.map((entry) => entry.letterId);
    expect(letterIds).toContain(corrections[0].id);
    expect(letterIds).not.toContain(corrections[1].id);
  });
  it('sends no bill correction to an agency whose collection the provider stopped: it was asked to close its dossier (audit95 F2)', async () => {
    const { provider, estate, contract } = await billedAfterTheEnd('Delta Incassotest', 'Glasvezel', 'D-7', 'F-05');
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso West', agencyEmail: 'dossiers@incasso-west.example', reference: 'INC-77', amount: 60 }).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'incasso gestopt' }).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id)).filter((l) => l.kind === 'collection_ended').map((l) => [l.recipient, l.status])).toEqual([['Incasso West', 'sent']]);

    // The bill was € 66,00, not € 60,00: the provider, whose objection still runs, gets a correction; the agency, whose file is closed, none.
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { invoiceReference: 'F-05', reference: 'F-05', invoiceDate: '2026-11-20', periodFrom: '2026-11-26', periodTo: '2026-12-25', amount: 66 }).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id)).filter((l) => l.kind === 'bill_correction').map((l) => [l.recipient, l.status])).toEqual([[provider.name, 'sent']]);
    // reportmoney: the owner's history says why the agency got none.
    expect(await historyOf(estate.id)).toContainEqual('Glasvezel: Geen brief aan Incasso West over de correctie van factuur F-05: Incasso West kreeg al bericht dat de incasso is beëindigd.');
  });

  it('sends no end-date correction to an agency whose collection the provider stopped, though the bill its stop named is still open, and tells the owner why (audit95 F8)', async () => {
    const { provider, estate, contract } = await billedAfterTheEnd('Simyo Incassotest', 'Thuis', 'S-8', 'F-06');
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Midden', agencyEmail: 'dossiers@incasso-midden.example', reference: 'INC-88', amount: 60 }).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'incasso gestopt' }).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id)).filter((l) => l.kind === 'collection_ended').map((l) => [l.recipient, l.status])).toEqual([['Incasso Midden', 'sent']]);

    // The provider corrects its end date while F-06, which the stop named, is still disputed: the provider corrected it itself, the agency's file is closed.
    const desk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/correct-completion`, { effectiveDate: '2026-12-10', reference: 'S-8-R1' }).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id)).filter((l) => l.kind === 'correction')).toEqual([]);
    expect(await historyOf(estate.id)).toContainEqual('Thuis: Geen brief aan Incasso Midden over de gecorrigeerde einddatum 10 december 2026: Incasso Midden kreeg al bericht dat de incasso is beëindigd.');
  });
});
