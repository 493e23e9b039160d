import { billedAgainst, disputedInvoiceOf, premiumStoppedAtDeath } from '../workflows/disputes';
import { providerStatusText } from '../workflows/status-text-provider';
import type { ContractContext } from '../workflows/contract.machine';
import { composeLetter, letterPlainText } from './compose';
import { premiumBilledAfterDeath } from './test-support';

/** README payoutdate (audit105 F1): a payout request asked the premium stopped per the date of death; a later premium nota is disputed from it. */
const DECEMBER = { reference: 'DL-PR-12', invoiceDate: '2026-11-28', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 24.5 };
const NOVEMBER = { ...DECEMBER, reference: 'DL-PR-11', periodFrom: '2026-11-01', periodTo: '2026-11-30' };
const text = (language: 'nl' | 'en', month: 'november' | 'december') => letterPlainText(composeLetter(premiumBilledAfterDeath(language, month))).replace(/\s+/g, ' ').replace(/\u00a0/g, ' ');

describe('a life or funeral policy’s premium after the death, its payout answered later', () => {
  it('is counted from the day after the death when the payout was asked, and only then', () => {
    expect(premiumStoppedAtDeath('life', '2026-11-02', '2026-11-26')).toBe('2026-11-02');
    expect(premiumStoppedAtDeath('life', '2026-11-02', '2026-11-02')).toBeNull();
    expect(premiumStoppedAtDeath('property', '2026-11-02', '2026-11-26')).toBeNull();
    expect(premiumStoppedAtDeath(undefined, '2026-11-02', '2026-11-26')).toBeNull();
    const november = disputedInvoiceOf(billedAgainst('2026-11-26', { premiumStoppedPer: '2026-11-02' }), NOVEMBER)!;
    expect(november.disputed).toMatchObject({ from: '2026-11-03', to: '2026-11-30', days: 28 });
    // The earliest of the days wins; without one, the answer's day as before.
    expect(billedAgainst('2026-11-26', { premiumStoppedPer: '2026-11-02', endedByLaw: '2026-11-10' })).toBe('2026-11-02');
    expect(disputedInvoiceOf(billedAgainst('2026-11-26', {}), NOVEMBER)?.disputed.from).toBe('2026-11-27');
  });

  it.each([
    ['nl', 'Ons verzoek van 23 november 2026 vroeg u de premie-incasso per 2 november 2026, de datum van overlijden, te stoppen.', 'Die periode ligt geheel na de datum van overlijden. Ik maak bezwaar tegen de hele nota; voor zover de polisvoorwaarden geen premie na het overlijden bepalen, is die niet verschuldigd.', 'Bezwaar tegen nota na de datum van overlijden'],
    ['en', 'Our request of 23 November 2026 asked you to stop collecting the premium as of 2 November 2026, the date of death.', 'That period lies wholly after the date of death. I dispute the whole bill; insofar as the policy conditions set no premium after the death, it is not owed.', 'Dispute of a bill after the date of death'],
  ] as const)('the letter (%s) states the date of death our request asked the premium stopped per, claiming no more', (language, asked, whole, title) => {
    expect(text(language, 'december')).toContain(asked);
    expect(text(language, 'december')).toContain(whole);
    expect(text(language, 'december')).toContain(title);
    expect(text(language, 'december')).not.toMatch(/datum die u bevestigde|date you confirmed/);
    expect(text(language, 'november')).toContain(language === 'nl' ? 'in de periode 3 november 2026 tot en met 30 november 2026, na de datum van overlijden.' : 'falls in 3 November 2026 to 30 November 2026 inclusive, after the date of death.');
  });

  it.each([
    ['nl', 'een creditnota of een gecorrigeerde nota te sturen, of de nota in te trekken', 'Ik zie uw creditnota of gecorrigeerde nota graag tegemoet.', /eindafrekening/],
    ['en', 'send a credit note or a corrected bill for €24.50, or withdraw the bill', 'I look forward to your credit note or corrected bill.', /final bill/],
  ] as const)('the letter (%s) asks an insurer a corrected nota, not a final bill it never sends (stop72mends)', (language, ask, thanks, finalBill) => {
    expect(text(language, 'december')).toContain(ask);
    expect(text(language, 'december')).toContain(thanks);
    expect(text(language, 'december')).not.toMatch(finalBill);
  });

  it('the desk and the owner read the disputed part as after the date of death', () => {
    const bill = disputedInvoiceOf(billedAgainst('2026-11-26', { premiumStoppedPer: '2026-11-02' }), DECEMBER)!;
    const c = { action: 'cancel', effectiveDate: '2026-11-26', openDisputes: [bill] } as unknown as ContractContext;
    const plain = (s: string) => s.replace(/\u00a0/g, ' ');
    expect(plain(providerStatusText('disputed', c, 'nl', '2026-12-11', 'life'))).toMatch(/^Bezwaar tegen nota DL-PR-12: het deel na de datum van overlijden, 1 december 2026 tot en met 31 december 2026/);
    const november = disputedInvoiceOf(billedAgainst('2026-11-26', { premiumStoppedPer: '2026-11-02' }), NOVEMBER)!;
    expect(plain(providerStatusText('disputed', { ...c, openDisputes: [november] }, 'nl', '2026-12-11', 'life'))).toMatch(/^Bezwaar tegen nota DL-PR-11: het deel na de datum van overlijden \(2 november 2026\), 3 november 2026/);
    expect(plain(providerStatusText('disputed', c, 'en', '2026-12-11', 'life'))).toMatch(/^Dispute of bill DL-PR-12: the part after the date of death, 1 December 2026/);
  });
});
