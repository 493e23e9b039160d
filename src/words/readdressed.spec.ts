import type { Readdressed } from './readdressed';
import { ownerWords } from '.';

/** README printrest: what the owner reads of a letter that went to a provider's old address, and of a download left with nothing to print. */
describe('the words for a letter gone to an old address, in both languages', () => {
  const gone = (lang: 'nl' | 'en', post: boolean, notAgain: Readdressed['notAgain']) =>
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
      'the email address of Eneco was corrected in the directory. The letter "Cancellation after death" of 3 November 2026 was delivered by email to the old email address on 4 November 2026; it was made again for the corrected address and goes by email.',
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

  it('says a letter made again for a slip stays home once the address is back where its earlier copy went (README, slipback)', () => {
    const back = (lang: 'nl' | 'en') =>
      ownerWords(lang).timeline.letterReaddressed('Eneco', lang === 'nl' ? 'Opzegging na overlijden' : 'Cancellation after death', 'x', lang === 'nl' ? '6 november 2026' : '6 November 2026', {
        stage: 'waiting',
        post: true,
        postedOn: null,
        channel: null,
        notAgain: { why: 'restored', letterDate: lang === 'nl' ? '3 november 2026' : '3 November 2026', postedOn: lang === 'nl' ? '4 november 2026' : '4 November 2026' },
      });
    expect(back('nl')).toBe(
      'het adres van Eneco is gecorrigeerd in het adressenbestand. De brief „Opzegging na overlijden” van 6 november 2026, die nog op de post wachtte, gaat niet weg: het adressenbestand heeft weer het adres waar de brief van 3 november 2026 op 4 november 2026 heen ging, dus er is geen nieuwe brief voor gemaakt.',
    );
    expect(back('en')).toBe(
      'the address of Eneco was corrected in the directory. The letter "Cancellation after death" of 6 November 2026, still waiting for the post, does not go out: the directory has the address again that the letter of 3 November 2026 went to on 4 November 2026, so no new letter was made.',
    );
    expect(ownerWords('en').timeline.letterReaddressedApart('Cancellation after death', 'Eneco', 'restored', true)).toBe(
      'Letter "Cancellation after death" to Eneco made for the post, but not printed: the address of Eneco was set back in the directory to the address the earlier letter already went to.',
    );
  });

  it('says a letter made for a slip stays home from a downloaded batch, or is not sent again from the slip, once the address is back (README, printrest2)', () => {
    const slip = { letterDate: '3 November 2026', postedOn: '4 November 2026' };
    expect(gone('en', false, { why: 'restored', ...slip })).toBe(
      'the email address of Eneco was corrected in the directory. The letter "Cancellation after death" of 3 November 2026 was delivered by email to the old email address on 4 November 2026; it does not go again: the directory has the address again that the letter of 3 November 2026 went to on 4 November 2026.',
    );
    expect(ownerWords('nl').timeline.letterReaddressedApart('Opzegging na overlijden', 'Eneco', 'restoredDownloaded', true)).toBe(
      'Brief „Opzegging na overlijden” aan Eneco zat in een printbatch die u downloadde, maar ging niet op de post: daarna is het adres van Eneco in het adressenbestand teruggezet naar het adres waar de eerdere brief al heen ging. De geprinte versie gaat niet weg.',
    );
    expect(ownerWords('en').timeline.letterReaddressedApart('Cancellation after death', 'Eneco', 'restored', false)).toBe(
      'Letter "Cancellation after death" to Eneco made, but not sent by email: the email address of Eneco was set back in the directory to the address the earlier letter already went to.',
    );
    expect(ownerWords('en').print.restoredAfterDownload(['Eneco'], 2)).toBe(
      'The address of Eneco was set back after you downloaded this batch: download it again and print it again; the letters to Eneco do not go, as the directory has the address again that earlier letters with the same request already went to.',
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

  it("says on Today what a correction did to an estate's letters gone to the old address, counted on a row written before they were named (README, printaddr)", () => {
    expect(ownerWords('nl').today.readdressNotice('Eneco', { post: true, email: false, remade: 1, notAgain: 1, letters: null })).toBe(
      'Het adres van Eneco is gecorrigeerd in het adressenbestand. Eén brief die naar het oude adres ging, is opnieuw gemaakt voor het gecorrigeerde adres; één andere gaat niet opnieuw. De geschiedenis zegt bij elke brief wat er gebeurde en waarom.',
    );
    expect(ownerWords('nl').today.readdressNotice('Eneco', { post: true, email: true, remade: 0, notAgain: 2, letters: null })).toBe(
      'Het adres en het e-mailadres van Eneco zijn gecorrigeerd in het adressenbestand. 2 brieven die naar het oude adres gingen, gaan niet opnieuw. De geschiedenis zegt bij elke brief wat er gebeurde en waarom.',
    );
    expect(ownerWords('en').today.readdressNotice('Eneco', { post: false, email: true, remade: 2, notAgain: 0, letters: null })).toBe(
      'The email address of Eneco was corrected in the directory. 2 letters that went to the old address were made again for the corrected address. The history says for each letter what happened and why.',
    );
    expect(ownerWords('en').today.readdressNotice('Eneco', { post: true, email: false, remade: 1, notAgain: 3, letters: null })).toBe(
      'The address of Eneco was corrected in the directory. One letter that went to the old address was made again for the corrected address; 3 others do not go again. The history says for each letter what happened and why.',
    );
  });

  it('names on Today each letter a correction made again or not, by title and contract, the rest counted (README, printrest2)', () => {
    const letter = (description: string, title: string | null, remade: boolean) => ({ description, title, remade });
    expect(
      ownerWords('nl').today.readdressNotice('Eneco', { post: true, email: false, remade: 1, notAgain: 1, letters: [letter('Stroom', 'Herinnering', true), letter('Stroom', 'Opzegging na overlijden', false)] }),
    ).toBe(
      'Het adres van Eneco is gecorrigeerd in het adressenbestand. Eén brief die naar het oude adres ging, is opnieuw gemaakt voor het gecorrigeerde adres: „Herinnering” (Stroom); één andere gaat niet opnieuw: „Opzegging na overlijden” (Stroom). De geschiedenis zegt bij elke brief wat er gebeurde en waarom.',
    );
    const five = ['Stroom', 'Gas', 'Water', 'Warmte', 'Netbeheer'].map((d) => letter(d, 'Cancellation after death', true));
    expect(ownerWords('en').today.readdressNotice('Eneco', { post: true, email: false, remade: 5, notAgain: 1, letters: [...five, letter('Stroom', null, false)] })).toBe(
      'The address of Eneco was corrected in the directory. 5 letters that went to the old address were made again for the corrected address: "Cancellation after death" (Stroom), "Cancellation after death" (Gas), "Cancellation after death" (Water) and 2 more; one other does not go again: a letter (Stroom). The history says for each letter what happened and why.',
    );
    expect(ownerWords('nl').today.readdressNotice('Eneco', { post: true, email: false, remade: 4, notAgain: 0, letters: five.slice(0, 4).map((l) => ({ ...l, title: 'Opzegging na overlijden' })) })).toContain(
      'zijn opnieuw gemaakt voor het gecorrigeerde adres: „Opzegging na overlijden” (Stroom), „Opzegging na overlijden” (Gas), „Opzegging na overlijden” (Water) en 1 meer.',
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
