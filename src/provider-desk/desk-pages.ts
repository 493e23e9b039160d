import { DESK_TAB_LABELS, DeskTab, disputedAfterDeath, disputedFromLawEnd, type DoneKind, rejectable, stillDisputed } from '../../workflows';
import { type Biller, billerOf, longDate, money, SURVIVOR_PENSION } from '../../workflows/wording';
import { leftToTransfer, refundAmountFixed } from '../refunds/refund.rules';
import { ASKABLE_KINDS } from '../documents/enclosure-rules';
import type { FieldError } from '../common/problem';
import { billerNamed } from '../contracts/bill.rules';
import { amountValue, answerDoneValues, errorSummary, field, FormState, prefixedIds, refusalMarks, typedValue } from '../web/fields';
import { html, humanDate, page, SafeHtml, stackedTable } from '../web/html';
import { pager, PagePosition } from '../web/pager';
import { noticeQuery, type SessionNotice } from '../web/session';
import { deskBillWords, documentNamed, Lang, providerWords, ProviderWords } from '../words';
import { answerDateNamed, answerDateOf, cappedCount, type StepAnswer, kindLabel, REFUND_PAID_ANSWER, TAB_PARAMS, type TabCounts, tabCountText, tabsWithMatches } from './desk-rules';
import type { ProviderDeskService } from './provider-desk.service';
import type { WebhooksService } from '../webhooks/webhooks.service';
import { deliveryFailureText } from '../webhooks/webhook-rules';

type Request = Awaited<ReturnType<ProviderDeskService['page']>>;
type ListPage = Awaited<ReturnType<ProviderDeskService['list']>>;
type Endpoints = Awaited<ReturnType<WebhooksService['endpoints']>>;
type Deliveries = Awaited<ReturnType<WebhooksService['deliveries']>>;

/** A document kind in the desk's words; a kind the catalogue does not know is shown as stored. */
type FieldName = keyof ProviderWords['fields'];

/** Field ids: the form's short prefix and the field's (`c-date`), unique on a page that shows several forms. */
const FORM_PREFIX: Record<StepAnswer, string> = { acknowledge: 'ack', complete: 'c', 'correct-completion': 'cc', 'request-information': 'i', reject: 'r', 'credit-note': 'cn', 'invoice-withdrawn': 'iw', 'reject-dispute': 'rd', 'collection-stopped': 'cs', 'balance-released': 'br', 'withdraw-rejection': 'wr' };
const FIELD_SUFFIX: Record<FieldName, string> = {
  invoiceReference: 'bill', reference: 'ref', effectiveDate: 'date', finalInvoiceAmount: 'amount', message: 'msg', documentsNeeded: 'docs', reason: 'reason', amount: 'amount', note: 'note',
  done: 'done', balance: 'balance', balanceReleased: 'released', payoutAmount: 'paid', payoutTo: 'to', coverUntil: 'until', survivorPension: 'survivor', survivorWritesTo: 'writes',
  releasedOn: 'on', releasedAmount: 'released', claimDropped: 'dropped',
};
/** A field's id on an answer form; a refusal about something that is not a field of the form has none (it is listed unlinked). */
const fieldId = (answer: StepAnswer, field: string) => (Object.hasOwn(FIELD_SUFFIX, field) ? `${FORM_PREFIX[answer]}-${FIELD_SUFFIX[field as FieldName]}` : undefined);

/**
 * `bill`: which open bill the answer is about, shown only while more than one is open (with one, the answer is about it).
 * `done`: what a bank or insurer did (`Request.answersDone`); `check`: a yes that is recorded only when ticked.
 */
type Control = readonly [FieldName, 'text' | 'date' | 'decimal' | 'textarea' | 'select' | 'bill' | 'done' | 'check' | 'survivor', 'required'?];
/** Each answer form: its title and its fields in the order it shows them (which is also the order of its errors), in the order of the page. */
const ANSWER_FORMS: readonly (readonly [StepAnswer, keyof ProviderWords['answers'], readonly Control[]])[] = [
  ['collection-stopped', 'collectionStopped', [['note', 'text'], ['claimDropped', 'check']]],
  ['balance-released', 'balanceReleased', [['releasedOn', 'date', 'required'], ['releasedAmount', 'decimal'], ['note', 'text']]],
  ['credit-note', 'creditNote', [['invoiceReference', 'bill', 'required'], ['amount', 'decimal', 'required'], ['note', 'text']]],
  ['invoice-withdrawn', 'withdrawn', [['invoiceReference', 'bill', 'required'], ['note', 'text']]],
  ['reject-dispute', 'rejectDispute', [['invoiceReference', 'bill', 'required'], ['reason', 'textarea', 'required']]],
  ['acknowledge', 'acknowledge', [['reference', 'text']]],
  ['complete', 'complete', [['effectiveDate', 'date', 'required'], ['reference', 'text', 'required'], ['finalInvoiceAmount', 'decimal']]],
  ['correct-completion', 'correctCompletion', [['effectiveDate', 'date', 'required'], ['reference', 'text', 'required'], ['finalInvoiceAmount', 'decimal']]],
  ['request-information', 'requestInfo', [['message', 'textarea', 'required'], ['documentsNeeded', 'select']]],
  ['reject', 'reject', [['reason', 'textarea', 'required']]],
  ['withdraw-rejection', 'withdrawRejection', [['note', 'textarea']]],
];
/**
 * bankanswer: a confirmation of a request that asked no end (a bank account, an insurer) says what was done, with the facts that
 * go with it (`CompleteDto`), before its date; every other confirmation asks the end date or the transfer's.
 */
function confirmingWhatWasDone(done: readonly DoneKind[], correcting: boolean): readonly Control[] {
  return [
    // A correction may leave it unchosen: what was recorded then stays (an answer recorded as a date alone).
    correcting ? ['done', 'done'] : ['done', 'done', 'required'], ['effectiveDate', 'date', 'required'], ['reference', 'text', 'required'],
    ...(done.includes('accountBlocked') ? ([['balance', 'decimal'], ['balanceReleased', 'check']] as const) : []),
    ...(done.includes('payoutHandled') ? ([['payoutAmount', 'decimal'], ['payoutTo', 'text']] as const) : []),
    ...(done.includes('coverContinues') ? ([['coverUntil', 'date']] as const) : []),
    // balancecorrect: only a settlement ends in a final bill (`takesFinalBill`): a balance or a payout typed there would be one to pay.
    ...(done.includes('coverSettled') ? ([['finalInvoiceAmount', 'decimal']] as const) : []),
    // fundanswer: a fund's amount is its recovery of pension paid in excess; a survivor's pension is a fact for the family.
    ...(done.includes('pensionStopped') ? ([['finalInvoiceAmount', 'decimal'], ['survivorPension', 'survivor'], ['survivorWritesTo', 'text']] as const) : []),
  ];
}
/**
 * balancecorrect: the day a bank's balance was given, when that is not the date of death (as corrected): the heirs' tax return values
 * the estate at the death (art. 21 lid 1 Successiewet 1956), so we asked it per that day. Null when the balance is per it, or none given.
 */
function balanceOfAnotherDay(r: Pick<Request, 'asked' | 'answerDone' | 'effectiveDate' | 'deceased'>): string | null {
  const d = r.answerDone;
  const on = r.asked === 'bank' && d?.done === 'accountBlocked' && d.balance !== null ? (d.balanceOn ?? r.effectiveDate) : null;
  return on && on !== r.deceased.dateOfDeath ? on : null;
}
const controlsOf = (answer: StepAnswer, answersDone: readonly DoneKind[]) =>
  answersAsked(answer) && answersDone.length ? confirmingWhatWasDone(answersDone, answer === 'correct-completion') : ANSWER_FORMS.find(([action]) => action === answer)![2];
/** The forms that say what a bank or insurer did and date it by what was asked: the confirmation and its correction (keptcover). */
const answersAsked = (answer: StepAnswer) => answer === 'complete' || answer === 'correct-completion';
/** The answers about a disputed bill: a bank's are about its costs (bankpages), an insurer's about its nota (notawords3). */
const BILL_ANSWERS = new Set<StepAnswer>(['credit-note', 'invoice-withdrawn', 'reject-dispute']);

/** What a refused desk form says on the page: which form, its errors, and what was typed. */
export interface DeskFormErrors {
  answer: StepAnswer;
  errors: FieldError[];
  values: Record<string, unknown>;
}

/** The header: webhooks, the language switch (remembered on the desk user's account) and sign out. */
const nav = (lang: Lang, w: ProviderWords) => {
  const other = lang === 'nl' ? 'en' : 'nl';
  return html`<a href="/desk/webhooks">${w.shell.webhooks}</a> <form method="post" action="/desk/language" class="inline"><input type="hidden" name="to" value="${other}"><button class="secondary" type="submit" lang="${other}">${w.shell.switchTo}</button></form>
<form method="post" action="/desk/logout" class="inline"><button class="secondary" type="submit">${w.shell.logout}</button></form>`;
};

/**
 * The sign-in form; `refused` says why the last try did not sign in. Before signing in nobody is
 * known, so the page's language is the link's (`?lang=`, Dutch by default), with a switch.
 */
export function loginPage(lang: Lang, next: string, refused?: 'wrong' | 'throttled', notice?: SessionNotice): string {
  const w = providerWords(lang);
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  return page({
    title: w.login.title, lang, brand: `Steward · ${w.shell.desk}`,
    nav: html`<a href="/desk/login?lang=${other}&amp;next=${encodeURIComponent(next)}${noticeQuery(notice)}" lang="${other}">${w.shell.switchTo}</a>`,
    body: html`<h1>${w.shell.desk}</h1>${refused ? html`<p class="error" role="alert">${w.login[refused]}</p>` : ''}${notice ? html`<p class="notice" role="status">${w.login[notice]}</p>` : ''}
<form method="post" action="/desk/login${lang === 'en' ? '?lang=en' : ''}" class="card"><input type="hidden" name="next" value="${next}">
<label for="email">${w.login.email}</label><input id="email" name="email" type="email" autocomplete="username" required>
<label for="password">${w.login.password}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${w.login.title}</button></form>`,
  });
}

/** The tab of `?tab=` (`DeskListQueryDto` refuses an unknown one); a missing tab is none (the desk opens on `openingTab`). */
export const tabOfParam = (param: string | undefined): DeskTab | undefined => (param !== undefined && Object.hasOwn(TAB_PARAMS, param) ? TAB_PARAMS[param] : undefined);
const paramOfTab = (tab: DeskTab) => Object.keys(TAB_PARAMS).find((k) => TAB_PARAMS[k] === tab)!;

/** A tab's link; a search (`q`) goes with it, so switching tabs keeps searching. */
const tabLink = (tab: DeskTab, q: string | undefined) => `/desk?${new URLSearchParams({ tab: paramOfTab(tab), ...(q && { q }) })}`;

/**
 * What an empty first page says. A search found nothing here: where it did find something, each tab a link keeping
 * the search ("Niets gevonden onder ‘Nieuw’. Wel 1 verzoek onder ‘Wacht op Steward’."), or that it found nothing
 * anywhere. Without a search an empty "Nieuw" says where the work is, when some waits on the provider under "Wacht op u".
 */
function emptyList(w: ProviderWords, lang: Lang, tab: DeskTab, q: string | undefined, counts: TabCounts) {
  const tabName = (t: DeskTab) => DESK_TAB_LABELS[t][lang];
  if (q) {
    const elsewhere = tabsWithMatches(counts, tab);
    if (!elsewhere.length) return w.list.nothingFound(q);
    const links = elsewhere.map((t) => {
      const { count, more } = cappedCount(counts[t]);
      return html`<a href="${tabLink(t, q)}">${w.list.foundUnder(count, more, tabName(t))}</a>`.value;
    });
    // The words around the links are plain text of the catalogue; each link was escaped as it was made.
    return html`${w.list.notFoundUnder(tabName(tab))} ${new SafeHtml(w.list.foundElsewhere(links))}`;
  }
  if (tab !== 'new' || counts.waiting_on_you === 0) return w.list.none;
  const { count, more } = cappedCount(counts.waiting_on_you);
  return html`<a href="${tabLink('waiting_on_you', undefined)}">${w.list.nothingNew(count, more)}</a>`;
}

/**
 * What makes a request overdue, as badges before its status: why it comes first in the list. While the reminder or
 * complaint that chases it has not reached the provider (`letterPending`), the badge says it is on its way.
 */
function overdueBadges(w: ProviderWords, lang: Lang, r: ListPage['items'][number]): SafeHtml | string {
  const chase = r.chased && (r.letterPending ? w.list.chaseOnItsWay : w.list.chased)[r.chased];
  const badges = [chase, r.missedDueAt && w.list.termPassed(humanDate(r.missedDueAt, lang))].filter((b): b is string => Boolean(b));
  return badges.length ? html`${badges.map((b) => html`<span class="badge alert">${b}</span> `)}<br>` : '';
}

/**
 * deskexport: the CSV export of a period, its limit said before it is chosen; a GET, as it changes nothing. Refused, the desk page
 * comes back with the period as typed and the refusal at its field (`exportForm` holds its errors).
 */
function exportSection(lang: Lang, w: ProviderWords, exportForm: FormState): SafeHtml {
  const form: FormState = { ...exportForm, lang, audience: 'provider', order: ['from', 'to'] };
  return html`<form method="get" action="/desk/export" class="card" id="export" novalidate><h2>${w.export.title}</h2>${errorSummary(form, w.export.refused, prefixedIds('export-'))}<p>${w.export.text}</p>
${field(form, 'from', w.export.from, { type: 'date', idPrefix: 'export-', required: true })}${field(form, 'to', w.export.to, { type: 'date', idPrefix: 'export-', required: true })}<button type="submit">${w.export.button}</button></form>`;
}

export function listPage(lang: Lang, providerName: string, tab: DeskTab, query: PagePosition & { q?: string }, list: ListPage, counts: TabCounts, exportForm: FormState): string {
  const w = providerWords(lang);
  const label = (t: DeskTab) => w.list.tab(DESK_TAB_LABELS[t][lang], tabCountText(counts[t]));
  const tabs = (Object.keys(DESK_TAB_LABELS) as DeskTab[]).map((t) =>
    t === tab ? html`<li><strong aria-current="page">${label(t)}</strong></li>` : html`<li><a href="${tabLink(t, query.q)}">${label(t)}</a></li>`,
  );
  const none = query.cursor ? w.list.none : emptyList(w, lang, tab, query.q, counts);
  const rows = list.items.map(
    (r) => [
      html`<a href="/desk/requests/${r.id}">${r.deceased.fullName}</a><br><span class="muted">${r.ourReference}</span>`,
      html`${r.collection ? `${w.request.collection} ${r.collection.reference ?? r.collection.agency ?? ''}`.trim() : r.disputes.length ? `${(deskBillWords(w, r.asked) ?? w).request.dispute} ${r.disputes.map((d) => d.reference).join(', ')}` : r.asked ? w.asked[r.asked] : r.action === 'cancel' ? w.request.cancel : w.request.transfer + ' ' + (r.newHolder?.name ?? '')}<br><span class="muted">${r.description}</span>`,
      html`${overdueBadges(w, lang, r)}${r.statusText}`,
      html`<span class="next-move">${r.nextMove}</span>`,
    ],
  );
  return page({
    title: `${w.list.title} · ${DESK_TAB_LABELS[tab][lang]}`, lang, brand: `Steward · ${w.shell.desk} · ${providerName}`, nav: nav(lang, w),
    body: html`<h1>${w.list.title}</h1><nav aria-label="${w.list.title}"><ul class="tabs">${tabs}</ul></nav>
<form method="get" action="/desk" role="search" class="card"><input type="hidden" name="tab" value="${paramOfTab(tab)}">
<label for="q">${w.list.search}</label><input id="q" name="q" type="search" value="${query.q ?? ''}" minlength="2" maxlength="100"><button type="submit">${w.list.find}</button></form>${list.items.length
      ? stackedTable([w.list.deceased, w.list.action, w.list.status, w.list.nextMove], rows)
      : html`<p class="card">${none}</p>`}
${pager('/desk', { tab: paramOfTab(tab), q: query.q }, query, list.next, lang)}
${exportSection(lang, w, exportForm)}`,
  });
}

/** refundclose: the refund form's field ids on the request page. */
const REFUND_FIELD_IDS: Record<string, string> = { amount: 'rp-amount', paidOn: 'rp-on', reference: 'rp-reference' };

const HANDOVER_FIELDS = ['on', 'time', 'place', 'bring', 'note'] as const;
const HANDOVER_FIELD_IDS: Record<string, string> = { on: 'ho-on', time: 'ho-time', place: 'ho-place', bring: 'ho-bring', note: 'ho-note' };

/**
 * stop71mends (rentkeys): a lease whose end it confirmed: the form to give the handover appointment, as its API takes it (`handoverAsked`),
 * started from the one it gave; a refusal shows what was typed with each field's words.
 */
function handoverSection(lang: Lang, r: Request, refused: Omit<DeskFormErrors, 'answer'> | undefined): SafeHtml | '' {
  if (!r.handoverAsked) return '';
  const t = providerWords(lang).request.handoverForm;
  const state: FormState = refused ? { values: refused.values, errors: refused.errors, lang, audience: 'provider', order: [...HANDOVER_FIELDS] } : { values: { ...r.handoverAppointment } };
  const input = (name: (typeof HANDOVER_FIELDS)[number]) => {
    const id = HANDOVER_FIELD_IDS[name];
    const { marks, message } = refusalMarks(state, name, id);
    return html`<label for="${id}">${t[name]}</label><input id="${id}" name="${name}"${name === 'on' ? html` type="date"` : ''}${['on', 'time', 'place'].includes(name) ? html` required` : ''}${marks} value="${typedValue(state.values, name) ?? ''}">${message}`;
  };
  return html`<form method="post" action="/desk/requests/${r.id}/handover-appointment" class="card" id="handover" novalidate><h2>${t.title}</h2>${errorSummary(state, undefined, (field) => HANDOVER_FIELD_IDS[field])}${HANDOVER_FIELDS.map(input)}<button type="submit">${t.button}</button></form>`;
}

/**
 * refundclose: the refund the provider confirmed while some of it has not come, with its own last report of a transfer and the form
 * to report one (amount and day): its word, which the case owner holds against the estate account before recording it received.
 */
function refundSection(lang: Lang, r: Request, refused: Omit<DeskFormErrors, 'answer'> | undefined): SafeHtml | '' {
  // askdesk: money Steward asked back is reported paid back by the same form (`refund-paid`).
  const owed = r.refund ?? r.askedBack;
  if (!owed) return '';
  const t = providerWords(lang).request;
  const state: FormState = refused ? { values: refused.values, errors: refused.errors, lang, audience: 'provider', order: ['amount', 'paidOn', 'reference'] } : { values: { amount: amountValue(leftToTransfer(owed), lang) } };
  // askclose: the transfer's reference is optional, so the owner finds the transfer on the estate account.
  const input = (name: 'amount' | 'paidOn' | 'reference', label: string) => {
    const id = REFUND_FIELD_IDS[name];
    const { marks, message } = refusalMarks(state, name, id);
    return html`<label for="${id}">${label}</label><input id="${id}" name="${name}"${name === 'reference' ? html` maxlength="100"` : html` required`}${name === 'paidOn' ? html` type="date"` : name === 'amount' ? html` inputmode="decimal"` : ''}${marks} value="${typedValue(state.values, name) ?? ''}">${message}`;
  };
  const said = owed.reportedPaid;
  const reported = said ? html`<p class="status">${t.refundReported(money(said.amount, lang), humanDate(said.paidOn, lang), said.reports.map((e) => ({ amount: money(e.amount, lang), on: humanDate(e.paidOn, lang), reference: e.reference })))}</p>` : '';
  // refunddesk2: the form only while `refund-paid` is among its answers (something still its to transfer); after that, its reports.
  if (!r.actions.includes(REFUND_PAID_ANSWER)) return html`<section class="card" id="refund"><h2>${t.refundPaidTitle}</h2>${reported}</section>`;
  return html`<form method="post" action="/desk/requests/${r.id}/refund-paid" class="card" id="refund" novalidate><h2>${t.refundPaidTitle}</h2>${errorSummary(state, undefined, (field) => REFUND_FIELD_IDS[field])}${reported}<p>${t.refundPaidText}</p>${input('amount', t.refundPaidAmount)}${input('paidOn', t.refundPaidOn)}${input('reference', t.refundPaidReference)}<button type="submit">${t.refundPaidButton}</button></form>`;
}

/**
 * deskundo: the desk's own drop of a bill („ingetrokken”), while it is the request's newest step: a form to take it back, naming the
 * bills it dropped; it posts the API's `drop-undone` (`ProviderDeskService.undoDrop`), a refusal shown as the page's notice.
 */
function dropUndoneSection(lang: Lang, r: Request, t: { dropUndoneText: (bills: string) => string }): SafeHtml | '' {
  if (!r.ownDropUndoable) return '';
  return html`<form method="post" action="/desk/requests/${r.id}/drop-undone" class="card" id="drop-undone"><h2>${providerWords(lang).answers.dropUndone}</h2><p>${t.dropUndoneText(r.ownDropUndoable.join(', '))}</p>${r.ownDropUndoable.length === 1 ? html`<input type="hidden" name="invoiceReference" value="${r.ownDropUndoable[0]}">` : ''}<button type="submit">${providerWords(lang).answers.dropUndone}</button></form>`;
}

/** deskthread: the exchange's own position parameters on the request page, landing at its heading. */
const THREAD_PAGER = { cursor: 'thread', back: 'threadBack', anchor: 'thread' };

export function requestPage(lang: Lang, providerName: string, r: Request, notice: { saved?: boolean; form?: DeskFormErrors; refused?: string; refund?: Omit<DeskFormErrors, 'answer'>; handover?: Omit<DeskFormErrors, 'answer'> } = {}, threadAt: PagePosition = {}): string {
  const w = providerWords(lang);
  // A bank's costs, an insurer's nota, a fund's recovery: no invoice nor credit note on their request page.
  const own = deskBillWords(w, r.asked);
  const [t, f, a] = [{ ...w.request, ...own?.request }, { ...w.fields, ...own?.fields }, { ...w.answers, ...own?.answers }];
  /** The documents to ask for, those the clerk chose kept when the form is refused (audit73 F-I: they were dropped). */
  const kinds = (state: FormState, name: string) => {
    const typed = state.values?.[name];
    const chosen = (Array.isArray(typed) ? typed : typed === undefined ? [] : [typed]).map(String);
    return ASKABLE_KINDS.map((k) => html`<option value="${k}"${chosen.includes(k) ? html` selected` : ''}>${kindLabel(w, k)}</option>`);
  };
  const refused = notice.form;
  const balanceGivenOn = balanceOfAnotherDay(r);
  // rentlaw: a bill counted from the lease's end by law (its days reach back before the date confirmed) is said so.
  const byLaw = (d: { disputed: { from: string } }) => r.leaseEndsByLaw !== null && disputedFromLawEnd(r.effectiveDate, d);
  /** The refused form shows again what was typed and, in the desk's words, what is wrong (shared with the workspace and the portal). */
  // bankpages: a bank's answer about its costs is refused as its forms name them (`chargeNamed`), never as an invoice; notawords3: an insurer's its nota.
  const named = (action: StepAnswer, errors: FieldError[]) => (answersAsked(action) ? answerDateNamed(r, errors) : BILL_ANSWERS.has(action) ? billerNamed(errors, billerOf(r.asked), action === 'credit-note') : errors);
  const stateOf = (action: StepAnswer): FormState =>
    refused?.answer === action ? { values: refused.values, errors: named(action, refused.errors), lang, audience: 'provider', order: controlsOf(action, r.answersDone).map(([name]) => name), labels: w.errors.formLabels[action] }
    // A correction starts from what is recorded, as the owner's form does: the typo is mended, not everything retyped.
    // A balance of another day than the death's is not offered again: typed, it is the balance per the date corrected to.
    : action === 'correct-completion' ? { values: { effectiveDate: r.effectiveDate, reference: r.yourReference, finalInvoiceAmount: amountValue(r.finalInvoiceAmount, lang), ...answerDoneValues(r.answerDone, lang), ...(balanceGivenOn && { balance: undefined }) } }
    : {};
  /** The open bills an answer may name: a rejection only those not rejected yet (one rejection per bill, as the service checks). */
  const bills = (action: StepAnswer) =>
    r.disputes.filter(action === 'reject-dispute' ? rejectable : () => true).map((d) => html`<option value="${d.reference}">${d.reference} (${money(stillDisputed(d), lang)})</option>`);
  /** One labelled control of an answer form, marked invalid and described by its error when refused. */
  const control = (action: StepAnswer, state: FormState, [name, kind, required]: Control) => {
    if (kind === 'bill' && r.disputes.length < 2) return '';
    const id = fieldId(action, name)!;
    const { marks, message } = refusalMarks(state, name, id);
    const attributes = html`id="${id}" name="${name}"${required ? html` required` : ''}${marks}`;
    const typed = typedValue(state.values, name) ?? '';
    // An amount the desk can no longer correct is shown, not offered, with why: a refund it reported transferring (refundtoday, the
    // 409 `refund-reported` of the same rule), or a final bill dropped with the whole claim (collclaim2, the 409 `claim-dropped`).
    const amountFixed = action === 'correct-completion' && name === 'finalInvoiceAmount'
      ? refundAmountFixed(r.refund) ? t.refundAmountFixed(money(r.refund!.reportedPaid!.amount, lang)) : r.droppedFinalBill ? t.droppedAmountFixed : null
      : null;
    // Refused at this field (a page loaded before its report or its drop: the same rule's 409), the refusal says why instead, and
    // the amount shown is the recorded one, not the one refused.
    if (amountFixed) {
      const recorded = amountValue(r.finalInvoiceAmount, lang) ?? '';
      return message
        ? html`<label for="${id}">${f[name]}</label><input id="${id}" name="${name}" inputmode="decimal" value="${recorded}" disabled${marks}>${message}`
        : html`<label for="${id}">${f[name]}</label><input id="${id}" name="${name}" inputmode="decimal" value="${recorded}" disabled aria-describedby="${id}-fixed"><p class="muted" id="${id}-fixed">${amountFixed}</p>`;
    }
    // corrpaid (audit91 F1): an amount that cannot go below what the estate already paid of the bill or received of the refund says so beside it.
    // Refused at this field, the refusal says it instead (with the difference).
    const moved = action === 'correct-completion' && name === 'finalInvoiceAmount' && !message ? r.moneyMoved : null;
    if (moved) {
      const said = [money(moved.moved, lang), longDate(moved.on, lang), null] as const;
      return html`<label for="${id}">${f[name]}</label><input id="${id}" name="${name}"${refusalMarks(state, name, id, true).marks} inputmode="decimal" value="${typed}"><p class="muted" id="${id}-hint">${moved.kind === 'billPaid' ? t.paidAmountLowered(...said) : t.receivedAmountLowered(...said)}</p>`;
    }
    if (kind === 'check') return html`<label for="${id}"><input ${attributes} type="checkbox" value="true"${typed ? html` checked` : ''}> ${f[name]}</label>${message}`;
    const input =
      kind === 'done' ? html`<select ${attributes}><option value="">${w.chooseDone}</option>${r.answersDone.map((d) => html`<option value="${d}"${typed === d ? html` selected` : ''}>${w.doneChoices[d]}</option>`)}</select>`
      : kind === 'textarea' ? html`<textarea ${attributes} rows="3">${typed}</textarea>`
      : kind === 'select' ? html`<select ${attributes} multiple size="4">${kinds(state, name)}</select>`
      : kind === 'bill' ? html`<select ${attributes}><option value="">${t.chooseBill}</option>${bills(action)}</select>`
      : kind === 'survivor' ? html`<select ${attributes}><option value="">${w.survivorNotStated}</option>${SURVIVOR_PENSION.map((v) => html`<option value="${v}"${typed === v ? html` selected` : ''}>${w.survivorChoices[v]}</option>`)}</select>`
      : html`<input ${attributes}${kind === 'date' ? html` type="date"` : kind === 'decimal' ? html` inputmode="decimal"` : ''} value="${typed}">`;
    // A date that ends nothing is named for what it holds per.
    const date = name === 'effectiveDate' && answersAsked(action) ? answerDateOf(r) : undefined;
    const label = date ? w.answerDate[date] : name === 'finalInvoiceAmount' && r.asked === 'pension' ? w.recoveryAmount : f[name];
    return html`<label for="${id}">${label}</label>${input}${message}`;
  };
  const forms = ANSWER_FORMS.filter(([action]) => r.actions.includes(action)).map(([action, title]) => {
    const state = stateOf(action);
    const controls = controlsOf(action, r.answersDone);
    return html`<form method="post" action="/desk/requests/${r.id}/${action}" class="card"><h2>${a[title]}</h2>${controls.map((c) => control(action, state, c))}<button type="submit">${a[title]}</button></form>`;
  });
  const summary = refused ? errorSummary(stateOf(refused.answer), undefined, (field) => fieldId(refused.answer, field)) : '';
  // docdesc: an "overig" one with the owner's words, as the letter names it: "(Overig: uittreksel Kamer van Koophandel)".
  const documentLink = (d: { id: string; fileName: string; kind: string; description: string | null }) => html`<a href="/desk/requests/${r.id}/documents/${d.id}">${d.fileName}</a> (${documentNamed(w.documentKinds, d)})`;
  const thread = r.thread.map((item) =>
    item.type === 'letter'
      ? html`<li class="letter"><span class="muted">${humanDate(item.date, lang)}</span> — <a href="/desk/requests/${r.id}/letters/${item.letterId}">${item.text}</a>${item.enclosures.length ? html`<ul>${item.enclosures.map((d) => html`<li>${documentLink(d)}</li>`)}</ul>` : ''}</li>`
      : html`<li class="answer ${item.by}"><span class="muted">${humanDate(item.at, lang)}</span> — ${item.changedBySteward ? html`<strong class="badge">${t.changedBySteward}</strong> ` : ''}${item.text}</li>`,
  );
  const changedBySteward = r.thread.some((item) => item.type === 'answer' && item.changedBySteward);
  // „Oudere berichten” above the page (the older ones come before it, oldest first as the exchange reads), „Nieuwere berichten” back.
  const threadLinks = pager(`/desk/requests/${r.id}`, {}, threadAt, r.threadNext, lang, THREAD_PAGER, { previous: t.threadPages.newer, next: t.threadPages.older, pages: t.threadPages.nav });
  return page({
    title: r.deceased.fullName, lang, brand: `Steward · ${w.shell.desk} · ${providerName}`, nav: nav(lang, w),
    body: html`<p><a href="/desk">${t.back}</a></p>
${notice.saved ? html`<p class="notice" role="status">${t.saved}</p>` : ''}
${notice.refused ? html`<div class="error" role="alert"><p><strong>${t.refused}.</strong> ${notice.refused}</p></div>` : ''}
${summary}
<h1>${r.deceased.fullName}</h1>
<div class="card"><p class="status">${r.statusText}</p>
<p class="next-move"><strong>${r.nextMove}</strong></p>
<p>${t.deceased}: ${r.deceased.fullName}, ${t.born} ${humanDate(r.deceased.dateOfBirth, lang)}, ${t.died} ${humanDate(r.deceased.dateOfDeath, lang)}</p>
<p>${r.asked ? w.numberOf[r.asked === 'bank' ? 'bank' : r.asked === 'pension' ? 'fund' : 'insurance'] : t.account}: <strong>${r.accountNumber}</strong> — ${r.description}</p>
${r.collection
      ? html`<p>${t.action}: ${t.askCollection(r.disputes.length > 0)}</p>`
      : r.answering === 'dispute'
      ? html`<p>${t.action}: ${t.askDispute}</p>`
      : html`<p>${t.action}: ${r.asked ? w.asked[r.asked] : r.action === 'cancel' ? t.cancel : html`${t.transfer} <strong>${r.newHolder?.name}</strong>`}; ${r.action === 'transfer' && !r.asked ? t.transferDate : t.endDate}: ${r.requestedEnd}</p>${r.newHolder && !r.asked ? html`
<p id="forms-to">${t.formsTo}: ${[r.newHolder.address, r.newHolder.email].filter(Boolean).join(' · ')}</p>` : ''}`}
${balanceGivenOn ? html`<p class="warning" id="balance-asked">${t.balanceAsked(humanDate(r.deceased.dateOfDeath, lang), humanDate(balanceGivenOn, lang))}</p>` : ''}${r.leaseEndsByLaw && r.effectiveDate ? html`
<p class="warning" id="later-than-law">${t.laterThanLaw(humanDate(r.effectiveDate, lang), humanDate(r.leaseEndsByLaw, lang), r.caseOwner.name)}</p>` : ''}
<p>${t.owner}: ${r.caseOwner.name}, <a href="mailto:${r.caseOwner.email}">${r.caseOwner.email}</a>${r.caseOwner.phone ? `, ${r.caseOwner.phone}` : ''}</p>
<p>${t.ourReference}: ${r.ourReference}${r.yourReference ? html` · ${t.yourReference}: ${r.yourReference}` : ''}</p></div>
${r.collection ? html`<div id="collection" class="card"><h2>${t.collection}</h2>
<p>${t.collectionAgency}: <strong>${r.collection.agency ?? t.notRecorded}</strong></p>
<p>${t.collectionReference}: <strong>${r.collection.reference ?? t.notRecorded}</strong></p>
<p>${t.collectionAmount}: <strong>${r.collection.amount === null ? t.notRecorded : money(r.collection.amount, lang)}</strong></p></div>` : ''}
${r.disputes.length ? html`<div id="dispute">${r.disputes.map((d) => html`<div class="card dispute"><h2>${t.dispute} ${d.reference}</h2>
<p>${t.invoice}: <strong>${d.reference}</strong>, ${t.invoiceDate} ${humanDate(d.invoiceDate, lang)}</p>
<p>${t.period}: ${humanDate(d.periodFrom, lang)} ${t.until} ${humanDate(d.periodTo, lang)}; ${t.amount}: ${money(d.amount, lang)}</p>
<p>${byLaw(d) ? t.byLaw : disputedAfterDeath(r.asked, r.effectiveDate, d) ? t.afterDeath : t.disputedPart}: <strong>${money(d.disputed.amount, lang)}</strong> (${humanDate(d.disputed.from, lang)} ${t.until} ${humanDate(d.disputed.to, lang)})</p>${d.credited ? html`
<p>${t.credited}: ${money(d.credited, lang)}; ${t.stillDisputed}: <strong>${money(stillDisputed(d), lang)}</strong></p>` : ''}${d.rejectionReason ? html`
<p>${t.youHeldTo}: ${d.rejectionReason}</p>` : ''}</div>`)}</div>` : ''}
<h2 id="thread">${t.thread}</h2>${threadLinks}${changedBySteward ? html`<p class="notice" role="status">${t.changedByStewardNotice}</p>` : ''}<ol class="thread">${thread}</ol>
${r.enclosures.length ? html`<h2>${t.enclosures}</h2><ul>${r.enclosures.map((d) => html`<li>${documentLink(d)}</li>`)}</ul>` : ''}
${r.erasures.length ? html`<h2 id="erasures">${t.erasures}</h2>${r.erasures.map((e) => html`<div class="card erasure"><p>${t.erasure(e.title, humanDate(e.uploadedOn, lang), humanDate(e.requestedOn, lang))}</p>${
      e.confirmedAt
        ? html`<p class="status">${t.erasureConfirmed(humanDate(e.confirmedAt, lang))}</p>`
        : html`<form method="post" action="/desk/requests/${r.id}/erasures/${e.documentId}/confirm"><button type="submit">${t.confirmErasure}</button></form>`
    }</div>`)}` : ''}
${refundSection(lang, r, notice.refund)}
${handoverSection(lang, r, notice.handover)}
${dropUndoneSection(lang, r, t)}
${forms.length ? html`<div class="grid two">${forms}</div>` : ''}`,
  });
}

/**
 * The provider's endpoints and what was sent to them, each delivery with the endpoint it went to and its request by
 * Steward's reference (`references`, by request id); a parked or delivered event can be sent again.
 */
export function webhooksPage(lang: Lang, providerName: string, endpoints: Endpoints, deliveries: Deliveries, references: Map<string, string>, query: PagePosition & { status?: string }, replayed: boolean, biller: Biller): string {
  const all = providerWords(lang);
  const w = all.hooks;
  const filter = (status: string | undefined, label: string) =>
    status === query.status ? html`<li><strong aria-current="page">${label}</strong></li>` : html`<li><a href="/desk/webhooks${status ? `?status=${status}` : ''}">${label}</a></li>`;
  const rows = deliveries.items.map((d) => [
    html`${d.eventType === 'request.disputed' && biller ? w.disputedBy[biller] : w.types[d.eventType]}<br><span class="muted">${d.eventId}</span>`,
    html`<a href="/desk/requests/${d.requestId}">${references.get(d.requestId) ?? w.request}</a>`,
    html`<code>${d.url}</code>`,
    humanDate(new Date(d.createdAt).toISOString(), lang),
    html`<span class="delivery-status">${w.states[d.status]}</span>`,
    d.attempts,
    d.lastError === null ? '' : deliveryFailureText(w.failures, d.lastError),
    d.status === 'pending' ? '' : html`<form method="post" action="/desk/webhooks/deliveries/${d.id}/replay"><button class="secondary" type="submit">${w.replay}</button></form>`,
  ]);
  return page({
    title: w.title, lang, brand: `Steward · ${all.shell.desk} · ${providerName}`, nav: nav(lang, all),
    body: html`<p><a href="/desk">${all.request.back}</a></p>${replayed ? html`<p class="notice" role="status">${w.replayed}</p>` : ''}
<h1>${w.title}</h1><h2>${w.endpoints}</h2>${endpoints.length
      ? html`<ul>${endpoints.map((e) => html`<li><code>${e.url}</code> <span class="muted">${w.since} ${humanDate(new Date(e.createdAt).toISOString(), lang)}</span></li>`)}</ul>`
      : html`<p class="card">${w.noEndpoints}</p>`}
<h2>${w.deliveries}</h2><nav aria-label="${w.deliveries}"><ul class="tabs">${filter(undefined, w.all)}${filter('parked', w.parkedOnly)}</ul></nav>${deliveries.items.length
      ? stackedTable([w.event, w.request, w.endpoint, w.date, w.status, w.attempts, w.lastError, ''], rows)
      : html`<p class="card">${w.noDeliveries}</p>`}
${pager('/desk/webhooks', { status: query.status }, query, deliveries.nextCursor, lang)}`,
  });
}
