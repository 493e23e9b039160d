import { composeLetter } from './compose';
import type { Language, LetterInput, LetterKind } from './model';
import { lintLetter } from './rules';
import { letterOfKind, sampleLetter } from './test-support';

/**
 * A bank is asked to block the account and report the balance per the date of death, never to end it (NVB, legal.ts).
 * Every later letter that restates our request asks what the first one asked (audit71 F-C: the reminder asked ING to
 * confirm "de beëindiging" of a Betaalrekening, the correction of the date of death did not ask the balance anew).
 */
describe('a bank reads in every later letter what the first one asked: the account blocked, the balance per the date of death', () => {
  const account = { description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789', action: 'cancel' as const, requestedEndDate: null, effectiveDate: null };
  const toBank = (kind: LetterKind, language: Language, overrides: Partial<LetterInput> = {}): string => {
    const input = letterOfKind(kind, language, { category: 'bank', recipient: { ...sampleLetter().recipient, name: 'ING' }, contract: account, ...overrides });
    expect(lintLetter(input, composeLetter(input))).toEqual([]);
    return composeLetter(input).body.join('\n');
  };
  const ASKED = {
    nl: 'gevraagd rekening NL69INGB0123456789 (Betaalrekening) te blokkeren voor nieuwe afschrijvingen, zodat er geen incasso’s of andere betalingen meer van worden afgeschreven, en mij schriftelijk het saldo per 2 november 2026, de datum van overlijden, op te geven.',
    en: 'asked you to block account NL69INGB0123456789 (Betaalrekening) for new debits, so that no direct debits or other payments are taken from it, and let me know in writing the balance on 2 November 2026, the date of death.',
  };
  const ENDING = { nl: /beëindig|opzeg|het contract Betaalrekening/, en: /cancel|\bend\b|the contract Betaalrekening/ };

  it.each(['nl', 'en'] as const)('the reminder (%s) restates the block and the balance and asks to confirm those, by the due date', (language) => {
    const t = toBank('reminder', language, { dueDate: '2027-01-26' });
    expect(t).toContain(ASKED[language]);
    expect(t).toContain(
      language === 'nl'
        ? 'Ik verzoek u mij uiterlijk 26 januari 2027 schriftelijk te bevestigen dat de rekening is geblokkeerd, en mij het saldo per 2 november 2026, de datum van overlijden, op te geven.'
        : 'Please confirm to me in writing by 26 January 2027 that the account is blocked, and let me know the balance on 2 November 2026, the date of death.',
    );
    expect(t).not.toMatch(ENDING[language]);
  });

  it.each(['nl', 'en'] as const)('the complaint (%s), the withdrawal and the complaint about a rejection restate it too', (language) => {
    const escalation = toBank('escalation', language, { dueDate: '2027-02-09' });
    expect(escalation).toContain(ASKED[language]);
    expect(escalation).toContain(language === 'nl' ? 'te behandelen en mij uiterlijk 9 februari 2027 te bevestigen dat de rekening is geblokkeerd, en mij het saldo per 2 november 2026' : 'confirm to me by 9 February 2027 that the account is blocked, and let me know the balance on 2 November 2026');
    expect(escalation).not.toMatch(ENDING[language]);
    // The bank's own reason and the owner's grounds are quoted as given: neither speaks of an end.
    const rejected = { sent: [{ kind: 'cancellation' as const, date: '2026-11-09' }], confirmedEndDate: null, acknowledgedSinceRequest: false, rejection: { date: '2026-11-16', reason: 'Alleen een erfgenaam kan dit vragen.' } };
    for (const kind of ['withdrawal', 'rejection_complaint'] as const) {
      const t = toBank(kind, language, kind === 'rejection_complaint' ? { history: rejected, complaintGrounds: 'De verklaring van erfrecht zat bij ons verzoek.' } : {});
      expect(t).toContain(ASKED[language]);
      expect(t).not.toMatch(ENDING[language]);
    }
  });

  it.each(['nl', 'en'] as const)('an acknowledged request (%s) is chased for the block and the balance, not for a confirmation of an end', (language) => {
    const t = toBank('reminder', language, { history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }], confirmedEndDate: null, acknowledgedSinceRequest: true } });
    expect(t).toContain(
      language === 'nl'
        ? 'U heeft de ontvangst van mijn verzoek bevestigd, maar ik heb nog geen bevestiging van de blokkering en geen opgave van het saldo ontvangen.'
        : 'You acknowledged receipt of my request, but I have not yet received confirmation of the block or the balance.',
    );
  });

  it.each(['nl', 'en'] as const)('the answer to its question (%s) asks the block confirmed and the balance, now or once the rest follows', (language) => {
    const now = toBank('information_supplied', language, { dueDate: '2027-01-18' });
    expect(now).toContain(language === 'nl' ? 'Ik verzoek u mij nu uiterlijk 18 januari 2027 schriftelijk te bevestigen dat de rekening is geblokkeerd, en mij het saldo per 2 november 2026, de datum van overlijden, op te geven.' : 'Please now confirm to me in writing by 18 January 2027 that the account is blocked, and let me know the balance on 2 November 2026, the date of death.');
    const later = toBank('information_supplied', language, { followsLater: [{ kind: 'power_of_attorney', title: language === 'nl' ? 'Volmacht' : 'Power of attorney', expectedOn: null }] });
    expect(later).toContain(language === 'nl' ? 'daarna verzoek ik u mij schriftelijk te bevestigen dat de rekening is geblokkeerd, en mij het saldo per 2 november 2026' : 'I will then ask you to confirm to me in writing that the account is blocked, and let me know the balance on 2 November 2026');
    for (const t of [now, later]) expect(t).not.toMatch(language === 'nl' ? /beëindiging/ : /cancellation/);
  });

  it.each(['nl', 'en'] as const)('a corrected date of death (%s) restates the request as it was and asks the balance per the right date', (language) => {
    const t = toBank('correction', language, {
      history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }], confirmedEndDate: null, acknowledgedSinceRequest: false },
      corrections: [{ field: 'dateOfDeath', from: '2026-11-02', to: '2026-11-01' }],
      deceased: { ...sampleLetter().deceased, dateOfDeath: '2026-11-01' },
    });
    // The request as it went: per the date of death it printed.
    expect(t).toContain(language === 'nl' ? 'overleden op 2 november 2026, gevraagd rekening NL69INGB0123456789' : 'who died on 2 November 2026, I asked you to block account NL69INGB0123456789');
    expect(t).toContain(language === 'nl' ? 'het saldo per 2 november 2026, de datum van overlijden, op te geven. Hierbij corrigeer ik een gegeven' : 'the balance on 2 November 2026, the date of death. I am writing to correct a detail');
    expect(t).toContain(
      language === 'nl'
        ? 'Wilt u dit in uw administratie aanpassen en mij schriftelijk het saldo per 1 november 2026, de juiste datum van overlijden, opgeven? Voor het overige blijft mijn verzoek ongewijzigd.'
        : 'Please update your records and let me know in writing the balance on 1 November 2026, the correct date of death. My request is otherwise unchanged.',
    );
    expect(t).not.toMatch(ENDING[language]);
  });

  it.each(['nl', 'en'] as const)('another corrected detail (%s) asks the block and the balance handled with the right details', (language) => {
    const t = toBank('correction', language, {
      history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }], confirmedEndDate: null, acknowledgedSinceRequest: false },
      corrections: [{ field: 'accountNumber', from: 'NL69INGB0123456798', to: 'NL69INGB0123456789' }],
      contract: account,
    });
    expect(t).toContain(language === 'nl' ? 'gevraagd rekening NL69INGB0123456798 (Betaalrekening) te blokkeren' : 'asked you to block account NL69INGB0123456798 (Betaalrekening)');
    expect(t).toContain(language === 'nl' ? 'Wilt u dit in uw administratie aanpassen en de blokkering van de rekening en de opgave van het saldo met de juiste gegevens afhandelen?' : 'Please update your records and handle the block of the account and the balance with the correct details.');
  });
});
