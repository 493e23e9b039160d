import type { StaffPrincipal } from '../auth/principal';
import { barChart } from '../web/charts';
import { html, humanMoment, SafeHtml, stackedTable } from '../web/html';
import { ownerWords } from '../words';
import type { Satisfaction } from '../portal/feedback.service';
import { pager, PagePosition } from '../web/pager';
import { COUNTS_FRESH_SECONDS, Dashboard } from './dashboard.service';
import type { Scorecard } from '../providers/scorecard.service';
import type { Page } from '../common/paging';
import { appPage, words } from './workspace-pages';

type DashboardWords = ReturnType<typeof ownerWords>['dashboard'];

/** Numbers as the person writes them: "4,5" in Dutch, "4.5" in English. */
const number = (value: number, lang: 'nl' | 'en') => value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
const orDash = (value: number | null, lang: 'nl' | 'en', suffix = '') => (value === null ? '–' : `${number(value, lang)}${suffix}`);

/** A label from the catalogue's list, or the identifier in words for one it does not know yet. */
const named = (names: Record<string, string>, key: string) => names[key] ?? words(key);

/**
 * A page of owners' rolling family ratings; owners below the threshold are drawn in red, and the
 * alert names them whichever page they are on. `more` follows the list: the dashboard's link to every
 * owner's rating, or the ratings page's pager.
 */
function satisfactionSection(w: DashboardWords, lang: 'nl' | 'en', { threshold, windowDays, items: owners, belowThreshold, belowThresholdTotal }: Satisfaction, more: SafeHtml | ''): SafeHtml {
  const names = belowThreshold.map((o) => `${o.ownerName} (${orDash(o.average, lang)})`).join(', ');
  const unnamed = belowThresholdTotal - belowThreshold.length;
  return html`<p class="muted">${w.satisfactionNote(windowDays, number(threshold, lang))}</p>
${belowThreshold.length ? html`<div class="error" role="alert"><p>${unnamed > 0 ? w.belowThresholdMore(number(threshold, lang), names, unnamed) : w.belowThreshold(number(threshold, lang), names)}</p></div>` : ''}
${owners.length
    ? html`${barChart(w.satisfaction, owners.map((o) => ({ label: o.ownerName, value: o.average ?? 0, text: o.average === null ? w.noRatings : w.outOfFive(number(o.average, lang)), alert: o.alert })), { max: 5 })}
${stackedTable([w.caseOwner, w.average, w.ratings, w.alert], owners.map((o) => [o.ownerName, orDash(o.average, lang), o.count, o.alert ? w.belowLabel : '']))}${more}`
    : html`<p class="card">${w.noSpecialists}</p>`}`;
}

/** Every case owner's family rating, a page at a time (the dashboard shows the first few). */
export function ratingsPage(user: StaffPrincipal, satisfaction: Satisfaction, at: PagePosition & { limit?: string }): string {
  const w = ownerWords(user.lang).dashboard;
  return appPage(user, w.ratingsTitle, html`<h1>${w.ratingsTitle}</h1>${satisfactionSection(w, user.lang, satisfaction, pager('/app/dashboard/ratings', { limit: at.limit }, at, satisfaction.nextCursor, user.lang))}`);
}

/**
 * Each dashboard's content as drawn, per language and role: the same figures are served to every
 * reader for seconds (see DashboardService), so they are drawn once rather than per request (an
 * administrator's page draws a hundred specialists). Dropped with the figures.
 */
const drawn = new WeakMap<Dashboard, Map<string, SafeHtml>>();

export function dashboardPage(user: StaffPrincipal, d: Dashboard): string {
  const key = `${user.lang} ${user.role}`;
  const versions = drawn.get(d) ?? new Map<string, SafeHtml>();
  drawn.set(d, versions);
  let content = versions.get(key);
  if (!content) versions.set(key, (content = dashboardContent(user, d)));
  return appPage(user, ownerWords(user.lang).dashboard.title, content);
}

function dashboardContent(user: StaffPrincipal, d: Dashboard): SafeHtml {
  const lang = user.lang;
  const w = ownerWords(lang).dashboard;
  const whose = user.role === 'admin' ? w.allEstates : w.yourEstates;
  return html`<h1>${w.title}</h1>
<p class="muted">${w.countsAt(humanMoment(new Date(d.countedAt), lang), COUNTS_FRESH_SECONDS)}</p>
<h2>${w.byStage}</h2><p class="muted">${whose}</p>
${barChart(w.byStage, d.estatesByStage.map((c) => ({ label: named(w.stages, c.label), value: c.count })))}
<h2>${w.byState}</h2><p class="muted">${whose}</p>
${barChart(w.byState, d.contractsByState.filter((c) => c.count > 0).map((c) => ({ label: named(w.states, c.label), value: c.count })))}
<h2>${w.confirmation}</h2><p class="muted">${w.confirmationNote(d.providerWindowDays)} ${w.figuresAt(humanMoment(new Date(d.providerFiguresAt), lang))}</p>
${d.confirmationByCategory.length
      ? html`${barChart(w.confirmationChart, d.confirmationByCategory.map((c) => ({ label: named(w.categories, c.category), value: c.medianBusinessDays ?? 0, text: w.days(c.medianBusinessDays ?? 0) })))}
${stackedTable([w.category, w.confirmed, w.medianDays], d.confirmationByCategory.map((c) => [named(w.categories, c.category), c.confirmed, orDash(c.medianBusinessDays, lang)]))}`
      : html`<p class="card">${w.noConfirmations}</p>`}
<h2>${w.satisfaction}</h2>
${satisfactionSection(w, lang, d.satisfaction, d.satisfaction.nextCursor ? html`<p><a href="/app/dashboard/ratings">${w.allRatings}</a></p>` : '')}
<h2>${w.scorecards}</h2><p class="muted">${w.scorecardsNote(d.providerWindowDays)}${d.providersWithRequests > d.scorecards.length ? ` ${w.busiestProviders(d.scorecards.length, d.providersWithRequests)}` : ''} ${w.figuresAt(humanMoment(new Date(d.providerFiguresAt), lang))}</p>
${d.scorecards.length ? scorecardTable(w, lang, d.scorecards) : html`<p class="card">${w.noRequests}</p>`}
<p><a href="/app/dashboard/scorecards">${w.allScorecards}</a></p>`;
}

/** One row per provider: its requests, answers and what went wrong, as on the dashboard. */
function scorecardTable(w: DashboardWords, lang: 'nl' | 'en', cards: Scorecard[]): SafeHtml {
  return stackedTable(
    w.scoreHeadings,
    cards.map((s) => [s.providerName, s.requests, s.answered, orDash(s.medianResponseBusinessDays, lang), orDash(s.withinSlaPercent, lang, '%'), s.remindersNeeded, s.invoicesAfterEndDate, s.lettersToDeceasedReported]),
  );
}

/** Every provider's scorecard, a page at a time in the directory's name order (the dashboard shows the busiest). */
export function scorecardsPage(user: StaffPrincipal, cards: Page<Scorecard>, windowDays: number, at: PagePosition & { limit?: string }): string {
  const w = ownerWords(user.lang).dashboard;
  return appPage(user, w.scorecards, html`<h1>${w.scorecards}</h1><p class="muted">${w.scorecardsNote(windowDays)}</p>
${scorecardTable(w, user.lang, cards.items)}${pager('/app/dashboard/scorecards', { limit: at.limit }, at, cards.nextCursor, user.lang)}`);
}
