import type { StaffPrincipal } from '../auth/principal';
import { html, page, SafeHtml } from '../web/html';

/** The staff pages speak English, like the owner's notifications; families and providers get their own language. */
export const LANG = 'en';

/** One short confirmation after a redirect (PRG), chosen by a query flag so no text travels in the URL. */
export const NOTICES: Record<string, string> = {
  created: 'The estate was opened.',
  contract: 'The contract was added to the inventory.',
  document: 'The document was uploaded.',
  sent: 'The requests were sent.',
  handedOver: 'The estate was handed over. It is no longer on your list; you can undo the handover below for 24 hours.',
  undone: 'The handover was undone; the estate is back with its previous case owner.',
  closed: 'The estate was closed; the final report goes to the family.',
  saved: 'Saved.',
  corrected: 'Corrected; the change is on the timeline.',
  retried: 'The letter will be produced again and checked against the rules.',
  'step-retried': 'The automatic step will be tried again within a minute.',
  handled: 'Marked as handled.',
  printed: 'Every waiting letter is in a print batch.',
  statement: 'The bank statement was read. Only its recurring payments were kept.',
  drafts: 'The draft contracts were made; they are in the inventory.',
  seen: 'Marked as seen.',
  replayed: 'The event is being sent again, with the same event id.',
  removed: 'The endpoint was removed; nothing more is sent to it.',
  progressReport: 'The progress report is being written to the family; it appears under the letters in a moment.',
};

export function notice(key: string | undefined): SafeHtml | '' {
  const text = key && Object.hasOwn(NOTICES, key) ? NOTICES[key] : undefined;
  return text ? html`<p class="notice" role="status">${text}</p>` : '';
}

function nav(user: StaffPrincipal): SafeHtml {
  return html`<nav aria-label="Workspace"><a href="/app">Today</a> · <a href="/app/estates">Estates</a> · <a href="/app/print">Post</a> · <a href="/app/dashboard">Dashboard</a>${
    user.role === 'admin' ? html` · <a href="/app/admin/users">Accounts</a> · <a href="/app/admin/providers">Providers</a>` : ''
  }</nav><span>${user.name}</span><form method="post" action="/app/logout" class="inline"><button class="secondary" type="submit">Sign out</button></form>`;
}

/** Every signed-in workspace page: the same header, navigation and language. */
export function appPage(user: StaffPrincipal, title: string, body: SafeHtml): string {
  return page({ title, lang: LANG, brand: 'Steward · Workspace', nav: nav(user), body });
}

/** The sign-in form; `refused` says why the last try did not sign in (wrong password, too many attempts). */
export function loginPage(next: string, refused?: string): string {
  return page({
    title: 'Sign in',
    lang: LANG,
    brand: 'Steward · Workspace',
    body: html`<h1>Sign in</h1>${refused ? html`<p class="error" role="alert">${refused}</p>` : ''}
<form method="post" action="/app/login" class="card"><input type="hidden" name="next" value="${next}">
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button></form>`,
  });
}

/** A form that is only a button: one action, posted, answered with a redirect. */
export function actionButton(action: string, label: string, hidden: Record<string, string> = {}): SafeHtml {
  return html`<form method="post" action="${action}" class="inline">${Object.entries(hidden).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}<button type="submit">${label}</button></form>`;
}

/** Words for state names and other identifiers shown in tables ("informationRequested" → "information requested"). */
export function words(identifier: string): string {
  return identifier.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`);
}
