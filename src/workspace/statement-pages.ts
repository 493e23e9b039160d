import type { StaffPrincipal } from '../auth/principal';
import { euros, INTERVAL_NL } from '../statements/statement.views';
import type { StatementsService } from '../statements/statements.service';
import { UPLOAD_PROGRESS_PATH } from '../web/upload-progress';
import { html, humanDate, SafeHtml } from '../web/html';
import { actionButton, LANG } from './workspace-pages';

export type EstateStatements = Awaited<ReturnType<StatementsService['findings']>> & { providerNames: Map<string, string> };
type Finding = EstateStatements['items'][number];
type UnknownCreditor = EstateStatements['unknownCreditors'][number];

/** The admin's provider form, filled in with what the statement says about an unknown creditor. */
export function newProviderLink(f: UnknownCreditor): string {
  const prefill = new URLSearchParams({ name: f.counterpartyName ?? '', creditorIds: f.creditorIds.join('\n') });
  return `/app/admin/providers?${prefill}#new-provider`;
}

function evidence(f: Finding['finding']): SafeHtml {
  return html`<details><summary>${f.evidence.length} lines</summary><ul>${f.evidence.map(
    (e) => html`<li>${humanDate(e.date, LANG)} · ${e.reversal ? 'reversed ' : ''}${euros(e.amountCents)}${e.mandateId ? html` · mandate ${e.mandateId}` : ''}<br><span class="muted">${e.description} (${e.location})</span></li>`,
  )}</ul></details>`;
}

function findingRow(s: EstateStatements, { finding: f, knownContractId }: Finding): SafeHtml {
  const provider = f.providerId ? s.providerNames.get(f.providerId) : undefined;
  const creatable = !!f.providerId && !knownContractId;
  return html`<tr data-finding="${f.id}"><td>${creatable ? html`<label class="check" for="finding-${f.id}"><input type="checkbox" id="finding-${f.id}" name="findingIds" value="${f.id}"> <span class="skip">Select ${provider}</span></label>` : ''}</td>
<td><strong>${provider ?? f.counterpartyName ?? f.counterpartyIban}</strong>${provider && f.counterpartyName !== provider ? html`<br><span class="muted">${f.counterpartyName}</span>` : ''}${f.umbrella ? html`<br><span class="muted">via ${f.umbrella}</span>` : ''}${f.creditorIds.length ? html`<br><span class="muted">${f.creditorIds.join(', ')}</span>` : ''}</td>
<td>${INTERVAL_NL[f.interval]}</td><td>${euros(f.typicalAmountCents)}${f.currency !== 'EUR' ? ` (${f.currency})` : ''}</td>
<td>${humanDate(f.firstDate, LANG)} – ${humanDate(f.lastDate, LANG)}${f.ranAfterDeath ? html`<br><span class="badge alert">liep door na overlijden</span>` : ''}</td>
<td>${evidence(f)}</td>
<td>${knownContractId ? html`<a class="badge" href="/app/contracts/${knownContractId}">al bekend</a>` : html`<span class="badge warn">waarschijnlijk contract</span>`}
${creatable ? html`<br><button type="submit" name="only" value="${f.id}" class="secondary">Maak conceptcontract</button>` : !f.providerId ? html`<br><span class="muted">creditor not in the directory</span>` : ''}</td></tr>`;
}

function unknownCreditors(user: StaffPrincipal, s: EstateStatements): SafeHtml | '' {
  if (!s.unknownCreditors.length) return '';
  return html`<h3>Creditors not in the provider directory</h3><p>Add them to the directory to turn their payments into contracts${user.role === 'admin' ? '' : ' (an administrator can)'}.</p>
<ul class="card">${s.unknownCreditors.map(
    (f) => html`<li>${f.counterpartyName ?? f.counterpartyIban}${f.creditorIds.length ? html` · ${f.creditorIds.join(', ')}` : ''}${f.umbrella ? html` · collected by ${f.umbrella}` : ''}${
      user.role === 'admin' ? html` · <a href="${newProviderLink(f)}">Add to the directory</a>` : ''
    }</li>`,
  )}</ul>`;
}

/**
 * The estate's "Bankafschriften": the upload (a plain multipart form; the script only adds a progress
 * bar), what earlier statements found, and the buttons that make draft contracts of it. The keep
 * checkbox comes before the file: the server reads the fields as they stream in and acts when the file begins.
 */
export function statementsSection(user: StaffPrincipal, estateId: string, s: EstateStatements, pages: SafeHtml | ''): SafeHtml {
  const rows = s.items.map((i) => findingRow(s, i));
  return html`<h2 id="statements">Bankafschriften</h2>
<form method="post" action="/app/estates/${estateId}/statements" enctype="multipart/form-data" class="card" data-upload-progress>
<p class="muted">camt.053 (XML), or the CSV/TXT export of ING, Rabobank or ABN AMRO; at most 50 MB. Only recurring payments are kept.</p>
<label class="check" for="statement-keep"><input type="checkbox" id="statement-keep" name="keep" value="true"> bewaar het bestand als document (only you can open it; never the family or a provider)</label>
<label for="statement-file">Bank statement</label><input id="statement-file" name="file" type="file" accept=".xml,.csv,.txt,application/xml,text/xml,text/csv,text/plain" required>
<progress id="statement-progress" max="1" value="0" hidden>upload</progress>
<button type="submit">Read the statement</button></form>
<script src="${UPLOAD_PROGRESS_PATH}" defer></script>
${s.imports.length
      ? html`<ul>${s.imports.map(
          (i) => html`<li>Read ${humanDate(i.createdAt.toISOString(), LANG)}${i.uploadedByType === 'family' ? ' (sent by the family)' : ''}: ${i.fileName ?? i.format}, ${humanDate(i.periodFrom, LANG)} – ${humanDate(i.periodTo, LANG)}, ${i.transactionCount} transactions${
            i.uploadedByType === 'family' && !i.seenAt ? actionButton(`/app/estates/${estateId}/statements/${i.id}/seen`, 'Mark as seen') : ''
          }</li>`,
        )}</ul>
<p>All other transactions were discarded after the import: Steward keeps only the recurring payments below and their evidence lines.</p>`
      : ''}
${rows.length
      ? html`<form method="post" action="/app/estates/${estateId}/statement-findings/contracts">
<table class="wide"><caption class="muted">Recurring payments found on the statements, those still running after the death first. Select the ones to cancel and make draft contracts of them in one go.</caption>
<thead><tr><th scope="col">Select</th><th scope="col">Provider or creditor</th><th scope="col">Interval</th><th scope="col">Typical amount</th><th scope="col">First – last</th><th scope="col">Evidence</th><th scope="col">Status</th></tr></thead>
<tbody>${rows}</tbody></table><button type="submit">Maak conceptcontracten</button></form>${pages}`
      : s.imports.length ? html`<p class="card">No recurring payments were found.</p>` : html`<p>No statement read yet.</p>`}
${unknownCreditors(user, s)}`;
}
