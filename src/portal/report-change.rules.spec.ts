import { correctedReport, reportChange } from './report-change.rules';

describe('a relative changing her own report (relcorr)', () => {
  it('is hers to change only while it waits on the owner and nothing was started from it', () => {
    expect(reportChange({ status: 'open', outcome: null })).toBe('changeable');
    expect(reportChange({ status: 'open', outcome: 'contract_known' })).toBe('changeable');
    expect(reportChange({ status: 'open', outcome: 'contract_added' })).toBe('handled');
    expect(reportChange({ status: 'handled', outcome: null })).toBe('handled');
    expect(reportChange({ status: 'withdrawn', outcome: null })).toBe('withdrawn');
  });

  it('replaces only the figures she sends, refuses one her kind does not hold and a correction that changes nothing', () => {
    const before = { message: 'Rekening KPN', figures: { amount: 30, reference: 'KPN-LATE-1', invoiceDate: null, periodFrom: null, periodTo: null } };
    expect(correctedReport('invoice_after_end', before, { amount: 25 })).toEqual({ message: 'Rekening KPN', figures: { ...before.figures, amount: 25 }, changed: ['amount'] });
    expect(correctedReport('invoice_after_end', before, { agency: 'Incasso Noord' })).toEqual({ problems: [expect.objectContaining({ field: 'agency', rule: 'notOfKind' })] });
    expect(correctedReport('invoice_after_end', before, { amount: 30, message: 'Rekening KPN' })).toEqual({ problems: [expect.objectContaining({ rule: 'unchanged' })] });
    expect(correctedReport('other', { message: 'Post', figures: null }, { message: 'Post van Y' })).toEqual({ message: 'Post van Y', figures: null, changed: ['message'] });
  });
});
