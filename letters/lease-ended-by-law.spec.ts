import { billedAgainst, disputedInvoiceOf } from '../workflows/disputes';
import { providerStatusText } from '../workflows/status-text-provider';
import type { ContractContext } from '../workflows/contract.machine';
import { leaseEndedByLawBefore } from './asked';
import { composeLetter, letterPlainText } from './compose';
import type { LetterInput } from './model';
import { HISTORY, letterOfKind } from './test-support';

/** README rentlaw (audit104 F2): a lease nobody continues ends by law (art. 7:268 lid 6 BW); a bill's days after that day are disputed. */
const LEASE = { action: 'cancel' as const, requestedEndDate: null, category: 'housing' as const, livedWith: 'nobody' as const, dateOfDeath: '2026-11-02' };
const FEBRUARY = { reference: 'EH-HUUR-02', invoiceDate: '2027-02-01', periodFrom: '2027-02-01', periodTo: '2027-02-28', amount: 845 };
const text = (input: LetterInput) => letterPlainText(composeLetter(input)).replace(/\s+/g, ' ');

describe('a lease that ends by law, its landlord confirming a later end', () => {
  it('is billed against the law’s day when the confirmed end is later, and only then', () => {
    expect(leaseEndedByLawBefore(LEASE, '2027-02-28')).toBe('2027-01-31');
    expect(leaseEndedByLawBefore(LEASE, '2027-01-31')).toBeNull();
    expect(leaseEndedByLawBefore(LEASE, '2027-01-15')).toBeNull();
    expect(leaseEndedByLawBefore(LEASE, null)).toBeNull();
    // Someone may continue it (a co-tenant, lid 1; a joint household, lid 2): the law names no end, the confirmed date decides.
    expect(leaseEndedByLawBefore({ ...LEASE, livedWith: 'coTenant' }, '2027-02-28')).toBeNull();
    expect(leaseEndedByLawBefore({ ...LEASE, category: 'energy' }, '2027-02-28')).toBeNull();
  });

  it('disputes February’s rent whole, and only the days after a later confirmed end without the law’s day', () => {
    expect(disputedInvoiceOf(billedAgainst('2027-02-28', { endedByLaw: '2027-01-31' }), FEBRUARY)?.disputed).toEqual({ from: '2027-02-01', to: '2027-02-28', days: 28, amount: 845 });
    expect(disputedInvoiceOf(billedAgainst('2027-02-28', {}), FEBRUARY)).toBeNull();
    // A law's day later than the confirmed end never moves it.
    expect(billedAgainst('2027-01-15', { endedByLaw: '2027-01-31' })).toBe('2027-01-15');
  });

  it.each([
    ['nl', 'De huurovereenkomst eindigt echter van rechtswege op 31 januari 2027, omdat niemand de huur voortzet (artikel 7:268 lid 6 BW).', 'Die periode ligt geheel na de einddatum van rechtswege. Ik maak bezwaar tegen de hele factuur; die is niet verschuldigd.'],
    ['en', 'However, the lease ends by law on 31 January 2027, as nobody continues it (Article 7:268(6) of the Dutch Civil Code).', 'That period lies wholly after the end date by law. I dispute the whole invoice; it is not owed.'],
  ] as const)('says so (%s) in the dispute letter, citing the rule', (language, law, whole) => {
    const invoice = disputedInvoiceOf('2027-01-31', FEBRUARY)!;
    const base = letterOfKind('dispute', language);
    const dispute = letterOfKind('dispute', language, {
      category: 'housing',
      livedWith: 'nobody',
      invoice,
      contract: { ...base.contract!, description: 'Huur woning', effectiveDate: '2027-02-28' },
      history: { ...HISTORY, confirmedEndDate: '2027-02-28' },
      letterDate: '2027-02-02',
      today: '2027-02-02',
    });
    expect(text(dispute)).toContain(law);
    expect(text(dispute)).toContain(whole);
    // Counted from the confirmed date (a later bill), the letter says nothing of the law.
    const march = letterOfKind('dispute', language, { ...dispute, invoice: disputedInvoiceOf('2027-02-28', { ...FEBRUARY, periodFrom: '2027-03-01', periodTo: '2027-03-31' })! });
    expect(text(march)).not.toContain(law);
  });

  // The desk's status line said „het deel na de bevestigde einddatum, 1 februari 2027 …" while the confirmed end was 28 February (seen
  // on Eigen Haard's page): the part is after the law's day, which it names.
  it('the desk reads the disputed part as after the end by law, not after the end it confirmed', () => {
    const bill = disputedInvoiceOf(billedAgainst('2027-02-28', { endedByLaw: '2027-01-31' }), FEBRUARY)!;
    const c = { action: 'cancel', effectiveDate: '2027-02-28', openDisputes: [bill] } as unknown as ContractContext;
    const plain = (s: string) => s.replace(/\u00a0/g, ' ');
    expect(plain(providerStatusText('disputed', c, 'nl', '2027-02-16'))).toMatch(/^Bezwaar tegen factuur EH-HUUR-02: het deel na de einddatum van rechtswege \(31 januari 2027\), 1 februari 2027 tot en met 28 februari 2027, naar rato € 845,00\./);
    expect(plain(providerStatusText('disputed', c, 'en', null))).toMatch(/^Dispute of invoice EH-HUUR-02: the part after the end by law \(31 January 2027\), 1 February 2027 to 28 February 2027/);
    // A bill after a confirmed end alone reads as before.
    const march = disputedInvoiceOf('2027-02-28', { ...FEBRUARY, reference: 'EH-HUUR-03', periodFrom: '2027-03-01', periodTo: '2027-03-31' })!;
    expect(providerStatusText('disputed', { ...c, openDisputes: [march] } as ContractContext, 'nl', null)).toContain('het deel na de bevestigde einddatum, 1 maart 2027');
  });
});
