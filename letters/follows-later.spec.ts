import { composeLetter } from './compose';
import type { Language, LetterInput } from './model';
import { lintLetter } from './rules';
import { letterOfKind } from './test-support';

/** v12 (README, "infolater"): a part answer says what follows later; the answer after it names the part sent before. */
describe('an answer with a document that follows later', () => {
  const verklaring = { kind: 'certificate_of_inheritance', title: 'Verklaring van erfrecht', expectedOn: '2027-01-15' };
  const akte = { documentId: 'doc-1', kind: 'death_certificate', title: 'Akte van overlijden' };
  const body = (language: Language, overrides: Partial<LetterInput>) => {
    const input = letterOfKind('information_supplied', language, { informationMessage: 'Graag akte en verklaring van erfrecht.', travellingDocumentIds: ['doc-1', 'doc-2'], ...overrides });
    expect(lintLetter(input, composeLetter(input))).toEqual([]);
    return composeLetter(input).body.join('\n');
  };

  it('says what follows and by when, and asks the provider to finish only once all is there', () => {
    const nl = body('nl', { enclosures: [akte], followsLater: [verklaring] });
    expect(nl).toContain('Volgt later: verklaring van erfrecht (naar verwachting uiterlijk 15 januari 2027). Ik stuur u dat stuk zodra ik het heb; daarna verzoek ik u de beëindiging af te ronden.');
    expect(nl).not.toContain('nu af te ronden');
    const en = body('en', { enclosures: [{ ...akte, title: 'Death certificate' }], followsLater: [{ ...verklaring, title: 'Certificate of inheritance', expectedOn: null }] });
    expect(en).toContain('To follow later: certificate of inheritance. I will send it as soon as I have it; I will then ask you to complete the cancellation.');
    expect(en).not.toContain('expected by');
  });

  it('says "dat stuk" or "die stukken", never "het" after a de-word such as de volmacht (audit)', () => {
    const volmacht = { kind: 'power_of_attorney', title: 'Volmacht van de erfgenamen', expectedOn: null };
    const one = body('nl', { enclosures: [akte], followsLater: [volmacht] });
    expect(one).toContain('Volgt later: volmacht van de erfgenamen. Ik stuur u dat stuk zodra ik het heb;');
    const two = body('nl', { enclosures: [akte], followsLater: [volmacht, verklaring] });
    expect(two).toContain('Ik stuur u die stukken zodra ik ze heb;');
    expect(body('en', { enclosures: [akte], followsLater: [volmacht, verklaring] })).toContain('I will send them as soon as I have them;');
  });

  it('names the part sent before and, of what was to follow, only what it encloses', () => {
    const history = { confirmedEndDate: null, acknowledgedSinceRequest: false, sent: [{ kind: 'cancellation' as const, date: '2026-11-09' }, { kind: 'information_supplied' as const, date: '2026-11-23' }] };
    const sent = body('nl', { history, followUp: [verklaring], enclosures: [{ documentId: 'doc-2', kind: verklaring.kind, title: verklaring.title }] });
    expect(sent).toContain('Op 23 november 2026 heb ik u daarop een deel gestuurd; later zou volgen: verklaring van erfrecht. Nu bijgevoegd: verklaring van erfrecht.');
    expect(sent).toContain('nu af te ronden');
    const stillLater = body('en', { history, followUp: [verklaring], followsLater: [verklaring], enclosures: [], informationAnswer: 'The notary needs another week.' });
    expect(stillLater).toContain('On 23 November 2026 I sent you part of it; to follow later: verklaring van erfrecht.');
    expect(stillLater).not.toContain('Enclosed now');
  });

  // claimform: the insurer's own claim form is no kind of ours: named as she described it, as typed, in both letters.
  it('names what follows in the owner\'s words, and once it goes, says it went under those words', () => {
    const claimForm = { kind: 'other', title: 'Document', expectedOn: '2027-01-08', description: 'het ingevulde claimformulier' };
    const insurer = { category: 'insurance' as const, insuranceKind: 'life' as const };
    const nl = body('nl', { ...insurer, enclosures: [{ documentId: 'doc-2', kind: verklaring.kind, title: verklaring.title }], followsLater: [claimForm] });
    expect(nl).toContain('Volgt later: het ingevulde claimformulier (naar verwachting uiterlijk 8 januari 2027). Ik stuur u dat stuk zodra ik het heb; daarna verzoek ik u de uitkering af te ronden.');
    expect(nl).not.toContain('nu af te ronden');
    const en = body('en', { ...insurer, enclosures: [], informationAnswer: 'The claim form follows.', followsLater: [{ ...claimForm, description: 'the completed claim form (Form B)' }] });
    expect(en).toContain('To follow later: the completed claim form (Form B) (expected by 8 January 2027). I will send it as soon as I have it; I will then ask you to complete the payout.');
    const history = { confirmedEndDate: null, acknowledgedSinceRequest: false, sent: [{ kind: 'cancellation' as const, date: '2026-11-09' }, { kind: 'information_supplied' as const, date: '2026-11-23' }] };
    const sent = body('nl', { ...insurer, history, followUp: [claimForm], enclosures: [{ documentId: 'doc-2', kind: 'other', title: 'Document' }] });
    expect(sent).toContain('later zou volgen: het ingevulde claimformulier. Nu bijgevoegd: het ingevulde claimformulier.');
    expect(sent).toContain('Ik verzoek u de uitkering nu af te ronden');
  });

  it('sends a new one in place of one withdrawn (v16): no part promised, the day it was withdrawn (README, answerback)', () => {
    const history = { confirmedEndDate: null, acknowledgedSinceRequest: false, sent: [{ kind: 'cancellation' as const, date: '2026-11-09' }, { kind: 'information_supplied' as const, date: '2026-11-23' }] };
    const renewed = { ...verklaring, expectedOn: null, withdrawnOn: '2027-01-05' };
    const nl = body('nl', { history, followUp: [renewed], enclosures: [{ documentId: 'doc-2', kind: verklaring.kind, title: verklaring.title }] });
    expect(nl).toContain('De verklaring van erfrecht die ik u eerder stuurde, heb ik op 5 januari 2027 ingetrokken. Nu bijgevoegd: een nieuwe verklaring van erfrecht.');
    expect(nl).not.toContain('een deel gestuurd');
    const en = body('en', { history, followUp: [{ ...renewed, title: 'Certificate of inheritance' }], enclosures: [{ documentId: 'doc-2', kind: verklaring.kind, title: 'Certificate of inheritance' }] });
    expect(en).toContain('I withdrew the certificate of inheritance I sent you earlier on 5 January 2027. Enclosed now: a new certificate of inheritance.');
  });

  // answerrest: a withdrawn "overig" document that answered an item of her own words is named by them, with no article of ours.
  it('names a renewed item of her own words as she wrote it', () => {
    const history = { confirmedEndDate: null, acknowledgedSinceRequest: false, sent: [{ kind: 'cancellation' as const, date: '2026-11-09' }, { kind: 'information_supplied' as const, date: '2026-11-23' }] };
    const claimForm = { kind: 'other', title: 'Document', expectedOn: null, description: 'het ingevulde claimformulier', withdrawnOn: '2027-01-05' };
    const sent = body('nl', { history, followUp: [claimForm], enclosures: [{ documentId: 'doc-2', kind: 'other', title: 'Document' }] });
    expect(sent).toContain('Wat ik u eerder stuurde als het ingevulde claimformulier, heb ik op 5 januari 2027 ingetrokken. Nu bijgevoegd: een nieuw exemplaar van het ingevulde claimformulier.');
    const again = body('en', { history, followUp: [{ ...claimForm, description: 'the completed claim form' }], followsLater: [{ ...claimForm, description: 'the completed claim form', withdrawnOn: null }], enclosures: [], informationAnswer: 'It follows.' });
    expect(again).toContain('To follow later: a new copy of the completed claim form, replacing the one I sent earlier and withdrew on 5 January 2027.');
  });

  // answerrest: a new one that follows once more is said once, where the letter says what follows, with her date.
  it('says once that a new one follows in place of one withdrawn, with the date she gave (README, answerrest)', () => {
    const history = { confirmedEndDate: null, acknowledgedSinceRequest: false, sent: [{ kind: 'cancellation' as const, date: '2026-11-09' }, { kind: 'information_supplied' as const, date: '2026-11-23' }] };
    const renewed = { ...verklaring, expectedOn: null, withdrawnOn: '2027-01-05' };
    const nl = body('nl', { history, followUp: [renewed], followsLater: [{ ...verklaring, expectedOn: '2027-01-20' }], enclosures: [], informationAnswer: 'De notaris maakt een nieuwe.' });
    expect(nl).toContain('Volgt later: een nieuwe verklaring van erfrecht (naar verwachting uiterlijk 20 januari 2027), in plaats van de eerder gestuurde die ik op 5 januari 2027 heb ingetrokken. Ik stuur u dat stuk zodra ik het heb;');
    expect(nl).not.toContain('Er volgt een nieuwe');
    expect(nl.match(/nieuwe verklaring van erfrecht/g)).toHaveLength(1);
    const en = body('en', { history, followUp: [{ ...renewed, title: 'Certificate of inheritance' }], followsLater: [{ ...verklaring, title: 'Certificate of inheritance', expectedOn: null }], enclosures: [], informationAnswer: 'The notary makes a new one.' });
    expect(en).toContain('To follow later: a new certificate of inheritance, replacing the one I sent earlier and withdrew on 5 January 2027. I will send it as soon as I have it;');
    expect(en).not.toContain('will follow');
  });
});
