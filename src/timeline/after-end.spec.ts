import { contractStep, type ContractContext } from '../../workflows';
import { familyStepText, ownerStepText } from './after-end';

/** The owner's word on two bills for December, wholly after the end date, the provider held to: the estate pays them (`payFromEstate`), or they were paid already. */
const decided = (outcome: string) =>
  contractStep({ type: 'DISPUTE_RESOLVED', outcome, settled: [{ reference: 'F-01', amount: 24.98, held: true, disputed: 24.98 }, { reference: 'F-02', amount: 31, held: true, disputed: 31 }] }, 'disputeRejected', 'confirmed', [], { openDisputes: [] });
const context = { action: 'cancel' } as ContractContext;

describe('a decision that the estate pays bills for time after the end date, as each reader reads it', () => {
  it('tells the heirs which bills are for time after the end date, and another relative without their numbers', () => {
    expect(familyStepText(decided('payFromEstate'), context, 'nl', 'KPN', true)).toMatch(/Rekeningen F-01 en F-02 gaan over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch worden betaald\.$/);
    expect(familyStepText(decided('payFromEstate'), context, 'en', 'KPN', true)).toMatch(/Bills F-01 and F-02 are for time after the end date; your contact person decided they are to be paid after all\.$/);
    const unpriced = familyStepText(decided('payFromEstate'), context, 'nl', 'KPN', false);
    expect(unpriced).toMatch(/Die rekeningen gaan over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch worden betaald\.$/);
    expect(unpriced).not.toMatch(/F-0|€/);
    expect(familyStepText(decided('payFromEstate'), context, 'en', 'KPN', false)).toMatch(/Those bills are for time after the end date; your contact person decided they are to be paid after all\.$/);
  });

  it("adds to the owner's words of the step that its bills are for time after the end date", () => {
    expect(ownerStepText('Geschil met KPN afgesloten.', decided('payFromEstate'), 'nl', false)).toBe('Geschil met KPN afgesloten. Facturen F-01 en F-02 zijn voor tijd na de einddatum.');
    expect(ownerStepText('Dispute with KPN closed.', decided('payFromEstate'), 'en', false)).toBe('Dispute with KPN closed. Invoices F-01 and F-02 are for time after the end date.');
  });

  // bankforms: on main „Facturen F-01 en F-02 zijn voor tijd na de einddatum" and „Rekeningen F-01 en F-02 gaan over de tijd na de einddatum" of a bank's costs.
  it("names a bank's costs by their kenmerk, for days after the date it confirmed, to the owner and the family", () => {
    const bank = { bankAccount: true };
    expect(ownerStepText('Geschil met ING afgesloten.', decided('payFromEstate'), 'nl', true)).toBe('Geschil met ING afgesloten. Kosten met kenmerken F-01 en F-02 zijn voor dagen na de bevestigde datum.');
    expect(ownerStepText('Dispute with ING closed.', decided('payFromEstate'), 'en', true)).toBe('Dispute with ING closed. The charges with references F-01 and F-02 are for days after the confirmed date.');
    expect(familyStepText(decided('payFromEstate'), context, 'nl', 'ING', true, bank)).toMatch(/Kosten met kenmerken F-01 en F-02 gaan over dagen na de datum die de bank bevestigde; uw contactpersoon heeft besloten dat ze toch worden betaald\.$/);
    expect(familyStepText(decided('payFromEstate'), context, 'en', 'ING', true, bank)).toMatch(/The charges with references F-01 and F-02 are for days after the date the bank confirmed; your contact person decided they are to be paid after all\.$/);
    expect(familyStepText(decided('payFromEstate'), context, 'nl', 'ING', false, bank)).toMatch(/Die kosten gaan over dagen na de datum die de bank bevestigde; uw contactpersoon heeft besloten dat ze toch worden betaald\.$/);
    for (const lang of ['nl', 'en'] as const) expect(familyStepText(decided('payFromEstate'), context, lang, 'ING', true, bank)).not.toMatch(/rekening|factuur|bill|invoice|einddatum|end date/i);
  });

  // billsplit (audit87 F1): on main „Kosten met kenmerk AB-1 zijn voor dagen na de bevestigde datum" of all € 3,95, € 2,26 of it before it.
  it('says of a bill disputed in part only the part after the date, beside a bill wholly after it, to the owner and the family', () => {
    const split = contractStep({ type: 'DISPUTE_RESOLVED', outcome: 'payFromEstate', settled: [{ reference: 'F-NA', amount: 12.5, held: true, disputed: 12.5 }, { reference: 'AB-1', amount: 3.95, held: true, disputed: 1.69 }] }, 'disputeRejected', 'confirmed', [], { openDisputes: [] });
    expect(ownerStepText('Geschil met KPN afgesloten.', split, 'nl', false)).toBe('Geschil met KPN afgesloten. Factuur F-NA is voor tijd na de einddatum. Van factuur AB-1 is €\u00a01,69 voor tijd na de einddatum.');
    expect(ownerStepText('Dispute with ING closed.', split, 'en', true)).toBe('Dispute with ING closed. The charge with reference F-NA is for days after the confirmed date. Of the charge with reference AB-1, €1.69 is for days after the confirmed date.');
    expect(familyStepText(split, context, 'nl', 'ING', true, { bankAccount: true })).toMatch(/Van de kosten met kenmerk AB-1 gaat €\u00a01,69 over dagen na de datum die de bank bevestigde; uw contactpersoon heeft besloten dat ze toch worden betaald\.$/);
    const unpriced = familyStepText(split, context, 'nl', 'KPN', false);
    expect(unpriced).toMatch(/Die rekening gaat over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch wordt betaald\. Een deel van die rekening gaat over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch wordt betaald\.$/);
    expect(unpriced).not.toMatch(/F-NA|AB-1|€/);
  });

  it('says nothing more of bills already paid', () => {
    expect(familyStepText(decided('alreadyPaid'), context, 'nl', 'KPN', true)).not.toContain('einddatum');
    expect(ownerStepText('Geschil met KPN afgesloten.', decided('alreadyPaid'), 'nl', false)).toBe('Geschil met KPN afgesloten.');
  });
});
