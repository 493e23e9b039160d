import { effectiveDateProblem, endDateFactsOf, endDateNotice, latestPlausibleEndDate } from './end-date.rules';

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
    const basis = 'request' as const;
    expect(endDateNotice('2026-12-31', { dateOfDeath: death, asked: death, basis })).toEqual({ kind: 'laterThanAsked', asked: death, basis });
    expect(endDateNotice('2026-12-01', { dateOfDeath: death, asked: '2026-12-01', basis })).toBeNull();
    expect(endDateNotice('2026-11-20', { dateOfDeath: death, asked: '2026-12-01', basis })).toBeNull();
    expect(endDateNotice('2027-03-01', { dateOfDeath: death, asked: null, basis })).toBeNull();
    expect(endDateNotice(null, { dateOfDeath: death, asked: death, basis })).toBeNull();
  });

  it('before a corrected date of death is told to the owner', () => {
    expect(endDateNotice('2026-11-25', { dateOfDeath: '2026-11-28', asked: '2026-11-28', basis: 'request' })).toEqual({ kind: 'beforeDeath', dateOfDeath: '2026-11-28' });
  });

  it('is held against a lease’s end by law as such (no letter names it after a corrected date of death), and against the requested date otherwise', () => {
    const alone = { dateOfDeath: '2026-10-20', livedAlone: true };
    const lease = endDateFactsOf({ action: 'cancel', requestedEndDate: null }, 'housing', alone);
    expect(lease).toEqual({ dateOfDeath: '2026-10-20', asked: '2026-12-31', basis: 'law' });
    expect(endDateNotice('2027-01-31', lease)).toEqual({ kind: 'laterThanAsked', asked: '2026-12-31', basis: 'law' });
    expect(endDateFactsOf({ action: 'cancel', requestedEndDate: '2026-11-15' }, 'energy', alone)).toEqual({ dateOfDeath: '2026-10-20', asked: '2026-11-15', basis: 'request' });
    expect(endDateFactsOf({ action: 'transfer', requestedEndDate: '2026-11-15' }, 'housing', alone)).toMatchObject({ asked: '2026-11-15', basis: 'request' });
  });
});
