import { type ContractContext, type ContractState, contractStep, leftAfterCredit, machines } from './index';
import { FAMILY_WORDING_WITHOUT_DEBTS, contractChangeText, contractNextStep, contractStatusText } from './status-text';
import { LANGUAGES } from './wording';

/** A relative who does not read the estate's debts: the family's words without `readsDebts`. */
const CONTRACT_STATES_EVER = [...new Set(Object.values(machines.contract).flatMap((m) => Object.keys(m.states)))] as ContractState[];
const words = { providerName: 'KPN', dueDate: '2027-02-12' };

/** What names a debt: an amount, a bill's number. */
const DEBT = /€|\bF-\d|\d[.,]\d\d|betalen|verschuldigd|\bpay\b|owed/;

const DECEMBER = { reference: 'F-1', invoiceDate: '2027-01-10', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 15, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 15 } };
const JANUARY = { reference: 'F-2', invoiceDate: '2027-02-10', periodFrom: '2027-01-01', periodTo: '2027-01-31', amount: 20, disputed: { from: '2027-01-01', to: '2027-01-31', days: 31, amount: 20 } };
/** Straddling the end date: only the part after it is disputed, the rest is owed. */
const STRADDLING = { ...DECEMBER, periodFrom: '2026-11-16', amount: 30, disputed: { ...DECEMBER.disputed, amount: 15 } };
const confirmed: ContractContext = {
  action: 'cancel', providerReference: 'KPN-1', effectiveDate: '2026-11-30', finalInvoiceAmount: 12.5, remindersSent: 0, escalations: 0, disputes: 1,
  lastRejectionReason: null, openInformationRequest: null, openDispute: STRADDLING, disputeRejectionReason: null,
};
const CONTEXTS: ContractContext[] = [
  confirmed,
  { ...confirmed, openDispute: undefined, openDisputes: [DECEMBER] },
  { ...confirmed, disputes: 2, openDispute: undefined, openDisputes: [STRADDLING, JANUARY] },
  { ...confirmed, disputes: 2, openDispute: undefined, openDisputes: [{ ...DECEMBER, rejectionReason: 'gebruikt' }, JANUARY] },
  { ...confirmed, disputes: 2, openDispute: undefined, openDisputes: [{ ...DECEMBER, credited: 5 }, JANUARY] },
  { ...confirmed, openDispute: undefined, openDisputes: [{ ...DECEMBER, credited: 5 }] },
  { ...confirmed, action: 'transfer', openDispute: undefined, openDisputes: [STRADDLING] },
  { ...confirmed, finalInvoiceAmount: -15.5, disputes: 0, openDispute: undefined },
];
/** Every step the family's tables word, with every figure a step may record. */
const held = { reference: 'F-1', amount: 14.98, held: true };
const STEPS = CONTEXTS.flatMap((after) => [
  ...Object.keys(FAMILY_WORDING_WITHOUT_DEBTS.steps.byEvent).flatMap((type) =>
    ['confirmed', 'disputed', 'disputeRejected', 'collectionStopRequested'].map((to) =>
      contractStep(
        { type, amount: 14.52, invoiceReference: 'F-1', outcome: 'payFromEstate', settled: [held], reference: 'F-1', periodFrom: '2026-11-01', periodTo: '2026-11-30',
          corrected: type === 'BILL_CORRECTED' ? [{ field: 'amount', from: 60, to: 90 }] : [{ field: 'finalInvoiceAmount', from: 12.5, to: 20 }, { field: 'effectiveDate', from: '2026-11-30', to: '2026-12-31' }] },
        'disputed', to, ['letter'], after,
      ),
    ),
  ),
  ...['alreadyPaid', 'providerWithdrew'].map((outcome) => contractStep({ type: 'DISPUTE_RESOLVED', outcome, settled: [held, { ...held, reference: 'F-2' }] }, 'disputeRejected', 'confirmed')),
  contractStep({ type: 'DEADLINE_PASSED' }, 'disputed', 'disputed', ['letter'], after),
]);

describe("the family's words for a relative who does not read the estate's debts", () => {
  it('has a sentence for every state of every runnable contract machine, in Dutch and English', () => {
    for (const table of [FAMILY_WORDING_WITHOUT_DEBTS.status, FAMILY_WORDING_WITHOUT_DEBTS.next, FAMILY_WORDING_WITHOUT_DEBTS.change]) {
      expect(CONTRACT_STATES_EVER.flatMap((state) => LANGUAGES.filter((lang) => typeof table[state]?.[lang] !== 'function').map((lang) => `${state}/${lang}`))).toEqual([]);
    }
  });

  it('never names an amount, a bill by its number, or what is to be paid: in any state, next step or step', () => {
    for (const lang of LANGUAGES) {
      for (const c of CONTEXTS) {
        for (const state of CONTRACT_STATES_EVER) {
          for (const text of [contractStatusText(state, c, lang, words), contractNextStep(state, c, lang, words)]) {
            expect(text).not.toMatch(DEBT);
            expect(text).not.toMatch(/undefined|null|NaN|\$\{|  /);
          }
        }
      }
      for (const step of STEPS) {
        const text = contractChangeText(step, confirmed, lang, 'KPN');
        expect(text).not.toMatch(DEBT);
        expect(text).not.toMatch(/undefined|null|NaN|\$\{|  /);
        expect(text).toMatch(/^[A-Z].*\.$/);
      }
    }
  });

  it('tells the money a final bill pays back only to a reader of the debts, as recorded: not to whom nor when', () => {
    const refund: ContractContext = { ...confirmed, finalInvoiceAmount: -15.5, disputes: 0, openDispute: undefined };
    const heirs = { ...words, readsDebts: true };
    expect(contractStatusText('confirmed', refund, 'nl', heirs)).toBe(
      'KPN heeft bevestigd dat het contract eindigt op 30 november 2026. KPN betaalt €\u00a015,50 terug. We letten erop dat er daarna geen rekeningen meer komen.',
    );
    expect(contractStatusText('confirmed', refund, 'en', heirs)).toBe('KPN has confirmed that the contract ends on 30 November 2026. KPN will pay back €15.50. We are making sure no bills arrive after that.');
    expect(contractStatusText('confirmed', { ...refund, action: 'transfer' }, 'nl', heirs)).toBe(
      'KPN heeft bevestigd dat het contract per 30 november 2026 op de nieuwe naam staat. KPN betaalt €\u00a015,50 terug. We letten erop dat alles klopt.',
    );
    // A bill to pay is told in the list of bills to pay, not here; no final bill, nothing said.
    for (const finalInvoiceAmount of [12.5, 0, null]) expect(contractStatusText('confirmed', { ...refund, finalInvoiceAmount }, 'nl', heirs)).not.toMatch(/€|terug/);
    expect(contractStatusText('confirmed', refund, 'nl', words)).toBe('KPN heeft bevestigd dat het contract eindigt op 30 november 2026. We letten erop dat er daarna geen rekeningen meer komen.');
  });

  it('tells that a bill came, what we did and how it ended, in true words', () => {
    const [partly] = [{ ...confirmed, openDispute: undefined, openDisputes: [{ ...DECEMBER, credited: 5 }] }];
    expect(contractStatusText('disputed', confirmed, 'nl', words)).toBe('KPN heeft na de einddatum nog een rekening gestuurd. We hebben bezwaar gemaakt en verwachten uiterlijk 12 februari 2027 een reactie.');
    expect(contractStatusText('disputed', confirmed, 'nl', { ...words, readsDebts: true })).toContain('(€\u00a015,00)');
    expect(contractStatusText('disputeRejected', partly, 'nl', words)).toBe('KPN heeft de rekening voor een deel gecrediteerd; de rest staat nog open. Uw contactpersoon beslist hoe we verdergaan en laat het u weten.');
    expect(contractStatusText('disputeRejected', partly, 'en', words)).toBe('KPN has credited part of the bill; the rest is still open. Your contact person decides how we go on and will let you know.');
    // apidoc2: over several bills credited in part, what is still open — no amount for this reader, and no „houdt vast aan de rest".
    const bothPartly = { ...confirmed, openDispute: undefined, openDisputes: [{ ...DECEMBER, credited: 5 }, { ...JANUARY, credited: 8 }] };
    expect(contractStatusText('disputeRejected', bothPartly, 'nl', words)).toBe('KPN heeft de rekeningen voor een deel gecrediteerd; de rest staat nog open. Uw contactpersoon beslist hoe we verdergaan en laat het u weten.');
    expect(contractStatusText('disputeRejected', bothPartly, 'en', words)).toBe('KPN has credited part of the bills; the rest is still open. Your contact person decides how we go on and will let you know.');
    const oneHeld = CONTEXTS[3];
    expect(contractStatusText('disputed', oneHeld, 'nl', words)).toBe(
      'KPN houdt vast aan een van de rekeningen waartegen we bezwaar maakten. Uw contactpersoon beslist hoe we verdergaan en laat het u weten. Op ons bezwaar tegen de andere rekening verwachten we uiterlijk 12 februari 2027 een reactie van KPN.',
    );
    // After the complaint about the unanswered bill, the held one is "the other", never a second "one of the bills".
    expect(contractStatusText('disputeEscalated', oneHeld, 'nl', words)).toBe(
      'KPN heeft niet gereageerd op ons bezwaar tegen een van de rekeningen. We hebben een klacht ingediend. Aan de andere rekening houdt KPN vast. Uw contactpersoon beslist hoe we verdergaan en laat het u weten.',
    );
    expect(contractStatusText('disputeEscalated', CONTEXTS[4], 'en', words)).toBe(
      'KPN did not answer our objection to one of the bills. We have filed a complaint. KPN has credited part of the other bill; the rest is still open. Your contact person decides how we go on and will let you know.',
    );
    const credit = contractStep({ type: 'CREDIT_NOTE_SENT', amount: 15 }, 'disputed', 'confirmed', [], { ...confirmed, openDispute: undefined, openDisputes: [] });
    expect(contractChangeText(credit, confirmed, 'nl', 'KPN')).toBe('KPN heeft de rekening gecrediteerd; het bezwaar is afgehandeld.');
    // The disputed part credited, the part up to the end date left: to pay, said only to readers of the debts (audit).
    expect(leftAfterCredit(STRADDLING, 15)).toBe(15);
    expect(leftAfterCredit({ ...STRADDLING, credited: 5 }, 20)).toBe(5);
    expect(leftAfterCredit(STRADDLING, 30)).toBe(0);
    const creditLeft = contractStep({ type: 'CREDIT_NOTE_SENT', amount: 15, invoiceReference: 'F-1', billLeft: { reference: 'F-1', amount: 15 } }, 'disputed', 'confirmed', [], { ...confirmed, openDispute: undefined, openDisputes: [] });
    expect(contractChangeText(creditLeft, confirmed, 'nl', 'KPN', true)).toBe('KPN heeft €\u00a015,00 gecrediteerd voor rekening F-1; het bezwaar is afgehandeld. €\u00a015,00 blijft te betalen uit de nalatenschap.');
    expect(contractChangeText(creditLeft, confirmed, 'en', 'KPN', true)).toBe('KPN has credited €15.00 for bill F-1; the dispute is settled. €15.00 is still to be paid from the estate.');
    expect(contractChangeText(creditLeft, confirmed, 'nl', 'KPN')).toBe('KPN heeft het betwiste deel van de rekening gecrediteerd; het bezwaar is afgehandeld. De rest van de rekening wordt betaald uit de nalatenschap.');
    const paid = contractStep({ type: 'DISPUTE_RESOLVED', outcome: 'payFromEstate', settled: [held] }, 'disputeRejected', 'confirmed');
    expect(contractChangeText(paid, confirmed, 'nl', 'KPN')).toBe('KPN houdt vast aan de rekening; die wordt betaald uit de nalatenschap.');
    expect(contractChangeText(paid, confirmed, 'nl', 'KPN', true)).toBe('KPN houdt vast aan rekening F-1 (€\u00a014,98). Deze rekening wordt betaald uit de nalatenschap.');
    const bill = contractStep({ type: 'BILL_CORRECTED', reference: 'F-1', corrected: [{ field: 'amount', from: 60, to: 90 }], periodFrom: '2026-11-01', periodTo: '2026-11-30' }, 'disputed', 'confirmed', [], { ...confirmed, openDispute: undefined, openDisputes: [] });
    expect(contractChangeText(bill, confirmed, 'nl', 'KPN')).toBe('De gegevens van de rekening van KPN zijn gecorrigeerd. Die rekening gaat alleen over de tijd tot de einddatum; ons bezwaar ertegen is ingetrokken.');
    const final = (corrected: object[]) => contractStep({ type: 'COMPLETION_CORRECTED', corrected }, 'confirmed', 'confirmed');
    expect(contractChangeText(final([{ field: 'finalInvoiceAmount', from: null, to: 14.5 }]), confirmed, 'nl', 'KPN')).toBe('KPN heeft de eindafrekening gecorrigeerd.');
    expect(contractChangeText(final([{ field: 'effectiveDate', from: '2027-03-01', to: '2027-04-01' }, { field: 'finalInvoiceAmount', from: null, to: 14.5 }]), confirmed, 'nl', 'KPN')).toBe(
      'KPN heeft de einddatum gecorrigeerd: 1 april 2027 in plaats van 1 maart 2027. Ook de eindafrekening is gecorrigeerd.',
    );
  });
});
