import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { complaintsBodyFor } from '../src/providers/complaints-bodies';
import { disputedPart } from '../workflows/invoices';
import { type BillFigureChange, type BillOnRecord, type Collection, type ContractStanding, type EstateBill, INSURANCE_KINDS, type InsuranceKind, isFamilyLetter, LETTER_KINDS, Language, LetterHistory, LetterInput, LetterKind, ProviderCategory, type SentLetter, type LateEnd, type LivedWith, type Reopening, type RepaymentWithdrawnFacts } from './model';
import type { AnswerDone, ReceivedVia } from '../workflows/wording';

export interface PdfTextItem { str: string; x: number; y: number; width: number; height: number; hasEOL: boolean }
export interface PdfReadBack {
  numPages: number;
  /** The document information dictionary as pdf.js reports it (Title, Author, Language, …). */
  info: Record<string, unknown>;
  /** The XMP metadata pdf.js read: title, creator, language and the PDF/A part and conformance. */
  xmp: Record<string, string | null> | null;
  /** MarkInfo /Marked: the document says it is tagged. */
  marked: boolean;
  /** Per page its size, its text items and the roles of its structure tree (empty when untagged). */
  pages: { width: number; height: number; items: PdfTextItem[]; structure: string[] }[];
}

let reader: Worker | undefined;
const pending = new Map<number, { resolve: (r: PdfReadBack) => void; reject: (e: Error) => void }>();
let nextId = 0;

/** Reads a PDF back with pdf.js, an independent reader, in a worker thread (see pdf-reader.mjs). */
export function readPdf(pdf: Buffer | Uint8Array): Promise<PdfReadBack> {
  if (!reader) {
    reader = new Worker(join(__dirname, '..', 'test', 'support', 'pdf-reader.mjs'));
    reader.on('message', ({ id, result, error }: { id: number; result?: PdfReadBack; error?: string }) => {
      const request = pending.get(id)!;
      pending.delete(id);
      if (!pending.size) reader?.unref(); // an idle reader never keeps the test process alive
      if (error) request.reject(new Error(`pdf.js could not read the PDF: ${error}`));
      else request.resolve(result!);
    });
    reader.on('error', (error) => pending.forEach((request) => request.reject(error)));
  }
  const id = nextId++;
  reader.ref();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    reader!.postMessage({ id, data: new Uint8Array(pdf) }); // a copy: pdf.js takes ownership of what it reads
  });
}

/**
 * Ends the reader thread. Jest loads this module afresh for every test file, so each file starts a reader of its own; one left
 * running outlives its file, and a Jest worker then holds one per file it ran (pdf.js and its fonts in each) until it exits.
 */
export async function closePdfReader(): Promise<void> {
  const closing = reader?.terminate();
  reader = undefined;
  await closing;
}

/**
 * The text of a PDF in reading order, one line per line of type; optionally only what lies in a
 * rectangle (points from the page's top left, like pdftotext's crop) on the first page.
 */
export async function pdfText(pdf: Buffer, crop?: { x: number; y: number; width: number; height: number }): Promise<string> {
  const { pages } = await readPdf(pdf);
  return (crop ? pages.slice(0, 1) : pages).map((page) => linesOf(page.items, crop).join('\n')).join('\n\f');
}

/** Groups text items into lines by their baseline; a gap wider than a thin space becomes a space. */
function linesOf(items: PdfTextItem[], crop?: { x: number; y: number; width: number; height: number }): string[] {
  const inside = (item: PdfTextItem) =>
    !crop || (item.x >= crop.x && item.x + item.width <= crop.x + crop.width + 0.5 && item.y - item.height / 2 >= crop.y && item.y <= crop.y + crop.height);
  const lines: { y: number; items: PdfTextItem[] }[] = [];
  for (const item of items.filter((i) => i.str !== '' && inside(i))) {
    const line = lines.find((l) => Math.abs(l.y - item.y) < 2);
    if (line) line.items.push(item);
    else lines.push({ y: item.y, items: [item] });
  }
  return lines
    .sort((a, b) => a.y - b.y)
    .map(({ items: parts }) =>
      parts
        .sort((a, b) => a.x - b.x)
        .reduce((text, part, i) => {
          const previous = parts[i - 1];
          const gap = previous ? part.x - (previous.x + previous.width) : 0;
          return text + (previous && gap > part.height * 0.15 && !text.endsWith(' ') ? ' ' : '') + part.str;
        }, ''),
    );
}

/** Page count and document information, named as a reader names them. */
export async function pdfInfo(pdf: Buffer): Promise<{ Pages: number } & Record<string, unknown>> {
  const { numPages, info } = await readPdf(pdf);
  return { ...info, Pages: numPages };
}

/** The items of a Dutch letter's enclosure list ("– …" after "Bijlagen:"), not the page footer that follows them. */
export const listedEnclosures = (text: string) =>
  (/Bijlagen:\s*([\s\S]*)$/.exec(text)?.[1] ?? '').split('\n').filter((l) => l.trim().startsWith('–')).map((l) => l.replace(/^\s*–\s*/, '').trim());

/** Text as a reader sees it: line breaks from layout do not split names. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

/** A new holder with every particular a transfer letter needs (heir with another surname). */
export const SAMPLE_NEW_HOLDER = {
  name: 'Pieter Bakker',
  relation: 'schoonzoon',
  address: { street: 'Lindenlaan 3', postalCode: '3511 AB', city: 'Utrecht' },
  dateOfBirth: '1975-02-28',
  email: 'pieter@bakker.example',
  phone: '+31 6 1234 5678',
  iban: 'NL44RABO0123456789',
};

/** A realistic letter to KPN about Jan de Vries; tests change only what they are about. */
export function sampleLetter(overrides: Partial<LetterInput> = {}): LetterInput {
  return {
    kind: 'cancellation',
    language: 'nl',
    letterDate: '2026-11-22',
    today: '2026-11-22',
    sender: { name: 'Anna de Boer', organisation: 'Steward Nazorg', street: 'Herengracht 100', postalCode: '1015 BS', city: 'Amsterdam', phone: '+31 20 555 0101', email: 'anna@steward.example', kvkNumber: '00000000' },
    recipient: { name: 'KPN', attention: 'Team Nabestaanden', address: { street: 'Antwoordnummer 1001', postalCode: '9700 VB', city: 'Groningen' } },
    deceased: {
      givenNames: 'Jan',
      surnamePrefix: 'de',
      surname: 'Vries',
      gender: 'male',
      dateOfBirth: '1946-05-14',
      dateOfDeath: '2026-11-02',
      address: { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam' },
    },
    estateReference: 'ST-2026-00042',
    providerReference: null,
    contract: { description: 'Internet en vaste telefonie', accountNumber: '1.2345.678', action: 'cancel', requestedEndDate: null, effectiveDate: null },
    newHolder: null,
    category: 'telecom',
    estateAccount: { iban: 'NL91ABNA0417164300', holder: 'Erven J. de Vries' },
    enclosures: [{ documentId: 'doc-1', kind: 'death_certificate', title: 'Akte van overlijden' }],
    travellingDocumentIds: ['doc-1'],
    dueDate: '2026-12-07',
    ...overrides,
  };
}

const BILLED = { invoiceDate: '2027-01-05', amount: 1249.5, reference: 'F-2027-1', periodFrom: '2026-11-16', periodTo: '2026-12-31' };
/** Bills 16 November to 31 December; the part after the end date (30 November), as the workflow works it out: 31 of 46 days. */
export const INVOICE = { ...BILLED, disputed: disputedPart('2026-11-30', BILLED)! };
/** Everything a provider letter may refer to happened. */
export const HISTORY: LetterHistory = {
  sent: [{ kind: 'cancellation', date: '2026-11-09' }, { kind: 'reminder', date: '2026-11-20' }, { kind: 'dispute', date: '2026-12-10' }],
  confirmedEndDate: '2026-11-30',
  acknowledgedSinceRequest: false,
};
/** HISTORY with its confirmation recorded by the case owner: KPN told her by phone on 3 December 2026 (README, receivedvia). */
export const TOLD_BY_PHONE: LetterHistory = { ...HISTORY, confirmedVia: { via: 'phone', on: '2026-12-03' } };
/**
 * The audit's case: a bill of € 60,00 billing 11 November to 10 December 2026, ten of its thirty days after
 * the end date (30 November): € 20,00 disputed in the letter of 10 December (HISTORY), credited in full. The
 * agency claims € 72,50.
 */
export const AUDIT_BILL: BillOnRecord = {
  reference: 'F-01',
  invoiceDate: '2026-11-20',
  amount: 60,
  periodFrom: '2026-11-11',
  periodTo: '2026-12-10',
  disputed: { from: '2026-12-01', to: '2026-12-10', amount: 20 },
  disputedIn: { date: '2026-12-10' },
  credited: 20,
  standing: 'credited',
};
/** Incasso Noord's collection for KPN, as told to the provider or to the agency. */
export const auditCollection = (to: Collection['to'], bills: BillOnRecord[], amount: number | null = 72.5): Collection => ({
  to,
  provider: 'KPN',
  agency: 'Incasso Noord',
  agencyEmail: 'dossiers@incasso-noord.example',
  reference: 'INC-9',
  amount,
  copyTo: to === 'agency' ? 'KPN' : 'Incasso Noord',
  bills,
});
/** The agency, written to by email under its own reference. */
export const TO_AGENCY = { recipient: { name: 'Incasso Noord', deliveredVia: 'dossiers@incasso-noord.example' }, providerReference: 'INC-9' };
/** The stop-collection letter of 15 December 2026 to the provider or the agency, within the three months of art. 4:185 BW. */
export const collectionStop = (to: Collection['to'], bills: BillOnRecord[], overrides: Partial<LetterInput> = {}) =>
  sampleLetter({ kind: 'collection_stop', letterDate: '2026-12-15', today: '2026-12-15', dueDate: '2027-01-05', history: HISTORY, collection: auditCollection(to, bills), ...(to === 'agency' && TO_AGENCY), ...overrides });
/** A reminder or escalation asks for the confirmation: it goes out only while none is recorded. */
const UNCONFIRMED: LetterHistory = { sent: [{ kind: 'cancellation', date: '2026-11-09' }, { kind: 'reminder', date: '2026-11-20' }], confirmedEndDate: null, acknowledgedSinceRequest: false };

/** A request the provider rejected, with its own reason: what a complaint about the rejection answers. */
const REJECTED: LetterHistory = { sent: [{ kind: 'cancellation', date: '2026-11-09' }], confirmedEndDate: null, acknowledgedSinceRequest: false, rejection: { date: '2026-11-16', reason: 'Alleen de contractant kan opzeggen.' } };

/** The sample letter of a kind with everything that kind needs recorded. */
export function letterOfKind(kind: LetterKind, language: Language, overrides: Partial<LetterInput> = {}): LetterInput {
  return sampleLetter({
    kind,
    language,
    ...(kind === 'transfer' && { contract: { ...sampleLetter().contract!, action: 'transfer' }, newHolder: SAMPLE_NEW_HOLDER }),
    ...(['dispute', 'dispute_escalation', 'bill_correction'].includes(kind) && { invoice: INVOICE, contract: { ...sampleLetter().contract!, effectiveDate: '2026-11-30' } }),
    // The amount of the disputed bill was typed wrongly; the rest of it stands.
    ...(kind === 'bill_correction' && { billCorrection: { named: { reference: INVOICE.reference, invoiceDate: INVOICE.invoiceDate }, changes: [{ field: 'amount' as const, from: 1149.5, to: INVOICE.amount }], corrected: INVOICE } }),
    // The bill disputed in HISTORY's dispute letter, credited in part and held to for the rest: what a collection stop states of it.
    ...(kind === 'collection_stop' && {
      collection: {
        to: 'provider',
        provider: 'KPN',
        agency: 'Incasso Noord',
        reference: 'INC-9',
        amount: 80,
        copyTo: 'Incasso Noord',
        bills: [{ ...INVOICE, disputed: { from: INVOICE.disputed.from, to: INVOICE.disputed.to, amount: INVOICE.disputed.amount }, disputedIn: { date: '2026-12-10' }, credited: 200, standing: 'held' }],
      },
    }),
    ...(['reminder', 'escalation', 'withdrawal', 'rejection_complaint', 'correction'].includes(kind) && { previousLetterDate: '2026-11-09' }),
    // The provider rejected the request; the owner's grounds go into the complaint.
    ...(kind === 'rejection_complaint' && { complaintGrounds: 'De erfgenamen mogen dit contract opzeggen; de verklaring van erfrecht zat bij ons verzoek.', dueDate: '2026-12-21' }),
    ...(kind === 'correction' && { corrections: [{ field: 'accountNumber' as const, from: '1.2345.687', to: '1.2345.678' }] }),
    // refundletter: € 85,40 confirmed on 2 December 2026, € 20,00 of it came; the rest asked by Steward's own term. Nothing travels with it.
    ...(kind === 'refund_reminder' && {
      contract: { ...sampleLetter().contract!, effectiveDate: '2026-11-30' },
      history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: true },
      refundReminder: { amount: 85.4, reference: 'VF-2026-8812', confirmedOn: '2026-12-02', received: 20, lastReceivedOn: '2026-12-20', left: 65.4, payBy: '2027-01-19' },
      letterDate: '2027-01-05',
      today: '2027-01-05',
      enclosures: [],
      travellingDocumentIds: [],
    }),
    // paiddrop: the final bill of € 45,00 paid on 23 November 2026, the claim withdrawn on 18 December 2026: the payment asked back. Nothing travels with it.
    ...(kind === 'repayment_request' && {
      contract: { ...sampleLetter().contract!, effectiveDate: '2026-11-30' },
      history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: true },
      repaymentRequest: { reference: 'KPN-P-1', amount: 45, paidOn: '2026-11-23', droppedOn: '2026-12-18', payBy: '2027-01-02' },
      letterDate: '2026-12-19',
      today: '2026-12-19',
      enclosures: [],
      travellingDocumentIds: [],
    }),
    // A deletion request carries nothing: it names the withdrawn document.
    ...(kind === 'document_erasure' && { erasure: { title: 'Identiteitsbewijs nabestaande', recordedOn: '2026-11-05' }, enclosures: [], travellingDocumentIds: [] }),
    // A corrected version of the verklaring HISTORY's answer carried: named as it went, the corrected one enclosed (README, docreplace).
    ...(kind === 'document_correction' && {
      correctedDocument: { title: language === 'nl' ? 'Verklaring van erfrecht' : 'Certificate of inheritance', kind: 'certificate_of_inheritance', described: false, sentOn: '2026-12-10', sentBy: null },
      enclosures: [{ documentId: 'doc-2', kind: 'certificate_of_inheritance', title: language === 'nl' ? 'Verklaring van erfrecht' : 'Certificate of inheritance' }],
      travellingDocumentIds: ['doc-2'],
    }),
    // The objection of HISTORY's dispute letter dropped: the bill is paid from the estate; nothing travels with it.
    ...(kind === 'dispute_withdrawal' && { withdrawnObjection: { reference: INVOICE.reference, outcome: 'payFromEstate' as const }, contract: { ...sampleLetter().contract!, effectiveDate: '2026-11-30' }, enclosures: [], travellingDocumentIds: [] }),
    // A new contact person names the colleague the provider wrote to; nothing travels with it.
    ...(kind === 'contact_change' && { previousContact: 'Anna de Boer', enclosures: [], travellingDocumentIds: [] }),
    history: ['reminder', 'escalation'].includes(kind) ? UNCONFIRMED : kind === 'rejection_complaint' ? REJECTED : HISTORY,
    ...(isFamilyLetter(kind) && {
      recipient: { name: 'Maria de Vries-Jansen', viaPortal: { notified: 'maria@family.example' } },
      contractsSummary: [{ provider: 'KPN', description: 'Internet', action: 'cancel', outcome: 'beëindigd per 30 november 2026', group: 'done', date: '2026-11-30', termPassedOn: null }],
    }),
    // collagency: only ever to the agency our collection stop of 15 December 2026 went to, KPN's answer recorded on 18 December. Nothing travels with it.
    ...(kind === 'collection_ended' && {
      letterDate: '2026-12-18',
      today: '2026-12-18',
      collectionEnded: { why: 'stopped' as const, reference: null, toldOn: '2026-12-18' },
      history: { sent: [{ kind: 'collection_stop' as const, date: '2026-12-15' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: false },
      collection: auditCollection('agency', []),
      enclosures: [],
      travellingDocumentIds: [],
      ...TO_AGENCY,
    }),
    // repaywithdraw: the € 45,00 asked back on 19 December 2026, KPN's drop of the whole claim undone on its word of 22 December.
    ...(kind === 'repayment_withdrawn' && {
      contract: { ...sampleLetter().contract!, effectiveDate: '2026-11-30' },
      history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }, { kind: 'repayment_request', date: '2026-12-19' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: true },
      repaymentWithdrawn: { reference: 'KPN-P-1', amount: 45, toldOn: '2026-12-22' },
      letterDate: '2026-12-22',
      today: '2026-12-22',
      enclosures: [],
      travellingDocumentIds: [],
    }),
    // dropmore: KPN's withdrawal of F-2026-11 (€ 30,00), told the agency on 18 December, recorded by mistake and undone on 21 December.
    ...(kind === 'collection_end_undone' && {
      letterDate: '2026-12-21',
      today: '2026-12-21',
      collectionEnded: { why: 'billWithdrawn' as const, reference: null, bills: [{ reference: 'F-2026-11', amount: 30 }], toldOn: '2026-12-17' },
      history: { sent: [{ kind: 'collection_stop' as const, date: '2026-12-15' }, { kind: 'collection_ended' as const, date: '2026-12-18' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: false },
      collection: auditCollection('agency', []),
      enclosures: [],
      travellingDocumentIds: [],
      ...TO_AGENCY,
    }),
    ...overrides,
  });
}

/** A policy of each kind of insurance, by the name a family gives it. */
const INSURED: Record<InsuranceKind | 'unknown', string> = { life: 'Uitvaartverzekering', property: 'Woonhuisverzekering', health: 'Zorgverzekering', unknown: 'Verzekering' };

/**
 * 240 letters: every kind in both languages, for five hard names, to a short and to a long company
 * name; the family reports list 25 contracts (a table over two pages) and the estate's bills, one
 * still to pay and one paid. Then a final report after a reopening in both languages (its table after
 * the paragraph that introduces it). The render-identity check (npm run letters:identity) hashes each.
 */
/** The verklaring van erfrecht of the answerback, claimform and answerrest letters: its title, sent as the answer's enclosure, withdrawn since. */
const verklaringTitle = (language: LetterInput['language']) => (language === 'nl' ? 'Verklaring van erfrecht' : 'Certificate of inheritance');
const verklaringEnclosed = (title: string) => ({ enclosures: [{ documentId: 'doc-2', kind: 'certificate_of_inheritance', title }], travellingDocumentIds: ['doc-2'] });
const withdrawnVerklaring = (title: string) => ({ kind: 'certificate_of_inheritance', title, expectedOn: null, withdrawnOn: '2026-11-18' });

export function letterCorpus(): LetterInput[] {
  const people: [string, string | null, string][] = [['Şükrü', null, 'Yılmaz'], ['Łucja', null, 'Wróbel-Kowalska'], ['Nguyễn Thị Minh', null, 'Khai'], ['Zoë', "d'", 'Ancona'], ['Jan', 'de', 'Vries']];
  const recipients = [sampleLetter().recipient, { name: 'Coöperatieve Woningstichting Het Oosten en Omstreken Beheer en Exploitatie B.V.', attention: 'Afdeling Klantcontact Nabestaanden en Huuropzeggingen', address: { street: 'Postbus 4012', postalCode: '7500 GA', city: 'Enschede' } }];
  const estateBills = [
    { provider: 'Leverancier 3', reference: 'F-2026-0042', amount: 24.98, paidOn: null },
    { provider: 'Leverancier 7', reference: 'F-2026-0043', amount: 131.4, paidOn: '2026-12-05' },
  ];
  const contracts = Array.from({ length: 25 }, (_, i) => ({ provider: `Leverancier ${i + 1}`, description: `Abonnement nummer ${i + 1}`, action: 'cancel' as const, outcome: i % 3 ? 'wacht op antwoord' : 'beëindigd per 30 november 2026', group: (i % 3 ? 'provider' : 'done') as 'provider' | 'done', date: '2026-11-30', termPassedOn: null }));
  // A kind added later goes at the end (below), so every earlier letter keeps its place in the baseline.
  return LETTER_KINDS.filter((kind) => kind !== 'dispute_withdrawal' && kind !== 'document_correction' && kind !== 'release_reminder' && kind !== 'reminder_withdrawal' && kind !== 'refund_reminder' && kind !== 'collection_ended' && kind !== 'repayment_request' && kind !== 'collection_end_undone' && kind !== 'repayment_withdrawn').flatMap((kind) =>
    (['nl', 'en'] as const).flatMap((language) =>
      people.flatMap(([givenNames, surnamePrefix, surname]) =>
        recipients.map((recipient) =>
          letterOfKind(kind, language, {
            deceased: { ...sampleLetter().deceased, givenNames, surnamePrefix, surname, gender: 'unknown' },
            ...(isFamilyLetter(kind) ? { contractsSummary: contracts, estateBills } : { recipient }),
          }),
        ),
      ),
    ),
  )
    .concat((['nl', 'en'] as const).map((language) => letterOfKind('final_report', language, { contractsSummary: contracts, estateBills, reopening: SAMPLE_REOPENING })))
    // The confirmation the case owner recorded, each letter that says it (README, receivedvia): by phone, by a colleague by letter, by e-mail.
    .concat(
      (['nl', 'en'] as const).flatMap((language) => [
        letterOfKind('correction', language, { corrections: [{ field: 'requestedEndDate', from: null, to: '2026-12-15' }], letterDate: '2026-12-15', today: '2026-12-15', history: TOLD_BY_PHONE }),
        letterOfKind('dispute', language, { letterDate: '2026-12-15', today: '2026-12-15', dueDate: '2027-01-05', history: { ...HISTORY, confirmedVia: { via: 'post', on: '2026-12-02', colleague: 'Joke Jansen' } } }),
        collectionStop('provider', [], { language, history: { ...HISTORY, confirmedVia: { via: 'email', on: '2026-12-01' } } }),
      ]),
    )
    // An answer to a question that asked for the will, which is never sent: the letter says why.
    .concat((['nl', 'en'] as const).map((language) => letterOfKind('information_supplied', language, { willNotSent: true })))
    // The provider's answers about bills the case owner recorded, as a later collection stop states them (README, receivedvia2).
    .concat((['nl', 'en'] as const).map((language) => collectionStop('provider', TOLD_BILLS, { language })))
    // A final report after a reopening, its late bills and collection letter ended by the provider's word the owner recorded.
    .concat((['nl', 'en'] as const).map((language) => letterOfKind('final_report', language, { contractsSummary: contracts, estateBills, reopening: TOLD_REOPENING })))
    // A bill for time after the end date decided to be paid from the estate all the same: its cell and the note say so (README, familytruth).
    .concat((['nl', 'en'] as const).map((language) => letterOfKind('progress_report', language, { contractsSummary: contracts, estateBills: [{ provider: 'Leverancier 4', reference: 'F-2027-0007', amount: 31, afterEnd: true, paidOn: null }, ...estateBills] })))
    // A settled contract whose bill is still to pay: its row says the bill first, then that the rest is done (README, owedwords).
    .concat(
      (['nl', 'en'] as const).map((language) => {
        const outcome = language === 'nl' ? 'Verder is het contract bij Leverancier 3 afgehandeld.' : 'Apart from that, the contract with Leverancier 3 is settled.';
        const owing = { provider: 'Leverancier 3', description: 'Abonnement nummer 3', action: 'cancel' as const, outcome, group: 'owner' as const, date: null, termPassedOn: null, billsOwed: true };
        return letterOfKind('final_report', language, { contractsSummary: [...contracts.filter((c) => c.provider !== 'Leverancier 3'), owing], estateBills });
      }),
    )
    // A withdrawal while other requests to the provider stand: it withdraws only this one and names those that stay (README, dupwithdraw).
    .concat((['nl', 'en'] as const).map((language) => letterOfKind('withdrawal', language, { otherRequests: [{ description: 'Mobiel', accountNumber: '5678' }, { description: 'Televisie', accountNumber: 'TV-9' }] })))
    // An objection the owner dropped, told to the provider: the bill paid from the estate, or paid already (README, dupwithdraw).
    .concat((['nl', 'en'] as const).flatMap((language) => (['payFromEstate', 'alreadyPaid'] as const).map((outcome) => letterOfKind('dispute_withdrawal', language, { withdrawnObjection: { reference: INVOICE.reference, outcome } }))))
    // The same told to the agency whose collection stop named the bill, in Dutch as every agency letter (README, agencytold).
    .concat((['payFromEstate', 'alreadyPaid'] as const).map((outcome) => agencyWithdrawal(outcome)))
    // A collection stop beside the final bill owed: not disputed, said apart from the bill it objects to; paid once recorded (README, askedrest).
    .concat([
      ...(['nl', 'en'] as const).map((language) => withFinalBill(collectionStop('provider', [AUDIT_BILL], { language }), { reference: 'KPN-77', amount: 45, paidOn: null })),
      withFinalBill(collectionStop('agency', [AUDIT_BILL]), { reference: 'KPN-77', amount: 45, paidOn: '2026-12-12' }),
    ])
    // The agency hears a dropped objection by the number our stop to it printed, the record corrected since (README, askedrest).
    .concat(
      agencyWithdrawal('payFromEstate', {
        contract: { ...sampleLetter().contract!, accountNumber: '1.2345.679', effectiveDate: '2026-11-30' },
        history: { sent: [{ kind: 'collection_stop', date: '2026-12-15', stated: { deceasedName: 'Jan de Vries', dateOfDeath: '2026-11-02', description: 'Internet en vaste telefonie', accountNumber: '1.2345.678' } }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: false },
      }),
    )
    // A request to an insurer and its reminder, per kind of insurance and not recorded: claimed, kept, settled or asked about (README, insuranceclaim).
    .concat(
      (['nl', 'en'] as const).flatMap((language) =>
        [null, ...INSURANCE_KINDS].flatMap((insuranceKind) =>
          (['cancellation', 'reminder'] as const).map((kind) =>
            letterOfKind(kind, language, { category: 'insurance', insuranceKind, contract: { ...sampleLetter().contract!, description: INSURED[insuranceKind ?? 'unknown'], accountNumber: 'POL-55443' } }),
          ),
        ),
      ),
    )
    // A bank's reminder and its correction of the date of death: each asks what the request asked, the block and the balance (README, bankbalance).
    .concat((['nl', 'en'] as const).flatMap((language) => bankLetters(language)))
    // A deletion request for a verklaring that answered the provider's question, open again for it: a new one follows (README, answerback).
    .concat(
      (['nl', 'en'] as const).map((language) =>
        letterOfKind('document_erasure', language, { erasure: { title: verklaringTitle(language), recordedOn: '2026-11-05', newOneFollows: true } }),
      ),
    )
    // The answer that sends the new one: the day the one sent was withdrawn, no part promised (README, answerback).
    .concat(
      (['nl', 'en'] as const).map((language) => {
        const title = verklaringTitle(language);
        return letterOfKind('information_supplied', language, {
          followUp: [withdrawnVerklaring(title)],
          ...verklaringEnclosed(title),
        });
      }),
    )
    // An insurer's answer: the verklaring goes, the insurer's own claim form follows in the owner's words (README, claimform).
    .concat(
      (['nl', 'en'] as const).map((language) => {
        const title = verklaringTitle(language);
        return letterOfKind('information_supplied', language, {
          category: 'insurance',
          insuranceKind: 'life',
          recipient: { name: 'Centraal Beheer', attention: 'Afdeling Nabestaanden', address: { street: 'Postbus 9150', postalCode: '7300 HZ', city: 'Apeldoorn' } },
          contract: { ...sampleLetter().contract!, description: 'Uitvaartpolis', accountNumber: 'POL-55443' },
          informationMessage: 'Stuur ons het claimformulier en een kopie van de verklaring van erfrecht.',
          informationAnswer: 'Hierbij de verklaring van erfrecht. Het claimformulier volgt.',
          followsLater: [{ kind: 'other', title: 'Document', description: language === 'nl' ? 'het ingevulde claimformulier' : 'the completed claim form', expectedOn: '2027-01-08' }],
          ...verklaringEnclosed(title),
        });
      }),
    )
    // The answer that says the new one follows once more, by her date: said once, with why (README, answerrest).
    .concat(
      (['nl', 'en'] as const).map((language) => {
        const title = verklaringTitle(language);
        return letterOfKind('information_supplied', language, {
          followUp: [withdrawnVerklaring(title)],
          followsLater: [{ kind: 'certificate_of_inheritance', title, expectedOn: '2026-12-18' }],
          informationAnswer: language === 'nl' ? 'De notaris maakt een nieuwe verklaring.' : 'The notary is drawing up a new certificate.',
          enclosures: [],
          travellingDocumentIds: [],
        });
      }),
    )
    // A corrected date of death to a bank that blocked the account and gave the balance; an insurer's corrected kind with its new request (README, correctionletters).
    .concat((['nl', 'en'] as const).flatMap((language) => correctionLetters(language)))
    // Later letters to a bank and an insurer that answered say what it did; a health policy's settlement asked per the corrected death (README, answerwords).
    .concat((['nl', 'en'] as const).flatMap((language) => answeredLetters(language)))
    // A request made again after it was posted to the provider's previous address: once, and an insurer's after a second correction (README, printwords).
    .concat(
      (['nl', 'en'] as const).flatMap((language) => [
        letterOfKind('cancellation', language, { postedBefore: ['2026-11-16'] }),
        letterOfKind('cancellation', language, { category: 'insurance', insuranceKind: 'property', postedBefore: ['2026-11-12', '2026-11-16'] }),
      ]),
    )
    // A kept cover's premium whose objection is withdrawn because the insurer's later cover end takes it in (README, coverrest).
    .concat((['nl', 'en'] as const).map((language) => keptCoverWithdrawal(language)))
    // A rejected request sent again after the date of death was corrected: the earlier letter's date was wrong (README, letterdates).
    .concat((['nl', 'en'] as const).map((language) => deathCorrectedResend(language, '2026-11-02')))
    // A corrected version of a document the provider had, sent with the owner's word (README, docreplace).
    .concat((['nl', 'en'] as const).map((language) => letterOfKind('document_correction', language)))
    // docdesc: the right version of an "overig" document she described and withdrew, named by her words as typed, in either language.
    .concat((['nl', 'en'] as const).map((language) => describedCorrection(language)))
    // A bank that blocked the account and let its term for the release pass, asked again to release the balance (README, releaseremind).
    .concat((['nl', 'en'] as const).map((language) => releaseReminder(language)))
    // A transferred contract's collection stop: the provider reads whom it bills instead, the agency only that the estate does not owe it (README, collwho).
    .concat(
      (['nl', 'en'] as const).flatMap((language) =>
        (['provider', 'agency'] as const).map((to) => collectionStop(to, [AUDIT_BILL], { language, contract: { ...sampleLetter().contract!, action: 'transfer', effectiveDate: '2026-11-30' }, newHolder: SAMPLE_NEW_HOLDER })),
      ),
    )
    // remindrest: the date of death corrected after the bank's reminder of the release: the correction names the reminder too.
    .concat((['nl', 'en'] as const).map((language) => deathCorrectedAfterReminder(language)))
    // docwords: the deletion request for an "overig" document she described, beside another she described that stands, in either language.
    .concat((['nl', 'en'] as const).map((language) => describedErasure(language)))
    // A bank's complaint about its unanswered dispute of one charge and of several, the dispute withdrawn, a charge corrected: costs, never a factuur (README, bankletters).
    .concat((['nl', 'en'] as const).flatMap((language) => [bankComplaint(language), bankComplaint(language, true), bankWithdrawal(language), bankChargeCorrection(language), bankCollectionStop(language)]))
    // releasedispute: a charge disputed while the bank's release is late, and the complaint about it: each says the term that ran out (README, remindwithdraw).
    .concat((['nl', 'en'] as const).flatMap((language) => [releaseLateDispute(language), releaseLateComplaint(language)]))
    // remindwithdraw: the block ING's reminder named taken back (recorded by mistake): the reminder withdrawn.
    .concat((['nl', 'en'] as const).map((language) => reminderWithdrawal(language)))
    // remindwithdraw: the estate account corrected after ING's reminder printed it: the correction names the reminder too.
    .concat((['nl', 'en'] as const).map((language) => accountCorrectedAfterReminder(language)))
    // A health insurer's complaint about its rejection: the SKGZ is named, not Kifid (README, healthbody).
    .concat((['nl', 'en'] as const).map((language) => healthComplaint(language)))
    // transferwords: a transfer to the surviving partner at home asks the settlement's post to the owner, hers to go on to that address (audit80 NRC-1).
    .concat((['nl', 'en'] as const).map((language) => letterOfKind('transfer', language, { newHolder: PARTNER_AT_HOME })))
    // refundrest: a final report while a refund the provider confirmed has not come: its row waits on the organisation, and the report
    // names it with the day expected as Steward's own term.
    .concat((['nl', 'en'] as const).map((language) => refundStillToCome(language, contracts, estateBills)))
    // A bank's charge corrected in the days it covers: said as those days, not a period (README, bankrest).
    .concat((['nl', 'en'] as const).map((language) => bankChargeCorrection(language, true)))
    // refundletter: a refund past Steward's term asked for by letter, part of it received.
    .concat((['nl', 'en'] as const).map((language) => letterOfKind('refund_reminder', language)))
    // bankwords2: a bank's balance date corrected after the collection stop to its agency named its charge: its days, booked back in part.
    // bankwords3: the English one too, now that the letter rules allow it (it opens "in response to", the bank is the one that confirmed).
    .concat([bankAgencyCorrection('nl'), bankAgencyCorrection('en')])
    // famclosed: a final report of an estate whose Leverancier 3 paid its refund back: the table of what the estate received.
    .concat((['nl', 'en'] as const).map((language) => letterOfKind('final_report', language, { contractsSummary: contracts, estateBills, refundsReceived: [{ provider: 'Leverancier 3', amount: 85.4, receivedOn: '2026-12-28' }] })))
    // collagency: Incasso Noord told that the provider stopped the collection, dropped the claim, or withdrew the last disputed bill.
    .concat((['stopped', 'claimDropped', 'billWithdrawn'] as const).map((why) => agencyCollectionEnded(why)))
    // collrest: the owner's word that the provider withdrew two bills at once, each by its number and amount; a stop she recorded two
    // days after the provider said it: the day it was said, in a letter dated the day it is written.
    .concat([
      letterOfKind('collection_ended', 'nl', { collectionEnded: { why: 'billWithdrawn', reference: null, bills: [{ reference: INVOICE.reference, amount: INVOICE.amount }, { reference: 'F-2026-12', amount: 12.5 }], toldOn: '2026-12-18' } }),
      letterOfKind('collection_ended', 'nl', { letterDate: '2026-12-20', today: '2026-12-20', collectionEnded: { why: 'stopped', reference: null, toldOn: '2026-12-18' } }),
    ])
    // paiddrop: a final bill paid before KPN withdrew its claim, asked back (nl, en).
    .concat((['nl', 'en'] as const).map((language) => letterOfKind('repayment_request', language)))
    // audit88rest: the claim dropped after the estate paid part of the final bill: the rest withdrawn bill by bill, the part paid and when (nl, en).
    .concat(
      (['nl', 'en'] as const).map((language) =>
        letterOfKind('collection_ended', language, {
          collectionEnded: { why: 'claimDropped', reference: null, rest: { finalBill: { reference: 'EA-2026-77', amount: 25 }, bills: [{ reference: INVOICE.reference, amount: INVOICE.amount }], paidFinalBill: { reference: 'EA-2026-77', amount: 20, paidOn: '2026-12-10' } }, toldOn: '2026-12-18' },
        }),
      ),
    )
    // toldon: a bill's withdrawal the owner recorded six days after KPN phoned: the day it was said, in a letter dated the day it is written (nl, en).
    .concat(
      (['nl', 'en'] as const).map((language) =>
        letterOfKind('collection_ended', language, { letterDate: '2026-12-22', today: '2026-12-22', collectionEnded: { why: 'billWithdrawn', reference: null, bills: [{ reference: 'F-2026-11', amount: 30 }], toldOn: '2026-12-16' } }),
      ),
    )
    // askback: the € 45,00 asked back on 19 December, past its day: reminded on 5 January with € 20,00 of it received (nl, en), and with nothing received (nl).
    .concat(
      ([['nl', 20], ['en', 20], ['nl', 0]] as const).map(([language, received]) =>
        letterOfKind('repayment_request', language, {
          history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }, { kind: 'repayment_request', date: '2026-12-19' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: true },
          repaymentRequest: { reference: 'KPN-P-1', amount: 45, paidOn: '2026-11-23', droppedOn: '2026-12-18', payBy: '2027-01-19', reminder: { askedOn: '2026-12-19', received, lastReceivedOn: received ? '2026-12-28' : null, left: 45 - received } },
          letterDate: '2027-01-05',
          today: '2027-01-05',
        }),
      ),
    )
    // dropday: KPN said it drops the whole claim (the request: 15 December; the agency's letter: 17 December); € 45,00 of its € 60,00
    // final bill was paid the day after: both letters say KPN's day, the whole bill and the payment after it (nl, en).
    .concat(
      (['nl', 'en'] as const).flatMap((language) => [
        letterOfKind('repayment_request', language, { repaymentRequest: { reference: 'KPN-P-1', amount: 45, paidOn: '2026-12-16', droppedOn: '2026-12-15', whole: 60, payBy: '2027-01-02' } }),
        letterOfKind('collection_ended', language, {
          collectionEnded: { why: 'claimDropped', reference: null, rest: { finalBill: { reference: 'EA-2026-77', amount: 15 }, bills: [], paidFinalBill: { reference: 'EA-2026-77', amount: 45, paidOn: '2026-12-18' } }, toldOn: '2026-12-17' },
        }),
      ]),
    )
    // dropdesk (audit90 G7a): the English request names the final bill as the desk's thread and the family's words do, not „final statement".
    .concat([letterOfKind('repayment_request', 'en', { repaymentRequest: { reference: 'TH-Edward', amount: 45, paidOn: '2026-12-06', droppedOn: '2026-12-08', payBy: '2027-01-02' } })])
    // askwords: the reminder of money paid after KPN's word (15 December, paid the 16th), asked back on 19 December, nothing received:
    // titled a reminder („Herinnering: …", „Reminder: …"), not the first request (nl, en).
    .concat(
      (['nl', 'en'] as const).map((language) =>
        letterOfKind('repayment_request', language, {
          history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }, { kind: 'repayment_request', date: '2026-12-19' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: true },
          repaymentRequest: { reference: 'KPN-P-1', amount: 45, paidOn: '2026-12-16', droppedOn: '2026-12-15', whole: 60, payBy: '2027-01-19', reminder: { askedOn: '2026-12-19', received: 0, lastReceivedOn: null, left: 45 } },
          letterDate: '2027-01-05',
          today: '2027-01-05',
        }),
      ),
    )
    // audit91 F10: the last disputed bill withdrawn (€ 18,00) of an agency's claim of € 45,00: the agency is asked to stop collecting that
    // bill, not to close its file (nl, en); and the same bill as the agency's whole claim: its file closed.
    .concat(
      (['nl', 'en'] as const).flatMap((language) =>
        [45, 18].map((amount) => ({
          ...letterOfKind('collection_ended', language, { collectionEnded: { why: 'billWithdrawn', reference: null, bills: [{ reference: 'NRC-INV-10', amount: 18 }], toldOn: '2026-12-18' } }),
          collection: auditCollection('agency', [], amount),
        })),
      ),
    )
    // askclose: a final report while € 25,00 of the € 45,00 asked back of final bill EA-2026-118 after the dropped claim has not come,
    // reminded once: the € 20,00 received listed apart from a refund, the rest said with its letters and Steward's term.
    .concat(
      (['nl', 'en'] as const).map((language) =>
        letterOfKind('final_report', language, {
          contractsSummary: contracts,
          estateBills,
          refundsReceived: [{ provider: 'Leverancier 3', amount: 20, receivedOn: '2026-12-28', askedBackOf: 'EA-2026-118' }],
          askedBackToCome: [{ provider: 'Leverancier 3', reference: 'EA-2026-118', amount: 45, left: 25, partCame: true, askedOn: '2026-12-08', remindedOn: '2026-12-23', payBy: '2027-01-06' }],
        }),
      ),
    )
    // partterm (audit92 F5): the objection to a bill credited in part withdrawn: the letter names what the estate pays, the bill less the credit (nl, en).
    .concat((['nl', 'en'] as const).map((language) => letterOfKind('dispute_withdrawal', language, { withdrawnObjection: { reference: INVOICE.reference, outcome: 'payFromEstate', credit: { amount: INVOICE.amount, credited: 10 } } })))
    // agencyafter: our stop sent again to the agency after the owner corrected its name and e-mail address: it says which letter it replaces (nl, en).
    .concat((['nl', 'en'] as const).map((language) => stopSentAgain(language)))
    // agencyafter: a final report of 12 January 2027 while the € 45,00 asked back by 6 January has not come: that term passed (nl, en).
    .concat((['nl', 'en'] as const).map((language) => askedBackPassed(language, contracts, estateBills)))
    // deskanswer2: the same stop sent again when a colleague signed the first (a handover since): she sent it, not I (nl, en).
    .concat((['nl', 'en'] as const).map((language) => stopSentAgain(language, 'Sanne Visser')))
    // dropmore: the correction of a `collection_ended` letter whose drop was undone (`letterOfKind`'s own): the agency reads that letter's
    // day and words, that the bill was not withdrawn and the objection stands, and our stop stands (nl, en).
    .concat((['nl', 'en'] as const).map((language) => letterOfKind('collection_end_undone', language)))
    // agencylate: the „incasso beëindigd" letter of 18 December sent again on the 21st after the agency's name and e-mail were corrected: it says which letter it replaces (nl, en).
    .concat((['nl', 'en'] as const).map((language) => endSentAgain(language)))
    // reportmoney (audit95 F3): a final report naming what two banks paid of a blocked account's balance to the estate account, one
    // with the amount it gave, one that gave none (said so, none invented), beside a refund (nl, en).
    .concat(
      (['nl', 'en'] as const).map((language) =>
        letterOfKind('final_report', language, {
          contractsSummary: contracts,
          estateBills,
          refundsReceived: [
            { provider: 'Leverancier 3', amount: 85.4, receivedOn: '2026-12-28' },
            { provider: 'ING', amount: 1234.56, receivedOn: '2027-01-29', balanceReleased: true },
            { provider: 'ABN AMRO', amount: null, receivedOn: '2027-01-30', balanceReleased: true },
          ],
        }),
      ),
    )
    // stopclaim (audit96 F5): the agency's claim (€ 112,50) above the disputed bill (€ 60,00) and the final bill not disputed (€ 45,00)
    // together: said above both, and asked which bills it collects (nl, en).
    .concat((['nl', 'en'] as const).map((language) => withFinalBill(collectionStop('agency', [AUDIT_BILL], { language, collection: auditCollection('agency', [AUDIT_BILL], 112.5) }), { reference: 'KPN-77', amount: 45, paidOn: null })))
    // agencylang (audit96 F3): Northwind's agency writes in English, so our letters to it are English: the stop, its correction of the
    // end date, and the objection withdrawn.
    .concat([northwindAgency('collection_stop'), northwindAgency('correction'), northwindAgency('dispute_withdrawal')])
    // agencylang2: the agency's language corrected after our stop went: the stop again, in the agency's language, saying it replaces
    // the one in the other language, its enclosure titled in the letter's language (KPN's agency in English, Northwind's in Dutch).
    .concat([stopInAgencyLanguage('en'), stopInAgencyLanguage('nl')])
    // claimundo: KPN dropped the whole claim (told the agency on 18 December), then said that was a mistake: the end is taken back on its word (nl, en).
    .concat((['nl', 'en'] as const).map((language) => letterOfKind('collection_end_undone', language, { collectionEnded: { why: 'claimDropped' as const, reference: null, toldOn: '2026-12-17' } })))
    // factuurwords: a health insurer's complaint about two unanswered disputed nota's: the title, each bill and the ask name its nota's, and the SKGZ (nl, en).
    .concat((['nl', 'en'] as const).map((language) => healthNotasComplaint(language)))
    // repaywithdraw: € 45,00 asked back on 19 December (and, the second pair, reminded on 5 January), KPN then said its drop of the whole
    // claim was a mistake (told on 22 December, resp. 8 January): the request lapses (nl, en).
    .concat((['nl', 'en'] as const).map((language) => repaymentWithdrawn(language, [], '2026-12-22')))
    .concat((['nl', 'en'] as const).map((language) => repaymentWithdrawn(language, ['2027-01-05'], '2027-01-08')))
    // pensionletter (audit103 F2): a pension fund is told of the death and asked to stop its payments, what it pays or asks back, and
    // whether a nabestaandenpensioen follows; never an end, a direct debit or costs (nl, en), and its reminder asks the same.
    .concat(
      (['nl', 'en'] as const).flatMap((language) =>
        (['cancellation', 'reminder'] as const).map((kind) => letterOfKind(kind, language, { category: 'pension', contract: { ...sampleLetter().contract!, description: 'Ouderdomspensioen', accountNumber: 'PF-558812' } })),
      ),
    )
    // factuurrest: Interpolis's nota in the letters to Incasso Noord and in a later letter that names our objection: the stop above the nota
    // and the final bill, the objection withdrawn, two nota's withdrawn (part of the claim), a correction naming the objection to nota P-12 (nl, en).
    .concat((['nl', 'en'] as const).flatMap((language) => insurersAgencyLetters(language)))
    // repayback: KPN had paid back part, then all, of the € 45,00 when it said its drop was a mistake.
    .concat((['nl', 'en'] as const).flatMap((language) => [20, 45].map((amount) => repaymentWithdrawn(language, [], '2027-01-08', { amount, lastOn: '2027-01-04' }))))
    // suspendwords: our earlier stop named as what it asked, a suspension: a correction while it stands (by post; at the desk, its end
    // date corrected, so the desk cannot take a new one), and a final report after a reopening whose collection letter is still open (nl, en).
    .concat((['nl', 'en'] as const).flatMap((language) => suspensionStillAsked(language)))
    // olddebts: our objection's withdrawal to the agency made again after a handover: the stop was a colleague's letter, the objection ours (nl, en).
    .concat((['nl', 'en'] as const).map((language) => agencyWithdrawal('payFromEstate', { language, history: { sent: [{ kind: 'collection_stop', date: '2026-12-15', colleague: 'Sanne Visser' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: false } })))
    // notawords: Interpolis's nota typed with a wrong number and date: the correction names its notanummer and notadatum (nl, en).
    .concat((['nl', 'en'] as const).map((language) => insurersNotaCorrected(language)))
    // rentlaw (audit104 F2): February's rent of a lease nobody continues, its landlord confirming 28 February: disputed whole from the
    // law's end (31 January, art. 7:268 lid 6 BW), which the letter says (nl, en).
    .concat((['nl', 'en'] as const).map((language) => leaseBilledAfterLaw(language)))
    // fundwords: Pensioenfonds Noord's recoveries of pension paid in excess in the final report, one paid and one still to pay, and our
    // dispute of a recovery, its title and body naming it a „terugvordering" (nl, en).
    .concat((['nl', 'en'] as const).flatMap((language) => [fundRecoveriesReported(language), fundRecoveryDisputed(language)]))
    // olddebts2: after a handover, the reminder of money asked back and a deletion request, signed by the new owner: the provider told
    // his colleague of its drop, she asked the money back, she sent and withdrew the document (nl, en).
    .concat((['nl', 'en'] as const).flatMap((language) => [colleagueAskedBack(language), colleagueErasure(language)]))
    // olddebts2: the same after a handover for the withdrawal of the money asked back (KPN told the colleague its drop was a mistake)
    // and for the right version of a document the colleague withdrew (nl, en).
    .concat((['nl', 'en'] as const).flatMap((language) => [colleagueRepaymentWithdrawn(language), colleagueDocumentCorrection(language)]))
    // repaybill: the € 45,00 KPN paid back before its drop of the claim was undone, owed to it again: in the final report, still to pay
    // and (the second pair) paid (nl, en).
    .concat((['nl', 'en'] as const).flatMap((language) => [null, '2027-01-10'].map((paidOn) => repaidAgainReported(language, paidOn))))
    // fundwords2: our dispute of Pensioenfonds Noord's recovery named it with a wrong number and date: the correction names its
    // „terugvorderingsnummer" and „terugvorderingsdatum", and the fund's number its pensioennummer (nl, en).
    .concat((['nl', 'en'] as const).map((language) => fundRecoveryCorrected(language)))
    // rentlaw2: that rent bill stated again, in the complaint about our unanswered objection and in the stop of its collection: each names
    // „de einddatum van rechtswege (31 januari 2027)", not the later end its landlord confirmed (nl, en).
    .concat((['nl', 'en'] as const).flatMap((language) => leaseBilledAfterLawFollowed(language)))
    // payoutdate (audit105 F1): Dela's premium nota after the payout it answered on 26 November, disputed from the date of death our
    // request of 23 November asked the premium stopped per: November's (in part) and December's (whole) (nl, en).
    .concat((['nl', 'en'] as const).flatMap((language) => [premiumBilledAfterDeath(language, 'november'), premiumBilledAfterDeath(language, 'december')]))
    // olddebts3: the same for an answer to the provider's question after a handover: the verklaring the colleague withdrew, its new
    // one enclosed now, or following once more (nl, en).
    .concat((['nl', 'en'] as const).flatMap((language) => [colleagueRenewedAnswer(language), colleagueRenewedFollowing(language)]));
}

/** fundwords2: our dispute named Pensioenfonds Noord's recovery R-21 of 2 November 2026; it is recovery R-12 of the date on it (`INVOICE`). */
export function fundRecoveryCorrected(language: Language): LetterInput {
  const corrected = { ...INVOICE, reference: 'R-12' };
  const changes = [{ field: 'reference' as const, from: 'R-21', to: 'R-12' }, { field: 'invoiceDate' as const, from: '2026-11-02', to: INVOICE.invoiceDate }];
  return letterOfKind('bill_correction', language, {
    category: 'pension',
    recipient: { ...sampleLetter().recipient, name: 'Pensioenfonds Noord' },
    contract: { ...sampleLetter().contract!, description: 'Ouderdomspensioen', accountNumber: 'PF-558812', effectiveDate: '2026-11-30' },
    history: { ...HISTORY, answerDone: answered('pensionStopped') },
    invoice: corrected,
    billCorrection: { named: { reference: 'R-21', invoiceDate: '2026-11-02' }, changes, corrected },
  });
}

/** payoutdate: a funeral policy's premium nota disputed from the date of death (`billedAfterDeath`), its insurer having answered the payout later. */
export function premiumBilledAfterDeath(language: Language, month: 'november' | 'december'): LetterInput {
  const nota = month === 'november'
    ? { reference: 'DL-PR-11', invoiceDate: '2026-11-28', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 24.5 }
    : { reference: 'DL-PR-12', invoiceDate: '2026-11-28', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 24.5 };
  return letterOfKind('dispute', language, {
    category: 'insurance',
    recipient: { ...sampleLetter().recipient, name: 'Dela' },
    insuranceKind: 'life',
    invoice: { ...nota, disputed: disputedPart('2026-11-02', nota)! },
    contract: { ...sampleLetter().contract!, description: 'Uitvaartverzekering', accountNumber: 'DL-3301', effectiveDate: '2026-11-26' },
    history: { sent: [{ kind: 'cancellation', date: '2026-11-23' }], confirmedEndDate: '2026-11-26', answerDone: answered('payoutHandled', { payoutAmount: 6500, payoutTo: 'Noor de Vries' }), acknowledgedSinceRequest: false },
    letterDate: '2026-11-28',
    today: '2026-11-28',
    dueDate: '2026-12-11',
  });
}

/** olddebts3: the verklaring Sanne Visser withdrew on 18 November, owed anew to the provider's question; her successor answers. */
const withdrawnByColleague = (language: Language) => ({ ...withdrawnVerklaring(verklaringTitle(language)), withdrawnBy: 'Sanne Visser' });

/** olddebts3: her successor encloses the new verklaring. */
export const colleagueRenewedAnswer = (language: Language): LetterInput =>
  letterOfKind('information_supplied', language, { followUp: [withdrawnByColleague(language)], ...verklaringEnclosed(verklaringTitle(language)) });

/** olddebts3: her successor says the new verklaring follows once more, by the notary's date. */
export const colleagueRenewedFollowing = (language: Language): LetterInput =>
  letterOfKind('information_supplied', language, {
    followUp: [withdrawnByColleague(language)],
    followsLater: [{ kind: 'certificate_of_inheritance', title: verklaringTitle(language), expectedOn: '2026-12-18' }],
    informationAnswer: language === 'nl' ? 'De notaris maakt een nieuwe verklaring.' : 'The notary is drawing up a new certificate.',
    enclosures: [],
    travellingDocumentIds: [],
  });

/** olddebts2: Sanne Visser asked the € 45,00 back on 19 December, and recorded on 22 December that KPN's drop was a mistake; her successor writes. */
export const colleagueRepaymentWithdrawn = (language: Language): LetterInput => {
  const input = repaymentWithdrawn(language, [], '2026-12-22');
  return { ...input, history: { ...input.history!, sent: input.history!.sent.map((l) => ({ ...l, colleague: 'Sanne Visser' })) }, repaymentWithdrawn: { ...input.repaymentWithdrawn!, toldColleague: 'Sanne Visser' } };
};

/** olddebts2: the identity document Sanne Visser sent on 10 December and withdrew on the 14th; her successor encloses the right one. */
export const colleagueDocumentCorrection = (language: Language): LetterInput => {
  const title = language === 'nl' ? 'Identiteitsbewijs nabestaande' : 'Identity document of the next of kin';
  return letterOfKind('document_correction', language, {
    correctedDocument: { title, kind: 'id_document', described: false, sentOn: '2026-12-10', sentBy: 'Sanne Visser', withdrawnOn: '2026-12-14', withdrawnBy: 'Sanne Visser' },
    enclosures: [{ documentId: 'doc-3', kind: 'id_document', title }],
    travellingDocumentIds: ['doc-3'],
  });
};

/** olddebts2: KPN told Sanne Visser on 15 December that it dropped its claim; she asked the € 45,00 back on 19 December; her successor reminds. */
export const colleagueAskedBack = (language: Language): LetterInput =>
  letterOfKind('repayment_request', language, {
    history: { sent: [{ kind: 'cancellation', date: '2026-11-09', colleague: 'Sanne Visser' }, { kind: 'repayment_request', date: '2026-12-19', colleague: 'Sanne Visser' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: true },
    repaymentRequest: { reference: 'KPN-P-1', amount: 45, paidOn: '2026-12-16', droppedOn: '2026-12-15', whole: 60, payBy: '2027-01-19', toldColleague: 'Sanne Visser', reminder: { askedOn: '2026-12-19', received: 0, lastReceivedOn: null, left: 45 } },
    letterDate: '2027-01-05',
    today: '2027-01-05',
  });

/** olddebts2: the identity document Sanne Visser sent on 9 November and withdrew; her successor asks it deleted. */
export const colleagueErasure = (language: Language): LetterInput =>
  letterOfKind('document_erasure', language, {
    erasure: { title: language === 'nl' ? 'Identiteitsbewijs nabestaande' : 'Identity document of the next of kin', kind: 'id_document', recordedOn: '2026-11-05', sentWith: '2026-11-09', sentBy: 'Sanne Visser', withdrawnBy: 'Sanne Visser' },
  });

/** repaybill: the final report lists what KPN paid back, owed to it again once its drop was undone: no invoice, named so. */
export const repaidAgainReported = (language: Language, paidOn: string | null): LetterInput =>
  letterOfKind('final_report', language, {
    letterDate: '2027-01-12',
    today: '2027-01-12',
    contractsSummary: [{ provider: 'KPN', description: 'Mobiel', action: 'cancel', outcome: language === 'nl' ? 'KPN heeft de beëindiging bevestigd.' : 'KPN confirmed the termination.', group: 'done', date: '2026-11-30', termPassedOn: null, billsOwed: paidOn === null }],
    estateBills: [{ provider: 'KPN', reference: 'KPN-1-terugbetaald', amount: 45, repaidAgain: true, paidOn }],
  });

/**
 * fundwords: Pensioenfonds Noord's two pensions: the pension's recovery paid on 10 December, the supplementary one's still to pay. (A
 * provider cell with one word longer than its column, „(Ouderdomspensioen)", is split by the table and not read back whole by pdf.js.)
 */
export const fundRecoveriesReported = (language: Language): LetterInput => {
  const stopped = language === 'nl' ? 'Pensioenfonds Noord heeft de pensioenbetalingen gestopt; er volgt geen nabestaandenpensioen.' : 'Pensioenfonds Noord has stopped the pension payments; no survivor’s pension follows.';
  return letterOfKind('final_report', language, {
    letterDate: '2027-01-12',
    today: '2027-01-12',
    contractsSummary: [
      { provider: 'Pensioenfonds Noord', description: 'Pensioen', action: 'cancel', asked: 'pension', outcome: stopped, group: 'done', date: '2026-11-02', termPassedOn: null },
      { provider: 'Pensioenfonds Noord', description: 'Aanvullend pensioen', action: 'cancel', asked: 'pension', outcome: stopped, group: 'owner', date: null, termPassedOn: null, billsOwed: true },
    ],
    estateBills: [
      { provider: 'Pensioenfonds Noord (Pensioen)', reference: 'PN-1', amount: 412.5, finalBill: true, recovery: true, paidOn: '2026-12-10' },
      { provider: 'Pensioenfonds Noord (Aanvullend pensioen)', reference: 'PN-2', amount: 96.2, finalBill: true, recovery: true, paidOn: null },
    ],
  });
};

/** fundwords: Pensioenfonds Noord stopped the pension per 30 November and asks back pension over December too: we dispute that part. */
export const fundRecoveryDisputed = (language: Language): LetterInput =>
  letterOfKind('dispute', language, {
    category: 'pension',
    recipient: { ...sampleLetter().recipient, name: 'Pensioenfonds Noord' },
    contract: { ...sampleLetter().contract!, description: 'Ouderdomspensioen', accountNumber: 'PF-558812', effectiveDate: '2026-11-30' },
    history: { ...HISTORY, answerDone: answered('pensionStopped') },
  });

/** notawords: our objection named Interpolis's nota P-21 of 2 November 2026; it is nota P-12 of the date on the nota (`INVOICE`). */
export function insurersNotaCorrected(language: Language): LetterInput {
  const corrected = { ...INVOICE, reference: 'P-12' };
  const changes = [{ field: 'reference' as const, from: 'P-21', to: 'P-12' }, { field: 'invoiceDate' as const, from: '2026-11-02', to: INVOICE.invoiceDate }];
  return letterOfKind('bill_correction', language, { ...INTERPOLIS, recipient: { ...sampleLetter().recipient, name: 'Interpolis' }, invoice: corrected, billCorrection: { named: { reference: 'P-21', invoiceDate: '2026-11-02' }, changes, corrected } });
}

/** suspendwords: KPN was asked on 23 December 2026 to suspend Incasso Noord's collection, and has not answered yet. */
function suspensionStillAsked(language: Language): LetterInput[] {
  const stop: SentLetter = { kind: 'collection_stop', date: '2026-12-23', collection: { agency: 'Incasso Noord', reference: 'INC-9' } };
  const history: LetterHistory = {
    sent: [{ kind: 'cancellation', date: '2026-11-09' }, stop],
    confirmedEndDate: '2026-11-30',
    acknowledgedSinceRequest: false,
    awaiting: { letters: [stop], due: '2027-01-08' },
  };
  const correction = (overrides: Partial<LetterInput>) => letterOfKind('correction', language, { history, dueDate: '2027-01-08', letterDate: '2026-12-30', today: '2026-12-30', ...overrides });
  const atDesk = correction({});
  return [
    correction({}),
    correction({
      recipient: { ...atDesk.recipient, viaDesk: true },
      history: { ...history, confirmationHeld: { bills: [], collectionStop: true } },
      corrections: [{ field: 'requestedEndDate', from: null, to: '2026-12-15' }],
    }),
    letterOfKind('final_report', language, {
      reopening: { ...SAMPLE_REOPENING, matters: [{ kind: 'collection', provider: 'KPN (Internet)', reference: 'INC-9', agency: 'Incasso Noord', amount: 56, end: 'open', credited: 0, paidOn: null }] },
    }),
  ];
}

/** factuurrest: Interpolis's home insurance, ended 30 November 2026; its nota's handed to Incasso Noord. */
const INTERPOLIS: Partial<LetterInput> = { category: 'insurance', insuranceKind: 'property', contract: { ...sampleLetter().contract!, description: INSURED.property, accountNumber: 'POL-55443', effectiveDate: '2026-11-30' } };
const interpolisCollection = (bills: BillOnRecord[], amount?: number): Collection => ({ ...auditCollection('agency', bills, amount), provider: 'Interpolis', copyTo: 'Interpolis' });
function insurersAgencyLetters(language: Language): LetterInput[] {
  return [
    withFinalBill(collectionStop('agency', [AUDIT_BILL], { language, ...INTERPOLIS, collection: interpolisCollection([AUDIT_BILL], 112.5) }), { reference: 'IP-77', amount: 45, paidOn: null }),
    agencyWithdrawal('payFromEstate', { language, ...INTERPOLIS, collection: interpolisCollection([]) }),
    letterOfKind('collection_ended', language, { ...INTERPOLIS, collection: interpolisCollection([]), collectionEnded: { why: 'billWithdrawn', reference: null, bills: [{ reference: 'P-12', amount: 14.5 }, { reference: 'P-13', amount: 14.5 }], toldOn: '2026-12-18' } }),
    letterOfKind('correction', language, { ...INTERPOLIS, recipient: { ...sampleLetter().recipient, name: 'Interpolis' }, letterDate: '2026-12-14', today: '2026-12-14', history: { ...HISTORY, sent: [{ kind: 'cancellation', date: '2026-11-09' }, { kind: 'dispute', date: '2026-12-10', bill: 'P-12' }] }, corrections: [{ field: 'accountNumber' as const, from: 'POL-55434', to: 'POL-55443' }] }),
  ];
}

/** factuurwords: Zilveren Kruis left our disputes of its December and January nota's unanswered; the complaint names the SKGZ. */
function healthNotasComplaint(language: Language): LetterInput {
  const december = billAfter('2026-11-02', { invoiceDate: '2026-12-01', amount: 142.3, reference: 'ZN-2026-12', periodFrom: '2026-12-01', periodTo: '2026-12-31' });
  const january = billAfter('2026-11-02', { invoiceDate: '2027-01-02', amount: 142.3, reference: 'ZN-2027-01', periodFrom: '2027-01-01', periodTo: '2027-01-31' });
  return letterOfKind('dispute_escalation', language, {
    category: 'insurance',
    insuranceKind: 'health',
    contract: { ...sampleLetter().contract!, description: INSURED.health, accountNumber: 'ZK-20931', effectiveDate: '2026-11-02' },
    history: { ...HISTORY, sent: [...HISTORY.sent, { kind: 'dispute', date: '2027-01-06' }], confirmedEndDate: '2026-11-02', answerDone: answered('coverSettled') },
    invoice: december,
    openInvoices: [december, january],
    letterDate: '2027-02-10',
    today: '2027-02-10',
    dueDate: '2027-02-24',
    complaintsBody: complaintsBodyFor('insurance', 'health', language),
  });
}

/** repaywithdraw: the withdrawal of our request of 19 December 2026 for € 45,00 (and its `reminders`), KPN's drop undone on its word of `toldOn`; repayback: what it had `repaid`. */
const repaymentWithdrawn = (language: Language, reminders: string[], toldOn: string, repaid?: RepaymentWithdrawnFacts['repaid']): LetterInput =>
  letterOfKind('repayment_withdrawn', language, {
    contract: { ...sampleLetter().contract!, effectiveDate: '2026-11-30' },
    history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }, ...['2026-12-19', ...reminders].map((date) => ({ kind: 'repayment_request' as const, date }))], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: true },
    repaymentWithdrawn: { reference: 'KPN-P-1', amount: 45, toldOn, ...(repaid && { repaid }) },
    letterDate: toldOn,
    today: toldOn,
    enclosures: [],
    travellingDocumentIds: [],
  });

/** agencylang2: our stop of 15 December sent again on the 17th after the owner corrected the agency's language from the other one. */
export const stopInAgencyLanguage = (language: Language): LetterInput => {
  const provider = language === 'en' ? 'KPN' : 'Northwind';
  const replaces = { date: '2026-12-15', colleague: null, wrong: [], inLanguage: language === 'en' ? ('nl' as const) : ('en' as const) };
  return collectionStop('agency', [AUDIT_BILL], {
    language,
    letterDate: '2026-12-17',
    today: '2026-12-17',
    collection: { ...auditCollection('agency', [AUDIT_BILL], 58.2), provider, copyTo: provider, replaces },
    enclosures: [{ documentId: 'doc-1', kind: 'death_certificate', title: language === 'nl' ? 'Akte van overlijden' : 'Death certificate' }],
  });
};

/** agencylang: Debt Recovery Ltd collects for Northwind and wrote in English: our stop of 15 December 2026 and the letters after it. */
const northwindAgency = (kind: 'collection_stop' | 'correction' | 'dispute_withdrawal'): LetterInput => {
  const collection = { ...auditCollection('agency', kind === 'correction' ? [] : [AUDIT_BILL], 58.2), provider: 'Northwind', agency: 'Debt Recovery Ltd', agencyEmail: 'files@debt-recovery.example', reference: 'DR-558', copyTo: 'Northwind' };
  const stop = collectionStop('agency', [AUDIT_BILL], { language: 'en', contract: { ...sampleLetter().contract!, description: 'Mobile phone', effectiveDate: '2026-11-30' }, collection, recipient: { name: 'Debt Recovery Ltd', deliveredVia: 'files@debt-recovery.example' }, providerReference: 'DR-558' });
  if (kind === 'collection_stop') return stop;
  const after = { ...stop, kind, letterDate: '2026-12-18', today: '2026-12-18', history: { ...stop.history!, sent: [...stop.history!.sent, { kind: 'collection_stop' as const, date: '2026-12-15' }] } };
  return kind === 'correction'
    ? { ...after, contract: { ...stop.contract!, effectiveDate: '2026-11-29' }, history: { ...after.history, confirmedEndDate: '2026-11-29' }, corrections: [{ field: 'effectiveDate' as const, from: '2026-11-30', to: '2026-11-29' }] }
    : { ...after, invoice: null, withdrawnObjection: { reference: AUDIT_BILL.reference, outcome: 'payFromEstate' } };
};

/** agencylate: the end letter of 18 December went to „Incasso Nord" at a mistyped address; corrected after the collection stopped, it goes again on the 21st and replaces it. */
export const endSentAgain = (language: Language) =>
  letterOfKind('collection_ended', language, {
    letterDate: '2026-12-21',
    today: '2026-12-21',
    history: { sent: [{ kind: 'collection_stop' as const, date: '2026-12-15' }, { kind: 'collection_ended' as const, date: '2026-12-18' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: false },
    collection: { ...auditCollection('agency', []), replaces: { date: '2026-12-18', colleague: null, wrong: [{ field: 'agency', was: 'Incasso Nord' }, { field: 'agencyEmail', was: 'dossiers@incasso-nord.example' }] } },
  });

/** agencyafter: the final report made after the day the money asked back was asked by, none of it received. */
export const askedBackPassed = (language: Language, contractsSummary: ContractStanding[] = [], estateBills: EstateBill[] = []) =>
  letterOfKind('final_report', language, {
    letterDate: '2027-01-12',
    today: '2027-01-12',
    contractsSummary,
    estateBills,
    askedBackToCome: [{ provider: 'Leverancier 3', reference: 'EA-2026-118', amount: 45, left: null, partCame: false, askedOn: '2026-12-08', remindedOn: '2026-12-23', payBy: '2027-01-06' }],
  });

/**
 * agencyafter: the stop of 15 December went to „Incasso Nord" at a mistyped address; the corrected one goes on the 17th and replaces it.
 * `colleague`: who signed the first, when not this letter's signer (deskanswer2).
 */
export const stopSentAgain = (language: Language, colleague: string | null = null) =>
  collectionStop('agency', [AUDIT_BILL], {
    language,
    letterDate: '2026-12-17',
    today: '2026-12-17',
    collection: {
      ...auditCollection('agency', [AUDIT_BILL]),
      replaces: { date: '2026-12-15', colleague, wrong: [{ field: 'agency', was: 'Incasso Nord' }, { field: 'agencyEmail', was: 'dossiers@incasso-nord.example' }] },
    },
  });

/** refundrest: a final report of an estate whose Leverancier 3 confirmed a refund of € 85,40 that has not been received. */
const refundStillToCome = (language: Language, contracts: ContractStanding[], estateBills: EstateBill[]) => {
  const outcome = language === 'nl' ? 'Leverancier 3 betaalt € 85,40 terug aan de nalatenschap; dat is nog niet ontvangen.' : 'Leverancier 3 pays €85.40 back to the estate; it has not been received yet.';
  const refunding: ContractStanding = { provider: 'Leverancier 3', description: 'Abonnement nummer 3', action: 'cancel', outcome, group: 'provider', date: null, termPassedOn: null };
  return letterOfKind('final_report', language, {
    contractsSummary: [...contracts.filter((c) => c.provider !== 'Leverancier 3'), refunding],
    estateBills,
    refundsToCome: [{ provider: 'Leverancier 3', reference: 'EA-2026-118', amount: 85.4, expectedBy: '2027-01-04' }],
  });
};

/** A complaint about a health insurer's rejection, naming the body `complaintsBodyFor` chooses for it. */
function healthComplaint(language: Language): LetterInput {
  return letterOfKind('rejection_complaint', language, {
    category: 'insurance',
    insuranceKind: 'health',
    contract: { ...sampleLetter().contract!, description: INSURED.health, accountNumber: 'ZK-20931' },
    complaintsBody: complaintsBodyFor('insurance', 'health', language),
  });
}

/** remindwithdraw: ING's reminder of 7 December printed the estate account NL91 ABNA …; it is corrected to NL20 INGB … on the 15th. */
export const accountCorrectedAfterReminder = (language: Language, reminded: Partial<SentLetter> = {}) =>
  letterOfKind('correction', language, {
    ...deathCorrectedAfterReminder(language),
    history: {
      ...deathCorrectedAfterReminder(language).history!,
      sent: [
        { kind: 'cancellation', date: '2026-11-09' },
        { kind: 'release_reminder', date: '2026-12-07', stated: { deceasedName: 'Jan de Vries', dateOfDeath: '2026-11-02', description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789', estateAccount: 'NL91 ABNA 0417 1643 00 (Erven J. de Vries)' }, ...reminded },
      ],
    },
    corrections: [{ field: 'estateAccount', from: 'NL91 ABNA 0417 1643 00 (Erven J. de Vries)', to: 'NL20 INGB 0001 2345 67 (Erven J.H. de Vries)' }],
    deceased: sampleLetter().deceased,
    estateAccount: { iban: 'NL20INGB0001234567', holder: 'Erven J.H. de Vries' },
  });

/** remindwithdraw: ING was reminded of the release on 7 December 2026; the block it named was taken back on the 10th. */
export const reminderWithdrawal = (language: Language, overrides: Partial<LetterInput> = {}) =>
  letterOfKind('reminder_withdrawal', language, {
    category: 'bank',
    contract: { ...sampleLetter().contract!, description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' },
    history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }, { kind: 'release_reminder', date: '2026-12-07' }], confirmedEndDate: null, acknowledgedSinceRequest: false },
    letterDate: '2026-12-10',
    today: '2026-12-10',
    enclosures: [],
    travellingDocumentIds: [],
    ...overrides,
  });

/** releasedispute: ING's term for the release ran until 5 January 2027 and passed; its charge of 5 January is disputed on the 12th. */
export const releaseLateDispute = (language: Language, overrides: Partial<LetterInput> = {}) =>
  bankDispute(language, {
    history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }], confirmedEndDate: '2026-11-02', answerDone: answered('accountBlocked', { balance: 1234.56 }), acknowledgedSinceRequest: false, releaseTermPassed: '2027-01-05' },
    letterDate: '2027-01-12',
    today: '2027-01-12',
    dueDate: '2027-01-26',
    ...overrides,
  });
/** releasedispute: that dispute went unanswered past 26 January 2027; the complaint about it, the release still late since 5 January. */
export const releaseLateComplaint = (language: Language) => {
  const dispute = releaseLateDispute(language);
  return releaseLateDispute(language, { kind: 'dispute_escalation', history: { ...dispute.history!, sent: [...dispute.history!.sent, { kind: 'dispute', date: '2027-01-12' }] }, letterDate: '2027-01-27', today: '2027-01-27', dueDate: '2027-02-24' });
};

/** ING reminded of the release on 7 December (`releaseReminder`), which printed the date of death 2 November; it is 1 November. */
const deathCorrectedAfterReminder = (language: Language) =>
  letterOfKind('correction', language, {
    category: 'bank',
    contract: { ...sampleLetter().contract!, description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789', effectiveDate: '2026-11-02' },
    history: {
      sent: [
        { kind: 'cancellation', date: '2026-11-09' },
        { kind: 'release_reminder', date: '2026-12-07', stated: { deceasedName: 'Jan de Vries', dateOfDeath: '2026-11-02', description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' } },
      ],
      confirmedEndDate: '2026-11-02',
      answerDone: answered('accountBlocked', { balance: 1234.56 }),
      acknowledgedSinceRequest: false,
    },
    corrections: [{ field: 'dateOfDeath', from: '2026-11-02', to: '2026-11-01' }],
    deceased: { ...sampleLetter().deceased, dateOfDeath: '2026-11-01' },
    letterDate: '2026-12-15',
    today: '2026-12-15',
  });

/** docwords: "uittreksel Kamer van Koophandel" withdrawn; the "uittreksel Kamer van Koophandel 2026" that went since stands. */
export const describedErasure = (language: Language) =>
  letterOfKind('document_erasure', language, {
    erasure: { title: 'Document', kind: 'other', description: 'uittreksel Kamer van Koophandel', recordedOn: '2026-11-05', sentWith: '2026-11-09', stands: { on: '2026-11-20', colleague: null, description: 'uittreksel Kamer van Koophandel 2026' } },
  });

/** docdesc: an "overig" document ("uittreksel Kamer van Koophandel") the provider had and she withdrew; the right one enclosed. */
const describedCorrection = (language: Language) => {
  const title = `${language === 'nl' ? 'Een document' : 'A document'}: uittreksel Kamer van Koophandel`;
  return letterOfKind('document_correction', language, {
    correctedDocument: { title, kind: 'other', described: true, sentOn: '2026-12-10', sentBy: null, withdrawnOn: '2026-12-14' },
    enclosures: [{ documentId: 'doc-3', kind: 'other', title }],
    travellingDocumentIds: ['doc-3'],
  });
};

/** ING blocked the account and gave the balance per 2 November 2026 (answered on the desk); its term for the release passed (contract machine v19). */
export const releaseReminder = (language: Language, overrides: Partial<LetterInput> = {}) =>
  letterOfKind('release_reminder', language, {
    category: 'bank',
    contract: { ...sampleLetter().contract!, description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789', effectiveDate: '2026-11-02' },
    history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }], confirmedEndDate: '2026-11-02', answerDone: answered('accountBlocked', { balance: 1234.56 }), acknowledgedSinceRequest: false },
    ...overrides,
  });

/**
 * Nationale-Nederlanden rejected the request of 9 November, which printed the date of death `printed` (null: a letter archived
 * before letters kept what they printed); the date of death is 1 November now, and the request goes again (README, letterdates).
 */
export const deathCorrectedResend = (language: Language, printed: string | null, colleague?: string) =>
  letterOfKind('cancellation', language, {
    category: 'insurance',
    insuranceKind: 'life',
    contract: { ...sampleLetter().contract!, description: INSURED.life, accountNumber: 'NN-88' },
    deceased: { ...sampleLetter().deceased, dateOfDeath: '2026-11-01' },
    history: {
      sent: [{ kind: 'cancellation', date: '2026-11-09', colleague, ...(printed && { stated: { deceasedName: 'Jan de Vries', dateOfDeath: printed, description: INSURED.life, accountNumber: 'NN-88' } }) }],
      confirmedEndDate: null,
      acknowledgedSinceRequest: false,
      rejection: { date: '2026-11-12', reason: 'Polis niet gevonden.' },
    },
  });

/** A collection stop with the final bill the provider confirmed, owed and not objected to. */
const withFinalBill = (input: LetterInput, finalBill: NonNullable<Collection['finalBill']>): LetterInput => ({ ...input, collection: { ...input.collection!, finalBill } });

/** A bank's reminder, and a correction of the date of death that asks the balance per the right date. */
const bankLetters = (language: Language): LetterInput[] => {
  const account = { ...sampleLetter().contract!, description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' };
  return [
    letterOfKind('reminder', language, { category: 'bank', contract: account }),
    letterOfKind('correction', language, {
      category: 'bank',
      contract: account,
      history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }], confirmedEndDate: null, acknowledgedSinceRequest: false },
      corrections: [{ field: 'dateOfDeath', from: '2026-11-02', to: '2026-11-01' }],
      deceased: { ...sampleLetter().deceased, dateOfDeath: '2026-11-01' },
    }),
  ];
};

/** A bank's correction of the date of death after it gave the balance per the old one, and an insurer's kind corrected from a payout to a cover kept. */
const correctionLetters = (language: Language): LetterInput[] => [
  letterOfKind('correction', language, {
    category: 'bank',
    contract: { ...sampleLetter().contract!, description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789', effectiveDate: '2026-11-02' },
    history: {
      sent: [{ kind: 'cancellation', date: '2026-11-09' }],
      confirmedEndDate: '2026-11-02',
      answerDone: { done: 'accountBlocked', balance: 1234.56, balanceReleased: false, payoutAmount: null, payoutTo: null, coverUntil: null },
      acknowledgedSinceRequest: false,
    },
    corrections: [{ field: 'dateOfDeath', from: '2026-11-02', to: '2026-11-01' }],
    deceased: { ...sampleLetter().deceased, dateOfDeath: '2026-11-01' },
  }),
  letterOfKind('correction', language, {
    category: 'insurance',
    insuranceKind: 'property',
    contract: { ...sampleLetter().contract!, description: INSURED.property, accountNumber: 'POL-55443' },
    history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }], confirmedEndDate: null, acknowledgedSinceRequest: false },
    corrections: [{ field: 'insuranceKind', from: 'life', to: 'property' }],
  }),
];

/** What a bank or an insurer answered it did (bankanswer), as the desk records it. */
export const answered = (done: AnswerDone['done'], extra: Partial<AnswerDone> = {}): AnswerDone => ({ done, balance: null, balanceReleased: false, payoutAmount: null, payoutTo: null, coverUntil: null, ...extra });
/** A bill wholly after the day the provider confirmed: all of it disputed. */
const billAfter = (confirmed: string, bill: typeof BILLED) => ({ ...bill, disputed: disputedPart(confirmed, bill)! });
/** ING blocked the account and gave the balance per 2 November 2026; its December charges disputed. */
export const bankDispute = (language: Language, overrides: Partial<LetterInput> = {}) =>
  letterOfKind('dispute', language, {
    category: 'bank',
    contract: { ...sampleLetter().contract!, description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789', effectiveDate: '2026-11-02' },
    history: { ...HISTORY, confirmedEndDate: '2026-11-02', answerDone: answered('accountBlocked', { balance: 1234.56 }) },
    invoice: billAfter('2026-11-02', { invoiceDate: '2027-01-05', amount: 3.95, reference: 'K-2026-12', periodFrom: '2026-12-01', periodTo: '2026-12-31' }),
    ...overrides,
  });
/** bankletters: ING's complaint about the unanswered dispute of its charges: K-2026-12 alone, or beside its January costs K-2027-01. */
export const bankComplaint = (language: Language, several = false) => {
  const dispute = bankDispute(language);
  const january = billAfter('2026-11-02', { invoiceDate: '2027-02-05', amount: 3.95, reference: 'K-2027-01', periodFrom: '2027-01-01', periodTo: '2027-01-31' });
  return bankDispute(language, { kind: 'dispute_escalation', history: { ...dispute.history!, sent: [...HISTORY.sent] }, ...(several && { openInvoices: [dispute.invoice!, january] }) });
};
/** bankletters: the dispute of ING's charge K-2026-12 dropped, its costs paid from the estate or paid already. */
export const bankWithdrawal = (language: Language, outcome: 'payFromEstate' | 'alreadyPaid' = 'payFromEstate') =>
  bankDispute(language, { kind: 'dispute_withdrawal', invoice: null, withdrawnObjection: { reference: 'K-2026-12', outcome }, enclosures: [], travellingDocumentIds: [] });
/** bankletters: the disputed charge K-2026-12 was recorded as € 39,50; it is € 3,95. */
export const bankChargeCorrection = (language: Language, days = false) => {
  const charge = bankDispute(language).invoice!;
  // bankrest (`days`): the days the charge covers corrected too, a month later than first recorded.
  const changes: BillFigureChange[] = [{ field: 'amount', from: 39.5, to: charge.amount }, ...(days ? [{ field: 'periodFrom' as const, from: '2027-01-01', to: charge.periodFrom }, { field: 'periodTo' as const, from: '2027-01-31', to: charge.periodTo }] : [])];
  return bankDispute(language, { kind: 'bill_correction', billCorrection: { named: { reference: charge.reference, invoiceDate: charge.invoiceDate }, changes, corrected: charge } });
};
/** bankletters: a collection for ING's charge K-11, disputed on 10 December 2026 for the days after 2 November, € 1,00 of it booked back, the rest held to. */
export const bankCollectionStop = (language: Language, to: Collection['to'] = 'provider') => {
  const dispute = bankDispute(language);
  const charge: BillOnRecord = { invoiceDate: '2026-11-20', amount: 3.95, reference: 'K-11', periodFrom: '2026-11-01', periodTo: '2026-11-30', disputed: { from: '2026-11-03', to: '2026-11-30', amount: 3.69 }, disputedIn: { date: '2026-12-10' }, credited: 1, standing: 'held' };
  return collectionStop(to, [charge], { language, category: 'bank', contract: dispute.contract, history: { ...dispute.history!, sent: [...HISTORY.sent] }, collection: { ...auditCollection(to, [charge], 12.5), provider: 'ING' } });
};
/**
 * bankwords2: ING's balance date corrected from 2 to 1 November 2026 after our collection stop to its agency named its charge K-11:
 * the agency reads the part after the new date as the dispute counted it, by the days the costs go over, booked back in part.
 */
export const bankAgencyCorrection = (language: Language) => {
  const stop = bankCollectionStop(language, 'agency');
  const charge: BillOnRecord = { ...stop.collection!.bills![0], disputed: { from: '2026-11-02', to: '2026-11-30', amount: 3.82 } };
  return {
    ...stop,
    kind: 'correction' as const,
    letterDate: '2027-01-08',
    today: '2027-01-08',
    contract: { ...stop.contract!, effectiveDate: '2026-11-01' },
    history: { ...stop.history!, confirmedEndDate: '2026-11-01', sent: [...stop.history!.sent, { kind: 'collection_stop' as const, date: '2026-12-15' }] },
    corrections: [{ field: 'effectiveDate' as const, from: '2026-11-02', to: '2026-11-01' }],
    collection: { ...stop.collection!, bills: [charge] },
  };
};
/** Interpolis keeps the home cover for the estate until 30 November 2026 (answered 10 November); its December premium disputed (README, keptcover). */
export const keptCoverDispute = (language: Language, overrides: Partial<LetterInput> = {}) =>
  letterOfKind('dispute', language, {
    category: 'insurance',
    insuranceKind: 'property',
    contract: { ...sampleLetter().contract!, description: INSURED.property, accountNumber: 'POL-55443', effectiveDate: '2026-11-10' },
    history: { ...HISTORY, confirmedEndDate: '2026-11-10', coverUntil: '2026-11-30', answerDone: answered('coverContinues', { coverUntil: '2026-11-30' }) },
    invoice: billAfter('2026-11-30', { invoiceDate: '2026-12-01', amount: 14.5, reference: 'P-12', periodFrom: '2026-12-01', periodTo: '2026-12-31' }),
    ...overrides,
  });
/** A health policy settled per 2 November 2026, the date of death as the insurer read it; the date of death corrected to 1 November. */
export const healthCorrection = (language: Language, overrides: Partial<LetterInput> = {}) =>
  letterOfKind('correction', language, {
    category: 'insurance',
    insuranceKind: 'health',
    contract: { ...sampleLetter().contract!, description: INSURED.health, accountNumber: 'ZV-20931', effectiveDate: '2026-11-02' },
    history: { sent: [{ kind: 'cancellation', date: '2026-11-09' }], confirmedEndDate: '2026-11-02', answerDone: answered('coverSettled'), acknowledgedSinceRequest: false },
    corrections: [{ field: 'dateOfDeath', from: '2026-11-02', to: '2026-11-01' }],
    deceased: { ...sampleLetter().deceased, dateOfDeath: '2026-11-01' },
    ...overrides,
  });
/**
 * coverrest: Interpolis corrected the kept cover's last day from 30 November 2026 to 28 February 2027; the December premium disputed
 * before falls within it, so its objection is withdrawn (coverfix), saying why.
 */
export const keptCoverWithdrawal = (language: Language, overrides: Partial<LetterInput> = {}) =>
  letterOfKind('dispute_withdrawal', language, {
    ...keptCoverDispute(language),
    kind: 'dispute_withdrawal',
    invoice: null,
    history: { ...HISTORY, confirmedEndDate: '2026-11-10', coverUntil: '2027-02-28', answerDone: answered('coverContinues', { coverUntil: '2027-02-28' }) },
    withdrawnObjection: { reference: 'P-12', outcome: 'payFromEstate', insideCover: { until: '2027-02-28' } },
    enclosures: [],
    travellingDocumentIds: [],
     ...overrides,
  });
const answeredLetters = (language: Language): LetterInput[] => [bankDispute(language), keptCoverDispute(language), healthCorrection(language)];

/** A dropped objection told to Incasso Noord, after our collection stop of 15 December 2026 to it. */
export const agencyWithdrawal = (outcome: 'payFromEstate' | 'alreadyPaid', overrides: Partial<LetterInput> = {}) =>
  letterOfKind('dispute_withdrawal', 'nl', {
    letterDate: '2026-12-18',
    today: '2026-12-18',
    withdrawnObjection: { reference: INVOICE.reference, outcome },
    history: { sent: [{ kind: 'collection_stop', date: '2026-12-15' }], confirmedEndDate: '2026-11-30', acknowledgedSinceRequest: false },
    collection: auditCollection('agency', []),
    ...TO_AGENCY,
    ...overrides,
  });


/** collagency: Incasso Noord asked to close its file after our collection stop of 15 December 2026, the provider's answer recorded on 18 December. */
export const agencyCollectionEnded = (why: 'stopped' | 'claimDropped' | 'billWithdrawn') =>
  letterOfKind('collection_ended', 'nl', { collectionEnded: { why, reference: why === 'billWithdrawn' ? INVOICE.reference : null, toldOn: '2026-12-18' } });

/** AUDIT_BILL and two more like it, each answered outside the desk: credited by e-mail, withdrawn by phone, held to by letter (to a colleague). */
export const TOLD_BILLS: BillOnRecord[] = [
  { ...AUDIT_BILL, toldVia: { via: 'email', on: '2026-12-11' } },
  { ...AUDIT_BILL, reference: 'F-02', credited: 0, standing: 'withdrawn', toldVia: { via: 'phone', on: '2026-12-12' } },
  { ...AUDIT_BILL, reference: 'F-03', credited: 0, standing: 'held', toldVia: { via: 'post', on: '2026-12-14', colleague: 'Joke Jansen' } },
];

/** rentlaw: the dispute of a rent bill after a lease's end by law, its landlord having confirmed a later end (`billedAfterLawEnd`). */
export function leaseBilledAfterLaw(language: Language): LetterInput {
  const rent = { reference: 'EH-HUUR-02', invoiceDate: '2027-02-01', periodFrom: '2027-02-01', periodTo: '2027-02-28', amount: 845 };
  const base = letterOfKind('dispute', language);
  return letterOfKind('dispute', language, {
    category: 'housing',
    livedWith: 'nobody',
    invoice: { ...rent, disputed: disputedPart('2027-01-31', rent)! },
    contract: { ...base.contract!, description: 'Huur woning', accountNumber: 'H-7700123', effectiveDate: '2027-02-28' },
    history: { ...HISTORY, confirmedEndDate: '2027-02-28' },
    letterDate: '2027-02-02',
    today: '2027-02-02',
    dueDate: '2027-02-23',
  });
}

/** rentlaw2: February's rent disputed from the lease's end by law (`leaseBilledAfterLaw`), in the complaint that our objection went unanswered and in the collection stop. */
export function leaseBilledAfterLawFollowed(language: Language): LetterInput[] {
  const { invoice, contract, category, livedWith, history } = leaseBilledAfterLaw(language);
  const recipient = { ...sampleLetter().recipient, name: 'Eigen Haard' };
  const lease = { category, livedWith, invoice, contract, recipient, history: { ...history!, sent: [...history!.sent, { kind: 'dispute' as const, date: '2027-02-02', bill: invoice!.reference }] } };
  const bill: BillOnRecord = { ...invoice!, disputedIn: { date: '2027-02-02' }, credited: 0, standing: 'open' };
  const collection = { ...auditCollection('provider', [bill], 845), provider: 'Eigen Haard' };
  return [
    letterOfKind('dispute_escalation', language, { ...lease, letterDate: '2027-03-05', today: '2027-03-05', dueDate: '2027-03-19' }),
    letterOfKind('collection_stop', language, { ...lease, collection, letterDate: '2027-03-10', today: '2027-03-10', dueDate: '2027-03-24' }),
  ];
}

/**
 * A final report after a reopening: a colleague reopened the file, a contract was added, and each way a late
 * bill or collection letter can end (README, A closed estate, and reopening it).
 */
export const SAMPLE_REOPENING: Reopening = {
  on: '2027-02-01',
  reason: 'Nog een rekening van KPN',
  colleague: 'Joke Jansen',
  earlierReport: { date: '2027-01-15', fromMeToYou: true },
  added: ['Ziggo'],
  matters: [
    { kind: 'bill', provider: 'KPN (Internet)', reference: 'F-1', agency: null, amount: 31, end: 'credited', credited: 31, paidOn: null },
    { kind: 'bill', provider: 'KPN (Internet)', reference: 'F-2', agency: null, amount: 27.5, end: 'withdrawn', credited: 0, paidOn: null },
    { kind: 'bill', provider: 'KPN (Mobiel)', reference: 'M-3', agency: null, amount: 40, end: 'paid', credited: 10, paidOn: '2027-03-01' },
    { kind: 'bill', provider: 'Ziggo', reference: 'Z-4', agency: null, amount: 12.1, end: 'toPay', credited: 0, paidOn: null },
    { kind: 'bill', provider: 'Ziggo', reference: 'Z-5', agency: null, amount: 9, end: 'alreadyPaid', credited: 0, paidOn: null },
    { kind: 'bill', provider: 'Ziggo', reference: 'Z-6', agency: null, amount: 5, end: 'settled', credited: 0, paidOn: null },
    { kind: 'collection', provider: 'KPN (Internet)', reference: 'INC-77', agency: 'Incasso Noord', amount: 56, end: 'stopped', credited: 0, paidOn: null },
    { kind: 'collection', provider: 'Ziggo', reference: null, agency: null, amount: null, end: 'settled', credited: 0, paidOn: null },
  ],
};

/** SAMPLE_REOPENING, with the credit note by e-mail, the withdrawal by letter and the collection stop by phone (README, receivedvia2). */
const TOLD_ENDS: Partial<Record<LateEnd, ReceivedVia>> = { credited: 'email', withdrawn: 'post', stopped: 'phone' };
export const TOLD_REOPENING: Reopening = { ...SAMPLE_REOPENING, matters: SAMPLE_REOPENING.matters.map((m) => (TOLD_ENDS[m.end] ? { ...m, via: TOLD_ENDS[m.end] } : m)) };

/** The surviving partner who takes a contract over and lives on at the deceased's address (audit80 NRC-1). */
export const PARTNER_AT_HOME = {
  ...SAMPLE_NEW_HOLDER,
  name: 'Maria de Vries-Jansen',
  relation: 'partner',
  address: { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam' },
  email: 'maria@family.example',
};

/** A long but ordinary Dutch name and address: what the one-page letters must still hold. */
const LONG_DECEASED = {
  givenNames: 'Johannes Cornelis Maria',
  surnamePrefix: 'van den',
  surname: 'Berg-van der Heijden',
  gender: 'unknown' as const,
  dateOfBirth: '1938-09-30',
  dateOfDeath: '2026-11-02',
  address: { street: 'Burgemeester van Nispen van Sevenaerstraat 114-2', postalCode: '6521 GK', city: 'Nijmegen' },
};
const LONG_NEW_HOLDER = {
  ...SAMPLE_NEW_HOLDER,
  name: 'Wilhelmina van Oostveen-Bakker',
  relation: 'dochter',
  address: { street: 'Graaf Florislaan 228-bis', postalCode: '3818 JB', city: 'Amersfoort' },
  email: 'w.vanoostveen-bakker@ziggo.example',
};
/** The category variants of a cancellation: each asks something else (templates, legal.ts). */
const CANCELLATIONS: { category: ProviderCategory; livedWith?: LivedWith; insuranceKind?: InsuranceKind; description: string; accountNumber: string }[] = [
  { category: 'telecom', description: 'Internet, tv en vaste telefonie', accountNumber: '1.2345.678' },
  { category: 'energy', description: 'Stroom en gas', accountNumber: '100234567' },
  { category: 'bank', description: 'Betaalrekening', accountNumber: 'NL20INGB0001234567' },
  { category: 'housing', livedWith: 'nobody', description: 'Huur woning', accountNumber: 'H-7700123' },
  // A lease someone may continue is held, never sent (rules.ts, art. 7:268 BW): the second lease is a longer one that goes, where only a lodger lived.
  { category: 'housing', livedWith: 'lodger', description: 'Huur woning met berging en parkeerplaats', accountNumber: 'H-7700123-B' },
  { category: 'insurance', insuranceKind: 'property', description: 'Inboedel- en opstalverzekering', accountNumber: 'POL-2231-998' },
];

/**
 * The standard letters a case owner sends for every contract — a cancellation in each category, a
 * transfer and the answer to a provider's question — each with two enclosures, to a short and to a
 * 90-character company name with a long department, about Jan de Vries and about a long name with a
 * long street, in both languages. Each must fit one A4 page (README, Letters → One page).
 */
export function standardLetterCorpus(): LetterInput[] {
  const enclosures = (language: Language) => [
    { documentId: 'doc-1', kind: 'death_certificate', title: language === 'nl' ? 'Akte van overlijden' : 'Death certificate' },
    { documentId: 'doc-2', kind: 'power_of_attorney', title: language === 'nl' ? 'Volmacht van de erfgenamen' : 'Power of attorney of the heirs' },
  ];
  const recipients = [
    sampleLetter().recipient,
    { name: 'Coöperatieve Woningstichting Het Oosten en Omstreken Beheer en Exploitatie B.V.', attention: 'Afdeling Klantcontact Nabestaanden en Huuropzeggingen', address: { street: 'Postbus 4012', postalCode: '7500 GA', city: 'Enschede' } },
  ];
  const estates: Partial<LetterInput>[] = [
    {},
    { deceased: LONG_DECEASED, estateAccount: { iban: 'NL91ABNA0417164300', holder: 'Erven J.C.M. van den Berg-van der Heijden' }, providerReference: 'KL-2026-0048812-NB' },
  ];
  const letters = (language: Language): LetterInput[] => [
    ...CANCELLATIONS.map(({ category, livedWith, insuranceKind, description, accountNumber }) =>
      letterOfKind('cancellation', language, { category, livedWith, insuranceKind, contract: { ...sampleLetter().contract!, description, accountNumber } }),
    ),
    letterOfKind('transfer', language, { contract: { ...sampleLetter().contract!, action: 'transfer', requestedEndDate: '2026-12-01' } }),
    letterOfKind('information_supplied', language, {
      informationMessage: 'Kunt u ons een kopie van de verklaring van erfrecht en de gegevens van de erfgenamen sturen?',
      informationAnswer: 'Er is geen verklaring van erfrecht; de erfgenamen zijn de twee kinderen. De volmacht die zij mij gaven en de akte van overlijden gaan mee.',
    }),
  ];
  return (['nl', 'en'] as const).flatMap((language) =>
    estates.flatMap((estate, e) =>
      recipients.flatMap((recipient) =>
        letters(language).map((input) => ({
          ...input,
          ...estate,
          recipient,
          enclosures: enclosures(language),
          travellingDocumentIds: ['doc-1', 'doc-2'],
          ...(input.kind === 'transfer' && e === 1 && { newHolder: LONG_NEW_HOLDER }),
        })),
      ),
    ),
  );
}
