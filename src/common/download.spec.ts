import { FILE_NAME_MAX, safeFileName } from './download';
import { zipFileName } from './zip';

describe('safeFileName', () => {
  it('keeps letters of every language, digits and plain punctuation; a colon reads as a dash, the rest as "_"', () => {
    expect(safeFileName('2026-12-03 Opzegging na overlijden: Internet, klantnummer 1.2345.678, van Zoë Çelik', 'pdf', '- aan KPN B.V.')).toBe(
      '2026-12-03 Opzegging na overlijden - Internet, klantnummer 1.2345.678, van Zoë Çelik - aan KPN B.V..pdf',
    );
    expect(safeFileName('../../etc/passwd "x" <y>\u0000\n|*?', 'pdf')).toBe('.._.._etc_passwd _x_ _y_.pdf');
  });

  it(`caps a name at ${FILE_NAME_MAX} characters with its extension, after a whole word, the recipient kept whole`, () => {
    const name = safeFileName(`2026-12-03 Opzegging na overlijden: ${'Huur van de woning, '.repeat(10)}`, 'pdf', '- to Vattenfall Klantenservice');
    expect(name).toBe('2026-12-03 Opzegging na overlijden - Huur van de woning, Huur van de woning, Huur van - to Vattenfall Klantenservice.pdf');
    expect(name).toHaveLength(FILE_NAME_MAX);
    expect(zipFileName(0, 'x'.repeat(300), 'jpg')).toHaveLength(FILE_NAME_MAX);
    expect(zipFileName(11, 'akte van overlijden', 'pdf')).toBe('12 akte van overlijden.pdf');
  });
});
