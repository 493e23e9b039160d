import { CONTRACT_STATES, type ContractContext, contractStatusText } from '../../workflows';
import { familyCorrectionText } from '../timeline/corrections';
import { ENGLISH_ONLY, familyWords, type Lang, ownerWords } from '../words';
import { lastDigestMoment, replacedSameDay, reportDecisionNews } from './family-digest.service';
import { accessMail, digestMail } from './family-mail';
import { familyAskedBackText, familyEventText, familyRefundReceiptText } from './portal.service';
import { reportAboutText } from './report-about';

describe('when the family digest goes out', () => {
  const at = (iso: string) => new Date(iso);
  it('is five in the afternoon in Amsterdam: before five the last one was yesterday', () => {
    expect(lastDigestMoment(at('2026-11-23T15:59:00Z'), '2026-11-23')).toEqual(at('2026-11-22T16:00:00Z'));
    expect(lastDigestMoment(at('2026-11-23T16:00:00Z'), '2026-11-23')).toEqual(at('2026-11-23T16:00:00Z'));
  });

  it('follows summer time, also on the days the clocks change', () => {
    expect(lastDigestMoment(at('2026-07-01T15:30:00Z'), '2026-07-01')).toEqual(at('2026-07-01T15:00:00Z'));
    expect(lastDigestMoment(at('2026-03-29T18:00:00Z'), '2026-03-29')).toEqual(at('2026-03-29T15:00:00Z'));
    expect(lastDigestMoment(at('2026-10-25T18:00:00Z'), '2026-10-25')).toEqual(at('2026-10-25T16:00:00Z'));
  });
});

describe("the family's emails, in the member's language", () => {
  const people = { member: { name: 'Maria de Vries' }, owner: { name: 'Anna de Boer', phone: '+31 20 555 0101', email: 'anna@steward.example' }, organisation: 'Steward Nazorg', deceased: 'Jan de Vries' };
  const context: ContractContext = {
    action: 'cancel', providerReference: 'KPN-1', effectiveDate: '2026-11-30', finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 0,
    lastRejectionReason: null, openInformationRequest: null, openDispute: null, disputeRejectionReason: null,
  };
  /** What the workflows tell the family about a contract in each state, as the notifications word it. */
  const news = (lang: Lang) => CONTRACT_STATES.map((state) => `KPN: ${contractStatusText(state, context, lang, { providerName: 'KPN', dueDate: '2026-12-14' })}`);
  const correction = (lang: Lang) => familyCorrectionText([{ field: 'accountNumber', from: 'K-1', to: 'K-11' }], { scope: 'contract', providerName: 'KPN', isReader: false }, lang)!;
  const digest = (lang: Lang) => digestMail(lang, people, [...news(lang), correction(lang)], [lang === 'nl' ? 'overlijdensakte' : 'death certificate'], 'https://steward.example/family');

  it('tells a Dutch member every contract state, correction and document without a word of English', () => {
    const { subject, text } = digest('nl');
    expect(subject).toBe('Nieuws over de afwikkeling voor Jan de Vries');
    expect(text).toContain('- KPN: KPN heeft bevestigd dat het contract eindigt op 30 november 2026.');
    expect(text).toContain('- Er staat een nieuw document voor u in het portaal: overlijdensakte');
    expect(text).toContain('Heeft u vragen? Uw vaste contactpersoon is Anna de Boer, telefoon +31 20 555 0101, e-mail anna@steward.example.');
    expect(text.split('\n').filter((line) => ENGLISH_ONLY.test(line))).toEqual([]);
  });

  it('tells an English member the same in English, dates in English form, with no Dutch sentence left', () => {
    const { subject, text } = digest('en');
    expect(subject).toBe('News about the estate of Jan de Vries');
    expect(text.startsWith('Dear Maria de Vries,\n\nThere is news about the estate of Jan de Vries:')).toBe(true);
    expect(text).toContain('- KPN: We have asked KPN to end the contract; KPN should answer by 14 December 2026.');
    expect(text).toContain('- KPN: KPN has confirmed that the contract ends on 30 November 2026.');
    expect(text).toContain(`- ${correction('en')}`);
    expect(text).toContain('- There is a new document for you in the portal: death certificate');
    expect(text).toContain('Any questions? Your contact person is Anna de Boer, phone +31 20 555 0101, email anna@steward.example.');
    expect(text).toContain('Kind regards,\nAnna de Boer\nSteward Nazorg');
    expect(text).not.toMatch(/\b(Beste|Er is|heeft|gecorrigeerd|uiterlijk|november|december|groet|vragen|u hoeft)\b/);
  });

  it('invites in the member language, with the last valid day in its form', () => {
    const access = { link: 'https://steward.example/family/access?code=K7QM-2XWD-RT9P&lang=en', code: 'K7QM-2XWD-RT9P', loginUrl: 'https://steward.example/family/login', validUntil: '2026-12-14' };
    const en = accessMail('en', people, access);
    expect(en.subject).toBe('Your personal access to the file of Jan de Vries');
    expect(en.text).toContain('The link works once and is valid up to and including 14 December 2026.');
    expect(en.text).toContain('You can also enter the code K7QM-2XWD-RT9P at https://steward.example/family/login.');
    const nl = accessMail('nl', people, access);
    expect(nl.subject).toBe('Uw persoonlijke toegang tot het dossier van Jan de Vries');
    expect(nl.text).toContain('De link werkt één keer en is geldig tot en met 14 december 2026.');
    // Dutch throughout but the last line, which tells in English that the portal speaks it too (MAIL-1); and the other way round.
    expect(nl.text.split('\n').filter((line) => ENGLISH_ONLY.test(line))).toEqual(['This portal is also available in English: choose “English” at the top of the page.']);
    expect(nl.text.split('\n').pop()).toBe('This portal is also available in English: choose “English” at the top of the page.');
    expect(en.text.split('\n').pop()).toBe('Dit portaal is er ook in het Nederlands: kies bovenaan de pagina „Nederlands”.');
  });
});

describe("the owner's decision on a bill a relative reported, in the daily email", () => {
  const handled = (details: Record<string, unknown>) => ({ event: 'family_report.handled', details: { kind: 'invoice_after_end', familyMemberId: 'm1', ...details } });
  const heir = { provider: null, readsDebts: true };
  it('tells the reporter what was decided, in her language; the reply with a decision not to record it; the others the decision alone', () => {
    expect(reportDecisionNews(handled({ decision: 'bill_recorded' }), 'm1', 'Anna de Boer', 'nl', heir)).toBe('Uw melding van een rekening na de einddatum: Anna de Boer heeft de rekening gecontroleerd en vastgelegd bij het contract.');
    expect(reportDecisionNews(handled({ decision: 'nothing_to_do', reply: 'Al betwist.' }), 'm1', 'Anna de Boer', 'en', heir)).toBe('Your report of a bill after the end date: Anna de Boer has looked at the bill and dealt with your report. Reply from your contact person: Al betwist.');
    // familyrest2: another relative reads what was decided, never the reply written to the reporter.
    expect(reportDecisionNews(handled({ decision: 'bill_recorded' }), 'm2', 'Anna de Boer', 'nl', heir)).toBe('Een familielid meldde een rekening na de einddatum: Anna de Boer heeft die gecontroleerd en vastgelegd bij het contract.');
    expect(reportDecisionNews(handled({ decision: 'nothing_to_do', reply: 'Al betwist.' }), 'm2', 'Anna de Boer', 'en', heir)).toBe('A family member reported a bill after the end date: Anna de Boer has looked at it and dealt with the report.');
    // Another report handled (no decision) is not this news.
    expect(reportDecisionNews(handled({ kind: 'other', decision: undefined }), 'm1', 'Anna de Boer', 'nl', heir)).toBeNull();
  });

  it('familyupload2: tells the reporter what her file was used for, as her report list and her timeline say it; the others nothing', () => {
    const taken = handled({ kind: 'other', decision: 'document_taken', takenAs: 'certificate_of_inheritance' });
    expect(reportDecisionNews(taken, 'm1', 'Anna de Boer', 'nl', heir)).toBe('Uw document is gebruikt voor het dossier: Anna de Boer heeft het opgenomen als verklaring van erfrecht.');
    expect(reportDecisionNews(taken, 'm1', 'Anna de Boer', 'en', heir)).toBe('Your document has been used for the file: Anna de Boer has taken it in as the certificate of inheritance.');
    expect(familyEventText('family_report.handled', { ...taken.details, owner: 'Anna de Boer' }, 'nl')).toBe(reportDecisionNews(taken, 'm1', 'Anna de Boer', 'nl', heir));
    expect(reportDecisionNews(taken, 'm2', 'Anna de Boer', 'nl', heir)).toBeNull();
    // Taken before the kind was recorded with the decision: the sentence names a document, no kind it cannot know.
    expect(familyEventText('family_report.handled', { decision: 'document_taken' }, 'nl')).toBe('Uw document is gebruikt voor het dossier: uw vaste contactpersoon heeft het opgenomen als document.');
  });

  it('familyupload3: tells another relative who may see the file what it was taken in as, as her timeline says it; one who may not, nothing', () => {
    const taken = handled({ kind: 'other', decision: 'document_taken', takenAs: 'certificate_of_inheritance' });
    const sees = { ...heir, upload: 'death_certificate' };
    expect(reportDecisionNews(taken, 'm2', 'Anna de Boer', 'nl', sees)).toBe('Een document dat een familielid stuurde, is opgenomen in het dossier als verklaring van erfrecht.');
    expect(reportDecisionNews(taken, 'm2', 'Anna de Boer', 'en', sees)).toBe('A document a family member sent has been taken into the file as the certificate of inheritance.');
    expect(familyEventText('family_report.handled_for_other', { ...taken.details, takenAs: 'certificate_of_inheritance' }, 'nl')).toBe(reportDecisionNews(taken, 'm2', 'Anna de Boer', 'nl', sees));
    expect(reportDecisionNews(taken, 'm2', 'Anna de Boer', 'nl', { ...heir, upload: null })).toBeNull();
    // Her timeline's line without the kind: the report handled, nothing of the file.
    expect(familyEventText('family_report.handled_for_other', { decision: 'document_taken' }, 'nl')).toBe('Uw vaste contactpersoon heeft de melding van een familielid afgehandeld.');
    // Taken as „overig": no kind to name.
    expect(reportDecisionNews(handled({ decision: 'document_taken', takenAs: 'other' }), 'm2', 'Anna de Boer', 'en', sees)).toBe('A document a family member sent has been taken into the file.');
    // An entry from before familyupload2 names the kind the document has now, to her as to the others who may see it.
    const older = handled({ kind: 'other', decision: 'document_taken' });
    expect(reportDecisionNews(older, 'm1', 'Anna de Boer', 'nl', sees)).toBe('Uw document is gebruikt voor het dossier: Anna de Boer heeft het opgenomen als overlijdensakte.');
    expect(reportDecisionNews(older, 'm2', 'Anna de Boer', 'nl', sees)).toBe('Een document dat een familielid stuurde, is opgenomen in het dossier als overlijdensakte.');
  });

  it('familyupload3: a later correction of its kind, to the relative who sent it and to the others, nl and en', () => {
    const corrected = { documentId: 'd1', field: 'kind', from: 'certificate_of_inheritance', to: 'death_certificate', sentBy: 'm1' };
    expect(familyEventText('document.kind_corrected', corrected, 'nl')).toBe('De soort van uw document is gecorrigeerd: het is nu opgenomen als overlijdensakte.');
    expect(familyEventText('document.kind_corrected', corrected, 'en')).toBe("Your document's kind has been corrected: it is now taken in as the death certificate.");
    expect(familyEventText('document.kind_corrected_for_other', corrected, 'nl')).toBe('De soort van een document dat een familielid stuurde, is gecorrigeerd: het is nu opgenomen als overlijdensakte.');
    expect(familyEventText('document.kind_corrected_for_other', { ...corrected, to: 'other' }, 'en')).toBe('The kind of a document a family member sent has been corrected: it is now taken in as a document.');
  });

  it('names each report by its contract and what was reported, the figures only for a reader of the debts (familyopen, audit75 F-7)', () => {
    const march = handled({ decision: 'nothing_to_do', reply: 'Betaald.', reported: { reference: 'F-03', amount: 31.5, invoiceDate: '2027-03-01' } });
    const april = handled({ decision: 'bill_recorded', bill: { reference: 'F-04', amount: 29, invoiceDate: '2027-04-01', providerName: 'Odido' } });
    const odido = { provider: 'Odido', readsDebts: true };
    expect(reportDecisionNews(march, 'm2', 'Anna de Boer', 'nl', odido)).toBe('Een familielid meldde een rekening na de einddatum over Odido (factuurnummer F-03, €\u00a031,50): Anna de Boer heeft die bekeken en de melding afgehandeld.');
    expect(reportDecisionNews(april, 'm2', 'Anna de Boer', 'en', odido)).toBe('A family member reported a bill after the end date about Odido (bill number F-04, €29.00): Anna de Boer has checked it and recorded it with the contract.');
    // A relative outside the estate's debts: no number, no amount; the bill's date tells the two apart.
    const outside = { provider: 'Odido', readsDebts: false };
    expect(reportDecisionNews(march, 'm2', 'Anna de Boer', 'nl', outside)).toBe('Een familielid meldde een rekening na de einddatum over Odido (gedateerd 1 maart 2027): Anna de Boer heeft die bekeken en de melding afgehandeld.');
    // The reporter reads the same naming, and her reply.
    expect(reportDecisionNews(march, 'm1', 'Anna de Boer', 'nl', odido)).toBe('Uw melding van een rekening na de einddatum over Odido (factuurnummer F-03, €\u00a031,50): Anna de Boer heeft de rekening bekeken en uw melding afgehandeld. Antwoord van uw vaste contactpersoon: Betaald.');
  });

  it('names a report that names no contract by the day it was reported, in the email and the timeline alike (familyline)', () => {
    const unnamed = handled({ decision: 'nothing_to_do', reply: 'Betaald.', reportedOn: '2026-12-03', reported: { reference: 'F-09', amount: 12, invoiceDate: '2026-11-20' } });
    expect(reportDecisionNews(unnamed, 'm2', 'Anna de Boer', 'nl', heir)).toBe('Een familielid meldde een rekening na de einddatum (gemeld op 3 december 2026, factuurnummer F-09, €\u00a012,00): Anna de Boer heeft die bekeken en de melding afgehandeld.');
    expect(reportAboutText(unnamed.details, { provider: null, readsDebts: false }, 'en')).toBe(' (reported on 3 December 2026, dated 20 November 2026)');
    // With its contract, the contract names it: the day is not said.
    expect(reportAboutText(unnamed.details, { provider: 'Odido', readsDebts: false }, 'nl')).toBe(' over Odido (gedateerd 20 november 2026)');
    expect(familyEventText('family_report.handled_for_other', { decision: 'nothing_to_do', about: reportAboutText(unnamed.details, { provider: null, readsDebts: true }, 'nl') }, 'nl')).toBe(
      'Uw vaste contactpersoon heeft een rekening die een familielid meldde (gemeld op 3 december 2026, factuurnummer F-09, €\u00a012,00), bekeken en de melding afgehandeld.',
    );
  });

  it('says no day for a report handled before familyline, whose entry kept none: no wrong day, no "Invalid Date", in the email and the timeline alike', () => {
    // Entries written before familyline have no `reportedOn`; a JSON null reads the same.
    for (const old of [handled({ decision: 'nothing_to_do', reported: { reference: 'F-07', amount: 9, invoiceDate: '2026-10-02' } }), handled({ decision: 'nothing_to_do', reportedOn: null, reported: { reference: 'F-07', amount: 9, invoiceDate: '2026-10-02' } })]) {
      expect(reportDecisionNews(old, 'm2', 'Anna de Boer', 'nl', heir)).toBe('Een familielid meldde een rekening na de einddatum (factuurnummer F-07, €\u00a09,00): Anna de Boer heeft die bekeken en de melding afgehandeld.');
      expect(reportDecisionNews(old, 'm2', 'Anna de Boer', 'en', { provider: null, readsDebts: false })).toBe('A family member reported a bill after the end date (dated 2 October 2026): Anna de Boer has looked at it and dealt with the report.');
      expect(familyEventText('family_report.handled_for_other', { decision: 'nothing_to_do', about: reportAboutText(old.details, { provider: null, readsDebts: false }, 'nl') }, 'nl')).toBe(
        'Uw vaste contactpersoon heeft een rekening die een familielid meldde (gedateerd 2 oktober 2026), bekeken en de melding afgehandeld.',
      );
    }
    // Nothing typed either (another kind of report): the line names nothing rather than a day it cannot know.
    const bare = { event: 'family_report.handled', details: { kind: 'other', familyMemberId: 'm1', decision: null } };
    for (const lang of ['nl', 'en'] as const) expect(reportAboutText(bare.details, { provider: null, readsDebts: true }, lang)).toBe('');
  });

  it('tells a collection letter recorded from a report: the reporter and the others, the agency only to a reader of the debts (familyopen)', () => {
    const collection = { event: 'family_report.handled', details: { kind: 'collection_letter', familyMemberId: 'm1', decision: 'collection_recorded', collection: { agency: 'Incasso Noord', reference: 'INC-3', providerName: 'KPN' } } };
    expect(reportDecisionNews(collection, 'm1', 'Anna de Boer', 'nl', { provider: 'KPN', readsDebts: true })).toBe('Uw melding van een incassobrief over KPN (Incasso Noord, kenmerk INC-3): Anna de Boer heeft de incassobrief vastgelegd bij het contract.');
    expect(reportDecisionNews(collection, 'm2', 'Anna de Boer', 'en', { provider: 'KPN', readsDebts: true })).toBe('A family member reported a collection letter about KPN (Incasso Noord, reference INC-3): Anna de Boer has recorded it with the contract.');
    expect(reportDecisionNews(collection, 'm2', 'Anna de Boer', 'nl', { provider: 'KPN', readsDebts: false })).toBe('Een familielid meldde een incassobrief over KPN: Anna de Boer heeft die vastgelegd bij het contract.');
  });
});

// bankwords (audit77 BANK-3): a block taken back the same day was never so; the family is not told of it, nor of its take-back.
describe('news a take-back the same day made untrue', () => {
  const news = (...topics: string[]) => topics.map((topic) => ({ contract_id: 'c1', topic }));
  const left = (all: { contract_id: string; topic: string }[]) => {
    const { dropped, standing } = replacedSameDay(all);
    return { told: all.filter((n) => !dropped.has(n)).map((n) => n.topic), standing: [...standing] };
  };

  it('tells neither a block nor a confirmation taken back the same day; the contract is told as it stands', () => {
    expect(left(news('blocked', 'confirmation_taken_back'))).toEqual({ told: [], standing: ['c1'] });
    expect(left(news('confirmed', 'confirmation_taken_back'))).toEqual({ told: [], standing: ['c1'] });
  });

  it('tells the take-back of a block told before, without the late release of the block it took back', () => {
    expect(left(news('release_overdue', 'confirmation_taken_back'))).toEqual({ told: ['confirmation_taken_back'], standing: ['c1'] });
    expect(left(news('confirmation_taken_back'))).toEqual({ told: ['confirmation_taken_back'], standing: [] });
  });
});

/** audit90 G1, G2: a relative outside the estate's debts reads no sum of the estate's, and a part of a refund reads as a part. */
describe("the family's words outside the estate's debts (famwords)", () => {
  const told = { channel: 'email', recipient: 'Intrum', provider: 'KPN', collectionEnded: 'claimDropped', paidFinalBill: { amount: 45, paidOn: '2026-12-06' } };
  it('tells an aunt only that part of the final bill was paid; an heir the sum and the day', () => {
    expect(familyEventText('letter.sent', told, 'nl', false)).toBe('We hebben Intrum laten weten dat KPN de hele vordering heeft ingetrokken, ook de eindafrekening, en dat daarvan al een deel uit de nalatenschap was betaald.');
    expect(familyEventText('letter.sent', told, 'en', false)).toBe('We let Intrum know that KPN has withdrawn the whole claim, the final bill included, and that the estate had already paid part of it.');
    expect(familyEventText('letter.sent', told, 'nl', true)).toBe('We hebben Intrum laten weten dat KPN de hele vordering heeft ingetrokken, ook de eindafrekening, en dat daarvan op 6 december 2026 al €\u00a045,00 uit de nalatenschap was betaald.');
  });
  // askwords: a payment after the provider's word of the drop is asked back too; it was not „al betaald" (dropday's rule).
  it('says money asked back that was paid after the provider dropped the claim as paid after that, not as already paid', () => {
    const after = { details: { amount: 45, paidOn: '2026-12-16', droppedOn: '2026-12-15' } };
    expect(familyAskedBackText(after, 'nl', 'KPN', true)).toBe('KPN liet de vordering vallen; de €\u00a045,00 die daarna nog betaald is, vragen we terug.');
    expect(familyAskedBackText(after, 'nl', 'KPN', false)).toBe('KPN liet de vordering vallen; wat daarna nog betaald is, vragen we terug.');
    expect(familyAskedBackText(after, 'en', 'KPN', true)).toBe('KPN dropped the claim; we are asking back the €45.00 that was paid after that.');
    const before = { details: { amount: 45, paidOn: '2026-12-14', droppedOn: '2026-12-15' } };
    expect(familyAskedBackText(before, 'nl', 'KPN', true)).toBe('KPN liet de vordering vallen; de €\u00a045,00 die al betaald was, vragen we terug.');
    // An entry written before dropday kept no days: as it read.
    expect(familyAskedBackText({ details: { amount: 45 } }, 'en', 'KPN', false)).toBe('KPN dropped the claim; we are asking back what had already been paid.');
    // The card while it has not all come, and the owner's late row on Today.
    expect(familyWords('nl').paidDropAskedOpen('KPN', null, true, null, false, '2 januari 2027')).toBe('KPN liet de vordering vallen; wat daarna nog betaald is, vragen we terug: we vroegen KPN per brief het uiterlijk 2 januari 2027 terug te betalen. Dat is nog niet ontvangen.');
    expect(familyWords('en').paidDropAskedOpen('KPN', '€45.00', true, null, false, '2 January 2027')).toMatch(/^KPN dropped the claim; we are asking back the €45\.00 that was paid after that: /);
    expect(ownerWords('nl').today.lateAskedBack('KPN', 'KPN-T-1', '€ 45,00', '€ 45,00', '19 december 2026', '2 januari 2027', 3, null, true)).toBe(
      'KPN liet de vordering vallen; de € 45,00 die daarna nog betaald is op eindafrekening KPN-T-1 is op 19 december 2026 per brief teruggevraagd; niet ontvangen — te laat sinds 2 januari 2027 (3 dagen).',
    );
    expect(ownerWords('en').today.lateAskedBack('KPN', 'KPN-T-1', '€45.00', '€45.00', '19 December 2026', '2 January 2027', 1, null, true)).toMatch(/^KPN dropped the claim; the €45\.00 paid after that on final bill KPN-T-1 was asked back/);
  });
  it('tells an aunt that part of a refund came, not the amount; the whole keeps its words', () => {
    const part = { event: 'refund.received', details: { amount: 10, receivedOn: '2027-01-10', part: true } };
    expect(familyRefundReceiptText(part, 'nl', 'KPN', false)).toBe('KPN heeft een deel van het bedrag terugbetaald aan de nalatenschap (ontvangen op 10 januari 2027).');
    expect(familyRefundReceiptText(part, 'en', 'KPN', false)).toBe('KPN has paid part of the amount back to the estate (received on 10 January 2027).');
    expect(familyRefundReceiptText(part, 'nl', 'KPN', true)).toBe('KPN heeft €\u00a010,00 terugbetaald aan de nalatenschap (ontvangen op 10 januari 2027).');
    expect(familyRefundReceiptText({ event: 'refund.received', details: { amount: 40, receivedOn: '2027-01-10' } }, 'nl', 'KPN', false)).toBe('KPN heeft het bedrag terugbetaald aan de nalatenschap (ontvangen op 10 januari 2027).');
  });
});
