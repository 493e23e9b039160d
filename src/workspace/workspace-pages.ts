import type { StaffPrincipal } from '../auth/principal';
import { html, page, SafeHtml } from '../web/html';
import { Lang, ownerWords } from '../words';

/** The staff pages speak English, like the owner's notifications; families and providers get their own language. */
export const LANG = 'en';

/** One short confirmation after a redirect (PRG), chosen by a query flag so no text travels in the URL. */
export function notice(lang: Lang, key: string | undefined): SafeHtml | '' {
  const notices: Record<string, string> = ownerWords(lang).notices;
  const text = key && Object.hasOwn(notices, key) ? notices[key] : undefined;
  return text ? html`<p class="notice" role="status">${text}</p>` : '';
}

function nav(user: StaffPrincipal): SafeHtml {
  const w = ownerWords(user.lang).shell;
  const other: Lang = user.lang === 'nl' ? 'en' : 'nl';
  return html`<nav aria-label="${w.navLabel}"><a href="/app">${w.today}</a> · <a href="/app/estates">${w.estates}</a> · <a href="/app/print">${w.post}</a> · <a href="/app/dashboard">${w.dashboard}</a>${
    user.role === 'admin' ? html` · <a href="/app/admin/users">${w.accounts}</a> · <a href="/app/admin/providers">${w.providers}</a>` : ''
  }</nav><span>${user.name}</span><form method="post" action="/app/language" class="inline"><input type="hidden" name="to" value="${other}"><button class="secondary" type="submit" lang="${other}">${w.switchTo}</button></form>
<form method="post" action="/app/logout" class="inline"><button class="secondary" type="submit">${w.signOut}</button></form>`;
}

/** Every signed-in workspace page: the same header, navigation and the person's own language. */
export function appPage(user: StaffPrincipal, title: string, body: SafeHtml): string {
  return page({ title, lang: user.lang, brand: ownerWords(user.lang).shell.brand, nav: nav(user), body });
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
