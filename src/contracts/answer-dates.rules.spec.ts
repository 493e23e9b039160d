import { answerDated, answerDateProblems } from './answer-dates.rules';

describe("the days of a provider's answer (answerdates)", () => {
  const facts = { dateOfDeath: '2026-11-02', asked: null, today: '2026-12-22' };
  const rules = (answer: Parameters<typeof answerDateProblems>[0], dated = true) => answerDateProblems(answer, { ...facts, answerDated: dated }).map((p) => [p.field, p.rule]);

  it('refuses a release of the balance after today or before the death, and takes today and the day of death', () => {
    expect(rules({ type: 'BALANCE_RELEASED', releasedOn: '2027-01-12' })).toEqual([['releasedOn', 'future']]);
    expect(rules({ type: 'BALANCE_RELEASED', releasedOn: '2026-11-01' })).toEqual([['releasedOn', 'beforeDeath']]);
    expect(rules({ type: 'BALANCE_RELEASED', releasedOn: '2026-12-22' })).toEqual([]);
    expect(rules({ type: 'BALANCE_RELEASED', releasedOn: '2026-11-02' })).toEqual([]);
  });

  it("refuses the day a collection's stop was said after today or before the death, and takes an earlier day (collrest)", () => {
    expect(rules({ type: 'COLLECTION_STOPPED', toldOn: '2026-12-23' })).toEqual([['toldOn', 'future']]);
    expect(rules({ type: 'COLLECTION_STOPPED', toldOn: '2026-11-01' })).toEqual([['toldOn', 'beforeDeath']]);
    expect(rules({ type: 'COLLECTION_STOPPED', toldOn: '2026-12-19' })).toEqual([]);
  });

  it("refuses the day a bill's withdrawal was said after today, before the death or before the date on the bill, and takes that day (toldon)", () => {
    const withdrawn = (type: string, toldOn: string) => answerDateProblems({ type, toldOn }, { ...facts, answerDated: false, billsOn: '2026-12-01' }).map((p) => [p.field, p.rule, p.limit]);
    expect(withdrawn('INVOICE_WITHDRAWN', '2026-12-23')).toEqual([['toldOn', 'future', '2026-12-22']]);
    expect(withdrawn('DISPUTE_RESOLVED', '2026-11-01')).toEqual([['toldOn', 'beforeDeath', undefined]]);
    expect(withdrawn('INVOICE_WITHDRAWN', '2026-11-30')).toEqual([['toldOn', 'beforeBill', '2026-12-01']]);
    expect(withdrawn('DISPUTE_RESOLVED', '2026-12-01')).toEqual([]);
  });

  it('refuses a release before the day of the balance it releases; that day itself is taken (bankdebt)', () => {
    const release = (releasedOn: string) => answerDateProblems({ type: 'BALANCE_RELEASED', releasedOn }, { ...facts, answerDated: true, balanceOn: '2026-11-20' }).map((p) => [p.field, p.rule, p.limit]);
    expect(release('2026-11-19')).toEqual([['releasedOn', 'beforeBalance', '2026-11-20']]);
    expect(release('2026-11-20')).toEqual([]);
    expect(release('2026-11-01')).toEqual([['releasedOn', 'beforeDeath', undefined]]);
  });

  it("refuses a bank's or insurer's answer dated after today, on the answer and its correction; an end date may lie ahead", () => {
    expect(rules({ type: 'COMPLETE', effectiveDate: '2027-05-01' })).toEqual([['effectiveDate', 'future']]);
    expect(rules({ type: 'COMPLETION_CORRECTED', effectiveDate: '2027-05-01' })).toEqual([['effectiveDate', 'future']]);
    expect(rules({ type: 'COMPLETE', effectiveDate: '2026-10-31' })).toEqual([['effectiveDate', 'beforeDeath']]);
    expect(rules({ type: 'COMPLETE', effectiveDate: '2027-05-01' }, false)).toEqual([]);
    // An end date keeps its own bound (five years after the death here), not today.
    expect(rules({ type: 'COMPLETE', effectiveDate: '2099-01-01' }, false)).toEqual([['effectiveDate', 'tooLate']]);
  });

  it("refuses a kept cover's last day before the death, also before the answer's day it is taken; with every other problem at once", () => {
    expect(rules({ type: 'COMPLETE', effectiveDate: '2027-06-01', coverUntil: '2026-09-30' })).toEqual([['effectiveDate', 'future'], ['coverUntil', 'beforeDeath']]);
    expect(rules({ type: 'COMPLETION_CORRECTED', effectiveDate: '2026-12-20', coverUntil: '2026-11-30' })).toEqual([]);
    expect(rules({ type: 'COMPLETE', effectiveDate: '2026-12-20', coverUntil: '2026-11-02' })).toEqual([]);
  });

  it('leaves other steps and dates that did not parse alone', () => {
    expect(rules({ type: 'ACKNOWLEDGE', effectiveDate: '2027-05-01' })).toEqual([]);
    expect(rules({ type: 'COMPLETE', effectiveDate: undefined, coverUntil: undefined })).toEqual([]);
  });

  it("dates a bank's answer, and any answer saying what was done, as the day it was done; an insurer's plain answer as an end", () => {
    expect(answerDated('cancel', { bankAccount: true }, null)).toBe(true);
    expect(answerDated('cancel', { insurance: 'property' }, 'coverContinues')).toBe(true);
    expect(answerDated('cancel', { insurance: 'property' }, null)).toBe(false);
    expect(answerDated('cancel', {}, null)).toBe(false);
    // A fund's stop is per a day that may lie ahead, dated as an end (audit103's walk: refused after today once fundanswer asked `done`).
    expect(answerDated('cancel', { pensionFund: true }, 'pensionStopped')).toBe(false);
  });
});
