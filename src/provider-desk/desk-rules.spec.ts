import { isFamilyLetter, LETTER_KINDS, type ProviderLetterKind } from '../../letters';
import { providerWords } from '../words';
import { amendedText, type DeskAnswer, deskSearchOf, openingTab, partAnswerDeskText, tabCountText, tabsWithMatches, type ThreadEntry, type ThreadItem, type ThreadLetter, threadOf, withAskedBack } from './desk-rules';
import { askedBackStanding } from '../refunds/refund.rules';
import type { AskedInstead, DeskParty, DeskTab } from '../../workflows';

describe('the desk search box', () => {
  it.each([
    ['12-03-1941', { dateOfBirth: '1941-03-12' }],
    ['2-3-1941', { dateOfBirth: '1941-03-02' }],
    ['1941-03-12', { dateOfBirth: '1941-03-12' }],
    ['1012 js', { postcode: '1012JS' }],
    ['1012JS', { postcode: '1012JS' }],
    ['st 2026 00003', { reference: 'ST-2026-00003', accountNumber: 'st 2026 00003' }],
    ['ST202600003', { reference: 'ST-2026-00003', accountNumber: 'ST202600003' }],
    ['NL12 KPN 0001', { accountNumber: 'NL12 KPN 0001' }],
    ['31-02-1941', { accountNumber: '31-02-1941' }],
    ['  de Jong ', { name: 'de Jong' }],
  ])('reads %p as the provider means it', (text, search) => {
    expect(deskSearchOf(text)).toEqual(search);
  });
});

describe('the desk tabs', () => {
  const counts = (n: number, w: number, s = 0, d = 0) => ({ new: n, waiting_on_you: w, waiting_on_steward: s, done: d });
  it('opens on the first tab holding work for the provider, else on "Nieuw"', () => {
    expect(openingTab(counts(2, 1))).toBe('new');
    expect(openingTab(counts(0, 1, 5, 9))).toBe('waiting_on_you');
    expect(openingTab(counts(0, 0, 5, 9))).toBe('new');
  });
  it('opens a search on the first tab holding a match, and names the other tabs with matches', () => {
    expect(openingTab(counts(0, 0, 1, 9), true)).toBe('waiting_on_steward');
    expect(openingTab(counts(0, 0, 0, 0), true)).toBe('new');
    expect(tabsWithMatches(counts(0, 2, 1, 0), 'new')).toEqual(['waiting_on_you', 'waiting_on_steward']);
    expect(tabsWithMatches(counts(3, 0, 1, 0), 'new')).toEqual(['waiting_on_steward']);
  });
  it('counts to 99, then "99+"', () => {
    expect([0, 99, 100].map(tabCountText)).toEqual(['0', '99', '99+']);
  });
});

describe('the desk thread', () => {
  const step = (at: string, event: string, n: number | undefined, details: Record<string, unknown> = {}): ThreadEntry => ({ at: `2026-${at}T09:00:00Z`, event, details: { ...details, ...(n !== undefined && { step: n }) } });
  const written = (at: string, event: 'letter.sent' | 'letter.blocked', letterId: string): ThreadEntry => ({ at: `2026-${at}T10:00:00Z`, event, details: { letterId } });
  const letter = (id: string, outboxId: string, kind: ProviderLetterKind, status: ThreadLetter['status'], step: number | null, more: Partial<ThreadLetter> = {}): ThreadLetter => ({
    id, kind, status, letterDate: '2026-11-25', outboxId, enclosureIds: [], toAgency: false, step, retryOf: null, ...more,
  });
  const said = (items: ThreadItem[]) => items.map((i) => (i.type === 'letter' ? `${i.date} ${i.text}${i.enclosures.map((d) => ` [${d.fileName}]`).join('')}` : `${i.at.slice(0, 10)} ${i.text}`));
  const note = { event: { note: 'Maria is de enige erfgenaam.' }, effects: ['letter'] };

  // The request letter and the information letter were both held back, and each went out later by a retry; a correction went out between.
  const entries = [
    step('11-23', 'REQUEST', 1, { effects: ['letter'] }),
    written('11-23', 'letter.blocked', 'request'),
    written('11-25', 'letter.sent', 'request-retry'),
    step('11-26', 'REQUEST_INFORMATION', 2, { event: { message: 'Wie zijn de erfgenamen?' } }),
    step('12-01', 'INFORMATION_SUPPLIED', 3, note),
    written('12-01', 'letter.blocked', 'information'),
    written('12-03', 'letter.sent', 'correction'),
    written('12-09', 'letter.sent', 'information-retry'),
    step('12-10', 'ACKNOWLEDGE', 4, { event: { reference: 'KPN-7' } }),
    step('12-11', 'COMPLETE', 5, { event: { effectiveDate: '2026-12-01' } }),
  ];
  const letters = [
    letter('request', '1', 'cancellation', 'blocked', 1),
    letter('request-retry', '2', 'cancellation', 'sent', 1, { retryOf: 'request', letterDate: '2026-11-25' }),
    letter('information', '3', 'information_supplied', 'blocked', 3),
    letter('correction', '4', 'correction', 'sent', null, { letterDate: '2026-12-03' }),
    letter('information-retry', '5', 'information_supplied', 'sent', 3, { retryOf: 'information', letterDate: '2026-12-09', enclosureIds: ['erfrecht', 'not-for-you'] }),
  ];
  const openable = [{ id: 'erfrecht', kind: 'certificate_of_inheritance', description: null, fileName: 'erfrecht.pdf' }];

  it('places each letter when it went out, a retried one by its step, not by its outbox row; answers stay at their steps', () => {
    expect(said(threadOf(entries, letters, openable, 'nl'))).toEqual([
      '2026-11-25 Brief van Steward: Verzoek tot beëindiging',
      '2026-11-26 U vroeg om informatie: Wie zijn de erfgenamen?',
      '2026-12-01 Steward stelt de gevraagde informatie samen',
      '2026-12-03 Brief van Steward: Correctie op het verzoek',
      '2026-12-09 Steward leverde de gevraagde informatie; antwoord: „Maria is de enige erfgenaam.”',
      '2026-12-09 Brief van Steward: Gevraagde informatie [erfrecht.pdf]',
      '2026-12-10 U bevestigde de ontvangst (uw kenmerk KPN-7)',
      '2026-12-11 U bevestigde de afhandeling per 1 december 2026',
    ]);
  });

  it('places a letter no step asked for where it was made when a later step\'s letter was made after it, not at its sending after that step (bankwords2)', () => {
    // The take-back made the reminder's withdrawal (outbox row 2); the request's term, restored and passed, then made its reminder
    // (row 3) before the outbox sent the withdrawal; a correction made after the reminder stays at its sending.
    const thread = [
      step('11-23', 'REQUEST', 1, { effects: ['letter'] }),
      { ...written('11-23', 'letter.sent', 'request') },
      step('12-08', 'DEADLINE_PASSED', 3, { effects: ['letter'] }),
      { ...written('12-08', 'letter.sent', 'withdrawal'), at: '2026-12-08T10:00:00Z' },
      { ...written('12-08', 'letter.sent', 'reminder'), at: '2026-12-08T10:00:01Z' },
      written('12-09', 'letter.sent', 'correction'),
    ];
    const made = [
      letter('request', '1', 'cancellation', 'sent', 1),
      letter('withdrawal', '2', 'reminder_withdrawal', 'sent', null),
      letter('reminder', '3', 'reminder', 'sent', 3),
      letter('correction', '4', 'correction', 'sent', null),
    ];
    const kinds = (items: ThreadItem[]) => items.flatMap((i) => (i.type === 'letter' ? [i.letterKind] : []));
    expect(kinds(threadOf(thread, made, [], 'nl'))).toEqual(['cancellation', 'reminder_withdrawal', 'reminder', 'correction']);
    // Shown once, whatever the order of its sending.
    expect(kinds(threadOf([...thread.slice(0, 3), ...thread.slice(4)], made.filter((l) => l.id !== 'withdrawal'), [], 'nl'))).toEqual(['cancellation', 'reminder', 'correction']);
  });

  it('shows a letter no step asked for once when it went out before a later step made its letter (audit105: the contact change after a handover, then a dispute)', () => {
    const thread = [
      step('11-23', 'REQUEST', 1, { effects: ['letter'] }),
      written('11-23', 'letter.sent', 'request'),
      written('11-26', 'letter.sent', 'contact'),
      step('11-26', 'COMPLETE', 2, { event: { effectiveDate: '2026-11-26' } }),
      step('11-28', 'INVOICE_AFTER_END', 3, { effects: ['letter'] }),
      written('11-28', 'letter.sent', 'dispute'),
    ];
    const made = [letter('request', '1', 'cancellation', 'sent', 1), letter('contact', '2', 'contact_change', 'sent', null), letter('dispute', '3', 'dispute', 'sent', 3)];
    expect(threadOf(thread, made, [], 'nl').map((i) => (i.type === 'letter' ? i.letterKind : i.event))).toEqual(['cancellation', 'contact_change', 'COMPLETE', 'dispute']);
  });

  it('names an "overig" enclosure by the words its letter printed, not those she corrected them to; a letter made before kept none, so as it stands', () => {
    const kvk = { id: 'kvk', kind: 'other', description: 'uittreksel KvK van de eenmanszaak', fileName: 'kvk.pdf' };
    const carrying = (described?: Record<string, string>) => letters.map((l) => (l.id === 'information-retry' ? { ...l, enclosureIds: ['kvk'], described } : l));
    const wordsOf = (items: ThreadItem[]) => items.flatMap((i) => (i.type === 'letter' ? i.enclosures.map((d) => d.description) : []));
    expect(wordsOf(threadOf(entries, carrying({ kvk: 'uittreksel Kamer van Koophandel' }), [kvk], 'nl'))).toEqual(['uittreksel Kamer van Koophandel']);
    expect(wordsOf(threadOf(entries, carrying({}), [kvk], 'nl'))).toEqual([null]);
    expect(wordsOf(threadOf(entries, carrying(), [kvk], 'nl'))).toEqual(['uittreksel KvK van de eenmanszaak']);
  });

  it('says information is being prepared, without the answer, while its letter is held back or not made yet', () => {
    const held = threadOf(entries.slice(0, 6), letters.slice(0, 3), openable, 'nl');
    const notMade = threadOf(entries.slice(0, 5), letters.slice(0, 2), openable, 'nl');
    for (const shown of [said(held), said(notMade)]) {
      expect(shown.at(-1)).toBe('2026-12-01 Steward stelt de gevraagde informatie samen');
      expect(shown.join(' ')).not.toMatch(/Maria|Gevraagde informatie/);
    }
  });

  it('quotes the answer at the step when its letter went out at once, the letter right after it', () => {
    const atOnce = [step('11-23', 'REQUEST', 1, { effects: ['letter'] }), written('11-23', 'letter.sent', 'r'), step('11-24', 'REQUEST_INFORMATION', 2), step('11-25', 'INFORMATION_SUPPLIED', 3, note), written('11-25', 'letter.sent', 'i')];
    const sent = [letter('r', '1', 'cancellation', 'sent', 1), letter('i', '2', 'information_supplied', 'sent', 3)];
    expect(said(threadOf(atOnce, sent, [], 'en')).slice(-2)).toEqual([
      '2026-11-25 Steward supplied the information you asked for; answer: “Maria is de enige erfgenaam.”',
      '2026-11-25 Letter from Steward: Information you asked for',
    ]);
  });

  it('keeps a letter sent at once right after its step, before an answer that came while the outbox was making it', () => {
    const raced = [step('11-23', 'REQUEST', 1, { effects: ['letter'] }), step('11-23', 'ACKNOWLEDGE', 2), written('11-23', 'letter.sent', 'r')];
    expect(said(threadOf(raced, [letter('r', '1', 'cancellation', 'sent', 1, { letterDate: '2026-11-23' })], [], 'nl'))).toEqual([
      '2026-11-23 Brief van Steward: Verzoek tot beëindiging',
      '2026-11-23 U bevestigde de ontvangst',
    ]);
  });

  it('pairs steps from before steps were numbered with their letters by order, a retry following the letter it retries', () => {
    const old = entries.map(({ details: { step: _, ...details }, ...entry }) => ({ ...entry, details }));
    const unnumbered = letters.map((l) => ({ ...l, step: null }));
    expect(said(threadOf(old, unnumbered, openable, 'nl'))).toEqual(said(threadOf(entries, letters, openable, 'nl')));
  });

  it('tells a request sent again after a rejection from the first one, in either language', () => {
    const again = [
      step('11-23', 'REQUEST', 1, { effects: ['letter'] }),
      written('11-23', 'letter.sent', 'r1'),
      step('11-24', 'REJECT', 2, { event: { reason: 'Klantnummer onbekend.' } }),
      step('11-25', 'AMEND', 3),
      step('11-26', 'REQUEST', 4, { effects: ['letter'] }),
      written('11-26', 'letter.sent', 'r2'),
    ];
    const sent = [letter('r1', '1', 'cancellation', 'sent', 1, { letterDate: '2026-11-23' }), letter('r2', '2', 'cancellation', 'sent', 4, { letterDate: '2026-11-26' })];
    const shown = said(threadOf(again, sent, [], 'nl')).filter((line) => line.includes('Brief'));
    expect(shown).toEqual(['2026-11-23 Brief van Steward: Verzoek tot beëindiging', '2026-11-26 Brief van Steward: Verzoek tot beëindiging, opnieuw verzonden na uw afwijzing']);
    expect(said(threadOf(again, sent, [], 'en')).at(-1)).toBe('2026-11-26 Letter from Steward: Request to end the contract, sent again after your rejection');
  });

  it("quotes the owner's answer to a rejection with the amended request, in either language, and names the amend alone without one", () => {
    const amended = (event?: Record<string, unknown>) => [
      step('11-23', 'REQUEST', 1, { effects: ['letter'] }),
      written('11-23', 'letter.sent', 'r1'),
      step('11-24', 'REJECT', 2, { event: { reason: 'Dit is een zakelijk contract.' } }),
      step('11-25', 'AMEND', 3, event ? { event } : {}),
    ];
    const sent = [letter('r1', '1', 'cancellation', 'sent', 1, { letterDate: '2026-11-23' })];
    const answer = { answer: 'Het contract staat op naam van de overledene als particulier; wij handhaven ons verzoek.', note: 'Intern: gebeld.' };
    expect(said(threadOf(amended(answer), sent, [], 'nl')).at(-1)).toBe('2026-11-25 Steward past het verzoek aan na uw afwijzing; u ontvangt het aangepaste verzoek hier zodra het opnieuw is verstuurd. Antwoord op uw afwijzing: „Het contract staat op naam van de overledene als particulier; wij handhaven ons verzoek.”');
    expect(said(threadOf(amended(answer), sent, [], 'en')).at(-1)).toBe('2026-11-25 Steward is amending the request after your rejection; you will receive the amended request here once it is sent again. Answer to your rejection: “Het contract staat op naam van de overledene als particulier; wij handhaven ons verzoek.”');
    expect(said(threadOf(amended({ answer: null, note: 'Intern: gebeld.' }), sent, [], 'nl')).at(-1)).toBe('2026-11-25 Steward past het verzoek aan na uw afwijzing; u ontvangt het aangepaste verzoek hier zodra het opnieuw is verstuurd');
    expect(said(threadOf(amended(), sent, [], 'nl')).at(-1)).toBe('2026-11-25 Steward past het verzoek aan na uw afwijzing; u ontvangt het aangepaste verzoek hier zodra het opnieuw is verstuurd');
  });

  it("leaves the agency's copy out, and a letter blocked for good", () => {
    const collection = [step('11-23', 'COLLECTION_NOTICE', 1, { effects: ['letter', 'letter'] }), written('11-23', 'letter.sent', 'p'), written('11-23', 'letter.sent', 'a'), written('11-23', 'letter.blocked', 'b')];
    const sent = [letter('p', '1', 'collection_stop', 'sent', 1), letter('a', '2', 'collection_stop', 'sent', 1, { toAgency: true }), letter('b', '3', 'reminder', 'blocked', null)];
    expect(said(threadOf(collection, sent, [], 'nl'))).toEqual(['2026-11-25 Brief van Steward: Verzoek incasso op te schorten']);
  });

  it('names the bills each letter and answer about bills is about, by number and amount, in either language', () => {
    const bill = (reference: string, amount: number, more: object = {}) => ({ reference, amount, invoiceDate: '2026-12-02', periodFrom: '2026-12-02', periodTo: '2026-12-31', disputed: { from: '2026-12-02', to: '2026-12-31', amount }, ...more });
    const open = (...bills: object[]) => ({ wording: { projection: { openDisputes: bills } } });
    const [f71, f72, f72held, f71corrected] = [bill('F-71', 49.95), bill('F-72', 12.5), bill('F-72', 12.5, { rejectionReason: 'Terecht.' }), bill('F-71', 39.95)];
    const billed = [
      step('12-02', 'INVOICE_AFTER_END', 1, { event: { reference: 'F-71', amount: 49.95 }, effects: ['letter'], ...open(f71) }),
      step('12-03', 'INVOICE_AFTER_END', 2, { event: { reference: 'F-72', amount: 12.5 }, effects: ['letter'], ...open(f71, f72) }),
      step('12-04', 'COLLECTION_NOTICE', 3, { event: { agency: 'Incasso Noord', reference: 'IN-1', amount: 80 }, effects: ['letter'], ...open(f71, f72) }),
      step('12-05', 'COLLECTION_STOPPED', 4, { event: { note: 'Dossier gesloten.' }, ...open(f71, f72) }),
      step('12-06', 'DISPUTE_REJECTED', 5, { event: { invoiceReference: 'F-72', reason: 'Terecht.' }, ...open(f71, f72held) }),
      // Only F-71 is still unanswered when the term passes: the complaint is about it alone.
      step('12-20', 'DEADLINE_PASSED', 6, { effects: ['letter'], ...open(f71, f72held) }),
      step('12-21', 'BILL_CORRECTED', 7, { event: { invoiceReference: 'F-71', reference: 'F-71', amount: 39.95 }, effects: ['letter'], ...open(f71corrected, f72held) }),
      step('12-22', 'CREDIT_NOTE_SENT', 8, { event: { invoiceReference: 'F-71', amount: 39.95 }, ...open(f72held) }),
      // The only bill open is the one answered, named or not.
      step('12-23', 'INVOICE_WITHDRAWN', 9, { event: {}, ...open() }),
    ];
    const sent = [letter('d1', '1', 'dispute', 'sent', 1, { letterDate: '2026-12-02' }), letter('d2', '2', 'dispute', 'sent', 2, { letterDate: '2026-12-03' }), letter('c', '3', 'collection_stop', 'sent', 3, { letterDate: '2026-12-04' }), letter('e', '4', 'dispute_escalation', 'sent', 6, { letterDate: '2026-12-20' }), letter('b', '5', 'bill_correction', 'sent', 7, { letterDate: '2026-12-21' })];
    expect(said(threadOf(billed, sent, [], 'nl'))).toEqual([
      '2026-12-02 Brief van Steward: Bezwaar tegen factuur F-71 van € 49,95',
      '2026-12-03 Brief van Steward: Bezwaar tegen factuur F-72 van € 12,50',
      '2026-12-04 Brief van Steward: Verzoek incasso op te schorten voor facturen F-71 van € 49,95 en F-72 van € 12,50',
      '2026-12-05 U liet weten dat de incasso voor facturen F-71 van € 49,95 en F-72 van € 12,50 is gestopt: Dossier gesloten.',
      '2026-12-06 U wees het bezwaar af voor factuur F-72 van € 12,50: Terecht.',
      '2026-12-20 Brief van Steward: Klacht over onbeantwoord bezwaar tegen factuur F-71 van € 49,95',
      '2026-12-21 Brief van Steward: Correctie op het bezwaar tegen factuur F-71 van € 39,95',
      '2026-12-22 U stuurde een creditnota van € 39,95 voor factuur F-71 van € 39,95',
      '2026-12-23 U trok factuur F-72 van € 12,50 in',
    ].map((line) => line.replace(/€ /g, '€\u00a0')));
    expect(said(threadOf(billed, sent, [], 'en')).slice(2, 7)).toEqual([
      '2026-12-04 Letter from Steward: Request to suspend debt collection for invoices F-71 of €49.95 and F-72 of €12.50',
      '2026-12-05 You told us that the debt collection for invoices F-71 of €49.95 and F-72 of €12.50 has stopped: Dossier gesloten.',
      '2026-12-06 You rejected the dispute for invoice F-72 of €12.50: Terecht.',
      '2026-12-20 Letter from Steward: Complaint: dispute of invoice F-71 of €49.95 unanswered',
      '2026-12-21 Letter from Steward: Correction to the objection to invoice F-71 of €39.95',
    ]);
  });

  // notawords: a letter about bills none of which is on record is titled by whose bills they are: an insurer's nota, a bank's costs, else an invoice.
  it("titles a letter about bills not on record by the biller's word: an insurer's nota, a bank's costs", () => {
    const steps = [step('12-02', 'INVOICE_AFTER_END', 1, { effects: ['letter'] }), step('12-03', 'BILL_CORRECTED', 2, { effects: ['letter'] }), step('12-04', 'DISPUTE_WITHDRAWN', 3, { effects: ['letter'] })];
    const sent = [letter('d', '1', 'dispute', 'sent', 1, { letterDate: '2026-12-02' }), letter('b', '2', 'bill_correction', 'sent', 2, { letterDate: '2026-12-03' }), letter('w', '3', 'dispute_withdrawal', 'sent', 3, { letterDate: '2026-12-04' })];
    const titles = (lang: 'nl' | 'en', asked: AskedInstead | null) => said(threadOf(steps, sent, [], lang, asked)).map((line) => line.slice(11));
    expect(titles('nl', 'life')).toEqual(['Brief van Steward: Bezwaar tegen nota', 'Brief van Steward: Correctie op het bezwaar tegen een nota', 'Brief van Steward: Intrekking van het bezwaar tegen een nota']);
    expect(titles('en', 'health')).toEqual(['Letter from Steward: Dispute of a bill', 'Letter from Steward: Correction to the objection to a bill', 'Letter from Steward: Objection to a bill withdrawn']);
    expect(titles('nl', 'bank')).toEqual(['Brief van Steward: Bezwaar tegen kosten', 'Brief van Steward: Correctie op het bezwaar tegen kosten', 'Brief van Steward: Intrekking van het bezwaar tegen kosten']);
    expect(titles('nl', null)).toEqual(['Brief van Steward: Bezwaar tegen factuur', 'Brief van Steward: Correctie op het bezwaar tegen een factuur', 'Brief van Steward: Intrekking van het bezwaar tegen een factuur']);
  });

  // audit101rest (F5): the desk credited € 20,00 of F-28; the stop and its answer are about the € 8,00 still disputed, not the whole € 28,00.
  it('names the part still disputed of a bill credited in part in the collection stop and its answer, in either language', () => {
    const f28 = { reference: 'F-28', amount: 28, invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', disputed: { from: '2026-12-01', to: '2026-12-31', amount: 28 }, credited: 20 };
    const open = { wording: { projection: { openDisputes: [f28] } } };
    const entries = [
      step('12-04', 'COLLECTION_NOTICE', 1, { event: { agency: 'Incasso Zuid', reference: 'IZ-8', amount: 8 }, effects: ['letter'], ...open }),
      step('12-11', 'COLLECTION_STOPPED', 2, { event: { note: 'Incasso gestopt.' }, ...open }),
    ];
    const sent = [letter('c', '1', 'collection_stop', 'sent', 1, { letterDate: '2026-12-04' })];
    expect(said(threadOf(entries, sent, [], 'nl'))).toEqual([
      '2026-12-04 Brief van Steward: Verzoek incasso op te schorten voor factuur F-28 van € 28,00 (nog € 8,00 betwist)',
      '2026-12-11 U liet weten dat de incasso voor factuur F-28 van € 28,00 (nog € 8,00 betwist) is gestopt: Incasso gestopt.',
    ].map((line) => line.replace(/€ /g, '€\u00a0')));
    expect(said(threadOf(entries, sent, [], 'en'))).toEqual([
      '2026-12-04 Letter from Steward: Request to suspend debt collection for invoice F-28 of €28.00 (€8.00 still disputed)',
      '2026-12-11 You told us that the debt collection for invoice F-28 of €28.00 (€8.00 still disputed) has stopped: Incasso gestopt.',
    ]);
  });

  it.each(['nl', 'en'] as const)('names every letter a provider can receive in %s, from the desk catalogue', (lang) => {
    const kinds = LETTER_KINDS.filter((kind): kind is ProviderLetterKind => !isFamilyLetter(kind));
    const { letters: words } = providerWords(lang);
    const texts = kinds.map((kind) => threadOf([written('11-25', 'letter.sent', kind)], [letter(kind, '1', kind, 'sent', null)], [], lang)[0].text);
    expect(texts).toEqual(kinds.map((kind) => words.fromSteward(words.kinds[kind])));
    // A name for people, not the kind's key ("Brief van Steward: correction").
    for (const text of texts) expect(text).toMatch(/: [A-Z]/);
  });

  describe("answers Steward recorded on the provider's behalf", () => {
    const by = (type: string, name: string) => ({ actor: { type, name } });
    const desk = by('provider', 'KPN');
    const anna = by('staff', 'Anna de Boer');
    const complete = { ...step('12-01', 'COMPLETE', 2, { event: { effectiveDate: '2026-12-31', reference: 'KPN-778812' } }), ...desk };
    const corrected = { event: { corrected: [{ field: 'effectiveDate', from: '2026-12-31', to: '2026-11-30' }] } };
    const answers = (entries: ThreadEntry[], lang: 'nl' | 'en' = 'nl') => threadOf(entries, [], [], lang).filter((i) => i.type === 'answer');

    it("says an answer the owner recorded after the desk's own confirmation as recorded by Steward, and as changing the desk's answer", () => {
      const thread = answers([complete, { ...step('12-02', 'COMPLETION_CORRECTED', 3, corrected), ...anna }]);
      expect(thread.map((i) => i.text)).toEqual([
        'U bevestigde de afhandeling per 31 december 2026 (uw kenmerk KPN-778812)',
        'Steward (Anna de Boer) legde uw antwoord vast, niet in de desk gegeven: U corrigeerde de afhandeling: per 30 november 2026 in plaats van 31 december 2026. Dit wijzigt het antwoord dat u zelf in de desk gaf.',
      ]);
      expect(thread.map((i) => i.type === 'answer' && [i.by, i.recordedBy, i.changedBySteward])).toEqual([['provider', null, false], ['provider', 'Anna de Boer', true]]);
      expect(answers([complete, { ...step('12-02', 'COMPLETION_CORRECTED', 3, corrected), ...anna }], 'en').at(-1)!.text).toBe(
        'Steward (Anna de Boer) recorded your answer, not given in the desk: You corrected the completion: as of 30 November 2026 instead of 31 December 2026. This changes the answer you gave in the desk yourself.',
      );
    });

    it('changes nothing the desk said when the confirmation it corrects was recorded by Steward too, or when the desk corrects its own', () => {
      const recorded = answers([{ ...complete, ...anna }, { ...step('12-02', 'COMPLETION_CORRECTED', 3, corrected), ...anna }]);
      expect(recorded.map((i) => i.type === 'answer' && [i.recordedBy, i.changedBySteward])).toEqual([['Anna de Boer', false], ['Anna de Boer', false]]);
      expect(recorded[0].text).toBe('Steward (Anna de Boer) legde uw antwoord vast, niet in de desk gegeven: U bevestigde de afhandeling per 31 december 2026 (uw kenmerk KPN-778812)');
      const own = answers([complete, { ...step('12-02', 'COMPLETION_CORRECTED', 3, corrected), ...desk }]);
      expect(own.at(-1)!.text).toBe('U corrigeerde de afhandeling: per 30 november 2026 in plaats van 31 december 2026');
    });

    it('says how a recorded answer reached the owner, in both languages (README, receivedvia)', () => {
      const via = (receivedVia: string, lang: 'nl' | 'en') =>
        answers([{ ...step('12-01', 'COMPLETE', 2, { event: { effectiveDate: '2026-12-31', reference: 'KPN-778812', receivedVia } }), ...anna }], lang)[0].text;
      expect(via('phone', 'nl')).toBe('Steward (Anna de Boer) legde uw antwoord vast dat u telefonisch gaf: U bevestigde de afhandeling per 31 december 2026 (uw kenmerk KPN-778812)');
      expect(via('post', 'nl')).toMatch(/^Steward \(Anna de Boer\) legde uw antwoord vast dat u per brief gaf: /);
      expect(via('email', 'en')).toBe('Steward (Anna de Boer) recorded the answer you gave by email: You confirmed completion as of 31 December 2026 (your reference KPN-778812)');
    });

    it('says in the API who answered a collection stop: the provider, the agency, or not recorded for a stop the owner recorded before she was asked (collrest)', () => {
      const stopped = (event: Record<string, unknown>, who: typeof desk) => answers([{ ...step('12-03', 'COLLECTION_STOPPED', 4, { event }), ...who }]);
      const agency = stopped({ note: null, receivedVia: 'email', answeredBy: 'agency', agencyName: 'Incassobureau Noord', collection: 'suspended' }, anna);
      const provider = stopped({ note: null, receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped' }, anna);
      const inDesk = stopped({ note: null }, desk);
      // Recorded before receivedvia2 and collwho: neither a way nor who answered is in the record, only that Steward recorded it.
      const old = stopped({ note: null }, anna);
      expect([agency, provider, inDesk, old].map((t) => t[0].type === 'answer' && t[0].answeredBy)).toEqual(['agency', 'provider', 'provider', 'notRecorded']);
      expect(old[0].text).toBe('Steward (Anna de Boer) legde vast wat werd doorgegeven, zonder vast te leggen of u of het incassobureau het gaf: De incasso is gestopt');
      const amended = answers([{ ...step('12-02', 'AMEND', 3, { event: {} }), ...anna }]);
      expect(amended[0].type === 'answer' && amended[0].answeredBy).toBeNull();
    });

    it("never says Steward's own answers as recorded on the provider's behalf", () => {
      const amended = answers([{ ...step('12-02', 'AMEND', 3, { event: {} }), ...anna }]);
      expect(amended.map((i) => i.type === 'answer' && [i.by, i.recordedBy, i.text])).toEqual([['steward', null, 'Steward past het verzoek aan na uw afwijzing; u ontvangt het aangepaste verzoek hier zodra het opnieuw is verstuurd']]);
    });
  });
});

describe("the desk's line after a part answer (v12)", () => {
  const verklaring = (expectedOn: string | null) => ({ kind: 'certificate_of_inheritance', expectedOn });
  const question = (partEnclosed: boolean | undefined, ...followsLater: { kind: string; expectedOn: string | null }[]) => ({
    message: 'Graag de verklaring van erfrecht.',
    documentsNeeded: followsLater.map((d) => d.kind),
    followsLater,
    ...(partEnclosed === undefined ? {} : { partEnclosed }),
  });

  it('says a part was sent only when the answer enclosed one; else that Steward told the provider what follows', () => {
    expect(partAnswerDeskText(question(true, verklaring('2027-01-12')), '2026-11-23', '2026-11-23', '2027-01-12', 'nl')).toBe(
      'Steward heeft u op 23 november 2026 een deel van de gevraagde informatie gestuurd (zie Verloop). Volgt later: verklaring van erfrecht (verwacht uiterlijk 12 januari 2027). U hoeft nog niets te doen; Steward stuurt de rest zodra die er is.',
    );
    expect(partAnswerDeskText(question(false, verklaring('2027-01-12')), '2026-11-23', '2026-11-23', '2027-01-12', 'nl')).toBe(
      'Steward heeft u op 23 november 2026 laten weten dat de gevraagde documenten later volgen (zie Verloop). Volgt later: verklaring van erfrecht (verwacht uiterlijk 12 januari 2027). U hoeft nog niets te doen; Steward stuurt de documenten zodra ze er zijn.',
    );
    expect(partAnswerDeskText(question(false, verklaring(null)), '2026-11-23', '2026-11-23', '2026-11-30', 'en')).toBe(
      'Steward told you on 23 November 2026 that the documents you asked for follow later (see Exchange). To follow later: certificate of inheritance. Nothing to do yet; Steward sends them once they are there.',
    );
    // Recorded before the desk knew what it enclosed: a part, as it was said then.
    expect(partAnswerDeskText(question(undefined, verklaring(null)), '2026-11-23', '2026-11-23', null, 'en')).toContain('Steward sent you part of the information');
  });

  it("says a document is later than expected once its date passed, with the owner's present term while it runs", () => {
    const late = question(false, verklaring('2027-01-12'));
    expect(partAnswerDeskText(late, '2026-11-23', '2027-01-15', '2027-01-22', 'nl')).toBe(
      'Steward heeft u op 23 november 2026 laten weten dat de gevraagde documenten later volgen (zie Verloop). Volgt later: verklaring van erfrecht (verwacht uiterlijk 12 januari 2027). Later dan Steward verwachtte: verklaring van erfrecht. Steward gaat erachteraan en verwacht het uiterlijk 22 januari 2027. U hoeft nog niets te doen; Steward stuurt de documenten zodra ze er zijn.',
    );
    expect(partAnswerDeskText(late, '2026-11-23', '2027-01-15', '2027-01-22', 'en')).toContain('Later than Steward expected: certificate of inheritance. Steward is chasing it and expects it by 22 January 2027.');
    // The term not yet set again (it is the passed date itself): no term is said. On the day itself the date has not passed.
    expect(partAnswerDeskText(late, '2026-11-23', '2027-01-13', '2027-01-12', 'nl')).toContain('Later dan Steward verwachtte: verklaring van erfrecht. Steward gaat erachteraan. U hoeft');
    expect(partAnswerDeskText(late, '2026-11-23', '2027-01-12', '2027-01-12', 'nl')).not.toContain('Later dan');
    // Only the late ones are named late.
    const two = question(true, { kind: 'death_certificate', expectedOn: '2027-01-12' }, verklaring('2027-02-01'));
    expect(partAnswerDeskText(two, '2026-11-23', '2027-01-15', '2027-01-22', 'nl')).toContain('Later dan Steward verwachtte: akte van overlijden. Steward gaat erachteraan en verwacht het uiterlijk 22 januari 2027.');
  });
});

describe('what the owner changed in a request after its rejection', () => {
  const now = { description: 'Internet', accountNumber: 'NL-2', requestedEndDate: null };
  it('names each changed field, the new value first, and nothing when nothing changed', () => {
    const asked = { action: 'cancel' as const, category: 'telecom' as const, livedWith: null, dateOfDeath: '2026-10-19' };
    expect(amendedText({ ...now, accountNumber: 'NL-1' }, now, asked, 'nl')).toBe('Gewijzigd: klantnummer NL-2 (was NL-1).');
    // No date asked is what the letter asks: the date of death, or otherwise as soon as possible.
    expect(amendedText({ ...now, accountNumber: 'NL-1', requestedEndDate: '2027-01-31' }, now, { ...asked, action: 'transfer' }, 'en')).toBe(
      'Changed: account number NL-2 (was NL-1) and requested transfer date 19 October 2026 (the date of death), or otherwise as soon as possible (was 31 January 2027).',
    );
    expect(amendedText(null, now, asked, 'nl')).toBe('');
  });
  it("does not name a changed date a bank's or a lease's letter does not ask", () => {
    const bank = { action: 'cancel' as const, category: 'bank' as const, livedWith: null, dateOfDeath: '2026-10-19' };
    expect(amendedText({ ...now, requestedEndDate: '2027-01-31' }, now, bank, 'nl')).toBe('');
    expect(amendedText({ ...now, requestedEndDate: '2027-01-31' }, now, { ...bank, category: 'housing', livedWith: 'nobody' }, 'en')).toBe('');
  });
});

describe('askdesk: a request done but for money Steward asked back', () => {
  const request = { tab: 'done' as DeskTab, waitingOn: 'nobody' as DeskParty, nextMove: 'Er is niets meer te doen.', open: false, actions: [] as DeskAnswer[], askedBack: null };
  const asked = { reference: 'KPN-P-1', amount: 45, askedOn: '2026-12-05', payBy: '2026-12-19' };
  it('waits on the provider, offering its report, until it reported all of it; then on Steward, nothing more offered', () => {
    expect(withAskedBack(request, askedBackStanding(asked, [], null, '2026-12-10'), 'nl')).toMatchObject({ tab: 'waiting_on_you', waitingOn: 'provider', open: true, actions: ['refund-paid'], askedBack: { amount: 45, left: 45, reportedPaid: null } });
    expect(withAskedBack(request, askedBackStanding(asked, [], null, '2026-12-10', [{ amount: 45, paidOn: '2026-12-08' }]), 'nl')).toMatchObject({
      tab: 'waiting_on_steward',
      waitingOn: 'steward',
      open: false,
      actions: [],
      nextMove: 'U meldde €\u00a045,00 overgemaakt op 8 december 2026; de contactpersoon legt de ontvangst vast zodra het bedrag binnen is.',
    });
    expect(withAskedBack(request, askedBackStanding(asked, [{ amount: 45, receivedOn: '2026-12-10' }], null, '2026-12-10'), 'nl')).toBe(request);
  });
});
