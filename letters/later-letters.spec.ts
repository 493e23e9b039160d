import { composeLetter } from './compose';
import type { Language, SentLetter, StatedFacts } from './model';
import { lintLetter } from './rules';
import { statedIn } from './index';
import { accountCorrectedAfterReminder, insurersNotaCorrected, releaseReminder, sampleLetter } from './test-support';

/**
 * Which earlier letters a correction says printed the old value, and how it names them (audit): only those that did
 * (a letter the outbox wrote after the record changed printed the new value), and those of one kind, signer and day once.
 */
describe('a correction names the earlier letters that printed the old value, once per day', () => {
  const request: SentLetter = { kind: 'cancellation', date: '2026-11-09' };
  const OLD: StatedFacts = { deceasedName: 'Jan de Vries', dateOfDeath: '2026-11-02', description: 'Internet en vaste telefonie', accountNumber: '1.2345.678' };
  const NEW: StatedFacts = { ...OLD, deceasedName: 'Jan Hendrik de Vries' };
  /** A correction of the account number, written when the record held `stated`; undefined: archived before letters kept it. */
  const ofAccount = (date: string, stated?: StatedFacts, colleague?: string): SentLetter => ({
    kind: 'correction',
    date,
    ...(colleague && { colleague }),
    corrections: [{ field: 'accountNumber', from: '1.2345.687', to: '1.2345.678' }],
    ...(stated && { stated }),
  });
  const ofName = (date: string, from: string, to: string): SentLetter => ({ kind: 'correction', date, corrections: [{ field: 'deceasedName', from, to }], stated: { ...OLD, deceasedName: to } });

  /** The correction of the deceased's given names, from Jan (as `from`) to `givenNames`, after the letters `sent` since the request. */
  function nameCorrection(language: Language, sent: SentLetter[], from = 'Jan de Vries', givenNames = 'Jan Hendrik') {
    const input = sampleLetter({
      kind: 'correction',
      language,
      letterDate: '2026-12-03',
      today: '2026-12-03',
      previousLetterDate: '2026-11-09',
      deceased: { ...sampleLetter().deceased, givenNames },
      history: { sent: [request, ...sent], confirmedEndDate: null, acknowledgedSinceRequest: false },
      corrections: [{ field: 'deceasedName', from, to: `${givenNames} de Vries` }],
    });
    expect(lintLetter(input, composeLetter(input))).toEqual([]);
    return composeLetter(input).body.join('\n');
  }

  it.each<[string, SentLetter[], string, string]>([
    [
      'a correction written after the name changed printed the new name: not named',
      [ofAccount('2026-12-03', NEW)],
      'Mijn verzoek vermeldde als naam van de overledene Jan de Vries; de juiste naam van de overledene is Jan Hendrik de Vries.',
      'My request gave the name of the deceased as Jan de Vries; the correct name of the deceased is Jan Hendrik de Vries.',
    ],
    [
      'one written before the name changed printed the old name: named',
      [ofAccount('2026-12-02', OLD)],
      'Mijn verzoek en mijn correctie van 2 december 2026 vermeldden als naam van de overledene Jan de Vries;',
      'My request and my correction of 2 December 2026 gave the name of the deceased as Jan de Vries;',
    ],
    [
      'one archived before letters kept what they printed: named, as it may have printed it',
      [ofAccount('2026-12-02')],
      'Mijn verzoek en mijn correctie van 2 december 2026 vermeldden als naam van de overledene Jan de Vries;',
      'My request and my correction of 2 December 2026 gave the name of the deceased as Jan de Vries;',
    ],
    [
      'seven of one day: named once',
      Array.from({ length: 7 }, () => ofAccount('2026-12-03', OLD)),
      'Mijn verzoek en mijn correcties van 3 december 2026 vermeldden als naam van de overledene Jan de Vries;',
      'My request and my corrections of 3 December 2026 gave the name of the deceased as Jan de Vries;',
    ],
    [
      'of two days, a reminder between: each kind and day once, in the order they went out',
      [ofAccount('2026-12-02', OLD), ofAccount('2026-12-02', OLD), { kind: 'reminder', date: '2026-12-02', stated: OLD }, ofAccount('2026-12-03', OLD), ofAccount('2026-12-03', NEW)],
      'Mijn verzoek, mijn correcties van 2 december 2026, mijn herinnering van 2 december 2026 en mijn correctie van 3 december 2026 vermeldden als naam van de overledene Jan de Vries;',
      'My request, my corrections of 2 December 2026, my reminder of 2 December 2026 and my correction of 3 December 2026 gave the name of the deceased as Jan de Vries;',
    ],
    [
      "a colleague's of one day apart from mine",
      [ofAccount('2026-12-02', OLD, 'Anna de Boer'), ofAccount('2026-12-02', OLD, 'Anna de Boer'), ofAccount('2026-12-02', OLD)],
      'Mijn verzoek, de correcties van mijn collega Anna de Boer van 2 december 2026 en mijn correctie van 2 december 2026 vermeldden',
      "My request, my colleague Anna de Boer's corrections of 2 December 2026 and my correction of 2 December 2026 gave",
    ],
  ])('%s', (_case, sent, nl, en) => {
    expect(nameCorrection('nl', sent)).toContain(nl);
    expect(nameCorrection('en', sent)).toContain(en);
  });

  it('says it corrects later letters only when it names one', () => {
    expect(nameCorrection('nl', [ofAccount('2026-12-03', NEW)])).toContain('Hierbij corrigeer ik een gegeven uit dat verzoek.');
    expect(nameCorrection('nl', [ofAccount('2026-12-02', OLD)])).toContain('Hierbij corrigeer ik een gegeven uit dat verzoek en uit latere brieven.');
    expect(nameCorrection('en', [ofAccount('2026-12-03', NEW)])).toContain('I am writing to correct a detail in that request.');
  });

  it('merges the correction the provider last read the value in with the later ones of its day', () => {
    const told = ofName('2026-12-02', 'Jan de Vries', 'Jan Hendrik de Vries');
    const sent = [told, ofAccount('2026-12-02', NEW), ofAccount('2026-12-02', NEW)];
    expect(nameCorrection('nl', sent, 'Jan Hendrik de Vries', 'Johan Hendrik')).toContain(
      'Mijn correcties van 2 december 2026 vermeldden als naam van de overledene Jan Hendrik de Vries; de juiste naam van de overledene is Johan Hendrik de Vries.',
    );
    expect(nameCorrection('en', sent, 'Jan Hendrik de Vries', 'Johan Hendrik')).toContain('My corrections of 2 December 2026 gave the name of the deceased as Jan Hendrik de Vries;');
    // Alone it is named as before.
    expect(nameCorrection('nl', [told], 'Jan Hendrik de Vries', 'Johan Hendrik')).toContain('Mijn correctie van 2 december 2026 vermeldde als naam van de overledene Jan Hendrik de Vries;');
  });
});

/** A correction's opening quotes the request as it was printed (audit: a name correction opened with the new name). */
describe("a correction's opening quotes the request as printed", () => {
  const correction = (request: SentLetter) => {
    const input = sampleLetter({
      kind: 'correction',
      letterDate: '2026-12-03',
      today: '2026-12-03',
      previousLetterDate: '2026-11-09',
      deceased: { ...sampleLetter().deceased, givenNames: 'Jan Hendrik' },
      history: { sent: [request], confirmedEndDate: null, acknowledgedSinceRequest: false },
      corrections: [{ field: 'deceasedName', from: 'Johan de Vries', to: 'Jan Hendrik de Vries' }],
    });
    expect(lintLetter(input, composeLetter(input))).toEqual([]);
    return composeLetter(input).body.join('\n');
  };

  it('names the deceased as the request printed them (`stated`), then what is right', () => {
    const body = correction({ kind: 'cancellation', date: '2026-11-09', stated: { deceasedName: 'Jan de Vries', dateOfDeath: '2026-11-02', description: 'Internet en vaste telefonie', accountNumber: '1.2345.678' } });
    expect(body).toContain('namens de nabestaanden van Jan de Vries, overleden op 2 november 2026, gevraagd');
    expect(body).not.toContain('namens de nabestaanden van Jan Hendrik de Vries');
    expect(body).toContain('de juiste naam van de overledene is Jan Hendrik de Vries.');
  });

  it('for a request archived before letters kept what they printed, by what the correction corrected', () => {
    expect(correction({ kind: 'cancellation', date: '2026-11-09' })).toContain('namens de nabestaanden van Johan de Vries, overleden op');
  });
});

/** remindwithdraw (remindrest's Not done 2): the bank's release reminder printed the estate account too; its correction names that reminder. */
describe('a correction of the estate account names the release reminder that printed the old one', () => {
  const text = (input: ReturnType<typeof accountCorrectedAfterReminder>) => {
    const letter = composeLetter(input);
    expect(lintLetter(input, letter)).toEqual([]);
    return letter.body.join('\n').replace(/\u00a0/g, ' ');
  };
  it.each([
    ['nl', 'Mijn verzoek en mijn herinnering van 7 december 2026 over de vrijgave van het saldo vermeldden als rekening voor een terugbetaling NL91 ABNA 0417 1643 00 (Erven J. de Vries); de juiste rekening voor een terugbetaling is NL20 INGB 0001 2345 67 (Erven J.H. de Vries).', 'Mijn verzoek vermeldde als'],
    ['en', 'My request and my reminder of 7 December 2026 about the release of the balance gave the account for any refund as NL91 ABNA 0417 1643 00 (Erven J. de Vries); the correct account for any refund is NL20 INGB 0001 2345 67 (Erven J.H. de Vries).', 'My request gave'],
  ] as const)('the reminder that printed it is named; one written after the account changed is not (%s)', (language, named, requestOnly) => {
    expect(text(accountCorrectedAfterReminder(language))).toContain(named);
    const newer = accountCorrectedAfterReminder(language, { stated: { deceasedName: 'Jan de Vries', dateOfDeath: '2026-11-02', description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789', estateAccount: 'NL20 INGB 0001 2345 67 (Erven J.H. de Vries)' } });
    expect(text(newer)).toContain(requestOnly);
    expect(text(newer)).not.toMatch(/herinnering|reminder/);
  });

  it('the release reminder keeps the estate account it printed, as a correction names it; other letters keep none', () => {
    expect(statedIn(releaseReminder('nl'))).toMatchObject({ estateAccount: 'NL91 ABNA 0417 1643 00 (Erven J. de Vries)' });
    expect(statedIn(sampleLetter({ kind: 'reminder' }))).not.toHaveProperty('estateAccount');
  });
});

/** factuurrest: a later letter named by the bill it was about names an insurer's bill its nota, as that letter did (`billNouns`). */
describe("a correction names an insurer's nota in the objections it refers back to", () => {
  const correction = (language: Language, category: 'insurance' | 'telecom') => {
    const input = sampleLetter({
      kind: 'correction',
      language,
      category,
      letterDate: '2026-12-14',
      today: '2026-12-14',
      previousLetterDate: '2026-11-09',
      history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }, { kind: 'dispute', date: '2026-12-10', bill: 'P-12' }, { kind: 'bill_correction', date: '2026-12-11' }], confirmedEndDate: null, acknowledgedSinceRequest: false },
      corrections: [{ field: 'accountNumber', from: '1.2345.687', to: '1.2345.678' }],
    });
    expect(lintLetter(input, composeLetter(input))).toEqual([]);
    return composeLetter(input).body.join('\n');
  };

  it('Dutch and English, and a telecom provider keeps its invoice', () => {
    expect(correction('nl', 'insurance')).toContain('mijn bezwaar van 10 december 2026 tegen nota P-12 en mijn correctie van 11 december 2026 op mijn bezwaar tegen een nota');
    expect(correction('en', 'insurance')).toContain('my objection of 10 December 2026 to bill P-12 and my correction of 11 December 2026 of my objection to a bill');
    expect(correction('nl', 'telecom')).toContain('mijn bezwaar van 10 december 2026 tegen factuur P-12 en mijn correctie van 11 december 2026 op mijn bezwaar tegen een factuur');
    expect(correction('en', 'telecom')).toContain('to invoice P-12 and my correction of 11 December 2026 of my objection to an invoice');
  });
});

/** notawords: a correction of an insurer's bill names what its nota is numbered and dated by, as the insurer does; an invoice keeps its own. */
describe("a correction of an insurer's nota names its notanummer and notadatum", () => {
  const said = (language: Language) => {
    const input = insurersNotaCorrected(language);
    const letter = composeLetter(input);
    expect(lintLetter(input, letter)).toEqual([]);
    return letter.body.join('\n').replace(/\u00a0/g, ' ');
  };
  it('in Dutch and English', () => {
    expect(said('nl')).toContain('vermeldde als notanummer P-21; het juiste notanummer is P-12.');
    expect(said('nl')).toContain('vermeldde als notadatum 2 november 2026; de juiste notadatum is 5 januari 2027.');
    expect(said('en')).toContain('stated the bill number as P-21; the correct bill number is P-12.');
    expect(said('en')).toContain('stated the bill date as 2 November 2026; the correct bill date is 5 January 2027.');
  });
});
