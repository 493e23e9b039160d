import { composeLetter } from './compose';
import { produceLetter } from './index';
import type { LetterInput } from './model';
import { colleagueAskedBack, colleagueDocumentCorrection, colleagueErasure, colleagueRenewedAnswer, colleagueRenewedFollowing, colleagueRepaymentWithdrawn, flat, pdfText } from './test-support';

const textOf = async (input: LetterInput) => {
  const letter = await produceLetter(input);
  expect(letter.violations).toEqual([]);
  return flat(await pdfText(letter.pdf!));
};

/**
 * olddebts2: made after a handover, a repayment request and a deletion request are signed by the new owner; what the previous owner
 * did (the provider told her, she asked, she withdrew the document) is said as his colleague's act, not as his (on main: „U heeft mij
 * … laten weten", „heb ik u gevraagd", „Ik heb dit document ingetrokken").
 */
describe('a letter made after a handover says what the colleague did', () => {
  it('a reminder of money asked back: the provider told the colleague, and the colleague asked (nl, en)', async () => {
    const nl = await textOf(colleagueAskedBack('nl'));
    expect(nl).toContain('U heeft mijn collega Sanne Visser op 15 december 2026 laten weten dat u de hele vordering op');
    expect(nl).toContain('Op 19 december 2026 heeft mijn collega Sanne Visser u gevraagd dit bedrag terug te betalen. Ik heb het nog niet ontvangen op de rekening van de nalatenschap.');
    expect(nl).not.toContain('U heeft mij op');
    const en = composeLetter(colleagueAskedBack('en')).body.join('\n');
    expect(en).toContain('You let my colleague Sanne Visser know on 15 December 2026 that you have withdrawn the whole claim');
    expect(en).toContain('On 19 December 2026 my colleague Sanne Visser asked you to pay this amount back.');
    expect(en).not.toContain('I asked you');
  });

  it('a deletion request: the colleague sent and withdrew the document (nl, en)', async () => {
    const nl = await textOf(colleagueErasure('nl'));
    expect(nl).toContain('heeft u van mijn collega Sanne Visser dit document ontvangen');
    expect(nl).toContain('Mijn collega Sanne Visser heeft dit document ingetrokken; het maakt geen deel meer uit van');
    expect(nl).not.toContain('Ik heb dit document ingetrokken');
    const en = composeLetter(colleagueErasure('en')).body.join('\n');
    expect(en).toContain('My colleague Sanne Visser has withdrawn this document; it is no longer part of');
    expect(en).not.toContain('I have withdrawn this document');
  });

  it('the money asked back withdrawn: the colleague asked, and the provider told the colleague its drop was a mistake (nl, en)', async () => {
    const nl = await textOf(colleagueRepaymentWithdrawn('nl'));
    expect(nl).toContain('Op 19 december 2026 heeft mijn collega Sanne Visser u gevraagd');
    expect(nl).toContain('U heeft mijn collega Sanne Visser op 22 december 2026 laten weten dat dat een vergissing was');
    expect(nl).not.toContain('U heeft mij op');
    const en = composeLetter(colleagueRepaymentWithdrawn('en')).body.join('\n');
    expect(en).toContain('You let my colleague Sanne Visser know on 22 December 2026 that this was a mistake');
  });

  it('the right version of a document the colleague withdrew (nl, en)', async () => {
    const nl = await textOf(colleagueDocumentCorrection('nl'));
    expect(nl).toContain('op 10 december 2026 stuurde mijn collega Sanne Visser u het identiteitsbewijs');
    expect(nl).toContain('Dat heeft mijn collega Sanne Visser op 14 december 2026 ingetrokken; hierbij de juiste versie.');
    const en = composeLetter(colleagueDocumentCorrection('en')).body.join('\n');
    expect(en).toContain('My colleague Sanne Visser withdrew it on 14 December 2026; enclosed is the correct version.');
    expect(en).not.toContain('I withdrew it');
  });

  /** olddebts3: an answer to the provider's question said the colleague's withdrawal as the signer's („heb ik op … ingetrokken”). */
  it('an answer to a question: the verklaring the colleague withdrew, its new one enclosed (nl, en)', async () => {
    const nl = await textOf(colleagueRenewedAnswer('nl'));
    expect(nl).toContain('De verklaring van erfrecht die wij u eerder stuurden, heeft mijn collega Sanne Visser op 18 november 2026 ingetrokken. Nu bijgevoegd: een nieuwe verklaring van erfrecht.');
    expect(nl).not.toContain('heb ik op');
    const en = composeLetter(colleagueRenewedAnswer('en')).body.join('\n');
    expect(en).toContain('My colleague Sanne Visser withdrew the certificate of inheritance we sent you earlier on 18 November 2026. Enclosed now:');
    expect(en).not.toContain('I withdrew');
  });

  it('an answer to a question: the new verklaring follows in place of the one the colleague withdrew (nl, en)', async () => {
    const nl = await textOf(colleagueRenewedFollowing('nl'));
    expect(nl).toContain('in plaats van de eerder gestuurde die mijn collega Sanne Visser op 18 november 2026 heeft ingetrokken');
    expect(nl).not.toContain('ik op 18 november 2026 heb ingetrokken');
    const en = composeLetter(colleagueRenewedFollowing('en')).body.join('\n');
    expect(en).toContain('replacing the one we sent earlier, which my colleague Sanne Visser withdrew on 18 November 2026');
    expect(en).not.toContain('I sent earlier and withdrew');
  });
});
