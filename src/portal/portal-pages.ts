import { randomUUID } from 'node:crypto';
import { errorSummary, field, FormState, prefixedIds, refusalMarks, select, typedValue } from '../web/fields';
import type { FieldError } from '../common/problem';
import { aboutText } from '../letters/letter-about';
import { html, humanDate, page, SafeHtml } from '../web/html';
import { FAMILY_TEXT_MAX, REPORT_KINDS, ReportKind } from './portal.dto';
import type { ReportDecision } from './family-reports.service';
import type { Oversaid } from '../documents/description-rules';
import { CONTRACT_GROUPS, Progress, progressLine } from './progress';
import { CORRECTABLE_FIGURES } from './report-change.rules';
import { factsOf } from './status-facts';
import type { Page } from '../common/paging';
import type { CollectionStop, ContractChoice, ReportedBill, FamilyContract, FamilyDocument, FamilyTimelineItem, Lang, PortalService } from './portal.service';
import { familyWords, type FamilyWords, premiumListed, overdrawnListed, afterEndListed, untilListed, finalBillListed } from '../words';
import { money } from '../../workflows/wording';
import { stillToPay } from '../bills/owed-bills';
import type { CaseOwnerContact } from '../words/family.nl';

type Overview = Awaited<ReturnType<PortalService['overview']>>;

/**
 * On a phone the header is one slim line (name, language, sign out) and the pages are a bar at the
 * bottom, where a thumb reaches: plain links, so it works without JavaScript.
 */
function familyPage(lang: Lang, title: string, current: string, body: SafeHtml): string {
  const w = familyWords(lang);
  const link = (href: string, label: string) => html`<a href="${href}"${href === current ? html` aria-current="page"` : ''}>${label}</a>`;
  return page({
    title, lang, brand: w.portal, bodyClass: 'family portal',
    nav: html`<form method="post" action="/family/language" class="inline"><input type="hidden" name="to" value="${w.switchLang}"><input type="hidden" name="next" value="${current}"><button class="secondary" type="submit" lang="${w.switchLang}">${w.switchTo}</button></form>
<form method="post" action="/family/logout" class="inline"><button class="secondary" type="submit">${w.logout}</button></form>`,
    footer: html`<nav aria-label="${w.menu}" class="bottom-nav">${link('/family', w.overview)}${link('/family/timeline', w.timeline)}${link('/family/letters', w.navLetters)}${link('/family/report', w.navReport)}</nav>`,
    body,
  });
}

function publicPage(lang: Lang, title: string, current: string, body: SafeHtml): string {
  const w = familyWords(lang);
  return page({
    title, lang, brand: `Steward · ${w.portal}`, bodyClass: 'family',
    nav: html`<a href="/family/language?to=${w.switchLang}&amp;next=${encodeURIComponent(current)}" lang="${w.switchLang}">${w.switchTo}</a>`,
    body,
  });
}

/** Why a code did not open the file: a refusal the family's catalogue words (`errors.refusals`; the API's problem detail is English). */
export type CodeRefusal = 'codeUsed' | 'codeExpired' | 'codeInvalid' | 'codeTooOften';

/**
 * A session that no longer holds, as the login page warns of it: it ran out (`expired`; `formLost` when a form was sent
 * without it) or it was shown and no longer holds (`ended`: ended, withdrawn or expired), and whom to ask for a new link.
 */
export interface SessionOver {
  over: 'expired' | 'ended';
  formLost: boolean;
  contact: CaseOwnerContact;
}

/**
 * The login page's notices; `error`: why the code typed (`code`) was refused, told at the code's field as every form of the
 * portal tells a refusal; `linkRefused`: a request for a new link over the limit; `linkForm`: that form's address as typed,
 * and why it was refused. A session that no longer holds puts the form for a new link first: a code works once, so that
 * form is what the warning sends her to.
 */
export function loginPage(lang: Lang, notice: { error?: FieldError; linkSent?: boolean; session?: SessionOver; code?: string; linkRefused?: boolean; linkForm?: FormState } = {}): string {
  const w = familyWords(lang);
  const session = notice.session;
  // The language switch comes back to this page with its notice (`safeNext` lets that query through).
  const query = [notice.linkSent && 'sent=1', session?.over === 'ended' && 'ended=1', session?.formLost && 'expired=1'].filter(Boolean).join('&');
  const current = `/family/login${query ? `?${query}` : ''}`;
  const link: FormState = { values: {}, ...notice.linkForm, lang, audience: 'family' };
  const code: FormState = { errors: notice.error && [notice.error], lang, audience: 'family' };
  const { marks, message } = refusalMarks(code, 'code', 'code', true);
  const codeForm = html`<form method="post" action="/family/login" class="card"><h2>${w.login}</h2>${errorSummary(code, w.notOpened)}
<label for="code">${w.code}</label><p id="code-hint" class="muted">${w.codeHint}</p>
<input id="code" name="code" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" required value="${notice.code ?? ''}"${marks}>
${attemptField()}${message}<button type="submit">${w.open}</button></form>`;
  const linkForm = html`<form method="post" action="/family/new-link" class="card"><h2>${w.newLink}</h2><p>${w.newLinkText}</p>
${notice.linkRefused ? html`<div class="error" role="alert"><p>${w.tooMany}</p></div>` : ''}
${errorSummary(link)}${field(link, 'email', w.email, { type: 'email', autocomplete: 'email', required: true })}
<button type="submit" class="secondary">${w.newLink}</button></form>`;
  return publicPage(lang, w.login, current, html`<h1>${w.portal}</h1>
${notice.linkSent ? html`<p class="notice" role="status">${w.newLinkSent}</p>` : ''}
${session ? html`<div class="warning" role="alert"><p>${session.over === 'ended' ? w.sessionEnded(session.contact) : w.sessionOver(session.contact)}${session.formLost ? ` ${w.formLost}` : ''}</p></div>${linkForm}${codeForm}` : html`${codeForm}${linkForm}`}`);
}

/** The magic link lands here; only the button uses the code, so mail scanners that follow links do not. */
export function accessPage(lang: Lang, code: string): string {
  const w = familyWords(lang);
  return publicPage(lang, w.open, '/family/login', html`<h1>${w.portal}</h1>
<form method="post" action="/family/login" class="card"><p>${w.continueText}</p><input type="hidden" name="code" value="${code}">${attemptField()}
<button type="submit">${w.open}</button></form>`);
}

/** auditmend (audit93 F2): each sign-in form's own mark, so its second tap signs in as its first did (`PortalAccessService.redeem`). */
const attemptField = () => html`<input type="hidden" name="attempt" value="${randomUUID()}">`;

/** What the overview says at its top after a post: a rating (with the call-back offer after a low one), a call-back asked, a report. */
export interface OverviewNotice {
  rated?: 'low' | 'neutral' | 'good';
  callback?: boolean;
  /** A report just sent: what follows, and what its message seemed to hold that it does not need (docwarn). */
  reported?: { text: string; oversays: Oversaid[] };
  /** A bill just marked paid, or its payment undone: told on top of the bills' card. */
  bill?: 'paid' | 'unpaid';
  /** With `bill`: the kenmerk of the bank's costs it was about (none for a bill). */
  charge?: string;
  /** With `bill`: the kenmerk of the overdraft's debit it was about (askwords). */
  overdraft?: string;
  /** A refused payment form: what was sent (which bill, which day) and why not. */
  billForm?: FormState;
  /** A refused rating: the comment as typed, and why not (only spaces, too long, nothing left to rate). */
  feedbackForm?: FormState;
  /** relcorr: a report of hers just corrected or withdrawn, told above her list. */
  report?: 'corrected' | 'withdrawn';
  /** relcorr: her refused correction or withdrawal of report `id`: what she sent and why not, in its own form. */
  reportForm?: { id: string; form: FormState };
}

/** The day the payment form offers (the service's today), and the notices of its posts. */
export interface BillsCardState extends Pick<OverviewNotice, 'bill' | 'charge' | 'overdraft' | 'billForm'> {
  today: string;
}

/**
 * The bills the estate owes: those to pay first, then those paid (muted, with the day), each list with its
 * own "more" link. The representative pays from the estate's account, so only they get a form per bill
 * (the day, today unless changed) and an undo per paid bill; the others read who keeps track.
 */
function billsCard(lang: Lang, o: Overview, state: BillsCardState): SafeHtml | '' {
  const w = familyWords(lang);
  const { billsToPay: open, billsPaid: paid } = o;
  if (!open.items.length && !paid.items.length && !state.bill && !state.billForm) return '';
  const marks = o.familyMember.role === 'representative';
  // famclosed: a closed estate's final report states its payments: no undo then (the service refuses it too), but whom to tell.
  const undoes = marks && o.estate.status !== 'closed';
  const refused = state.billForm ?? {};
  const isRefused = (b: { contractId: string; reference: string }) => refused.values?.contractId === b.contractId && refused.values?.reference === b.reference;
  const form: FormState = { ...refused, lang, audience: 'family', order: ['paidOn', 'reference'] };
  const failed = open.items.findIndex(isRefused);
  const named = (b: { provider: string; reference: string; amount: number; finalBill: boolean; untilEnd?: boolean; collectionAgency?: string | null; afterEnd?: boolean; afterEndPart?: number | null; keptCoverPremium?: boolean; dueOn?: string | null; overdrawnOn?: string | null; overdraft?: boolean; bankCharge: boolean; transferred?: boolean; recovery?: boolean }) =>
    w.billToPay(b.provider, b.reference, money(b.amount, lang), finalBillListed(b), untilListed(b), b.collectionAgency, afterEndListed(b, lang), premiumListed({ keptCoverPremium: b.keptCoverPremium ?? false, dueOn: b.dueOn ?? null }, lang), overdrawnListed(b, lang), b.bankCharge);
  const hidden = (b: { contractId: string; reference: string }) => html`<input type="hidden" name="contractId" value="${b.contractId}"><input type="hidden" name="reference" value="${b.reference}">`;
  const payForm = (b: Overview['billsToPay']['items'][number], i: number) =>
    html`<form method="post" action="/family/bills-paid">${hidden(b)}${field(isRefused(b) ? form : {}, 'paidOn', w.paidOnLabel, { type: 'date', required: true, initial: state.today, idPrefix: `bill-${i}-` })}<button type="submit">${w.markPaid}</button></form>`;
  // bankforms: a bank's costs or an overdraft's debit listed are no rekening: the text above says amounts.
  const amounts = open.items.some((b) => b.bankCharge || overdrawnListed(b, lang) !== null);
  const heading = amounts ? w.amountsToPay : { text: w.billsToPayText, youMark: w.billsToPayYouMark, othersMark: w.billsToPayOthersMark };
  const undoForm = (b: Overview['billsPaid']['items'][number]) =>
    html` <form method="post" action="/family/bills-paid/undo" class="inline">${hidden(b)}<button type="submit" class="secondary">${w.undoPaid}</button></form>`;
  return html`<section class="card" aria-labelledby="bills"><h2 id="bills">${w.billsToPay}</h2>
${state.bill ? html`<p class="notice" role="status">${(state.bill === 'paid' ? w.billPaidNotice : w.billUnpaidNotice)(state.charge ?? null, state.overdraft ?? null)}</p>` : ''}${errorSummary(form, undefined, (f) => (f === 'paidOn' && failed >= 0 ? `bill-${failed}-paidOn` : undefined))}
${open.items.length ? html`<p>${heading.text} ${marks ? heading.youMark : heading.othersMark}</p>
<ul class="bills">${open.items.map((b, i) => html`<li>${named(b)}${b.paidOn ? ` · ${w.billPartlyPaid(money(stillToPay(b), lang), money(b.paidAmount ?? 0, lang), humanDate(b.paidOn, lang))}` : ''} <span class="muted">(${humanDate(b.decidedAt, lang)})</span>${marks ? payForm(b, i) : ''}</li>`)}</ul>` : ''}${moreLink('/family', 'bills', open.nextCursor, w.moreBillsToPay, 'bills')}
${paid.items.length ? html`<h3>${w.billsPaid}</h3><ul class="bills muted">${paid.items.map((b) => html`<li>${named(b)} · ${w.billPaidOn(humanDate(b.paidOn, lang))}${undoes ? undoForm(b) : ''}</li>`)}</ul>${marks && !undoes ? html`<p>${w.billsPaidClosed(o.caseOwner.name)}</p>` : ''}` : ''}${moreLink('/family', 'paid', paid.nextCursor, w.moreBillsPaid, 'bills')}</section>`;
}

/**
 * A page of contracts under the three status headings, each heading with the whole estate's count,
 * then a "more" link. Each contract its provider's label, whole (wrapped on a phone: six KPN contracts
 * differ only at its end), then what we asked and the date, wrapped and whole (a transfer names the new
 * holder, and the date is what a relative looks for), then where it stands, whole and wrapped: what tells one
 * card from another is often at its end (audit 77, UI-1: an overdue bank and one within its term read alike when
 * cut at a phone's edge). The details open on a tap, without JavaScript, with what happens next.
 */
/** `level`: the groups' heading, one below the page's heading above them (h3 under the overview's "Contracten", h2 under the contracts page's h1). */
function contractList(lang: Lang, contracts: Page<FamilyContract>, progress: Progress, level: 2 | 3): SafeHtml {
  const w = familyWords(lang);
  const contract = (c: FamilyContract) => {
    // Said what it is: the last update is no end date.
    const date = c.lastUpdate ? w.updatedOn(humanDate(c.lastUpdate, lang)) : c.expectedDate ? w.expectedOn(humanDate(c.expectedDate, lang)) : null;
    // Where it stands, each of its facts on a line of its own (README familyline): several read as a list, not one block, and none
    // is folded away, as the words that tell two cards apart may be in any of them (familycard).
    return html`<details class="line"><summary><strong>${c.label}</strong> <span class="gist">${c.whatWeAsked}${date ? html` · ${date}` : ''}</span> <span class="gist standing">${factsOf(c.statusText).map((fact, i) => html`${i ? ' ' : ''}<span class="fact">${fact}</span>`)}</span></summary>
<dl><dt>${c.provider}</dt><dd class="muted">${c.description}</dd>
<dt>${w.asked}</dt><dd>${c.whatWeAsked}${c.leaseEnd ? html`<br>${c.leaseEnd}` : ''}</dd>
<dt>${w.next}</dt><dd>${c.nextStep}${c.expectedDate ? html` <span class="badge">${w.expected}: ${humanDate(c.expectedDate, lang)}</span>` : ''}</dd>
${c.lastUpdate ? html`<dt>${w.lastUpdate}</dt><dd>${humanDate(c.lastUpdate, lang)}</dd>` : ''}</dl></details>`;
  };
  const groups = CONTRACT_GROUPS.map((g) => ({ g, contracts: contracts.items.filter((c) => c.group === g) })).filter((x) => x.contracts.length);
  if (!groups.length) return html`<p class="card">${w.none}</p>`;
  const heading = (text: string) => (level === 2 ? html`<h2>${text}</h2>` : html`<h3>${text}</h3>`);
  return html`${groups.map(({ g, contracts }) => html`${heading(`${w.groups[g]} (${progress[g]})`)}${contracts.map(contract)}`)}${moreLink('/family/contracts', 'cursor', contracts.nextCursor, w.moreContracts)}`;
}

/**
 * Where her report stands: a bill that waited for the owner says what she decided, or that she is checking it (familybill);
 * a collection letter whose notice she recorded, whom its stop asked in writing by now and the answer once recorded (reportlist);
 * her file taken into the estate as a kind (familyupload); any other report, or a bill acted on when made, handled or not.
 */
function reportStanding(w: FamilyWords, r: { kind: string; outcome: string | null; status: string; decision: ReportDecision | null; stop: CollectionStop | null; billNow: ReportedBill | null; takenAs: string | null; takenBy: string | null }, owner: string): string {
  // familyupload: her file taken into the estate says what it was used as, and by whom (audit105: as her timeline does, after a handover too).
  if (r.decision === 'document_taken') return w.documentTaken(r.takenBy ?? owner, r.takenAs ?? 'other');
  // Recorded from a notice on its contract (README printwords), so it has its stop; `handled` is the word for one that had none.
  if (r.decision === 'collection_recorded') return r.stop ? w.collectionStanding(owner, r.stop.asked, r.stop.notYet, r.stop.answer) : w.handled;
  // collrest2: a bill she recorded says where it stands now, not only that she recorded it.
  // collclaim2: a bill she reported and the owner recorded from its contract's page reads the same (`billNow` by its number).
  if ((r.decision === 'bill_recorded' || r.decision === null) && r.billNow) return w.billStanding(owner, r.billNow.provider, r.billNow);
  if (r.kind === 'invoice_after_end' && r.outcome === null && (r.status === 'open' || r.decision)) return w.billDecisions[r.decision ?? 'waiting'](owner);
  if (r.status === 'withdrawn') return w.reportChange.withdrawn;
  return r.status === 'handled' ? w.handled : w.openReport;
}

type OwnReport = Overview['reports']['items'][number];

/**
 * relcorr (audit91 F5): her own report while the owner has not handled it: a correction form filled in with what she reported (the
 * figures her kind of report holds) and a withdrawal, folded under one line so the list stays short on a phone. A refused one comes
 * back open, with what she sent and why not.
 */
function reportChangeForms(lang: Lang, r: OwnReport, i: number, owner: string, refused: OverviewNotice['reportForm']): SafeHtml | '' {
  const w = familyWords(lang);
  const mine = refused?.id === r.id;
  const state: FormState = { ...(mine ? refused.form : {}), lang, audience: 'family', order: ['message', ...(r.figuresHidden ? [] : CORRECTABLE_FIGURES[r.kind as keyof typeof CORRECTABLE_FIGURES] ?? [])] };
  // Handled (or withdrawn) meanwhile: no form any more, only why not and whom to ask.
  if (!r.changeable) return mine ? errorSummary(state, undefined, () => undefined) : '';
  const typed = (r.kind === 'collection_letter' ? r.collection : r.bill) as Record<string, string | number | null> | null;
  const initial = (name: string) => {
    const v = typed?.[name];
    return typeof v === 'number' ? v.toFixed(2).replace('.', lang === 'nl' ? ',' : '.') : (v ?? undefined);
  };
  const labels: Record<string, string> = { invoiceDate: w.invoiceDate, periodFrom: w.periodFrom, periodTo: w.periodTo, amount: w.amount, reference: w.reference, agency: w.agency, dossierNumber: w.dossierNumber };
  const prefix = `report-${i}-`;
  // Outside the estate's debts she reads none of its figures (familybill): the ones she sent stay, and she may say in her message what is wrong.
  const figures = r.figuresHidden ? html`<p class="muted">${w.reportChange.figuresKept}</p>` : (CORRECTABLE_FIGURES[r.kind as keyof typeof CORRECTABLE_FIGURES] ?? []).map((name) =>
    name === 'agencyLanguage' ? agencyLanguageChoice(state, w, { idPrefix: prefix, initial: initial(name) }) : field(state, name, labels[name], { idPrefix: prefix, initial: initial(name), ...(name.endsWith('Date') || name.startsWith('period') ? { type: 'date' } : {}), ...(name === 'amount' ? { inputmode: 'decimal' } : {}) }),
  );
  return html`<details class="report-change"${mine ? html` open` : ''}><summary>${w.reportChange.open}</summary><p class="muted">${w.reportChange.hint(owner)}</p>
${errorSummary(state, undefined, prefixedIds(prefix))}<form method="post" action="/family/reports/${r.id}/correct">
${field(state, 'message', w.reportChange.message, { idPrefix: prefix, multiline: true, required: true, maxlength: FAMILY_TEXT_MAX, initial: r.message })}
${figures}<button type="submit">${w.reportChange.save}</button></form>
<form method="post" action="/family/reports/${r.id}/withdraw"><p class="muted">${w.reportChange.withdrawHint}</p><button type="submit" class="secondary">${w.reportChange.withdraw}</button></form></details>`;
}

export function overviewPage(lang: Lang, o: Overview, today: string, notice: OverviewNotice = {}): string {
  const w = familyWords(lang);
  const prompt = o.feedbackPrompt;
  const feedback: FormState = { ...notice.feedbackForm, lang, audience: 'family', order: ['comment', 'score'] };
  return familyPage(lang, w.overview, '/family', html`
${notice.rated === 'low' ? html`<div class="notice" role="status"><p>${w.sorry}</p>
<form method="post" action="/family/callback"><p><strong>${w.callbackQuestion}</strong></p><button type="submit">${w.callbackYes}</button> <a href="/family">${w.callbackNo}</a></form></div>` : ''}
${notice.rated === 'neutral' ? html`<p class="notice" role="status">${w.thanks}</p>` : ''}
${notice.rated === 'good' ? html`<p class="notice" role="status">${w.goodThanks}</p>` : ''}
${notice.callback ? html`<p class="notice" role="status">${w.callbackPlanned(o.caseOwner.name)}</p>` : ''}
${notice.reported ? html`<div class="notice" role="status"><p>${w.sent}</p><p>${notice.reported.text}</p>${
  notice.reported.oversays.length ? html`<p id="message-oversays">${w.messageOversays(o.caseOwner.name, notice.reported.oversays.map((f) => w.oversaid[f]))}</p>` : ''
}</div>` : ''}
<h1>${w.of} ${o.estate.deceased.fullName}</h1>
${o.progress.total ? html`<p class="progress">${progressLine(o.progress, lang)}</p>` : ''}
<p class="muted">${o.estate.deceased.fullName}, ${w.died} ${humanDate(o.estate.deceased.dateOfDeath, lang)} · ${o.estate.reference}</p>
<p class="card status">${o.estate.statusText}</p>
${prompt ? html`<form method="post" action="/family/feedback" class="card" id="feedback">${errorSummary(feedback, undefined, prefixedIds('fb-'))}<fieldset><legend><strong>${prompt.question}</strong> <span class="muted">${w.rateLegend}</span></legend>
<input type="hidden" name="milestone" value="${prompt.milestone}">
${field(feedback, 'comment', w.comment, { idPrefix: 'fb-', multiline: true, maxlength: FAMILY_TEXT_MAX })}
<div class="rating">${w.scores.map((label, i) => html`<button type="submit" name="score" value="${i + 1}">${i + 1} · ${label}</button>`)}</div>
</fieldset></form>` : errorSummary(feedback, undefined, () => undefined)}
<h2>${w.contracts}</h2>
${contractList(lang, o.contracts, o.progress, 3)}
<section class="card" aria-labelledby="contact"><h2 id="contact">${w.contact}</h2>
<p><strong>${o.caseOwner.name}</strong></p>
${o.caseOwner.phone ? html`<p>${w.phone}: <a href="tel:${o.caseOwner.phone.replace(/\s+/g, '')}">${o.caseOwner.phone}</a></p>` : ''}
<p>${w.emailLabel}: <a href="mailto:${o.caseOwner.email}">${o.caseOwner.email}</a></p></section>
${billsCard(lang, o, { ...notice, today })}
${o.reports.items.length || notice.report ? html`<h2 id="reports">${w.yourReports}</h2>${notice.report ? html`<p class="notice" role="status">${notice.report === 'corrected' ? w.reportChange.correctedNotice : w.reportChange.withdrawnNotice}</p>` : ''}<ul class="card">${o.reports.items.map((r, i) => html`<li>${humanDate(r.createdAt, lang)} · ${w.kinds[r.kind]}${r.about} · ${reportStanding(w, r, o.caseOwner.name)}${r.correctedAt && r.status !== 'withdrawn' ? html` · ${w.reportChange.corrected(humanDate(r.correctedAt, lang))}` : ''}${r.reply ? html`<br>${w.reply} ${r.reply}` : ''}${reportChangeForms(lang, r, i, o.caseOwner.name, notice.reportForm)}</li>`)}</ul>${moreLink('/family', 'reports', o.reports.nextCursor, w.moreReports, 'reports')}` : ''}
<h2>${w.heirs}</h2><ul class="card">${o.familyMembers.map((m) => html`<li>${m.name} (${m.relation}${m.isHeir ? `, ${w.heir}` : ''}${m.isRepresentative ? `, ${w.representative}` : ''})</li>`)}</ul>
<section class="card" aria-labelledby="dossier"><h2 id="dossier">${w.dossier}</h2><p>${w.dossierText}</p><a class="button" href="/family/dossier" download>${w.dossier}</a></section>`);
}

/**
 * A phone scrolls, so a long list continues with one "more" link rather than page numbers; `param`
 * names the list's cursor where a page holds two, `anchor` lands the reader on the list.
 */
const moreLink = (path: string, param: string, nextCursor: string | null, label: string, anchor = '') =>
  nextCursor ? html`<p><a rel="next" href="${path}?${param}=${nextCursor}${anchor ? `#${anchor}` : ''}">${label}</a></p>` : '';

/** The contracts after the overview's first page, under the same headings. */
export function contractsPage(lang: Lang, contracts: Page<FamilyContract>, progress: Progress): string {
  const w = familyWords(lang);
  return familyPage(lang, w.contracts, '/family/contracts', html`<h1>${w.contracts}</h1>
<p class="progress">${progressLine(progress, lang)}</p>
${contractList(lang, contracts, progress, 2)}`);
}

export function timelinePage(lang: Lang, timeline: Page<FamilyTimelineItem>): string {
  const w = familyWords(lang);
  return familyPage(lang, w.timeline, '/family/timeline', html`<h1>${w.timeline}</h1>
<ol class="card timeline">${timeline.items.map((e) => html`<li><strong><time datetime="${e.at}">${humanDate(e.at, lang)}</time></strong> · ${e.text}${e.actor === 'Steward' ? '' : html` <span class="muted">(${e.actor})</span>`}</li>`)}</ol>${moreLink('/family/timeline', 'cursor', timeline.nextCursor, w.more)}`);
}

/** relupload: what became of her taking back a file or statement: done (`withdrawn`), or refused with why (already used: whom to ask). */
export interface UploadNotice {
  withdrawn?: boolean;
  errors?: FieldError[];
}

/** relupload: the notice above a list of what she sent: taken back, or why not. */
function uploadNotice(lang: Lang, notice: UploadNotice, done: string): SafeHtml | string {
  const w = familyWords(lang).uploads;
  return html`${notice.withdrawn ? html`<p class="notice" role="status">${done}</p>` : ''}${errorSummary({ errors: notice.errors, lang, audience: 'family' }, w.notWithdrawn)}`;
}

/** relupload: one button taking back what she sent (no JavaScript needed). */
const withdrawButton = (action: string, lang: Lang) => html`<form method="post" action="${action}" class="inline"><button type="submit" class="secondary">${familyWords(lang).uploads.withdraw}</button></form>`;

/** Letters and documents, each a list of its own with its own "more" link (`?cursor=`, `?documents=`); a photo she sent she may take back (relupload). */
export function lettersPage(lang: Lang, letters: Overview['letters'], documents: Page<FamilyDocument>, notice: UploadNotice = {}): string {
  const w = familyWords(lang);
  return familyPage(lang, w.letters, '/family/letters', html`<h1>${w.letters}</h1>${uploadNotice(lang, notice, w.uploads.withdrawnNotice)}
${letters.items.length
    ? html`<ul class="card">${letters.items.map((l) => html`<li><a href="/family/letters/${l.id}">${l.title}</a>${l.about ? ` (${aboutText(l.about, w.letterAbout, lang)})` : ''} — ${w.to} ${l.recipient}, ${humanDate(l.letterDate, lang)}${l.awaitingPost ? `, ${w.letterReadyForPost}` : l.postedAt ? `, ${w.letterPostedOn(humanDate(l.postedAt, lang))}` : ''} ${w.pdfIn[l.language]}</li>`)}</ul>${moreLink('/family/letters', 'cursor', letters.nextCursor, w.moreLetters)}`
    : html`<p class="card">${w.noLetters}</p>`}
<h2 id="documents">${w.documents}</h2>
${documents.items.length
    ? html`<ul class="card">${documents.items.map((d) => html`<li><a href="/family/documents/${d.id}">${d.fileName}</a>${d.description ? ` (${d.description})` : ''}, ${humanDate(d.uploadedAt, lang)}${d.withdrawable ? withdrawButton(`/family/documents/${d.id}/withdraw`, lang) : ''}</li>`)}</ul>${documents.items.some((d) => d.withdrawable) ? html`<p class="muted">${w.uploads.withdrawHint}</p>` : ''}${moreLink('/family/letters', 'documents', documents.nextCursor, w.moreDocuments, 'documents')}`
    : html`<p class="card">${w.noDocuments}</p>`}
<p><a class="button" href="/family/dossier" download>${w.dossier}</a></p>`);
}

/** relupload: a statement she sent, as her list shows it (`StatementsService.sentBy`). */
export interface SentStatement {
  id: string;
  fileName: string | null;
  createdAt: string;
  changeable: boolean;
}

/** relupload: the statements she sent, each withdrawable while the owner has not used it; `?statements=` continues the list. */
function sentStatements(lang: Lang, statements: Page<SentStatement>, notice: UploadNotice): SafeHtml | string {
  const w = familyWords(lang).uploads;
  if (!statements.items.length && !notice.withdrawn && !notice.errors?.length) return '';
  return html`<h2 id="sent-statements">${w.statementsTitle}</h2>${uploadNotice(lang, notice, w.statementWithdrawnNotice)}${statements.items.length ? html`<ul class="card">${statements.items.map((st) => html`<li>${st.fileName ?? ''} · ${w.sentOn(humanDate(st.createdAt, lang))}${st.changeable ? withdrawButton(`/family/statements/${st.id}/withdraw`, lang) : html` · <span class="muted">${w.used}</span>`}</li>`)}</ul><p class="muted">${w.withdrawHint}</p>` : ''}${moreLink('/family/report', 'statements', statements.nextCursor, w.moreStatements, 'sent-statements')}`;
}

/** What the statement form shows after a post: that it arrived (never what it holds: that is the owner's), or why it could not be read. */
export interface StatementFormState {
  received?: boolean;
  errors?: FormState['errors'];
}

/** agencylang3: the language the agency wrote in, Dutch unless she says otherwise (our letters to the agency go in it). */
function agencyLanguageChoice(state: FormState, w: FamilyWords, options: { idPrefix?: string; initial?: string } = {}): SafeHtml {
  return select(state, 'agencyLanguage', w.agencyLanguage, (['nl', 'en'] as const).map((l): [string, string] => [l, w.agencyLanguages[l]]), { ...options, initial: options.initial ?? 'nl' });
}

/** The fields each kind of report asks for, beyond what happened and a photo: nothing a family member cannot know. */
const REPORT_FIELDS: Record<ReportKind, readonly ('contractId' | 'invoiceDate' | 'periodFrom' | 'periodTo' | 'amount' | 'reference' | 'agency' | 'dossierNumber' | 'agencyLanguage' | 'providerId' | 'accountNumber')[]> = {
  invoice_after_end: ['contractId', 'invoiceDate', 'periodFrom', 'periodTo', 'amount', 'reference'],
  collection_letter: ['contractId', 'agency', 'amount', 'reference', 'dossierNumber', 'agencyLanguage'],
  letter_to_deceased: ['contractId'],
  new_contract: ['providerId', 'accountNumber'],
  other: ['contractId'],
};

/**
 * Two steps that need no JavaScript: first the kind (a GET form), then only that kind's fields. The
 * organisations of this estate come first in the list: a new contract is most often with one of them.
 */
export function reportPage(lang: Lang, contracts: ContractChoice[], providers: { id: string; name: string }[], kind: ReportKind | null, form: FormState = {}, statement: StatementFormState = {}, sent?: { statements: Page<SentStatement>; notice: UploadNotice }): string {
  const w = familyWords(lang);
  // Errors in the family's words, listed in the order of the chosen kind's fields.
  const state: FormState = { ...form, lang, audience: 'family', order: kind ? ['kind', 'message', ...REPORT_FIELDS[kind], 'file'] : ['kind'] };
  const unknown: [string, string] = ['', w.unknownContract];
  const ours = new Set(contracts.map((c) => c.providerId));
  const providerChoices = [...providers.filter((p) => ours.has(p.id)).map((p): [string, string] => [p.id, `${p.name} (${w.inThisFile})`]), ...providers.filter((p) => !ours.has(p.id)).map((p): [string, string] => [p.id, p.name])];
  const fields: Record<(typeof REPORT_FIELDS)[ReportKind][number], () => SafeHtml> = {
    contractId: () => select(state, 'contractId', w.contract, [unknown, ...contracts.map((c): [string, string] => [c.id, `${c.provider} — ${c.description}`])]),
    invoiceDate: () => field(state, 'invoiceDate', w.invoiceDate, { type: 'date' }),
    periodFrom: () => field(state, 'periodFrom', w.periodFrom, { type: 'date' }),
    periodTo: () => field(state, 'periodTo', w.periodTo, { type: 'date' }),
    amount: () => field(state, 'amount', w.amount, { inputmode: 'decimal' }),
    reference: () => field(state, 'reference', w.reference),
    agency: () => field(state, 'agency', w.agency),
    dossierNumber: () => field(state, 'dossierNumber', w.dossierNumber),
    agencyLanguage: () => agencyLanguageChoice(state, w),
    providerId: () => select(state, 'providerId', w.provider, [unknown, ...providerChoices]),
    accountNumber: () => field(state, 'accountNumber', w.account),
  };
  const chooseKind = html`<form method="get" action="/family/report" class="card"><fieldset class="choices"><legend>${w.kind}</legend>
${REPORT_KINDS.map((k, i) => html`<label class="check" for="kind-${k}"><input type="radio" id="kind-${k}" name="kind" value="${k}"${i === 0 ? html` required` : ''}> ${w.kinds[k]}</label>`)}</fieldset>
<button type="submit">${w.chooseKind}</button></form>`;
  const [message, file] = [refusalMarks(state, 'message', 'message'), refusalMarks(state, 'file', 'file')];
  const reportForm = (k: ReportKind) => html`<form method="post" action="/family/report" enctype="multipart/form-data" class="card">
<p><strong>${w.kinds[k]}</strong> · <a href="/family/report">${w.changeKind}</a></p><input type="hidden" name="kind" value="${k}">
<label for="message">${w.message}</label><textarea id="message" name="message" rows="4" required maxlength="${FAMILY_TEXT_MAX}"${message.marks}>${typedValue(form.values, 'message') ?? ''}</textarea>${message.message}
${REPORT_FIELDS[k].map((name) => fields[name]())}
<label for="file">${w.file}</label><input id="file" name="file" type="file" accept="application/pdf,image/png,image/jpeg"${file.marks}>${file.message}
<button type="submit">${w.send}</button></form>`;
  return familyPage(lang, w.report, '/family/report', html`${statement.received ? html`<p class="notice" role="status">${w.statementReceived}</p>` : ''}${errorSummary({ errors: statement.errors, lang, audience: 'family' }, w.statementFix, (field) => (field === 'file' ? 'statement-file' : undefined))}
<h1>${w.reportTitle}</h1>${errorSummary(state)}
${kind ? reportForm(kind) : chooseKind}
<h2 id="statement">${w.statementTitle}</h2>
<form method="post" action="/family/statements" enctype="multipart/form-data" class="card"><p>${w.statementText}</p>
<label for="statement-file">${w.statementFile}</label><input id="statement-file" name="file" type="file" accept=".xml,.csv,.txt,application/xml,text/xml,text/csv,text/plain" required>
<button type="submit">${w.statementSend}</button></form>${sent ? sentStatements(lang, sent.statements, sent.notice) : ''}`);
}
