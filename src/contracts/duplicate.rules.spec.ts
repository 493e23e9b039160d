import { likelyDuplicate } from './duplicate.rules';

describe('a contract likely recorded already (README, agencytold)', () => {
  it('asks about the same description, case and spacing ignored', () => {
    expect(likelyDuplicate(' internet  ', 'Internet')).toBe(true);
    expect(likelyDuplicate('Internet', 'Televisie')).toBe(false);
  });

  it('asks when both descriptions carry the same phone number, however it is typed', () => {
    expect(likelyDuplicate('Mobiel abonnement 06-1234', 'Mobiel 06-1234')).toBe(true);
    expect(likelyDuplicate('Sim only 06 1234 5678', 'Mobiel 0612345678')).toBe(true);
    expect(likelyDuplicate('Mobiel +31 6 12345678', 'Abonnement 06-12345678')).toBe(true);
    expect(likelyDuplicate('Mobiel 06-1234', 'Mobiel 06-4321')).toBe(false);
  });

  it('asks when both carry the same long digit sequence, not a short one or a date', () => {
    expect(likelyDuplicate('Stroom, aansluiting 871687120000123456', 'Elektriciteit 871687120000123456')).toBe(true);
    expect(likelyDuplicate('Stroom meter 123456', 'Gas meter 123456')).toBe(true);
    expect(likelyDuplicate('Stroom 2026', 'Gas 2026')).toBe(false);
    expect(likelyDuplicate('Stroom vanaf 01-01-2026', 'Gas vanaf 01-01-2026')).toBe(false);
    expect(likelyDuplicate('Huisnummer 12', 'Berging 12')).toBe(false);
  });
});
