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
import { checkbox, errorSummary, field, FormState, linesField, select } from '../web/fields';
import { html, humanDate, SafeHtml } from '../web/html';
import { pager, PagePosition } from '../web/pager';
import { actionButton, appPage, LANG, notice, words } from './workspace-pages';

type Token = Awaited<ReturnType<ProviderTokensService['list']>>[number];

const choices = (values: readonly string[]): [string, string][] => values.map((v) => [v, words(v)]);
const day = (at: Date | null) => (at ? humanDate(dutchDate(at), LANG) : '–');

/**
 * Active or not, with the button that changes it. Your own account has none: an administrator cannot
 * deactivate themselves, so someone is always left to undo a mistake.
 */
function accountStatus(path: string, account: { name: string; active: boolean }, changeable = true): SafeHtml {
  if (!changeable) return html`active (you)`;
  return account.active
    ? html`active ${actionButton(`${path}/deactivate`, `Deactivate ${account.name}`)}`
    : html`inactive ${actionButton(`${path}/activate`, `Reactivate ${account.name}`)}`;
}

export function usersPage(user: StaffPrincipal, users: Page<User>, at: PagePosition & { limit?: string }, form: FormState = {}, flash?: string): string {
  const rows = users.items.map((u) => html`<tr><td>${u.name}</td><td>${u.email}</td><td>${u.role}</td><td>${u.phone ?? ''}</td><td>${accountStatus(`/app/admin/users/${u.id}`, u, u.id !== user.userId)}</td></tr>`);
  return appPage(
    user,
    'Accounts',
    html`${notice(LANG, flash)}<h1>Specialist and administrator accounts</h1>
<table><thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Phone</th><th scope="col">Status</th></tr></thead><tbody>${rows}</tbody></table>${pager('/app/admin/users', { limit: at.limit }, at, users.nextCursor, LANG)}
<h2 id="new-account">New account</h2>${errorSummary(form)}
<form method="post" action="/app/admin/users" class="card" novalidate>
${field(form, 'name', 'Name', { required: true })}${field(form, 'email', 'Email', { type: 'email', required: true })}
${field(form, 'phone', 'Direct phone (printed under the signature of letters)', { type: 'tel' })}
${select(form, 'role', 'Role', choices(USER_ROLES), { initial: 'specialist' })}
${field(form, 'password', 'First password (at least 10 characters)', { type: 'password', required: true, autocomplete: 'new-password' })}
<button type="submit">Create the account</button></form>`,
  );
}

/** The provider form, for a new provider and for editing one (then `values` start as the provider's own). */
function providerForm(action: string, form: FormState, submit: string): SafeHtml {
  const chosen = (form.values?.requiredDocuments as string[] | string | undefined) ?? [];
  return html`${errorSummary(form)}<form method="post" action="${action}" class="card" novalidate>
${field(form, 'name', 'Name', { required: true })}
${select(form, 'category', 'Category', choices(PROVIDER_CATEGORIES))}
<fieldset><legend>Contact point for bereavement requests</legend>
${field(form, 'contactPoint.name', 'Name of the team or desk', { required: true })}
${field(form, 'contactPoint.email', 'Email (needed for the email channel)', { type: 'email' })}
${field(form, 'contactPoint.postalAddress.street', 'Postal address: street or PO box (needed for the post channel)')}
${field(form, 'contactPoint.postalAddress.postalCode', 'Postal code')}
${field(form, 'contactPoint.postalAddress.city', 'City')}
${field(form, 'contactPoint.postalAddress.country', 'Country (two letters, NL when empty)')}
</fieldset>
${select(form, 'channel', 'Channel', choices(CHANNELS))}
${field(form, 'slaBusinessDays', 'Answers within (business days, 1–60)', { type: 'number', required: true, initial: '10' })}
<fieldset><legend>Documents the provider requires</legend>${DOCUMENT_KINDS.map((k) => checkbox('requiredDocuments', k, words(k), [chosen].flat().includes(k)))}</fieldset>
${select(form, 'language', 'Language of letters', choices(LANGUAGES), { initial: 'nl' })}
<fieldset><legend>How the provider shows on a bank statement</legend>
${linesField(form, 'creditorIds', 'SEPA creditor IDs (incassant-ID)', 'One per line, e.g. NL82ZZZ270754260000.')}
${field(form, 'kvkNumber', 'KvK number (8 digits)', { inputmode: 'numeric' })}
${linesField(form, 'knownNames', 'Known names', 'One per line: other names the provider collects under, e.g. "Netflix International".')}
</fieldset>
<button type="submit">${submit}</button></form>`;
}

/** A new provider's form, prefilled from an unknown creditor on a statement (the directory's defaults otherwise). */
export function newProviderForm(prefill: { name?: string; creditorIds?: string }): FormState {
  return prefill.name || prefill.creditorIds ? { values: { slaBusinessDays: '10', language: 'nl', ...prefill } } : {};
}

export function providersPage(user: StaffPrincipal, providers: Page<Provider>, at: PagePosition & { limit?: string }, form: FormState = {}): string {
  const rows = providers.items.map(
    (p) => html`<tr><td><a href="/app/admin/providers/${p.id}">${p.name}</a></td><td>${p.category}</td><td>${p.channel}</td><td>${p.slaBusinessDays}</td><td>${p.requiredDocuments.map(words).join(', ')}</td></tr>`,
  );
  return appPage(
    user,
    'Provider directory',
    html`<h1>Provider directory</h1>
<table><thead><tr><th scope="col">Provider</th><th scope="col">Category</th><th scope="col">Channel</th><th scope="col">SLA (business days)</th><th scope="col">Required documents</th></tr></thead><tbody>${rows}</tbody></table>${pager('/app/admin/providers', { limit: at.limit }, at, providers.nextCursor, LANG)}
<h2 id="new-provider">New provider</h2>${providerForm('/app/admin/providers', form, 'Add the provider')}`,
  );
}

export interface ProviderPageState {
  flash?: string;
  form?: FormState;
  newToken?: { label: string; token: string };
  tokenErrors?: FieldError[];
}

export function providerPage(user: StaffPrincipal, provider: Provider, tokens: Token[], deskUsers: DeskUser[], state: ProviderPageState = {}): string {
  const form = state.form ?? { values: providerView(provider) };
  const rows = tokens.map(
    (t) => html`<tr><td>${t.label}</td><td>${day(t.createdAt)}</td><td>${day(t.lastUsedAt)}</td><td>${t.revokedAt ? `revoked ${day(t.revokedAt)}` : actionButton(`/app/admin/providers/${provider.id}/tokens/${t.id}/revoke`, `Revoke ${t.label}`)}</td></tr>`,
  );
  return appPage(
    user,
    provider.name,
    html`<p><a href="/app/admin/providers">Back to the directory</a></p>${notice(LANG, state.flash)}<h1>${provider.name}</h1>
${providerForm(`/app/admin/providers/${provider.id}`, form, 'Save')}
<h2 id="tokens">API tokens for the provider's contact point</h2>
${state.newToken ? html`<div class="notice" role="status"><p>New token "${state.newToken.label}". Copy it now: it is shown only this once.</p><p class="secret">${state.newToken.token}</p></div>` : ''}
${rows.length ? html`<table><thead><tr><th scope="col">Label</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col">Status</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p>No tokens yet.</p>`}
${errorSummary({ errors: state.tokenErrors })}<form method="post" action="/app/admin/providers/${provider.id}/tokens" class="card">
${field({ errors: state.tokenErrors }, 'label', 'Label (who or what uses the token)')}
<button type="submit">Create a token</button></form>
<h2 id="webhooks">Webhooks</h2>
<p><a href="/app/admin/providers/${provider.id}/webhooks">Webhook endpoints and deliveries</a>: register an endpoint, see what could not be delivered, send it again.</p>
<h2 id="desk-users">Desk users (people who sign in at /desk)</h2>
${deskUsers.length ? html`<table><thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Status</th></tr></thead><tbody>${deskUsers.map(
      (d) => html`<tr><td>${d.name}</td><td>${d.email}</td><td>${accountStatus(`/app/admin/providers/${provider.id}/desk-users/${d.id}`, d)}</td></tr>`,
    )}</tbody></table>` : html`<p>No desk users yet.</p>`}`,
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
  const path = `/app/admin/providers/${provider.id}/webhooks`;
  const positions = { limit: state.limit, cursor: state.allAt.cursor, back: state.allAt.back, parked: state.parkedAt.cursor, parkedBack: state.parkedAt.back };
  const table = (deliveries: Page<WebhookDeliveryView>, empty: string) =>
    deliveries.items.length
      ? html`<table><thead><tr><th scope="col">Event</th><th scope="col">Request</th><th scope="col">Created</th><th scope="col">Status</th><th scope="col">Attempts</th><th scope="col">Last error</th><th scope="col"></th></tr></thead><tbody>${deliveries.items.map(
          (d) => html`<tr><td>${d.eventType}<br><span class="muted">${d.eventId}</span></td><td><code>${d.requestId}</code></td><td>${day(new Date(d.createdAt))}</td><td class="delivery-status">${words(d.status)}</td><td>${d.attempts}</td><td>${d.lastError ?? ''}</td>
<td>${d.status === 'pending' ? '' : actionButton(`/app/admin/providers/${provider.id}/webhook-deliveries/${d.id}/replay`, 'Send again')}</td></tr>`,
        )}</tbody></table>`
      : html`<p>${empty}</p>`;
  return appPage(
    user,
    `${provider.name}: webhooks`,
    html`<p><a href="/app/admin/providers/${provider.id}">Back to ${provider.name}</a></p>${notice(LANG, state.flash)}<h1>${provider.name}: webhooks</h1>
<h2 id="endpoints">Endpoints</h2>
${state.created ? html`<div class="notice" role="status"><p>Endpoint ${state.created.url} registered. Give its signing secret to the provider's developer now: it is shown only this once.</p><p class="secret">${state.created.secret}</p></div>` : ''}
${endpoints.length ? html`<table><thead><tr><th scope="col">URL</th><th scope="col">Registered</th><th scope="col"></th></tr></thead><tbody>${endpoints.map(
      (e) => html`<tr><td><code>${e.url}</code></td><td>${day(new Date(e.createdAt))}</td><td>${actionButton(`${path}/${e.id}/remove`, `Remove ${e.url}`)}</td></tr>`,
    )}</tbody></table>` : html`<p>No endpoints: the provider learns of new requests only from its desk.</p>`}
${errorSummary(state.form ?? {})}<form method="post" action="${path}" class="card" novalidate>
${field(state.form ?? {}, 'url', 'HTTPS address of the endpoint', { type: 'url', required: true })}
<button type="submit">Register the endpoint</button></form>
<h2 id="parked">Parked deliveries</h2>
<p>Given up after almost three days of failures; send them again once the endpoint works.</p>
${table(parked, 'Nothing parked.')}${pager(path, { limit: positions.limit, cursor: positions.cursor, back: positions.back }, state.parkedAt, parked.nextCursor, LANG, { cursor: 'parked', back: 'parkedBack', anchor: 'parked' })}
<h2 id="deliveries">All deliveries</h2>
${table(all, 'Nothing sent yet.')}${pager(path, { limit: positions.limit, parked: positions.parked, parkedBack: positions.parkedBack }, state.allAt, all.nextCursor, LANG, { cursor: 'cursor', back: 'back', anchor: 'deliveries' })}`,
  );
}
