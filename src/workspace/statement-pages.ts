import type { StaffPrincipal } from '../auth/principal';
import { money } from '../../workflows/wording';
import { ACCOUNT_NUMBER_MAX_LENGTH } from '../contracts/contract.dto';
import { INTERVAL_NL } from '../statements/statement.views';
import type { StatementsService } from '../statements/statements.service';
import { UPLOAD_PROGRESS_PATH } from '../web/upload-progress';
import { html, humanDate, SafeHtml } from '../web/html';
import { checkbox, field, type FormState } from '../web/fields';
import { keepFromToday } from '../web/from-today';
import { ownerWords, type Lang } from '../words';
import { actionButton } from './workspace-pages';

export type EstateStatements = Awaited<ReturnType<StatementsService['findingsIn']>> & { providerNames: Map<string, string> };
type Finding = EstateStatements['items'][number];
type UnknownCreditor = EstateStatements['unknownCreditors'][number];

/** The admin's provider form, filled in with what the statement says about an unknown creditor. */
export function newProviderLink(f: UnknownCreditor): string {
  const prefill = new URLSearchParams({ name: f.counterpartyName ?? '', creditorIds: f.creditorIds.join('\n') });
  return `/app/admin/providers?${prefill}#new-provider`;
}

function evidence(lang: Lang, f: Finding['finding']): SafeHtml {
  const w = ownerWords(lang).statement;
  return html`<details><summary>${w.lines(f.evidence.length)}</summary><ul>${f.evidence.map(
    (e) => html`<li>${humanDate(e.date, lang)} · ${e.reversal ? w.reversed : ''}${money(e.amountCents / 100, lang)}${e.mandateId ? html` · ${w.mandate(e.mandateId)}` : ''}<br><span class="muted">${e.description} (${e.location})</span></li>`,
  )}</ul></details>`;
}

function findingRow(lang: Lang, s: EstateStatements, { finding: f, knownContractId }: Finding, form: FormState): SafeHtml {
  const w = ownerWords(lang).statement;
  const provider = f.providerId ? s.providerNames.get(f.providerId) : undefined;
  const creatable = !!f.providerId && !knownContractId;
  return html`<tr data-finding="${f.id}"><td>${creatable ? checkbox('findingIds', f.id, w.chooseOne(provider ?? ''), false, `finding-${f.id}`, { labelHidden: true }) : ''}</td>
<td><strong>${provider ?? f.counterpartyName ?? f.counterpartyIban}</strong>${provider && f.counterpartyName !== provider ? html`<br><span class="muted">${f.counterpartyName}</span>` : ''}${f.umbrella ? html`<br><span class="muted">${w.via(f.umbrella)}</span>` : ''}${f.creditorIds.length ? html`<br><span class="muted">${f.creditorIds.join(', ')}</span>` : ''}</td>
<td data-label="${w.interval}">${lang === 'nl' ? INTERVAL_NL[f.interval] : f.interval}</td><td data-label="${w.typical}">${money(f.typicalAmountCents / 100, lang)}${f.currency !== 'EUR' ? ` (${f.currency})` : ''}</td>
<td data-label="${w.period}">${humanDate(f.firstDate, lang)} – ${humanDate(f.lastDate, lang)}${f.ranAfterDeath ? html`<br><span class="badge alert">${w.ranOn}</span>` : ''}</td>
<td data-label="${w.evidence}">${evidence(lang, f)}</td>
<td data-label="${w.state}">${knownContractId ? html`<a class="badge" href="/app/contracts/${knownContractId}">${w.known}</a>` : html`<span class="badge warn">${w.probable}</span>`}
${creatable && !f.mandateId ? html`<br>${field(form, `accountNumbers.${f.id}`, w.accountNumber(provider ?? ''), { hint: w.accountNumberHint, maxlength: ACCOUNT_NUMBER_MAX_LENGTH })}` : ''}
${creatable ? html`<br><button type="submit" name="only" value="${f.id}" class="secondary">${w.makeDraft}</button>` : !f.providerId ? html`<br><span class="muted">${w.notInDirectory}</span>` : ''}</td></tr>`;
}

function unknownCreditors(user: StaffPrincipal, s: EstateStatements): SafeHtml | '' {
  if (!s.unknownCreditors.length) return '';
  const w = ownerWords(user.lang).statement;
  return html`<h3>${w.unknownHeading}</h3><p>${w.unknownText(user.role === 'admin')}</p>
<ul class="card">${s.unknownCreditors.map(
    (f) => html`<li>${f.counterpartyName ?? f.counterpartyIban}${f.creditorIds.length ? html` · ${f.creditorIds.join(', ')}` : ''}${f.umbrella ? html` · ${w.collectedBy(f.umbrella)}` : ''}${
      user.role === 'admin' ? html` · <a href="${newProviderLink(f)}">${w.addToDirectory}</a>` : ''
    }</li>`,
  )}</ul>`;
}

/**
 * The estate's bank statements: the upload (a plain multipart form; the script only adds a progress
 * bar), what earlier statements found, and the buttons that make draft contracts of it. The keep
 * checkbox comes before the file: the server reads the fields as they stream in and acts when the file begins.
 */
export function statementsSection(user: StaffPrincipal, estateId: string, s: EstateStatements, pages: SafeHtml | '', form: FormState, cameFromToday?: boolean): SafeHtml {
  const lang = user.lang;
  const w = ownerWords(lang).statement;
  const rows = s.items.map((i) => findingRow(lang, s, i, form));
  return html`<h2 id="statements">${w.heading}</h2>
<form method="post" action="${keepFromToday(`/app/estates/${estateId}/statements`, cameFromToday)}" enctype="multipart/form-data" class="card" data-upload-progress>
<p class="muted">${w.formats}</p>
<label class="check" for="statement-keep"><input type="checkbox" id="statement-keep" name="keep" value="true"> ${w.keep}</label>
<label for="statement-file">${w.file}</label><input id="statement-file" name="file" type="file" accept=".xml,.csv,.txt,application/xml,text/xml,text/csv,text/plain" required>
<progress id="statement-progress" max="1" value="0" hidden>upload</progress>
<button type="submit">${w.read}</button></form>
<script src="${UPLOAD_PROGRESS_PATH}" defer></script>
${s.imports.length
      ? html`<ul>${s.imports.map(
          (i) => html`<li>${w.imported(humanDate(i.createdAt.toISOString(), lang), i.uploadedByType === 'family', i.fileName ?? i.format, humanDate(i.periodFrom, lang), humanDate(i.periodTo, lang), i.transactionCount)}${
            i.uploadedByType === 'family' && !i.seenAt ? actionButton(keepFromToday(`/app/estates/${estateId}/statements/${i.id}/seen`, cameFromToday), w.seen) : ''
          }</li>`,
        )}</ul>
<p>${w.discarded}</p>`
      : ''}
${rows.length
      ? html`<form method="post" action="${keepFromToday(`/app/estates/${estateId}/statement-findings/contracts`, cameFromToday)}">
<table class="wide stacked"><caption class="muted">${w.caption}</caption>
<thead><tr><th scope="col">${w.choose}</th><th scope="col">${w.counterparty}</th><th scope="col">${w.interval}</th><th scope="col">${w.typical}</th><th scope="col">${w.period}</th><th scope="col">${w.evidence}</th><th scope="col">${w.state}</th></tr></thead>
<tbody>${rows}</tbody></table><button type="submit">${w.makeDrafts}</button></form>${pages}`
      : s.imports.length ? html`<p class="card">${w.noneFound}</p>` : html`<p>${w.noneRead}</p>`}
${unknownCreditors(user, s)}`;
}
