import type { StaffPrincipal } from '../auth/principal';
import { html, humanDate, humanMoment, SafeHtml } from '../web/html';
import type { ContractItem, ContractReason, Resolution, WorkQueue } from './work-queue.service';
import { actionButton, appPage, LANG, notice, words } from './workspace-pages';
import { pager, PagePosition } from '../web/pager';
import { brpCheckForm } from './contract-pages';

const REASONS: Record<ContractReason, string> = {
  collection_notice: 'Debt collection',
  dispute: 'Invoice after end date',
  dispute_escalation: 'Dispute unanswered, complaint filed',
  dispute_rejected: 'Dispute rejected: your decision',
  escalation: 'Escalated, no answer',
  reminder: 'Provider missed its deadline',
  due: 'Answer due',
  rejected: 'Rejected by provider',
  ready: 'Ready to send',
  brp_check: 'Probably informed through the BRP: check',
};

/** The one action that takes an item off the queue: a button when it needs nothing more, else a link to its form. */
function resolve(resolution: Resolution, id: string): SafeHtml {
  switch (resolution) {
    case 'send_request':
      return actionButton(`/app/contracts/${id}/request`, 'Send request');
    case 'record_answer':
      return html`<a class="button" href="/app/contracts/${id}#answer">Record the provider's answer</a>`;
    case 'resolve_dispute':
      return html`<a class="button" href="/app/contracts/${id}#dispute">Record the outcome</a>`;
    case 'decide_dispute':
      return html`<a class="button" href="/app/contracts/${id}#dispute">Decide on the bill</a>`;
    case 'amend_or_withdraw':
      return html`<a class="button" href="/app/contracts/${id}#rejected">Amend or withdraw</a>`;
    case 'supply_information':
      return html`<a class="button" href="/app/contracts/${id}#information">Supply the information</a>`;
    case 'retry_letter':
      return actionButton(`/app/letters/${id}/retry`, 'Produce the letter again');
    case 'handle_report':
      return actionButton(`/app/family-reports/${id}/handle`, 'Mark as handled');
    case 'retry_step':
      return actionButton(`/app/parked-steps/${id}/retry`, 'Try again');
    case 'check_brp':
      return brpCheckForm(id, {}, `brp-${id}-`);
  }
}

/** Overdue (a deadline was missed), due today, or simply the owner's move (nothing is late yet). */
const urgency = (c: ContractItem, today: string) =>
  c.overdue ? html`<span class="badge alert">Overdue</span>` : c.dueDate && c.dueDate <= today ? html`<span class="badge warn">Due today</span>` : html`<span class="badge">Your move</span>`;

const estateCell = (item: { estateId: string; estateReference: string; deceasedName: string }) =>
  html`<a href="/app/estates/${item.estateId}">${item.deceasedName}</a><br><span class="muted">${item.estateReference}</span>`;

function section(title: string, headings: string[], rows: SafeHtml[], empty: string): SafeHtml {
  return html`<h2>${title} <span class="badge">${rows.length}</span></h2>${
    rows.length
      ? html`<table class="wide"><thead><tr>${headings.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`
      : html`<p class="card">${empty}</p>`
  }`;
}

export function queuePage(user: StaffPrincipal, queue: WorkQueue, at: PagePosition, flash?: string): string {
  const contracts = queue.contracts.map(
    (c) => html`<tr><td>${estateCell(c)}</td><td><strong>${c.providerName}</strong><br>${c.description}</td>
<td>${urgency(c, queue.today)} ${REASONS[c.reason]}<br><span class="muted">${c.statusText}</span></td>
<td>${c.dueDate ? humanDate(c.dueDate, LANG) : ''}</td><td>${resolve(c.resolution, c.contractId)}</td></tr>`,
  );
  const questions = queue.informationRequests.map(
    (q) => html`<tr><td>${estateCell(q)}</td><td><strong>${q.providerName}</strong></td>
<td>${q.message}${q.documentsNeeded.length ? html`<br><span class="muted">Documents: ${q.documentsNeeded.map(words).join(', ')}</span>` : ''}</td>
<td>${q.dueDate ? humanDate(q.dueDate, LANG) : ''}</td><td>${resolve(q.resolution, q.contractId)}</td></tr>`,
  );
  const letters = queue.blockedLetters.map(
    (l) => html`<tr><td>${estateCell(l)}</td><td>${l.providerName ?? 'Family'}<br><span class="muted">${l.subject}</span></td>
<td><ul>${l.reasons.map((r) => html`<li>${r}</li>`)}</ul><span class="muted">Correct the data first, then produce the letter again.</span></td>
<td>${resolve(l.resolution, l.letterId)}</td></tr>`,
  );
  const reports = queue.familyReports.map(
    (r) => html`<tr><td>${estateCell(r)}</td><td>${words(r.kind)}<br><span class="muted">from ${r.reportedBy}, ${humanDate(r.createdAt, LANG)}</span></td>
<td>${r.message}${r.outcome ? html`<br><span class="muted">Already done: ${words(r.outcome)}.</span>` : ''}
${r.contractId ? html`<br><a href="/app/contracts/${r.contractId}">The contract</a>` : ''}${r.documentId ? html` · <a href="/app/documents/${r.documentId}">What they sent</a>` : ''}</td>
<td>${resolve(r.resolution, r.id)}</td></tr>`,
  );
  const statements = queue.familyStatements.map(
    (st) => html`<tr><td>${estateCell(st)}</td><td>bankafschrift ontvangen van ${st.uploadedBy}<br><span class="muted">${humanDate(st.createdAt.toISOString(), LANG)}</span></td>
<td><a href="/app/estates/${st.estateId}#statements">See what it shows</a> ${actionButton(`/app/estates/${st.estateId}/statements/${st.importId}/seen`, 'Mark as seen')}</td></tr>`,
  );
  const parked = queue.parkedSteps.map(
    (s) => html`<tr><td>${estateCell(s)}</td><td>Automatische stap vastgelopen: ${words(s.kind)}, ${s.lastErrorKind}<br><span class="muted">${s.attempts} attempts${s.contractId ? html` · <a href="/app/contracts/${s.contractId}">The contract</a>` : ''}</span></td>
<td>${resolve(s.resolution, s.id)}</td></tr>`,
  );
  // A received estate stays on top until it is opened; opening it is the action.
  const received = queue.receivedHandovers.map(
    (h) => html`<tr><td>${estateCell(h)}</td><td>Received from ${h.fromName} on ${humanDate(h.handedOverAt.toISOString(), LANG)}: ${h.reason}</td>
<td><a class="button" href="/app/estates/${h.estateId}">Open the estate</a></td></tr>`,
  );
  // No link to the estate: it is not the sender's to open any more.
  const sent = queue.sentHandovers.map(
    (h) => html`<tr><td>${h.deceasedName}<br><span class="muted">${h.estateReference}</span></td><td>Handed over to ${h.toName} on ${humanDate(h.handedOverAt.toISOString(), LANG)}; can be undone until ${humanMoment(h.undoableUntil, LANG)}</td>
<td>${actionButton(`/app/estates/${h.estateId}/handovers/${h.handoverId}/undo`, `Undo: give ${h.deceasedName} back to me`)}</td></tr>`,
  );
  return appPage(
    user,
    'Today',
    html`${notice(LANG, flash)}<h1>Today, ${humanDate(queue.today, LANG)}</h1>
${received.length ? section('Estates handed over to you', ['Estate', 'Received', 'Action'], received, '') : ''}
${sent.length ? section('Handed over by you', ['Estate', 'Handover', 'Action'], sent, '') : ''}
${parked.length ? section('Stuck automatic steps', ['Estate', 'Step', 'Action'], parked, '') : ''}
${section('Contracts due or overdue', ['Estate', 'Provider', 'Why', 'Due', 'Action'], contracts, 'No contract needs you today.')}${pager('/app', {}, at, queue.nextCursor, LANG)}
${section('Provider information requests', ['Estate', 'Provider', 'Asked for', 'Answer by', 'Action'], questions, 'No provider is waiting for information.')}
${section('Blocked letters', ['Estate', 'Letter', 'Why it was not sent', 'Action'], letters, 'No letter is blocked.')}
${section('Family reports', ['Estate', 'Report', 'What they told us', 'Action'], reports, 'No open reports from families.')}
${section('Bank statements from families', ['Estate', 'Statement', 'Action'], statements, 'No new bank statements from families.')}`,
  );
}
