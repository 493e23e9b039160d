import { effectiveDateProblem, endDateNotice, latestPlausibleEndDate } from './end-date.rules';

describe('a confirmed end date', () => {
  const death = '2026-11-02';

  it('may lie on or after the day asked, up to five years after it', () => {
    expect(latestPlausibleEndDate({ dateOfDeath: death, asked: '2026-12-01' })).toBe('2031-12-01');
    expect(effectiveDateProblem('2031-12-01', { dateOfDeath: death, asked: '2026-12-01' })).toBeNull();
    expect(effectiveDateProblem(death, { dateOfDeath: death, asked: death })).toBeNull();
  });

  it('is refused more than five years after the day asked, or after the death when none was asked, naming effectiveDate', () => {
    expect(effectiveDateProblem('2031-12-02', { dateOfDeath: death, asked: '2026-12-01' })).toMatchObject({ field: 'effectiveDate', rule: 'tooLate', limit: '2031-12-01' });
    expect(effectiveDateProblem('2099-12-31', { dateOfDeath: death, asked: null })).toMatchObject({ field: 'effectiveDate', rule: 'tooLate', limit: '2031-11-02' });
  });

  it('is refused before the death', () => {
    expect(effectiveDateProblem('2026-11-01', { dateOfDeath: death, asked: null })).toMatchObject({ field: 'effectiveDate', rule: 'beforeDeath' });
  });

  it('later than asked is told to the owner; on or before the day asked, or with no day asked, it is not', () => {
    expect(endDateNotice('2026-12-31', { dateOfDeath: death, asked: death })).toEqual({ kind: 'laterThanAsked', asked: death });
    expect(endDateNotice('2026-12-01', { dateOfDeath: death, asked: '2026-12-01' })).toBeNull();
    expect(endDateNotice('2026-11-20', { dateOfDeath: death, asked: '2026-12-01' })).toBeNull();
    expect(endDateNotice('2027-03-01', { dateOfDeath: death, asked: null })).toBeNull();
    expect(endDateNotice(null, { dateOfDeath: death, asked: death })).toBeNull();
  });

  it('before a corrected date of death is told to the owner', () => {
    expect(endDateNotice('2026-11-25', { dateOfDeath: '2026-11-28', asked: '2026-11-28' })).toEqual({ kind: 'beforeDeath', dateOfDeath: '2026-11-28' });
  });
});
