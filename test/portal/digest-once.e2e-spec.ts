import { API, createEstate, createProvider, providerWithDesk } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * README, famdigest2: the relative's daily e-mail tells each thing once and truly: a bill the owner marked paid from the estate (which
 * bill, paid on which day; only to the readers of the estate's debts; a payment undone the same day not at all), our correction of a
 * confirmed request with the letter that asked the provider to confirm it in one line, and the provider's answer that also corrected
 * the reference as that answer with what else changed.
 */
describe('the daily e-mail tells each thing once and truly (famdigest2)', () => {
  let t: TestApp;
  let anna: Specialist;
  let sink: SmtpSink;

  beforeAll(async () => {
    ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true }));
  });
  afterAll(async () => {
    await t?.close();
  });

  const text = (to: string) => familyDigests(sink, to).at(-1)!.text!.replace(/\u00a0/g, ' ');
  const lines = (mail: string) => mail.split('\n').filter((l) => l.startsWith('- '));

  async function confirmed(estateId: string, provider: Awaited<ReturnType<typeof providerWithDesk>>, description: string, finalInvoiceAmount?: number): Promise<string> {
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.provider.id, description, accountNumber: `${description}-1`, action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await t.runDue();
    await provider.desk.post(`${API}/provider-desk/requests/${contract}/complete`, { effectiveDate: '2026-11-20', reference: 'R-7', ...(finalInvoiceAmount !== undefined && { finalInvoiceAmount }) }).expect(200);
    return contract;
  }

  async function family(estateId: string, suffix: string) {
    const member = async (name: string, relation: string, isHeir: boolean, language: 'nl' | 'en') =>
      (await anna.post(`${API}/estates/${estateId}/family-members`, { name, email: `${name.toLowerCase()}-${suffix}@family.example`, relation, isHeir, isRepresentative: false, language }).expect(201)).body.accessCode as string;
    const riaCode = await member('Ria', 'dochter', true, 'nl');
    await member('Noor', 'daughter', true, 'en');
    // Tom, a grandson and no heir, does not read the estate's debts.
    await member('Tom', 'kleinzoon', false, 'nl');
    return { ria: `ria-${suffix}@family.example`, noor: `noor-${suffix}@family.example`, tom: `tom-${suffix}@family.example`, riaCode };
  }

  /** The relative's portal, signed in with her access code. */
  const portalOf = async (code: string) => t.as((await t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);

  /** Waits for the daily e-mail to `to` beyond the `before` it had, the day already ended (`nextFamilyDigest` for another). */
  async function alsoTo(to: string, before: number): Promise<string> {
    for (let i = 0; i < 300 && familyDigests(sink, to).length <= before; i++) await new Promise((r) => setTimeout(r, 50));
    return familyDigests(sink, to)[before]?.text?.replace(/\u00a0/g, ' ') ?? '';
  }

  it('tells a final bill marked paid from the estate to the readers of its debts, once, and not a payment undone the same day (audit97 F4)', async () => {
    const eneco = await providerWithDesk(t, { name: 'Eneco', requiredDocuments: [], slaBusinessDays: 10 });
    const vitens = await providerWithDesk(t, { name: 'Vitens', requiredDocuments: [], slaBusinessDays: 10 });
    const estate = await createEstate(anna);
    const { ria, noor, tom } = await family(estate.id, 'paid');
    const [stroom, water] = [await confirmed(estate.id, eneco, 'Stroom', 45.5), await confirmed(estate.id, vitens, 'Water', 30)];
    await nextFamilyDigest(t.admin, sink, ria, familyDigests(sink, ria).length);
    expect(text(ria)).toContain('Er staan rekeningen die uit de nalatenschap betaald moeten worden');

    // The owner pays Eneco's final bill; Vitens' she marks paid by mistake and undoes at once.
    const paidOn = t.clock.today();
    await anna.post(`${API}/contracts/${stroom}/bills-paid`, { reference: 'R-7', paidOn }).expect(201);
    await anna.post(`${API}/contracts/${water}/bills-paid`, { reference: 'R-7', paidOn }).expect(201);
    await anna.post(`${API}/contracts/${water}/bills-paid/undo`, { reference: 'R-7' }).expect(200);
    const before = familyDigests(sink, ria).length;
    const riaSaw = await nextFamilyDigest(t.admin, sink, ria, before);
    expect(familyDigests(sink, ria)).toHaveLength(before + 1);
    const paid = lines(riaSaw.replace(/\u00a0/g, ' ')).filter((l) => l.includes('betaald op'));
    expect(paid).toEqual([expect.stringMatching(/^- Eneco: De eindafrekening \(kenmerk R-7\) van Eneco \(€ 45,50\) is betaald op \d{1,2} [a-z]+ 20\d\d\.$/)]);
    expect(riaSaw).not.toContain('Vitens');
    expect(text(noor)).toMatch(/^- Eneco: The final bill \(reference R-7\) from Eneco \(€45\.50\) was paid on \d{1,2} [A-Z][a-z]+ 20\d\d\.$/m);
    // Outside the estate's debts nothing of it: Tom's e-mail, if any, names no payment.
    expect(familyDigests(sink, tom).map((m) => m.text ?? '').join('\n')).not.toMatch(/betaald op/);
  });

  it('tells our correction with its letter in one line, and the answer that also corrected the reference as that answer with what changed (corrcard)', async () => {
    const kpn = await providerWithDesk(t, { name: 'KPN', requiredDocuments: [], slaBusinessDays: 10 });
    const estate = await createEstate(anna);
    const { ria, noor, tom, riaCode } = await family(estate.id, 'corr');
    const internet = await confirmed(estate.id, kpn, 'Internet');
    await nextFamilyDigest(t.admin, sink, ria, familyDigests(sink, ria).length);

    await anna.patch(`${API}/contracts/${internet}`, { requestedEndDate: '2026-11-15', accountNumber: 'INT-NEW-77' }).expect(200);
    await t.runDue();
    await nextFamilyDigest(t.admin, sink, ria, familyDigests(sink, ria).length);
    for (const [to, asked] of [
      [ria, /We hebben KPN op \d+ november 2026 geschreven over de correctie van het klantnummer en de gewenste datum, en KPN gevraagd die te bevestigen\./],
      [tom, /We hebben KPN op \d+ november 2026 geschreven over de correctie van het klantnummer en de gewenste datum, en KPN gevraagd die te bevestigen\./],
      [noor, /On \d+ November 2026 we wrote to KPN about the correction of the customer number and the requested date, and asked KPN to confirm it\./],
    ] as const) {
      const told = lines(text(to)).filter((l) => asked.test(l));
      // One line: the correction (from what to what), then the letter that asks KPN to confirm it.
      expect(told).toHaveLength(1);
      expect(told[0]).toMatch(to === noor ? /^- .*INT-NEW-77\..*15 November 2026\. On \d+ November 2026 we wrote to KPN/ : /^- Het klantnummer bij KPN is gecorrigeerd van Internet-1 naar INT-NEW-77\. De gewenste einddatum bij KPN is ingevuld: 15 november 2026\. We hebben KPN op/);
      expect(lines(text(to)).filter((l) => /correct/.test(l))).toHaveLength(1);
    }

    // KPN answers with the date asked, and a new reference.
    await kpn.desk.post(`${API}/provider-desk/requests/${internet}/correct-completion`, { effectiveDate: '2026-11-15', reference: 'R-8' }).expect(200);
    await t.runDue();
    await nextFamilyDigest(t.admin, sink, ria, familyDigests(sink, ria).length);
    expect(text(ria)).toMatch(/^- KPN: KPN heeft onze correctie \(brief van \d+ november 2026\) bevestigd: de einddatum is nu 15 november 2026; u hoeft hier zelf niets aan te doen\. KPN heeft het kenmerk gecorrigeerd: R-8 in plaats van R-7\.$/m);
    expect(text(noor)).toMatch(/^- KPN: KPN confirmed our correction \(letter of \d+ November 2026\): the end date is now 15 November 2026; you need not do anything\. KPN corrected the reference: R-8 instead of R-7\.$/m);
    expect(text(ria)).not.toContain('heeft de bevestiging gecorrigeerd');
    // digest3: the family's card says the answer and what else it corrected, as the e-mail does.
    const [card] = (await (await portalOf(riaCode)).get(`${API}/portal/estate`).expect(200)).body.contracts.items as { statusText: string }[];
    expect(card.statusText.replace(/\u00a0/g, ' ')).toMatch(/KPN heeft onze correctie \(brief van \d+ november 2026\) bevestigd: de einddatum is nu 15 november 2026; u hoeft hier zelf niets aan te doen\. KPN heeft het kenmerk gecorrigeerd: R-8 in plaats van R-7\.$/);
  });

  it('says a collection only suspended once: the step that says so, then the card without saying it again (digest3)', async () => {
    const nrc = await createProvider(t.admin, { name: 'NRC Opgeschort', category: 'telecom', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const { ria, noor, tom } = await family(estate.id, 'susp');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: nrc.id, description: 'Krant', accountNumber: 'NO-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', reference: 'NO-R', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract}/invoice-after-end`, { invoiceDate: '2026-11-16', amount: 24.99, reference: 'NRC-F-1', periodFrom: '2026-12-01', periodTo: '2026-12-31' }).expect(200);
    await anna.post(`${API}/contracts/${contract}/collection-notice`, { agency: 'Incassobureau Noord', reference: 'INC-77', amount: 64.99 }).expect(200);
    await t.runDue();
    await nextFamilyDigest(t.admin, sink, ria, familyDigests(sink, ria).length);

    // The same day: NRC says the collection is suspended while the objection runs, then holds to its bill (the family's card tells that).
    await anna.post(`${API}/contracts/${contract}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'suspended' }).expect(200);
    await anna.post(`${API}/contracts/${contract}/dispute-answer/dispute_rejected`, { receivedVia: 'email', reason: 'Het abonnement loopt per maand.' }).expect(200);
    await t.runDue();
    const [tomBefore, noorBefore] = [familyDigests(sink, tom).length, familyDigests(sink, noor).length];
    const mails = { [ria]: (await nextFamilyDigest(t.admin, sink, ria, familyDigests(sink, ria).length)).replace(/\u00a0/g, ' '), [tom]: await alsoTo(tom, tomBefore), [noor]: await alsoTo(noor, noorBefore) };
    for (const [to, suspended, restarts] of [[ria, /opgeschort/, /kan weer beginnen/], [tom, /opgeschort/, /kan weer beginnen/], [noor, /suspended/, /can start again/]] as const) {
      const told = lines(mails[to]);
      // Once that it is suspended (the step's line), and once that it can start again (the card's), never twice.
      expect(told.filter((l) => suspended.test(l))).toHaveLength(1);
      expect(told.filter((l) => restarts.test(l))).toHaveLength(1);
      expect(told.join('\n').match(new RegExp(suspended.source, 'g'))).toHaveLength(1);
    }
    // The reader of the debts reads which collection, by its reference and sum; the relative outside them does not.
    expect(mails[ria]).toMatch(/De incasso door Incassobureau Noord \(kenmerk INC-77, € 64,99\) kan weer beginnen\./);
    expect(mails[tom]).toMatch(/De incasso door Incassobureau Noord kan weer beginnen\./);
    expect(mails[noor]).toMatch(/The debt collection by Incassobureau Noord \(reference INC-77, €64\.99\) can start again\./);
  });

  it('leaves a bill the representative marked paid herself out of her own e-mail, and tells it to the other relatives (digest3)', async () => {
    const eneco = await providerWithDesk(t, { name: 'Eneco Zelf', requiredDocuments: [], slaBusinessDays: 10 });
    const vitens = await providerWithDesk(t, { name: 'Vitens Zelf', requiredDocuments: [], slaBusinessDays: 10 });
    const estate = await createEstate(anna);
    const { ria } = await family(estate.id, 'self');
    const mia = 'mia-self@family.example';
    const miaCode = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Mia', email: mia, relation: 'partner', isHeir: true, isRepresentative: true, language: 'nl' }).expect(201)).body.accessCode as string;
    const [stroom, water] = [await confirmed(estate.id, eneco, 'Stroom', 45.5), await confirmed(estate.id, vitens, 'Water', 30)];
    await nextFamilyDigest(t.admin, sink, ria, familyDigests(sink, ria).length);

    // Mia pays Eneco's final bill from the estate's account and marks it paid on the portal; the owner marks Vitens' paid.
    const paidOn = t.clock.today();
    await (await portalOf(miaCode)).post(`${API}/portal/bills-paid`, { contractId: stroom, reference: 'R-7', paidOn }).expect(201);
    await anna.post(`${API}/contracts/${water}/bills-paid`, { reference: 'R-7', paidOn }).expect(201);
    const miaBefore = familyDigests(sink, mia).length;
    const riaSaw = (await nextFamilyDigest(t.admin, sink, ria, familyDigests(sink, ria).length)).replace(/\u00a0/g, ' ');
    expect(lines(riaSaw).filter((l) => l.includes('betaald op'))).toEqual([
      expect.stringMatching(/^- Eneco Zelf: De eindafrekening \(kenmerk R-7\) van Eneco Zelf \(€ 45,50\) is betaald op /),
      expect.stringMatching(/^- Vitens Zelf: De eindafrekening \(kenmerk R-7\) van Vitens Zelf \(€ 30,00\) is betaald op /),
    ]);
    // Her own e-mail tells the owner's payment, not hers.
    const miaSaw = await alsoTo(mia, miaBefore);
    expect(lines(miaSaw).filter((l) => l.includes('betaald op'))).toEqual([expect.stringMatching(/^- Vitens Zelf: /)]);
    expect(miaSaw).not.toContain('Eneco');
  });
});
