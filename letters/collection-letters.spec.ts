import { composeLetter } from './compose';
import { produceLetter } from './index';
import type { BillOnRecord, LetterHistory, LetterInput } from './model';
import { lintLetter } from './rules';
import { letterTitle, subjectIn } from './title';
import { agencyWithdrawal, AUDIT_BILL as F01, auditCollection as collection, collectionStop as stop, flat, TO_AGENCY as toAgency, HISTORY, letterOfKind, pdfText, SAMPLE_NEW_HOLDER, sampleLetter, stopSentAgain, askedBackPassed } from './test-support';

const bodyOf = (input: LetterInput) => composeLetter(input).body.join('\n');
const broken = (input: LetterInput) => lintLetter(input, composeLetter(input)).map((v) => v.message);
const textOf = async (input: LetterInput) => {
  const letter = await produceLetter(input);
  expect(letter.violations).toEqual([]);
  return flat(await pdfText(letter.pdf!));
};

describe('a collection stop states the dispute and the credit on record', () => {
  it('tells the provider the bill, the letter that disputed it, the part after the end date, the credit, and asks about a claim above the bill', async () => {
    const input = stop('provider', [F01]);
    expect(broken(input)).toEqual([]);
    const text = await textOf(input);
    expect(text).toContain(
      'Op 10 december 2026 heb ik bezwaar gemaakt tegen uw factuur F-01 van 20 november 2026, een bedrag van € 60,00. Daarvan valt € 20,00 in de periode 1 december 2026 tot en met 10 december 2026, na de einddatum; dat deel is niet verschuldigd. Tegen het deel tot en met de einddatum, € 40,00, is geen bezwaar gemaakt. U heeft € 20,00 van die factuur gecrediteerd.',
    );
    expect(text).toContain('Het bedrag van de incassobrief, € 72,50, is hoger dan het bedrag van deze factuur (€ 60,00). Wilt u mij laten weten welk bedrag u ter incasso heeft gegeven, en waarvoor?');
    // A question, not a conclusion: nothing said to be unlawful or wrong.
    expect(text).not.toMatch(/onterecht|onrechtmatig|ten onrechte|niet verschuldigd is het bedrag/);
  });

  it('tells the agency the same facts as what the provider did, in Dutch, and asks it how its claim is made up', async () => {
    const input = stop('agency', [F01]);
    expect(broken(input)).toEqual([]);
    const text = await textOf(input);
    expect(text).toContain('Op 10 december 2026 heb ik bezwaar gemaakt tegen de factuur van KPN met nummer F-01 van 20 november 2026, een bedrag van € 60,00.');
    expect(text).toContain('KPN heeft € 20,00 van die factuur gecrediteerd.');
    expect(text).toContain('Het bedrag van uw incassobrief, € 72,50, is hoger dan het bedrag van deze factuur (€ 60,00). Wilt u mij laten weten hoe dat bedrag is opgebouwd (hoofdsom, verrekende creditnota’s, kosten en rente)?');
    expect(text).not.toMatch(/U heeft [^.]*gecrediteerd|U heeft bevestigd/);
  });

  it("names the agency's own file number beside the provider's customer number, when the owner recorded one, in the agency's subject line too", async () => {
    const withDossier = (to: 'agency' | 'provider', language: 'nl' | 'en' = 'nl') => stop(to, [F01], { language, collection: { ...collection(to, [F01]), dossierNumber: 'D-2026-0077' } });
    expect(broken(withDossier('agency'))).toEqual([]);
    const text = await textOf(withDossier('agency'));
    expect(text).toContain('U heeft een incassobrief met kenmerk INC-9 voor € 72,50 gestuurd over het contract Internet en vaste telefonie met klantnummer 1.2345.678 (uw dossiernummer D-2026-0077) bij KPN van Jan de Vries');
    const subject = 'Dringend – incasso opschorten: Internet en vaste telefonie, klantnummer 1.2345.678, van Jan de Vries (uw dossiernummer D-2026-0077)';
    expect(text).toContain(`Betreft: ${subject}`);
    expect(composeLetter(withDossier('agency', 'en')).subject).toBe('Subject: Urgent – suspend debt collection: Internet en vaste telefonie, account number 1.2345.678, of Jan de Vries (your file number D-2026-0077)');
    expect(bodyOf(withDossier('agency', 'en'))).toContain('about the contract Internet en vaste telefonie with account number 1.2345.678 (your file number D-2026-0077) at KPN');
    expect(bodyOf(stop('agency', [F01]))).not.toContain('dossiernummer');
    // The owner's title of it leaves the agency's number out (it is not the contract's); an archived subject said again in English keeps it.
    const printed = { deceasedName: 'Jan de Vries', description: 'Internet en vaste telefonie', accountNumber: '1.2345.678' };
    expect(letterTitle({ kind: 'collection_stop', subject, language: 'nl' }, printed, 'en')).toBe('Urgent – suspend debt collection: Internet en vaste telefonie, account number 1.2345.678, of Jan de Vries');
    expect(subjectIn(subject, 'en')).toBe('Urgent – suspend debt collection: Internet en vaste telefonie, account number 1.2345.678, of Jan de Vries (your file number D-2026-0077)');
  });

  it("gives the provider the agency's file number with the collection letter it names, not in its subject line", async () => {
    const input = stop('provider', [F01], { collection: { ...collection('provider', [F01]), dossierNumber: 'D-2026-0077' } });
    expect(broken(input)).toEqual([]);
    const text = await textOf(input);
    expect(text).toContain('Incasso Noord heeft een incassobrief met kenmerk INC-9 en dossiernummer D-2026-0077 voor € 72,50 gestuurd over het contract Internet en vaste telefonie met klantnummer 1.2345.678 van Jan de Vries');
    expect(composeLetter(input).subject).not.toContain('D-2026-0077');
    const english = stop('provider', [F01], { language: 'en', collection: { ...collection('provider', [F01]), reference: null, dossierNumber: 'D-2026-0077' } });
    expect(bodyOf(english)).toContain('Incasso Noord sent a debt-collection letter with file number D-2026-0077 for €72.50 about');
  });

  it('says in English what the record holds, to an English-speaking provider', () => {
    const body = bodyOf(stop('provider', [F01], { language: 'en' }));
    expect(body).toContain(
      'On 10 December 2026 I disputed your invoice F-01 dated 20 November 2026, for €60.00. Of that, €20.00 falls in 1 December 2026 to 10 December 2026 inclusive, after the end date; that part is not owed. The part up to and including the end date, €40.00, was not disputed. You credited €20.00 of that invoice.',
    );
    expect(body).toContain('The debt-collection letter claims €72.50, which is more than the amount of this invoice (€60.00). Please let me know what amount you passed on for collection, and for what.');
    expect(broken(stop('provider', [F01], { language: 'en' }))).toEqual([]);
  });

  it('says how each bill stands: still open, held to, partly credited, withdrawn, paid from the estate or already paid', () => {
    const said = (bill: Partial<BillOnRecord>) => bodyOf(stop('provider', [{ ...F01, credited: 0, standing: 'open', ...bill }]));
    expect(said({})).toContain('Tegen het deel tot en met de einddatum, € 40,00, is geen bezwaar gemaakt. Dat bezwaar loopt nog.');
    expect(said({ standing: 'held' })).toContain('U liet weten aan de factuur vast te houden; het bezwaar loopt nog.');
    expect(said({ standing: 'held', credited: 5 })).toContain('U heeft € 5,00 van die factuur gecrediteerd; over de overige € 15,00 loopt het bezwaar nog.');
    expect(said({ standing: 'withdrawn' })).toContain('U heeft de factuur ingetrokken.');
    expect(said({ standing: 'payFromEstate', owed: { amount: 60, paidOn: null } })).toContain('Die factuur wordt betaald uit de nalatenschap.');
    // The payment day is no letter of ours: the sentence does not open with it (the rules read "Op <date>" as one).
    const paid = stop('provider', [{ ...F01, credited: 5, standing: 'payFromEstate', owed: { amount: 55, paidOn: '2026-12-12' } }]);
    expect(bodyOf(paid)).toContain('Van die factuur is op 12 december 2026 € 55,00 betaald uit de nalatenschap.');
    expect(broken(paid)).toEqual([]);
    expect(said({ standing: 'alreadyPaid' })).toContain('Die factuur is al betaald.');
    // A bill the owner settled without saying how: nothing is claimed about it.
    expect(said({ standing: 'settled' })).not.toMatch(/loopt nog|betaald|ingetrokken/);
    // A bill a correction found owed: the objection is dropped, what is recorded of paying it is said.
    const owed = said({ standing: 'owed', disputed: null, periodTo: '2026-11-30', owed: { amount: 60, paidOn: null } });
    expect(owed).toContain('Met de juiste gegevens betreft die factuur alleen de tijd tot en met de einddatum; het bezwaar ertegen is daarom ingetrokken. Die factuur wordt betaald uit de nalatenschap.');
  });

  it('disputes a bill wholly after the end date as a whole, and after a transfer names the new holder', () => {
    const whole = { ...F01, periodFrom: '2026-12-01', disputed: { from: '2026-12-01', to: '2026-12-10', amount: 60 }, credited: 0, standing: 'open' as const };
    expect(bodyOf(stop('provider', [whole]))).toContain('De hele factuur betreft de periode na de einddatum; die is niet verschuldigd. Dat bezwaar loopt nog.');
    const transfer = stop('provider', [whole], { contract: { ...sampleLetter().contract!, action: 'transfer', effectiveDate: '2026-11-30' }, newHolder: SAMPLE_NEW_HOLDER });
    expect(bodyOf(transfer)).toContain('De hele factuur betreft de periode na de datum van overzetting; die is niet door de nalatenschap verschuldigd, maar hoort op naam van Pieter Bakker te worden gefactureerd.');
  });

  // collwho (audit78 COLL-2): whom the provider bills instead is its business; the agency is not told the relative's name (AVG art. 5 lid 1 sub c).
  it('tells the agency of a transferred contract only that the estate does not owe the part after the transfer, never whom to bill', async () => {
    const transferred = { contract: { ...sampleLetter().contract!, action: 'transfer' as const, effectiveDate: '2026-11-30' }, newHolder: SAMPLE_NEW_HOLDER };
    const nl = await textOf(stop('agency', [F01], transferred));
    expect(nl).toContain('Daarvan valt € 20,00 in de periode 1 december 2026 tot en met 10 december 2026, na de datum van overzetting; dat deel is niet door de nalatenschap verschuldigd. Tegen het deel');
    expect(nl).not.toContain('Pieter Bakker');
    const en = await textOf(stop('agency', [F01], { ...transferred, language: 'en' }));
    expect(en).toContain('after the transfer date; that part is not owed by the estate. The part up to');
    expect(en).not.toContain('Pieter Bakker');
    // The provider's own copy still says whom it bills instead.
    expect(await textOf(stop('provider', [F01], transferred))).toContain('dat deel is niet door de nalatenschap verschuldigd, maar hoort op naam van Pieter Bakker te worden gefactureerd.');
  });

  it('names a colleague who wrote the dispute, adds several bills up, and compares only a claim above them', () => {
    const january: BillOnRecord = { ...F01, reference: 'F-02', invoiceDate: '2026-12-20', periodFrom: '2026-12-11', periodTo: '2027-01-09', disputed: { from: '2026-12-11', to: '2027-01-09', amount: 60 }, disputedIn: { date: '2026-12-10', colleague: 'Pieter Jansen' }, credited: 0, standing: 'open' };
    const input = stop('provider', [F01, january], { collection: collection('provider', [F01, january], 130) });
    expect(broken(input)).toEqual([]);
    const body = bodyOf(input);
    expect(body).toContain('Op 10 december 2026 heeft mijn collega Pieter Jansen bezwaar gemaakt tegen uw factuur F-02 van 20 december 2026, een bedrag van € 60,00.');
    expect(body).toContain('Het bedrag van de incassobrief, € 130,00, is hoger dan het bedrag van deze facturen samen (€ 120,00).');
    for (const amount of [60, null]) expect(bodyOf(stop('provider', [F01], { collection: collection('provider', [F01], amount) }))).not.toContain('is hoger dan');
    // Without a bill on record the letter is as it was: no dispute claimed.
    expect(bodyOf(stop('provider', []))).not.toMatch(/bezwaar|gecrediteerd/);
  });
});

describe('an end date after the letter is told as still to come', () => {
  const later: LetterHistory = { ...HISTORY, confirmedEndDate: '2027-02-28' };
  const contract = { ...sampleLetter().contract!, effectiveDate: '2027-02-28' };
  const dated = { letterDate: '2026-12-15', today: '2026-12-15', history: later, contract };

  it.each([
    ['dispute', 'nl', 'U heeft bevestigd dat het contract Internet en vaste telefonie met klantnummer 1.2345.678 wordt beëindigd per 28 februari 2027.'],
    ['dispute', 'en', 'You confirmed that the contract Internet en vaste telefonie with account number 1.2345.678 will end on 28 February 2027.'],
    ['collection_stop', 'nl', 'U heeft bevestigd dat dit contract wordt beëindigd per 28 februari 2027.'],
    ['collection_stop', 'en', 'You confirmed that this contract will end on 28 February 2027.'],
    ['correction', 'nl', 'U heeft bevestigd dat het contract wordt beëindigd per 28 februari 2027; daaraan verandert niets.'],
    ['correction', 'en', 'You confirmed that the contract will end on 28 February 2027; that stays as it is.'],
  ] as const)('%s (%s)', (kind, language, sentence) => {
    const input = letterOfKind(kind, language, { ...dated, ...(kind === 'collection_stop' && { collection: collection('provider', []) }) });
    expect(bodyOf(input)).toContain(sentence);
    expect(bodyOf(input)).not.toMatch(/is beëindigd|ended on/);
    expect(broken(input)).toEqual([]);
  });

  it('tells the agency too, and says a transfer still to come as one', () => {
    expect(bodyOf(stop('agency', [], dated))).toContain('KPN heeft bevestigd dat dit contract wordt beëindigd per 28 februari 2027.');
    const transfer = { ...dated, contract: { ...contract, action: 'transfer' as const }, newHolder: SAMPLE_NEW_HOLDER };
    expect(bodyOf(letterOfKind('correction', 'nl', transfer))).toContain('U heeft bevestigd dat het contract per 28 februari 2027 wordt overgezet op naam van Pieter Bakker;');
    expect(bodyOf(letterOfKind('correction', 'en', transfer))).toContain('You confirmed that the contract will be transferred to Pieter Bakker on 28 February 2027;');
  });

  it('keeps the past tense for an end date on or before the letter’s date', () => {
    expect(bodyOf(letterOfKind('dispute', 'nl', { letterDate: '2026-12-15', today: '2026-12-15' }))).toContain('is beëindigd per 30 november 2026');
    expect(bodyOf(letterOfKind('correction', 'en', { ...dated, letterDate: '2027-02-28', today: '2027-02-28' }))).toContain('You confirmed that the contract ended on 28 February 2027;');
  });
});

describe('the provider is told a correction of every letter that stated it', () => {
  /** Requested on 9 November, ended per 30 November, bill F-01 disputed on 10 December, the collection stop of 15 December: all said "overleden op 2 november". */
  const told: LetterHistory = {
    sent: [
      { kind: 'cancellation', date: '2026-11-09' },
      { kind: 'dispute', date: '2026-12-10', bill: 'F-01' },
      { kind: 'collection_stop', date: '2026-12-15', collection: { agency: 'Incasso Noord', reference: 'INC-9' } },
    ],
    confirmedEndDate: '2026-11-30',
    acknowledgedSinceRequest: false,
  };
  const correction = (overrides: Partial<LetterInput> = {}) =>
    sampleLetter({
      kind: 'correction',
      letterDate: '2026-12-18',
      today: '2026-12-18',
      previousLetterDate: '2026-11-09',
      deceased: { ...sampleLetter().deceased, dateOfDeath: '2026-11-03' },
      corrections: [{ field: 'dateOfDeath', from: '2026-11-02', to: '2026-11-03' }],
      history: told,
      ...overrides,
    });

  it('names the request, the dispute and the collection stop, and what changes for each', async () => {
    const input = correction();
    expect(broken(input)).toEqual([]);
    const text = await textOf(input);
    expect(text).toContain('Hierbij corrigeer ik een gegeven uit dat verzoek en uit latere brieven.');
    expect(text).toContain(
      'Mijn verzoek, mijn bezwaar van 10 december 2026 tegen factuur F-01 en mijn brief van 15 december 2026 over de incassobrief van Incasso Noord vermeldden als overlijdensdatum 2 november 2026; de juiste overlijdensdatum is 3 november 2026.',
    );
    expect(text).toContain(
      'Mijn brief over de incasso wees op de drie maanden na het overlijden waarin op goederen van de nalatenschap geen verhaal kan worden genomen (artikel 4:185 lid 1 BW); die lopen daardoor tot en met 3 februari 2027.',
    );
    expect(text).toContain('Verandert de einddatum hierdoor, laat u mij dan de nieuwe datum weten. Het deel van factuur F-01 dat na de einddatum valt, verandert dan mee. Hoor ik niets van u, dan blijft de einddatum');
    const en = flat(await pdfText((await produceLetter({ ...input, language: 'en' })).pdf!));
    expect(en).toContain(
      'My request, my objection of 10 December 2026 to invoice F-01 and my letter of 15 December 2026 about the collection letter from Incasso Noord gave the date of death as 2 November 2026; the correct date of death is 3 November 2026.',
    );
    expect(en).toContain('My letter about the collection referred to the three months after the death during which no recourse can be taken against the assets of the estate (Article 4:185(1) of the Dutch Civil Code); they now run until 3 February 2027.');
  });

  it('names only the letters that printed the value the provider last read, and a lease that ends by law on another day', () => {
    // A correction of 16 December told the date of death after the collection stop: a new correction is of that letter alone.
    const since = correction({
      corrections: [{ field: 'dateOfDeath', from: '2026-11-03', to: '2026-10-30' }],
      deceased: { ...sampleLetter().deceased, dateOfDeath: '2026-10-30' },
      history: { ...told, sent: [...told.sent, { kind: 'correction', date: '2026-12-16', corrections: [{ field: 'dateOfDeath', from: '2026-11-02', to: '2026-11-03' }] }] },
    });
    expect(bodyOf(since)).toContain('Mijn correctie van 16 december 2026 vermeldde als overlijdensdatum 3 november 2026; de juiste overlijdensdatum is 30 oktober 2026.');
    expect(bodyOf(since)).toContain('uit dat verzoek.');
    // A lease that ended by law two months after the month of death (art. 7:268 lid 6 BW) ends a month earlier.
    const lease = correction({ category: 'housing', livedWith: 'nobody', corrections: [{ field: 'dateOfDeath', from: '2026-11-02', to: '2026-10-30' }], deceased: { ...sampleLetter().deceased, dateOfDeath: '2026-10-30' }, history: { ...told, confirmedEndDate: null, sent: [told.sent[0]] } });
    expect(broken(lease)).toEqual([]);
    expect(bodyOf(lease)).toContain('Daardoor eindigt de huurovereenkomst volgens de wet op 31 december 2026 in plaats van op 31 januari 2027 (artikel 7:268 lid 6 BW).');
    expect(composeLetter({ ...lease, language: 'en' }).body.join('\n')).toContain('The lease therefore ends by law on 31 December 2026 instead of 31 January 2027 (Article 7:268(6) of the Dutch Civil Code).');
  });
});

describe('the agency is told a correction of what its letter stated', () => {
  /** Our collection stop to the agency went out on 15 December; the date of death it stated was wrong by a day. */
  const agencyHistory: LetterHistory = { sent: [{ kind: 'collection_stop', date: '2026-12-15' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: false };
  const correction = (overrides: Partial<LetterInput> = {}) =>
    sampleLetter({
      kind: 'correction',
      letterDate: '2026-12-18',
      today: '2026-12-18',
      deceased: { ...sampleLetter().deceased, dateOfDeath: '2026-11-03' },
      corrections: [{ field: 'dateOfDeath', from: '2026-11-02', to: '2026-11-03' }],
      history: agencyHistory,
      collection: { ...collection('agency', []), amount: 80 },
      ...toAgency,
      ...overrides,
    });

  it('names our letter and its collection letter, corrects the fact as our letter stated it, and asks only to update its records', async () => {
    const input = correction();
    expect(broken(input)).toEqual([]);
    const letter = composeLetter(input);
    expect(letter.subject).toBe('Betreft: Correctie op mijn brief over uw incasso: Internet en vaste telefonie, klantnummer 1.2345.678, van Jan de Vries');
    const text = await textOf(input);
    expect(text).toContain(
      'Op 15 december 2026 heb ik u geschreven naar aanleiding van uw incassobrief met kenmerk INC-9 voor € 80,00 over het contract Internet en vaste telefonie met klantnummer 1.2345.678 bij KPN van Jan de Vries, overleden op 2 november 2026. Hierbij corrigeer ik een gegeven uit die brief.',
    );
    expect(text).toContain('Mijn brief vermeldde als overlijdensdatum 2 november 2026; de juiste overlijdensdatum is 3 november 2026.');
    // The three months our letter cited run from the correct date (art. 4:185 lid 1 BW).
    expect(text).toContain('Mijn brief wees op de drie maanden na het overlijden waarin op goederen van de nalatenschap geen verhaal kan worden genomen (artikel 4:185 lid 1 BW); die lopen daardoor tot en met 3 februari 2027.');
    expect(text).toContain('Wilt u dit in uw administratie aanpassen? Voor het overige blijft mijn brief ongewijzigd.');
    expect(text).not.toMatch(/verzoek|U heeft bevestigd|te beëindigen/);
  });

  it("names the agency's own file number in the opening when the owner recorded it with the notice", () => {
    const body = bodyOf(correction({ collection: { ...collection('agency', []), amount: 80, dossierNumber: 'D-2026-0077' } }));
    expect(body).toContain('over het contract Internet en vaste telefonie met klantnummer 1.2345.678 (uw dossiernummer D-2026-0077) bij KPN van Jan de Vries');
  });

  it('corrects again from what the last correction to the agency told, and names a colleague who wrote to it', () => {
    const again = correction({
      corrections: [{ field: 'dateOfDeath', from: '2026-11-03', to: '2026-11-04' }],
      deceased: { ...sampleLetter().deceased, dateOfDeath: '2026-11-04' },
      history: { ...agencyHistory, sent: [{ kind: 'collection_stop', date: '2026-12-15', colleague: 'Pieter Jansen' }, { kind: 'correction', date: '2026-12-18', corrections: [{ field: 'dateOfDeath', from: '2026-11-02', to: '2026-11-03' }] }] },
      letterDate: '2026-12-21',
      today: '2026-12-21',
    });
    expect(broken(again)).toEqual([]);
    const letter = composeLetter(again);
    expect(letter.subject).toMatch(/^Betreft: Correctie op onze brief over uw incasso: /);
    expect(letter.body.join('\n')).toContain('Op 15 december 2026 heeft mijn collega Pieter Jansen u geschreven naar aanleiding van uw incassobrief');
    expect(letter.body.join('\n')).toContain('Mijn correctie van 18 december 2026 vermeldde als overlijdensdatum 3 november 2026; de juiste overlijdensdatum is 4 november 2026.');
    expect(composeLetter({ ...again, language: 'en' }).body.join('\n')).toContain('My correction of 18 December 2026 gave the date of death as 3 November 2026; the correct date of death is 4 November 2026.');
  });

  it('keeps the provider’s correction as it was', () => {
    expect(composeLetter(letterOfKind('correction', 'nl')).subject).toMatch(/^Betreft: Correctie op mijn verzoek: /);
    // The reminder of 20 November and the objection of 10 December (HISTORY) printed the customer number too.
    expect(bodyOf(letterOfKind('correction', 'nl'))).toContain('Mijn verzoek, mijn herinnering van 20 november 2026 en mijn bezwaar van 10 december 2026 vermeldden als klantnummer 1.2345.687; het juiste klantnummer is 1.2345.678.');
  });
});

describe('the agency is told a corrected bill its letter named', () => {
  /** Our collection stop of 15 December named bill F-01 at € 60,00; it was € 66,00, billing the same period. */
  const corrected = { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-11-11', periodTo: '2026-12-10', amount: 66, disputed: { from: '2026-12-01', to: '2026-12-10', amount: 22 }, credited: 0 };
  const billCorrection = (overrides: Partial<LetterInput> = {}) =>
    sampleLetter({
      kind: 'bill_correction',
      letterDate: '2026-12-18',
      today: '2026-12-18',
      contract: { ...sampleLetter().contract!, effectiveDate: '2026-11-30' },
      history: { sent: [{ kind: 'collection_stop', date: '2026-12-15' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: false },
      collection: { ...collection('agency', []), amount: 80 },
      invoice: corrected,
      billCorrection: { named: { reference: 'F-01', invoiceDate: '2026-11-20' }, toldIn: null, changes: [{ field: 'amount', from: 60, to: 66 }], corrected },
      ...toAgency,
      ...overrides,
    });

  it('names our letter and the bill, corrects the figure as our letter stated it, and says the part after the end date anew', async () => {
    const input = billCorrection();
    expect(broken(input)).toEqual([]);
    expect(composeLetter(input).subject).toBe('Betreft: Correctie op mijn brief over uw incasso: Internet en vaste telefonie, klantnummer 1.2345.678, van Jan de Vries');
    const text = await textOf(input);
    expect(text).toContain(
      'Op 15 december 2026 heb ik u geschreven naar aanleiding van uw incassobrief met kenmerk INC-9 voor € 80,00 over het contract Internet en vaste telefonie met klantnummer 1.2345.678 bij KPN van Jan de Vries, overleden op 2 november 2026. Hierbij corrigeer ik een gegeven uit die brief over de factuur van KPN met nummer F-01.',
    );
    expect(text).toContain('Mijn brief vermeldde als bedrag € 60,00; het juiste bedrag is € 66,00.');
    expect(text).toContain('Met de juiste gegevens betreft die factuur de periode 11 november 2026 tot en met 10 december 2026 en bedraagt die € 66,00. Naar rato van de gefactureerde dagen (10 van 30) valt daarvan € 22,00 in de periode 1 december 2026 tot en met 10 december 2026, na de einddatum.');
    expect(text).toContain('Wilt u dit in uw administratie aanpassen? Voor het overige blijft mijn brief ongewijzigd.');
    expect(text).not.toMatch(/uw factuur|U crediteerde|mijn bezwaar/);
  });

  it('withdraws the objection to a bill that, corrected, bills nothing after the end date, said of what the provider did', () => {
    const owed = { ...corrected, periodTo: '2026-11-30', disputed: null, credited: 5 };
    const body = composeLetter(billCorrection({ invoice: null, billCorrection: { named: { reference: 'F-01', invoiceDate: '2026-11-20' }, toldIn: null, changes: [{ field: 'periodTo', from: '2026-12-10', to: '2026-11-30' }], corrected: owed } })).body.join('\n');
    expect(body).toContain('Met de juiste gegevens betreft die factuur alleen de tijd tot en met de einddatum (30 november 2026); het bezwaar ertegen is daarom ingetrokken.');
    expect(composeLetter(billCorrection({ language: 'en' })).body.join('\n')).toContain('My letter stated the amount as €60.00; the correct amount is €66.00.');
  });
});

describe('a dropped objection told to the agency (README, agencytold)', () => {
  it('names our letter to it and the bill as the provider\'s, withdraws the objection and asks what it claims, with no amount', async () => {
    const input = agencyWithdrawal('payFromEstate');
    expect(broken(input)).toEqual([]);
    expect(composeLetter(input).subject).toBe('Betreft: Intrekking van mijn bezwaar tegen een factuur: Internet en vaste telefonie, klantnummer 1.2345.678, van Jan de Vries');
    const text = await textOf(input);
    expect(text).toContain(
      'Op 15 december 2026 heb ik u geschreven naar aanleiding van uw incassobrief met kenmerk INC-9 voor € 72,50 over het contract Internet en vaste telefonie met klantnummer 1.2345.678 bij KPN van Jan de Vries, overleden op 2 november 2026. Daarin noemde ik mijn bezwaar tegen de factuur van KPN met nummer F-2027-1.',
    );
    expect(text).toContain('Dat bezwaar trek ik hierbij in: de factuur wordt betaald uit de nalatenschap.');
    expect(text).toContain('Vordert u voor deze factuur een bedrag, laat u mij dan weten welk bedrag en op welke rekening het kan worden betaald.');
    expect(text).not.toContain('uw factuur');
  });

  it('asks only to update its records for a bill paid already; a colleague\'s stop makes it ours', () => {
    const paid = composeLetter(agencyWithdrawal('alreadyPaid', { history: { sent: [{ kind: 'collection_stop', date: '2026-12-15', colleague: 'Joke Jansen' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: false } }));
    expect(paid.subject).toMatch(/^Betreft: Intrekking van ons bezwaar tegen een factuur: /);
    expect(paid.body.join('\n')).toContain('Dat bezwaar trek ik hierbij in: de factuur is al betaald.\nWilt u dit in uw administratie aanpassen? Voor het overige blijft de brief van mijn collega ongewijzigd.');
    // olddebts: she named the objection in her stop; made again by her successor it is ours, not his (on main: „Daarin noemde ik mijn bezwaar").
    expect(paid.body.join('\n')).toContain('heeft mijn collega Joke Jansen u geschreven naar aanleiding van uw incassobrief');
    expect(paid.body.join('\n')).toContain('Daarin noemde mijn collega ons bezwaar tegen de factuur van KPN met nummer F-2027-1.');
    const english = composeLetter(agencyWithdrawal('alreadyPaid', { language: 'en', history: { sent: [{ kind: 'collection_stop', date: '2026-12-15', colleague: 'Joke Jansen' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: false } })).body.join('\n');
    expect(english).toContain('In it my colleague referred to our objection to the invoice of KPN numbered F-2027-1.');
    expect(english).not.toContain('In it I referred to my objection');
  });
});

describe('a collection stop says apart which bill it is about and which is not disputed (README, askedrest)', () => {
  const FINAL: { reference: string; amount: number; paidOn: string | null } = { reference: 'KPN-77', amount: 45, paidOn: null };
  const withFinal = (to: 'provider' | 'agency', finalBill: typeof FINAL, overrides: Partial<LetterInput> = {}) => {
    const input = stop(to, [F01], overrides);
    return { ...input, collection: { ...input.collection!, finalBill } };
  };

  it('tells the provider its final bill was not disputed, after the bill it objected to, and promises no payment', async () => {
    const input = withFinal('provider', FINAL);
    expect(broken(input)).toEqual([]);
    const text = await textOf(input);
    expect(text).toContain('U heeft € 20,00 van die factuur gecrediteerd. Tegen uw eindafrekening van € 45,00 (kenmerk KPN-77) maak ik geen bezwaar. Het bedrag van de incassobrief');
    expect(text).not.toMatch(/eindafrekening[^.]*betaald/);
  });

  it('tells the agency the same of the provider\'s final bill, and that it was paid from the estate once that is recorded', async () => {
    const input = withFinal('agency', { ...FINAL, paidOn: '2026-12-12' });
    expect(broken(input)).toEqual([]);
    expect(await textOf(input)).toContain('Tegen de eindafrekening van KPN van € 45,00 (kenmerk KPN-77) maak ik geen bezwaar. Die is op 12 december 2026 betaald uit de nalatenschap.');
  });

  it('says it in English to an English-speaking provider', () => {
    const input = withFinal('provider', { ...FINAL, paidOn: '2026-12-12' }, { language: 'en' });
    expect(broken(input)).toEqual([]);
    expect(bodyOf(input)).toContain('I do not dispute your final bill of €45.00 (reference KPN-77). It was paid from the estate on 12 December 2026.');
  });

  it('says it too when no objection of ours went out: it claims none (the rules block a letter that does)', () => {
    const input = withFinal('provider', FINAL, { history: { ...HISTORY, sent: HISTORY.sent.filter((l) => l.kind !== 'dispute') }, collection: { ...collection('provider', []), amount: 45 } });
    expect(broken(input)).toEqual([]);
    expect(bodyOf(input)).toContain('Tegen uw eindafrekening van € 45,00 (kenmerk KPN-77) maak ik geen bezwaar.');
  });

  it('says nothing of a final bill when none is recorded', () => {
    expect(bodyOf(stop('provider', [F01]))).not.toContain('eindafrekening');
  });

  // stopclaim (audit96 F5): on main the claim was compared with the disputed bill alone, though the letter says the final bill is owed too.
  it('compares the agency\'s claim with the disputed bill and the final bill together, and asks which bills it collects', async () => {
    const claiming = (amount: number, language: 'nl' | 'en' = 'nl') => withFinal('agency', FINAL, { language, collection: collection('agency', [F01], amount) });
    expect(broken(claiming(72.5))).toEqual([]);
    expect(await textOf(claiming(72.5))).toContain(
      'Het bedrag van uw incassobrief, € 72,50, is hoger dan het bedrag van deze factuur (€ 60,00); met de eindafrekening erbij is dat € 105,00. Wilt u mij laten weten voor welke facturen u incasseert en hoe dat bedrag is opgebouwd (hoofdsom, verrekende creditnota’s, kosten en rente)?',
    );
    expect(bodyOf(claiming(112.5))).toContain('Het bedrag van uw incassobrief, € 112,50, is hoger dan het bedrag van deze factuur en de eindafrekening samen (€ 105,00). Wilt u mij laten weten voor welke facturen u incasseert');
    expect(bodyOf(claiming(112.5, 'en'))).toContain(
      'Your debt-collection letter claims €112.50, which is more than the amount of this invoice and the final bill together (€105.00). Please let me know which invoices you are collecting and how that amount is made up',
    );
    expect(bodyOf(claiming(72.5, 'en'))).toContain('which is more than the amount of this invoice (€60.00); with the final bill it is €105.00.');
    // Not above the disputed bill: nothing asked, as before.
    expect(bodyOf(claiming(60))).not.toContain('is hoger dan');
  });

  it('tells the provider the sum with its final bill too, and asks what it passed on', () => {
    expect(bodyOf(withFinal('provider', FINAL))).toContain('Het bedrag van de incassobrief, € 72,50, is hoger dan het bedrag van deze factuur (€ 60,00); met de eindafrekening erbij is dat € 105,00. Wilt u mij laten weten welk bedrag u ter incasso heeft gegeven, en waarvoor?');
  });
});

describe('the agency is told which bills the provider withdrew', () => {
  // collrest built this in Dutch; the English letter named one bill by `reference`, null when several are listed: „invoice null".
  it('names each withdrawn bill with its amount, in English too', () => {
    const withdrawn = (language: 'nl' | 'en') =>
      bodyOf(letterOfKind('collection_ended', language, { collectionEnded: { why: 'billWithdrawn', reference: null, bills: [{ reference: 'F-12', amount: 30 }, { reference: 'F-13', amount: 12.5 }], toldOn: '2026-12-18' } }));
    expect(withdrawn('nl')).toContain('laten weten dat de facturen F-12 (€ 30,00) en F-13 (€ 12,50) zijn ingetrokken.');
    expect(withdrawn('en')).toContain('let us know on 18 December 2026 that invoices F-12 (€30.00) and F-13 (€12.50) have been withdrawn.');
    expect(withdrawn('en')).not.toContain('null');
  });
});

// audit91 F10: the agency claimed € 45,00 and the provider withdrew only NRC-INV-10 (€ 18,00): closing its file would ask more than is true.
describe('the agency told of a bill withdrawn that is only part of its claim', () => {
  const ended = (language: 'nl' | 'en', amount: number) =>
    letterOfKind('collection_ended', language, { collectionEnded: { why: 'billWithdrawn', reference: null, bills: [{ reference: 'NRC-INV-10', amount: 18 }], toldOn: '2026-12-18' }, collection: { ...collection('agency', []), amount } });
  it('asks it to stop collecting that bill, not to close its file, in both languages; the whole claim withdrawn still closes it', () => {
    expect(bodyOf(ended('nl', 45))).toContain('Ik verzoek u die factuur uit uw vordering te halen, niet meer te innen en daarover geen brieven meer te sturen aan de nalatenschap of de nabestaanden.');
    expect(bodyOf(ended('nl', 45))).not.toContain('dossier te sluiten');
    expect(bodyOf(ended('en', 45))).toContain('I ask you to take that invoice out of your claim, no longer to collect it');
    expect(bodyOf(ended('en', 45))).not.toContain('close your file');
    expect(bodyOf(ended('nl', 18))).toContain('Ik verzoek u daarom uw dossier te sluiten');
    expect(broken(ended('nl', 45))).toEqual([]);
    expect(broken(ended('en', 45))).toEqual([]);
  });
});

// agencyafter: our stop sent again to the agency after the owner corrected its name and e-mail says which earlier letter it replaces.
describe('a collection stop sent again after a correction of the agency', () => {
  it('says first when our earlier letter went and what was wrong in it, and that this one replaces it, in both languages', async () => {
    const nl = await textOf(stopSentAgain('nl'));
    expect(nl).toContain('Op 15 december 2026 heb ik u een brief met hetzelfde verzoek gestuurd, maar onder een verkeerde naam (Incasso Nord) en naar een verkeerd e-mailadres (dossiers@incasso-nord.example). Deze brief vervangt die brief.');
    const en = await textOf(stopSentAgain('en'));
    expect(en).toContain('On 15 December 2026 I sent you a letter with the same request, but under a wrong name (Incasso Nord) and to a wrong email address (dossiers@incasso-nord.example). This letter replaces that one.');
    // The first stop says nothing of the kind.
    expect(bodyOf(stop('agency', [F01]))).not.toContain('vervangt');
    // deskanswer2: a colleague signed the first (a handover since): she sent it, not I.
    expect(await textOf(stopSentAgain('nl', 'Sanne Visser'))).toContain('Op 15 december 2026 heeft mijn collega Sanne Visser u een brief met hetzelfde verzoek gestuurd, maar onder een verkeerde naam (Incasso Nord)');
    expect(await textOf(stopSentAgain('en', 'Sanne Visser'))).toContain('On 15 December 2026 my colleague Sanne Visser sent you a letter with the same request, but under a wrong name (Incasso Nord)');
  });
});

// agencyafter (askclose's Not done): a final report made after the day money asked back was asked by says that term passed.
describe('a final report after the term of money asked back', () => {
  it('says the term passed, in both languages; before that day it does not', () => {
    expect(broken(askedBackPassed('nl'))).toEqual([]);
    expect(bodyOf(askedBackPassed('nl'))).toContain('uiterlijk op 6 januari 2027; die termijn houd ik zelf aan, het is geen wettelijke termijn. Die termijn is verstreken.');
    expect(bodyOf(askedBackPassed('en'))).toContain('by 6 January 2027; that term is my own, not a legal one. That term has passed.');
    expect(bodyOf({ ...askedBackPassed('nl'), letterDate: '2027-01-06', today: '2027-01-06' })).not.toContain('verstreken');
  });
});
