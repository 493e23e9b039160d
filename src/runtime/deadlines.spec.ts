import { computeDeadline } from './deadlines';

const quietPeriod = { basis: 'afterEndDate', businessDays: 40 } as const;
const counts = (endDate: string | null) => ({ slaBusinessDays: 10, retentionYears: 7, endDate, promisedDate: null });

describe('the quiet period after a confirmed end date', () => {
  it('runs 40 business days after an end date months ahead, not after the day it was confirmed', () => {
    // The audit's contract: confirmed on 7 January 2027 for 30 June 2027 ran to 4 March 2027.
    expect(computeDeadline(quietPeriod, '2027-01-07', counts('2027-06-30')).dueDate).toBe('2027-08-25');
  });

  it('skips the Dutch public holidays on the way', () => {
    // Monday 1 March 2027 + 8 weeks is Monday 26 April, but Tweede Paasdag (29 March) and Koningsdag (Tuesday 27 April) are days off.
    expect(computeDeadline(quietPeriod, '2027-01-07', counts('2027-03-01')).dueDate).toBe('2027-04-28');
  });

  it('runs in full from the confirmation when the end date has passed already, so a bill sent just now is still caught', () => {
    expect(computeDeadline(quietPeriod, '2027-03-01', counts('2026-12-31')).dueDate).toBe('2027-04-28');
  });

  it('runs from the confirmation when no end date is recorded', () => {
    expect(computeDeadline(quietPeriod, '2027-03-01', counts(null)).dueDate).toBe('2027-04-28');
  });

  it('passes at the start of the next Dutch day', () => {
    expect(computeDeadline(quietPeriod, '2027-01-07', counts('2027-06-30')).nextDueAt.toISOString()).toBe('2027-08-25T22:00:00.000Z');
  });
});

describe('the day a passed term is acted on', () => {
  const tenDays = { basis: 'providerSla' } as const;

  it('is the Monday after a Friday due date, so the reminder is not dated on a Saturday', () => {
    // Friday 5 February 2027 + 10 business days is Friday 19 February: its reminder goes out on Monday 22 February (CET, 23:00 UTC the day before).
    const deadline = computeDeadline(tenDays, '2027-02-05', counts(null));
    expect(deadline.dueDate).toBe('2027-02-19');
    expect(deadline.nextDueAt.toISOString()).toBe('2027-02-21T23:00:00.000Z');
  });

  it('skips a public holiday after the due date: Monday 26 April 2027 is followed by Koningsdag', () => {
    // Monday 12 April 2027 + 10 business days is Monday 26 April; Tuesday 27 April is Koningsdag, so the term is acted on Wednesday 28 April.
    const deadline = computeDeadline(tenDays, '2027-04-12', counts(null));
    expect(deadline.dueDate).toBe('2027-04-26');
    expect(deadline.nextDueAt.toISOString()).toBe('2027-04-27T22:00:00.000Z');
  });
});

describe("the owner's term after a part answer (v12, `promised`)", () => {
  const promised = { basis: 'promised', businessDays: 5 } as const;

  it('is the date she gave for the document that follows, weeks ahead', () => {
    expect(computeDeadline(promised, '2027-01-07', { ...counts(null), promisedDate: '2027-02-15' }).dueDate).toBe('2027-02-15');
  });

  it('is her usual five business days without a date, or once the date she gave has passed', () => {
    expect(computeDeadline(promised, '2027-01-07', counts(null)).dueDate).toBe('2027-01-14');
    expect(computeDeadline(promised, '2027-02-16', { ...counts(null), promisedDate: '2027-02-15' }).dueDate).toBe('2027-02-23');
  });
});
