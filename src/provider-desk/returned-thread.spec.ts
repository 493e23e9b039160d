import { familyWords, ownerWords } from '../words';
import { type ThreadEntry, type ThreadItem, type ThreadLetter, threadOf } from './desk-rules';

/**
 * returnedthread: a letter by post that came back is told to the provider's desk on the day it was recorded, and the letter made anew
 * reads why it went again; a return whose contract moved on since (`LettersService.remake` made none) says so to every reader.
 */
describe('a letter that came back by post', () => {
  const at = (day: string, hour = '09') => `2026-${day}T${hour}:00:00Z`;
  const returned = (remade: boolean, more: Record<string, unknown> = {}): ThreadEntry => ({
    at: at('11-30'), event: 'letter.returned',
    details: { letterId: 'first', kind: 'cancellation', letterDate: '2026-11-23', recipient: 'ZekerLeven', subject: 'Melding van overlijden', returnedOn: '2026-11-30', reason: 'adres onbekend', remade, address: 'Postbus 300, 7300 AB Apeldoorn', ...more },
  });
  const letter = (id: string, outboxId: string, letterDate: string, more: Partial<ThreadLetter> = {}): ThreadLetter => ({ id, kind: 'cancellation', status: 'sent', letterDate, outboxId, enclosureIds: [], toAgency: false, step: 1, retryOf: null, ...more });
  const said = (items: ThreadItem[]) => items.map((i) => (i.type === 'letter' ? `${i.date} ${i.text}` : `${i.at.slice(0, 10)} ${i.by}: ${i.text}`));
  const request: ThreadEntry = { at: at('11-23'), event: 'REQUEST', details: { step: 1, effects: ['letter'] } };
  const first = letter('first', '1', '2026-11-23');

  it('tells the desk on the day it was recorded, where it went and why, and the new letter reads why it went again (nl)', () => {
    const again = letter('again', '2', '2026-11-30', { retryOf: 'first', replacesReturned: true });
    const sentAgain: ThreadEntry = { at: at('12-01', '10'), event: 'letter.sent', details: { letterId: 'again' } };
    expect(said(threadOf([request, returned(true), sentAgain], [first, again], [], 'nl'))).toEqual([
      '2026-11-23 Brief van Steward: Verzoek tot beëindiging',
      '2026-11-30 steward: Onze brief van 23 november 2026, gestuurd naar Postbus 300, 7300 AB Apeldoorn, kwam onbezorgd bij ons terug (adres onbekend). Wij sturen een nieuwe brief naar het postadres dat in onze lijst van organisaties staat. Controleer uw postadres bij ons en laat het ons weten als het niet klopt, zodat onze volgende brief u bereikt.',
      // Not „opnieuw verzonden na uw afwijzing": the provider rejected nothing.
      '2026-11-30 Brief van Steward: Verzoek tot beëindiging, opnieuw verzonden: onze vorige brief kwam onbezorgd terug',
    ]);
  });

  it('tells an English desk in English, and says no new letter follows once the request moved on', () => {
    expect(said(threadOf([request, returned(false, { reason: null, address: null })], [first], [], 'en'))).toEqual([
      '2026-11-23 Letter from Steward: Request to end the contract',
      '2026-11-30 steward: Our letter of 23 November 2026 came back to us undelivered. No new letter is needed: the request has moved on since. Please check your postal address with us and tell us if it is wrong, so that our next letter reaches you.',
    ]);
  });

  it('tells the owner and the family what is true: made anew, or no new letter since the contract moved on', () => {
    const owner = (remade: boolean) => ownerWords('nl').timeline.letterReturned('Melding van overlijden', '2026-11-23', 'ZekerLeven', '2026-11-30', 'adres onbekend', 'Anna de Boer', remade);
    expect(owner(true)).toBe('Anna de Boer heeft vastgelegd dat de brief „Melding van overlijden” van 23 november 2026 aan ZekerLeven op 30 november 2026 terugkwam, niet bezorgd (adres onbekend); de brief wordt opnieuw gemaakt.');
    expect(owner(false)).toBe('Anna de Boer heeft vastgelegd dat de brief „Melding van overlijden” van 23 november 2026 aan ZekerLeven op 30 november 2026 terugkwam, niet bezorgd (adres onbekend); er is geen nieuwe brief nodig: het contract is sindsdien verder gegaan.');
    expect(ownerWords('en').timeline.letterReturned('Death notice', '2026-11-23', 'Northwind', '2026-11-30', null, 'June Walker', false)).toBe(
      'June Walker recorded that the letter "Death notice" of 23 November 2026 to Northwind came back on 30 November 2026, not delivered; no new letter is needed: the contract has moved on since.',
    );
    const family = (lang: 'nl' | 'en', remade?: boolean) => familyWords(lang).events['letter.returned']({ recipient: 'ZekerLeven', subject: 'Melding van overlijden', ...(remade !== undefined && { remade }) });
    expect(family('nl', false)).toBe('Brief aan ZekerLeven kwam terug, niet bezorgd: Melding van overlijden. Er is geen nieuwe brief nodig: het contract is sindsdien verder gegaan.');
    expect(family('en', false)).toBe('Letter to ZekerLeven came back undelivered: Melding van overlijden. No new letter is needed: the contract has moved on since.');
    // A return recorded before `remade` was kept was made anew (returnedpost made every one anew but for a moved-on contract, which the migration marks).
    expect(family('nl')).toBe('Brief aan ZekerLeven kwam terug, niet bezorgd: Melding van overlijden. We sturen hem opnieuw.');
  });
});
