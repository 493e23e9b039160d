import type { StaffPrincipal } from '../auth/principal';
import { html, humanDate, humanMoment, SafeHtml } from '../web/html';
import type { ContractItem, Resolution, WorkQueue } from './work-queue.service';
import { actionButton, appPage, label, notice } from './workspace-pages';
import { reportKindText, reportOutcomeText, stepErrorText, stepKindText } from './owner-reasons';
import { pager, PagePosition } from '../web/pager';
import { brpCheckForm, laterEndDateForm } from './contract-pages';
import { type Lang, ownerWords } from '../words';

type TodayWords = ReturnType<typeof ownerWords>['today'];

/** The one action that takes an item off the queue: a button when it needs nothing more, else a link to its form. */
function resolve(lang: Lang, resolution: Resolution, id: string): SafeHtml {
  const w = ownerWords(lang).today;
  const link = (anchor: string) => html`<a class="button" href="/app/contracts/${id}#${anchor}">${w.resolutions[resolution as 'record_answer']}</a>`;
  switch (resolution) {
    case 'send_request':
      return actionButton(`/app/contracts/${id}/request`, w.resolutions.send_request);
    case 'record_answer':
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
      return actionButton(`/app/family-reports/${id}/handle`, w.resolutions.handle_report);
    case 'retry_step':
      return actionButton(`/app/parked-steps/${id}/retry`, w.resolutions.retry_step);
    case 'check_brp':
      return brpCheckForm(id, {}, `brp-${id}-`, lang);
    case 'handle_later_end_date':
      return laterEndDateForm(id, {}, `later-${id}-`, lang);
  }
}

/** Overdue (the due date has passed), due today, or simply the owner's move (nothing is late yet). */
const urgency = (w: TodayWords, c: ContractItem, today: string) =>
  c.overdue ? html`<span class="badge alert">${w.overdue}</span>` : c.dueDate && c.dueDate <= today ? html`<span class="badge warn">${w.dueToday}</span>` : html`<span class="badge">${w.yourMove}</span>`;

/** The due date; beside a late move (`lateSince`), named as the fresh term it is, so "Te laat" beside a date ahead reads true. */
const dueCell = (w: TodayWords, c: ContractItem, lang: Lang) =>
  c.lateSince ? html`${humanDate(c.dueDate!, lang)}<br><span class="muted">${w.newTerm(c.dueDateOf === 'provider' ? c.providerName : null)}</span>` : humanDate(c.dueDate!, lang);

const estateCell = (item: { estateId: string; estateReference: string; deceasedName: string }) =>
  html`<a href="/app/estates/${item.estateId}">${item.deceasedName}</a><br><span class="muted">${item.estateReference}</span>`;

function section(title: string, headings: string[], rows: SafeHtml[], empty: string): SafeHtml {
  return html`<h2>${title} <span class="badge">${rows.length}</span></h2>${
    rows.length
      ? html`<table class="wide"><thead><tr>${headings.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`
      : html`<p class="card">${empty}</p>`
  }`;
}

const day = (lang: Lang, at: Date) => humanDate(at.toISOString(), lang);

export function queuePage(user: StaffPrincipal, queue: WorkQueue, at: PagePosition, flash?: string): string {
  const lang = user.lang;
  const w = ownerWords(lang).today;
  const contracts = queue.contracts.map(
    (c) => html`<tr><td>${estateCell(c)}</td><td><strong>${c.providerName}</strong><br>${c.description}</td>
<td>${urgency(w, c, queue.today)} ${w.reasons[c.reason]}${c.readySince ? html`, <span class="ready-since">${w.readySince(day(lang, c.readySince))}</span>` : ''}<br><span class="muted">${c.statusText}</span></td>
<td>${c.dueDate ? dueCell(w, c, lang) : c.termAfterProviderAnswer ? w.termAfterAnswer(c.providerName) : ''}</td><td>${resolve(lang, c.resolution, c.contractId)}</td></tr>`,
  );
  const drafts = queue.drafts.map(
    (d) => html`<tr><td>${estateCell(d)}</td><td><a href="/app/contracts/${d.contractId}"><strong>${d.providerName}</strong></a><br>${d.description}</td>
<td><strong>${d.missingDocuments.map((k) => label(lang, 'documentKinds', k)).join(', ')}</strong></td><td><a class="button" href="/app/contracts/${d.contractId}#needed">${w.uploadFirst}</a></td></tr>`,
  );
  const questions = queue.informationRequests.map(
    (q) => html`<tr><td>${estateCell(q)}</td><td><strong>${q.providerName}</strong></td>
<td>${q.message}${q.documentsNeeded.length ? html`<br><span class="muted">${w.documents}: ${q.documentsNeeded.map((k) => label(lang, 'documentKinds', k)).join(', ')}</span>` : ''}</td>
<td>${q.dueDate ? humanDate(q.dueDate, lang) : ''}</td><td>${resolve(lang, q.resolution, q.contractId)}</td></tr>`,
  );
  const laterEndDates = queue.laterEndDates.map(
    (l) => html`<tr><td>${estateCell(l)}</td><td><a href="/app/contracts/${l.contractId}"><strong>${l.providerName}</strong></a><br>${l.description}</td>
<td>${l.statusText}<br><span class="muted">${l.nextStep}</span></td><td>${resolve(lang, l.resolution, l.contractId)}</td></tr>`,
  );
  const letters = queue.blockedLetters.map(
    (l) => html`<tr><td>${estateCell(l)}</td><td>${l.providerName ?? w.family}<br><span class="muted">${l.subject}</span></td>
<td><ul>${l.reasons.map((r) => html`<li>${r}</li>`)}</ul><span class="muted">${w.correctFirst}</span></td>
<td>${resolve(lang, l.resolution, l.letterId)}</td></tr>`,
  );
  const reports = queue.familyReports.map(
    (r) => html`<tr><td>${estateCell(r)}</td><td>${reportKindText(lang, r.kind)}<br><span class="muted">${w.reportFrom(r.reportedBy, humanDate(r.createdAt, lang))}</span></td>
<td>${r.message}${r.outcome ? html`<br><span class="muted">${w.alreadyDone(reportOutcomeText(lang, r.outcome))}</span>` : ''}
${r.contractId ? html`<br><a href="/app/contracts/${r.contractId}">${w.theContract}</a>` : ''}${r.documentId ? html` · <a href="/app/documents/${r.documentId}">${w.whatTheySent}</a>` : ''}</td>
<td>${resolve(lang, r.resolution, r.id)}</td></tr>`,
  );
  const statements = queue.familyStatements.map(
    (st) => html`<tr><td>${estateCell(st)}</td><td>${w.statementFrom(st.uploadedBy)}<br><span class="muted">${day(lang, st.createdAt)}</span></td>
<td><a href="/app/estates/${st.estateId}#statements">${w.seeStatement}</a> ${actionButton(`/app/estates/${st.estateId}/statements/${st.importId}/seen`, w.markSeen)}</td></tr>`,
  );
  const parked = queue.parkedSteps.map(
    (s) => html`<tr><td>${estateCell(s)}</td><td>${w.parkedText(stepKindText(lang, s.kind), stepErrorText(lang, s.lastErrorKind))}<br><span class="muted">${w.attempts(s.attempts)}${s.contractId ? html` · <a href="/app/contracts/${s.contractId}">${w.theContract}</a>` : ''}</span></td>
<td>${resolve(lang, s.resolution, s.id)}</td></tr>`,
  );
  // A received estate stays on top until it is opened; opening it is the action.
  const received = queue.receivedHandovers.map(
    (h) => html`<tr><td>${estateCell(h)}</td><td>${w.receivedText(h.fromName, day(lang, h.handedOverAt), h.reason)}</td>
<td><a class="button" href="/app/estates/${h.estateId}">${w.openEstate}</a></td></tr>`,
  );
  // No link to the estate: it is not the sender's to open any more.
  const sent = queue.sentHandovers.map(
    (h) => html`<tr><td>${h.deceasedName}<br><span class="muted">${h.estateReference}</span></td><td>${w.sentText(h.toName, day(lang, h.handedOverAt), humanMoment(h.undoableUntil, lang))}</td>
<td>${actionButton(`/app/estates/${h.estateId}/handovers/${h.handoverId}/undo`, w.undo(h.deceasedName))}</td></tr>`,
  );
  const erasures = queue.unconfirmedErasures.map(
    (e) => html`<tr><td>${estateCell(e)}</td><td>${w.erasureText(e.providerName, label(lang, 'documentKinds', e.documentKind), humanDate(e.sentOn, lang))}<br><a href="/app/documents/${e.documentId}/history#erasures">${w.theDocument}</a> · <a href="/app/contracts/${e.contractId}">${w.theContract}</a></td>
<td>${actionButton(`/app/contracts/${e.contractId}/erasures/${e.documentId}/confirm`, w.recordErasure)}</td></tr>`,
  );
  // A batch spans the owner's estates: the row names its day, and the button is the one on the print page.
  const unposted = queue.unpostedBatches.map(
    (b) => html`<tr><td><strong>${w.unpostedText(humanDate(b.date, lang))}</strong><br><span class="muted">${w.unpostedDetail(b.letterCount, day(lang, new Date(b.createdAt)))}</span></td>
<td>${actionButton(`/app/print/${b.batchId}/posted`, ownerWords(lang).print.markPosted)} <a href="/app/print">${w.toPrint}</a></td></tr>`,
  );
  return appPage(
    user,
    w.title,
    html`${notice(lang, flash)}<h1>${w.heading(humanDate(queue.today, lang))}</h1>
${received.length ? section(w.received, [w.estate, w.receivedHeading, w.action], received, '') : ''}
${sent.length ? section(w.sent, [w.estate, w.sentHeading, w.action], sent, '') : ''}
${parked.length ? section(w.parked, [w.estate, w.step, w.action], parked, '') : ''}
${unposted.length ? section(w.unposted, [w.batch, w.action], unposted, '') : ''}
${section(w.contracts, [w.estate, w.organisation, w.why, w.due, w.action], contracts, w.noContracts)}${pager('/app', {}, at, queue.nextCursor, lang)}
${section(w.drafts, [w.estate, w.draft, w.missing, w.action], drafts, w.noDrafts)}
${section(w.questions, [w.estate, w.organisation, w.askedFor, w.answerBy, w.action], questions, w.noQuestions)}
${section(w.laterEndDates, [w.estate, w.organisation, w.why, w.action], laterEndDates, w.noLaterEndDates)}
${section(w.letters, [w.estate, w.letter, w.whyBlocked, w.action], letters, w.noLetters)}
${section(w.reports, [w.estate, w.report, w.toldUs, w.action], reports, w.noReports)}
${section(w.statements, [w.estate, w.statement, w.action], statements, w.noStatements)}
${section(w.erasures, [w.estate, w.erasure, w.action], erasures, w.noErasures)}`,
  );
}
