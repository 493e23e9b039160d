import { composeLetter } from './compose';
import type { Enclosure, Language, LetterInput } from './model';
import { lintLetter } from './rules';
import { letterOfKind } from './test-support';

/**
 * insurerletters (audit73 F-H): every document an answer encloses is named in its body and listed by what it is; a deletion
 * request names the letter that carried the document and the newer one of its kind that stands.
 */
describe('an answer names every document it encloses', () => {
  const history = { confirmedEndDate: null, acknowledgedSinceRequest: false, sent: [{ kind: 'cancellation' as const, date: '2026-11-09' }, { kind: 'information_supplied' as const, date: '2026-12-09' }] };
  const claimForm: Enclosure = { documentId: 'doc-3', kind: 'other', title: 'het ingevulde claimformulier', answers: ['het ingevulde claimformulier'] };
  const verklaring = (language: Language): Enclosure => ({ documentId: 'doc-2', kind: 'certificate_of_inheritance', title: language === 'nl' ? 'Verklaring van erfrecht' : 'Certificate of inheritance', renews: true });
  const letter = (language: Language, overrides: Partial<LetterInput>) => {
    const input = letterOfKind('information_supplied', language, { insuranceKind: 'life', category: 'insurance', travellingDocumentIds: ['doc-1', 'doc-2', 'doc-3'], ...overrides });
    const composed = composeLetter(input);
    expect(lintLetter(input, composed)).toEqual([]);
    return { body: composed.body.join('\n'), enclosures: composed.enclosures };
  };

  it('the claim form that was to follow and a new verklaring she was not asked for: both said, both listed by what they are', () => {
    const followUp = [{ kind: 'other', title: 'Document', description: 'het ingevulde claimformulier', expectedOn: null }];
    const nl = letter('nl', { history, followUp, enclosures: [verklaring('nl'), claimForm] });
    expect(nl.body).toContain('later zou volgen: het ingevulde claimformulier. Nu bijgevoegd: het ingevulde claimformulier.\nOok bijgevoegd: een nieuwe verklaring van erfrecht.');
    expect(nl.enclosures).toEqual(['Bijlagen:', '– Verklaring van erfrecht', '– het ingevulde claimformulier']);
    // claimform Not done, decided: her words stay as she typed them (Dutch here), every word around them is the letter's language.
    const en = letter('en', { history, followUp, enclosures: [verklaring('en'), claimForm] });
    expect(en.body).toContain('to follow later: het ingevulde claimformulier. Enclosed now: het ingevulde claimformulier.\nAlso enclosed: a new certificate of inheritance.');
    expect(en.enclosures).toEqual(['Enclosures:', '– Certificate of inheritance', '– het ingevulde claimformulier']);
  });

  it('an answer that followed nothing up says what it encloses; one that encloses nothing says nothing of it', () => {
    const akte = { documentId: 'doc-1', kind: 'death_certificate', title: 'Akte van overlijden' };
    expect(letter('nl', { enclosures: [akte, { documentId: 'doc-3', kind: 'other', title: 'Een document' }] }).body).toContain('Bijgevoegd: akte van overlijden en een document.');
    expect(letter('en', { enclosures: [{ ...akte, title: 'Death certificate' }] }).body).toContain('Enclosed: death certificate.');
    const none = letter('nl', { enclosures: [], travellingDocumentIds: [], informationAnswer: 'De notaris is nog bezig.' }).body;
    expect(none).not.toContain('ijgevoegd');
  });

  it('a document that follows up a part answer is said once, not again as sent besides', () => {
    const followUp = [{ kind: 'certificate_of_inheritance', title: 'Verklaring van erfrecht', expectedOn: null }];
    const { body } = letter('nl', { history, followUp, enclosures: [{ ...verklaring('nl'), renews: false }] });
    expect(body).toContain('Nu bijgevoegd: verklaring van erfrecht.');
    expect(body).not.toContain('Ook bijgevoegd');
  });
});

describe('a deletion request names the document by the letter that carried it, and what stands', () => {
  const erasure = (language: Language, erased: LetterInput['erasure']) => {
    const input = letterOfKind('document_erasure', language, { erasure: erased });
    const composed = composeLetter(input);
    expect(lintLetter(input, composed)).toEqual([]);
    return composed.body.join('\n');
  };

  it('by the day its letter arrived, beside our dossier’s day; the newer one of its kind stands', () => {
    const erased = { title: 'Verklaring van erfrecht', recordedOn: '2026-12-08', kind: 'certificate_of_inheritance', sentWith: '2026-12-09', stands: { on: '2026-12-30', colleague: null } };
    const nl = erasure('nl', erased);
    expect(nl).toContain('dit document ontvangen: Verklaring van erfrecht, met de brief van 9 december 2026 (in ons dossier vastgelegd op 8 december 2026).');
    expect(nl).toContain('De verklaring van erfrecht die ik u op 30 december 2026 stuurde, blijft geldig.');
    const en = erasure('en', { ...erased, title: 'Certificate of inheritance', stands: { on: '2026-12-30', colleague: 'Piet Jansen' } });
    expect(en).toContain('you received this document from me: Certificate of inheritance, with the letter of 9 December 2026 (recorded in our file on 8 December 2026).');
    expect(en).toContain('The certificate of inheritance my colleague Piet Jansen sent you on 30 December 2026 remains valid.');
    expect(erasure('nl', { title: 'Identiteitsbewijs nabestaande', recordedOn: '2026-12-08', kind: 'id_document', stands: { on: '2026-12-30', colleague: null } })).toContain(
      'Het identiteitsbewijs nabestaande dat ik u op 30 december 2026 stuurde, blijft geldig.',
    );
  });

  it('without a letter that reached the provider or a newer one, as before', () => {
    const nl = erasure('nl', { title: 'Verklaring van erfrecht', recordedOn: '2026-12-08' });
    expect(nl).toContain('dit document ontvangen: Verklaring van erfrecht, in ons dossier vastgelegd op 8 december 2026.');
    expect(nl).not.toContain('blijft geldig');
  });
});
