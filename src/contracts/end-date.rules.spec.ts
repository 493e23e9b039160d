import { effectiveDateProblem, endDateFactsOf, endDateNotice, latestPlausibleEndDate, requestKnownOn } from './end-date.rules';

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

  it('later than asked is told to the owner; on or before the day asked, or with no day asked of a bank, it is not', () => {
    const basis = 'request' as const;
    const noticeFrom = null;
    expect(endDateNotice('2026-12-31', { dateOfDeath: death, asked: death, basis, noticeFrom })).toEqual({ kind: 'laterThanAsked', asked: death, basis });
    expect(endDateNotice('2026-12-01', { dateOfDeath: death, asked: '2026-12-01', basis, noticeFrom })).toBeNull();
    expect(endDateNotice('2026-11-20', { dateOfDeath: death, asked: '2026-12-01', basis, noticeFrom })).toBeNull();
    expect(endDateNotice('2027-03-01', endDateFactsOf({ action: 'cancel', requestedEndDate: null }, 'bank', { dateOfDeath: death, livedWith: null }))).toBeNull();
    expect(endDateNotice(null, { dateOfDeath: death, asked: death, basis, noticeFrom })).toBeNull();
  });

  it('before a corrected date of death is told to the owner', () => {
    expect(endDateNotice('2026-11-25', { dateOfDeath: '2026-11-28', asked: '2026-11-28', basis: 'request', noticeFrom: null })).toEqual({ kind: 'beforeDeath', dateOfDeath: '2026-11-28' });
  });

  describe('with no day asked of a subscription ("as soon as possible")', () => {
    const deceased = { dateOfDeath: death, livedWith: null };
    const telecom = (knownOn: string | null) => endDateFactsOf({ action: 'cancel', requestedEndDate: null }, 'telecom', deceased, knownOn);

    it('is held against a month’s notice from the day the provider had the request, or from the death when none is recorded', () => {
      expect(telecom('2026-11-09')).toEqual({ dateOfDeath: death, asked: null, basis: 'notice', noticeFrom: { from: '2026-11-09', fromDeath: false } });
      expect(telecom(null)).toMatchObject({ asked: null, basis: 'notice', noticeFrom: { from: death, fromDeath: true } });
    });

    it('counts the provider as having had the request on the earliest of its letter going out, its acknowledgement and its question since the latest request', () => {
      const step = (event: string, on: string) => ({ event, on });
      expect(requestKnownOn(null, [])).toBeNull();
      expect(requestKnownOn('2026-11-09', [step('REQUEST', '2026-11-03')])).toBe('2026-11-09');
      // The letter went out by post after KPN acknowledged a copy by e-mail: KPN had it on the 5th.
      expect(requestKnownOn('2026-11-09', [step('REQUEST', '2026-11-03'), step('ACKNOWLEDGE', '2026-11-05'), step('REQUEST_INFORMATION', '2026-11-07')])).toBe('2026-11-05');
      expect(requestKnownOn(null, [step('REQUEST', '2026-11-03'), step('REQUEST_INFORMATION', '2026-11-07')])).toBe('2026-11-07');
      // Sent again after a rejection: the first request's acknowledgement answers no longer.
      expect(requestKnownOn('2026-11-20', [step('REQUEST', '2026-11-03'), step('ACKNOWLEDGE', '2026-11-05'), step('REQUEST', '2026-11-18')])).toBe('2026-11-20');
      expect(requestKnownOn(null, [step('ACKNOWLEDGE', '2026-11-05'), step('REQUEST', '2026-11-18')])).toBeNull();
    });

    it('within the notice is not told; beyond it the owner hears it may be a fixed term', () => {
      expect(endDateNotice('2026-12-09', telecom('2026-11-09'))).toBeNull();
      expect(endDateNotice('2026-11-30', telecom('2026-11-09'))).toBeNull();
      expect(endDateNotice('2026-12-10', telecom('2026-11-09'))).toEqual({ kind: 'laterThanNotice', asked: '2026-12-09', basis: 'notice', from: '2026-11-09', fromDeath: false });
      expect(endDateNotice('2030-12-31', telecom(null))).toEqual({ kind: 'laterThanNotice', asked: '2026-12-02', basis: 'notice', from: death, fromDeath: true });
    });

    it('applies to energy and subscriptions, not to insurance, a transfer or a requested day', () => {
      const sent = '2026-11-09';
      expect(endDateFactsOf({ action: 'cancel', requestedEndDate: null }, 'energy', deceased, sent)).toMatchObject({ basis: 'notice', noticeFrom: { from: sent, fromDeath: false } });
      expect(endDateFactsOf({ action: 'cancel', requestedEndDate: null }, 'subscription', deceased, sent)).toMatchObject({ basis: 'notice' });
      expect(endDateNotice('2030-12-31', endDateFactsOf({ action: 'cancel', requestedEndDate: null }, 'insurance', deceased, sent))).toBeNull();
      expect(endDateNotice('2030-12-31', endDateFactsOf({ action: 'transfer', requestedEndDate: null }, 'telecom', deceased, sent))).toBeNull();
      expect(endDateFactsOf({ action: 'cancel', requestedEndDate: '2026-11-15' }, 'telecom', deceased, sent)).toEqual({ dateOfDeath: death, asked: '2026-11-15', basis: 'request', noticeFrom: null });
    });
  });

  it('is held against a lease’s end by law as such (no letter names it after a corrected date of death), and against the requested date otherwise', () => {
    const alone = { dateOfDeath: '2026-10-20', livedWith: 'nobody' as const };
    const lease = endDateFactsOf({ action: 'cancel', requestedEndDate: null }, 'housing', alone);
    expect(lease).toEqual({ dateOfDeath: '2026-10-20', asked: '2026-12-31', basis: 'law', noticeFrom: null });
    expect(endDateNotice('2027-01-31', lease)).toEqual({ kind: 'laterThanAsked', asked: '2026-12-31', basis: 'law' });
    // A lease by law is untouched by a consumer's notice, whenever its letter went out; one with nobody living alone asks no day and is held against none.
    expect(endDateFactsOf({ action: 'cancel', requestedEndDate: null }, 'housing', alone, '2026-10-25')).toEqual(lease);
    expect(endDateNotice('2026-12-31', endDateFactsOf({ action: 'cancel', requestedEndDate: null }, 'housing', alone, '2026-10-25'))).toBeNull();
    expect(endDateNotice('2027-06-30', endDateFactsOf({ action: 'cancel', requestedEndDate: null }, 'housing', { dateOfDeath: '2026-10-20', livedWith: 'someone' }, '2026-10-25'))).toBeNull();
    expect(endDateFactsOf({ action: 'cancel', requestedEndDate: '2026-11-15' }, 'energy', alone)).toEqual({ dateOfDeath: '2026-10-20', asked: '2026-11-15', basis: 'request', noticeFrom: null });
    expect(endDateFactsOf({ action: 'transfer', requestedEndDate: '2026-11-15' }, 'housing', alone)).toMatchObject({ asked: '2026-11-15', basis: 'request' });
  });
});
