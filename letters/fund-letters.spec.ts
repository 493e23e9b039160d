import { composeLetter } from './compose';
import { produceLetter } from './index';
import { closePdfReader, flat, fundRecoveriesReported, fundRecoveryDisputed, pdfText } from './test-support';
import { openingTitle, titleIn } from './title';

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
});
