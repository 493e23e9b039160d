import { readdressedWarning } from '../letters/print-batches.service';
import type { StaffPrincipal } from '../auth/principal';
import { html, humanDate, humanMoment, SafeHtml, stackedTable } from '../web/html';
import type { ContractItem, InformationRequestItem, Resolution, WorkQueue } from './work-queue.service';
import { actionButton, appPage, label, notice } from './workspace-pages';
import { reportKindText, reportOutcomeText, stepErrorText, stepKindText } from './owner-reasons';
import { pager, PagePosition } from '../web/pager';
import { brpCheckForm, laterEndDateForm } from './contract-pages';
import { type Lang, ownerWords, premiumListed, overdrawnListed, afterEndListed, untilListed, finalBillListed } from '../words';
import { amountValue, errorSummary, field, type FormState, prefixedIds, select } from '../web/fields';
import type { ReportedBill } from '../portal/family-reports.service';
import { DOCUMENT_KINDS } from '../documents/document.entity';
import { ownForm } from './estate-pages';
import { money } from '../../workflows/wording';
import { keepFromToday } from '../web/from-today';

type TodayWords = ReturnType<typeof ownerWords>['today'];

/** A contract's page as Today opens it (`?from=today`): it offers the way back, and its forms keep it. */
const contractFromToday = (contractId: string, anchor?: string) => keepFromToday(`/app/contracts/${contractId}${anchor ? `#${anchor}` : ''}`, true);

/** An estate's page, and the print page, as Today opens them (or a button posts to them): the way back is offered there too. */
const estateFromToday = (estateId: string, rest = '') => keepFromToday(`/app/estates/${estateId}${rest}`, true);
const PRINT_FROM_TODAY = keepFromToday('/app/print', true);
/** famnews (audit93 F7): a relative's entry among the estate's family (her relation, e-mail, a new code), so the owner knows whom to call. */
const relativeOnEstate = (estateId: string, familyMemberId: string) => estateFromToday(estateId, `#member-${familyMemberId}`);

/** The one action that takes an item off the queue: a button when it needs nothing more, else a link to its form. */
function resolve(lang: Lang, resolution: Resolution, id: string): SafeHtml {
  const w = ownerWords(lang).today;
  const link = (anchor: string) => html`<a class="button" href="${contractFromToday(id, anchor)}">${w.resolutions[resolution as 'record_answer']}</a>`;
  switch (resolution) {
    case 'send_request':
      return actionButton(`/app/contracts/${id}/request`, w.resolutions.send_request);
    case 'record_answer':
    case 'record_release':
      return link('answer');
    case 'resolve_dispute':
    case 'decide_dispute':
      return link('dispute');
    case 'amend_or_withdraw':
      return link('rejected');
    case 'supply_information':
      return link('information');
    case 'retry_letter':
      return actionButton(`/app/letters/${id}/retry`, w.resolutions.retry_letter);
    case 'handle_report':
      return reportHandledForm(id, {}, lang);
    case 'retry_step':
      return actionButton(`/app/parked-steps/${id}/retry`, w.resolutions.retry_step);
    case 'check_brp':
      return brpCheckForm(id, {}, `brp-${id}-`, lang);
    case 'handle_later_end_date':
      return laterEndDateForm(id, {}, `later-${id}-`, lang);
    case 'handle_answer_withdrawn':
      return actionButton(`/app/contracts/${id}/answer-withdrawn/handled`, w.resolutions.handle_answer_withdrawn);
    case 'mark_readdress_seen':
      return actionButton(`/app/readdress-notices/${id}/seen`, w.resolutions.mark_readdress_seen);
    case 'record_payment':
      return link('bills');
    case 'fix_letter':
      return link('letters');
    case 'post_letter':
      return html`<a class="button" href="${PRINT_FROM_TODAY}">${w.resolutions.post_letter}</a>`;
    case 'pass_on_report':
      return passedOnForm(id, {}, lang);
    case 'withdraw_request':
      return link('withdraw');
    case 'record_call':
      return link('calls');
  }
}

/** A report that reached nobody, marked passed on another way: how (required) and a short note. `refused`: shown again with what was typed. */
function passedOnForm(letterId: string, refused: FormState, lang: Lang): SafeHtml {
  const form = ownForm(lang, refused);
  const w = ownerWords(lang).today;
  const prefix = `passed-on-${letterId}-`;
  const ways = Object.entries(w.passedOnWays) as [string, string][];
  return html`<form method="post" action="/app/letters/${letterId}/passed-on" class="passed-on" novalidate>${errorSummary(form, undefined, prefixedIds(prefix))}
${select(form, 'how', w.passedOnHow, [['', ''], ...ways], { required: true, idPrefix: prefix })}
${field(form, 'note', w.passedOnNote, { idPrefix: prefix, maxlength: 500 })}
<button type="submit">${w.resolutions.pass_on_report}</button></form>`;
}

/**
 * A family report marked handled, with the owner's optional reply to the relative (the API's body: their portal shows it
 * under the report and in their timeline). `refused`: the post refused (a reply too long), shown again on its report.
 */
function reportHandledForm(id: string, refused: FormState, lang: Lang, waitingBill = false): SafeHtml {
  const form = ownForm(lang, refused);
  const prefix = `report-${id}-`;
  const w = ownerWords(lang).today;
  return html`<form method="post" action="/app/family-reports/${id}/handle" class="report-handled" novalidate>${errorSummary(form, undefined, prefixedIds(prefix))}
${field(form, 'reply', waitingBill ? w.nothingToDo : w.reportReply, { idPrefix: prefix, multiline: true, required: waitingBill })}
<button type="submit">${ownerWords(lang).today.resolutions.handle_report}</button></form>`;
}

/**
 * A bill the family reported, recorded as the contract's bill: filled in with what the family typed, for the owner to correct
 * (the API's body, `POST /family-reports/:id/bill`), with her optional reply to the reporter; what she records is what the letters say. `refused`: shown again as typed.
 */
function reportedBillForm(r: { id: string; bill: ReportedBill | null; contracts?: { id: string; label: string }[] }, refused: FormState | undefined, lang: Lang): SafeHtml {
  const w = ownerWords(lang);
  const form = ownForm(lang, refused ?? {});
  const idPrefix = `bill-${r.id}-`;
  const as = (value: string | number | null | undefined) => ({ initial: value === null || value === undefined ? undefined : String(value), idPrefix });
  const c = w.contract;
  return html`<form method="post" action="/app/family-reports/${r.id}/bill" class="reported-bill" novalidate>${errorSummary(form, undefined, prefixedIds(idPrefix))}
<p class="muted">${w.today.recordBillHint}</p>
${r.contracts ? select(form, 'contractId', w.today.billContract, [['', ''], ...r.contracts.map((c): [string, string] => [c.id, c.label])], { required: true, idPrefix }) : ''}${field(form, 'invoiceDate', c.invoiceDate, { type: 'date', required: true, ...as(r.bill?.invoiceDate) })}${field(form, 'periodFrom', c.periodFrom, { type: 'date', required: true, ...as(r.bill?.periodFrom) })}${field(form, 'periodTo', c.periodTo, { type: 'date', required: true, ...as(r.bill?.periodTo) })}${field(form, 'amount', c.amount, { required: true, ...as(r.bill?.amount === null || r.bill?.amount === undefined ? null : amountValue(r.bill.amount, lang)) })}${field(form, 'reference', c.invoiceNumber, { required: true, ...as(r.bill?.reference) })}${field(form, 'dueOn', c.dueOnBill, { type: 'date', idPrefix })}${field(form, 'reply', w.today.reportReply, { idPrefix, multiline: true })}
<button type="submit">${w.today.recordBill}</button></form>`;
}

/**
 * familyupload (audit103 F3): the file that came with a report taken into the estate as a kind (`POST /family-reports/:id/document`),
 * so an answer to a provider may enclose it without downloading and uploading it again. `refused`: shown again as chosen.
 */
function takeUploadForm(id: string, refused: FormState | undefined, lang: Lang): SafeHtml {
  const w = ownerWords(lang).today;
  const form = ownForm(lang, refused ?? {});
  const idPrefix = `take-${id}-`;
  return html`<form method="post" action="/app/family-reports/${id}/document" class="take-upload" novalidate>${errorSummary(form, undefined, prefixedIds(idPrefix))}
${select(form, 'kind', w.takeUploadAs, [['', ''], ...DOCUMENT_KINDS.map((k): [string, string] => [k, label(lang, 'documentKinds', k)])], { required: true, idPrefix })}
<button type="submit">${w.takeUpload}</button></form>`;
}

/** What the family typed off a bill, in the owner's words: nothing of it has gone anywhere yet. */
const reportedBillText = (b: ReportedBill, lang: Lang) => {
  const date = (d: string | null) => (d ? humanDate(d, lang) : null);
  return ownerWords(lang).today.reportedBill(b.reference, b.amount === null ? null : money(b.amount, lang), date(b.invoiceDate), date(b.periodFrom), date(b.periodTo));
};

/**
 * A report's actions on Today: marked handled (with a reply), and for a bill waiting on her on a known or chosen contract, recorded as the
 * contract's bill first; a waiting bill handled without that is nothing to do, and the reply (required) says why. The form she sent
 * comes back refused.
 */
function reportActions(r: { id: string; kind: string; outcome: string | null; contractId: string | null; documentId: string | null; bill: ReportedBill | null; contracts?: { id: string; label: string }[]; resolution: Resolution }, refused: { id: string; form: FormState; bill?: true; take?: true } | undefined, lang: Lang): SafeHtml {
  const mine = refused?.id === r.id ? refused : undefined;
  const waitingBill = r.kind === 'invoice_after_end' && r.outcome === null;
  const own = mine && !mine.bill && !mine.take ? mine : undefined;
  const handled = own || waitingBill ? reportHandledForm(r.id, own ? own.form : {}, lang, waitingBill) : resolve(lang, r.resolution, r.id);
  // familyupload: a file that came with it can be taken into the estate first.
  const take = r.documentId ? takeUploadForm(r.id, mine?.take && mine.form, lang) : '';
  // A report that names no contract asks which one (`contracts`, the estate's).
  return waitingBill && (r.contractId || r.contracts?.length) ? html`${reportedBillForm(r, mine?.bill && mine.form, lang)}${take}${handled}` : html`${take}${handled}`;
}

/** Overdue (the due date has passed), due today, or else whose move the row's words say it is (nothing is late yet). */
const urgency = (w: TodayWords, c: ContractItem, today: string) =>
  c.overdue
    ? html`<span class="badge alert">${w.overdue}</span>`
    : c.dueDate && c.dueDate <= today
      ? html`<span class="badge warn">${w.dueToday}</span>`
      : html`<span class="badge">${c.move === 'owner' ? w.yourMove : w.waitingFor(c.providerName)}</span>`;

/** The due date; beside a late move (`lateSince`, only the owner's own term has a date then), named as the fresh term it is, so "Te laat" beside a date ahead reads true. */
const dueCell = (w: TodayWords, c: ContractItem, lang: Lang) => (c.lateSince ? html`${humanDate(c.dueDate!, lang)}<br><span class="muted">${w.newTerm}</span>` : humanDate(c.dueDate!, lang));

/** A question's term: late ("Te laat") with the term that passed as its contract's page says it, else the day to answer by. */
const questionTerm = (w: TodayWords, q: InformationRequestItem, lang: Lang) =>
  html`${q.overdue ? html`<span class="badge alert">${w.overdue}</span> ` : ''}${q.missedTermText ?? (q.dueDate ? humanDate(q.dueDate, lang) : '')}`;

const estateCell = (item: { estateId: string; estateReference: string; deceasedName: string }) =>
  html`<a href="${estateFromToday(item.estateId)}">${item.deceasedName}</a><br><span class="muted">${item.estateReference}</span>`;

/** A section of Today; its badge says how many it holds in all (`count`), or none when that is not known. */
function section(title: string, headings: string[], rows: SafeHtml[][], empty: string | SafeHtml, count: string | number | null = rows.length): SafeHtml {
  return html`<h2>${title}${count === null ? '' : html` <span class="badge">${count}</span>`}</h2>${rows.length ? stackedTable(headings, rows, 'wide') : html`<p class="card">${empty}</p>`}`;
}

/**
 * How many contracts Today holds: an owner's in all pages (counted with the page, `contractsTotal`); an administrator's are
 * not counted over the country, so her first page says "50+" when more follow, and a later page says no number.
 */
const contractsCount = (queue: WorkQueue, at: TodayPosition): string | number | null =>
  queue.contractsTotal ?? (queue.nextCursor ? `${queue.contracts.length}+` : at.cursor ? null : queue.contracts.length);

const day = (lang: Lang, at: Date) => humanDate(at.toISOString(), lang);

/** Where Today stands: the contracts' page, and the bills to pay's own (`bills`, `billsBack`). */
export type TodayPosition = PagePosition & { bills?: string; billsBack?: string };

const BILLS_PAGER = { cursor: 'bills', back: 'billsBack', anchor: 'bills-to-pay' };

export function queuePage(user: StaffPrincipal, queue: WorkQueue, at: TodayPosition, flash?: string, refused?: { id: string; form: FormState; bill?: true; take?: true }): string {
  const lang = user.lang;
  const w = ownerWords(lang).today;
  const contracts = queue.contracts.map(
    (c) => [estateCell(c), html`<strong>${c.providerName}</strong><br>${c.description}`, html`${urgency(w, c, queue.today)} ${w.reasons[c.reason]}${c.readySince ? html`, <span class="ready-since">${w.readySince(day(lang, c.readySince))}</span>` : ''}<br><span class="muted">${c.statusText}</span>`, html`${c.dueDate ? dueCell(w, c, lang) : c.termAfterProviderAnswer ? w.termAfterAnswer(c.providerName) : ''}`, resolve(lang, c.resolution, c.contractId)],
  );
  const drafts = queue.drafts.map(
    (d) => [estateCell(d), html`<a href="${contractFromToday(d.contractId)}"><strong>${d.providerName}</strong></a><br>${d.description}`, html`<strong>${d.missingDocuments.map((k) => label(lang, 'documentKinds', k)).join(', ')}</strong>`, html`<a class="button" href="${contractFromToday(d.contractId, 'needed')}">${w.uploadFirst}</a>`],
  );
  const questions = queue.informationRequests.map(
    (q) => [estateCell(q), html`<strong>${q.providerName}</strong>`, q.partAnswerText ? html`${q.partAnswerText}` : html`${q.message}${q.documentsNeeded.length ? html`<br><span class="muted">${w.documents}: ${q.documentsNeeded.map((k) => label(lang, 'documentKinds', k)).join(', ')}</span>` : ''}`, questionTerm(w, q, lang), resolve(lang, q.resolution, q.contractId)],
  );
  // answerrest: with the provider's questions, as it is about an answer of ours: the history's words, the note handled from here.
  const withdrawnAnswers = queue.withdrawnAnswers.map(
    (k) => [estateCell(k), html`<a href="${contractFromToday(k.contractId)}"><strong>${k.providerName}</strong></a><br>${k.description}`, html`${k.statusText}`, html``, resolve(lang, k.resolution, k.contractId)],
  );
  const laterEndDates = queue.laterEndDates.map(
    (l) => [estateCell(l), html`<a href="${contractFromToday(l.contractId)}"><strong>${l.providerName}</strong></a><br>${l.description}`, html`${l.statusText}<br><span class="muted">${l.nextStep}</span>`, resolve(lang, l.resolution, l.contractId)],
  );
  // deskanswer: the provider's answer to a correction after its confirmation, by the last day it is awaited; past it, what holds.
  const corrections = queue.correctionsAwaited.map(
    (k) => [estateCell(k), html`<a href="${contractFromToday(k.contractId)}"><strong>${k.providerName}</strong></a><br>${k.description}`, html`${k.statusText}${k.nextStep ? html`<br><span class="muted">${k.nextStep}</span>` : ''}${k.told ? html`<br><span class="muted">${k.told}</span>` : ''}`, html`${k.overdue ? html`<span class="badge alert">${w.overdue}</span>` : html`<span class="badge">${w.waitingFor(k.providerName)}</span>`} ${humanDate(k.until, lang)}`],
  );
  const letters = queue.blockedLetters.map(
    (l) => [estateCell(l), html`${l.providerName ?? w.family}<br><span class="muted">${l.title}</span>`, html`<ul>${l.reasons.map((r) => html`<li>${r}</li>`)}</ul><span class="muted">${w.correctFirst}</span>`, resolve(lang, l.resolution, l.letterId)],
  );
  const reports = queue.familyReports.map(
    (r) => [estateCell(r), html`${reportKindText(lang, r.kind)}<br><a class="muted" href="${relativeOnEstate(r.estateId, r.familyMemberId)}">${w.reportFrom(`${r.reportedBy} (${r.reporterRelation})`, humanDate(r.createdAt, lang))}</a>${r.correctedAt ? html`<br><span class="badge">${w.reportCorrectedBy(r.reportedBy, humanDate(r.correctedAt, lang))}</span>` : ''}`, html`${r.message}${r.outcome ? html`<br><span class="muted">${w.alreadyDone(reportOutcomeText(lang, r.outcome))}</span>` : ''}${r.collection ? html`<br><span class="muted">${w.reportedCollection(r.collection.agency, r.collection.reference, r.collection.amount === null ? null : money(r.collection.amount, lang), r.collection.dossierNumber ?? null)}</span>` : ''}${r.bill ? html`<br><span class="muted">${reportedBillText(r.bill, lang)}</span>` : ''}
${r.contractId ? html`<br><a href="${contractFromToday(r.contractId)}">${w.theContract}</a>` : ''}${r.documentId ? html` · <a href="/app/documents/${r.documentId}">${w.whatTheySent}</a>` : ''}`, reportActions(r, refused, lang)],
  );
  // Her move: who it was for, which report, why it did not go; another relative on the estate, or marked passed on.
  const toPassOn = queue.reportsToPassOn.map(
    (r) => [
      estateCell(r),
      html`${w.reportFor(label(lang, 'letterKinds', r.kind), r.recipient, humanDate(r.letterDate, lang))}`,
      html`<span class="badge">${w.yourMove}</span> ${w.accessWithdrawnOn(day(lang, r.accessWithdrawnAt))}<br><a href="${estateFromToday(r.estateId, '#family')}">${w.toAnotherRelative}</a><br><span class="muted">${w.toAnotherRelativeHint}</span>`,
      refused?.id === r.letterId ? passedOnForm(r.letterId, refused.form, lang) : resolve(lang, r.resolution, r.letterId),
    ],
  );
  const statements = queue.familyStatements.map(
    (st) => [estateCell(st), html`<a href="${relativeOnEstate(st.estateId, st.familyMemberId)}">${w.statementFrom(st.relation ? `${st.uploadedBy} (${st.relation})` : st.uploadedBy)}</a><br><span class="muted">${day(lang, st.createdAt)}</span>`, html`<a href="${estateFromToday(st.estateId, '#statements')}">${w.seeStatement}</a> ${actionButton(estateFromToday(st.estateId, `/statements/${st.importId}/seen`), w.markSeen)}`],
  );
  const parked = queue.parkedSteps.map(
    (s) => [estateCell(s), html`${w.parkedText(s.sentTo ? `${stepKindText(lang, s.kind)} ${w.parkedSentTo(s.sentTo.recipient, s.sentTo.address)}` : stepKindText(lang, s.kind), stepErrorText(lang, s.lastErrorKind))}<br><span class="muted">${w.attempts(s.attempts)}${s.contractId ? html` · <a href="${contractFromToday(s.contractId)}">${w.theContract}</a>` : ''}</span>`, resolve(lang, s.resolution, s.id)],
  );
  // No due date is recorded for a bill: the row says since when it is owed, oldest first.
  const bills = queue.billsToPay.map(
    (b) => [estateCell(b), html`${ownerWords(lang).estate.billOpen(b.providerName, b.reference, money(b.amount, lang), finalBillListed(b), untilListed(b), b.collectionAgency, afterEndListed(b, lang), premiumListed(b, lang), overdrawnListed(b, lang), b.bankCharge)}`, html`${w.owedSinceText(humanDate(b.owedSince, lang), b.daysOwed)}`, resolve(lang, b.resolution, b.contractId)],
  );
  // A received estate stays on top until it is opened; opening it is the action.
  const received = queue.receivedHandovers.map(
    (h) => [estateCell(h), html`${w.receivedText(h.fromName, day(lang, h.handedOverAt), h.reason)}`, html`<a class="button" href="${estateFromToday(h.estateId)}">${w.openEstate}</a>`],
  );
  // No link to the estate: it is not the sender's to open any more.
  const sent = queue.sentHandovers.map(
    (h) => [html`${h.deceasedName}<br><span class="muted">${h.estateReference}</span>`, html`${w.sentText(h.toName, day(lang, h.handedOverAt), humanMoment(h.undoableUntil, lang))}`, html`${actionButton(estateFromToday(h.estateId, `/handovers/${h.handoverId}/undo`), w.undo(h.deceasedName))}`],
  );
  const erasures = queue.unconfirmedErasures.map(
    (e) => [estateCell(e), html`${w.erasureText(e.providerName, label(lang, 'documentKinds', e.documentKind), humanDate(e.sentOn, lang))}<br><a href="/app/documents/${e.documentId}/history#erasures">${w.theDocument}</a> · <a href="${contractFromToday(e.contractId)}">${w.theContract}</a>`, actionButton(`/app/contracts/${e.contractId}/erasures/${e.documentId}/confirm`, w.recordErasure)],
  );
  // A batch spans the owner's estates: the row names its day, and the button is the one on the print page.
  const unposted = queue.unpostedBatches.map(
    (b) => [
      b.readdressed
        ? html`<strong>${w.unpostedText(humanDate(b.date, lang))}</strong><br><span class="badge alert">${readdressedWarning(b.readdressed, lang)}</span>`
        : html`<strong>${w.unpostedText(humanDate(b.date, lang))}</strong><br><span class="muted">${
            b.postedApart
              ? w.unpostedApartDetail(b.toPost, b.letterCount, day(lang, new Date(b.printedAt ?? b.createdAt)), b.postedApart.letters, b.postedApart.byNames)
              : w.unpostedDetail(b.letterCount, day(lang, new Date(b.printedAt ?? b.createdAt)), Boolean(b.printedAt))
          }</span>`,
      // Until its PDF is downloaded (again, README printaddress) the move is the download: a post button would only be refused (`print-batch-not-downloaded`).
      b.printedAt && !b.readdressed
        ? html`${actionButton(keepFromToday(`/app/print/${b.batchId}/posted`, true), ownerWords(lang).print.markPosted, { letterCount: String(b.letterCount) })} <a href="${PRINT_FROM_TODAY}">${w.toPrint}</a>`
        : html`<a href="${keepFromToday(`/app/print/${b.batchId}/pdf`, true)}">${ownerWords(lang).print.pdf}</a> · <a href="${PRINT_FROM_TODAY}">${w.toPrint}</a>`,
    ],
  );
  // An administrator's: every owner's contracts late for two terms or more in a row, so none sits unnoticed.
  const lateAgain = queue.lateAgain.map(
    (l) => [estateCell(l), html`<a href="${contractFromToday(l.contractId)}"><strong>${l.providerName}</strong></a><br>${l.description}`, html`<span class="badge alert">${w.overdue}</span> ${w.lateAgainText(l.ownerName, l.missedTerms, humanDate(l.since, lang))}`],
  );
  // A lease whose letter said nobody continues it, someone who may now recorded: the contract page's words and move (leasewho).
  const leases = queue.leasesToldNobody.map(
    (l) => [estateCell(l), html`<a href="${contractFromToday(l.contractId)}"><strong>${l.providerName}</strong></a><br>${l.description}`, html`<span class="badge">${w.yourMove}</span> ${l.statusText}<br><span class="muted">${l.nextStep}</span>`, resolve(lang, l.resolution, l.contractId)],
  );
  // printaddr: a directory correction touched letters already gone: what was done, counted; the history says each letter.
  const readdressed = queue.readdressNotices.map((n) => [estateCell(n), html`<strong>${n.providerName}</strong>`, html`${n.statusText}`, resolve(lang, n.resolution, n.noticeId)]);
  // deskback: a rejection its provider took back, until she opens the news (her notification's „Openen": read, to the contract).
  const takenBack = queue.rejectionsTakenBack.map((n) => [estateCell(n), html`${n.statusText}`, actionButton(`/app/notifications/${n.notificationId}/open`, ownerWords(lang).notifications.open)]);
  // refund: a refund past Steward's term, the contract page's form where she records it received (or calls first); refundletter:
  // or the reminder letter, sent from here; while its term runs the row says it went, without the late mark.
  const lateRefunds = queue.lateRefunds.map((r) => [
    estateCell(r),
    html`<a href="${contractFromToday(r.contractId)}"><strong>${r.providerName}</strong></a>`,
    html`${r.late ? html`<span class="badge alert">${w.overdue}</span> ` : ''}${r.statusText}<br><span class="muted">${r.nextStep}</span>`,
    html`${r.late ? html`<form method="post" action="${keepFromToday(`/app/contracts/${r.contractId}/refund-reminder`, true)}" class="inline"><input type="hidden" name="answers" value="${r.answers}"><button type="submit">${w.sendRefundReminder}</button></form> ` : ''}<a class="button${r.late ? ' secondary' : ''}" href="${contractFromToday(r.contractId, r.answers === 'askedBack' ? 'asked-back' : 'refund')}">${ownerWords(lang).contract.markRefundReceived}</a>`,
  ]);
  // refunddesk: a refund the provider reported paid, days ago, not all recorded received: the contract page's form where she records what came.
  const reportedRefunds = queue.reportedRefunds.map((r) => [
    estateCell(r),
    html`<a href="${contractFromToday(r.contractId)}"><strong>${r.providerName}</strong></a>`,
    html`<span class="badge">${w.yourMove}</span> ${r.statusText}<br><span class="muted">${r.nextStep}</span>`,
    html`<a class="button" href="${contractFromToday(r.contractId, 'refund')}">${ownerWords(lang).contract.markRefundReceived}</a>`,
  ]);
  // rentkeys2: a lease's handover appointment, the soonest first, until its day has passed: her contract page says it too.
  const appointments = queue.handoverAppointments.map((a) => [
    estateCell(a),
    html`<a href="${contractFromToday(a.contractId)}"><strong>${a.providerName}</strong></a><br><span class="muted">${a.description}</span>`,
    html`<span class="badge">${w.yourMove}</span> ${a.statusText}`,
    html`${humanDate(a.on, lang)}`,
  ]);
  // paiddrop: a final bill paid before its provider dropped the claim: asked back by letter from here, until she has.
  const paidBillsDropped = queue.paidBillsDropped.map((r) => [
    estateCell(r),
    html`<a href="${contractFromToday(r.contractId)}"><strong>${r.providerName}</strong></a>`,
    html`<span class="badge">${w.yourMove}</span> ${r.statusText}<br><span class="muted">${r.nextStep}</span>`,
    html`<form method="post" action="${keepFromToday(`/app/contracts/${r.contractId}/repayment-request`, true)}" class="inline"><button type="submit">${ownerWords(lang).contract.summary.askBack}</button></form>`,
  ]);
  // The provider's term waits for the post: the contract is the owner's, until its batch is marked posted on the print page; one in a
  // colleague's downloaded batch (batchposted) on the estate page, whose button marks his estate's letters of her batch posted.
  const awaitingPost = queue.lettersAwaitingPost.map((l) => [
    estateCell(l),
    html`<a href="${contractFromToday(l.contractId)}"><strong>${l.providerName}</strong></a>`,
    html`${l.statusText}<br><span class="muted">${w.letterOf(humanDate(l.letterDate, lang))}</span>`,
    l.inColleaguesBatch ? html`<a href="${estateFromToday(l.estateId)}">${w.toEstatePosted}</a>` : html`<a href="${PRINT_FROM_TODAY}">${w.toPrint}</a>`,
  ]);
  // returnedtoday: a letter that came back, with the address to check before its replacement goes; the contract page records it.
  // returneddismiss: the agency's copy names the agency, whose address it was; her button records the address checked and clears the row.
  const returned = queue.lettersReturned.map((l) => [
    estateCell(l),
    html`<a href="${contractFromToday(l.contractId)}"><strong>${l.toAgency ? l.recipient : l.providerName}</strong></a>`,
    html`<span class="badge">${w.yourMove}</span> ${l.statusText}<br><span class="muted">${l.nextStep}</span>`,
    actionButton(`/app/letters/${l.letterId}/return-checked`, w.returnChecked),
  ]);
  // handover3: letters of her estate in the batch a colleague downloaded before the handover: only that colleague knows whether they went.
  // handover4: once she says they went, he marks his estate's letters of her batch posted (the rest of her batch stays hers to mark).
  const inOthersBatches = queue.lettersInOthersBatches.map((b) => [
    estateCell(b),
    html`${b.statusText}`,
    actionButton(estateFromToday(b.estateId, `/print-batches/${b.batchId}/posted`), w.inOthersBatchPosted(b.holderName), { letterCount: String(b.letterCount) }),
  ]);
  // A page past her last contract (its rows handled meanwhile) says so and leads to the first page, the bills' place kept.
  const first = new URLSearchParams(Object.entries({ bills: at.bills, billsBack: at.billsBack }).filter((e): e is [string, string] => !!e[1]));
  const pastLast = at.cursor && !contracts.length ? html`${w.pastLastContract} <a href="/app${first.size ? `?${first}` : ''}" id="first-page">${w.toFirstPage}</a>` : undefined;
  return appPage(
    user,
    w.title,
    html`${notice(lang, flash)}<h1>${w.heading(humanDate(queue.today, lang))}</h1>
${received.length ? section(w.received, [w.estate, w.receivedHeading, w.action], received, '') : ''}
${sent.length ? section(w.sent, [w.estate, w.sentHeading, w.action], sent, '') : ''}
${parked.length ? section(w.parked, [w.estate, w.step, w.action], parked, '') : ''}
${lateAgain.length ? section(w.lateAgain, [w.estate, w.organisation, w.why], lateAgain, '') : ''}
${unposted.length ? section(w.unposted, [w.batch, w.action], unposted, '') : ''}
${awaitingPost.length ? section(w.awaitingPost, [w.estate, w.organisation, w.why, w.action], awaitingPost, '') : ''}
${returned.length ? html`<div id="letters-returned">${section(w.returned, [w.estate, w.organisation, w.why, w.action], returned, '')}</div>` : ''}
${inOthersBatches.length ? section(w.inOthersBatches, [w.estate, w.why, w.action], inOthersBatches, '') : ''}
${readdressed.length ? section(w.readdressNotices, [w.estate, w.organisation, w.why, w.action], readdressed, '') : ''}
${takenBack.length ? section(w.rejectionsTakenBack, [w.estate, w.why, w.action], takenBack, '') : ''}
${appointments.length ? section(w.handoverAppointments, [w.estate, w.organisation, w.why, w.handoverOn], appointments, '') : ''}
${reportedRefunds.length ? section(w.reportedRefunds, [w.estate, w.organisation, w.why, w.action], reportedRefunds, '') : ''}
${lateRefunds.length ? section(w.lateRefunds, [w.estate, w.organisation, w.why, w.action], lateRefunds, '') : ''}
${paidBillsDropped.length ? section(w.paidBillsDropped, [w.estate, w.organisation, w.why, w.action], paidBillsDropped, '') : ''}
${leases.length ? section(w.leasesToldNobody, [w.estate, w.organisation, w.why, w.action], leases, '') : ''}
${section(w.contracts, [w.estate, w.organisation, w.why, w.due, w.action], contracts, pastLast ?? w.noContracts, contractsCount(queue, at))}${pager('/app', { bills: at.bills, billsBack: at.billsBack }, at, queue.nextCursor, lang)}
<div id="bills-to-pay">${section(w.billsToPay, [w.estate, w.bill, w.owedSince, w.action], bills, w.noBillsToPay)}${pager('/app', { cursor: at.cursor, back: at.back }, { cursor: at.bills, back: at.billsBack }, queue.billsToPayNextCursor, lang, BILLS_PAGER)}</div>
${section(w.drafts, [w.estate, w.draft, w.missing, w.action], drafts, w.noDrafts)}
${section(w.questions, [w.estate, w.organisation, w.askedFor, w.answerBy, w.action], [...questions, ...withdrawnAnswers], w.noQuestions)}
${section(w.laterEndDates, [w.estate, w.organisation, w.why, w.action], laterEndDates, w.noLaterEndDates)}
${corrections.length ? section(w.correctionsAwaited, [w.estate, w.organisation, w.why, w.answerBy], corrections, '') : ''}
${section(w.letters, [w.estate, w.letter, w.whyBlocked, w.action], letters, w.noLetters)}
${section(w.reports, [w.estate, w.report, w.toldUs, w.action], reports, w.noReports)}
<div id="reports-to-pass-on">${section(w.reportsToPassOn, [w.estate, w.familyReport, w.why, w.action], toPassOn, w.noReportsToPassOn)}</div>
${section(w.statements, [w.estate, w.statement, w.action], statements, w.noStatements)}
${section(w.erasures, [w.estate, w.erasure, w.action], erasures, w.noErasures)}`,
  );
}
