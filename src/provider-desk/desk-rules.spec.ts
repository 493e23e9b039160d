import { isFamilyLetter, LETTER_KINDS, type ProviderLetterKind } from '../../letters';
import { providerWords } from '../words';
import { deskSearchOf, type ThreadLetter, threadOf } from './desk-rules';

describe('the desk search box', () => {
  it.each([
    ['12-03-1941', { dateOfBirth: '1941-03-12' }],
    ['2-3-1941', { dateOfBirth: '1941-03-02' }],
    ['1941-03-12', { dateOfBirth: '1941-03-12' }],
    ['1012 js', { postcode: '1012JS' }],
    ['1012JS', { postcode: '1012JS' }],
    ['NL12 KPN 0001', { accountNumber: 'NL12 KPN 0001' }],
    ['31-02-1941', { accountNumber: '31-02-1941' }],
    ['  de Jong ', { name: 'de Jong' }],
  ])('reads %p as the provider means it', (text, search) => {
    expect(deskSearchOf(text)).toEqual(search);
  });
});

describe('the desk thread', () => {
  const entries = [
    { at: '2026-11-23T09:00:00Z', event: 'REQUEST', details: { effects: ['letter'] } },
    { at: '2026-11-24T09:00:00Z', event: 'REQUEST_INFORMATION', details: { event: { message: 'Wie zijn de erfgenamen?' } } },
    { at: '2026-11-25T09:00:00Z', event: 'INFORMATION_SUPPLIED', details: { event: { note: 'Maria is de enige erfgenaam.' }, effects: ['letter'] } },
  ];
  const letter = (id: string, outboxId: string, kind: ProviderLetterKind, status: ThreadLetter['status']): ThreadLetter => ({ id, kind, status, letterDate: '2026-11-25', outboxId, enclosureIds: [], toAgency: false });
  const texts = (letters: ThreadLetter[]) => threadOf(entries, letters, [], 'nl').map((i) => i.text);

  it("quotes the owner's answer once its letter went out, and only says it is being prepared while the letter is held back or not yet made", () => {
    const request = letter('l1', '1', 'cancellation', 'sent');
    expect(texts([request, letter('l2', '2', 'information_supplied', 'sent')])).toContain('Steward leverde de gevraagde informatie; antwoord: "Maria is de enige erfgenaam."');
    for (const pending of [[request, letter('l2', '2', 'information_supplied', 'blocked')], [request]]) {
      const shown = texts(pending);
      expect(shown).toContain('Steward stelt de gevraagde informatie samen');
      expect(shown.join(' ')).not.toContain('Maria is de enige erfgenaam');
    }
  });

  it.each(['nl', 'en'] as const)('names every letter a provider can receive in %s, from the desk catalogue', (lang) => {
    const kinds = LETTER_KINDS.filter((kind): kind is ProviderLetterKind => !isFamilyLetter(kind));
    const { letters: words } = providerWords(lang);
    const texts = kinds.map((kind) => threadOf([{ at: '2026-11-25T09:00:00Z', event: 'REQUEST', details: { effects: ['letter'] } }], [letter(kind, '1', kind, 'sent')], [], lang)[0].text);
    expect(texts).toEqual(kinds.map((kind) => words.fromSteward(words.kinds[kind])));
    // A name for people, not the kind's key ("Brief van Steward: correction").
    for (const text of texts) expect(text).toMatch(/: [A-Z]/);
  });
});
