import { type CommitteeDecision, decisionAsCorrected, decisionAsGiven, decisionChanged, paidAboveDecision } from './committee';
import { DECISION_CORRECTED } from './committee-wording';
import { providerAnswerText } from './status-text-provider';

/** comcorr2: the decision she recorded, corrected: what the lists of debts read of its bill afterwards. */
describe('a decision of the complaints body, corrected', () => {
  const body = { nl: 'de Geschillencommissie Energie', en: 'the Geschillencommissie Energie' };
  const lowered: CommitteeDecision = { body, filedOn: '2026-11-23', caseNumber: 'GC-1', decision: 'billLowered', decidedOn: '2026-11-23', amount: 20 };
  const details = { event: { invoiceReference: 'F-9', committee: lowered, outcome: 'payFromEstate', settled: [{ reference: 'F-9', amount: 20, held: true }] } };

  it('owes the corrected amount, keeping the case as filed', () => {
    const to = decisionAsGiven(lowered, { decision: 'billLowered', decidedOn: '2026-11-24', amount: 12.5 });
    expect(to).toEqual({ ...lowered, decidedOn: '2026-11-24', amount: 12.5 });
    const read = decisionAsCorrected(details, { reference: 'F-9', left: 30, from: lowered, to }).event as Record<string, unknown>;
    expect({ settled: read.settled, outcome: read.outcome, committee: read.committee }).toEqual({ settled: [{ reference: 'F-9', amount: 12.5, held: true }], outcome: 'payFromEstate', committee: to });
  });

  it('owes all that was left of the bill once upheld, and nothing once dropped (no amount kept for either)', () => {
    const upheld = decisionAsGiven(lowered, { decision: 'billUpheld', decidedOn: '2026-11-23', amount: 5 });
    expect(upheld.amount).toBeNull();
    expect((decisionAsCorrected(details, { reference: 'F-9', left: 30, from: lowered, to: upheld }).event as { settled: unknown }).settled).toEqual([{ reference: 'F-9', amount: 30, held: true }]);
    const dropped = decisionAsCorrected(details, { reference: 'F-9', left: 30, from: lowered, to: decisionAsGiven(lowered, { decision: 'billDropped', decidedOn: '2026-11-23' }) }).event as Record<string, unknown>;
    expect({ settled: dropped.settled, outcome: dropped.outcome }).toEqual({ settled: [{ reference: 'F-9', amount: 0, held: true }], outcome: null });
  });

  it('decisionowes: the desk reads the decision as recorded that day, and the correction on its own day with what it read before', () => {
    const to = decisionAsGiven(lowered, { decision: 'billLowered', decidedOn: '2026-11-23', amount: 12.5 });
    const bills = [{ reference: 'F-9', amount: 30 }];
    const spaced = (line: string) => line.replace(/\u00a0/g, ' ');
    const first = 'De Geschillencommissie Energie heeft op 23 november 2026 factuur F-9 verlaagd tot € 20,00; dat bedrag wordt betaald uit de nalatenschap';
    expect(spaced(providerAnswerText('DISPUTE_RESOLVED', details.event, 'nl', undefined, bills))).toBe(first);
    const correction = { reference: 'F-9', left: 30, from: lowered, to };
    expect(spaced(DECISION_CORRECTED.desk.nl(correction, 'u'))).toBe(
      `Steward corrigeerde wat het vastlegde van de uitspraak over factuur F-9: De Geschillencommissie Energie heeft op 23 november 2026 factuur F-9 verlaagd tot € 12,50; dat bedrag wordt betaald uit de nalatenschap (eerder vastgelegd: ${first})`,
    );
    expect(spaced(DECISION_CORRECTED.desk.en(correction, 'you'))).toBe(
      'Steward corrected what it recorded of the decision about invoice F-9: The Geschillencommissie Energie lowered invoice F-9 to €12.50 on 23 November 2026; that amount is paid from the estate (recorded before: The Geschillencommissie Energie lowered invoice F-9 to €20.00 on 23 November 2026; that amount is paid from the estate)',
    );
  });

  it("deskevents: an insurer's desk reads the correction of the decision about its „nota\", as the decision's own line names it", () => {
    const kifid = { nl: 'het Klachteninstituut Financiële Dienstverlening (Kifid)', en: 'the Klachteninstituut Financiële Dienstverlening (Kifid)' };
    const from: CommitteeDecision = { ...lowered, body: kifid, decision: 'billUpheld', amount: null };
    const correction = { reference: 'P-9', left: 30, from, to: { ...from, decision: 'billDropped' as const } };
    const spaced = (line: string) => line.replace(/\u00a0/g, ' ');
    expect(spaced(DECISION_CORRECTED.desk.nl(correction, 'u', 'insurer'))).toBe(
      'Steward corrigeerde wat het vastlegde van de uitspraak over nota P-9: Het Klachteninstituut Financiële Dienstverlening (Kifid) heeft op 23 november 2026 beslist dat nota P-9 niet betaald hoeft te worden (eerder vastgelegd: Het Klachteninstituut Financiële Dienstverlening (Kifid) heeft op 23 november 2026 beslist dat nota P-9 betaald moet worden; dat gebeurt uit de nalatenschap)',
    );
    expect(spaced(DECISION_CORRECTED.desk.en(correction, 'you', 'insurer'))).toBe(
      'Steward corrected what it recorded of the decision about bill P-9: The Klachteninstituut Financiële Dienstverlening (Kifid) decided on 23 November 2026 that bill P-9 need not be paid (recorded before: The Klachteninstituut Financiële Dienstverlening (Kifid) decided on 23 November 2026 that bill P-9 is to be paid; it is paid from the estate)',
    );
    // The desk's line of the decision itself names it so too, and a bank's desk reads its invoice as before (`deskBillNounsOf`).
    expect(DECISION_CORRECTED.desk.nl(correction, 'u', 'bank')).toContain('de uitspraak over factuur P-9');
  });

  it('decisionowes: a decision that left nothing owed, corrected to one that owes, makes its bill owed', () => {
    const dropped = decisionAsGiven(lowered, { decision: 'billDropped', decidedOn: '2026-11-23' });
    const nothing = { event: { invoiceReference: 'F-9', committee: dropped, outcome: null, settled: [{ reference: 'F-9', amount: 0, held: true }] } };
    const read = decisionAsCorrected(nothing, { reference: 'F-9', left: 30, from: dropped, to: lowered }).event as Record<string, unknown>;
    expect({ settled: read.settled, outcome: read.outcome }).toEqual({ settled: [{ reference: 'F-9', amount: 20, held: true }], outcome: 'payFromEstate' });
  });

  it('decisionowes: a correction leaving less owed than the estate already paid of the bill is above the payment, not one within it', () => {
    const paid = { amount: 20, paidOn: '2026-11-25' };
    expect(paidAboveDecision({ decision: 'billLowered', amount: 12.5 }, 30, paid)).toEqual({ owed: 12.5, paid: 20, paidOn: '2026-11-25' });
    expect(paidAboveDecision({ decision: 'billDropped', amount: null }, 30, paid)).toEqual({ owed: 0, paid: 20, paidOn: '2026-11-25' });
    // What was left of the bill caps what a lowered or upheld decision owes.
    expect(paidAboveDecision({ decision: 'billLowered', amount: 25 }, 15, paid)).toEqual({ owed: 15, paid: 20, paidOn: '2026-11-25' });
    expect(paidAboveDecision({ decision: 'billLowered', amount: 20 }, 30, paid)).toBeNull();
    expect(paidAboveDecision({ decision: 'billUpheld', amount: null }, 30, paid)).toBeNull();
    expect(paidAboveDecision({ decision: 'billDropped', amount: null }, 30, null)).toBeNull();
  });

  it('knows a correction that changes nothing', () => {
    expect(decisionChanged(lowered, { decision: 'billLowered', decidedOn: '2026-11-23', amount: 20 })).toBe(false);
    expect(decisionChanged(lowered, { decision: 'settled', decidedOn: '2026-11-23', amount: 20 })).toBe(true);
  });
});
