import type { ContractContext } from './contract.machine';
import { contractChangeText, contractStatusText, contractStep, type Language } from './status-text';
import { ownerChangeText, ownerStatusText } from './status-text-owner';

/**
 * A bank account is asked blocked with its balance per the date of death, never ended (the letters' `bankAsk`): the family and
 * the owner read that, not "We hebben ING gevraagd het contract te beëindigen" (audit71 F-C).
 */
describe('the words for a bank account say what we asked of the bank', () => {
  const account: ContractContext = { action: 'cancel', providerReference: null, effectiveDate: null, finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 0, lastRejectionReason: null, openInformationRequest: null };
  const bank = { providerName: 'ING', dueDate: '2026-12-28', readsDebts: true, bankAccount: true };
  const expected: Record<Language, Record<'requested' | 'reminded' | 'escalated' | 'change' | 'owner', string>> = {
    nl: {
      requested: 'We hebben ING gevraagd de rekening te blokkeren en ons het saldo op de dag van overlijden door te geven; ING moet uiterlijk 28 december 2026 antwoorden.',
      reminded: 'ING heeft nog niet laten weten of de rekening is geblokkeerd en wat het saldo was op de dag van overlijden. We hebben een herinnering gestuurd; ING moet nu uiterlijk 28 december 2026 antwoorden.',
      escalated: 'ING heeft ook na onze herinnering nog niet laten weten of de rekening is geblokkeerd en wat het saldo was op de dag van overlijden. We hebben een klacht ingediend en houden de zaak nauw in de gaten.',
      change: 'We hebben ING schriftelijk gevraagd de rekening te blokkeren en ons het saldo op de dag van overlijden door te geven.',
      owner: 'Blokkering en saldo gevraagd bij ING, antwoord aanbieder uiterlijk 28 december 2026.',
    },
    en: {
      requested: 'We have asked ING to block the account and tell us the balance on the day of death; ING should answer by 28 December 2026.',
      reminded: 'ING has not yet told us whether the account is blocked and what the balance was on the day of death. We have sent a reminder; ING should now answer by 28 December 2026.',
      escalated: 'ING has still not told us, after our reminder, whether the account is blocked and what the balance was on the day of death. We have filed a complaint and are following it closely.',
      change: 'We asked ING in writing to block the account and tell us the balance on the day of death.',
      owner: 'Block and balance requested from ING, provider\'s answer due by 28 December 2026.',
    },
  };

  it.each(['nl', 'en'] as const)('to the family and the owner (%s)', (lang) => {
    for (const state of ['requested', 'reminded', 'escalated'] as const) expect(contractStatusText(state, account, lang, bank)).toBe(expected[lang][state]);
    expect(contractChangeText(contractStep({ type: 'REQUEST' }, 'ready', 'requested'), account, lang, 'ING', true, { bankAccount: true })).toBe(expected[lang].change);
    expect(ownerStatusText('requested', account, lang, bank)).toBe(expected[lang].owner);
  });

  it.each(['nl', 'en'] as const)('other contracts read as before (%s)', (lang) => {
    const kpn = { ...bank, providerName: 'KPN', bankAccount: false };
    expect(contractStatusText('requested', account, lang, kpn)).toBe(lang === 'nl' ? 'We hebben KPN gevraagd het contract te beëindigen; KPN moet uiterlijk 28 december 2026 antwoorden.' : 'We have asked KPN to end the contract; KPN should answer by 28 December 2026.');
    expect(contractStatusText('reminded', account, lang, kpn)).toMatch(lang === 'nl' ? /^KPN heeft de beëindiging nog niet bevestigd\./ : /^KPN has not yet confirmed the cancellation\./);
    expect(contractStatusText('escalated', account, lang, kpn)).toMatch(lang === 'nl' ? /^KPN heeft ook na onze herinnering de beëindiging niet bevestigd\./ : /^KPN has still not confirmed the cancellation after our reminder\./);
  });
});

/**
 * bankforms (bankdebts' Not done 1): a bank's disputed costs are its costs by their kenmerk in every step told of them — her history and
 * the family's timeline — as on every list of debts (`chargeNl`); on main „Geschil over factuur AB-1 afgewezen door ING …", „… factuur AB-1
 * (€ 3,95) wordt betaald uit de nalatenschap; overige facturen blijven betwist." and „ING wees ons bezwaar tegen rekening AB-1 af.".
 */
describe("the steps of a bank's dispute name its costs, never a factuur or rekening", () => {
  const account: ContractContext = { action: 'cancel', providerReference: null, effectiveDate: null, finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 0, lastRejectionReason: null, disputeRejectionReason: 'Kosten', openDisputes: [], openInformationRequest: null } as ContractContext;
  const bank = { bankAccount: true };
  // The bank held to AB-1; the owner recorded that the estate pays it: the contract returns to the bank's wait for the release, no bill left open.
  const rejected = contractStep({ type: 'DISPUTE_REJECTED', invoiceReference: 'AB-1' }, 'disputed', 'disputeRejected', [], { openDisputes: [] });
  const settled = contractStep({ type: 'DISPUTE_RESOLVED', invoiceReference: 'AB-1', outcome: 'payFromEstate', settled: [{ reference: 'AB-1', amount: 3.95, held: true }] }, 'disputeRejected', 'blocked', [], { openDisputes: [] });
  const withdrawn = contractStep({ type: 'INVOICE_WITHDRAWN', invoiceReference: 'AB-1' }, 'disputed', 'blocked', [], { openDisputes: [] });
  const owner = (step: ReturnType<typeof contractStep>, lang: Language) => ownerChangeText(step, account, lang, 'ING', bank).replace(/\u00a0/g, ' ');
  const family = (step: ReturnType<typeof contractStep>, lang: Language, readsDebts = true) => contractChangeText(step, account, lang, 'ING', readsDebts, bank).replace(/\u00a0/g, ' ');

  it('in her history', () => {
    expect(owner(rejected, 'nl')).toBe('Geschil over kosten met kenmerk AB-1 afgewezen door ING (reden: Kosten).');
    expect(owner(settled, 'nl')).toBe('Geschil met ING afgesloten (door u vastgelegd): kosten met kenmerk AB-1 (€ 3,95) worden betaald uit de nalatenschap.');
    expect(owner(withdrawn, 'nl')).toBe('Kosten met kenmerk AB-1 ingetrokken door ING; geschil gesloten.');
    expect(owner(rejected, 'en')).toBe('Dispute over the charge with reference AB-1 rejected by ING (reason: Kosten).');
    expect(owner(settled, 'en')).toBe('Dispute with ING closed (recorded by you): the charge with reference AB-1 (€3.95) is paid from the estate.');
    expect(owner(withdrawn, 'en')).toBe('ING withdrew the charge with reference AB-1; dispute closed.');
  });

  it("in the family's timeline, to a reader of the debts and to another relative", () => {
    expect(family(rejected, 'nl')).toBe('ING wees ons bezwaar tegen de kosten met kenmerk AB-1 af.');
    expect(family(settled, 'nl')).toBe('ING houdt vast aan de kosten met kenmerk AB-1 (€ 3,95). Deze kosten worden betaald uit de nalatenschap.');
    expect(family(withdrawn, 'nl')).toBe('ING heeft de kosten met kenmerk AB-1 ingetrokken; het bezwaar is afgehandeld.');
    expect(family(rejected, 'en')).toBe('ING rejected our objection to the charge with reference AB-1.');
    expect(family(settled, 'en')).toBe('ING maintains the charge with reference AB-1 (€3.95). This charge will be paid from the estate.');
    expect(family(rejected, 'nl', false)).toBe('ING wees ons bezwaar tegen de kosten af.');
    expect(family(settled, 'nl', false)).toBe('ING houdt vast aan de kosten; die worden betaald uit de nalatenschap.');
    expect(family(withdrawn, 'en', false)).toBe('ING withdrew the charge; the dispute is settled.');
  });

  // dropsrest: a drop of its costs undone names them as their withdrawal did (on main „… dat het factuur AB-1 per vergissing …",
  // „De factuur staat weer open …", and to the family „… rekening AB-1 … die rekening …").
  it('when its drop is undone: her history, the family, and other contracts keep their invoice', () => {
    const undone = (event: object) => contractStep({ type: 'DROP_UNDONE', invoiceReference: 'AB-1', ...event }, 'blocked', 'disputed', [], { openDisputes: [] });
    const onWord = undone({ receivedVia: 'phone', toldOn: '2026-12-09' });
    expect(owner(onWord, 'nl')).toBe('Intrekking teruggedraaid op het woord van ING: ING liet weten dat het de kosten met kenmerk AB-1 per vergissing als ingetrokken had vastgelegd. De kosten staan weer open en worden gevolgd zoals voor de intrekking. Telefonisch ontvangen op 9 december 2026.');
    expect(owner(undone({ byDesk: true }), 'nl')).toBe('Intrekking teruggedraaid door ING: ING meldde per vergissing dat de kosten met kenmerk AB-1 waren ingetrokken. De kosten staan weer open en worden gevolgd zoals voor de intrekking.');
    expect(owner(undone({}), 'nl')).toBe('Intrekking teruggedraaid: ING heeft de kosten met kenmerk AB-1 niet ingetrokken (per vergissing vastgelegd). De kosten staan weer open en worden gevolgd zoals voor de intrekking.');
    expect(owner(onWord, 'en')).toBe("Drop undone on ING's word: ING said it recorded the charge with reference AB-1 as withdrawn by mistake. The charge is open again and followed as before the drop. Received by phone on 9 December 2026.");
    expect(family(onWord, 'nl')).toBe('Eerder schreven we dat ING de kosten met kenmerk AB-1 had ingetrokken. ING liet ons weten dat dat een vergissing was: ING heeft die kosten niet ingetrokken. De kosten staan weer open en we volgen ze zoals daarvoor. Dit werd ons op 9 december 2026 telefonisch doorgegeven.');
    expect(family(undone({}), 'nl', false)).toBe('Eerder schreven we dat ING de kosten had ingetrokken. Dat klopte niet: ING heeft die kosten niet ingetrokken. De kosten staan weer open en we volgen ze zoals daarvoor.');
    expect(family(onWord, 'en')).toBe('We wrote earlier that ING had withdrawn the charge with reference AB-1. ING told us that was a mistake: ING did not withdraw that charge. The charge is open again and we follow it as before. This was passed on to us by phone on 9 December 2026.');
    const kpn = undone({ invoiceReference: 'F-1' });
    expect(ownerChangeText(kpn, account, 'nl', 'KPN')).toBe('Intrekking teruggedraaid: KPN heeft factuur F-1 niet ingetrokken (per vergissing vastgelegd). De factuur staat weer open en wordt gevolgd zoals voor de intrekking.');
    expect(contractChangeText(kpn, account, 'nl', 'KPN', true)).toBe('Eerder schreven we dat KPN rekening F-1 had ingetrokken. Dat klopte niet: KPN heeft die rekening niet ingetrokken. De rekening staat weer open en we volgen die zoals daarvoor.');
  });

  it("other contracts keep their invoice, and a last dispute closed no longer tells of others", () => {
    const kpnSettled = contractStep({ type: 'DISPUTE_RESOLVED', invoiceReference: 'F-1', outcome: 'payFromEstate', settled: [{ reference: 'F-1', amount: 3.95, held: true }] }, 'disputeRejected', 'confirmed', [], { openDisputes: [] });
    expect(ownerChangeText(rejected, account, 'nl', 'KPN')).toBe('Geschil over factuur AB-1 afgewezen door KPN (reden: Kosten).');
    expect(ownerChangeText(kpnSettled, account, 'nl', 'KPN').replace(/\u00a0/g, ' ')).toBe('Geschil met KPN afgesloten (door u vastgelegd): factuur F-1 (€ 3,95) wordt betaald uit de nalatenschap.');
    expect(owner(settled, 'nl')).not.toMatch(/overige|blijven betwist/);
  });
});

/**
 * bankwords3 (bankforms' Not done 3): her history of a correction of a bank's costs names them as its costs, set against the date the bank
 * confirmed; on main „Factuur AB-1 van ING gecorrigeerd: het bedrag van € 3,95 naar € 4,95." and „Geen factuur valt nog na de einddatum …".
 */
describe("bankwords3: a correction of a bank's costs in her history names its costs", () => {
  const account: ContractContext = { action: 'cancel', providerReference: null, effectiveDate: null, finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 0, lastRejectionReason: null, openDisputes: [], openInformationRequest: null } as ContractContext;
  const bank = { bankAccount: true };
  const ab1 = { reference: 'AB-1', invoiceDate: '2026-12-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 4.95, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 4.95 } };
  const corrected = contractStep(
    { type: 'BILL_CORRECTED', invoiceReference: 'AB-1', amount: 4.95, reference: 'AB-1', periodFrom: '2026-12-01', periodTo: '2026-12-31', corrected: [{ field: 'amount', from: 3.95, to: 4.95 }, { field: 'invoiceDate', from: '2026-12-04', to: '2026-12-05' }] },
    'disputed', 'disputed', [], { openDisputes: [ab1] },
  );
  const outOfDispute = contractStep({ type: 'BILL_CORRECTED', invoiceReference: 'AB-1', amount: 3.95, reference: 'AB-1', periodFrom: '2026-11-01', periodTo: '2026-11-30', corrected: [{ field: 'periodTo', from: '2026-12-31', to: '2026-11-30' }] }, 'disputed', 'blocked', [], { openDisputes: [] });
  const dateCorrected = contractStep({ type: 'COMPLETION_CORRECTED', corrected: [] }, 'disputed', 'blocked', [], { openDisputes: [] });
  const owner = (step: ReturnType<typeof contractStep>, lang: Language, words: { bankAccount?: boolean } = bank) => ownerChangeText(step, account, lang, 'ING', words).replace(/\u00a0/g, ' ');

  it('a correction of its figures, and one that took them out of the dispute', () => {
    expect(owner(corrected, 'nl')).toBe('Kosten met kenmerk AB-1 van ING gecorrigeerd: het bedrag van € 3,95 naar € 4,95; de datum van de kosten van 4 december 2026 naar 5 december 2026.');
    expect(owner(corrected, 'en')).toBe('The charge with reference AB-1 from ING corrected: the amount from €3.95 to €4.95; the date of the charge from 4 December 2026 to 5 December 2026.');
    expect(owner(outOfDispute, 'nl')).toMatch(/^Kosten met kenmerk AB-1 van ING gecorrigeerd: de periode .*\. Vallen niet meer na de bevestigde datum: bezwaar ingetrokken, de kosten worden betaald\.$/);
    expect(owner(outOfDispute, 'en')).toMatch(/\. No longer after the confirmed date: objection withdrawn, the charge is paid\.$/);
  });

  it('a corrected confirmation that leaves no costs after the confirmed date', () => {
    expect(owner(dateCorrected, 'nl')).toMatch(/ Geen kosten vallen nog na de bevestigde datum: bezwaar ingetrokken, de kosten worden betaald\.$/);
    expect(owner(dateCorrected, 'en')).toMatch(/ No charge falls after the confirmed date any more: objection withdrawn, the charge is paid\.$/);
  });

  it('another provider keeps its invoice', () => {
    expect(owner(corrected, 'nl', {})).toBe('Factuur AB-1 van ING gecorrigeerd: het bedrag van € 3,95 naar € 4,95; de factuurdatum van 4 december 2026 naar 5 december 2026.');
    expect(owner(dateCorrected, 'nl', {})).toMatch(/ Geen factuur valt nog na de einddatum: bezwaar ingetrokken, de factuur wordt betaald\.$/);
  });
});

/**
 * bankwords3 (bankforms' Not done 2): a relative who does not read the estate's debts reads a bank's dispute with one of its costs held
 * to and another unanswered in words of its costs, without their kenmerk or amount; on main „Ons bezwaar tegen de andere rekening …".
 */
describe("bankwords3: a bank's costs held beside others, to a relative who does not read the debts", () => {
  const ab = (reference: string, held: boolean) => ({ reference, invoiceDate: '2026-12-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 3.95, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 3.95 }, ...(held && { rejectionReason: 'Kosten' }) });
  const held: ContractContext = { action: 'cancel', providerReference: null, effectiveDate: null, finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 2, lastRejectionReason: null, openDisputes: [ab('AB-1', true), ab('AB-2', false)], openInformationRequest: null } as ContractContext;
  const words = { providerName: 'ING', dueDate: '2027-02-19', today: '2027-02-01', readsDebts: false, bankAccount: true };
  const family = (state: 'disputed' | 'disputeRejected' | 'disputeEscalated', lang: Language, w: object = words) => contractStatusText(state, held, lang, w).replace(/\u00a0/g, ' ');

  it.each(['nl', 'en'] as const)('its status names costs, never a rekening or bill (%s)', (lang) => {
    for (const state of ['disputed', 'disputeRejected', 'disputeEscalated'] as const) expect(family(state, lang)).not.toMatch(/rekening|\bbills?\b/);
    expect(family('disputed', 'nl')).toContain('ING houdt vast aan een van de kostenposten waartegen we bezwaar maakten.');
    expect(family('disputed', 'nl')).toContain('Op ons bezwaar tegen de andere kosten verwachten we uiterlijk 19 februari 2027 een reactie van ING.');
    expect(family('disputed', 'en')).toContain('We expect an answer from ING to our objection to the other charge by 19 February 2027.');
    expect(family('disputeRejected', 'nl')).toContain('Ons bezwaar tegen de andere kosten loopt nog.');
    expect(family('disputeEscalated', 'nl')).toContain('Aan de andere kosten houdt ING vast.');
    // Nothing of the heirs' reaches this reader: no kenmerk, no amount.
    expect(family('disputed', lang)).not.toMatch(/AB-|€/);
  });

  it('a step that answered one of them, and another contract as before', () => {
    const withdrawn = contractStep({ type: 'INVOICE_WITHDRAWN', invoiceReference: 'AB-1' }, 'disputeRejected', 'disputed', [], { openDisputes: [ab('AB-2', false)] });
    expect(contractChangeText(withdrawn, held, 'nl', 'ING', false, { bankAccount: true })).toBe('ING heeft een van de kostenposten ingetrokken; ons bezwaar tegen de andere kosten loopt nog.');
    expect(contractChangeText(withdrawn, held, 'en', 'ING', false, { bankAccount: true })).toBe('ING withdrew one of the charges; our objection to the other charge still stands.');
    expect(family('disputed', 'nl', { ...words, bankAccount: false, providerName: 'KPN' })).toContain('tegen de andere rekening');
  });
});

/**
 * bankentries (bankwords3's Not done 2): the heirs read a bank's costs by their kenmerk in the complaint line and beside it, as on
 * every list of debts; on main „ING heeft niet gereageerd op ons bezwaar tegen de kosten AB-2. We hebben een klacht ingediend."
 */
describe("bankentries: the heirs' complaint line names a bank's costs by their kenmerk", () => {
  const ab = (reference: string, held: boolean) => ({ reference, invoiceDate: '2026-12-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 3.95, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 3.95 }, ...(held && { rejectionReason: 'Kosten' }) });
  const held = { action: 'cancel', providerReference: null, effectiveDate: null, finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 2, lastRejectionReason: null, openDisputes: [ab('AB-1', true), ab('AB-2', false)], openInformationRequest: null } as unknown as ContractContext;
  const heirs = { providerName: 'ING', dueDate: '2027-02-19', today: '2027-02-01', readsDebts: true, bankAccount: true };
  const status = (state: 'disputed' | 'disputeEscalated', lang: Language, w: object = heirs) => contractStatusText(state, held, lang, w).replace(/\u00a0/g, ' ');
  const escalated = contractStep({ type: 'ESCALATE' }, 'disputed', 'disputeEscalated');

  it('in Dutch', () => {
    expect(status('disputeEscalated', 'nl')).toMatch(/^ING heeft niet gereageerd op ons bezwaar tegen de kosten met kenmerk AB-2\. We hebben een klacht ingediend\. ING houdt vast aan de kosten met kenmerk AB-1/);
    expect(status('disputed', 'nl')).toContain('tegen de kosten met kenmerk AB-2');
    expect(contractChangeText(escalated, held, 'nl', 'ING', true, { bankAccount: true })).toBe('ING reageerde niet op ons bezwaar tegen de kosten met kenmerk AB-2; we hebben een klacht ingediend.');
    for (const said of [status('disputeEscalated', 'nl'), status('disputed', 'nl')]) expect(said).not.toMatch(/kosten AB-/);
  });

  it('in English, and another provider keeps its bills', () => {
    expect(status('disputeEscalated', 'en')).toMatch(/^ING did not answer our objection to the charge with reference AB-2\. We have filed a complaint\./);
    expect(contractChangeText(escalated, held, 'en', 'ING', true, { bankAccount: true })).toBe('ING did not answer our objection to the charge with reference AB-2; we filed a complaint.');
    expect(status('disputeEscalated', 'nl', { ...heirs, providerName: 'KPN', bankAccount: false })).toContain('KPN heeft niet gereageerd op ons bezwaar tegen rekening AB-2.');
  });
});

/**
 * comlater3 (comlater2's Not done): a bank's part credit on costs Kifid has is its offer in the bank's words — booked back, its costs by
 * their kenmerk — never „Creditnota … factuur"; and the bank holding to those costs tells her she has nothing to decide.
 */
describe("comlater3: a bank's answers on costs the complaints body has", () => {
  const kifid = { body: { nl: 'het Klachteninstituut Financiële Dienstverlening (Kifid)', en: 'the Klachteninstituut Financiële Dienstverlening (Kifid)' }, filedOn: '2026-12-01', caseNumber: null };
  const ab1 = { reference: 'AB-1', invoiceDate: '2026-12-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 10, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 10 }, committee: kifid };
  const account = { action: 'cancel', providerReference: null, effectiveDate: null, finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 1, lastRejectionReason: null, disputeRejectionReason: 'Kosten', openDisputes: [ab1], openInformationRequest: null } as unknown as ContractContext;
  const credited = contractStep({ type: 'CREDIT_NOTE_SENT', invoiceReference: 'AB-1', amount: 4 }, 'withCommittee', 'withCommittee', [], { openDisputes: [{ ...ab1, credited: 4 }] });
  const held = contractStep({ type: 'DISPUTE_REJECTED', invoiceReference: 'AB-1' }, 'withCommittee', 'withCommittee', [], { openDisputes: [{ ...ab1, rejectionReason: 'Kosten' }] });
  const plain = (s: string) => s.replace(/\u00a0/g, ' ');

  it('to the owner, an heir and a relative outside the debts', () => {
    expect(plain(ownerChangeText(credited, account, 'nl', 'ING', { bankAccount: true }))).toBe('ING heeft € 4,00 van de kosten met kenmerk AB-1 teruggeboekt terwijl het Klachteninstituut Financiële Dienstverlening (Kifid) die behandelt: een aanbod, nog € 6,00 betwist. De kosten blijven bij Kifid tot u de uitspraak of een schikking vastlegt: neem het aanbod aan als schikking, of wacht op de uitspraak.');
    expect(plain(ownerChangeText(credited, account, 'en', 'ING', { bankAccount: true }))).toMatch(/^ING booked back €4\.00 of the charge with reference AB-1 while the Klachteninstituut .*: an offer, €6\.00 still disputed\. The charge stays with Kifid until/);
    expect(plain(contractChangeText(credited, account, 'nl', 'ING', true, { bankAccount: true }))).toMatch(/^ING heeft € 4,00 van de kosten met kenmerk AB-1 teruggeboekt terwijl .*; de overige € 6,00 is niet teruggeboekt\. Dat is een aanbod: de kosten blijven bij Kifid tot de uitspraak/);
    expect(plain(contractChangeText(credited, account, 'nl', 'ING', false, { bankAccount: true }))).toMatch(/^ING heeft een deel van de kosten teruggeboekt terwijl .*\. Dat is een aanbod: de kosten blijven/);
    for (const lang of ['nl', 'en'] as const) expect(ownerChangeText(credited, account, lang, 'ING', { bankAccount: true }) + contractChangeText(credited, account, lang, 'ING', true, { bankAccount: true })).not.toMatch(/[Cc]reditnota|[Cc]redit note|factuur|invoice|rekening|bill/);
    expect(ownerChangeText(held, account, 'nl', 'ING', { bankAccount: true })).toBe('ING houdt vast aan de kosten met kenmerk AB-1 (reden: Kosten), die bij het Klachteninstituut Financiële Dienstverlening (Kifid) liggen: u hoeft niets te beslissen, Kifid beslist erover.');
    expect(ownerChangeText(held, account, 'en', 'ING', { bankAccount: true })).toMatch(/which is with the Klachteninstituut .*: nothing for you to decide, Kifid decides on it\.$/);
  });

  it("kifidowner: the owner reads the filing, the status and the decision of a bank's costs as costs, Kifid by name, and no term it has no source for", () => {
    const filed = contractStep({ type: 'COMMITTEE_FILED', invoiceReference: 'AB-1', ...kifid }, 'disputeRejected', 'withCommittee', [], { openDisputes: [ab1] });
    expect(ownerChangeText(filed, account, 'nl', 'ING', { bankAccount: true })).toBe('Geschil over de kosten met kenmerk AB-1 voorgelegd aan het Klachteninstituut Financiële Dienstverlening (Kifid) op 1 december 2026.');
    expect(ownerChangeText(filed, account, 'en', 'ING', { bankAccount: true })).toBe('Dispute about the charge with reference AB-1 filed with the Klachteninstituut Financiële Dienstverlening (Kifid) on 1 December 2026.');
    expect(ownerStatusText('withCommittee', account, 'nl', { providerName: 'ING', bankAccount: true })).toBe('Geschil over de kosten met kenmerk AB-1 ligt bij het Klachteninstituut Financiële Dienstverlening (Kifid) (ingediend op 1 december 2026).');
    expect(ownerStatusText('withCommittee', account, 'en', { providerName: 'ING', bankAccount: true })).toBe('Dispute about the charge with reference AB-1 is with the Klachteninstituut Financiële Dienstverlening (Kifid) (filed on 1 December 2026).');
    const upheld = contractStep({ type: 'DISPUTE_RESOLVED', invoiceReference: 'AB-1', committee: { ...kifid, decision: 'billUpheld', decidedOn: '2027-01-10' } }, 'withCommittee', 'confirmed', [], { openDisputes: [] });
    expect(ownerChangeText(upheld, account, 'nl', 'ING', { bankAccount: true })).toBe('Het Klachteninstituut Financiële Dienstverlening (Kifid) heeft op 10 januari 2027 beslist dat de kosten met kenmerk AB-1 van ING betaald moeten worden; dat gebeurt uit de nalatenschap.');
    expect(ownerChangeText(upheld, account, 'en', 'ING', { bankAccount: true })).toBe('The Klachteninstituut Financiële Dienstverlening (Kifid) decided on 10 January 2027 that the charge with reference AB-1 of ING is to be paid; it is paid from the estate.');
    // An energy supplier's keeps its invoice and the Geschillencommissie's term sentence, as before.
    const energy = { ...account, openDisputes: [{ ...ab1, committee: { ...kifid, body: { nl: 'de Geschillencommissie Energie', en: 'the Energy Disputes Committee' } } }] } as unknown as ContractContext;
    expect(ownerStatusText('withCommittee', energy, 'nl', { providerName: 'Stroomtest' })).toBe('Geschil over factuur AB-1 ligt bij de Geschillencommissie Energie (ingediend op 1 december 2026); de commissie noemt geen termijn voor haar uitspraak.');
    expect(ownerChangeText(upheld, energy, 'nl', 'Stroomtest')).toMatch(/ beslist dat factuur AB-1 van Stroomtest betaald moet worden; dat gebeurt uit de nalatenschap\.$/);
  });

  it("comweb: the family reads the filing and the decision of a bank's costs as costs, Kifid by name, and no term it has no source for", () => {
    const filed = contractStep({ type: 'COMMITTEE_FILED', invoiceReference: 'AB-1', ...kifid }, 'disputeRejected', 'withCommittee', [], { openDisputes: [ab1] });
    expect(contractChangeText(filed, account, 'nl', 'ING', true, { bankAccount: true })).toBe('Ons bezwaar tegen de kosten met kenmerk AB-1 van ING ligt nu bij het Klachteninstituut Financiële Dienstverlening (Kifid) (ingediend op 1 december 2026).');
    expect(contractChangeText(filed, account, 'en', 'ING', true, { bankAccount: true })).toBe('Our objection to the charge with reference AB-1 of ING is now with the Klachteninstituut Financiële Dienstverlening (Kifid) (filed on 1 December 2026).');
    expect(contractChangeText(filed, account, 'nl', 'ING', false, { bankAccount: true })).toBe('Ons bezwaar tegen de kosten van ING ligt nu bij het Klachteninstituut Financiële Dienstverlening (Kifid) (ingediend op 1 december 2026).');
    for (const lang of ['nl', 'en'] as const) expect(contractStatusText('withCommittee', account, lang, { providerName: 'ING', readsDebts: true, bankAccount: true })).not.toMatch(/termijn|term|rekening|bill/);
    const dropped = contractStep({ type: 'DISPUTE_RESOLVED', invoiceReference: 'AB-1', committee: { ...kifid, decision: 'billDropped', decidedOn: '2027-01-10' } }, 'withCommittee', 'confirmed', [], { openDisputes: [] });
    expect(contractChangeText(dropped, account, 'nl', 'ING', true, { bankAccount: true })).toBe('Het Klachteninstituut Financiële Dienstverlening (Kifid) heeft op 10 januari 2027 beslist dat de kosten met kenmerk AB-1 van ING niet betaald hoeven te worden.');
    expect(contractChangeText(dropped, account, 'en', 'ING', true, { bankAccount: true })).toBe('The Klachteninstituut Financiële Dienstverlening (Kifid) decided on 10 January 2027 that the charge with reference AB-1 of ING need not be paid.');
    expect(contractChangeText(dropped, account, 'nl', 'ING', false, { bankAccount: true })).toBe('Het Klachteninstituut Financiële Dienstverlening (Kifid) heeft op 10 januari 2027 beslist dat de kosten van ING niet betaald hoeven te worden.');
  });

  it('a v23 history line of that step keeps what v23 did: it moved the contract on and asked her to decide (stop65mends)', () => {
    const v23 = contractStep({ type: 'DISPUTE_REJECTED', invoiceReference: 'AB-1' }, 'withCommittee', 'disputeRejected', [], { openDisputes: [{ ...ab1, rejectionReason: 'Kosten' }] });
    for (const lang of ['nl', 'en'] as const) expect(ownerChangeText(v23, account, lang, 'ING', { bankAccount: true })).not.toMatch(/niets te beslissen|nothing to decide/);
  });
});
