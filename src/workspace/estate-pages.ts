import { ownerEstateStatusText } from '../../workflows';
import type { StaffPrincipal } from '../auth/principal';
import { dutchDate } from '../clock/clock';
import type { FieldError } from '../common/problem';
import { DOCUMENT_AUDIENCES, DocumentAudience } from '../documents/document-audience';
import { DOCUMENT_KINDS, EstateDocument } from '../documents/document.entity';
import { FAMILY_ROLES, FamilyRole } from '../estates/family-member.entity';
import type { Page } from '../common/paging';
import { Estate, ESTATE_STATUSES, EstateStatus, fullName } from '../estates/estate.entity';
import type { User } from '../users/user.entity';
import { checkbox, errorSummary, field, FormState, select } from '../web/fields';
import { html, humanDate, SafeHtml } from '../web/html';
import { pager, PagePosition } from '../web/pager';
import type { EstateOverview } from './estate-overview.service';
import { statementsSection } from './statement-pages';
import { actionButton, appPage, LANG, notice, words } from './workspace-pages';

/** Contracts in these states can still be sent (a draft answers with the documents it misses). */
const SENDABLE = ['draft', 'ready'];

/** What the estates page was asked for: the search and state filter, and where in the list it stands. */
export interface EstateListQuery extends PagePosition {
  q?: string;
  status?: EstateStatus;
  limit?: number;
}

export function estateListPage(user: StaffPrincipal, list: Page<Estate>, query: EstateListQuery): string {
  const rows = list.items.map(
    (e) => html`<tr><td><a href="/app/estates/${e.id}">${fullName(e.deceased)}</a></td><td>${e.reference}</td>
<td>${ownerEstateStatusText(e.status as never, LANG)}</td><td>${e.owner.name}</td><td>${humanDate(e.deceased.dateOfDeath, LANG)}</td></tr>`,
  );
  const stages = ESTATE_STATUSES.map((s) => html`<option value="${s}"${s === query.status ? html` selected` : ''}>${ownerEstateStatusText(s as never, LANG)}</option>`);
  const searched = !!(query.q || query.status);
  return appPage(
    user,
    'Estates',
    html`<h1>Estates</h1><p><a class="button" href="/app/estates/new">Open a new estate</a></p>
<form method="get" action="/app/estates" role="search" class="card">
<label for="q">Name of the deceased, reference or account number</label><input id="q" name="q" type="search" value="${query.q ?? ''}" minlength="2" maxlength="100">
<label for="status">Stage</label><select id="status" name="status"><option value="">every stage</option>${stages}</select>
<button type="submit">Search</button></form>${
      rows.length
        ? html`<table><thead><tr><th scope="col">Deceased</th><th scope="col">Reference</th><th scope="col">Stage</th><th scope="col">Case owner</th><th scope="col">Died</th></tr></thead><tbody>${rows}</tbody></table>`
        : html`<p class="card">${searched ? 'No estate matches this search.' : 'You have no estates yet.'}</p>`
    }${pager('/app/estates', { q: query.q, status: query.status, limit: query.limit?.toString() }, query, list.nextCursor, LANG)}`,
  );
}

/** What the estate page shows again after a refused post, or once after a success (the access code). */
export interface EstatePageState {
  flash?: string;
  contract?: FormState;
  family?: FormState;
  document?: FormState;
  handover?: FormState;
  requestErrors?: FieldError[];
  closeErrors?: FieldError[];
  accessCode?: { name: string; code: string; expiresAt: Date; emailedTo?: string | null; emailFailedTo?: string | null };
  progressErrors?: FieldError[];
  /** Why an uploaded statement was not read (the line or element): shown at the top of the page. */
  statementErrors?: FieldError[];
  findingErrors?: FieldError[];
  /** Where the timeline stands, for its "Previous" / "Next" links (the provider search rides along). */
  timelineAt?: PagePosition & { q?: string; limit?: string };
  /** Where the statement findings stand (`?findings=&findingsBack=`): the page has two paged lists. */
  findingsAt?: PagePosition;
}

/** From inventory until closing the family may be sent a progress report (the estate workflow decides). */
const REPORTABLE = ['inventory', 'inProgress', 'settling'];

function contractsSection(o: EstateOverview, state: EstatePageState): SafeHtml {
  const rows = o.contracts.map((c) => {
    const letter = c.lastLetter;
    return html`<tr><td>${SENDABLE.includes(c.state) ? checkbox('contractIds', c.id, `Select ${c.provider.name}, ${c.description}`, false, `select-${c.id}`) : ''}</td>
<td><a href="/app/contracts/${c.id}">${c.provider.name}</a><br><span class="muted">${c.description} · ${c.accountNumber}</span></td>
<td>${c.action}</td><td><span class="badge" data-state="${c.state}">${words(c.state)}</span><br>${c.statusText}${
      c.state === 'draft' && c.missingDocuments.length ? html`<br><strong>Upload first: ${c.missingDocuments.map(words).join(', ')}</strong>` : ''
    }</td>
<td>${c.dueAt ? humanDate(c.dueAt, LANG) : ''}</td>
<td>${letter ? (letter.status === 'sent' ? html`<a href="/app/letters/${letter.id}/pdf">${words(letter.kind)}, ${humanDate(letter.letterDate, LANG)}</a>` : html`<span class="badge alert">${words(letter.kind)} blocked</span>`) : ''}
${SENDABLE.includes(c.state) ? html`<br><a href="/app/contracts/${c.id}/preview">Preview letter</a>` : ''}</td></tr>`;
  });
  return html`<h2 id="contracts">Contracts</h2>${errorSummary({ errors: state.requestErrors }, 'These requests were not sent:')}${
    rows.length
      ? html`<form method="post" action="/app/estates/${o.estate.id}/requests">
<table class="wide"><caption class="muted">Select the contracts to send and send their requests in one go.</caption>
<thead><tr><th scope="col">Send</th><th scope="col">Provider</th><th scope="col">Action</th><th scope="col">State</th><th scope="col">Due</th><th scope="col">Last letter</th></tr></thead>
<tbody>${rows}</tbody></table><button type="submit">Send the selected requests</button></form>`
      : html`<p class="card">No contracts yet: add the first one below.</p>`
  }`;
}

function addContractSection(o: EstateOverview, form: FormState): SafeHtml {
  const id = o.estate.id;
  const matches = o.providerMatches.map((p): [string, string] => [p.id, `${p.name} (${p.category}, answers within ${p.slaBusinessDays} business days)`]);
  const heirs = o.familyMembers.map((m): [string, string] => [m.id, `${m.name} (${m.relation})`]);
  return html`<h2 id="add-contract">Add a contract</h2>
<form method="get" action="/app/estates/${id}#add-contract" class="card" role="search">
<label for="q">Search the provider directory</label><input id="q" name="q" type="search" value="${o.providerQuery}">
<button type="submit">Search</button></form>
${o.providerQuery && !matches.length ? html`<p class="card">No provider matches “${o.providerQuery}”. An administrator can add it to the directory.</p>` : ''}
${matches.length || form.errors
      ? html`${errorSummary(form)}<form method="post" action="/app/estates/${id}/contracts" class="card" novalidate>
<input type="hidden" name="q" value="${o.providerQuery}">
${select(form, 'providerId', 'Provider', matches)}
${field(form, 'description', 'What the contract is', { required: true, hint: 'e.g. "Mobile subscription 06-12345678"' })}
${field(form, 'accountNumber', 'Customer, policy or account number', { required: true })}
${select(form, 'action', 'What should happen', [['cancel', 'Cancel'], ['transfer', 'Transfer to a family member']], { initial: 'cancel' })}
${select(form, 'transferToFamilyMemberId', 'New holder (transfers only)', [['', '—'], ...heirs])}
${field(form, 'requestedEndDate', 'Requested end date (optional, empty = as soon as possible)', { type: 'date' })}
<button type="submit">Add the contract</button></form>`
      : ''}`;
}

function familySection(o: EstateOverview, state: EstatePageState): SafeHtml {
  const form = state.family ?? {};
  const code = state.accessCode;
  return html`<h2 id="family">Heirs and family</h2>
${code ? html`<div class="notice" role="status"><p>Portal access code for ${code.name} (shown only now; valid until ${humanDate(dutchDate(code.expiresAt), LANG)}):</p><p class="secret">${code.code}</p>${code.emailedTo ? html`<p>A link to the portal was emailed to ${code.emailedTo}.</p>` : ''}${code.emailFailedTo ? html`<p><strong>The email to ${code.emailFailedTo} could not be sent</strong>: please give ${code.name} this code yourself.</p>` : ''}</div>` : ''}
${o.familyMembers.length
      ? html`<ul>${o.familyMembers.map((m) => html`<li>${m.name} (${m.relation})${m.isHeir ? ', heir' : ''}${m.isRepresentative ? ', represents the heirs' : ''}${m.email ? html` · ${m.email}` : ''}
<a href="/app/estates/${o.estate.id}/family-members/${m.id}/edit">Correct ${m.name}'s particulars</a>
· <a href="/app/estates/${o.estate.id}/family-members/${m.id}/personal-data" download>Export ${m.name}'s personal data (AVG, zip)</a>
${actionButton(`/app/estates/${o.estate.id}/family-members/${m.id}/invitation`, m.email ? `New access code for ${m.name} (emails a link)` : `New access code for ${m.name}`)}
${choiceForm(`/app/estates/${o.estate.id}/family-members/${m.id}/role`, 'role', `role-${m.id}`, `Role of ${m.name} in the portal`, ROLE_WORDS, m.role, 'Save role')}</li>`)}</ul>`
      : html`<p>No family members recorded yet.</p>`}
<details${form.errors ? html` open` : ''}><summary>Add a family member</summary>${errorSummary(form)}
<form method="post" action="/app/estates/${o.estate.id}/family-members" class="card" novalidate>
${field(form, 'name', 'Name', { required: true })}${field(form, 'email', 'Email (optional)', { type: 'email' })}
${field(form, 'relation', 'Relation to the deceased', { required: true, hint: 'e.g. partner, daughter' })}
${select(form, 'role', 'Role (decides which documents the portal shows them)', FAMILY_ROLES.map((r) => [r, ROLE_WORDS[r]]), { initial: 'heir' })}
${checkbox('isHeir', 'true', 'Also an heir (for a representative)', false, 'isHeir')}
<button type="submit">Add and create an access code</button></form></details>`;
}

const ROLE_WORDS: Record<FamilyRole, string> = { representative: 'Representative (sees what the heirs see)', heir: 'Heir', other: 'Other (sees only what is for all family members)' };
const AUDIENCE_WORDS: Record<DocumentAudience, string> = { owner: 'Only me (case owner)', representative: 'The representative', heirs: 'The heirs and the representative', family: 'All family members' };

/** A one-field form in a list row: its own id, so several on one page stay distinct. */
function choiceForm(action: string, name: string, id: string, label: string, words: Record<string, string>, chosen: string, button: string): SafeHtml {
  return html`<form method="post" action="${action}" class="inline"><label for="${id}">${label}</label><select id="${id}" name="${name}">${Object.entries(words).map(
    ([value, text]) => html`<option value="${value}"${value === chosen ? html` selected` : ''}>${text}</option>`,
  )}</select><button type="submit">${button}</button></form>`;
}

/** One document: where it stands in its history and, while it is the current one, what the owner can do with it. */
function documentItem(estateId: string, d: EstateDocument, byId: Map<string, EstateDocument>): SafeHtml {
  const name = html`<a href="/app/documents/${d.id}">${d.fileName}</a> (${words(d.kind)}), ${humanDate(d.createdAt.toISOString(), LANG)} · <a href="/app/documents/${d.id}/history">History of ${d.fileName}</a>`;
  if (d.withdrawnAt) return html`<li class="muted">${name}: <strong>withdrawn</strong> ${humanDate(d.withdrawnAt.toISOString(), LANG)}: ${d.withdrawnReason}</li>`;
  if (d.supersededById) return html`<li class="muted">${name}: <strong>replaced</strong> by ${byId.get(d.supersededById)?.fileName ?? 'a newer version'}</li>`;
  const at = `/app/estates/${estateId}/documents/${d.id}`;
  return html`<li>${name}<br>${choiceForm(`${at}/audience`, 'audience', `audience-${d.id}`, `Who in the family sees ${d.fileName}`, AUDIENCE_WORDS, d.audience, 'Save')}
<form method="post" action="${at}/replace" enctype="multipart/form-data" class="inline"><label for="replace-${d.id}">New version of ${d.fileName}</label><input id="replace-${d.id}" name="file" type="file" accept="application/pdf,image/png,image/jpeg" required><button type="submit">Replace</button></form>
<form method="post" action="${at}/withdraw" class="inline"><label for="withdraw-${d.id}">Reason to withdraw ${d.fileName}</label><input id="withdraw-${d.id}" name="reason" required minlength="3" maxlength="1000"><button type="submit">Withdraw</button></form></li>`;
}

function documentsSection(o: EstateOverview, form: FormState): SafeHtml {
  const byId = new Map(o.documents.map((d) => [d.id, d]));
  return html`<h2 id="documents">Documents</h2>
${errorSummary(form)}${o.documents.length ? html`<ul>${o.documents.map((d) => documentItem(o.estate.id, d, byId))}</ul>` : html`<p>No documents yet.</p>`}
<form method="post" action="/app/estates/${o.estate.id}/documents" enctype="multipart/form-data" class="card">
${select(form, 'kind', 'Kind of document', DOCUMENT_KINDS.map((k) => [k, words(k)]))}
${select(form, 'audience', 'Who in the family sees it', [['', 'The default for its kind'], ...DOCUMENT_AUDIENCES.map((a): [string, string] => [a, AUDIENCE_WORDS[a]])])}
<label for="file">File (PDF, PNG or JPEG, at most 10 MB)</label><input id="file" name="file" type="file" accept="application/pdf,image/png,image/jpeg" required>
<button type="submit">Upload</button></form>`;
}

/**
 * The owner picker searches active specialists by name (no JavaScript needed: a GET form, like the
 * provider search); the handover itself is asked once more on a confirmation page.
 */
function handoverSection(o: EstateOverview, form: FormState): SafeHtml {
  const id = o.estate.id;
  const undo = o.undoableHandover;
  const picker = o.handoverTo.items;
  return html`<h2 id="handover">Hand over to another specialist</h2>
${undo ? html`<div class="card"><p>Handed over by ${undo.fromUser.name} on ${humanDate(undo.handedOverAt.toISOString(), LANG)}: ${undo.reason}</p>${actionButton(`/app/estates/${id}/handovers/${undo.id}/undo`, `Undo the handover: back to ${undo.fromUser.name}`)}</div>` : ''}
<form method="get" action="/app/estates/${id}#handover" class="card" role="search" aria-label="Search specialists">
<label for="owner">Search specialists by name</label><input id="owner" name="owner" type="search" value="${o.ownerQuery}" maxlength="100">
<button type="submit">Search</button></form>
${picker.length
      ? html`${errorSummary(form)}<form method="post" action="/app/estates/${id}/handover/confirm" class="card" novalidate><input type="hidden" name="owner" value="${o.ownerQuery}">
${select(form, 'toUserId', 'New case owner', picker.map((u) => [u.id, u.name]))}
${o.handoverTo.nextCursor ? html`<p class="muted">More specialists match: type part of the name to find them.</p>` : ''}
${field(form, 'reason', 'Reason (at most 1000 characters; the family is told who takes over)', { required: true })}
<button type="submit">Hand over…</button></form>`
      : html`<p class="card">${o.ownerQuery ? `No active specialist matches “${o.ownerQuery}”.` : 'There is no other active specialist to hand over to.'}</p>`}`;
}

/** The handover, asked once more: who takes over and why, as the family and the receiver will be told. */
export function handoverConfirmPage(user: StaffPrincipal, estate: Estate, to: User, reason: string): string {
  const name = fullName(estate.deceased);
  return appPage(
    user,
    'Confirm the handover',
    html`<h1>Hand over the estate of ${name} to ${to.name}?</h1>
<div class="card"><p>Reason: ${reason}</p>
<p>${to.name} becomes the case owner and is told on their Today list and by email; the family is told that ${to.name} is their contact person now. The handover can be undone for 24 hours.</p>
<form method="post" action="/app/estates/${estate.id}/handover"><input type="hidden" name="toUserId" value="${to.id}"><input type="hidden" name="reason" value="${reason}">
<button type="submit">Confirm the handover</button> <a href="/app/estates/${estate.id}#handover">Cancel</a></form></div>`,
  );
}

/** Why an undo was refused (too late, handed on since): the sender may no longer open the estate, so this stands alone. */
export function undoRefusedPage(user: StaffPrincipal, errors: FieldError[]): string {
  return appPage(user, 'Undo the handover', html`<h1>Undo the handover</h1><div class="error" role="alert"><p>The handover was not undone.</p>${errors.map((e) => html`<p>${e.message}</p>`)}</div><p><a href="/app">Back to Today</a></p>`);
}

export function estatePage(user: StaffPrincipal, o: EstateOverview, state: EstatePageState = {}): string {
  const e = o.estate;
  const d = e.deceased;
  // Each of the two paged lists keeps the other's position on its links.
  const timelineParams = { q: state.timelineAt?.q, limit: state.timelineAt?.limit, cursor: state.timelineAt?.cursor, back: state.timelineAt?.back };
  const findingsPager = pager(`/app/estates/${e.id}`, timelineParams, state.findingsAt ?? {}, o.statements.nextCursor, LANG, { cursor: 'findings', back: 'findingsBack', anchor: 'statements' });
  return appPage(
    user,
    fullName(d),
    html`${notice(LANG, state.flash)}${errorSummary({ errors: state.statementErrors }, 'The bank statement was not read; nothing was kept:')}<h1>${fullName(d)}</h1>
<div class="card"><p class="status">${ownerEstateStatusText(e.status as never, LANG)}</p>
<p>Reference ${e.reference} · case owner ${e.owner.name}</p>
<p>Born ${humanDate(d.dateOfBirth, LANG)}, died ${humanDate(d.dateOfDeath, LANG)} · ${d.address.street}, ${d.address.postalCode} ${d.address.city} (${d.address.country}) · gender: ${d.gender}</p>
<p><a href="/app/estates/${e.id}/edit">Correct the deceased or the estate account</a>${user.role === 'admin' ? html` · <a href="/app/estates/${e.id}/access-log">Access log</a>` : ''}</p></div>
${e.status === 'settling' || state.closeErrors
      ? html`<div class="card">${errorSummary({ errors: state.closeErrors }, 'The estate was not closed:')}<p>Every contract is ended or transferred. Closing sends the final report to the family.</p>${actionButton(`/app/estates/${e.id}/close`, 'Close the estate')}</div>`
      : ''}
${contractsSection(o, state)}
${REPORTABLE.includes(e.status) || state.progressErrors
      ? html`<div class="card">${errorSummary({ errors: state.progressErrors }, 'No progress report was sent:')}<p>A letter to the family's representative with where every contract stands.</p>${actionButton(`/app/estates/${e.id}/progress-report`, 'Send a progress report to the family')}</div>`
      : ''}
${addContractSection(o, state.contract ?? {})}
${familySection(o, state)}
${errorSummary({ errors: state.findingErrors }, 'No draft contracts were made:')}${statementsSection(user, e.id, o.statements, findingsPager)}
${documentsSection(o, state.document ?? {})}
${handoverSection(o, state.handover ?? {})}
<h2 id="timeline">Timeline</h2><ol class="card">${o.timeline.items.map((t) => html`<li><span class="muted">${humanDate(t.at, LANG)} · ${t.actor.name}</span><br>${t.summary}</li>`)}</ol>
${pager(`/app/estates/${e.id}`, { q: timelineParams.q, limit: timelineParams.limit, findings: state.findingsAt?.cursor, findingsBack: state.findingsAt?.back }, state.timelineAt ?? {}, o.timeline.nextCursor, LANG)}`,
  );
}
