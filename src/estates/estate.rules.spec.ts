import { deceasedDateProblems, estateReference, formatAccessCode, normaliseAccessCode } from './estate.rules';

describe('estate rules', () => {
  const today = '2026-11-22';

  it('accepts a death today after the birth', () => {
    expect(deceasedDateProblems({ dateOfBirth: '1948-03-02', dateOfDeath: today }, today)).toEqual([]);
  });

  it('refuses a date of death in the future, naming the field', () => {
    expect(deceasedDateProblems({ dateOfBirth: '1948-03-02', dateOfDeath: '2026-11-23' }, today)).toEqual([
      { field: 'deceased.dateOfDeath', message: 'must not be in the future' },
    ]);
  });

  it('refuses a death before the birth', () => {
    expect(deceasedDateProblems({ dateOfBirth: '1990-01-02', dateOfDeath: '1990-01-01' }, today)).toEqual([
      { field: 'deceased.dateOfDeath', message: 'must not be before the date of birth' },
    ]);
  });

  it('makes references that sort and read well', () => {
    expect(estateReference(2026, 42)).toBe('ST-2026-00042');
  });

  it('makes access codes without look-alike characters, typed back in any case', () => {
    const code = formatAccessCode(Buffer.from([...Array(12).keys()].map((i) => i * 21)));
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(normaliseAccessCode(` ${code.toLowerCase()} `)).toBe(code.replace(/-/g, ''));
  });
});
