import type { StaffPrincipal } from '../auth/principal';
import { html, page, SafeHtml } from '../web/html';
import { noticeQuery, type SessionNotice } from '../web/session';
import { keepFromToday } from '../web/from-today';
import { documentNamed, Lang, ownerWords } from '../words';
import { heardByKifid } from '../providers/complaints-bodies';
import type { ProviderCategory } from '../providers/provider.entity';
import type { InsuranceKind } from '../../workflows/wording';

/**
 * One short confirmation after a redirect (PRG), chosen by a query flag so no text travels in the URL. `focus`: the page of a
 * form sent takes the focus to it (autofocus, no script), so a keyboard or screen-reader user hears it first (comweb).
 */
export function notice(lang: Lang, key: string | undefined, focus = false): SafeHtml | '' {
  const notices: Record<string, string> = ownerWords(lang).notices;
  const text = key && Object.hasOwn(notices, key) ? notices[key] : undefined;
  if (!text) return '';
  // A notice that what she asked was not done reads as a warning, not in the green of done (stop67mends).
  const style = NOT_DONE_NOTICES.has(key!) ? 'warning' : 'notice';
  return focus ? html`<p class="${style}" role="status" tabindex="-1" autofocus>${text}</p>` : html`<p class="${style}" role="status">${text}</p>`;
}

/** The notices saying her request or her posting was not done: the letter check held the request, a batch changed or was not downloaded. */
const NOT_DONE_NOTICES = new Set(['sentHeld', 'printBatchChanged', 'printBatchRemerged', 'printBatchNotDownloaded', 'printBatchSetApart']);

/**
 * The header's badge beside „Meldingen” (notifrest): up to 99 the count, then „99+”, as mail and chat clients show a large
 * number; its accessible name says the true count. Rows written before ownernotif stay unread, so a first badge may be large.
 */
const unreadBadge = (unread: number): string => (unread > 99 ? '99+' : String(unread));

function nav(user: StaffPrincipal): SafeHtml {
  const w = ownerWords(user.lang).shell;
  const other: Lang = user.lang === 'nl' ? 'en' : 'nl';
  return html`<nav aria-label="${w.navLabel}"><a href="/app">${w.today}</a> · <a href="/app/estates">${w.estates}</a> · <a href="/app/print">${w.post}</a> · <a href="/app/dashboard">${w.dashboard}</a> · <a href="/app/notifications" id="nav-notifications">${w.notifications}${
    user.unreadNotifications ? html` <span class="badge alert" aria-label="${w.unread(user.unreadNotifications)}">${unreadBadge(user.unreadNotifications)}</span>` : ''
  }</a>${
    user.role === 'admin' ? html` · <a href="/app/admin/users">${w.accounts}</a> · <a href="/app/admin/providers">${w.providers}</a>` : ''
  }</nav><span>${user.name}</span><form method="post" action="/app/language" class="inline"><input type="hidden" name="to" value="${other}"><button class="secondary" type="submit" lang="${other}">${w.switchTo}</button></form>
<form method="post" action="/app/logout" class="inline"><button class="secondary" type="submit">${w.signOut}</button></form>`;
}

/** Every signed-in workspace page: the same header, navigation and the person's own language. */
export function appPage(user: StaffPrincipal, title: string, body: SafeHtml): string {
  return page({ title, lang: user.lang, brand: ownerWords(user.lang).shell.brand, nav: nav(user), body });
}

/**
 * The sign-in form, in Dutch unless `?lang=en` asked for English (nobody is signed in yet, so no
 * account says otherwise); `refused` says why the last try did not sign in.
 */
export function loginPage(next: string, lang: Lang, refused?: { status: number; retryAfterSeconds?: unknown }, notice?: SessionNotice): string {
  const w = ownerWords(lang).login;
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  const why = refused && (refused.status === 429 ? w.tooMany(Math.max(1, Math.ceil(Number(refused.retryAfterSeconds ?? 60) / 60))) : w.wrong);
  return page({
    title: w.title,
    lang,
    brand: ownerWords(lang).shell.brand,
    nav: html`<a href="/app/login?lang=${other}&amp;next=${encodeURIComponent(next)}${noticeQuery(notice)}" lang="${other}">${w.other}</a>`,
    body: html`<h1>${w.title}</h1>${why ? html`<p class="error" role="alert">${why}</p>` : ''}${notice ? html`<p class="notice" role="status">${w[notice]}</p>` : ''}
<form method="post" action="/app/login${lang === 'en' ? '?lang=en' : ''}" class="card"><input type="hidden" name="next" value="${next}">
<label for="email">${w.email}</label><input id="email" name="email" type="email" autocomplete="username" required>
<label for="password">${w.password}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${w.submit}</button></form>`,
  });
}

/** A form that is only a button: one action, posted, answered with a redirect. */
export function actionButton(action: string, label: string, hidden: Record<string, string> = {}): SafeHtml {
  return html`<form method="post" action="${action}" class="inline">${Object.entries(hidden).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}<button type="submit">${label}</button></form>`;
}

/** returnedpages: a letter that came back whose address she has not checked: Today's button, here back to the page it is on (`back`). */
export const returnCheckedButton = (lang: Lang, letterId: string, back: string, cameFromToday: boolean | undefined): SafeHtml =>
  actionButton(keepFromToday(`/app/letters/${letterId}/return-checked?back=${back}`, cameFromToday), ownerWords(lang).today.returnChecked);

/** The way back to Today, on a page reached from it (`?from=today`: `src/web/from-today.ts`). */
export const backToToday = (lang: Lang): SafeHtml => html`<a href="/app" id="back-to-today">${ownerWords(lang).estate.backToToday}</a>`;

/** Words for state names and other identifiers shown in tables ("informationRequested" → "information requested"). */
export function words(identifier: string): string {
  return identifier.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`);
}

/** The estate section's words for a code the records keep (a state, a document or letter kind); an unknown code shows as itself. */
export function label(lang: Lang, list: 'contractStates' | 'documentKinds' | 'letterKinds' | 'delivery' | 'letterStatus', code: string): string {
  const labels = ownerWords(lang).estate[list];
  return Object.hasOwn(labels, code) ? labels[code] : code.replace(/_/g, ' ');
}

/** A contract's state as the owner reads it: with its complaints body, „bij Kifid" where that is Kifid (kifidrest), never a disputes committee. */
export function contractStateNamed(lang: Lang, c: { state: string; insuranceKind: InsuranceKind | null; provider: { category: ProviderCategory } }): string {
  return c.state === 'withCommittee' && heardByKifid(c.provider.category, c.insuranceKind) ? ownerWords(lang).estate.withKifid : label(lang, 'contractStates', c.state);
}

/**
 * bankletters (audit79 LET-1): a letter to a bank by what it asks (`bankLetterKinds`), never „opzegging" or „factuur"; audit105: an
 * insurer's and a pension fund's request as the death notified its title says (`insurerLetterKinds`, `fundLetterKinds`); any other by its kind.
 */
export function letterKindNamed(lang: Lang, kind: string, category: string | null | undefined): string {
  const w = ownerWords(lang).estate;
  const named: Record<string, string> | undefined = category === 'bank' ? w.bankLetterKinds : category === 'insurance' ? w.insurerLetterKinds : category === 'pension' ? w.fundLetterKinds : undefined;
  return named && Object.hasOwn(named, kind) ? named[kind] : label(lang, 'letterKinds', kind);
}

/** A document's kind as the owner reads it; an "overig" one with her words (docdesc), so two such documents read apart. */
export function documentKindNamed(lang: Lang, d: { kind: string; description?: string | null }): string {
  return documentNamed(ownerWords(lang).estate.documentKinds, d);
}

