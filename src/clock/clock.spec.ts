import { dutchDate, startOfDutchDay, VirtualClock } from './clock';

describe('clock', () => {
  it('knows the Dutch calendar day, not the UTC one', () => {
    expect(dutchDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(dutchDate(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });

  it('finds midnight in Amsterdam in winter and in summer time', () => {
    expect(startOfDutchDay('2026-12-01').toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(startOfDutchDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfDutchDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // summer time starts at 02:00
  });

  it('answers the right day on both sides of a remembered day, also the short day summer time starts', () => {
    expect(dutchDate(new Date('2026-03-29T12:00:00Z'))).toBe('2026-03-29'); // remembers 29 March, 23 hours long
    expect(dutchDate(new Date('2026-03-28T22:59:59.999Z'))).toBe('2026-03-28');
    expect(dutchDate(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(dutchDate(new Date('2026-03-29T21:59:59.999Z'))).toBe('2026-03-29');
    expect(dutchDate(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    expect(dutchDate(new Date('2026-03-29T12:00:00Z'))).toBe('2026-03-29');
  });

  it('moves virtual time only when told to', () => {
    const clock = new VirtualClock(new Date('2026-11-23T09:00:00+01:00'));
    expect(clock.today()).toBe('2026-11-23');
    clock.advanceDays(10);
    expect(clock.today()).toBe('2026-12-03');
  });

  it('resumes at a later instant and never goes back to an earlier one', () => {
    const clock = new VirtualClock(new Date('2026-11-23T09:00:00+01:00'));
    expect(clock.resumeAt(new Date('2026-11-20T09:00:00+01:00'))).toBe(false);
    expect(clock.today()).toBe('2026-11-23');
    expect(clock.resumeAt(new Date('2026-12-08T09:00:00+01:00'))).toBe(true);
    expect(clock.today()).toBe('2026-12-08');
  });
});
