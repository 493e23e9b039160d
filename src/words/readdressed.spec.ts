import { ownerWords } from '.';

/** README printrest: what the owner reads of a letter that went to a provider's old address, and of a download left with nothing to print. */
describe('the words for a letter gone to an old address, in both languages', () => {
  const gone = (lang: 'nl' | 'en', post: boolean, notAgain: { why: 'answered' } | { why: 'older'; days: number } | { why: 'followed'; title: string | null; letterDate: string } | null) =>
    ownerWords(lang).timeline.letterReaddressed('Eneco', lang === 'nl' ? 'Opzegging na overlijden' : 'Cancellation after death', 'x', lang === 'nl' ? '3 november 2026' : '3 November 2026', {
      stage: 'posted',
      post,
      postedOn: lang === 'nl' ? '4 november 2026' : '4 November 2026',
      channel: null,
      notAgain,
    });

  it('says an e-mail was delivered to the old e-mail address and goes again by e-mail, not with a print batch', () => {
    expect(gone('nl', false, null)).toBe(
      'het e-mailadres van Eneco is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van 3 november 2026 werd op 4 november 2026 per e-mail bezorgd op het oude e-mailadres; die brief is opnieuw gemaakt voor het gecorrigeerde adres en gaat per e-mail.',
    );
    expect(gone('en', false, null)).toBe(
      'the e-mail address of Eneco was corrected in the directory. The letter "Cancellation after death" of 3 November 2026 was delivered by e-mail to the old e-mail address on 4 November 2026; it was made again for the corrected address and goes by e-mail.',
    );
  });

  it('says why one gone is not sent again: answered since, or gone more than the days before the correction', () => {
    expect(gone('en', true, { why: 'answered' })).toBe(
      'the address of Eneco was corrected in the directory. The letter "Cancellation after death" of 3 November 2026 was posted to the old address on 4 November 2026; an answer or a next step was recorded on this contract since, so it does not go again.',
    );
    expect(gone('en', true, { why: 'older', days: 14 })).toBe(
      'the address of Eneco was corrected in the directory. The letter "Cancellation after death" of 3 November 2026 was posted to the old address on 4 November 2026. It does not go again by itself: it went more than 14 days before the correction and Eneco has had time to answer since; what Steward sends about this request from now on goes to the new address. If you doubt Eneco received it, contact Eneco.',
    );
  });

  it('names the later letter about the request that followed one gone to the old address (README, printaddr)', () => {
    expect(gone('en', true, { why: 'followed', title: 'Reminder', letterDate: '20 November 2026' })).toBe(
      'the address of Eneco was corrected in the directory. The letter "Cancellation after death" of 3 November 2026 was posted to the old address on 4 November 2026. It does not go again: the letter "Reminder" of 20 November 2026 followed it about this request. If you doubt Eneco received it, contact Eneco.',
    );
    expect(gone('nl', true, { why: 'followed', title: null, letterDate: '20 november 2026' })).toBe(
      'het adres van Eneco is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van 3 november 2026 ging op 4 november 2026 op de post naar het oude adres. Hij gaat niet opnieuw: op dit verzoek volgde een latere brief van 20 november 2026. Twijfelt u of Eneco hem kreeg, neem dan contact op met Eneco.',
    );
  });

  it("says on Today what a correction did to an estate's letters gone to the old address, counted (README, printaddr)", () => {
    expect(ownerWords('nl').today.readdressNotice('Eneco', { post: true, email: false, remade: 1, notAgain: 1 })).toBe(
      'Het adres van Eneco is gecorrigeerd in het adressenbestand. Eén brief die naar het oude adres ging, is opnieuw gemaakt voor het gecorrigeerde adres; één andere gaat niet opnieuw. De geschiedenis zegt bij elke brief wat er gebeurde en waarom.',
    );
    expect(ownerWords('nl').today.readdressNotice('Eneco', { post: true, email: true, remade: 0, notAgain: 2 })).toBe(
      'Het adres en het e-mailadres van Eneco zijn gecorrigeerd in het adressenbestand. 2 brieven die naar het oude adres gingen, gaan niet opnieuw. De geschiedenis zegt bij elke brief wat er gebeurde en waarom.',
    );
    expect(ownerWords('en').today.readdressNotice('Eneco', { post: false, email: true, remade: 2, notAgain: 0 })).toBe(
      'The e-mail address of Eneco was corrected in the directory. 2 letters that went to the old address were made again for the corrected address. The history says for each letter what happened and why.',
    );
    expect(ownerWords('en').today.readdressNotice('Eneco', { post: true, email: false, remade: 1, notAgain: 3 })).toBe(
      'The address of Eneco was corrected in the directory. One letter that went to the old address was made again for the corrected address; 3 others do not go again. The history says for each letter what happened and why.',
    );
  });

  it('says what a download with nothing else to print made again: a new address, a withdrawn document, or both', () => {
    const nl = ownerWords('nl').print.readdressedEmpty;
    expect(nl(['Eneco'], { kinds: ['overlijdensakte'], providers: ['Enexis'] })).toBe(
      'Er is nu niets te printen in deze printbatch: wat erin zat aan Eneco is opnieuw gemaakt met het nieuwe adres, en wat erin zat aan Enexis is opnieuw gemaakt zonder de ingetrokken overlijdensakte; beide gaan mee met de volgende printbatch.',
    );
    expect(ownerWords('en').print.readdressedEmpty([], { kinds: ['death certificate'], providers: ['Enexis'] })).toBe(
      'There is nothing to print in this batch now: what it held for Enexis was made again without the withdrawn death certificate and goes with the next print batch.',
    );
  });
});
