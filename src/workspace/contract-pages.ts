import { insurersBody } from '../providers/complaints-bodies';
import { type LintViolation, numberKindOf } from '../../letters';
import type { ReceiptAnswers } from '../refunds/refund.rules';
import { BILL_OUTCOMES, brpCheckText, type DisputedInvoice, RECEIVED_VIA, rejectable, stillDisputed } from '../../workflows';
import { answerDateKind, answersFitting, askedInstead, askedKindNamed, billerOf, billNounsOf, finalBill, money, SURVIVOR_PENSION, theCharges } from '../../workflows/wording';
import type { StaffPrincipal } from '../auth/principal';
import { DOCUMENT_KINDS } from '../documents/document.entity';
import { requestAsked } from '../contracts/contract.entity';
import { COMMITTEE_DECISIONS } from '../../workflows/committee';
import { isLaterEndDate } from '../contracts/end-date.rules';
import { answersTheRequest, requestNeverWent } from '../contracts/request-letter.rules';
import type { DropOnPage } from '../contracts/drop-correction.rules';
import { ASKABLE_KINDS, askedNeverSent } from '../documents/enclosure-rules';
import { fullName } from '../estates/estate.entity';
import { callRecordedText } from '../timeline/owner-timeline';
import type { RetryRefusal } from '../letters/retry-rule';
import { sentOn } from '../letters/request-history';
import { amountValue, answerDoneValues, checkbox, errorSummary, errorText, field, FormState, prefixedIds, select, typedValue } from '../web/fields';
import { html, humanDate, SafeHtml } from '../web/html';
import { pager, type PagePosition, positionQuery } from '../web/pager';
import { ownerWords, type Lang, type OwnerWords, paidOnDropSaid, premiumListed, overdrawnListed, afterEndListed, untilListed, finalBillListed } from '../words';
import { CONTRACT_FORMS, EXPECTED_ON, FOLLOWS_OTHER, formsFor, OTHER_KIND } from './contract-forms';
import { contractCorrectionSection, recordedNow } from './correction-pages';
import { keepFromToday } from '../web/from-today';
import { askedLabel, ownForm } from './estate-pages';
import type { ContractOverview } from './estate-overview.service';
import { deliveryText } from '../letters/letter-view';
import { actionButton, appPage, backToToday, contractStateNamed, documentKindNamed, label, letterKindNamed, notice, returnCheckedButton } from './workspace-pages';
import { violationText } from './owner-reasons';
import { stillToPay } from '../bills/owed-bills';
import { billNamed, chargeNamed } from '../contracts/bill.rules';
import { refundText } from '../contracts/contract-views.service';
import { reportedNotRecorded, type ReportedPaidTotal } from '../refunds/refund.rules';

type Words = OwnerWords['contract'];

/**
 * The estate's documents the owner may send with an answer, or with a rejected request sent again (`form`, the form's name);
 * ticked: what the owner ticked, or just uploaded for it (`enclose`).
 */
function documentChoices(lang: Lang, form: FormState, o: ContractOverview, enclose: string[], name: 'information-supplied' | 'amend' = 'information-supplied', legend = ownerWords(lang).contract.enclosedChoices): SafeHtml {
  const w = ownerWords(lang).contract;
  const chosen = form.values ? ([] as unknown[]).concat(form.values.documentIds ?? []) : enclose;
  const errors = (form.errors ?? []).filter((e) => e.field.startsWith('documentIds'));
  return html`<fieldset id="${name}-documentIds"><legend>${legend}</legend>${o.enclosable.length
    ? o.enclosable.map((d, i) => checkbox('documentIds', d.id, `${d.fileName} (${documentKindNamed(lang, d)})`, chosen.includes(d.id), `${name}-document-${i}`))
    : html`<p class="muted">${w.noEnclosable}</p>`}
${errors.length ? html`<p class="field-error">${errors.map((e) => errorText(ownerWords(lang).errors, e, lang)).join('; ')}</p>` : ''}</fieldset>`;
}

/**
 * v12: each asked document may follow later ("volgt later"), with the date the owner expects it; the letter says so
 * and her term is that date (README, "infolater"). Ticked again, with its date, when the form comes back refused.
 */
function followingChoices(lang: Lang, form: FormState, o: ContractOverview): SafeHtml | '' {
  // A will asked for never follows: it is not sent at all (the letter says so).
  const documentsNeeded = o.contract.openQuestion?.documentsNeeded ?? [];
  const neverSent = askedNeverSent(documentsNeeded);
  // claimform: "other" is said in her own words below, not ticked as "Document volgt later".
  const asked = documentsNeeded.filter((kind) => !neverSent.includes(kind) && kind !== OTHER_KIND);
  const w = ownerWords(lang).contract;
  const values = (form.values ?? {}) as Record<string, unknown>;
  const ticked = ([] as unknown[]).concat(values.followsLater ?? []);
  const errors = (form.errors ?? []).filter((e) => e.field.startsWith('followsLater'));
  return html`<fieldset id="information-supplied-followsLater"><legend>${w.followsLater}</legend><p class="muted">${w.followsLaterHint}</p>${asked.map((kind, i) => {
    const date = `${EXPECTED_ON}${kind}`;
    return html`<div>${checkbox('followsLater', kind, w.followsLaterOf(label(lang, 'documentKinds', kind)), ticked.includes(kind), `information-supplied-follows-${i}`)}
<label for="${date}">${w.expectedOn}</label> <input type="date" id="${date}" name="${date}" value="${typeof values[date] === 'string' ? values[date] : ''}"></div>`;
  })}
<div>${field(form, FOLLOWS_OTHER, w.followsLaterOther, { maxlength: 200, hint: w.followsLaterOtherHint })}
<label for="${EXPECTED_ON}${OTHER_KIND}">${w.expectedOn}</label> <input type="date" id="${EXPECTED_ON}${OTHER_KIND}" name="${EXPECTED_ON}${OTHER_KIND}" value="${typeof values[`${EXPECTED_ON}${OTHER_KIND}`] === 'string' ? values[`${EXPECTED_ON}${OTHER_KIND}`] : ''}"></div>
${errors.length ? html`<p class="field-error">${errors.map((e) => errorText(ownerWords(lang).errors, e, lang)).join('; ')}</p>` : ''}</fieldset>`;
}

/**
 * answerrest: each open item of her own words (claimform) is its own: with more than one open, she ticks which the "overig"
 * document she sends now is; those not ticked stay open and the letter says they still follow. Ticked again when refused.
 */
function otherItemChoices(lang: Lang, form: FormState, o: ContractOverview): SafeHtml | '' {
  const items = (o.contract.openQuestion?.followsLater ?? []).filter((d) => d.kind === OTHER_KIND && d.description);
  if (items.length < 2) return '';
  const w = ownerWords(lang).contract;
  const ticked = ([] as unknown[]).concat(((form.values ?? {}) as Record<string, unknown>).otherAnswers ?? []);
  const errors = (form.errors ?? []).filter((e) => e.field.startsWith('otherAnswers'));
  return html`<fieldset id="information-supplied-otherAnswers"><legend>${w.otherItemsSent}</legend><p class="muted">${w.otherItemsSentHint}</p>${items.map((d, i) =>
    checkbox('otherAnswers', d.description!, d.description!, ticked.includes(d.description), `information-supplied-other-${i}`),
  )}
${errors.length ? html`<p class="field-error">${errors.map((e) => errorText(ownerWords(lang).errors, e, lang)).join('; ')}</p>` : ''}</fieldset>`;
}

/** An upload to the estate's documents from the contract page, the kind asked for chosen already. */
function uploadForm(lang: Lang, contractId: string, hint: string, kind: string | undefined, cameFromToday: boolean | undefined): SafeHtml {
  const w = ownerWords(lang);
  return html`<form method="post" action="${keepFromToday(`/app/contracts/${contractId}/documents`, cameFromToday)}" enctype="multipart/form-data" class="upload">
<h4>${w.contract.uploadHere}</h4><p class="muted">${hint}</p>
${select({}, 'kind', w.estate.kind, DOCUMENT_KINDS.map((k) => [k, label(lang, 'documentKinds', k)]), { initial: kind })}
<label for="file">${w.estate.file}</label><input id="file" name="file" type="file" accept="application/pdf,image/png,image/jpeg" required>
<button type="submit">${w.estate.upload}</button></form>`;
}

/**
 * Above "Informatie aanleveren": what the provider asked and which documents, each marked present or
 * missing, and an upload for the missing one right there (the estate's documents service; the new
 * document comes back ticked in the answer below).
 */
function questionSection(lang: Lang, o: ContractOverview, cameFromToday: boolean | undefined): SafeHtml | '' {
  const question = o.contract.openQuestion;
  if (!question || !o.contract.workflow?.accepts.includes('INFORMATION_SUPPLIED')) return '';
  const w = ownerWords(lang).contract;
  const present = new Set(o.enclosable.map((d) => d.kind as string));
  const neverSent = askedNeverSent(question.documentsNeeded);
  const missing = question.documentsNeeded.filter((k) => !present.has(k) && !neverSent.includes(k));
  return html`<div class="card" id="question"><h3>${w.question}</h3><blockquote class="question">${question.message}</blockquote>
${question.documentsNeeded.length
    ? html`<p><strong>${w.documentsAsked}</strong></p><ul>${question.documentsNeeded.map((k) => html`<li>${askedKindNamed(k, question.followsLater, (kind) => label(lang, 'documentKinds', kind), lang)}: ${neverSent.includes(k) ? w.neverSent : present.has(k) ? w.present : html`<strong>${w.missing}</strong>`}</li>`)}</ul><p class="muted">${w.askedGoWith}</p>`
    : ''}
${uploadForm(lang, o.contract.id, w.uploadHint, missing[0] ?? question.documentsNeeded.find((k) => !neverSent.includes(k)), cameFromToday)}</div>`;
}

/** A draft that waits for documents the provider requires: which, and an upload for them right there. */
function neededSection(lang: Lang, o: ContractOverview, cameFromToday: boolean | undefined): SafeHtml | '' {
  if (o.contract.state !== 'draft' || !o.missingDocuments.length) return '';
  const w = ownerWords(lang).contract;
  return html`<div class="card" id="needed"><h3>${w.needed}</h3><p>${w.neededText(o.contract.provider.name)}</p>
<ul>${o.missingDocuments.map((k) => html`<li>${label(lang, 'documentKinds', k)}: <strong>${w.missing}</strong></li>`)}</ul>
${uploadForm(lang, o.contract.id, w.uploadHintDraft, o.missingDocuments[0], cameFromToday)}</div>`;
}

interface FormContext {
  w: Words;
  lang: Lang;
  o: ContractOverview;
  enclose: string[];
}

/**
 * v4: which open bill an answer is about, while several are open (with one, the answer is about it).
 * `all`: the owner's word may settle every open bill at once, the choice left empty. `answerable`: the bills the
 * answer may name (a rejection: those not rejected yet); the API still asks for a name while several are open.
 */
function billChoice(f: FormState, id: { idPrefix: string }, { w, lang, o }: FormContext, all?: string, answerable: (d: DisputedInvoice) => boolean = () => true): SafeHtml | '' {
  if (o.contract.openDisputes.length < 2) return '';
  const bills = o.contract.openDisputes.filter(answerable).map((d): [string, string] => [d.reference, `${d.reference} (${money(stillDisputed(d), lang)})`]);
  return select(f, 'invoiceReference', w.whichBill, [['', all ?? w.chooseBill], ...bills], { required: !all, ...id });
}

/** What happens with the bills the owner settles, asked whenever a bill is open: the family reads it (required by the API for a bill the provider holds to). */
function outcomeChoice(f: FormState, id: { idPrefix: string }, { w, o }: FormContext): SafeHtml | '' {
  if (!o.contract.openDisputes.length) return '';
  return select(f, 'outcome', w.outcome, [['', w.chooseOutcome], ...BILL_OUTCOMES.map((k): [string, string] => [k, w.outcomes[k]])], { required: true, ...id });
}

/**
 * How the provider's answer the owner records reached her (README, receivedvia): asked first on each answer form, kept on refusal.
 * `optional`: its label where only one outcome needs it (a dispute settled because the provider withdrew the bill).
 */
function receivedViaChoice(f: FormState, id: { idPrefix: string }, { w }: FormContext, optional?: string): SafeHtml {
  return select(f, 'receivedVia', optional ?? w.receivedVia, [['', w.chooseReceivedVia], ...RECEIVED_VIA.map((via): [string, string] => [via, w.receivedVias[via]])], { required: !optional, ...id });
}

/** agencylang: the language of the agency's letter, which ours to it take: Dutch unless she chooses otherwise (or recorded otherwise, when correcting). */
function agencyLanguageChoice(f: FormState, id: { idPrefix: string }, w: Words, recorded: Lang | undefined): SafeHtml {
  return select(f, 'agencyLanguage', w.agencyLanguage, (['nl', 'en'] as const).map((l): [string, string] => [l, w.letterLanguages[l]]), { initial: recorded ?? 'nl', ...id });
}

/** A confirmation's fields and their order, and its correction's alike. */
const ANSWER_ORDER = ['receivedVia', 'done', 'effectiveDate', 'reference', 'balance', 'balanceReleased', 'payoutAmount', 'payoutTo', 'coverUntil', 'finalInvoiceAmount'];

/** A bank's own name for a form about its charge (bankdispute, bankowner, bankforms): it charges costs, books them back or withdraws them. */
const BANK_FORMS: Partial<Record<string, string>> = {
  'credit-note-sent': 'charge-booked-back', 'invoice-after-end': 'charge-after-end', 'dispute-resolved': 'charge-dispute-resolved', 'invoice-withdrawn': 'charge-withdrawn', 'bill-corrected': 'charge-corrected',
  'drop-undone': 'charge-drop-undone', 'drop-day-corrected': 'charge-drop-day-corrected',
  // kifidowner: a bank's costs go to Kifid, no disputes committee.
  'committee-filed': 'charge-committee-filed', 'committee-decision': 'charge-committee-decision', 'committee-filing-corrected': 'charge-committee-filing-corrected',
  'committee-decision-corrected': 'charge-committee-decision-corrected',
};
/** kifidwords, factuurwords: an insurer's committee forms, named by the body that hears its nota (`insurersBody`: Kifid or the SKGZ), no disputes committee. */
const insurerForms = (body: 'kifid' | 'skgz'): Partial<Record<string, string>> =>
  Object.fromEntries(['committee-filed', 'committee-decision', 'committee-filing-corrected', 'committee-decision-corrected'].map((name) => [name, `${body}-${name}`]));

/** decisionfix: the bill of a decision as its provider bills it: a bank's costs by their kenmerk, an insurer's nota, any other's invoice. */
function decisionBillNamed({ o, lang }: FormContext, reference: string): string {
  const biller = billerOf(askedInstead(o.contract.action, requestAsked(o.contract)));
  return biller === 'bank' ? theCharges([reference], lang) : `${billNounsOf(biller)[lang].one} ${reference}`;
}

/** dropcorr: the hint of a drop's form, naming the drop it is about (dropsrest: hers, or the desk's the undo takes): its bills and day. */
function dropHint({ o, lang }: FormContext, drop: DropOnPage | null | undefined, hint: (provider: string, bills: string[], day: string) => string): string {
  return drop ? hint(o.contract.provider.name, drop.bills, humanDate(drop.toldOn, lang)) : '';
}

/** audit102 F4: on a form whose words are quoted in a letter, that the letter is in the provider's language where it is not hers. */
function ownWordsInLetter({ w, lang, o }: FormContext): string | undefined {
  const { name, language } = o.contract.provider;
  return language !== lang ? w.ownWordsInLetter(name, w.letterLanguages[language]) : undefined;
}

/** Each form's fields and their order; `id` prefixes the input ids, as several forms share field names (reference, reason). */
const FORMS: Record<string, { anchor: string; fields(form: FormState, id: { idPrefix: string }, c: FormContext): SafeHtml; order?: string[] }> = {
  acknowledge: { anchor: 'answer', fields: (f, id, c) => html`${receivedViaChoice(f, id, c)}${field(f, 'reference', c.w.providerReference, id)}`, order: ['receivedVia', 'reference'] },
  complete: {
    anchor: 'answer',
    fields: (f, id, c) => answerFields(f, id, c, false),
    order: ANSWER_ORDER,
  },
  // Filled in with what is recorded, so the owner changes only what was wrong: what a bank or insurer did too (keptcover).
  'completion-corrected': {
    anchor: 'answer',
    fields: (f, id, c) => {
      const k = c.o.contract;
      const recorded = { effectiveDate: k.effectiveDate ?? undefined, reference: k.providerReference ?? undefined, finalInvoiceAmount: amountValue(k.finalInvoiceAmount, c.lang), ...answerDoneValues(k.answerDone, c.lang) };
      return answerFields(f.values ? f : { ...f, values: recorded }, id, c, true);
    },
    order: ANSWER_ORDER,
  },
  'request-information': {
    anchor: 'answer',
    fields: (f, id, c) =>
      html`${receivedViaChoice(f, id, c)}${field(f, 'message', c.w.providerNeeds, { required: true, ...id })}<fieldset id="request-information-documentsNeeded"><legend>${c.w.documentsAsked}</legend>${ASKABLE_KINDS.map((k) => checkbox('documentsNeeded', k, label(c.lang, 'documentKinds', k), false))}</fieldset>`,
    order: ['receivedVia', 'message', 'documentsNeeded'],
  },
  reject: { anchor: 'answer', fields: (f, id, c) => html`${receivedViaChoice(f, id, c)}${field(f, 'reason', c.w.reasonGiven, { required: true, ...id })}`, order: ['receivedVia', 'reason'] },
  'information-supplied': {
    anchor: 'information',
    fields: (f, id, c) => html`${field(f, 'note', c.w.supplied, { hint: ownWordsInLetter(c), ...id })}${documentChoices(c.lang, f, c.o, c.enclose)}${otherItemChoices(c.lang, f, c.o)}${followingChoices(c.lang, f, c.o)}`,
    order: ['note', 'documentIds', 'otherAnswers', 'followsLater'],
  },
  amend: {
    anchor: 'rejected',
    fields: (f, id, c) => html`${field(f, 'answer', c.w.rejectionAnswer, { hint: ownWordsInLetter(c), ...id })}${documentChoices(c.lang, f, c.o, c.enclose, 'amend', c.w.amendDocuments)}${field(f, 'note', c.w.amendNote, id)}`,
    order: ['answer', 'documentIds', 'note'],
  },
  'rejection-withdrawn': { anchor: 'answer', fields: (f, id, c) => html`${receivedViaChoice(f, id, c)}${field(f, 'note', c.w.rejectionWithdrawnNote, { multiline: true, ...id })}`, order: ['receivedVia', 'note'] },
  complain: { anchor: 'complain', fields: (f, id, c) => field(f, 'grounds', c.w.complaintGrounds, { required: true, multiline: true, hint: [c.w.complaintHint, ownWordsInLetter(c)].filter(Boolean).join(' '), ...id }) },
  'dispute-resolved': {
    anchor: 'dispute',
    // How it came is asked for the outcome that is the provider's word (`providerWithdrew`), optional on the form for the others.
    fields: (f, id, c) => html`${billChoice(f, id, c, c.w.allBills)}${outcomeChoice(f, id, c)}${receivedViaChoice(f, id, c, c.w.receivedViaIfWithdrawn)}${field(f, 'toldOn', c.w.withdrawnToldOn, { type: 'date', ...id })}${field(f, 'note', c.w.resolved, id)}`,
    order: ['invoiceReference', 'outcome', 'receivedVia', 'toldOn', 'note'],
  },
  // committee (v22): the day she filed the bill's dispute with the complaints body, and its case number; later what the body decided.
  'committee-filed': {
    anchor: 'committee-filed',
    fields: (f, id, c) => html`<p class="muted">${c.w.committeeFiledHint}</p>${billChoice(f, id, c, c.w.allBills, (d) => !d.committee)}${field(f, 'filedOn', c.w.committeeFiledOn, { type: 'date', required: true, ...id })}${field(f, 'caseNumber', c.w.committeeCaseNumber, id)}`,
    order: ['invoiceReference', 'filedOn', 'caseNumber'],
  },
  // comcorr (v26): the filing's day and case number as they should have been; comcorr2: prefilled with the case as recorded (the first bill
  // the body has), so she changes only what was wrong; what she typed stays after a refusal.
  'committee-filing-corrected': {
    anchor: 'committee-filing-corrected',
    fields: (f, id, c) => {
      const recorded = c.o.contract.openDisputes.find((d) => d.committee)?.committee;
      const form = { ...f, values: { filedOn: recorded?.filedOn, caseNumber: recorded?.caseNumber ?? undefined, ...f.values } };
      return html`<p class="muted">${c.w.committeeFilingCorrectedHint}</p>${billChoice(f, id, c, c.w.allBills, (d) => Boolean(d.committee))}${field(form, 'filedOn', c.w.committeeFiledOn, { type: 'date', required: true, ...id })}${field(form, 'caseNumber', c.w.committeeCaseNumber, id)}`;
    },
    order: ['invoiceReference', 'filedOn', 'caseNumber'],
  },
  'committee-decision': {
    anchor: 'committee-decision',
    fields: (f, id, c) =>
      html`${billChoice(f, id, c, undefined, (d) => Boolean(d.committee))}${select(f, 'decision', c.w.committeeDecision, [['', c.w.chooseCommitteeDecision], ...COMMITTEE_DECISIONS.map((k): [string, string] => [k, c.w.committeeDecisions[k]])], { required: true, ...id })}${field(f, 'decidedOn', c.w.committeeDecidedOn, { type: 'date', required: true, ...id })}${field(f, 'amount', c.w.committeeAmount, id)}`,
    order: ['invoiceReference', 'decision', 'decidedOn', 'amount'],
  },
  // decisionfix: the decision she recorded, as it now reads (its newest correction), to start from; its bill named as its provider bills it.
  'committee-decision-corrected': {
    anchor: 'committee-decision-corrected',
    fields: (f, id, c) => {
      const recorded = c.o.recordedDecision;
      const hint = recorded ? c.w.committeeDecisionCorrectedHint(decisionBillNamed(c, recorded.reference)) : '';
      return html`<p class="muted">${hint}</p>${select(f, 'decision', c.w.committeeDecision, COMMITTEE_DECISIONS.map((k): [string, string] => [k, c.w.committeeDecisions[k]]), { required: true, initial: recorded?.decision.decision, ...id })}${field(f, 'decidedOn', c.w.committeeDecidedOn, { type: 'date', required: true, initial: recorded?.decision.decidedOn, ...id })}${field(f, 'amount', c.w.committeeAmount, { initial: amountValue(recorded?.decision.amount, c.lang), ...id })}`;
    },
    order: ['decision', 'decidedOn', 'amount'],
  },
  // dropcorr: the drop she recorded last, named in the hint; undone, or its day corrected (the day as recorded to start from).
  // ownerdrop: a drop the provider recorded at its own desk is undone on its word: how and when it said so.
  'drop-undone': {
    anchor: 'drop-undone',
    fields: (f, id, c) =>
      c.o.recordedDrop?.undo?.byDesk || c.o.recordedDrop?.undo?.claim
        ? html`<p class="muted">${dropHint(c, c.o.recordedDrop.undo, c.o.recordedDrop.undo.claim ? c.w.claimDropUndoneHint : c.w.deskDropUndoneHint)}</p>${receivedViaChoice(f, id, c)}${field(f, 'toldOn', c.w.deskDropUndoneToldOn, { type: 'date', required: true, ...id })}`
        : html`<p class="muted">${dropHint(c, c.o.recordedDrop?.undo, c.w.dropUndoneHint)}</p>`,
    order: ['receivedVia', 'toldOn'],
  },
  'drop-day-corrected': {
    anchor: 'drop-day-corrected',
    fields: (f, id, c) => html`<p class="muted">${dropHint(c, c.o.recordedDrop?.own, c.w.dropDayHint)}</p>${field({ ...f, values: { toldOn: c.o.recordedDrop?.own?.toldOn, ...f.values } }, 'toldOn', c.w.dropToldOn, { type: 'date', required: true, ...id })}`,
    order: ['toldOn'],
  },
  // agencyundo2: the agency's own stop she recorded, named in the hint; undone with how and on which day she learned it was a mistake.
  'agency-stop-undone': {
    anchor: 'answer',
    fields: (f, id, c) =>
      html`<p class="muted">${c.o.agencyStopUndo ? c.w.agencyStopUndoneHint(c.o.agencyStopUndo.agency, humanDate(c.o.agencyStopUndo.recordedOn, c.lang)) : ''}</p>${receivedViaChoice(f, id, c)}${field(f, 'toldOn', c.w.agencyStopUndoneToldOn, { type: 'date', required: true, ...id })}`,
    order: ['receivedVia', 'toldOn'],
  },
  'credit-note-sent': {
    anchor: 'answer',
    fields: (f, id, c) => html`${receivedViaChoice(f, id, c)}${billChoice(f, id, c)}${field(f, 'amount', c.w.credited, { required: true, ...id })}${field(f, 'note', c.w.creditNote, id)}`,
    order: ['receivedVia', 'invoiceReference', 'amount', 'note'],
  },
  'invoice-withdrawn': {
    anchor: 'answer',
    fields: (f, id, c) => html`${receivedViaChoice(f, id, c)}${billChoice(f, id, c)}${field(f, 'toldOn', c.w.withdrawnToldOn, { type: 'date', ...id })}${field(f, 'note', c.w.withdrawnHow, id)}`,
    order: ['receivedVia', 'invoiceReference', 'toldOn', 'note'],
  },
  'dispute-rejected': {
    anchor: 'answer',
    fields: (f, id, c) => html`${receivedViaChoice(f, id, c)}${billChoice(f, id, c, undefined, rejectable)}${field(f, 'reason', c.w.reasonGiven, { required: true, ...id })}`,
    order: ['receivedVia', 'invoiceReference', 'reason'],
  },
  // bankdebt: the day the bill is due, as for a premium owed: listed with it should a later cover end take the bill in.
  // famgap: beside a relative's report of a bill waiting on the contract, which one the bill answers (the only one chosen already); it is handled with it.
  'invoice-after-end': {
    anchor: 'bill',
    fields: (f, id, { w, o, lang }) => html`${billFields(f, id, w)}${field(f, 'dueOn', w.dueOnBill, { type: 'date', ...id })}${o.reportedBills.length ? reportAnsweredChoice(f, id, o.reportedBills, w, lang) : ''}`,
    order: ['invoiceDate', 'periodFrom', 'periodTo', 'amount', 'reference', 'dueOn', 'answersReport'],
  },
  // keptcover: a kept cover's premium, as the bill says it; the hint says why no letter goes.
  'bill-owed': {
    anchor: 'bill-owed',
    fields: (f, id, { w }) => html`<p class="muted">${w.premiumOwedHint}</p>${billFields(f, id, w)}${field(f, 'dueOn', w.dueOnBill, { type: 'date', ...id })}`,
    order: ['invoiceDate', 'periodFrom', 'periodTo', 'amount', 'reference', 'dueOn'],
  },
  // Filled in with the open bill as recorded, so the owner changes only what was typed wrongly; with
  // several open, empty (one bill's figures beside another bill's number would be sent as its correction).
  'bill-corrected': {
    anchor: 'bill-correction',
    fields: (f, id, c) => {
      const open = c.o.contract.openDisputes;
      const bill = open.length === 1 ? open[0] : undefined;
      const as = (value: string | number | undefined) => ({ initial: value === undefined ? undefined : String(value), ...id });
      return html`<p class="muted">${c.w.billCorrectedHint}</p>${billChoice(f, id, c)}${field(f, 'invoiceDate', c.w.invoiceDate, { type: 'date', required: true, ...as(bill?.invoiceDate) })}${field(f, 'periodFrom', c.w.periodFrom, { type: 'date', required: true, ...as(bill?.periodFrom) })}${field(f, 'periodTo', c.w.periodTo, { type: 'date', required: true, ...as(bill?.periodTo) })}${field(f, 'amount', c.w.amount, { required: true, ...as(amountValue(bill?.amount, c.lang)) })}${field(f, 'reference', c.w.invoiceNumber, { required: true, ...as(bill?.reference) })}`;
    },
    order: ['invoiceReference', 'invoiceDate', 'periodFrom', 'periodTo', 'amount', 'reference'],
  },
  'collection-notice': {
    anchor: 'collection',
    // Filled in with what a relative typed off the letter, if a report of it waits (README, collectionwords): hers to check.
    fields: (f, id, { w, o, lang }) => {
      const r = o.reportedCollection;
      const as = (value: string | null | undefined) => ({ initial: value ?? undefined, ...id });
      return html`${field(f, 'agency', w.agency, { required: true, ...as(r?.agency) })}${field(f, 'agencyEmail', w.agencyEmail, id)}<fieldset><legend>${w.agencyAddress}</legend>${field(f, 'agencyAddress.street', w.street, id)}${field(f, 'agencyAddress.postalCode', w.postalCode, id)}${field(f, 'agencyAddress.city', w.city, id)}</fieldset>${field(f, 'reference', w.theirReference, { required: true, ...as(r?.reference) })}${field(f, 'dossierNumber', w.theirDossierNumber, as(r?.dossierNumber))}${field(f, 'amount', w.claimed, { required: true, ...as(amountValue(r?.amount, lang)) })}${agencyLanguageChoice(f, id, w, r?.agencyLanguage ?? undefined)}`;
    },
    order: ['agency', 'agencyEmail', 'agencyAddress.street', 'agencyAddress.postalCode', 'agencyAddress.city', 'reference', 'dossierNumber', 'amount', 'agencyLanguage'],
  },
  // v22: filled in with the notice as recorded, so the owner changes only what was typed wrongly (an emptied e-mail or address is removed).
  'collection-notice-corrected': {
    anchor: 'collection',
    fields: (f, id, { w, o, lang }) => {
      const r = (o.recordedNotice ?? {}) as { agency?: string; agencyEmail?: string | null; agencyAddress?: { street: string; postalCode: string; city: string } | null; reference?: string; dossierNumber?: string; amount?: number; agencyLanguage?: Lang };
      const as = (value: string | null | undefined) => ({ initial: value ?? undefined, ...id });
      const a = r.agencyAddress;
      return html`<p class="muted">${w.noticeCorrectedHint}</p>${field(f, 'agency', w.agency, { required: true, ...as(r.agency) })}${field(f, 'agencyEmail', w.agencyEmail, as(r.agencyEmail))}<fieldset><legend>${w.agencyAddress}</legend>${field(f, 'agencyAddress.street', w.street, as(a?.street))}${field(f, 'agencyAddress.postalCode', w.postalCode, as(a?.postalCode))}${field(f, 'agencyAddress.city', w.city, as(a?.city))}</fieldset>${field(f, 'reference', w.theirReference, { required: true, ...as(r.reference) })}${field(f, 'dossierNumber', w.theirDossierNumber, as(r.dossierNumber))}${field(f, 'amount', w.claimed, { required: true, ...as(amountValue(r.amount, lang)) })}${agencyLanguageChoice(f, id, w, r.agencyLanguage)}`;
    },
    order: ['agency', 'agencyEmail', 'agencyAddress.street', 'agencyAddress.postalCode', 'agencyAddress.city', 'reference', 'dossierNumber', 'amount', 'agencyLanguage'],
  },
  // collwho: who answered (the agency only when a notice named one) and what it did, chosen each time: never assumed.
  // collowner: the desk's own choice that the provider dropped the whole claim, as a box left unticked (only the collection stopped).
  'collection-stopped': {
    anchor: 'answer',
    fields: (f, id, c) =>
      html`${receivedViaChoice(f, id, c)}${select(f, 'answeredBy', c.w.collectionAnsweredBy, [['', c.w.chooseCollectionAnsweredBy], ['provider', c.o.contract.provider.name], ...(c.o.callAgency ? [['agency', c.w.call.agency(c.o.callAgency)] as [string, string]] : [])], { required: true, ...id })}${select(f, 'collection', c.w.collectionHalt, [['', c.w.chooseCollectionHalt], ['stopped', c.w.collectionHalts.stopped], ['suspended', c.w.collectionHalts.suspended]], { required: true, ...id })}${checkbox('claimDropped', 'true', c.w.claimDropped(c.o.contract.provider.name), Boolean(f.values && typedValue(f.values, 'claimDropped')), `${id.idPrefix}claimDropped`)}${field(f, 'toldOn', c.w.collectionToldOn, { type: 'date', ...id })}${field(f, 'note', c.w.collectionNote, id)}`,
    order: ['receivedVia', 'answeredBy', 'collection', 'claimDropped', 'toldOn', 'note'],
  },
  'balance-released': {
    anchor: 'answer',
    fields: (f, id, c) =>
      html`${receivedViaChoice(f, id, c)}${field(f, 'releasedOn', c.w.releasedOn, { type: 'date', required: true, ...id })}${field(f, 'releasedAmount', c.w.releasedAmount, { inputmode: 'decimal', ...id })}${field(f, 'note', c.w.releasedNote, id)}`,
    order: ['receivedVia', 'releasedOn', 'releasedAmount', 'note'],
  },
  withdraw: { anchor: 'withdraw', fields: (f, id, { w }) => field(f, 'reason', w.reason, { required: true, ...id }) },
  'take-back-confirmation': { anchor: 'take-back', fields: (f, id, { w, o }) => field(f, 'reason', w.takeBackReason, { required: true, multiline: true, hint: o.takeBackHint ?? w.takeBackHint, ...id }) },
};

/**
 * A provider's confirmation as the owner records it: a request that asked no end (a bank, an insurer) with what was done, its date
 * by what was asked and the facts that go with it, as the desk confirms it (README, deskanswer2); `correcting`: its correction, where
 * what was done may stay unchosen (what was recorded then stays).
 */
function answerFields(f: FormState, id: { idPrefix: string }, c: FormContext, correcting: boolean): SafeHtml {
  const asked = requestAsked(c.o.contract);
  const done = answersFitting(c.o.contract.action, asked);
  if (!done.length) {
    return html`${receivedViaChoice(f, id, c)}${field(f, 'effectiveDate', c.w.effectiveDate, { type: 'date', required: true, ...id })}${field(f, 'reference', c.w.providerReferenceRequired, { required: true, ...id })}${field(f, 'finalInvoiceAmount', c.w.finalInvoice, id)}`;
  }
  const released = Boolean(f.values && typedValue(f.values, 'balanceReleased'));
  return html`${receivedViaChoice(f, id, c)}${select(f, 'done', c.w.answerDone, [['', c.w.chooseDone], ...done.map((d): [string, string] => [d, c.w.doneChoices[d]])], { required: !correcting, ...id })}${field(f, 'effectiveDate', c.w.answerDate[answerDateKind(askedInstead(c.o.contract.action, asked))], { type: 'date', required: true, ...id })}${field(f, 'reference', c.w.providerReferenceRequired, { required: true, ...id })}${
    done.includes('accountBlocked') ? html`${field(f, 'balance', c.w.balance, { inputmode: 'decimal', ...id })}${checkbox('balanceReleased', 'true', c.w.balanceReleased, released, `${id.idPrefix}balanceReleased`)}` : ''}${
    done.includes('payoutHandled') ? html`${field(f, 'payoutAmount', c.w.payoutAmount, { inputmode: 'decimal', ...id })}${field(f, 'payoutTo', c.w.payoutTo, id)}` : ''}${
    done.includes('coverContinues') ? field(f, 'coverUntil', c.w.coverUntil, { type: 'date', ...id }) : ''}${
    // balancecorrect: only a settlement ends in a final bill (`takesFinalBill`), as the desk's form.
    done.includes('coverSettled') ? field(f, 'finalInvoiceAmount', c.w.finalInvoice, id) : ''}${
    // fundanswer: a fund's amount is its recovery; what it said of a survivor's pension is kept through a correction (prefilled).
    done.includes('pensionStopped')
      ? html`${field(f, 'finalInvoiceAmount', c.w.recoveryAmount, { inputmode: 'decimal', ...id })}${select(f, 'survivorPension', c.w.survivorPension, [['', c.w.survivorNotStated], ...SURVIVOR_PENSION.map((v): [string, string] => [v, c.w.survivorChoices[v]])], id)}${field(f, 'survivorWritesTo', c.w.survivorWritesTo, id)}`
      : ''}`;
}

/** A bill's figures as the paper says them: a bill after the end date and a kept cover's premium alike. */
/**
 * famgap: which waiting report of a bill the bill answers, or another bill. It starts unanswered even with one report waiting
 * (audit88 F1): a save without a look is refused at this field, so it neither closes a relative's report with another bill (as a
 * preselected report did) nor leaves the report she did answer waiting to be recorded twice (as a preselected „Nee" would).
 */
function reportAnsweredChoice(f: FormState, id: { idPrefix: string }, reports: ContractOverview['reportedBills'], w: FormContext['w'], lang: Lang): SafeHtml {
  const billOf = (b: (typeof reports)[number]['bill']) => (b ? [b.reference, b.amount === null ? null : money(b.amount, lang)].filter(Boolean).join(', ') || null : null);
  const choices: [string, string][] = [
    ['', w.chooseReportAnswered],
    ...reports.map((r): [string, string] => [r.id, w.reportAnswered(r.reportedBy, humanDate(r.reportedOn, lang), billOf(r.bill))]),
    ['none', w.noReportAnswered],
  ];
  return select(f, 'answersReport', w.answersReport, choices, { required: true, ...id });
}

function billFields(f: FormState, id: { idPrefix: string }, w: FormContext['w']): SafeHtml {
  return html`${field(f, 'invoiceDate', w.invoiceDate, { type: 'date', required: true, ...id })}${field(f, 'periodFrom', w.periodFrom, { type: 'date', required: true, ...id })}${field(f, 'periodTo', w.periodTo, { type: 'date', required: true, ...id })}${field(f, 'amount', w.amount, { required: true, ...id })}${field(f, 'reference', w.invoiceNumber, { required: true, ...id })}`;
}

/**
 * Closing the check of a provider informed through the BRP (the contract page and the Today row):
 * the owner's note and what was found, one button per outcome.
 */
export function brpCheckForm(contractId: string, refused: FormState, idPrefix: string, lang: Lang, cameFromToday?: boolean): SafeHtml {
  const w = ownerWords(lang).contract;
  const form = ownForm(lang, refused);
  return html`<form method="post" action="${keepFromToday(`/app/contracts/${contractId}/brp-check`, cameFromToday)}" class="brp-check" novalidate>${errorSummary(form, undefined, prefixedIds(idPrefix))}
${field(form, 'note', w.brpNote, { required: true, idPrefix, hint: w.brpHint })}
<button type="submit" name="outcome" value="informed">${w.brpInformed}</button> <button type="submit" name="outcome" value="not_informed">${w.brpNotInformed}</button></form>`;
}

/**
 * The owner's word that a later end date is dealt with, with an optional note of what she did or decided (the
 * API's body: the staff timeline and the contract's status keep it): on Today's line and on the contract page
 * (`back`: the contract page, which it comes back to). A refused note comes back on the contract page.
 */
export function laterEndDateForm(contractId: string, refused: FormState, idPrefix: string, lang: Lang, back?: 'contract', cameFromToday?: boolean): SafeHtml {
  const w = ownerWords(lang);
  const form = ownForm(lang, refused);
  return html`<form method="post" action="${keepFromToday(`/app/contracts/${contractId}/later-end-date/handled${back ? `?back=${back}` : ''}`, cameFromToday)}" class="later-end-date" novalidate>${errorSummary(form, undefined, prefixedIds(idPrefix))}
${field(form, 'note', w.contract.laterEndDateNote, { idPrefix })}
<button type="submit">${w.today.resolutions.handle_later_end_date}</button></form>`;
}

/**
 * "Gesprek vastleggen": a call the owner made about the contract, the API's body (`POST /contracts/:id/calls`); the day
 * is today unless changed. A refused post comes back here with its fields. The collection agency is a choice only
 * when a collection letter named one (`agency`): the API refuses a call with none on record.
 */
function callForm(contractId: string, providerName: string, agency: string | null, refused: FormState, today: string, lang: Lang, cameFromToday: boolean | undefined): SafeHtml {
  const w = ownerWords(lang).contract.call;
  const form = { ...ownForm(lang, refused, ['calledOn', 'party', 'person', 'outcome']), labels: ownerWords(lang).errors.formLabels.calls };
  const shared = refused.values ? refused.values.shareWithFamily !== undefined : false;
  return html`<h2 id="calls">${w.title}</h2><form method="post" action="${keepFromToday(`/app/contracts/${contractId}/calls`, cameFromToday)}" class="card" novalidate>${errorSummary(form, undefined, prefixedIds('call-'))}
${field(form, 'calledOn', w.calledOn, { type: 'date', initial: today, required: true, idPrefix: 'call-' })}
${select(form, 'party', w.party, [['provider', providerName], ...(agency ? [['agency', w.agency(agency)] as [string, string]] : [])], { initial: 'provider', idPrefix: 'call-' })}
${field(form, 'person', w.person, { idPrefix: 'call-' })}
${field(form, 'outcome', w.outcome, { required: true, idPrefix: 'call-' })}
${checkbox('shareWithFamily', 'true', w.share, shared, 'call-shareWithFamily')}
<button type="submit">${w.record}</button></form>`;
}

/** The recorded calls' own position parameters on the contract page, beside the page's others. */
const CALLS_PAGER = { cursor: 'calls', back: 'callsBack', anchor: 'calls' };

/** The calls' page (`?calls=&callsBack=`) as a query, with the notice of what was just done: a call's form posts it along and comes back to it. */
export const callsPageQuery = (at: { calls?: string; callsBack?: string }, done?: string): string => positionQuery({ done }, { cursor: at.calls, back: at.callsBack }, CALLS_PAGER);

/** A call's correctable facts as `recordedNow` shows them, by the form's fields. */
function callShown(c: ContractOverview['calls']['items'][number], providerName: string, agency: string | null, lang: Lang): Parameters<typeof recordedNow>[2] {
  const w = ownerWords(lang).contract.call;
  return [
    ['calledOn', w.calledOn, c.calledOn, humanDate(c.calledOn, lang)],
    ['party', w.party, c.party, c.party === 'provider' ? providerName : w.agency(agency ?? c.organisation)],
    ['person', w.person, c.person],
    ['outcome', w.outcome, c.outcome],
  ];
}

/**
 * The calls recorded on the contract, each as it stands, with "Corrigeren" (the API's correction: every field of the
 * call, prefilled) and a withdrawal for a call recorded in error; a withdrawn call is listed as such. A refused
 * correction (`refused`, its call named by `callId`) comes back open with its fields.
 */
function recordedCalls(contractId: string, providerName: string, calls: ContractOverview['calls'], at: PagePosition, agency: string | null, refused: FormState, refusedCall: string | undefined, lang: Lang, cameFromToday: boolean | undefined, historyAt: PagePosition = {}): SafeHtml | '' {
  if (!calls.items.length) return '';
  const w = ownerWords(lang).contract.call;
  const page = { calls: at.cursor, callsBack: at.back };
  const item = (c: ContractOverview['calls']['items'][number]) => {
    const text = html`${callRecordedText(c, lang)} <span class="muted">(${c.shared ? w.shared : w.notShared})</span>`;
    const own = refusedCall === c.id ? refused : {};
    // Withdrawn in another tab: the refused correction or withdrawal is told beside it (there is no form left to show it in).
    if (c.withdrawn) return html`<li id="call-${c.id}"><s>${text}</s> <span class="badge">${w.withdrawn}</span>${errorSummary(ownForm(lang, own))}</li>`;
    const prefix = `call-${c.id}-`;
    const form = { ...ownForm(lang, own, ['calledOn', 'party', 'person', 'outcome']), labels: ownerWords(lang).errors.formLabels.calls };
    const shared = own.values ? own.values.shareWithFamily !== undefined : c.shared;
    const parties: [string, string][] = [['provider', providerName], ...(agency ? [['agency', w.agency(agency)] as [string, string]] : [])];
    return html`<li id="call-${c.id}">${text}
<details${own.errors ? html` open` : ''}><summary>${w.correct}</summary><form method="post" action="${keepFromToday(`/app/contracts/${contractId}/calls/${c.id}/correct${callsPageQuery(page)}`, cameFromToday)}" novalidate>${errorSummary(form, undefined, prefixedIds(prefix))}
<input type="hidden" name="version" value="${c.version}">${recordedNow(lang, own, callShown(c, providerName, agency, lang), `${prefix}version`)}
${field(form, 'calledOn', w.calledOn, { type: 'date', initial: c.calledOn, required: true, idPrefix: prefix })}
${select(form, 'party', w.party, parties, { initial: c.party, idPrefix: prefix })}
${field(form, 'person', w.person, { initial: c.person ?? '', idPrefix: prefix })}
${field(form, 'outcome', w.outcome, { initial: c.outcome, required: true, idPrefix: prefix })}
${checkbox('shareWithFamily', 'true', w.share, shared, `${prefix}shareWithFamily`)}
<button type="submit">${w.save}</button></form>${actionButton(keepFromToday(`/app/contracts/${contractId}/calls/${c.id}/withdraw${callsPageQuery(page)}`, cameFromToday), w.withdraw)}</details></li>`;
  };
  const older = pager(`/app/contracts/${contractId}`, { from: cameFromToday ? 'today' : undefined, history: historyAt.cursor, historyBack: historyAt.back }, at, calls.nextCursor, lang, CALLS_PAGER);
  return html`<h3>${w.recorded}</h3><ul class="card">${calls.items.map(item)}</ul>${older}`;
}

/**
 * The bills of this contract the estate owes, each rendered one way whatever its standing: the day it became
 * owed, or what was paid and when; a form to record a payment while anything is still to pay (the day, the
 * service's today unless changed); an undo of the latest payment once anything is paid (a bill raised after
 * its payment has both, as on the family's card). `refused`: the refused post, its bill named in what was sent.
 */
function billsSection(lang: Lang, o: ContractOverview, refused: FormState | undefined, cameFromToday: boolean | undefined): SafeHtml | '' {
  if (!o.bills.length) return '';
  const words = ownerWords(lang).contract;
  // bankrest: a bank's contract owes its costs or an overdraft's debit, never invoices (`charge`, as the forms below).
  const w = askedInstead(o.contract.action, requestAsked(o.contract)) === 'bank' ? { ...words, ...words.charge } : words;
  const form = ownForm(lang, refused ?? {}, ['paidOn', 'reference']);
  const failed = o.bills.findIndex((b) => b.reference === refused?.values?.reference);
  const hidden = (reference: string) => html`<input type="hidden" name="reference" value="${reference}">`;
  const closed = o.estate.status === 'closed';
  const items = o.bills.map((b, i) => {
    const rest = stillToPay(b);
    const standing = !b.paidOn ? w.owedSince(humanDate(b.decidedAt, lang)) : rest ? w.partlyPaid(money(rest, lang), money(b.paidAmount ?? 0, lang), humanDate(b.paidOn, lang)) : w.paidOn(humanDate(b.paidOn, lang));
    const pay = rest ? html`<form method="post" action="${keepFromToday(`/app/contracts/${o.contract.id}/bills-paid`, cameFromToday)}" novalidate>${hidden(b.reference)}${field(i === failed ? form : {}, 'paidOn', w.paidOnLabel, { type: 'date', required: true, initial: o.today, idPrefix: `bill-${i}-` })}<button type="submit">${w.markPaid}</button></form>` : '';
    // famclosed: a closed estate's payments are in its final report; the undo would be refused (409 `estate-closed`), so it is not offered.
    // dropdesk: a payment the repayment letter names is not undone (409 `asked-back-already`), so it is not offered: why, instead.
    const askedBack = o.paidBillDropped?.askedOn && o.paidBillDropped.reference === b.reference ? o.paidBillDropped.askedOn : null;
    const undo = !b.paidOn ? '' : closed ? html` · <span class="muted">${w.undoPaidClosed}</span>` : askedBack ? html` · <span class="muted">${words.undoPaidAskedBack(o.contract.provider.name, humanDate(askedBack, lang))}</span>` : html` <form method="post" action="${keepFromToday(`/app/contracts/${o.contract.id}/bills-paid/undo`, cameFromToday)}" class="inline">${hidden(b.reference)}<button type="submit" class="secondary">${w.undoPaid}</button></form>`;
    return html`<li>${w.billOwed(b.reference, money(b.amount, lang), finalBillListed(b), untilListed(b), b.collectionAgency, afterEndListed(b, lang), premiumListed(b, lang), overdrawnListed(b, lang), b.bankCharge)} · ${standing}${pay}${undo}</li>`;
  });
  return html`<div class="card" id="bills"><h3>${w.billsOwed}</h3><p>${w.billsOwedText}</p>${errorSummary(form, undefined, (f) => (f === 'paidOn' && failed >= 0 ? `bill-${failed}-paidOn` : undefined))}<ul class="bills">${items}</ul></div>`;
}

/**
 * refund: the refund the provider confirmed, while anything of it is to come: what, by when (Steward's term), late once it
 * passed, with the form to record what came (amount and day) and the undo of the latest receipt. Beside a bill the estate still
 * owes this provider, both stand side by side, never netted: a set-off (art. 6:127 BW) is the owner's decision, only mentioned.
 */
function refundSection(lang: Lang, o: ContractOverview, refused: FormState | undefined, cameFromToday: boolean | undefined): SafeHtml | '' {
  const r = o.contract.refund;
  if (!r) return '';
  const w = ownerWords(lang).contract;
  const form = ownForm(lang, refused ?? {}, ['amount', 'receivedOn']);
  const said = refundText(o.contract.provider.name, r, lang);
  const when = r.left <= 0
    ? w.refundReceivedAll(money(r.received, lang), humanDate(r.lastReceivedOn!, lang))
    : r.late
      ? w.refundLateSince(humanDate(r.remindedPayBy ?? r.expectedBy, lang))
      : r.remindedOn && r.remindedPayBy ? w.refundReminded(humanDate(r.remindedOn, lang), humanDate(r.remindedPayBy, lang)) : w.refundExpectedBy(humanDate(r.expectedBy, lang));
  // smallmends: prefilled with at most what the provider reported and she did not record yet, empty without its report.
  const offered = reportedNotRecorded(r);
  const beside = r.left > 0 && o.bills.some((b) => stillToPay(b) > 0) ? html`<p>${w.refundBesideBill}</p>` : '';
  // refundclose: the provider's report that it paid, beside her form: its word, which she holds against the estate account; billsplit
  // (audit87 F5): only while it reported more than she recorded received (`reportedNotRecorded`), as Today lists it, not once she has.
  return html`<div class="card" id="refund"><h3>${w.refundsToReceive}</h3>${errorSummary(form)}<p>${said} · ${when}</p>${beside}${reportedNotice(lang, o, offered > 0 ? r.reportedPaid : null, 'refund-reported')}${receiptForms(lang, o, form, r, offered, cameFromToday, 'refund')}</div>`;
}

/** The provider's reports that it paid (a refund, or askdesk's money asked back), beside her receipt form: its word, which she holds against the estate account. */
function reportedNotice(lang: Lang, o: ContractOverview, told: ReportedPaidTotal | null, id: 'refund-reported' | 'asked-back-reported'): SafeHtml | '' {
  return told ? html`<p class="notice" id="${id}">${ownerWords(lang).contract.refundPaidReported(o.contract.provider.name, money(told.amount, lang), humanDate(told.paidOn, lang), told.reports.map((e) => ({ amount: money(e.amount, lang), on: humanDate(e.paidOn, lang), reference: e.reference })))}</p>` : '';
}

/**
 * askback: money asked back by letter (a final bill paid before the provider dropped the claim), followed as a refund: what was asked
 * and when, by when (the latest letter's day, Steward's term), late once it passed, and the same forms (receipt, reminder letter,
 * undo), which the refunds module takes for this money. askboth: beside a refund of the contract's own too, on its own card with its own
 * sum (its forms say `answers`).
 */
function askedBackSection(lang: Lang, o: ContractOverview, refused: FormState | undefined, cameFromToday: boolean | undefined): SafeHtml | '' {
  const a = o.paidBillDropped?.followed;
  if (!a) return '';
  const w = ownerWords(lang).contract;
  const form = ownForm(lang, refused ?? {}, ['amount', 'receivedOn']);
  const provider = o.contract.provider.name;
  const said = w.refundToReceive(provider, a.reference, money(a.left, lang), money(a.amount, lang), a.received > 0 ? { amount: money(a.received, lang), on: humanDate(a.lastReceivedOn!, lang) } : null);
  const when = a.left <= 0
    ? w.refundReceivedAll(money(a.received, lang), humanDate(a.lastReceivedOn!, lang))
    : a.late ? w.refundLateSince(humanDate(a.payBy, lang)) : a.remindedOn ? w.refundReminded(humanDate(a.remindedOn, lang), humanDate(a.payBy, lang)) : w.askedBackExpectedBy(humanDate(a.payBy, lang));
  // askdesk: the provider's reports of paying it back, and her form offering what it reported and she did not record, as a refund's.
  const offered = reportedNotRecorded(a);
  return html`<div class="card" id="asked-back"><h3>${w.askedBackToReceive}</h3>${errorSummary(form)}<p>${said} · ${w.askedBackOn(provider, humanDate(a.askedOn, lang), o.paidBillDropped!.afterDrop)} · ${when}</p>${reportedNotice(lang, o, offered > 0 ? a.reportedPaid : null, 'asked-back-reported')}${receiptForms(lang, o, form, a, offered, cameFromToday, 'askedBack')}</div>`;
}

/** Money to receive (a refund, or askback's money asked back: `answers`, which each form says): the form to record what came, the reminder letter once late, the undo of the latest receipt. */
function receiptForms(lang: Lang, o: ContractOverview, form: FormState, r: { left: number; received: number; late: boolean }, offered: number, cameFromToday: boolean | undefined, answers: ReceiptAnswers): SafeHtml {
  const w = ownerWords(lang).contract;
  const which = html`<input type="hidden" name="answers" value="${answers}">`;
  // refundletter: past its term (or a reminder's), the letter asking it paid to the estate account.
  const remind = r.late ? html`<form method="post" action="${keepFromToday(`/app/contracts/${o.contract.id}/refund-reminder`, cameFromToday)}" class="inline">${which}<button type="submit" class="secondary">${ownerWords(lang).today.sendRefundReminder}</button></form>` : '';
  const receive = r.left > 0
    ? html`<form method="post" action="${keepFromToday(`/app/contracts/${o.contract.id}/refund-received`, cameFromToday)}" novalidate>${which}${field(form, 'amount', w.refundReceivedLabel, { initial: offered ? amountValue(offered, lang) : undefined })}${field(form, 'receivedOn', w.refundReceivedOnLabel, { type: 'date', required: true, initial: o.today })}<button type="submit">${w.markRefundReceived}</button></form>`
    : '';
  const undo = r.received > 0 ? html` <form method="post" action="${keepFromToday(`/app/contracts/${o.contract.id}/refund-received/undo`, cameFromToday)}" class="inline">${which}<button type="submit" class="secondary">${w.undoRefundReceived}</button></form>` : '';
  return html`${receive}${remind}${undo}`;
}

/**
 * The contract at a glance, under its heading (audit: a confirmed end date and final bill were only in the
 * history): what was asked and when the request went, what the provider confirmed (date, its reference, the
 * final bill or refund), and what is still open (bills disputed, bills owed and not yet paid). Only what is recorded.
 */
function summarySection(lang: Lang, o: ContractOverview): SafeHtml {
  const summary = ownerWords(lang).contract.summary;
  const c = o.contract;
  // bankwords3: a bank's costs are costs here too, as on its forms (`summary.charge`); payoutdate2: an insurer's its nota (`summary.nota`);
  // stop72mends: a pension fund's its recovery (`summary.fund`).
  const biller = billerOf(askedInstead(c.action, requestAsked(c)));
  const w = biller === 'bank' ? { ...summary, ...summary.charge } : biller === 'insurer' ? { ...summary, ...summary.nota } : biller === 'fund' ? { ...summary, ...summary.fund } : summary;
  // rentend: the day the letter asks (a lease nobody continues: the law's), her own other date said beside it (`endDateByLaw`).
  const askedOn = c.askedEndDate ?? c.requestedEndDate;
  const requested = askedOn ? humanDate(askedOn, lang) : null;
  const holder = o.familyMembers.find((m) => m.id === c.transferToFamilyMemberId)?.name ?? null;
  // The latest: one not delivered, or set apart, is made anew after it.
  const request = [...c.letters].reverse().find((l) => l.kind === (c.action === 'transfer' ? 'transfer' : 'cancellation') && l.status === 'sent');
  // A cancellation that asks no end (a bank account, an insurer: `requestAsked`) is named by what its letter asks.
  const ask = requestAsked(c);
  const cancelAsked = ask.bankAccount ? w.askedBank(humanDate(o.estate.deceased.dateOfDeath, lang)) : ask.insurance ? w.askedInsurance[ask.insurance] : ask.pensionFund ? w.askedInsurance.pension : w.askedCancel(requested, humanDate(o.estate.deceased.dateOfDeath, lang));
  const asked = [c.action === 'transfer' ? w.askedTransfer(holder, requested) : cancelAsked, request ? requestWent(lang, asItStands(c, request)) : w.notSent, ...(c.endDateByLaw ? [c.endDateByLaw] : []), ...(c.handoverText ? [c.handoverText] : [])];
  // bankletters: a block is no confirmed end: the bank's answer, and whether its balance reached the estate account (bankrest: none to release at nil or below).
  const block = askedInstead(c.action, ask) === 'bank' && ask.answerDone?.done === 'accountBlocked' ? ask.answerDone : null;
  const release = !block ? '' : block.balanceReleased ? w.release.released : block.balance !== null && block.balance <= 0 ? w.release.nothing : w.release.awaited;
  const confirmed = c.effectiveDate
    ? [
        c.action === 'transfer' ? w.transferDate(humanDate(c.effectiveDate, lang)) : askedInstead(c.action, ask) ? (ask.answerDone ? w.answered[ask.answerDone.done](humanDate(ask.answerDone.balanceOn ?? c.effectiveDate, lang)) : w.handledAsOf(humanDate(c.effectiveDate, lang))) : w.endDate(humanDate(c.effectiveDate, lang)),
        release,
        c.providerReference ? w.reference(c.providerReference) : '',
        c.finalInvoiceAmount === null ? '' : o.droppedFinalBill ? w.finalBillDropped(finalBill(c.finalInvoiceAmount, lang), c.provider.name) : (ask.answerDone?.done === 'pensionStopped' ? w.recovery : w.finalBill)(finalBill(c.finalInvoiceAmount, lang)),
      ].filter(Boolean)
    : [w.notConfirmed];
  // The heirs' tax return values what they acquire at the death: "naar de waarde … op het tijdstip van de verkrijging" (art. 21 lid 1
  // Successiewet 1956, wetboek-online.nl). A bank's balance per another day is not that value (correctionletters).
  const died = o.estate.deceased.dateOfDeath;
  // balancecorrect: per the day the balance was given (`balanceOn`), not a date the bank corrected without it.
  const balanceOn = block && block.balance !== null ? (block.balanceOn ?? c.effectiveDate) : null;
  const open = [
    ...(balanceOn && balanceOn !== died ? [w.balanceAtDeath(humanDate(died, lang), c.provider.name, humanDate(balanceOn, lang))] : []),
    ...(o.collection ? [w.collection(o.collection.agency, o.collection.reference, o.collection.amount === null ? null : money(o.collection.amount, lang))] : []),
    ...(o.suspended ? [w.collectionSuspended(o.suspended.claim.agency ?? o.suspended.answer.agency, o.suspended.claim.reference, o.suspended.claim.amount === null ? null : money(o.suspended.claim.amount, lang))] : []),
    ...((o.collection || o.suspended) && o.recordedNotice ? [w.agencyWrites(ownerWords(lang).contract.letterLanguages[o.recordedNotice.agencyLanguage === 'en' ? 'en' : 'nl'])] : []),
    ...c.openDisputes.map((d) => `${w.disputed(d.reference, money(stillDisputed(d), lang))}${d.rejectionReason ? ` (${w.heldBy(c.provider.name)})` : ''}`),
    ...o.bills
      .filter((b) => stillToPay(b) > 0)
      .map((b) => {
        const bill = ownerWords(lang).contract.billOwed(b.reference, money(b.amount, lang), finalBillListed(b), untilListed(b), b.collectionAgency, afterEndListed(b, lang), premiumListed(b, lang), overdrawnListed(b, lang), b.bankCharge);
        return b.paidOn ? w.partlyPaid(bill, ownerWords(lang).contract.partlyPaid(money(stillToPay(b), lang), money(b.paidAmount ?? 0, lang), humanDate(b.paidOn, lang))) : w.toPay(bill);
      }),
  ];
  // refundtoday: a refund still to come is open too, on its own line (never netted with a bill); beside it the bills' part stays said.
  const refund = c.refund && c.refund.left > 0 ? [w.refundToCome(money(c.refund.left, lang), c.refund.received > 0 ? money(c.refund.amount, lang) : null)] : [];
  // collowner: a final bill paid before the provider dropped the claim: only what is recorded, and that she may ask (no right is claimed).
  // paiddrop: asked here by letter (the refunds module's `repayment-request`), then said as asked, with Steward's term.
  const paid = o.paidBillDropped;
  const said = paid && paidOnDropSaid(c.provider.name, paid, lang);
  // askback: once all of it came back, nothing of it is open (its card says it came).
  const askBack = !paid || !said || (paid.followed && paid.followed.left <= 0) ? [] : paid.askedOn && paid.payBy
    ? [w.askedBackAfterDrop(said, humanDate(paid.askedOn, lang), humanDate(paid.payBy, lang))]
    : [html`${w.paidThenDropped(said)} ${o.estate.status === 'closed' ? '' : actionButton(`/app/contracts/${c.id}/repayment-request`, w.askBack)}`];
  const items = [...open, ...refund, ...askBack, ...((refund.length || askBack.length) && !open.length ? [w.nothingOpen] : [])];
  return html`<dl class="card" id="summary"><dt>${w.asked}</dt><dd>${asked.join(' · ')}</dd><dt>${block ? w.answeredBy(c.provider.name) : w.confirmedBy(c.provider.name)}</dt><dd>${confirmed.join(' · ')}</dd>
<dt>${w.open}</dt><dd>${items.length ? html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>` : w.nothingOpen}</dd></dl>`;
}

/**
 * A letter of the contract as `deliveryText` reads it: in a colleague's downloaded batch (`requestLetter.inColleaguesBatch`) it says whose,
 * as its status does (estatebutton); come back by post (its view's `returned`), when and why (returnedpost).
 */
const asItStands = <L extends { id: string; returned?: { on: string; reason: string | null; remade: boolean; addressCheckedAt: string | null; addressCheckedBy: string | null } | null }>(c: ContractOverview['contract'], l: L) => {
  const batch = c.requestLetter?.inColleaguesBatch;
  const r = l.returned;
  return { ...l, inColleaguesBatch: batch?.letterId === l.id ? batch : null, returnedOn: r?.on ?? null, returnedReason: r?.reason ?? null, returnRemade: r?.remade ?? null, returnCheckedAt: r?.addressCheckedAt ?? null, returnCheckedByName: r?.addressCheckedBy ?? null };
};

/**
 * When the request went: a post letter only once its print batch is marked posted (until then it waits for the post), an e-mail
 * once delivered, on the day it was (`sentOn`); until then its date and where its delivery stands.
 */
function requestWent(lang: Lang, letter: { letterDate: string; channel: string; deliveryStatus: string; deliveryError: string | null; deliveredAt: string | null; beingSent: boolean }): string {
  const w = ownerWords(lang).contract.summary;
  if (letter.deliveryStatus === 'posted' && letter.deliveredAt) return w.postedOn(humanDate(letter.deliveredAt, lang));
  const on = sentOn({ ...letter, deliveredAt: letter.deliveredAt ? new Date(letter.deliveredAt) : null });
  return on ? w.sentOn(humanDate(on, lang)) : w.waitsForPost(humanDate(letter.letterDate, lang), deliveryText(lang, letter));
}

const violationList = (lang: Lang, violations: LintViolation[]) => html`<ul>${violations.map((v) => html`<li>${violationText(lang, v)}</li>`)}</ul>`;

/** What the contract page shows again: the notice of the post just done, a refused form (`failed` names it), documents just uploaded to tick. */
export interface ContractPageState {
  flash?: string;
  failed?: string;
  form?: FormState;
  enclose?: string[];
  /** The call whose correction was refused (`failed: 'call-correct'`). */
  callId?: string;
  /** Where the recorded calls stand (`?calls=&callsBack=`). */
  callsAt?: PagePosition;
  /** Where the history stands (`?history=&historyBack=`): its newest page unless the owner went to older ones. */
  historyAt?: PagePosition;
  /** Opened from a Today row (`?from=today`): the page offers the way back, and its forms keep it after saving. */
  fromToday?: boolean;
}

/**
 * A letter in the contract's list, by kind and addressee (audit95 F4): the provider's and the agency's letters of one day read apart. A kind
 * whose label names its reader already („(aan incassobureau)") is named without, beside the name (askwords, as the take-back's refusal).
 */
function letterNamed(lang: Lang, letter: { kind: string; recipient: string }, category: string): string {
  const w = ownerWords(lang).contract;
  return w.letterTo(w.takeBackRefused.kindsToRecipient[letter.kind] ?? letterKindNamed(lang, letter.kind, category), letter.recipient);
}

/** A held-back letter's button to produce it again, or in a few words why it is not produced again (nothing for one made after the rule was read). */
function produceAgain(lang: Lang, letterId: string, refusal: RetryRefusal | null | undefined): SafeHtml | '' {
  const w = ownerWords(lang).contract;
  if (refusal === null) return actionButton(`/app/letters/${letterId}/retry`, w.produceAgain);
  return refusal && refusal !== 'not-blocked' ? html`<p class="muted">${w.notAgain[refusal]}</p>` : '';
}

export function contractPage(user: StaffPrincipal, o: ContractOverview, state: ContractPageState = {}): string {
  const lang = user.lang;
  const w = ownerWords(lang).contract;
  const c = o.contract;
  // bankdispute, bankowner, bankpages: a bank charges costs and books them back; it sends no invoice nor credit note.
  const bank = askedInstead(c.action, requestAsked(o.contract)) === 'bank';
  // kifidwords, factuurwords: an insurer's committee forms name the body that hears the case (Kifid, the SKGZ), and its nota.
  const insurerBody = bank ? null : insurersBody(c.provider.category, c.insuranceKind);
  const context: FormContext = { w: bank ? { ...w, ...w.charge } : insurerBody ? { ...w, ...w[insurerBody] } : w, lang, o, enclose: state.enclose ?? [] };
  // The action came from Today: saving comes back here with the way back to Today still offered.
  const from = state.fromToday;
  // The BRP check has its own place, with the task it closes; the machine offers it on every unsent contract.
  // A closed estate takes no new work (409 `estate-closed`): a late bill on a closed contract waits for the reopen.
  const estateClosed = o.estate.status === 'closed';
  // The take-back is offered only where it is accepted (`takeBackRefused`: why not, as its own check says).
  // reqheld: the provider cannot answer a request whose letter never went (`answersTheRequest`): its answers wait, the next step says why.
  const awaitsLetter = (name: string) => requestNeverWent(c.requestLetter?.standing) && answersTheRequest(CONTRACT_FORMS[name].event, c.state);
  const answerable = estateClosed ? [] : formsFor(c.workflow?.accepts ?? [], c, { drop: o.recordedDrop, noticeRecorded: o.recordedNotice !== null, agencyStopUndoable: o.agencyStopUndo !== null, decisionRecorded: o.recordedDecision !== null }).filter((name) => name !== 'brp-check' && !(name === 'take-back-confirmation' && o.takeBackRefused));
  const offered = answerable.filter((name) => !awaitsLetter(name));
  const waiting = answerable.filter(awaitsLetter);
  // A form refused because the contract no longer takes it (a second acknowledgement from a page opened before the first)
  // comes back with what she typed and why, though it is no longer offered.
  const refusedForm = state.failed && state.failed !== 'brp-check' && Object.hasOwn(FORMS, state.failed) && !offered.includes(state.failed) && state.form?.values ? [state.failed] : [];
  const formOf = (name: string) => {
    const spec = FORMS[name];
    const { formLabels, chargeFormLabels } = ownerWords(lang).errors;
    // bankwords3: a bank's form refused before its contract was known (the DTO's own refusal) names its costs as the service does (`chargeNamed`);
    // bankdebts: any other's names its invoice (`billNamed`), as the page knows which it is.
    const refused = state.form ?? {};
    const named = refused.errors ? { ...refused, errors: bank ? chargeNamed(refused.errors, name === 'credit-note-sent') : billNamed(refused.errors) } : refused;
    const form = state.failed === name ? { ...ownForm(lang, named, spec.order), labels: { ...formLabels[name], ...(bank ? chargeFormLabels[name] : {}) } } : {};
    const bankName = bank ? BANK_FORMS[name] : insurerBody ? insurerForms(insurerBody)[name] : undefined;
    const title = w.forms[bankName ?? name];
    return html`<form method="post" action="${keepFromToday(`/app/contracts/${c.id}/${name}`, from)}" class="card" id="${spec.anchor === 'answer' ? `answer-${name}` : spec.anchor}" novalidate>
<h3>${title}</h3>${errorSummary(form, undefined, (f) => prefixedIds(`${name}-`)(f.replace(/^documentIds\b.*/, 'documentIds')))}${spec.fields(form, { idPrefix: `${name}-` }, context)}<button type="submit">${title}</button></form>`;
  };
  const forms = [...offered, ...refusedForm].map(formOf);
  // In their place what to do; an answer she heard all the same (by phone: the provider may know of the death) is folded away, not offered.
  const answersWait = waiting.length
    ? [html`<div class="card" id="answers-await"><p>${w.answersAwaitRequest(c.provider.name)} ${w.next(c.nextStep)}</p><details><summary>${w.answeredAnyway(c.provider.name)}</summary><div class="grid two">${waiting.map(formOf)}</div></details></div>`]
    : [];
  const takeBackRefused = !estateClosed && o.takeBackRefused && c.workflow?.accepts.includes('TAKE_BACK_CONFIRMATION') && !refusedForm.includes('take-back-confirmation')
    ? [html`<div class="card" id="take-back"><h3>${w.forms['take-back-confirmation']}</h3><p class="muted">${o.takeBackRefused}</p></div>`]
    : [];
  // A refusal without a form of its own (sending the request, a state that moved on) is shown on top.
  const brpForm = state.failed === 'brp-check' ? (state.form ?? {}) : {};
  // A later end date not handled yet: the owner marks it here as on Today, with the same note.
  const laterOpen = isLaterEndDate(c.endDateNotice) && !c.endDateNotice.handled;
  const placed = [...offered, ...refusedForm, 'correct', ...(c.brpCheckOpen ? ['brp-check'] : []), ...(laterOpen ? ['later-end-date'] : []), ...(o.bills.length ? ['bills'] : []), 'calls', 'call-correct'];
  // Only the upload beside the question has fields on this page; sending the request names none.
  const unplaced = state.failed && !placed.includes(state.failed) ? errorSummary(ownForm(lang, state.form ?? {}, ['kind', 'file']), w.notDone, (f) => (state.failed === 'documents' ? f : undefined)) : '';
  const facts = [
    html`${w.facts} <span class="badge">${contractStateNamed(lang, c)}</span>`,
    c.dueAt ? w.dueOn(humanDate(c.dueAt, lang)) : '',
    w.account(c.accountNumber, numberKindOf(c.provider.category, c.accountNumber)),
    askedLabel(lang, c),
    c.providerReference ? w.providerRef(c.providerReference) : '',
  ].filter((f) => f !== '');
  return appPage(
    user,
    `${c.provider.name} · ${fullName(o.estate.deceased)}`,
    html`${notice(lang, state.flash === 'sent' && c.requestLetter?.standing === 'heldBack' ? 'sentHeld' : state.flash, true)}${unplaced}<p class="back">${state.fromToday ? html`${backToToday(lang)} · ` : ''}<a href="/app/estates/${o.estate.id}">${ownerWords(lang).estate.back(fullName(o.estate.deceased), o.estate.reference)}</a></p>
<h1>${c.provider.name}: ${c.description}</h1>
${summarySection(lang, o)}
<div class="card"><p class="status">${c.statusText}</p><p>${w.next(c.nextStep)}</p>
${estateClosed && c.workflow?.accepts.includes('INVOICE_AFTER_END') ? html`<p class="muted" id="late-bill">${w.lateBillAfterReopen}</p>` : ''}
<p>${facts.map((f, i) => html`${i ? ' · ' : ''}${f}`)}</p>
${c.answerWithdrawn ? html`<div class="notice" id="answer-withdrawn">${actionButton(keepFromToday(`/app/contracts/${c.id}/answer-withdrawn/handled?back=contract`, from), ownerWords(lang).today.resolutions.handle_answer_withdrawn)}</div>` : ''}
${laterOpen ? html`<div class="notice" id="later-end-date">${laterEndDateForm(c.id, state.failed === 'later-end-date' ? (state.form ?? {}) : {}, 'later-end-date-', lang, 'contract', from)}</div>` : ''}
${c.brpCheckOpen ? html`<div class="notice" id="brp-check"><p>${brpCheckText(c.provider.name, c.provider.category, lang)}</p>${brpCheckForm(c.id, brpForm, 'brp-check-', lang, from)}</div>` : ['draft', 'ready'].includes(c.state) ? html`<p><a href="/app/contracts/${c.id}/preview">${w.previewLetter}</a> ${c.state === 'ready' ? actionButton(keepFromToday(`/app/contracts/${c.id}/request`, from), w.sendRequest) : ''}</p>` : ''}</div>
${c.undeliveredEffects.length ? html`<div class="error" role="alert"><p>${w.undelivered}</p><ul>${c.undeliveredEffects.map((u) => html`<li>${u.kindText}: ${u.lastErrorText}</li>`)}</ul></div>` : ''}
${billsSection(lang, o, state.failed === 'bills' ? state.form : undefined, from)}${refundSection(lang, o, state.failed === 'refund' ? state.form : undefined, from)}${askedBackSection(lang, o, state.failed === 'asked-back' ? state.form : undefined, from)}${neededSection(lang, o, from)}${questionSection(lang, o, from)}
${callForm(c.id, c.provider.name, o.callAgency, state.failed === 'calls' ? (state.form ?? {}) : {}, o.today, lang, from)}
${recordedCalls(c.id, c.provider.name, o.calls, state.callsAt ?? {}, o.callAgency, state.failed === 'call-correct' ? (state.form ?? {}) : {}, state.callId, lang, from, state.historyAt)}
${forms.length || takeBackRefused.length || answersWait.length ? html`<h2 id="answer">${w.record}</h2>` : ''}${answersWait}<div class="grid two">${forms}${takeBackRefused}</div>
${['draft', 'ready'].includes(c.state) ? '' : html`<h2>${w.enclosures}</h2>${o.enclosures.length
      ? html`<ul>${o.enclosures.map((d) => html`<li><a href="/app/documents/${d.id}">${d.fileName}</a> (${label(lang, 'documentKinds', d.kind)})</li>`)}</ul>`
      : html`<p>${w.none}</p>`}`}
${contractCorrectionSection(lang, o, state.failed === 'correct' ? state.form : {}, from)}
<h2 id="letters">${w.letters}</h2>${c.letters.length
      ? html`<ul>${c.letters.map((l) => html`<li>${humanDate(l.letterDate, lang)} · ${letterNamed(lang, l, c.provider.category)} · ${l.status === 'sent' ? html`<a href="/app/letters/${l.id}/pdf">PDF</a> (${deliveryText(lang, asItStands(c, l))})${l.returned && !l.returned.addressCheckedAt ? html` ${returnCheckedButton(lang, l.id, `/app/contracts/${c.id}`, from)}` : ''}` : html`<strong>${label(lang, 'letterStatus', l.status)}</strong>${violationList(lang, l.violations)}${produceAgain(lang, l.id, o.retryRefusals.get(l.id))}`}</li>`)}</ul>`
      : html`<p>${w.noLetters}</p>`}
${historySection(c.id, c.timeline, c.timelineNext, state, lang)}`,
  );
}

/** The history's own position parameters on the contract page, beside the recorded calls'. */
const HISTORY_PAGER = { cursor: 'history', back: 'historyBack', anchor: 'history' };

/**
 * pagehist: one page of the contract's history, oldest first as it always read, with „Oudere gebeurtenissen” above it
 * (where the older ones come before) and „Nieuwere gebeurtenissen” back; the calls' position and the way back to Today are kept.
 */
function historySection(contractId: string, entries: ContractOverview['contract']['timeline'], older: string | null, state: ContractPageState, lang: Lang): SafeHtml {
  const w = ownerWords(lang).contract;
  const words = { previous: w.historyPages.newer, next: w.historyPages.older, pages: w.historyPages.nav };
  const kept = { from: state.fromToday ? 'today' : undefined, calls: state.callsAt?.cursor, callsBack: state.callsAt?.back };
  const links = pager(`/app/contracts/${contractId}`, kept, state.historyAt ?? {}, older, lang, HISTORY_PAGER, words);
  // Not numbered (audit88 F10): a page counts back from the newest and knows no count of the older ones, so each page's „1.” was untrue.
  return html`<h2 id="history">${w.history}</h2>${links}<ul class="card">${entries.map((t) => html`<li><span class="muted">${humanDate(t.at, lang)} · ${t.actor.name}</span><br>${t.summary}</li>`)}</ul>`;
}

/** A preview the rules refuse: what the letter would say and why it would not be sent. */
export function previewRefusedPage(user: StaffPrincipal, contractId: string, text: string, violations: LintViolation[]): string {
  const w = ownerWords(user.lang).contract;
  return appPage(
    user,
    w.previewTitle,
    html`<p><a href="/app/contracts/${contractId}">${w.backToContract}</a></p><h1>${w.wouldBlock}</h1>
<div class="error" role="alert">${violationList(user.lang, violations)}</div><pre class="card">${text}</pre>`,
  );
}
