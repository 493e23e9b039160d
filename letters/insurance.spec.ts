import type { AskedInstead } from '../workflows/wording';
import { composeLetter, tableLines } from './compose';
import { type InsuranceKind, type Language, LETTER_KINDS, type LetterKind } from './model';
import { lintLetter } from './rules';
import { letterOfKind, sampleLetter } from './test-support';
import { letterTitle, subjectIn } from './title';

/**
 * An insurance is not cancelled per the date of death (audit71 F-A): a funeral or life policy is claimed, a property
 * policy keeps the estate's things insured, a health policy is settled; unknown asks the insurer. Its reminder and the
 * other letters about the request say again what the request asked (README, insuranceclaim).
 */
describe('a letter to an insurer asks what the kind of insurance needs', () => {
  const funeral = { ...sampleLetter().contract!, description: 'Uitvaartverzekering', accountNumber: 'POL-55443' };
  const toInsurer = (kind: LetterKind, language: Language, insuranceKind: InsuranceKind | null) => {
    const input = letterOfKind(kind, language, { category: 'insurance', insuranceKind, contract: funeral, recipient: { name: 'Centraal Beheer', address: { street: 'Postbus 9150', postalCode: '7300 HZ', city: 'Apeldoorn' } } });
    const letter = composeLetter(input);
    expect(lintLetter(input, letter)).toEqual([]);
    return { text: letter.body.join('\n'), subject: letter.subject };
  };

  it.each<[InsuranceKind | null]>([[null], ['life'], ['property'], ['health']])('%s: never asks to end it per the date of death, nor for "een eventueel tegoed"', (kind) => {
    for (const language of ['nl', 'en'] as const) {
      const { text, subject } = toInsurer('cancellation', language, kind);
      expect(text).not.toMatch(/zonder opzegtermijn|without notice/);
      expect(text).not.toMatch(/te beëindigen per|to end .* on 2 November 2026/);
      expect(text).not.toMatch(/eventueel tegoed|any credit/);
      expect(subject).not.toMatch(/Opzegging|Cancellation/);
    }
  });

  it('a funeral or life policy: reports the death and claims the payout, to whom the policy names, without naming anyone', () => {
    const { text, subject } = toInsurer('cancellation', 'nl', 'life');
    expect(subject).toBe('Betreft: Melding van overlijden: Uitvaartverzekering, polisnummer POL-55443, van Jan de Vries');
    expect(text).toContain('Ik meld u het overlijden en verzoek u de uitkering uit het contract Uitvaartverzekering met polisnummer POL-55443 af te handelen.');
    expect(text).toContain('De uitkering is voor de begunstigde(n) die in de polis staan, of als er geen begunstigde is voor de nalatenschap');
    expect(text).toContain('de premie-incasso per 2 november 2026 te stoppen');
    expect(toInsurer('cancellation', 'en', 'life').text).toContain('I am notifying you of the death and ask you to handle the payout under the contract Uitvaartverzekering with policy number POL-55443.');
  });

  it('a property policy: not ended per the date of death; the estate keeps its cover until told', () => {
    const { text } = toInsurer('cancellation', 'nl', 'property');
    expect(text).toContain('Ik zeg het contract Uitvaartverzekering met polisnummer POL-55443 niet op per de datum van overlijden');
    expect(text).toContain('Wilt u de verzekering laten doorlopen');
  });

  it('a health policy: the final settlement, no end date asked', () => {
    expect(toInsurer('cancellation', 'nl', 'health').text).toContain('Wilt u de verzekering afwikkelen per de datum van overlijden');
  });

  it('not recorded: asks the insurer what it needs and how the policy continues or ends', () => {
    expect(toInsurer('cancellation', 'nl', null).text).toContain('Wilt u mij laten weten wat u van mij nodig heeft en hoe het contract Uitvaartverzekering met polisnummer POL-55443 na het overlijden doorloopt of eindigt');
  });

  it.each<[InsuranceKind | null, string, string]>([
    ['life', 'gevraagd de uitkering uit het contract Uitvaartverzekering met polisnummer POL-55443 af te handelen.', 'asked you to handle the payout under the contract Uitvaartverzekering with policy number POL-55443.'],
    ['property', 'gevraagd het contract Uitvaartverzekering met polisnummer POL-55443 voor de nalatenschap te laten doorlopen.', 'asked you to keep the contract Uitvaartverzekering with policy number POL-55443 in force for the estate.'],
    ['health', 'gevraagd het contract Uitvaartverzekering met polisnummer POL-55443 af te wikkelen per de datum van overlijden.', 'asked you to settle the contract Uitvaartverzekering with policy number POL-55443 as of the date of death.'],
    [null, 'gevraagd mij te laten weten hoe het contract Uitvaartverzekering met polisnummer POL-55443 na het overlijden doorloopt of eindigt.', 'asked you to tell me how the contract Uitvaartverzekering with policy number POL-55443 continues or ends after the death.'],
  ])('the reminder of a %s policy says again what the request asked, not "te beëindigen"', (kind, nl, en) => {
    const reminder = toInsurer('reminder', 'nl', kind);
    expect(reminder.text).toContain(nl);
    expect(reminder.text).not.toContain('beëindig');
    expect(toInsurer('reminder', 'en', kind).text).toContain(en);
  });

  it('its title is said in the reader’s language, as any letter’s is', () => {
    const stated = { deceasedName: 'Jan de Vries', description: 'Uitvaartverzekering', accountNumber: 'POL-55443' };
    const subject = toInsurer('cancellation', 'nl', 'life').subject.replace('Betreft: ', '');
    expect(subjectIn(subject, 'en')).toBe('Notification of a death: Uitvaartverzekering, policy number POL-55443, of Jan de Vries');
    expect(letterTitle({ kind: 'cancellation', subject, language: 'nl' }, stated, 'en')).toBe('Notification of a death: Uitvaartverzekering, policy number POL-55443, of Jan de Vries');
  });

  // insurancerest: every letter naming the number called an insurer's policy number its „klantnummer" (audit after stop 50).
  it.each(LETTER_KINDS.filter((k) => k !== 'final_report' && k !== 'progress_report' && k !== 'transfer'))('%s names the number as the insurer does: polisnummer / policy number', (kind) => {
    for (const [language, word, wrong] of [['nl', 'polisnummer POL-55443', /klantnummer|rekeningnummer/], ['en', 'policy number POL-55443', /account number|customer number/]] as const) {
      const letter = composeLetter(letterOfKind(kind, language, { category: 'insurance', insuranceKind: 'life', contract: { ...funeral, ...(['dispute', 'dispute_escalation', 'bill_correction'].includes(kind) && { effectiveDate: '2026-11-30' }) } }));
      expect(letter.subject).toContain(word);
      expect([letter.subject, ...letter.body].join('\n')).not.toMatch(wrong);
    }
  });
});

// insurancerest: the family's report named every cancellation „Opzeggen", also a policy claimed and an account blocked.
describe('a report to the family says what was asked of an insurer and a bank', () => {
  it.each([
    ['nl', ['Centraal Beheer | Uitkering aanvragen: Uitvaartverzekering', 'Interpolis | Verzekering laten doorlopen: Inboedel', 'ING | Rekening blokkeren en saldo opvragen: Betaalrekening', 'KPN | Opzeggen: Internet']],
    ['en', ['Centraal Beheer | Claim the payout: Uitvaartverzekering', 'Interpolis | Keep the insurance in force: Inboedel', 'ING | Block the account and ask the balance: Betaalrekening', 'KPN | Cancel: Internet']],
  ] as const)('%s', (language, rows) => {
    const row = (provider: string, description: string, asked?: AskedInstead) => ({ provider, description, action: 'cancel' as const, ...(asked && { asked }), outcome: '…', group: 'provider' as const, date: null, termPassedOn: null });
    const contractsSummary = [row('Centraal Beheer', 'Uitvaartverzekering', 'life'), row('Interpolis', 'Inboedel', 'property'), row('ING', 'Betaalrekening', 'bank'), row('KPN', 'Internet')];
    const lines = tableLines(composeLetter(letterOfKind('progress_report', language, { contractsSummary })).table!);
    for (const start of rows) expect(lines.some((l) => l.startsWith(start))).toBe(true);
  });
});

// insurancerest: an insurer's kind recorded wrongly was corrected only by withdrawing the contract; after the request went out the insurer is told what is asked now.
describe('a corrected kind of insurance', () => {
  const funeral = { ...sampleLetter().contract!, description: 'Uitvaartverzekering', accountNumber: 'POL-55443' };
  const toInsurer = (kind: LetterKind, language: Language, overrides: Parameters<typeof letterOfKind>[2]) => {
    const input = letterOfKind(kind, language, { category: 'insurance', contract: funeral, ...overrides });
    const letter = composeLetter(input);
    expect(lintLetter(input, letter)).toEqual([]);
    return letter.body.join('\n');
  };

  it('the correction quotes the request as it asked, then says what is asked instead', () => {
    const corrections = [{ field: 'insuranceKind' as const, from: 'life', to: 'property' }];
    const nl = toInsurer('correction', 'nl', { insuranceKind: 'property', corrections });
    expect(nl).toContain('gevraagd de uitkering uit het contract Uitvaartverzekering af te handelen. Hierbij corrigeer ik een gegeven uit dat verzoek.');
    expect(nl).toContain('Mijn verzoek vroeg u de uitkering uit het contract af te handelen; in plaats daarvan vraag ik u het contract voor de nalatenschap te laten doorlopen.');
    const en = toInsurer('correction', 'en', { insuranceKind: 'property', corrections });
    expect(en).toContain('My request asked you to handle the payout under the contract; instead, I now ask you to keep the contract in force for the estate.');
    // Not recorded before: the request asked the insurer how the policy continues or ends.
    expect(toInsurer('correction', 'nl', { insuranceKind: 'life', corrections: [{ field: 'insuranceKind', from: null, to: 'life' }] })).toContain(
      'Mijn verzoek vroeg u mij te laten weten hoe het contract na het overlijden doorloopt of eindigt; in plaats daarvan vraag ik u de uitkering uit het contract af te handelen.',
    );
  });

  it('a reminder after it quotes the request as it went and says what was asked instead since', () => {
    const told = { kind: 'correction' as const, date: '2026-11-20', corrections: [{ field: 'insuranceKind' as const, from: 'life', to: 'property' }] };
    const history = { sent: [{ kind: 'cancellation' as const, date: '2026-11-09' }, told], correctionsSince: [{ corrections: told.corrections, told: true }], confirmedEndDate: null, acknowledgedSinceRequest: false };
    const text = toInsurer('reminder', 'nl', { insuranceKind: 'property', history } as Parameters<typeof letterOfKind>[2]);
    expect(text).toContain('gevraagd de uitkering uit het contract Uitvaartverzekering met polisnummer POL-55443 af te handelen. Op 20 november 2026 heb ik u in plaats daarvan gevraagd het contract voor de nalatenschap te laten doorlopen.');
  });
});

// insurerletters: the English withdrawal of a complaint said "customer number" of an insurer's policy (insurancerest Not done);
// a bank's number is its account's, IBAN or not.
describe('no letter to an insurer or a bank calls its number a customer number', () => {
  const policy = { ...sampleLetter().contract!, description: 'Uitvaartverzekering', accountNumber: 'POL-55443' };
  const account = { ...sampleLetter().contract!, description: 'Spaarrekening', accountNumber: '3456789' };
  const withdrawn = { withdrawnComplaint: { date: '2026-11-20' }, corrections: [{ field: 'accountNumber' as const, from: 'POL-55434', to: 'POL-55443' }] };

  it.each([
    ['insurance', 'nl', 'want het polisnummer in mijn verzoek was onjuist', /klantnummer/],
    ['insurance', 'en', 'as the policy number in my request was wrong', /customer number|account number/],
    ['bank', 'nl', 'want het rekeningnummer in mijn verzoek was onjuist', /klantnummer/],
    ['bank', 'en', 'as the account number in my request was wrong', /customer number/],
  ] as const)('%s, %s: the complaint withdrawn names the number as the provider does', (category, language, said, wrong) => {
    const contract = category === 'insurance' ? policy : account;
    const input = letterOfKind('correction', language, { category, contract, ...(category === 'insurance' && { insuranceKind: 'life' }), ...withdrawn });
    const letter = composeLetter(input);
    expect(lintLetter(input, letter)).toEqual([]);
    expect(letter.body.join('\n')).toContain(said);
    expect([letter.subject, ...letter.body].join('\n')).not.toMatch(wrong);
  });

  it.each(LETTER_KINDS.filter((k) => k !== 'final_report' && k !== 'progress_report' && k !== 'transfer'))('%s to a bank: rekeningnummer / account number, never klantnummer', (kind) => {
    for (const [language, word, wrong] of [['nl', 'rekeningnummer 3456789', /klantnummer/], ['en', 'account number 3456789', /customer number/]] as const) {
      const letter = composeLetter(letterOfKind(kind, language, { category: 'bank', contract: { ...account, ...(['dispute', 'dispute_escalation', 'bill_correction'].includes(kind) && { effectiveDate: '2026-11-30' }) }, ...(kind === 'correction' && withdrawn) }));
      expect(letter.subject).toContain(word);
      expect([letter.subject, ...letter.body].join('\n')).not.toMatch(wrong);
    }
  });
});
