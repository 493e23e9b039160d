import { familyBillPaymentText, ownerBillPaymentText } from './bill-payments';
import { ownerWords, providerWords } from '../words';

/**
 * fundwords: a pension fund is named as a fund where its number and its recovery show. Its number is its „pensioennummer" (never an
 * insurer's „polisnummer" or a „klantnummer"); its recovery of pension paid in excess, once paid, is still that, never an „eindafrekening".
 */
describe('a pension fund named as a fund', () => {
  const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ');

  it('the desk and the owner call the fund’s number its pensioennummer, in Dutch and English', () => {
    expect(providerWords('nl').numberOf.fund).toBe('Pensioennummer');
    expect(providerWords('en').numberOf.fund).toBe('Pension number');
    expect(ownerWords('nl').contract.account('PN-4411', 'pension')).toBe('pensioennummer PN-4411');
    expect(ownerWords('en').contract.account('PN-4411', 'pension')).toBe('pension number PN-4411');
  });

  const entry = (event: string) => ({ event, details: { providerName: 'Pensioenfonds Noord', description: 'Ouderdomspensioen', reference: 'PN-1', amount: 412.5, paidOn: '2026-12-10', finalBill: true } });

  it('the owner’s history names a fund’s paid recovery, and its payment undone, as the recovery', () => {
    expect(plain(ownerBillPaymentText(entry('bill.paid'), 'nl', 'fund'))).toBe('Ouderdomspensioen: Terugvordering van te veel betaald pensioen (kenmerk PN-1) van Pensioenfonds Noord (€ 412,50) betaald uit de nalatenschap op 10 december 2026.');
    expect(plain(ownerBillPaymentText(entry('bill.paid'), 'en', 'fund'))).toBe('Ouderdomspensioen: Recovery of pension paid in excess (reference PN-1) from Pensioenfonds Noord (€412.50) paid from the estate on 10 December 2026.');
    expect(plain(ownerBillPaymentText(entry('bill.payment_undone'), 'nl', 'fund'))).toBe('Ouderdomspensioen: Betaling van € 412,50 op 10 december 2026 voor de terugvordering van te veel betaald pensioen (kenmerk PN-1) van Pensioenfonds Noord teruggedraaid; dat bedrag staat weer open.');
    expect(plain(ownerBillPaymentText(entry('bill.payment_undone'), 'en', 'fund'))).toBe('Ouderdomspensioen: Payment of €412.50 on 10 December 2026 for the recovery of pension paid in excess (reference PN-1) from Pensioenfonds Noord undone; that amount is open again.');
    // Another provider's final bill stays its final bill.
    expect(plain(ownerBillPaymentText(entry('bill.paid'), 'nl'))).toMatch(/^Ouderdomspensioen: Eindafrekening \(kenmerk PN-1\)/);
  });

  it('the family’s timeline and daily email name it so too', () => {
    expect(plain(familyBillPaymentText(entry('bill.paid'), 'nl', 'Pensioenfonds Noord', 'fund'))).toBe('De terugvordering van te veel betaald pensioen (kenmerk PN-1) van Pensioenfonds Noord (€ 412,50) is betaald op 10 december 2026.');
    expect(plain(familyBillPaymentText(entry('bill.paid'), 'en', 'Pensioenfonds Noord', 'fund'))).toBe('The recovery of pension paid in excess (reference PN-1) from Pensioenfonds Noord (€412.50) was paid on 10 December 2026.');
    expect(plain(familyBillPaymentText(entry('bill.payment_undone'), 'nl', 'Pensioenfonds Noord', 'fund'))).toBe('De terugvordering van te veel betaald pensioen (kenmerk PN-1) van Pensioenfonds Noord staat weer bij te betalen: de betaling van € 412,50 op 10 december 2026 is teruggedraaid.');
    expect(plain(familyBillPaymentText(entry('bill.payment_undone'), 'en', 'Pensioenfonds Noord', 'fund'))).toBe('The recovery of pension paid in excess (reference PN-1) from Pensioenfonds Noord is to pay again: the payment of €412.50 on 10 December 2026 was undone.');
  });
});
