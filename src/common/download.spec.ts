import { FILE_NAME_MAX, safeFileName } from './download';
import { zipFileName } from './zip';

describe('safeFileName', () => {
  it('keeps letters of every language, digits and plain punctuation; a colon reads as a dash, the rest as "_"', () => {
    expect(safeFileName('2026-12-03 Opzegging na overlijden: Internet, klantnummer 1.2345.678, van Zoë Çelik', 'pdf', '- aan KPN B.V.')).toBe(
      '2026-12-03 Opzegging na overlijden - Internet, klantnummer 1.2345.678, van Zoë Çelik - aan KPN B.V..pdf',
    );
    expect(safeFileName('../../etc/passwd "x" <y>\u0000\n|*?', 'pdf')).toBe('.._.._etc_passwd _x_ _y_.pdf');
  });

  it(`caps a name at ${FILE_NAME_MAX} characters with its extension, the recipient kept whole and no cut word's dot or space at the end`, () => {
    const name = safeFileName(`2026-12-03 ${'Opzegging na overlijden '.repeat(10)}`, 'pdf', '- to Vattenfall Klantenservice');
    expect(name.length).toBeLessThanOrEqual(FILE_NAME_MAX);
    expect(name).toMatch(/^2026-12-03 Opzegging na overlijden .*\S - to Vattenfall Klantenservice\.pdf$/);
    expect(zipFileName(0, 'x'.repeat(300), 'jpg')).toHaveLength(FILE_NAME_MAX);
    expect(zipFileName(11, 'akte van overlijden', 'pdf')).toBe('12 akte van overlijden.pdf');
  });
});
