import { disputedPart } from '../../workflows';
import { reportFollowUp, type StartedDispute } from './family-reports.service';

describe('what the family is told after reporting a bill that started a dispute', () => {
  // Ended 30 November; the bill covers 1 November – 31 December, so only its December days are disputed.
  const bill = { reference: 'F-7', invoiceDate: '2027-01-05', periodFrom: '2026-11-01', periodTo: '2026-12-31', amount: 1229.35 };
  const started = (invoice: typeof bill): StartedDispute => ({ action: 'cancel', effectiveDate: '2026-11-30', openDisputes: [{ ...invoice, disputed: disputedPart('2026-11-30', invoice)! }] });

  it('needs not paying only the part after the end date, and says the part up to it is owed', () => {
    const partly = started(bill);
    expect(reportFollowUp('dispute_started', 'Anna de Boer', 'nl', partly)).toBe(
      'We maken vandaag nog schriftelijk bezwaar tegen deze rekening. U hoeft het deel na de einddatum (€\u00a0624,75) niet te betalen zolang het bezwaar loopt; het deel tot en met 30 november 2026, de einddatum, is wel verschuldigd.',
    );
    expect(reportFollowUp('dispute_started', 'Anna de Boer', 'en', partly)).toBe(
      'We are disputing this bill in writing today. You need not pay the part after the end date (€624.75) while the dispute is open; the part up to 30 November 2026, the end date, is owed.',
    );
  });

  it('needs not paying the whole bill only when the whole bill is disputed', () => {
    const wholly = started({ ...bill, periodFrom: '2026-12-01' });
    expect(reportFollowUp('dispute_started', 'Anna de Boer', 'nl', wholly)).toBe('We maken vandaag nog schriftelijk bezwaar tegen deze rekening. U hoeft deze rekening niet te betalen zolang het bezwaar loopt.');
    expect(reportFollowUp('dispute_started', 'Anna de Boer', 'en', wholly)).toBe('We are disputing this bill in writing today. You do not need to pay this bill while the dispute is open.');
  });

  it('claims nothing about paying when no dispute is recorded', () => {
    expect(reportFollowUp('dispute_started', 'Anna de Boer', 'nl')).toBe('We maken vandaag nog schriftelijk bezwaar tegen deze rekening.');
    expect(reportFollowUp('dispute_started', 'Anna de Boer', 'en', { action: 'cancel', effectiveDate: '2026-11-30', openDisputes: [] })).toBe('We are disputing this bill in writing today.');
  });
});
