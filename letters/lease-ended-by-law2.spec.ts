import { settledAsDisputed } from '../src/bills/owed-bills';
import { familyEndDateText } from '../src/contracts/contract-views.service';
import { laterEndDate } from '../src/contracts/end-date.rules';
import { exportColumns, exportRecord } from '../src/provider-desk/desk-export';
import type { ExportRow } from '../src/provider-desk/provider-desk.service';
import { billedAgainst, disputedInvoiceOf } from '../workflows/disputes';
import { contractStatusText } from '../workflows/status-text';
import type { ContractContext } from '../workflows/contract.machine';
import { composeLetter, letterPlainText } from './compose';
import type { LetterInput } from './model';
import { leaseBilledAfterLawFollowed } from './test-support';

/** README rentlaw2: a rent bill disputed from a lease's end by law (art. 7:268 lid 6 BW) stays so in every later word and count. */
const FEBRUARY = { reference: 'EH-HUUR-02', invoiceDate: '2027-02-01', periodFrom: '2027-02-01', periodTo: '2027-02-28', amount: 845 };
const text = (input: LetterInput) => letterPlainText(composeLetter(input)).replace(/\s+/g, ' ');
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('a rent bill disputed from the lease’s end by law, read again', () => {
  it.each([
    ['nl', '€ 845,00 voor de periode 1 februari 2027 tot en met 28 februari 2027, na de einddatum van rechtswege (31 januari 2027).', 'De hele factuur betreft de periode na de einddatum van rechtswege (31 januari 2027); die is niet verschuldigd.'],
    ['en', '€845.00 for 1 February 2027 to 28 February 2027, after the end date by law (31 January 2027).', 'The whole invoice covers the period after the end date by law (31 January 2027); it is not owed.'],
  ] as const)('the complaint and the collection stop (%s) name the law’s day, not the confirmed end', (language, complaint, stop) => {
    const [escalation, collectionStop] = leaseBilledAfterLawFollowed(language).map(text);
    expect(escalation).toContain(complaint);
    expect(escalation).not.toMatch(/28 (februari|February) 2027 (die u heeft bevestigd|that you confirmed)/);
    expect(collectionStop).toContain(stop);
  });

  it('Maria reads the bill as sent after the end by law, and what part would be owed up to it (nl, en)', () => {
    const bill = disputedInvoiceOf(billedAgainst('2027-02-28', { endedByLaw: '2027-01-31' }), FEBRUARY)!;
    const c = { action: 'cancel', effectiveDate: '2027-02-28', openDisputes: [bill] } as unknown as ContractContext;
    const words = { providerName: 'Eigen Haard', readsDebts: true };
    // A relative who does not read the estate's debts reads the same day.
    expect(plain(contractStatusText('disputed', c, 'nl', { providerName: 'Eigen Haard' }))).toMatch(/^Eigen Haard heeft na de einddatum van rechtswege \(31 januari 2027\) nog een rekening gestuurd\./);
    expect(plain(contractStatusText('disputed', c, 'nl', words))).toMatch(/^Eigen Haard heeft na de einddatum van rechtswege \(31 januari 2027\) nog een rekening gestuurd\./);
    expect(plain(contractStatusText('disputed', c, 'en', words))).toMatch(/^Eigen Haard sent a bill after the end date by law \(31 January 2027\)\./);
    // A bill from mid-January: its part up to the law's day is owed, not the part up to the confirmed 28 February.
    const january = disputedInvoiceOf('2027-01-31', { ...FEBRUARY, reference: 'EH-HUUR-01', periodFrom: '2027-01-16', periodTo: '2027-02-14' })!;
    expect(plain(contractStatusText('disputed', { ...c, openDisputes: [january] } as ContractContext, 'nl', words))).toContain('het deel tot en met 31 januari 2027, de einddatum van rechtswege, is wel verschuldigd.');
    // A bill after the confirmed end alone reads as before.
    const march = disputedInvoiceOf('2027-02-28', { ...FEBRUARY, reference: 'EH-HUUR-03', periodFrom: '2027-03-01', periodTo: '2027-03-31' })!;
    expect(contractStatusText('disputed', { ...c, openDisputes: [march] } as ContractContext, 'nl', words)).toMatch(/^Eigen Haard heeft na de einddatum nog een rekening gestuurd\./);
  });

  it('a decision to pay it, recounted after the end date moved, still counts from the law’s day', () => {
    const decision = { event: { settled: [{ reference: 'EH-HUUR-02', amount: 845, credited: 0, disputed: 845 }] }, wording: { projection: { effectiveDate: '2027-02-28' } } };
    const recorded = [{ event: { ...FEBRUARY, endedByLaw: '2027-01-31' } }];
    // The landlord corrected its end to 15 March: February stays after the law's end, all of it (on main: nothing, counted from 15 March).
    expect((settledAsDisputed(decision, recorded, '2027-03-15').event as { settled: { disputed: number }[] }).settled[0].disputed).toBe(845);
    expect((settledAsDisputed(decision, [{ event: FEBRUARY }], '2027-03-15').event as { settled: { disputed: number }[] }).settled[0].disputed).toBe(0);
  });

  it.each([
    ['nl', 'De einddatum die KPN bevestigde (15 december 2026) is later dan de dag waarop een opzegtermijn van een maand normaal gesproken afloopt (2 december 2026). Uw vaste contactpersoon bekijkt dit.'],
    ['en', 'The end date KPN confirmed (15 December 2026) is later than the day a notice of one month would normally run out (2 December 2026). Your contact person is looking into it.'],
  ] as const)('Maria is told why a date later than a consumer’s notice waits on her contact (%s)', (language, said) => {
    const notice = laterEndDate('2026-12-02', 'notice', { from: '2026-11-02', fromDeath: true });
    expect(familyEndDateText(notice, true, language, { provider: 'KPN', effectiveDate: '2026-12-15', action: 'cancel' }, false)?.status).toBe(said);
  });

  it('the desk’s CSV names the law’s day last, empty where the confirmed end is not later', () => {
    expect(exportColumns('nl').at(-1)).toEqual({ key: 'leaseEndsByLaw', header: 'Einddatum van rechtswege' });
    expect(exportColumns('en').at(-1)).toEqual({ key: 'leaseEndsByLaw', header: 'End date by law' });
    const row = { row: { id: 'r', reference: 'ST-1', language: 'nl', action: 'cancel', category: 'housing', lived_with: 'nobody', date_of_death: '2026-11-02', requested_end_date: null, insurance_kind: null, description: 'Huur', account_number: 'EH-1', date_of_birth: '1950-01-01', activity: '2027-02-02T10:00:00Z' }, deceased: 'Henk de Vries', yourReference: null, effectiveDate: '2027-02-28', statusText: '', collection: null } as unknown as ExportRow;
    expect(exportRecord(row).leaseEndsByLaw).toBe('31-01-2027');
    expect(exportRecord({ ...row, effectiveDate: '2027-01-31' }).leaseEndsByLaw).toBe('');
  });
});
