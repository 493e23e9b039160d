import { documentOversaid, oversaid, oversaidWarnings, passesElfproef, passesIbanCheck } from './description-rules';

describe('docrest: her words for an "overig" document, checked for a BSN or an IBAN', () => {
  it('knows a BSN by the elfproef, and nine digits that fail it are no BSN', () => {
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('123456782')).toBe(true);
    expect(passesElfproef('123456789')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
  });

  it('knows an IBAN by its check digits', () => {
    expect(passesIbanCheck('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(passesIbanCheck('NL91ABNA0417164300')).toBe(true);
    expect(passesIbanCheck('NL92 ABNA 0417 1643 00')).toBe(false);
  });

  it('finds a BSN written together or in groups, and an IBAN, in her words; a KvK number, a date or a longer number is neither', () => {
    expect(oversaid('brief SVB over BSN 123456782')).toEqual(['bsn']);
    expect(oversaid('brief SVB over 1234 56 782')).toEqual(['bsn']);
    expect(oversaid('brief SVB over 123.456.782')).toEqual(['bsn']);
    expect(oversaid('bankafschrift NL91 ABNA 0417 1643 00 december')).toEqual(['iban']);
    expect(oversaid('afschrift NL91ABNA0417164300 van BSN 111222333')).toEqual(['bsn', 'iban']);
    expect(oversaid('uittreksel Kamer van Koophandel 12345678')).toEqual([]);
    expect(oversaid('factuur 1234567820 van 1 december 2026')).toEqual([]);
    expect(oversaid('bankafschrift december met afschrijving KPN')).toEqual([]);
    expect(oversaid(null)).toEqual([]);
  });

  it('smallmends: a BSN or an IBAN copied with dashes or slashes is found as with spaces or dots', () => {
    expect(oversaid('BSN 111-222-333')).toEqual(['bsn']);
    expect(oversaid('BSN 111/222/333')).toEqual(['bsn']);
    expect(oversaid('Afschrift IBAN: NL91-ABNA-0417-1643-00')).toEqual(['iban']);
    expect(oversaid('Afschrift NL91/ABNA/0417/1643/00')).toEqual(['iban']);
    expect(oversaid('Afschrift NL91.ABNA.0417.1643.00')).toEqual(['iban']);
    expect(passesIbanCheck('NL91-ABNA-0417-1643-00')).toBe(true);
  });

  it('smallmends: dates and phone numbers written with dashes, slashes or dots are no BSN', () => {
    expect(oversaid('brief van 02-11-2026, ontvangen 12/12/2026 en 1.12.2026')).toEqual([]);
    expect(oversaid('factuur 02-11-2026 14:30 en 2026-11-02 12')).toEqual([]);
    expect(oversaid('bel 06-12345678, 020-555 0101 of +31 20 555 0101')).toEqual([]);
    expect(oversaid('bel 06-1234-5678 of 06/12/34/56/78')).toEqual([]);
    expect(oversaid('polis 1234-5678 van 1-2-2026')).toEqual([]);
  });

  it('docwarn: only a current "overig" document\'s words are checked, as letters and the desk name it by them', () => {
    const doc = { kind: 'other', description: 'brief SVB, BSN 123456782', withdrawnAt: null, supersededById: null };
    expect(documentOversaid(doc)).toEqual(['bsn']);
    expect(documentOversaid({ ...doc, kind: 'invoice' })).toEqual([]);
    expect(documentOversaid({ ...doc, withdrawnAt: new Date('2026-12-01') })).toEqual([]);
    expect(documentOversaid({ ...doc, supersededById: 'newer' })).toEqual([]);
  });

  it('docwarn: one warning per number found, naming the field and the rule', () => {
    expect(oversaidWarnings('description', ['bsn', 'iban'], 'a provider does not need it')).toEqual([
      { field: 'description', rule: 'bsn', message: 'seems to hold a citizen service number (BSN), nine digits passing its elfproef; a provider does not need it' },
      { field: 'description', rule: 'iban', message: 'seems to hold an account number (IBAN), passing its mod-97 check; a provider does not need it' },
    ]);
    expect(oversaidWarnings('message', [], 'x')).toEqual([]);
  });
});
