import type { StaffPrincipal } from '../auth/principal';
import { barChart } from '../web/charts';
import { html, SafeHtml } from '../web/html';
import type { Dashboard } from './dashboard.service';
import { appPage, words } from './workspace-pages';

const table = (headings: string[], rows: (string | number)[][]): SafeHtml =>
  html`<table><thead><tr>${headings.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map((r) => html`<tr>${r.map((v) => html`<td>${v}</td>`)}</tr>`)}</tbody></table>`;

const orDash = (value: number | null, suffix = '') => (value === null ? '–' : `${value}${suffix}`);

/** Each owner's rolling family rating; owners below the threshold are named in an alert and drawn in red. */
function satisfactionSection({ threshold, windowDays, owners }: Dashboard['satisfaction']): SafeHtml {
  const alerts = owners.filter((o) => o.alert);
  return html`<h2>Family satisfaction</h2>
<p class="muted">Average rating (1–5) from families over the last ${windowDays} days. Alert below ${threshold}, once an owner has enough ratings.</p>
${alerts.length ? html`<div class="error" role="alert"><p>Below the alert threshold of ${threshold}: ${alerts.map((o) => `${o.ownerName} (${o.average})`).join(', ')}.</p></div>` : ''}
${owners.length
    ? html`${barChart('Family satisfaction', owners.map((o) => ({ label: o.ownerName, value: o.average ?? 0, text: o.average === null ? 'no ratings' : `${o.average} of 5`, alert: o.alert })), { max: 5 })}
${table(['Case owner', 'Average', 'Ratings', 'Alert'], owners.map((o) => [o.ownerName, orDash(o.average), o.count, o.alert ? 'below threshold' : '']))}`
    : html`<p class="card">No specialists yet.</p>`}`;
}

export function dashboardPage(user: StaffPrincipal, d: Dashboard): string {
  const whose = user.role === 'admin' ? 'all estates' : 'your estates';
  return appPage(
    user,
    'Dashboard',
    html`<h1>Dashboard</h1>
<h2>Estates by stage</h2><p class="muted">${whose}</p>
${barChart('Estates by stage', d.estatesByStage.map((c) => ({ label: words(c.label), value: c.count })))}
<h2>Contracts by state</h2><p class="muted">${whose}</p>
${barChart('Contracts by state', d.contractsByState.filter((c) => c.count > 0).map((c) => ({ label: words(c.label), value: c.count })))}
<h2>Median time to confirmation by provider category</h2><p class="muted">Business days from our request to the provider's confirmation, all estates, requests sent in the last ${d.providerWindowDays} days.</p>
${d.confirmationByCategory.length
      ? html`${barChart('Median business days to confirmation', d.confirmationByCategory.map((c) => ({ label: c.category, value: c.medianBusinessDays ?? 0, text: `${c.medianBusinessDays} days` })))}
${table(['Category', 'Confirmed requests', 'Median business days'], d.confirmationByCategory.map((c) => [c.category, c.confirmed, orDash(c.medianBusinessDays)]))}`
      : html`<p class="card">No provider has confirmed a request yet.</p>`}
${satisfactionSection(d.satisfaction)}
<h2>Provider scorecards</h2><p class="muted">Requests sent in the last ${d.providerWindowDays} days, all estates.</p>
${table(
  ['Provider', 'Requests', 'Answered', 'Median answer (business days)', 'Within SLA', 'Reminders', 'Invoices after end date', 'Letters to the deceased'],
  d.scorecards.filter((s) => s.requests > 0).map((s) => [s.providerName, s.requests, s.answered, orDash(s.medianResponseBusinessDays), orDash(s.withinSlaPercent, '%'), s.remindersNeeded, s.invoicesAfterEndDate, s.lettersToDeceasedReported]),
)}`,
  );
}
