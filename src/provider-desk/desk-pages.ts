import { DESK_TAB_LABELS, DeskTab } from '../../workflows';
import { DOCUMENT_KINDS } from '../documents/document.entity';
import type { FieldError } from '../common/problem';
import { html, humanDate, page, SafeHtml } from '../web/html';
import { pager, PagePosition } from '../web/pager';
import type { DeskAnswer } from './desk-rules';
import type { ProviderDeskService } from './provider-desk.service';
import type { WebhooksService } from '../webhooks/webhooks.service';

type Request = Awaited<ReturnType<ProviderDeskService['get']>>;
type ListPage = Awaited<ReturnType<ProviderDeskService['list']>>;
type Endpoints = Awaited<ReturnType<WebhooksService['endpoints']>>;
type Deliveries = Awaited<ReturnType<WebhooksService['deliveries']>>;
type Lang = 'nl' | 'en';

const WORDS = {
  nl: {
    desk: 'Nabestaandendesk', login: 'Inloggen', email: 'E-mailadres', password: 'Wachtwoord', logout: 'Uitloggen',
    open: 'Verzoeken', none: 'Er staan hier geen verzoeken.', deceased: 'Overledene',
    died: 'overleden op', account: 'Klantnummer', action: 'Gevraagd', cancel: 'Beëindigen', transfer: 'Overzetten op naam van',
    owner: 'Contactpersoon (uitvaart- en nazorgspecialist)', enclosures: 'Bijlagen',
    acknowledge: 'Ontvangst bevestigen', yourReference: 'Uw kenmerk', complete: 'Afhandeling bevestigen', effectiveDate: 'Einddatum of datum overzetting',
    finalInvoice: 'Eindafrekening (euro, optioneel)', requestInfo: 'Informatie opvragen', message: 'Wat heeft u nodig?', documentsNeeded: 'Documenten',
    reject: 'Afwijzen', reason: 'Reden', submit: 'Versturen', saved: 'Uw antwoord is verwerkt.', badLogin: 'E-mailadres of wachtwoord klopt niet.', tooMany: 'Te veel pogingen. Probeer het later opnieuw.',
    fix: 'Controleer de volgende velden:', ourReference: 'Ons kenmerk', back: 'Terug naar het overzicht', endDate: 'Gewenste einddatum', asap: 'zo snel mogelijk',
    dispute: 'Bezwaar tegen factuur', invoice: 'Factuur', invoiceDate: 'factuurdatum', period: 'Gefactureerde periode', until: 'tot en met', amount: 'Bedrag',
    disputedPart: 'Betwist deel (na de einddatum)', askDispute: 'Creditnota of gecorrigeerde eindafrekening, intrekking of gemotiveerde afwijzing',
    creditNote: 'Creditnota of gecorrigeerde eindafrekening verstuurd', creditAmount: 'Gecrediteerd bedrag (euro)', note: 'Toelichting (optioneel)',
    withdrawn: 'Factuur ingetrokken', rejectDispute: 'Bezwaar afwijzen', thread: 'Verloop', search: 'Zoek op klant- of rekeningnummer, naam van de overledene, postcode of geboortedatum', find: 'Zoeken', nextMove: 'Volgende stap', refused: 'Niet verwerkt',
  },
  en: {
    desk: 'Bereavement desk', login: 'Sign in', email: 'Email', password: 'Password', logout: 'Sign out',
    open: 'Requests', none: 'No requests here.', deceased: 'Deceased',
    died: 'died on', account: 'Account number', action: 'Requested', cancel: 'End the contract', transfer: 'Transfer to',
    owner: 'Contact (bereavement specialist)', enclosures: 'Enclosures',
    acknowledge: 'Acknowledge receipt', yourReference: 'Your reference', complete: 'Confirm completion', effectiveDate: 'End date or transfer date',
    finalInvoice: 'Final invoice (euro, optional)', requestInfo: 'Request information', message: 'What do you need?', documentsNeeded: 'Documents',
    reject: 'Reject', reason: 'Reason', submit: 'Send', saved: 'Your answer has been recorded.', badLogin: 'Email or password is not correct.', tooMany: 'Too many attempts. Try again later.',
    fix: 'Please check these fields:', ourReference: 'Our reference', back: 'Back to the list', endDate: 'Requested end date', asap: 'as soon as possible',
    dispute: 'Dispute of invoice', invoice: 'Invoice', invoiceDate: 'invoice date', period: 'Period billed', until: 'to', amount: 'Amount',
    disputedPart: 'Disputed part (after the end date)', askDispute: 'Credit note or corrected final bill, withdrawal, or a reasoned rejection',
    creditNote: 'Credit note or corrected final bill sent', creditAmount: 'Amount credited (euro)', note: 'Note (optional)',
    withdrawn: 'Invoice withdrawn', rejectDispute: 'Reject the dispute', thread: 'Exchange', search: 'Search by customer or account number, name of the deceased, postcode or date of birth', find: 'Search', nextMove: 'Next step', refused: 'Not recorded',
  },
} as const;

const HOOK_WORDS = {
  nl: {
    title: 'Webhooks', endpoints: 'Uw endpoints', noEndpoints: 'U heeft nog geen endpoint. Registreer er een via de API (POST /api/v1/provider-desk/webhooks).', since: 'sinds',
    deliveries: 'Verzonden gebeurtenissen', noDeliveries: 'Er zijn hier geen gebeurtenissen.', all: 'Alle', parkedOnly: 'Vastgelopen',
    event: 'Gebeurtenis', date: 'Datum', request: 'Verzoek', attempts: 'Pogingen', lastError: 'Laatste fout', replay: 'Opnieuw versturen', replayed: 'De gebeurtenis wordt opnieuw verstuurd.',
    status: { pending: 'Onderweg', delivered: 'Afgeleverd', parked: 'Vastgelopen: opnieuw versturen nadat uw endpoint weer werkt' },
    types: { 'request.created': 'Nieuw verzoek', 'request.information_supplied': 'Informatie aangeleverd', 'request.disputed': 'Bezwaar tegen factuur', 'request.collection_stopped': 'Verzoek incasso te stoppen' },
  },
  en: {
    title: 'Webhooks', endpoints: 'Your endpoints', noEndpoints: 'You have no endpoint yet. Register one through the API (POST /api/v1/provider-desk/webhooks).', since: 'since',
    deliveries: 'Events sent', noDeliveries: 'No events here.', all: 'All', parkedOnly: 'Parked',
    event: 'Event', date: 'Date', request: 'Request', attempts: 'Attempts', lastError: 'Last error', replay: 'Send again', replayed: 'The event is being sent again.',
    status: { pending: 'On its way', delivered: 'Delivered', parked: 'Parked: send it again once your endpoint works' },
    types: { 'request.created': 'New request', 'request.information_supplied': 'Information supplied', 'request.disputed': 'Invoice disputed', 'request.collection_stopped': 'Stop debt collection' },
  },
} as const;

const euro = (amount: number, lang: Lang) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(amount);

const nav = (lang: Lang) => html`<a href="/desk/webhooks">${HOOK_WORDS[lang].title}</a> <form method="post" action="/desk/logout"><button class="secondary" type="submit">${WORDS[lang].logout}</button></form>`;

/** The sign-in form; `refused` says why the last try did not sign in. */
export function loginPage(lang: Lang, next: string, refused?: 'wrong' | 'throttled'): string {
  const w = WORDS[lang];
  return page({
    title: w.login, lang, brand: `Steward · ${w.desk}`,
    body: html`<h1>${w.desk}</h1>${refused ? html`<p class="error" role="alert">${refused === 'throttled' ? w.tooMany : w.badLogin}</p>` : ''}
<form method="post" action="/desk/login" class="card"><input type="hidden" name="next" value="${next}">
<label for="email">${w.email}</label><input id="email" name="email" type="email" autocomplete="username" required>
<label for="password">${w.password}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${w.login}</button></form>`,
  });
}

/** The tabs as the web names them in `?tab=`; an unknown or missing tab opens the first. */
const TAB_PARAMS: Record<string, DeskTab> = { nieuw: 'new', 'wacht-op-u': 'waiting_on_you', 'wacht-op-steward': 'waiting_on_steward', afgehandeld: 'done' };
export const tabOfParam = (param: string | undefined): DeskTab => (param !== undefined && Object.hasOwn(TAB_PARAMS, param) ? TAB_PARAMS[param] : 'new');
const paramOfTab = (tab: DeskTab) => Object.keys(TAB_PARAMS).find((k) => TAB_PARAMS[k] === tab)!;

export function listPage(lang: Lang, providerName: string, tab: DeskTab, query: PagePosition & { q?: string }, list: ListPage): string {
  const w = WORDS[lang];
  const tabs = (Object.keys(DESK_TAB_LABELS) as DeskTab[]).map((t) =>
    t === tab ? html`<li><strong aria-current="page">${DESK_TAB_LABELS[t][lang]}</strong></li>` : html`<li><a href="/desk?tab=${paramOfTab(t)}">${DESK_TAB_LABELS[t][lang]}</a></li>`,
  );
  const rows = list.items.map(
    (r) => html`<tr><td><a href="/desk/requests/${r.id}">${r.deceased.fullName}</a><br><span class="muted">${r.ourReference}</span></td>
<td>${r.dispute ? `${w.dispute} ${r.dispute.reference}` : r.action === 'cancel' ? w.cancel : w.transfer + ' ' + (r.newHolder?.name ?? '')}<br><span class="muted">${r.description}</span></td>
<td>${r.statusText}</td><td class="next-move">${r.nextMove}</td></tr>`,
  );
  return page({
    title: `${w.open} · ${DESK_TAB_LABELS[tab][lang]}`, lang, brand: `Steward · ${w.desk} · ${providerName}`, nav: nav(lang),
    body: html`<h1>${w.open}</h1><nav aria-label="${w.open}"><ul class="tabs">${tabs}</ul></nav>
<form method="get" action="/desk" role="search" class="card"><input type="hidden" name="tab" value="${paramOfTab(tab)}">
<label for="q">${w.search}</label><input id="q" name="q" type="search" value="${query.q ?? ''}" minlength="2" maxlength="100"><button type="submit">${w.find}</button></form>${list.items.length
      ? html`<table><thead><tr><th scope="col">${w.deceased}</th><th scope="col">${w.action}</th><th scope="col">Status</th><th scope="col">${w.nextMove}</th></tr></thead><tbody>${rows}</tbody></table>`
      : html`<p class="card">${w.none}</p>`}
${pager('/desk', { tab: paramOfTab(tab), q: query.q }, query, list.next, lang)}`,
  });
}

export function requestPage(lang: Lang, providerName: string, r: Request, notice: { saved?: boolean; errors?: FieldError[]; refused?: string } = {}): string {
  const w = WORDS[lang];
  const kinds = DOCUMENT_KINDS.map((k) => html`<option value="${k}">${k.replace(/_/g, ' ')}</option>`);
  const form = (action: DeskAnswer, title: string, fields: SafeHtml) =>
    r.actions.includes(action) ? html`<form method="post" action="/desk/requests/${r.id}/${action}" class="card"><h2>${title}</h2>${fields}<button type="submit">${title}</button></form>` : '';
  const documentLink = (d: { id: string; fileName: string; kind: string }) => html`<a href="/desk/requests/${r.id}/documents/${d.id}">${d.fileName}</a> (${d.kind.replace(/_/g, ' ')})`;
  const thread = r.thread.map((item) =>
    item.type === 'letter'
      ? html`<li class="letter"><span class="muted">${humanDate(item.date, lang)}</span> — <a href="/desk/requests/${r.id}/letters/${item.letterId}">${item.text}</a>${item.enclosures.length ? html`<ul>${item.enclosures.map((d) => html`<li>${documentLink(d)}</li>`)}</ul>` : ''}</li>`
      : html`<li class="answer ${item.by}"><span class="muted">${humanDate(item.at, lang)}</span> — ${item.text}</li>`,
  );
  return page({
    title: r.deceased.fullName, lang, brand: `Steward · ${w.desk} · ${providerName}`, nav: nav(lang),
    body: html`<p><a href="/desk">${w.back}</a></p>
${notice.saved ? html`<p class="notice" role="status">${w.saved}</p>` : ''}
${notice.refused ? html`<div class="error" role="alert"><p><strong>${w.refused}.</strong> ${notice.refused}</p></div>` : ''}
${notice.errors?.length ? html`<div class="error" role="alert"><p>${w.fix}</p><ul>${notice.errors.map((e) => html`<li>${e.field}: ${e.message}</li>`)}</ul></div>` : ''}
<h1>${r.deceased.fullName}</h1>
<div class="card"><p class="status">${r.statusText}</p>
<p class="next-move"><strong>${r.nextMove}</strong></p>
<p>${w.deceased}: ${r.deceased.fullName}, ${w.died} ${humanDate(r.deceased.dateOfDeath, lang)}</p>
<p>${w.account}: <strong>${r.accountNumber}</strong> — ${r.description}</p>
${r.answering === 'dispute'
      ? html`<p>${w.action}: ${w.askDispute}</p>`
      : html`<p>${w.action}: ${r.action === 'cancel' ? w.cancel : html`${w.transfer} <strong>${r.newHolder?.name}</strong>`}; ${w.endDate}: ${r.requestedEndDate ? humanDate(r.requestedEndDate, lang) : w.asap}</p>`}
<p>${w.owner}: ${r.caseOwner.name}, <a href="mailto:${r.caseOwner.email}">${r.caseOwner.email}</a>${r.caseOwner.phone ? `, ${r.caseOwner.phone}` : ''}</p>
<p>${w.ourReference}: ${r.ourReference}${r.yourReference ? html` · ${w.yourReference}: ${r.yourReference}` : ''}</p></div>
${r.dispute ? html`<div class="card" id="dispute"><h2>${w.dispute} ${r.dispute.reference}</h2>
<p>${w.invoice}: <strong>${r.dispute.reference}</strong>, ${w.invoiceDate} ${humanDate(r.dispute.invoiceDate, lang)}</p>
<p>${w.period}: ${humanDate(r.dispute.periodFrom, lang)} ${w.until} ${humanDate(r.dispute.periodTo, lang)}; ${w.amount}: ${euro(r.dispute.amount, lang)}</p>
<p>${w.disputedPart}: <strong>${euro(r.dispute.disputed.amount, lang)}</strong> (${humanDate(r.dispute.disputed.from, lang)} ${w.until} ${humanDate(r.dispute.disputed.to, lang)})</p></div>` : ''}
<h2>${w.thread}</h2><ol class="thread">${thread}</ol>
<h2>${w.enclosures}</h2><ul>${r.enclosures.map((d) => html`<li>${documentLink(d)}</li>`)}</ul>
${r.actions.length ? html`<div class="grid two">
${form('credit-note', w.creditNote, html`<label for="cn-amount">${w.creditAmount}</label><input id="cn-amount" name="amount" inputmode="decimal" required>
<label for="cn-note">${w.note}</label><input id="cn-note" name="note">`)}
${form('invoice-withdrawn', w.withdrawn, html`<label for="iw-note">${w.note}</label><input id="iw-note" name="note">`)}
${form('reject-dispute', w.rejectDispute, html`<label for="rd-reason">${w.reason}</label><textarea id="rd-reason" name="reason" rows="3" required></textarea>`)}
${form('acknowledge', w.acknowledge, html`<label for="ack-ref">${w.yourReference}</label><input id="ack-ref" name="reference">`)}
${form('complete', w.complete, html`<label for="c-date">${w.effectiveDate}</label><input id="c-date" name="effectiveDate" type="date" required>
<label for="c-ref">${w.yourReference}</label><input id="c-ref" name="reference" required>
<label for="c-amount">${w.finalInvoice}</label><input id="c-amount" name="finalInvoiceAmount" inputmode="decimal">`)}
${form('request-information', w.requestInfo, html`<label for="i-msg">${w.message}</label><textarea id="i-msg" name="message" rows="3" required></textarea>
<label for="i-docs">${w.documentsNeeded}</label><select id="i-docs" name="documentsNeeded" multiple size="4">${kinds}</select>`)}
${form('reject', w.reject, html`<label for="r-reason">${w.reason}</label><textarea id="r-reason" name="reason" rows="3" required></textarea>`)}
</div>` : ''}`,
  });
}

/** The provider's endpoints and what was sent to them; a parked or delivered event can be sent again. */
export function webhooksPage(lang: Lang, providerName: string, endpoints: Endpoints, deliveries: Deliveries, query: PagePosition & { status?: string }, replayed: boolean): string {
  const w = HOOK_WORDS[lang];
  const filter = (status: string | undefined, label: string) =>
    status === query.status ? html`<li><strong aria-current="page">${label}</strong></li>` : html`<li><a href="/desk/webhooks${status ? `?status=${status}` : ''}">${label}</a></li>`;
  const rows = deliveries.items.map(
    (d) => html`<tr><td>${w.types[d.eventType]}<br><span class="muted">${d.eventId}</span></td><td><a href="/desk/requests/${d.requestId}">${w.request}</a></td>
<td>${humanDate(new Date(d.createdAt).toISOString(), lang)}</td><td class="delivery-status">${w.status[d.status]}</td><td>${d.attempts}</td><td>${d.lastError ?? ''}</td>
<td>${d.status === 'pending' ? '' : html`<form method="post" action="/desk/webhooks/deliveries/${d.id}/replay"><button class="secondary" type="submit">${w.replay}</button></form>`}</td></tr>`,
  );
  return page({
    title: w.title, lang, brand: `Steward · ${WORDS[lang].desk} · ${providerName}`, nav: nav(lang),
    body: html`<p><a href="/desk">${WORDS[lang].back}</a></p>${replayed ? html`<p class="notice" role="status">${w.replayed}</p>` : ''}
<h1>${w.title}</h1><h2>${w.endpoints}</h2>${endpoints.length
      ? html`<ul>${endpoints.map((e) => html`<li><code>${e.url}</code> <span class="muted">${w.since} ${humanDate(new Date(e.createdAt).toISOString(), lang)}</span></li>`)}</ul>`
      : html`<p class="card">${w.noEndpoints}</p>`}
<h2>${w.deliveries}</h2><nav aria-label="${w.deliveries}"><ul class="tabs">${filter(undefined, w.all)}${filter('parked', w.parkedOnly)}</ul></nav>${deliveries.items.length
      ? html`<table><thead><tr><th scope="col">${w.event}</th><th scope="col">${w.request}</th><th scope="col">${w.date}</th><th scope="col">Status</th><th scope="col">${w.attempts}</th><th scope="col">${w.lastError}</th><th scope="col"></th></tr></thead><tbody>${rows}</tbody></table>`
      : html`<p class="card">${w.noDeliveries}</p>`}
${pager('/desk/webhooks', { status: query.status }, query, deliveries.nextCursor, lang)}`,
  });
}
