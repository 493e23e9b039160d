import { composeLetter } from './compose';
import { LETTER_KINDS } from './model';
import { bankChargeCorrection, bankComplaint, bankWithdrawal, closePdfReader, flat, letterOfKind, pdfText } from './test-support';
import { produceLetter, statedIn } from './index';
import { fullName } from './names';
import { letterTitles, openingTitle, subjectIn, titleIn } from './title';

/** A letter's title is a description for its reader: said in the reader's language, while the letter keeps its own (README, familywords). */
describe('a letter’s subject in the reader’s language', () => {
  it.each(LETTER_KINDS)('%s: the Dutch subject said in English is the English letter’s, and back', (kind) => {
    const [nl, en] = [composeLetter(letterOfKind(kind, 'nl')).about, composeLetter(letterOfKind(kind, 'en')).about];
    expect(subjectIn(nl, 'en')).toBe(en);
    expect(subjectIn(en, 'nl')).toBe(nl);
    expect(subjectIn(nl, 'nl')).toBe(nl);
  });

  it.each(LETTER_KINDS)('%s: the Dutch title a timeline entry recorded said in English is the English letter’s, and back', (kind) => {
    const [nl, en] = [composeLetter(letterOfKind(kind, 'nl')).title, composeLetter(letterOfKind(kind, 'en')).title];
    expect(titleIn(nl, 'en')).toBe(en);
    expect(titleIn(en, 'nl')).toBe(nl);
    expect(titleIn('Opzegging', 'en')).toBe('Opzegging');
  });

  // bankletters: a bank's later letters about its charge are named by their own title in either language, never an invoice's.
  it.each([
    ['the complaint about one charge', bankComplaint('nl'), bankComplaint('en')],
    ['the complaint about several', bankComplaint('nl', true), bankComplaint('en', true)],
    ['the dispute withdrawn', bankWithdrawal('nl'), bankWithdrawal('en')],
    ['the charge corrected', bankChargeCorrection('nl'), bankChargeCorrection('en')],
  ])('%s of a bank: its Dutch subject said in English is the English letter’s, and back', (_, nlInput, enInput) => {
    const [nl, en] = [composeLetter(nlInput).about, composeLetter(enInput).about];
    expect(subjectIn(nl, 'en')).toBe(en);
    expect(subjectIn(en, 'nl')).toBe(nl);
  });

  it('keeps what the record holds as printed: the description and the number are not translated', () => {
    expect(subjectIn('Herinnering: Internet en vaste telefonie, klantnummer 1.2345.678, van Jan de Vries', 'en')).toBe('Reminder: Internet en vaste telefonie, account number 1.2345.678, of Jan de Vries');
    expect(subjectIn('Correctie op onze brief over uw incasso: Stroom, klantnummer 5550, van Jan van der Berg', 'en')).toBe('Correction to our letter about your debt collection: Stroom, account number 5550, of Jan van der Berg');
  });

  it('leaves a subject in no wording it knows as it stands', () => {
    expect(subjectIn('Opzegging contract 1234', 'en')).toBe('Opzegging contract 1234');
    expect(subjectIn('Herinnering: Internet, klantnummer 1', 'en')).toBe('Herinnering: Internet, klantnummer 1');
  });
});

/** README englishnf2: the family's title of a letter is said from its kind and what it kept of the facts it printed, not read back from its subject. */
describe('a letter’s title from its kind and what it printed', () => {
  const STATED = { deceasedName: 'Jan de Vries', dateOfDeath: '2026-11-01', description: 'Internet', accountNumber: '1.2345.678' };
  const sent = (id: string, kind: string, subject: string, stated: typeof STATED | null, contractId: string | null = 'c1') => ({ id, contractId, kind, language: 'nl' as const, subject, stated });

  it.each(LETTER_KINDS)('%s: titled in English as the English letter’s subject, in Dutch as the Dutch one’s', (kind) => {
    const [nl, en] = [letterOfKind(kind, 'nl'), letterOfKind(kind, 'en')];
    const report = kind === 'progress_report' || kind === 'final_report';
    const letters = [sent('request', 'cancellation', '', statedIn(nl)), sent('letter', kind, composeLetter(nl).about, statedIn(nl), report ? null : 'c1')];
    expect(letterTitles(letters, fullName(nl.deceased), 'en').get('letter')).toBe(composeLetter(en).about);
    expect(letterTitles(letters, fullName(nl.deceased), 'nl').get('letter')).toBe(composeLetter(nl).about);
  });

  it('says a dispute after a bank’s or insurer’s answer by the date it follows, in either language (deskanswer2)', () => {
    const life = { ...STATED, description: 'Uitvaartpolis', accountNumber: 'POL-41' };
    const letters = [sent('d', 'dispute', 'Bezwaar tegen factuur na de datum van overlijden: Uitvaartpolis, polisnummer POL-41, van Jan de Vries', life), sent('b', 'dispute', 'Bezwaar tegen factuur na de datum die u bevestigde: Uitvaartpolis, polisnummer POL-41, van Jan de Vries', life)];
    const titles = letterTitles(letters, 'Jan de Vries', 'en');
    expect(titles.get('d')).toBe('Dispute of an invoice after the date of death: Uitvaartpolis, policy number POL-41, of Jan de Vries');
    expect(titles.get('b')).toBe('Dispute of an invoice after the date you confirmed: Uitvaartpolis, policy number POL-41, of Jan de Vries');
    expect(titleIn('Dispute of an invoice after the date of death', 'nl')).toBe('Bezwaar tegen factuur na de datum van overlijden');
  });

  it('says a subject in an older wording in the reader’s language all the same', () => {
    expect(letterTitles([sent('a', 'cancellation', 'Opzegging contract 1.2345.678', STATED)], 'Jan de Vries', 'en').get('a')).toBe('Cancellation following a death: Internet, account number 1.2345.678, of Jan de Vries');
  });

  it('says each title in its letter’s own language when asked for `own` (a downloaded file’s name, README familyentry)', () => {
    const english = { ...sent('b', 'cancellation', 'Cancellation contract 9', STATED), language: 'en' as const };
    const titles = letterTitles([sent('a', 'cancellation', 'Opzegging contract 1.2345.678', STATED), english], 'Jan de Vries', 'own');
    expect([titles.get('a'), titles.get('b')]).toEqual(['Opzegging na overlijden: Internet, klantnummer 1.2345.678, van Jan de Vries', 'Cancellation following a death: Internet, account number 1.2345.678, of Jan de Vries']);
  });

  it('keeps the variant its subject opens with (a colleague’s letter), else the kind’s own title', () => {
    const ours = sent('a', 'correction', 'Correctie op onze brief over uw incasso: Internet, klantnummer 1.2345.678, van Jan de Vries', STATED);
    expect(letterTitles([sent('r', 'cancellation', '', STATED), ours], 'Jan de Vries', 'en').get('a')).toBe('Correction to our letter about your debt collection: Internet, account number 1.2345.678, of Jan de Vries');
  });

  it('names the contract of a letter about the request as the request printed it, not as corrected since', () => {
    const corrected = { ...STATED, accountNumber: '1.2345.679' };
    const letters = [sent('r', 'cancellation', '', STATED), sent('c', 'correction', '', corrected), sent('m', 'reminder', '', corrected), sent('i', 'information_supplied', '', corrected)];
    const titles = letterTitles(letters, 'Jan de Vries', 'en');
    expect(titles.get('m')).toBe('Reminder: Internet, account number 1.2345.678, of Jan de Vries');
    expect(titles.get('i')).toBe('Further information: Internet, account number 1.2345.679, of Jan de Vries');
  });

  it('names it as the letter kept what its subject named: the number a correction that went out told (asprinted)', () => {
    const corrected = { ...STATED, accountNumber: '1.2345.679' };
    const reminder = { ...sent('m', 'reminder', '', corrected), named: { description: 'Internet', accountNumber: '1.2345.679' } };
    expect(letterTitles([sent('r', 'cancellation', '', STATED), reminder], 'Jan de Vries', 'nl').get('m')).toBe('Herinnering: Internet, klantnummer 1.2345.679, van Jan de Vries');
  });

  it('falls back to the subject for a kind it does not know, or a letter that kept nothing of what it printed', () => {
    const subject = 'Herinnering: Internet, klantnummer 1.2345.678, van Jan de Vries';
    expect(letterTitles([sent('a', 'old_kind', subject, STATED)], 'Jan de Vries', 'en').get('a')).toBe('Reminder: Internet, account number 1.2345.678, of Jan de Vries');
    expect(letterTitles([sent('a', 'reminder', 'Herinnering contract 1', null)], 'Jan de Vries', 'en').get('a')).toBe('Herinnering contract 1');
  });
});

/** askwords: the repayment request sent again as a reminder reads as a reminder from its title on, in the letter and in every list. */
describe('the reminder of money asked back', () => {
  const reminder = (language: 'nl' | 'en') =>
    letterOfKind('repayment_request', language, {
      history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }, { kind: 'repayment_request', date: '2026-12-19' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: true },
      repaymentRequest: { reference: 'KPN-P-1', amount: 45, paidOn: '2026-12-16', droppedOn: '2026-12-15', payBy: '2027-01-19', reminder: { askedOn: '2026-12-19', received: 0, lastReceivedOn: null, left: 45 } },
      letterDate: '2027-01-05',
      today: '2027-01-05',
    });
  afterAll(closePdfReader);

  it('is titled a reminder, not the first request, in its PDF and its subject, and said again in the other language', async () => {
    const [nl, en] = [composeLetter(reminder('nl')), composeLetter(reminder('en'))];
    expect(nl.title).toBe('Herinnering: terugbetaling na ingetrokken vordering');
    expect(en.title).toBe('Reminder: repayment after the withdrawn claim');
    expect(nl.about).toMatch(/^Herinnering: terugbetaling na ingetrokken vordering: /);
    expect(titleIn(nl.title, 'en')).toBe(en.title);
    expect(subjectIn(nl.about, 'en')).toBe(en.about);
    expect(openingTitle({ kind: 'repayment_request', subject: nl.about, language: 'nl' }, 'en')).toBe(en.title);
    // The first request keeps its title.
    expect(composeLetter(letterOfKind('repayment_request', 'nl')).title).toBe('Verzoek tot terugbetaling: vordering ingetrokken');
    const letter = await produceLetter(reminder('nl'));
    expect(letter.violations).toEqual([]);
    const text = flat(await pdfText(letter.pdf!));
    expect(text).toContain('Herinnering: terugbetaling na ingetrokken vordering');
    expect(text).not.toContain('Verzoek tot terugbetaling');
    expect(text).toContain('Op 19 december 2026 heb ik u gevraagd dit bedrag terug te betalen.');
  });
});

/**
 * notawords: an insurer's titles that name its bill are its own in the catalogue (`insurerTitles`), not a rewrite of the invoice's: its
 * letters list and history read the nota title back in either language, as its letter printed it.
 */
describe('an insurer’s letter titled by its nota', () => {
  const insurer = { category: 'insurance' as const, insuranceKind: 'life' as const, contract: { ...letterOfKind('dispute_withdrawal', 'nl').contract!, description: 'Levensverzekering', accountNumber: 'POL-55443' } };
  it.each([
    ['dispute_withdrawal', 'Intrekking van mijn bezwaar tegen uw nota', 'Withdrawal of my objection to your bill'],
    ['bill_correction', 'Correctie op mijn bezwaar tegen uw nota', 'Correction to my objection to your bill'],
  ] as const)('%s: the letter says its nota, and its title reads back so in English and Dutch', (kind, nlTitle, enTitle) => {
    const [nl, en] = [composeLetter(letterOfKind(kind, 'nl', insurer)), composeLetter(letterOfKind(kind, 'en', insurer))];
    expect(nl.title).toBe(nlTitle);
    expect(en.title).toBe(enTitle);
    expect(openingTitle({ kind, subject: nl.about, language: 'nl' }, 'en')).toBe(enTitle);
    expect(openingTitle({ kind, subject: en.about, language: 'en' }, 'nl')).toBe(nlTitle);
    expect(titleIn(nlTitle, 'en')).toBe(enTitle);
  });
});
