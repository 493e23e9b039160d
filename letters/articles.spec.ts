import { composeLetter } from './compose';
import { lintLetter } from './rules';
import { letterOfKind } from './test-support';
import { DOCUMENT_KINDS, BANK_STATEMENT } from '../src/documents/document.entity';
import { NL_ARTICLES } from '../workflows/wording';

/** docreplace (item 4): every Dutch sentence agrees with its document's article — „een nieuw identiteitsbewijs", never „een nieuwe identiteitsbewijs". */
describe('a document kind’s Dutch article, in one place', () => {
  it('every kind has its article, the het-words as Dutch has them', () => {
    expect(Object.keys(NL_ARTICLES).sort()).toEqual([...DOCUMENT_KINDS, BANK_STATEMENT].sort());
    expect(Object.entries(NL_ARTICLES).filter(([, a]) => a === 'het').map(([k]) => k).sort()).toEqual(['bank_statement', 'id_document', 'other', 'will']);
  });

  const erasure = (kind: string, title: string) => {
    const input = letterOfKind('document_erasure', 'nl', { erasure: { title, recordedOn: '2026-12-08', kind, sentWith: '2026-12-09', newOneFollows: true } });
    const composed = composeLetter(input);
    expect(lintLetter(input, composed)).toEqual([]);
    return composed.body.join('\n');
  };

  it('a deletion request whose question reopened says a new one follows with the article of its kind', () => {
    expect(erasure('id_document', 'Identiteitsbewijs nabestaande')).toContain('Er volgt een nieuw identiteitsbewijs nabestaande.');
    expect(erasure('certificate_of_inheritance', 'Verklaring van erfrecht')).toContain('Er volgt een nieuwe verklaring van erfrecht.');
  });

  it('an answer sending the new one of a withdrawn identiteitsbewijs says „het … dat" and „een nieuw"', () => {
    const input = letterOfKind('information_supplied', 'nl', {
      history: { confirmedEndDate: null, acknowledgedSinceRequest: false, sent: [{ kind: 'cancellation' as const, date: '2026-11-09' }, { kind: 'information_supplied' as const, date: '2026-12-09' }] },
      followUp: [{ kind: 'id_document', title: 'Identiteitsbewijs nabestaande', expectedOn: null, withdrawnOn: '2026-12-10' }],
      enclosures: [{ documentId: 'doc-1', kind: 'id_document', title: 'Identiteitsbewijs nabestaande' }],
      travellingDocumentIds: ['doc-1'],
    });
    const body = composeLetter(input).body.join('\n');
    expect(body).toContain('Het identiteitsbewijs nabestaande dat ik u eerder stuurde, heb ik op 10 december 2026 ingetrokken. Nu bijgevoegd: een nieuw identiteitsbewijs nabestaande.');
  });
});
