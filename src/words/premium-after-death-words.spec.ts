import { allAfterDeath, billedAgainst, disputedAfterDeath, disputedInvoiceOf } from '../../workflows/disputes';
import { contractStatusText } from '../../workflows/status-text';
import type { ContractContext } from '../../workflows/contract.machine';
import { ownerWords, providerWords } from '.';

/**
 * README payoutdate2 (audit105 F1, F6): every reader of a payout request's premium nota disputed from the date of death says so: the
 * family's card, the desk's field label, the owner's Today reason; the owner's contract page names an insurer's open bill its nota.
 */
const DECEMBER = { reference: 'DL-PR-12', invoiceDate: '2026-11-28', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 24.5 };
const NOVEMBER = { ...DECEMBER, reference: 'DL-PR-11', periodFrom: '2026-11-01', periodTo: '2026-11-30' };
const fromDeath = (bill: typeof DECEMBER) => disputedInvoiceOf(billedAgainst('2026-11-26', { premiumStoppedPer: '2026-11-02' }), bill)!;
const fromAnswer = (bill: typeof DECEMBER) => disputedInvoiceOf(billedAgainst('2026-11-26', {}), bill)!;
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('the readers of a premium nota disputed after the date of death', () => {
  it('holds a nota after the death when the payout was asked and the nota is counted from the death or whole, and only then', () => {
    expect(disputedAfterDeath('life', '2026-11-26', fromDeath(NOVEMBER))).toBe(true);
    expect(disputedAfterDeath('life', '2026-11-26', fromDeath(DECEMBER))).toBe(true);
    // A nota recorded before payoutdate, counted from the answer's day in part: not said to be after the death.
    expect(disputedAfterDeath('life', '2026-11-26', fromAnswer(NOVEMBER))).toBe(false);
    expect(disputedAfterDeath('property', '2026-11-26', fromDeath(DECEMBER))).toBe(false);
    expect(allAfterDeath('life', '2026-11-26', [fromDeath(DECEMBER), fromAnswer(NOVEMBER)])).toBe(false);
    expect(allAfterDeath('life', '2026-11-26', [])).toBe(false);
  });

  it.each([
    ['nl', 'Dela heeft na de datum van overlijden nog een rekening gestuurd.', 'na de einddatum'],
    ['en', 'Dela sent a bill after the date of death.', 'after the end date'],
  ] as const)('the family (%s) reads that Dela sent a bill after the date of death', (lang, said, notSaid) => {
    const c = { action: 'cancel', effectiveDate: '2026-11-26', disputes: 1, openDisputes: [fromDeath(DECEMBER)], settledBills: [] } as unknown as ContractContext;
    const text = plain(contractStatusText('disputed', c, lang, { providerName: 'Dela', insurance: 'life' }));
    expect(text).toContain(said);
    expect(text).not.toContain(notSaid);
    // Another insurer's nota after its end reads as before.
    expect(plain(contractStatusText('disputed', c, lang, { providerName: 'Dela', insurance: 'property' }))).toContain(notSaid);
  });

  it('the desk, the owner’s Today and her contract page say it in nl and en', () => {
    expect(providerWords('nl').request.afterDeath).toBe('Betwist deel (na de datum van overlijden)');
    expect(providerWords('en').request.afterDeath).toBe('Disputed part (after the date of death)');
    expect(ownerWords('nl').today.reasons.premium_dispute).toBe('Nota na de datum van overlijden');
    expect(ownerWords('en').today.reasons.premium_dispute).toBe('Bill after the date of death');
    expect(ownerWords('nl').contract.summary.nota.disputed('DL-PR-12', '€ 24,50')).toBe('nota DL-PR-12: € 24,50 betwist');
    expect(ownerWords('en').contract.summary.nota.disputed('DL-PR-12', '€ 24.50')).toBe('bill DL-PR-12: € 24.50 disputed');
    expect(ownerWords('nl').contract.summary.nota.heldBy('Dela')).toBe('Dela houdt vast aan de nota');
  });
});
