import { billAsLastRead, type BillCorrectionLetter, billFigureChanges } from './bill-correction.rules';

const OBJECTED = { reference: 'F-01', invoiceDate: '2026-11-20', amount: 20, periodFrom: '2026-12-01', periodTo: '2026-12-31' };
const FIRST = { ...OBJECTED, reference: 'F-10', amount: 30 };
const first = (sent: boolean): BillCorrectionLetter => ({ id: 'c1', sent, changes: billFigureChanges(OBJECTED, FIRST), corrected: FIRST });

describe('billAsLastRead', () => {
  it('is the record while no correction letter was made', () => {
    expect(billAsLastRead(OBJECTED, [])).toEqual({ bill: OBJECTED, toldIn: null });
  });

  it('is the last correction letter that went out', () => {
    const second: BillCorrectionLetter = { id: 'c2', sent: true, changes: billFigureChanges(FIRST, { ...FIRST, amount: 40 }), corrected: { ...FIRST, amount: 40 } };
    expect(billAsLastRead({ ...FIRST, amount: 40 }, [first(true), second])).toEqual({ bill: { ...FIRST, amount: 40 }, toldIn: 'c2' });
    expect(billAsLastRead({ ...FIRST, amount: 40 }, [first(true), { ...second, sent: false }])).toEqual({ bill: FIRST, toldIn: 'c1' });
  });

  it('is what the objection said when every correction letter was held back', () => {
    expect(billAsLastRead(FIRST, [first(false)])).toEqual({ bill: OBJECTED, toldIn: null });
  });
});
