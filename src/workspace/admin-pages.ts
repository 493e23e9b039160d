import type { StaffPrincipal } from '../auth/principal';
import type { Page } from '../common/paging';
import type { FieldError } from '../common/problem';
import { dutchDate } from '../clock/clock';
import { DOCUMENT_KINDS } from '../documents/document.entity';
import { CHANNELS, LANGUAGES, Provider, PROVIDER_CATEGORIES, providerView } from '../providers/provider.entity';
import type { ProviderTokensService } from '../providers/provider-tokens.service';
import type { DeskUser } from '../providers/provider-users.service';
import { USER_ROLES, User } from '../users/user.entity';
import type { NewWebhookEndpoint, WebhookDeliveryView, WebhookEndpointView } from '../webhooks/webhook.dto';
import { deliveryFailureText } from '../webhooks/webhook-rules';
import { checkbox, errorSummary, field, FormState, linesField, prefixedIds, select } from '../web/fields';
import { html, humanDate, SafeHtml, stackedTable } from '../web/html';
import { pager, PagePosition } from '../web/pager';
import { type Lang, ownerWords } from '../words';
import { actionButton, appPage, label, notice, words } from './workspace-pages';

type Token = Awaited<ReturnType<ProviderTokensService['list']>>[number];
type AdminWords = ReturnType<typeof ownerWords>['admin'];

/** [value, text] pairs for a select, each value named from the catalogue (or in words when it has none). */
const choices = (values: readonly string[], names: Record<string, string>): [string, string][] => values.map((v) => [v, names[v] ?? words(v)]);
const day = (lang: Lang, at: Date | null) => (at ? humanDate(dutchDate(at), lang) : '–');

/**
 * Active or not, with the button that changes it. Your own account has none: an administrator cannot
 * deactivate themselves, so someone is always left to undo a mistake.
 */
function accountStatus(w: AdminWords, path: string, account: { name: string; active: boolean }, changeable = true): SafeHtml {
  if (!changeable) return html`${w.activeYou}`;
  return account.active
    ? html`${w.active} ${actionButton(`${path}/deactivate`, w.deactivate(account.name))}`
    : html`${w.inactive} ${actionButton(`${path}/activate`, w.reactivate(account.name))}`;
}

export function usersPage(user: StaffPrincipal, users: Page<User>, at: PagePosition & { limit?: string }, form: FormState = {}, flash?: string): string {
  const lang = user.lang;
  const w = ownerWords(lang).admin;
  const f = { ...form, lang, order: ['name', 'email', 'phone', 'role', 'password'] };
  const rows = users.items.map((u) => [u.name, u.email, w.roles[u.role], u.phone ?? '', accountStatus(w, `/app/admin/users/${u.id}`, u, u.id !== user.userId)]);
  return appPage(
    user,
    w.accounts,
    html`${notice(lang, flash)}${errorSummary(f)}<h1>${w.accountsHeading}</h1>
${stackedTable([w.name, w.email, w.role, w.phone, w.status], rows)}${pager('/app/admin/users', { limit: at.limit }, at, users.nextCursor, lang)}
<h2 id="new-account">${w.newAccount}</h2>
<form method="post" action="/app/admin/users" class="card" novalidate>
${field(f, 'name', w.name, { required: true })}${field(f, 'email', w.email, { type: 'email', required: true })}
${field(f, 'phone', w.phoneLabel, { type: 'tel' })}
${select(f, 'role', w.role, choices(USER_ROLES, w.roles), { initial: 'specialist' })}
${field(f, 'password', w.password, { type: 'password', required: true, autocomplete: 'new-password' })}
<button type="submit">${w.createAccount}</button></form>`,
  );
}

/** The provider form's fields in the order it shows them (its error summary lists them so). */
const PROVIDER_FIELDS = [
  'name', 'category', 'contactPoint.name', 'contactPoint.email', ...['street', 'postalCode', 'city', 'country'].map((f) => `contactPoint.postalAddress.${f}`),
  'contactPoint.postalAddress', 'channel', 'slaBusinessDays', 'requiredDocuments', 'language', 'creditorIds', 'kvkNumber', 'knownNames',
];

/** A summary link's field: the postal address is refused as a whole and is found at its first line. */
const providerFieldId = (field: string) => prefixedIds('')(field === 'contactPoint.postalAddress' ? `${field}.street` : field);

/** The provider form, for a new provider and for editing one (then `values` start as the provider's own). */
function providerForm(w: AdminWords, lang: Lang, action: string, form: FormState, submit: string): SafeHtml {
  const chosen = (form.values?.requiredDocuments as string[] | string | undefined) ?? [];
  const categories = ownerWords(lang).dashboard.categories;
  return html`<form method="post" action="${action}" class="card" novalidate>
${field(form, 'name', w.name, { required: true })}
${select(form, 'category', w.category, choices(PROVIDER_CATEGORIES, categories))}
<fieldset><legend>${w.contactPoint}</legend>
${field(form, 'contactPoint.name', w.contactName, { required: true })}
${field(form, 'contactPoint.email', w.contactEmail, { type: 'email' })}
${field(form, 'contactPoint.postalAddress.street', w.street)}
${field(form, 'contactPoint.postalAddress.postalCode', w.postalCode)}
${field(form, 'contactPoint.postalAddress.city', w.city)}
${field(form, 'contactPoint.postalAddress.country', w.country)}
</fieldset>
${select(form, 'channel', w.channel, choices(CHANNELS, w.channels))}
${field(form, 'slaBusinessDays', w.slaLabel, { type: 'number', required: true, initial: '10' })}
<fieldset id="requiredDocuments"><legend>${w.documentsLegend}</legend>${DOCUMENT_KINDS.map((k) => checkbox('requiredDocuments', k, label(lang, 'documentKinds', k), [chosen].flat().includes(k)))}</fieldset>
${select(form, 'language', w.language, choices(LANGUAGES, w.languages), { initial: 'nl' })}
<fieldset><legend>${w.statementLegend}</legend>
${linesField(form, 'creditorIds', w.creditorIds, w.creditorHint)}
${field(form, 'kvkNumber', w.kvk, { inputmode: 'numeric' })}
${linesField(form, 'knownNames', w.knownNames, w.knownNamesHint)}
</fieldset>
<button type="submit">${submit}</button></form>`;
}

/** A new provider's form, prefilled from an unknown creditor on a statement (the directory's defaults otherwise). */
export function newProviderForm(prefill: { name?: string; creditorIds?: string }): FormState {
  return prefill.name || prefill.creditorIds ? { values: { slaBusinessDays: '10', language: 'nl', ...prefill } } : {};
}

export function providersPage(user: StaffPrincipal, providers: Page<Provider>, at: PagePosition & { limit?: string }, form: FormState = {}): string {
  const lang = user.lang;
  const w = ownerWords(lang).admin;
  const categories = ownerWords(lang).dashboard.categories;
  const f = { ...form, lang, order: PROVIDER_FIELDS };
  const rows = providers.items.map(
    (p) => [html`<a href="/app/admin/providers/${p.id}">${p.name}</a>`, categories[p.category], w.channels[p.channel], p.slaBusinessDays, p.requiredDocuments.map((k) => label(lang, 'documentKinds', k)).join(', ')],
  );
  return appPage(
    user,
    w.directory,
    html`${errorSummary(f, undefined, providerFieldId)}<h1>${w.directory}</h1>
${stackedTable([w.organisation, w.category, w.channel, w.sla, w.requiredDocuments], rows)}${pager('/app/admin/providers', { limit: at.limit }, at, providers.nextCursor, lang)}
<h2 id="new-provider">${w.newProvider}</h2>${providerForm(w, lang, '/app/admin/providers', f, w.addProvider)}`,
  );
}

export interface ProviderPageState {
  flash?: string;
  form?: FormState;
  newToken?: { label: string; token: string };
  tokenErrors?: FieldError[];
}

export function providerPage(user: StaffPrincipal, provider: Provider, tokens: Token[], deskUsers: DeskUser[], state: ProviderPageState = {}): string {
  const lang = user.lang;
  const w = ownerWords(lang).admin;
  const form = { ...(state.form ?? { values: providerView(provider) }), lang, order: PROVIDER_FIELDS };
  const tokenForm = { errors: state.tokenErrors, lang };
  const rows = tokens.map(
    (t) => [t.label, day(lang, t.createdAt), day(lang, t.lastUsedAt), t.revokedAt ? w.revoked(day(lang, t.revokedAt)) : actionButton(`/app/admin/providers/${provider.id}/tokens/${t.id}/revoke`, w.revoke(t.label))],
  );
  return appPage(
    user,
    provider.name,
    html`<p><a href="/app/admin/providers">${w.backToDirectory}</a></p>${notice(lang, state.flash)}${state.newToken ? html`<div class="notice" role="status"><p>${w.newToken(state.newToken.label)}</p><p class="secret">${state.newToken.token}</p></div>` : ''}${errorSummary(form, undefined, providerFieldId)}${errorSummary(tokenForm)}<h1>${provider.name}</h1>
${providerForm(w, lang, `/app/admin/providers/${provider.id}`, form, w.save)}
<h2 id="tokens">${w.tokens}</h2>
${rows.length ? stackedTable([w.label, w.created, w.lastUsed, w.status], rows) : html`<p>${w.noTokens}</p>`}
<form method="post" action="/app/admin/providers/${provider.id}/tokens" class="card">
${field(tokenForm, 'label', w.tokenLabel)}
<button type="submit">${w.createToken}</button></form>
<h2 id="webhooks">${w.webhooks}</h2>
<p><a href="/app/admin/providers/${provider.id}/webhooks">${w.webhooksLink}</a>${w.webhooksIntro}</p>
<h2 id="desk-users">${w.deskUsers}</h2>
${deskUsers.length ? stackedTable([w.name, w.email, w.status], deskUsers.map((d) => [d.name, d.email, accountStatus(w, `/app/admin/providers/${provider.id}/desk-users/${d.id}`, d)])) : html`<p>${w.noDeskUsers}</p>`}`,
  );
}

export interface WebhooksPageState {
  flash?: string;
  /** Just registered: the only time its secret is shown. */
  created?: NewWebhookEndpoint;
  form?: FormState;
  /** Where the parked list and the list of all deliveries stand: the page has two paged lists. */
  parkedAt: PagePosition;
  allAt: PagePosition;
  limit?: string;
}

/**
 * A provider's webhook endpoints and deliveries, for the administrator who helps its developers: the
 * parked ones first (they wait for someone to act), then every delivery, newest first.
 */
export function providerWebhooksPage(user: StaffPrincipal, provider: Provider, endpoints: WebhookEndpointView[], parked: Page<WebhookDeliveryView>, all: Page<WebhookDeliveryView>, state: WebhooksPageState): string {
  const lang = user.lang;
  const w = ownerWords(lang).admin;
  const form = { ...state.form, lang };
  const path = `/app/admin/providers/${provider.id}/webhooks`;
  const positions = { limit: state.limit, cursor: state.allAt.cursor, back: state.allAt.back, parked: state.parkedAt.cursor, parkedBack: state.parkedAt.back };
  const table = (deliveries: Page<WebhookDeliveryView>, empty: string) =>
    deliveries.items.length
      ? stackedTable(
          w.deliveryHeadings,
          deliveries.items.map((d) => [
            html`${d.eventType}<br><span class="muted">${d.eventId}</span>`,
            html`<code>${d.requestId}</code>`,
            day(lang, new Date(d.createdAt)),
            html`<span class="delivery-status">${w.deliveryStatuses[d.status]}</span>`,
            d.attempts,
            d.lastError === null ? '' : deliveryFailureText(w.deliveryFailures, d.lastError),
            d.status === 'pending' ? '' : actionButton(`/app/admin/providers/${provider.id}/webhook-deliveries/${d.id}/replay`, w.sendAgain),
          ]),
        )
      : html`<p>${empty}</p>`;
  return appPage(
    user,
    w.webhooksTitle(provider.name),
    html`<p><a href="/app/admin/providers/${provider.id}">${w.backTo(provider.name)}</a></p>${notice(lang, state.flash)}${state.created ? html`<div class="notice" role="status"><p>${w.registered(state.created.url)}</p><p class="secret">${state.created.secret}</p></div>` : ''}${errorSummary(form)}<h1>${w.webhooksTitle(provider.name)}</h1>
<h2 id="endpoints">${w.endpoints}</h2>
${endpoints.length ? stackedTable([w.url, w.registeredOn, ''], endpoints.map((e) => [html`<code>${e.url}</code>`, day(lang, new Date(e.createdAt)), actionButton(`${path}/${e.id}/remove`, w.remove(e.url))])) : html`<p>${w.noEndpoints}</p>`}
<form method="post" action="${path}" class="card" novalidate>
${field(form, 'url', w.endpointLabel, { type: 'url', required: true })}
<button type="submit">${w.register}</button></form>
<h2 id="parked">${w.parked}</h2>
<p>${w.parkedIntro}</p>
${table(parked, w.nothingParked)}${pager(path, { limit: positions.limit, cursor: positions.cursor, back: positions.back }, state.parkedAt, parked.nextCursor, lang, { cursor: 'parked', back: 'parkedBack', anchor: 'parked' })}
<h2 id="deliveries">${w.deliveries}</h2>
${table(all, w.nothingSent)}${pager(path, { limit: positions.limit, parked: positions.parked, parkedBack: positions.parkedBack }, state.allAt, all.nextCursor, lang, { cursor: 'cursor', back: 'back', anchor: 'deliveries' })}`,
  );
}
