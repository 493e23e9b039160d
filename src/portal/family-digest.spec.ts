import { lastDigestMoment } from './family-digest.service';

describe('when the family digest goes out', () => {
  const at = (iso: string) => new Date(iso);
  it('is five in the afternoon in Amsterdam: before five the last one was yesterday', () => {
    expect(lastDigestMoment(at('2026-11-23T15:59:00Z'), '2026-11-23')).toEqual(at('2026-11-22T16:00:00Z'));
    expect(lastDigestMoment(at('2026-11-23T16:00:00Z'), '2026-11-23')).toEqual(at('2026-11-23T16:00:00Z'));
  });

  it('follows summer time, also on the days the clocks change', () => {
    expect(lastDigestMoment(at('2026-07-01T15:30:00Z'), '2026-07-01')).toEqual(at('2026-07-01T15:00:00Z'));
    expect(lastDigestMoment(at('2026-03-29T18:00:00Z'), '2026-03-29')).toEqual(at('2026-03-29T15:00:00Z'));
    expect(lastDigestMoment(at('2026-10-25T18:00:00Z'), '2026-10-25')).toEqual(at('2026-10-25T16:00:00Z'));
  });
});
