import { composeLetter } from './compose';
import { produceLetter } from './index';
import { closePdfReader, flat, fundRecoveriesReported, fundRecoveryCorrected, fundRecoveryDisputed, letterOfKind, pdfText, repaidAgainReported, sampleLetter } from './test-support';
import { openingTitle, subjectIn, titleIn } from './title';

/**
 * fundwords: the letters name a pension fund's recovery of pension paid in excess as what it is: the final report lists it, paid or
 * still to pay, as the recovery (not an „eindafrekening"), and our dispute of one is titled and worded as a dispute of a recovery
 * (not of a „factuur").
 */
describe('a pension fund’s recovery in the letters', () => {
  afterAll(() => closePdfReader());

  it('the final report lists the fund’s recoveries as recoveries, the paid one with its day', async () => {
    const nl = composeLetter(fundRecoveriesReported('nl')).table!.groups.slice(-2);
    expect(nl.map((g) => [g.heading, g.rows])).toEqual([
      ['Nog te betalen uit de nalatenschap', [['Pensioenfonds Noord (Aanvullend pensioen)', 'Terugvordering van te veel betaald pensioen (kenmerk PN-2)', expect.stringMatching(/^€.96,20$/)]]],
      ['Betaald uit de nalatenschap', [['Pensioenfonds Noord (Pensioen)', 'Terugvordering van te veel betaald pensioen (kenmerk PN-1)', expect.stringMatching(/^€.412,50$/), '10 december 2026']]],
    ]);
    const en = composeLetter(fundRecoveriesReported('en')).table!.groups.slice(-1)[0].rows;
    expect(en).toEqual([['Pensioenfonds Noord (Pensioen)', 'Recovery of pension paid in excess (reference PN-1)', '€412.50', '10 December 2026']]);
    const letter = await produceLetter(fundRecoveriesReported('nl'));
    expect(letter.violations).toEqual([]);
    expect(flat(await pdfText(letter.pdf!))).not.toMatch(/Eindafrekening/);
  });

  it('our dispute of a fund’s recovery is titled and worded as one, and its title reads back in either language', async () => {
    const [nl, en] = [composeLetter(fundRecoveryDisputed('nl')), composeLetter(fundRecoveryDisputed('en'))];
    expect(nl.title).toBe('Bezwaar tegen terugvordering na de datum die u bevestigde');
    expect(en.title).toBe('Dispute of a recovery after the date you confirmed');
    expect(nl.body.join(' ')).toContain('Uw terugvordering F-2027-1 van 5 januari 2027 betreft de periode');
    expect(nl.body.join(' ')).not.toMatch(/factuur/i);
    expect(en.body.join(' ')).toContain('Your recovery of pension paid in excess F-2027-1 dated 5 January 2027 covers');
    expect(en.body.join(' ')).not.toMatch(/invoice/i);
    expect(openingTitle({ kind: 'dispute', subject: nl.about, language: 'nl' }, 'en')).toBe(en.title);
    expect(titleIn(en.title, 'nl')).toBe(nl.title);
    const letter = await produceLetter(fundRecoveryDisputed('nl'));
    expect(letter.violations).toEqual([]);
    expect(flat(await pdfText(letter.pdf!))).toContain('Bezwaar tegen terugvordering na de datum die u bevestigde');
  });

  /**
   * fundwords2: the fund's own words where they were an invoice's: its recovery's column in the final report (on main „Factuur"), the
   * dispute's ask (on main „een creditnota of een gecorrigeerde eindafrekening"), the correction's compounds (on main
   * „terugvorderingnummer") and its number, a „pensioennummer" (on main „klantnummer"), in the subject and its read-back too.
   */
  it('heads the report’s recovery column as a recovery, and another provider’s bills as before', () => {
    const heads = (language: 'nl' | 'en') => composeLetter(fundRecoveriesReported(language)).table!.groups.slice(-2).map((g) => g.columns[1]);
    expect(heads('nl')).toEqual(['Terugvordering', 'Terugvordering']);
    expect(heads('en')).toEqual(['Recovery', 'Recovery']);
    const mixed = {
      ...fundRecoveriesReported('nl'),
      estateBills: [
        { provider: 'KPN', reference: 'F-1', amount: 20, finalBill: true, paidOn: null },
        { provider: 'Pensioenfonds Noord', reference: 'PN-2', amount: 96.2, finalBill: true, recovery: true, paidOn: null },
        { provider: 'KPN', reference: 'F-2', amount: 30, finalBill: false, collectionAgency: 'Incasso Noord', paidOn: null },
      ],
    };
    expect(composeLetter(mixed).table!.groups.slice(-1)[0].columns[1]).toBe('Factuur, vordering of terugvordering');
    // stop72mends: money paid back, owed again once a drop was undone (repaybill), is no invoice either.
    const repaidHead = (language: 'nl' | 'en') => composeLetter(repaidAgainReported(language, null)).table!.groups.slice(-1)[0].columns[1];
    expect([repaidHead('nl'), repaidHead('en')]).toEqual(['Terugbetaald bedrag', 'Amount paid back']);
  });

  it('asks a fund to lower its recovery and send it corrected, or withdraw it, never for a credit note', async () => {
    const [nl, en] = [composeLetter(fundRecoveryDisputed('nl')), composeLetter(fundRecoveryDisputed('en'))];
    const [nlText, enText] = [nl.body.join(' '), en.body.join(' ')];
    expect(flat(nlText)).toContain('Ik verzoek u de terugvordering met € 842,05 te verlagen en mij een gecorrigeerde terugvordering te sturen, of de terugvordering in te trekken, en mij dit uiterlijk 7 december 2026 schriftelijk te laten weten.');
    expect(nlText).toContain('Ik zie uw gecorrigeerde terugvordering of de intrekking ervan graag tegemoet.');
    expect(nlText).not.toMatch(/creditnota|eindafrekening/);
    expect(enText).toContain('Please reduce the recovery by €842.05 and send me a corrected recovery, or withdraw it, and let me know in writing by 7 December 2026.');
    expect(enText).toContain('I look forward to your corrected recovery or its withdrawal.');
    expect(enText).not.toMatch(/credit note|final bill/);
    const letter = await produceLetter(fundRecoveryDisputed('nl'));
    expect(letter.violations).toEqual([]);
    expect(flat(await pdfText(letter.pdf!))).toContain('een gecorrigeerde terugvordering te sturen, of de terugvordering in te trekken');
  });

  it('corrects a recovery by its terugvorderingsnummer and terugvorderingsdatum, and names the fund’s number its pensioennummer', async () => {
    const [nl, en] = [composeLetter(fundRecoveryCorrected('nl')), composeLetter(fundRecoveryCorrected('en'))];
    expect(nl.body[1].split('\n')).toEqual(['Mijn bezwaar vermeldde als terugvorderingsnummer R-21; het juiste terugvorderingsnummer is R-12.', 'Mijn bezwaar vermeldde als terugvorderingsdatum 2 november 2026; de juiste terugvorderingsdatum is 5 januari 2027.']);
    expect(en.body[1].split('\n')).toEqual(['My objection stated the recovery number as R-21; the correct recovery number is R-12.', 'My objection stated the recovery date as 2 November 2026; the correct recovery date is 5 January 2027.']);
    expect(nl.about).toBe('Correctie op mijn bezwaar tegen uw terugvordering: Ouderdomspensioen, pensioennummer PF-558812, van Jan de Vries');
    expect(en.about).toBe('Correction to my objection to your recovery: Ouderdomspensioen, pension number PF-558812, of Jan de Vries');
    expect(subjectIn(nl.about, 'en')).toBe(en.about);
    expect(subjectIn(en.about, 'nl')).toBe(nl.about);
    expect(nl.body.join(' ')).not.toMatch(/klantnummer|terugvorderingnummer|terugvorderingdatum/);
    // The request to the fund names it so too; another provider's number stays its klantnummer.
    const request = composeLetter(letterOfKind('cancellation', 'nl', { category: 'pension', contract: { ...sampleLetter().contract!, description: 'Ouderdomspensioen', accountNumber: 'PF-558812' } }));
    expect(request.about).toContain('Ouderdomspensioen, pensioennummer PF-558812');
    expect(composeLetter(letterOfKind('cancellation', 'nl', {})).about).toMatch(/klantnummer|rekeningnummer/);
    const letter = await produceLetter(fundRecoveryCorrected('nl'));
    expect(letter.violations).toEqual([]);
    expect(flat(await pdfText(letter.pdf!))).toContain('het juiste terugvorderingsnummer is R-12');
  });
});
