import type { ContractContext } from './contract.machine';
import { contractStatusText } from './status-text';
import { ownerStatusText } from './status-text-owner';
import { providerAnswerText, providerStatusText } from './status-text-provider';

/**
 * kifidrest: Kifid wherever the body is Kifid. The desk reads a bank's costs as costs and the case with Kifid; an insurer's case with
 * Kifid (or a health insurer's with the SKGZ) reads no term sentence, which our source gives for the Geschillencommissie only; energy
 * and telecom read as before.
 */
describe('kifidrest: a case with Kifid in every reader’s words', () => {
  const kifid = { body: { nl: 'het Klachteninstituut Financiële Dienstverlening (Kifid)', en: 'the Klachteninstituut Financiële Dienstverlening (Kifid)' }, filedOn: '2026-12-01', caseNumber: 'K-7' };
  const energyBody = { nl: 'de Geschillencommissie Energie', en: 'the Geschillencommissie Energie' };
  const ab1 = { reference: 'AB-1', invoiceDate: '2026-12-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 10, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 10 }, committee: kifid };
  const withBody = (committee: object) =>
    ({ action: 'cancel', providerReference: null, effectiveDate: null, finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 1, lastRejectionReason: null, openDisputes: [{ ...ab1, committee }], openInformationRequest: null }) as unknown as ContractContext;
  const withKifid = withBody(kifid);
  const withEnergy = withBody({ ...kifid, body: energyBody });

  it("the desk's status and thread name a bank's costs as costs and the case with Kifid", () => {
    expect(providerStatusText('withCommittee', withKifid, 'nl', null, 'bank')).toBe('Het geschil over de kosten met kenmerk AB-1 ligt bij het Klachteninstituut Financiële Dienstverlening (Kifid) (ingediend op 1 december 2026, zaaknummer K-7); de contactpersoon legt de uitspraak vast zodra die er is.');
    expect(providerStatusText('withCommittee', withKifid, 'en', null, 'bank')).toBe('The dispute about the charge with reference AB-1 is with the Klachteninstituut Financiële Dienstverlening (Kifid) (filed on 1 December 2026, case number K-7); the contact person records its decision once it comes.');
    const bills = [{ reference: 'AB-1', amount: 10 }];
    expect(providerAnswerText('COMMITTEE_FILED', kifid, 'nl', undefined, bills, 'bank')).toBe('Steward legde het geschil over de kosten met kenmerk AB-1 voor aan het Klachteninstituut Financiële Dienstverlening (Kifid) op 1 december 2026, zaaknummer K-7; de zaak ligt nu bij Kifid');
    expect(providerAnswerText('COMMITTEE_FILED', kifid, 'en', undefined, bills, 'bank')).toBe('Steward filed the dispute about the charge with reference AB-1 with the Klachteninstituut Financiële Dienstverlening (Kifid) on 1 December 2026, case number K-7; the case is now with Kifid');
  });

  it('an energy supplier’s desk reads its invoice and the committee, byte for byte as before', () => {
    expect(providerStatusText('withCommittee', withEnergy, 'nl', null)).toBe('Het geschil over factuur AB-1 ligt bij de Geschillencommissie Energie (ingediend op 1 december 2026, zaaknummer K-7); de contactpersoon legt de uitspraak vast zodra die er is.');
    expect(providerAnswerText('COMMITTEE_FILED', { ...kifid, body: energyBody }, 'nl', undefined, [{ reference: 'AB-1', amount: 10 }])).toBe('Steward legde het geschil over factuur AB-1 voor aan de Geschillencommissie Energie op 1 december 2026, zaaknummer K-7; de zaak ligt nu bij de commissie');
  });

  it("an insurer's case with Kifid reads no term to the owner nor the family; the Geschillencommissie's keeps it", () => {
    const insurer = { providerName: 'Verzekeraar Leven', readsDebts: true, insurance: 'life' as const };
    expect(ownerStatusText('withCommittee', withKifid, 'nl', insurer)).toBe('Geschil over nota AB-1 ligt bij het Klachteninstituut Financiële Dienstverlening (Kifid) (ingediend op 1 december 2026, zaaknummer K-7).');
    expect(ownerStatusText('withCommittee', withKifid, 'en', insurer)).toBe('Dispute about bill AB-1 is with the Klachteninstituut Financiële Dienstverlening (Kifid) (filed on 1 December 2026, case number K-7).');
    for (const lang of ['nl', 'en'] as const) expect(contractStatusText('withCommittee', withKifid, lang, insurer)).not.toMatch(/termijn|term\b/);
    expect(ownerStatusText('withCommittee', withEnergy, 'nl', { providerName: 'Stroomtest' })).toBe('Geschil over factuur AB-1 ligt bij de Geschillencommissie Energie (ingediend op 1 december 2026, zaaknummer K-7); de commissie noemt geen termijn voor haar uitspraak.');
    expect(contractStatusText('withCommittee', withEnergy, 'nl', { providerName: 'Stroomtest', readsDebts: true })).toContain(' De commissie noemt geen vaste termijn voor haar uitspraak. ');
  });
});
