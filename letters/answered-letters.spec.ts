import { composeLetter } from './compose';
import type { Language, LetterInput } from './model';
import { lintLetter } from './rules';
import { answered, auditCollection, bankDispute, HISTORY, healthCorrection, keptCoverDispute, keptCoverWithdrawal, letterOfKind, releaseLateComplaint, releaseLateDispute, TO_AGENCY } from './test-support';

/**
 * answerwords: every later letter to a bank or an insurer that answered says what it did, in the words its correction letter uses
 * (never "afgehandeld per"); a health policy's settlement is asked anew per a corrected date of death, silence keeping nothing;
 * a premium after a kept cover's end is disputed by asking a credit note for the premium.
 */
const text = (input: LetterInput) => {
  const letter = composeLetter(input);
  expect(lintLetter(input, letter)).toEqual([]);
  return letter.body.join('\n').replace(/\u00a0/g, ' ');
};

describe('a later letter to a bank or insurer that answered', () => {
  it.each([
    ['nl', 'U heeft bevestigd dat de rekening is geblokkeerd en dat het saldo per 2 november 2026 € 1.234,56 was.', /afgehandeld per|is beëindigd/],
    ['en', 'You confirmed that the account is blocked and that its balance on 2 November 2026 was €1,234.56.', /handled as of|ended on/],
  ] as const)('a dispute to a bank says what it did, as the correction letter says it (%s)', (language, said, never) => {
    const dispute = text(bankDispute(language));
    expect(dispute).toContain(said);
    expect(dispute).not.toMatch(never);
    // The very words of the correction letter to that bank.
    const correction = text(letterOfKind('correction', language, { ...bankDispute(language), kind: 'correction', invoice: null, corrections: [{ field: 'accountNumber', from: 'NL69INGB0123456780', to: 'NL69INGB0123456789' }] }));
    expect(correction).toContain(said.slice(0, -1));
  });

  const life = (language: Language, to: 'provider' | 'agency') =>
    letterOfKind('collection_stop', language, {
      category: 'insurance',
      insuranceKind: 'life',
      contract: { ...letterOfKind('dispute', language).contract!, description: 'Uitvaartpolis', accountNumber: 'POL-1', effectiveDate: '2026-11-20' },
      history: { ...HISTORY, confirmedEndDate: '2026-11-20', answerDone: answered('payoutHandled') },
      collection: { ...auditCollection(to, []), provider: 'Centraal Beheer' },
      ...(to === 'agency' && TO_AGENCY),
    });
  it.each([
    ['nl', 'provider', 'U heeft bevestigd dat u de uitkering in behandeling heeft genomen.'],
    ['nl', 'agency', 'Centraal Beheer heeft bevestigd dat het de uitkering in behandeling heeft genomen.'],
    ['en', 'provider', 'You confirmed that you have taken up the payout.'],
    ['en', 'agency', 'Centraal Beheer has confirmed that it has taken up the payout.'],
  ] as const)('a collection stop about an insurer that took up the payout says so (%s, to the %s)', (language, to, said) => {
    const stop = text(life(language, to));
    expect(stop).toContain(said);
    expect(stop).not.toMatch(/afgehandeld per|handled as of/);
  });

  it.each([
    ['nl', 'U heeft bevestigd dat de verzekering voor de nalatenschap doorloopt tot en met 30 november 2026.', 'Ik verzoek u voor € 14,50 een creditnota voor de premie te sturen, of de nota in te trekken', 'Ik zie uw creditnota graag tegemoet.', /eindafrekening/],
    ['en', 'You confirmed that the insurance continues for the estate until 30 November 2026 inclusive.', 'Please send a credit note for the premium of €14.50, or withdraw the bill', 'I look forward to your credit note.', /final bill/],
  ] as const)('a dispute of a premium after a kept cover asks a credit note for the premium, no final bill (%s)', (language, said, ask, thanks, never) => {
    const dispute = text(keptCoverDispute(language));
    expect(dispute).toContain(said);
    expect(dispute).toContain(ask);
    expect(dispute).toContain(thanks);
    expect(dispute).not.toMatch(never);
    const complaint = text(keptCoverDispute(language, { kind: 'dispute_escalation', history: { ...keptCoverDispute(language).history!, sent: [...HISTORY.sent] } }));
    expect(complaint).not.toMatch(never);
  });

  it.each([
    ['nl', 'U heeft bevestigd dat het contract is afgewikkeld per 2 november 2026. Wilt u dit in uw administratie aanpassen en de verzekering afwikkelen per 1 november 2026, de juiste datum van overlijden?', /Hoor ik niets|blijft de datum/],
    ['en', 'You confirmed that the contract was settled as of 2 November 2026. Please update your records and settle the insurance as of 1 November 2026, the correct date of death.', /If I do not hear|remains/],
  ] as const)('a health policy settled per the old date of death is asked the settlement per the corrected one; silence keeps nothing (%s)', (language, said, never) => {
    const correction = text(healthCorrection(language));
    expect(correction).toContain(said);
    expect(correction).not.toMatch(never);
    // Settled per the corrected day already: nothing moves.
    expect(text(healthCorrection(language, { history: { ...healthCorrection(language).history!, confirmedEndDate: '2026-11-01' } }))).toMatch(/daaraan verandert niets|that stays as it is/);
  });

  // coverrest: a kept cover's premium is disputed as a premium after the cover's end, and withdrawn saying why.
  it.each([
    ['nl', 'Bezwaar tegen premie na het einde van de dekking', 'U heeft bevestigd dat de verzekering voor de nalatenschap doorloopt tot en met 28 februari 2027; de premie valt daarbinnen. Dat bezwaar trek ik hierbij in: de nota wordt betaald uit de nalatenschap.'],
    ['en', 'Dispute of a premium after the end of the cover', 'You confirmed that the insurance continues for the estate until 28 February 2027 inclusive; the premium falls within it. I hereby withdraw that objection: the bill will be paid from the estate.'],
  ] as const)("a kept cover's premium dispute is titled as one after the cover's end, and its withdrawal names the insurer's later cover end (%s)", (language, title, why) => {
    expect(composeLetter(keptCoverDispute(language)).about.startsWith(`${title}: `)).toBe(true);
    expect(text(keptCoverWithdrawal(language))).toContain(why);
    // A withdrawal for any other reason says none.
    expect(text(keptCoverWithdrawal(language, { withdrawnObjection: { reference: 'P-12', outcome: 'payFromEstate' } }))).not.toMatch(/daarbinnen|within it/);
  });

  // remindwithdraw (releasedispute's Not done (1)): the corpus letters of a charge disputed while the release is late, read back whole.
  it.each([
    ['nl', 'Het saldo heeft u nog niet overgemaakt naar de boedelrekening, hoewel de termijn daarvoor liep tot en met 5 januari 2027.', 'Ik verzoek u de kosten van € 3,95 terug te boeken', 'Ik verzoek u uiterlijk 24 februari 2027 die kosten terug te boeken'],
    ['en', 'You have not yet transferred the balance to the estate account, although the term for that ended on 5 January 2027.', 'Please refund the charge of €3.95 to the account', 'Please refund that charge to the account by 24 February 2027.'],
  ] as const)('a charge disputed while the release is late says the term that ran out, once, before what it asks (%s)', (language, late, disputeAsks, complaintAsks) => {
    for (const [letter, asks] of [[text(releaseLateDispute(language)), disputeAsks], [text(releaseLateComplaint(language)), complaintAsks]]) {
      const lines = letter.split('\n');
      expect(lines.filter((l) => l === late)).toHaveLength(1);
      expect(lines.indexOf(late)).toBe(lines.findIndex((l) => l.startsWith(asks)) - 1);
    }
    // Without a passed term nothing is said of the release.
    expect(text(bankDispute(language))).not.toContain(late.slice(0, 30));
  });
});
