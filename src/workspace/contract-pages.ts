import type { LintViolation } from '../../letters';
import { brpCheckText } from '../../workflows';
import type { StaffPrincipal } from '../auth/principal';
import { DOCUMENT_KINDS } from '../documents/document.entity';
import { fullName } from '../estates/estate.entity';
import { checkbox, errorSummary, field, FormState } from '../web/fields';
import { html, humanDate, SafeHtml } from '../web/html';
import { formsFor } from './contract-forms';
import { contractCorrectionSection } from './correction-pages';
import type { ContractOverview } from './estate-overview.service';
import { actionButton, appPage, LANG, notice, words } from './workspace-pages';

/** The estate's documents the owner may send with an answer; nothing is ticked until the owner ticks it. */
function documentChoices(form: FormState, o: ContractOverview): SafeHtml {
  const chosen = ([] as unknown[]).concat(form.values?.documentIds ?? []);
  const errors = (form.errors ?? []).filter((e) => e.field.startsWith('documentIds'));
  return html`<fieldset><legend>Documents to send with it</legend>${o.enclosable.length
    ? o.enclosable.map((d, i) => checkbox('documentIds', d.id, `${d.fileName} (${words(d.kind)})`, chosen.includes(d.id), `information-supplied-document-${i}`))
    : html`<p class="muted">No documents of this estate can be sent (the family's uploads and the will never are).</p>`}
${errors.length ? html`<p class="field-error">${errors.map((e) => e.message).join('; ')}</p>` : ''}</fieldset>`;
}

/** Each form's fields; `id` prefixes the input ids, as several forms share field names (reference, reason). */
const FORMS: Record<string, { title: string; anchor: string; fields(form: FormState, id: { idPrefix: string }, o: ContractOverview): SafeHtml }> = {
  acknowledge: { title: 'Provider acknowledged receipt', anchor: 'answer', fields: (f, id) => field(f, 'reference', "Provider's reference (optional)", id) },
  complete: {
    title: 'Provider confirmed',
    anchor: 'answer',
    fields: (f, id) =>
      html`${field(f, 'effectiveDate', 'End date or transfer date', { type: 'date', required: true, ...id })}${field(f, 'reference', "Provider's reference", { required: true, ...id })}${field(f, 'finalInvoiceAmount', 'Final invoice in euros (optional)', id)}`,
  },
  'request-information': {
    title: 'Provider asked for information',
    anchor: 'answer',
    fields: (f, id) => html`${field(f, 'message', 'What the provider needs', { required: true, ...id })}<fieldset><legend>Documents asked for</legend>${DOCUMENT_KINDS.map((k) => checkbox('documentsNeeded', k, words(k), false))}</fieldset>`,
  },
  reject: { title: 'Provider rejected the request', anchor: 'answer', fields: (f, id) => field(f, 'reason', 'Reason given', { required: true, ...id }) },
  'information-supplied': {
    title: 'The information was supplied',
    anchor: 'information',
    fields: (f, id, o) => html`${field(f, 'note', 'What was supplied (goes into the letter)', id)}${documentChoices(f, o)}`,
  },
  amend: { title: 'Request amended, ready to send again', anchor: 'rejected', fields: (f, id) => field(f, 'note', 'What was corrected', id) },
  'dispute-resolved': { title: 'Resolved: bill withdrawn, accepted or collection stopped', anchor: 'dispute', fields: (f, id) => field(f, 'note', 'How it was resolved', id) },
  'credit-note-sent': {
    title: 'Provider sent a credit note or corrected final bill',
    anchor: 'answer',
    fields: (f, id) => html`${field(f, 'amount', 'Amount credited in euros', { required: true, ...id })}${field(f, 'note', 'Its number or a note (optional)', id)}`,
  },
  'invoice-withdrawn': { title: 'Provider withdrew the bill', anchor: 'answer', fields: (f, id) => field(f, 'note', 'How the provider said so (optional)', id) },
  'dispute-rejected': { title: 'Provider rejected our objection', anchor: 'answer', fields: (f, id) => field(f, 'reason', 'Reason given', { required: true, ...id }) },
  'invoice-after-end': {
    title: 'A bill dated after the end date came',
    anchor: 'bill',
    fields: (f, id) =>
      html`${field(f, 'invoiceDate', 'Date on the bill', { type: 'date', required: true, ...id })}${field(f, 'periodFrom', 'First day billed', { type: 'date', required: true, ...id })}${field(f, 'periodTo', 'Last day billed', { type: 'date', required: true, ...id })}${field(f, 'amount', 'Amount in euros', { required: true, ...id })}${field(f, 'reference', 'Invoice number', { required: true, ...id })}`,
  },
  'collection-notice': {
    title: 'A debt collector wrote',
    anchor: 'collection',
    fields: (f, id) =>
      html`${field(f, 'agency', 'Collection agency', { required: true, ...id })}${field(f, 'agencyEmail', "Agency's email (our letter goes there too)", id)}<fieldset><legend>Agency's postal address (without an email, our letter is posted there)</legend>${field(f, 'agencyAddress.street', 'Street and number, or PO box', id)}${field(f, 'agencyAddress.postalCode', 'Postal code', id)}${field(f, 'agencyAddress.city', 'City', id)}</fieldset>${field(f, 'reference', 'Their reference', { required: true, ...id })}${field(f, 'amount', 'Amount claimed in euros', { required: true, ...id })}`,
  },
  withdraw: { title: 'Withdraw the request', anchor: 'withdraw', fields: (f, id) => field(f, 'reason', 'Reason', { required: true, ...id }) },
};

/**
 * Closing the check of a provider informed through the BRP (the contract page and the Today row):
 * the owner's note and what was found, one button per outcome.
 */
export function brpCheckForm(contractId: string, form: FormState, idPrefix: string): SafeHtml {
  return html`<form method="post" action="/app/contracts/${contractId}/brp-check" class="brp-check" novalidate>${errorSummary(form)}
${field(form, 'note', 'What you verified (on the history)', { required: true, idPrefix, hint: 'e.g. "policy ended per 30 June, premium refunded" or "not known there"' })}
<button type="submit" name="outcome" value="informed">Checked: informed, close</button> <button type="submit" name="outcome" value="not_informed">Not informed: send a letter instead</button></form>`;
}

const violationList = (violations: LintViolation[]) => html`<ul>${violations.map((v) => html`<li>${v.message}</li>`)}</ul>`;

/** `failed` names the form whose post was refused, so its errors and values show on that form only. */
export function contractPage(user: StaffPrincipal, o: ContractOverview, state: { flash?: string; failed?: string; form?: FormState } = {}): string {
  const c = o.contract;
  // The BRP check has its own place, with the task it closes; the machine offers it on every unsent contract.
  const offered = formsFor(c.workflow.accepts).filter((name) => name !== 'brp-check');
  const forms = offered.map((name) => {
    const form = state.failed === name ? (state.form ?? {}) : {};
    const spec = FORMS[name];
    return html`<form method="post" action="/app/contracts/${c.id}/${name}" class="card" id="${spec.anchor === 'answer' ? `answer-${name}` : spec.anchor}" novalidate>
<h3>${spec.title}</h3>${errorSummary(form)}${spec.fields(form, { idPrefix: `${name}-` }, o)}<button type="submit">${spec.title}</button></form>`;
  });
  // A refusal without a form of its own (sending the request, a state that moved on) is shown on top.
  const brpForm = state.failed === 'brp-check' ? (state.form ?? {}) : {};
  const placed = [...offered, 'correct', ...(c.brpCheckOpen ? ['brp-check'] : [])];
  const unplaced = state.failed && !placed.includes(state.failed) ? errorSummary(state.form ?? {}, 'This was not done:') : '';
  return appPage(
    user,
    `${c.provider.name} · ${fullName(o.estate.deceased)}`,
    html`<p><a href="/app/estates/${o.estate.id}">Back to ${fullName(o.estate.deceased)} (${o.estate.reference})</a></p>${notice(LANG, state.flash)}
${unplaced}<h1>${c.provider.name}: ${c.description}</h1>
<div class="card"><p class="status">${c.statusText}</p><p>Next: ${c.nextStep}</p>
<p>State <span class="badge">${words(c.state)}</span>${c.dueAt ? html` · due ${humanDate(c.dueAt, LANG)}` : ''} · account ${c.accountNumber} · ${c.action}${c.providerReference ? html` · provider reference ${c.providerReference}` : ''}</p>
${c.brpCheckOpen ? html`<div class="notice" id="brp-check"><p>${brpCheckText(c.provider.name, c.provider.category, 'en')}</p>${brpCheckForm(c.id, brpForm, 'brp-check-')}</div>` : ['draft', 'ready'].includes(c.state) ? html`<p><a href="/app/contracts/${c.id}/preview">Preview the request letter</a> ${c.state === 'ready' ? actionButton(`/app/contracts/${c.id}/request`, 'Send request') : ''}</p>` : ''}</div>
${c.undeliveredEffects.length ? html`<div class="error" role="alert"><p>Could not be delivered (retries stopped):</p><ul>${c.undeliveredEffects.map((u) => html`<li>${words(u.kind)}: ${u.lastError}</li>`)}</ul></div>` : ''}
${forms.length ? html`<h2 id="answer">Record what happened</h2>` : ''}<div class="grid two">${forms}</div>
${['draft', 'ready'].includes(c.state) ? '' : html`<h2>Enclosures the provider can open</h2>${o.enclosures.length
      ? html`<ul>${o.enclosures.map((d) => html`<li><a href="/app/documents/${d.id}">${d.fileName}</a> (${words(d.kind)})</li>`)}</ul>`
      : html`<p>None.</p>`}`}
${contractCorrectionSection(o, state.failed === 'correct' ? state.form : {})}
<h2>Letters</h2>${c.letters.length
      ? html`<ul>${c.letters.map((l) => html`<li>${humanDate(l.letterDate, LANG)} · ${words(l.kind)} · ${l.status === 'sent' ? html`<a href="/app/letters/${l.id}/pdf">PDF</a> (${words(l.deliveryStatus)})` : html`<strong>blocked</strong>${violationList(l.violations)}${actionButton(`/app/letters/${l.id}/retry`, 'Produce the letter again')}`}</li>`)}</ul>`
      : html`<p>No letters yet.</p>`}
<h2>History</h2><ol class="card">${c.timeline.map((t) => html`<li><span class="muted">${humanDate(t.at, LANG)} · ${t.actor.name}</span><br>${t.summary}</li>`)}</ol>`,
  );
}

/** A preview the rules refuse: what the letter would say and why it would not be sent. */
export function previewRefusedPage(user: StaffPrincipal, contractId: string, text: string, violations: LintViolation[]): string {
  return appPage(
    user,
    'Letter preview',
    html`<p><a href="/app/contracts/${contractId}">Back to the contract</a></p><h1>This letter would be blocked</h1>
<div class="error" role="alert">${violationList(violations)}</div><pre class="card">${text}</pre>`,
  );
}
