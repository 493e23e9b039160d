import type { MoneyToReceive } from '../refunds/refunds.service';
import { addressLine, INSURANCE_KINDS } from '../../letters';
import { aboutText } from '../letters/letter-about';
import { carriedAs } from '../letters/carried';
import { askedInstead, contractStateMeta, type EstateState, ownerEstateStatusText } from '../../workflows';
import { LANGUAGES, listed, money } from '../../workflows/wording';
import type { ListedEstate } from '../estates/estates.service';
import type { StaffPrincipal } from '../auth/principal';
import { dutchDate } from '../clock/clock';
import type { FieldError } from '../common/problem';
import { DOCUMENT_AUDIENCES, OWNER_ONLY_KINDS } from '../documents/document-audience';
import { DOCUMENT_KINDS, EstateDocument } from '../documents/document.entity';
import { requestAsked } from '../contracts/contract.entity';
import { FAMILY_ROLES } from '../estates/family-member.entity';
import type { Page } from '../common/paging';
import { Estate, ESTATE_STATUSES, EstateStatus, fullName } from '../estates/estate.entity';
import type { OwnersLetter } from '../letters/letters.service';
import type { User } from '../users/user.entity';
import { checkbox, confirmCheck, errorSummary, field, FormState, prefixedIds, select } from '../web/fields';
import { html, humanDate, SafeHtml, stackedTable } from '../web/html';
import { pager, PagePosition } from '../web/pager';
import { ownerWords, type Lang, premiumListed, overdrawnListed, afterEndListed, untilListed, finalBillListed } from '../words';
import { stillToPay } from '../bills/owed-bills';
import { refundText } from '../contracts/contract-views.service';
import type { EstateOverview } from './estate-overview.service';
import { statementsSection } from './statement-pages';
import { documentOversaid } from '../documents/description-rules';
import { deliveryText, inColleaguesBatchText, othersBatchText } from '../letters/letter-view';
import { actionButton, appPage, backToToday, contractStateNamed, documentKindNamed, label, letterKindNamed, notice, returnCheckedButton } from './workspace-pages';
import { fromTodayField, keepFromToday } from '../web/from-today';
import { violationText } from './owner-reasons';
import { estateHeadline } from '../contracts/request-letter.rules';
import { UPLOAD_PROGRESS_PATH } from '../web/upload-progress';

/** Contracts in these states can still be sent (a draft answers with the documents it misses). */
const SENDABLE = ['draft', 'ready'];

/**
 * A workspace form's refusal as the page shows it: in the person's language, listed in the form's
 * field order, and a refusal's data in their words (a missing document by its name, a date in their form).
 */
export function ownForm(lang: Lang, form: FormState, order?: readonly string[]): FormState {
  const local = (e: FieldError): FieldError =>
    e.rule === 'documentMissing' || e.rule === 'documentsAsked' || e.rule === 'ownerOnly' ? { ...e, limit: label(lang, 'documentKinds', e.limit ?? '') } : e.rule === 'afterEnd' || e.rule === 'beforeOwed' || e.rule === 'longBeforePeriod' ? { ...e, limit: humanDate(e.limit, lang) } : e;
  return { ...form, lang, order, errors: form.errors?.map(local) };
}

/** The estate page's forms' fields in the order they are shown (their error summaries list them so). */
const CONTRACT_FIELDS = ['providerId', 'description', 'accountNumber', 'action', 'transferToFamilyMemberId', 'requestedEndDate', 'insuranceKind', 'confirmDuplicate'];
const MEMBER_FIELDS = ['name', 'email', 'relation', 'role'];
const DOCUMENT_FIELDS = ['kind', 'description', 'audience', 'file'];
const HANDOVER_FIELDS = ['toUserId', 'reason'];

/** What the estates page was asked for: the search and state filter, and where in the list it stands. */
export interface EstateListQuery extends PagePosition {
  q?: string;
  status?: EstateStatus;
  limit?: number;
}

export function estateListPage(user: StaffPrincipal, list: Page<ListedEstate>, query: EstateListQuery): string {
  const lang = user.lang;
  const w = ownerWords(lang).estate;
  const rows = list.items.map(
    (e) => [
      html`<a href="/app/estates/${e.id}">${fullName(e.deceased)}</a>`,
      e.reference,
      // estatepage: a request the letter check holds is named beside the stage (the stage alone would read as gone).
      e.requestsHeldBy.length ? html`${ownerEstateStatusText(e.status as never, lang)} <span class="held">${w.requestHeldBeside(listed(e.requestsHeldBy, lang))}</span>` : ownerEstateStatusText(e.status as never, lang),
      e.owner.name,
      humanDate(e.deceased.dateOfDeath, lang),
    ],
  );
  const stages = ESTATE_STATUSES.map((s) => html`<option value="${s}"${s === query.status ? html` selected` : ''}>${ownerEstateStatusText(s as never, lang)}</option>`);
  const searched = !!(query.q || query.status);
  return appPage(
    user,
    w.listTitle,
    html`<h1>${w.listTitle}</h1><p><a class="button" href="/app/estates/new">${w.newEstate}</a></p>
<form method="get" action="/app/estates" role="search" class="card">
<label for="q">${w.searchLabel}</label><input id="q" name="q" type="search" value="${query.q ?? ''}" minlength="2" maxlength="100">
<label for="status">${w.stage}</label><select id="status" name="status"><option value="">${w.everyStage}</option>${stages}</select>
<button type="submit">${w.search}</button></form>${
      rows.length
        ? stackedTable([w.deceased, w.reference, w.stage, w.caseOwner, w.died], rows)
        : html`<p class="card">${searched ? w.noMatch : w.noEstates}</p>`
    }${pager('/app/estates', { q: query.q, status: query.status, limit: query.limit?.toString() }, query, list.nextCursor, lang)}`,
  );
}

/** What the estate page shows again after a refused post, or once after a success (the access code). */
export interface EstatePageState {
  flash?: string;
  contract?: FormState;
  family?: FormState;
  document?: FormState;
  handover?: FormState;
  /** The contracts just sent together (`?sent=`; empty: none was chosen): the notice at the top says what became of each. */
  sent?: string[];
  closeErrors?: FieldError[];
  /** The reopen form of a closed estate, refused (its reason). */
  reopen?: FormState;
  accessCode?: { name: string; code: string; expiresAt: Date; emailedTo?: string | null; emailFailedTo?: string | null };
  progressErrors?: FieldError[];
  /** Why an uploaded statement was not read (the line or element): shown at the top of the page. */
  statementErrors?: FieldError[];
  /** The findings form, refused: its errors, and the account numbers typed for findings without a mandate. */
  findings?: FormState;
  /** Where the timeline stands, for its "Previous" / "Next" links (the provider search rides along). */
  timelineAt?: PagePosition & { q?: string; limit?: string };
  /** Where the statement findings stand (`?findings=&findingsBack=`): the page has three paged lists. */
  findingsAt?: PagePosition;
  /** Where the letters stand (`?letters=&lettersBack=`). */
  lettersAt?: PagePosition;
  /** Where the bills still to pay stand (`?bills=&billsBack=`). */
  billsAt?: PagePosition;
  /** Reached from Today (`?from=today`): the page offers the way back, and its forms and lists keep it. */
  fromToday?: boolean;
}

/** A closed estate takes no new work until its owner reopens it, saying why (a contract found after closing). */
function reopenSection(lang: Lang, path: string, refused: FormState, cameFromToday: boolean | undefined): SafeHtml {
  const w = ownerWords(lang).estate;
  const form = ownForm(lang, refused);
  return html`<div id="reopen" class="card no-print">${errorSummary(form, w.notReopened, prefixedIds('reopen-'))}<p>${w.reopenText}</p>
<form method="post" action="${keepFromToday(`${path}/reopen`, cameFromToday)}" novalidate>${field(form, 'reason', w.reopenReason, { required: true, idPrefix: 'reopen-' })}
<button type="submit">${w.reopen}</button></form></div>`;
}

/** From inventory until closing the family may be sent a progress report (the estate workflow decides). */
const REPORTABLE = ['inventory', 'inProgress', 'settling'];

/**
 * A refused close names each contract still open by its id (`contractsOpenProblem`): the page says it with
 * the contract's label, whose move it is and where it stands, as its contracts table reads now.
 */
function closeRefusals(lang: Lang, o: EstateOverview, errors: FieldError[] | undefined): FieldError[] | undefined {
  const w = ownerWords(lang).estate;
  return errors?.map((e) => {
    const c = e.rule === 'contractOpen' ? o.contracts.find((c) => c.id === e.limit) : undefined;
    return c ? { ...e, limit: w.openContract(c.label, contractStateMeta(c.state).waitingOn, c.provider.name, c.statusText) } : e;
  });
}

/**
 * What a request asks, as the owner's pages name it: an end or a transfer, or where a cancellation is no end (`requestAsked`) what
 * its letter asks instead, a bank account blocked or an insurer by kind (README, bankbalance, insuranceclaim).
 */
export function askedLabel(lang: Lang, c: Parameters<typeof requestAsked>[0]): string {
  const w = ownerWords(lang).estate;
  const ask = askedInstead(c.action, requestAsked(c));
  return (ask && w.asks[ask]) || (w.actions[c.action] ?? c.action);
}

/**
 * estatebutton: once she says the letters of her batch went, he marks his estate's letters of it posted here as on Today (handover4's
 * button and route, `letterCount` as the headline counts them); the page comes back without her batch named.
 */
const othersBatchesPosted = (lang: Lang, o: EstateOverview, cameFromToday: boolean | undefined): SafeHtml | '' =>
  o.inOthersBatches.length
    ? html`<p class="no-print">${o.inOthersBatches.map((b) => actionButton(keepFromToday(`/app/estates/${o.estate.id}/print-batches/${b.batchId}/posted`, cameFromToday), ownerWords(lang).today.inOthersBatchPosted(b.holderName), { letterCount: String(b.letterCount), back: 'estate' }))}</p>`
    : '';

/** estatepage: the page's letters in a colleague's downloaded batch, by letter id, with their batch. */
const batchesByLetter = (o: EstateOverview) => new Map(o.inOthersBatches.flatMap((b) => b.letterIds.map((id) => [id, b] as const)));

function contractsSection(lang: Lang, o: EstateOverview, cameFromToday: boolean | undefined): SafeHtml {
  const w = ownerWords(lang).estate;
  const rows = o.contracts.map((c) => {
    const letter = c.lastLetter;
    return html`<tr><td class="no-print">${SENDABLE.includes(c.state) ? checkbox('contractIds', c.id, w.choose(c.provider.name, c.description), false, `select-${c.id}`, { labelHidden: true }) : ''}</td>
<td><a href="/app/contracts/${c.id}">${c.provider.name}</a><br><span class="muted">${c.description} · ${c.accountNumber}</span></td>
<td data-label="${w.action}">${askedLabel(lang, c)}</td><td data-label="${w.state}"><span class="badge" data-state="${c.state}">${contractStateNamed(lang, c)}</span><br>${c.statusText}${
      c.state === 'draft' && c.missingDocuments.length ? html`<br><strong>${w.uploadFirst}${c.missingDocuments.map((k) => label(lang, 'documentKinds', k)).join(', ')}</strong>` : ''
    }</td>
<td data-label="${w.due}">${c.dueAt ? humanDate(c.dueAt, lang) : ''}</td>
<td data-label="${w.lastLetter}">${letter ? (letter.status === 'sent' ? html`<a href="/app/letters/${letter.id}/pdf">${letterKindNamed(lang, letter.kind, c.provider.category)}, ${humanDate(letter.letterDate, lang)}</a>` : html`<span class="badge alert">${letterKindNamed(lang, letter.kind, c.provider.category)}: ${w.blocked}</span>`) : ''}${SENDABLE.includes(c.state) ? html`<br><a href="/app/contracts/${c.id}/preview">${w.preview}</a>` : ''}</td></tr>`;
  });
  // With JavaScript the button says it is busy while the requests go out one by one (data-busy, see upload-progress.ts).
  return html`<h2 id="contracts">${w.contracts}</h2>${
    rows.length
      ? html`<form method="post" action="${keepFromToday(`/app/estates/${o.estate.id}/requests`, cameFromToday)}" data-busy="${w.sendOutcome.busy}">
<table class="wide stacked"><caption class="muted no-print">${w.sendCaption}</caption>
<thead><tr><th scope="col" class="no-print">${w.send}</th><th scope="col">${w.provider}</th><th scope="col">${w.action}</th><th scope="col">${w.state}</th><th scope="col">${w.due}</th><th scope="col">${w.lastLetter}</th></tr></thead>
<tbody>${rows}</tbody></table><button type="submit">${w.sendSelected}</button></form><script src="${UPLOAD_PROGRESS_PATH}" defer></script>`
      : html`<p class="card">${w.noContracts}</p>`
  }`;
}

function addContractSection(lang: Lang, o: EstateOverview, refused: FormState, cameFromToday: boolean | undefined): SafeHtml {
  const w = ownerWords(lang).estate;
  const form = ownForm(lang, refused, CONTRACT_FIELDS);
  const id = o.estate.id;
  const matches = o.providerMatches.map((p): [string, string] => [p.id, w.providerOption(p.name, p.slaBusinessDays)]);
  const heirs = o.familyMembers.map((m): [string, string] => [m.id, `${m.name} (${m.relation})`]);
  return html`<h2 id="add-contract" class="no-print">${w.addContract}</h2>
<form method="get" action="/app/estates/${id}#add-contract" class="card" role="search">
<label for="q">${w.searchDirectory}</label><input id="q" name="q" type="search" value="${o.providerQuery}">${fromTodayField(cameFromToday)}
<button type="submit">${w.search}</button></form>
${o.providerQuery && !matches.length ? html`<p class="card">${w.noProvider(o.providerQuery)}</p>` : ''}
${matches.length || form.errors
      ? html`${errorSummary(form)}<form method="post" action="${keepFromToday(`/app/estates/${id}/contracts`, cameFromToday)}" class="card" novalidate>
<input type="hidden" name="q" value="${o.providerQuery}">
${select(form, 'providerId', w.provider, matches)}
${field(form, 'description', w.description, { required: true, hint: w.descriptionHint })}
${field(form, 'accountNumber', w.accountNumber, { required: true })}
${select(form, 'action', w.whatHappens, [['cancel', w.actions.cancel], ['transfer', w.transferToMember]], { initial: 'cancel' })}
${select(form, 'transferToFamilyMemberId', w.newHolder, [['', '—'], ...heirs])}
${field(form, 'requestedEndDate', w.requestedEnd, { type: 'date' })}
${select(form, 'insuranceKind', w.insuranceKind, [['', w.chooseInsuranceKind], ...INSURANCE_KINDS.map((k): [string, string] => [k, w.insuranceKinds[k]])])}
${confirmCheck(form, 'confirmDuplicate', w.confirmDuplicate)}
<button type="submit">${w.addButton}</button></form>`
      : ''}`;
}


/**
 * The bills the estate owes that nobody marked paid yet, near the contracts, each linking to its contract
 * (where the payment is recorded): a reminder to the family before closing, which it does not block.
 */
function billsOpenSection(lang: Lang, o: EstateOverview, billsPager: SafeHtml | ''): SafeHtml | '' {
  if (!o.billsOpen.items.length && !billsPager) return '';
  const w = ownerWords(lang).estate;
  return html`<div class="card" id="bills"><h3>${w.billsOpen}</h3><p>${w.billsOpenText}</p>
<ul>${o.billsOpen.items.map((b) => html`<li><a href="/app/contracts/${b.contractId}#bills">${w.billOpen(b.provider, b.reference, money(b.amount, lang), finalBillListed(b), untilListed(b), b.collectionAgency, afterEndListed(b, lang), premiumListed(b, lang), overdrawnListed(b, lang), b.bankCharge)}</a>${b.paidOn ? ` · ${ownerWords(lang).contract.partlyPaid(money(stillToPay(b), lang), money(b.paidAmount ?? 0, lang), humanDate(b.paidOn, lang))}` : ''} <span class="muted">(${humanDate(b.decidedAt, lang)})</span></li>`)}</ul>${billsPager}</div>`;
}

/**
 * refund: the money providers confirmed they owe the estate and that has not all come, beside the bills to pay (never netted
 * with them), each linking to its contract, where the receipt is recorded. askboth: and the money asked back not all received, by
 * contract as its card on the contract page names it („Teruggevraagd"), beside a refund of the same contract.
 */
function refundsOpenSection(lang: Lang, o: EstateOverview): SafeHtml | '' {
  if (!o.refundsOpen.items.length) return '';
  const w = ownerWords(lang).contract;
  const item = (r: MoneyToReceive) => r.answers === 'askedBack'
    ? html`<a href="/app/contracts/${r.contractId}#asked-back">${w.askedBackToReceive}: ${w.refundToReceive(r.provider, r.reference, money(r.left, lang), money(r.amount, lang), r.received > 0 ? { amount: money(r.received, lang), on: humanDate(r.lastReceivedOn!, lang) } : null)}</a> · ${r.late ? w.refundLateSince(humanDate(r.payBy, lang)) : w.askedBackExpectedBy(humanDate(r.payBy, lang))}`
    : html`<a href="/app/contracts/${r.contractId}#refund">${w.refundsToReceive}: ${refundText(r.provider, r, lang)}</a> · ${r.late ? w.refundLateSince(humanDate(r.expectedBy, lang)) : w.refundExpectedBy(humanDate(r.expectedBy, lang))}`;
  return html`<div class="card" id="refunds"><h3>${w.refundsToReceive}</h3>
<ul>${o.refundsOpen.items.map((r) => html`<li>${item(r)}</li>`)}</ul></div>`;
}

type ContractRow = EstateOverview['contracts'][number];

/** Whether a chosen contract's letter is with the provider, still on its way to it, or held back. */
type SendOutcome = 'sent' | 'beingSent' | 'notSent';

/**
 * What became of a contract chosen for sending, read from its records as they are now: `after` follows "Verstuurd",
 * "Wordt verstuurd" or "Niet verstuurd". Sent only once the provider has the letter (made for its desk, its e-mail
 * delivered, posted), as everywhere else; until then it is being sent, and says how (the letter's channel, or the
 * provider's while the workers still make the letter); not sent says why in words the owner can act on.
 */
function sendOutcome(lang: Lang, c: ContractRow): { outcome: SendOutcome; after: string } {
  const w = ownerWords(lang).estate.sendOutcome;
  const provider = c.provider.name;
  const held = (why: string) => ({ outcome: 'notSent' as const, after: `: ${why}` });
  const letter = c.lastLetter;
  if (c.state === 'draft' && c.missingDocuments.length) return held(w.missing(c.missingDocuments.map((k) => label(lang, 'documentKinds', k)).join(', '), c.missingDocuments.length > 1));
  if (c.state === 'ready') return held(c.brpCheckOpen ? w.brp(provider) : w.tryAgain);
  if (!letter) {
    // reqterm: not made yet, and the letter check will hold it: said held, with why, as once it is made.
    if (c.requestLetter?.standing === 'heldBack') return held(w.blocked(c.requestLetter.heldBecause.map((v) => v.reason).join('; ')));
    if (c.state !== 'requested') return held(w.inState(label(lang, 'contractStates', c.state)));
    const how = c.provider.channel === 'portal' ? w.viaDesk(provider) : c.provider.channel === 'email' ? w.byEmailToProvider : w.byPost;
    return { outcome: 'beingSent', after: `; ${w.writing(how)}` };
  }
  if (letter.status === 'blocked') return held(w.blocked(letter.violations.map((v) => violationText(lang, v)).join('; ')));
  if (letter.channel === 'email') {
    const to = letter.deliveryAddress ?? '';
    if (letter.deliveryStatus === 'failed') return held(w.emailFailed(to));
    return { outcome: letter.deliveryStatus === 'delivered' ? 'sent' : 'beingSent', after: ` ${to ? w.byEmail(to) : w.byEmailToProvider}` };
  }
  if (letter.channel === 'post') {
    const posted = letter.deliveryStatus === 'posted';
    return { outcome: posted ? 'sent' : 'beingSent', after: ` ${posted ? w.posted : letter.deliveryStatus === 'printed' ? w.printed : w.byPost}` };
  }
  return { outcome: 'sent', after: ` ${w.viaDesk(provider)}` };
}

/**
 * After "Gekozen verzoeken versturen": every chosen contract, linked, with what became of it. At the top
 * where the eye is; when one was not sent it is an alert that takes the focus, like an error summary.
 */
function sendNotice(lang: Lang, o: EstateOverview, chosen: string[] | undefined): SafeHtml | '' {
  if (!chosen) return '';
  const w = ownerWords(lang).estate.sendOutcome;
  const picked = new Set(chosen);
  const outcomes = o.contracts.filter((c) => picked.has(c.id)).map((c) => ({ c, ...sendOutcome(lang, c) }));
  if (!outcomes.length) return html`<div class="error" role="alert" tabindex="-1" autofocus id="send-outcome"><p><a href="#contracts">${w.chooseFirst}</a></p></div>`;
  const held = outcomes.filter((x) => x.outcome === 'notSent').length;
  const items = outcomes.map(
    ({ c, outcome, after }) => html`<li data-outcome="${outcome}"><a href="/app/contracts/${c.id}">${c.provider.name}, ${c.description}</a>: <strong>${w[outcome]}</strong>${after}.</li>`,
  );
  if (held) return html`<div class="error" role="alert" tabindex="-1" autofocus id="send-outcome"><p>${w.someHeld(held, outcomes.length)}</p><ul>${items}</ul></div>`;
  const all = outcomes.every((x) => x.outcome === 'sent') ? w.allSent(outcomes.length) : w.underway(outcomes.length);
  return html`<div class="notice" role="status" id="send-outcome"><p>${all}</p><ul>${items}</ul></div>`;
}

/**
 * The one-time portal code, at the top of the page where the eye is after the post: it is never shown
 * again, so it says so, and the code is one selectable block (a click selects it whole; no script needed).
 */
function accessCodeNotice(lang: Lang, code: EstatePageState['accessCode']): SafeHtml | '' {
  if (!code) return '';
  const w = ownerWords(lang).estate;
  return html`<div class="notice" role="status" id="access-code"><p>${w.codeNotice(code.name, humanDate(dutchDate(code.expiresAt), lang))}</p><p class="secret">${code.code}</p>${
    code.emailedTo ? html`<p>${w.codeEmailed(code.emailedTo)}</p>` : ''
  }${code.emailFailedTo ? html`<p><strong>${w.codeEmailFailed(code.emailFailedTo, code.name)}</strong></p>` : ''}</div>`;
}

function familySection(lang: Lang, o: EstateOverview, state: EstatePageState): SafeHtml {
  const w = ownerWords(lang).estate;
  const form = ownForm(lang, state.family ?? {}, MEMBER_FIELDS);
  const at = (m: { id: string }) => `/app/estates/${o.estate.id}/family-members/${m.id}`;
  const keep = (path: string) => keepFromToday(path, state.fromToday);
  return html`<h2 id="family">${w.family}</h2>
${o.familyMembers.length
      ? html`<ul>${o.familyMembers.map((m) => html`<li id="member-${m.id}">${m.name} (${m.relation})${m.isHeir ? w.heir : ''}${m.isRepresentative ? w.represents : ''}${m.email ? html` · ${m.email}` : ''}${
        m.accessWithdrawnAt ? w.accessWithdrawnOn(humanDate(dutchDate(m.accessWithdrawnAt), lang)) : ''}
<span class="no-print"><a href="${at(m)}/edit">${w.correctMember(m.name)}</a>
· <a href="${at(m)}/personal-data" download>${w.exportMember(m.name)}</a></span>
${actionButton(keep(`${at(m)}/invitation`), m.email ? w.newCodeMailed(m.name) : w.newCode(m.name))}
${m.accessWithdrawnAt ? '' : html`<details class="no-print"><summary>${w.withdrawAccess(m.name)}</summary><p>${w.withdrawAccessText(m.name)}</p>${actionButton(keep(`${at(m)}/access/withdraw`), w.withdrawAccessConfirm)}</details>`}
${choiceForm(keep(`${at(m)}/role`), 'role', `role-${m.id}`, w.roleOf(m.name), w.roles, m.role, w.saveRole)}</li>`)}</ul>`
      : html`<p>${w.noMembers}</p>`}
<details${form.errors ? html` open` : ''}><summary>${w.addMember}</summary>${errorSummary(form)}
<form method="post" action="${keep(`/app/estates/${o.estate.id}/family-members`)}" class="card" novalidate>
${field(form, 'name', w.name, { required: true })}${field(form, 'email', w.email, { type: 'email' })}
${field(form, 'relation', w.relation, { required: true, hint: w.relationHint })}
${select(form, 'role', w.role, FAMILY_ROLES.map((r) => [r, w.roles[r]]), { initial: 'heir' })}
${checkbox('isHeir', 'true', w.alsoHeir, false, 'isHeir')}
${select(form, 'language', w.memberLanguage, LANGUAGES.map((l) => [l, w.memberLanguages[l]]), { initial: 'nl' })}
<button type="submit">${w.addMemberButton}</button></form></details>`;
}

/** A one-field form in a list row: its own id, so several on one page stay distinct. */
function choiceForm(action: string, name: string, id: string, label: string, words: Record<string, string>, chosen: string, button: string): SafeHtml {
  return html`<form method="post" action="${action}" class="inline"><label for="${id}">${label}</label><select id="${id}" name="${name}">${Object.entries(words).map(
    ([value, text]) => html`<option value="${value}"${value === chosen ? html` selected` : ''}>${text}</option>`,
  )}</select><button type="submit">${button}</button></form>`;
}

/** familyupload2: the flag a kind corrected on the web returns with, followed by the audience the document has now. */
export const KIND_CORRECTED = 'kind-';

/** After a kind corrected: who sees the document now, in the audience column's words; nothing for another flag. */
function kindCorrectedNotice(lang: Lang, flash: string | undefined): SafeHtml | '' {
  const w = ownerWords(lang).estate;
  const audience = DOCUMENT_AUDIENCES.find((a) => flash === `${KIND_CORRECTED}${a}`);
  return audience ? html`<p class="notice" role="status">${w.kindCorrectedSeenBy(w.audiences[audience])}</p>` : '';
}

/**
 * One document as a table row: where it stands in its history and who in the family sees it. While it
 * is the current one, its forms (audience, kind, new version, withdraw) fold into one "Wijzigen", so a
 * long list reads as a list.
 */
function documentRow(lang: Lang, estateId: string, d: EstateDocument, byId: Map<string, EstateDocument>, cameFromToday: boolean | undefined): SafeHtml {
  const w = ownerWords(lang).estate;
  // docdesc: an "overig" one with her words, as letters and the desk name it.
  const found = documentOversaid(d);
  const name = html`<a href="/app/documents/${d.id}">${d.fileName}</a><br><span class="muted">${documentKindNamed(lang, d)}</span>${
    found.length ? html`<p class="notice" role="note" id="document-${d.id}-description-oversays">${w.descriptionOversays(d.fileName, found.map((f) => w.oversaid[f]))}</p>` : ''
  }`;
  const cells = (audience: SafeHtml | string, change: SafeHtml | string) =>
    html`<tr data-document="${d.id}"${d.withdrawnAt || d.supersededById ? html` class="muted"` : ''}><td>${name}</td><td data-label="${w.audience}">${audience}</td><td data-label="${w.added}">${humanDate(d.createdAt.toISOString(), lang)}</td>
<td><a href="/app/documents/${d.id}/history">${w.history}<span class="skip"> ${d.fileName}</span></a></td><td class="no-print">${change}</td></tr>`;
  if (d.withdrawnAt) return cells(html`<strong>${w.withdrawn(humanDate(d.withdrawnAt.toISOString(), lang), d.withdrawnReason ?? '')}</strong>`, '');
  if (d.supersededById) return cells(html`<strong>${w.replacedBy(byId.get(d.supersededById)?.fileName ?? w.newerVersion)}</strong>`, byId.get(d.supersededById)?.supersededById ? '' : html`<a href="/app/estates/${estateId}/documents/${d.supersededById}/correction">${w.correctionLink}</a>`);
  const at = `/app/estates/${estateId}/documents/${d.id}`;
  return cells(
    w.audiences[d.audience] ?? d.audience,
    html`<details class="change"><summary>${w.change}<span class="skip"> ${d.fileName}</span></summary>
${choiceForm(keepFromToday(`${at}/audience`, cameFromToday), 'audience', `audience-${d.id}`, w.whoSees(d.fileName), w.audiences, d.audience, w.save)}
${OWNER_ONLY_KINDS.includes(d.kind) ? '' : html`${choiceForm(keepFromToday(`${at}/kind`, cameFromToday), 'kind', `kind-${d.id}`, w.kindOf(d.fileName), Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, w.documentKinds[k] ?? k])), d.kind, w.save)}<p class="muted">${w.kindMovesAudience}</p>`}
${d.kind === 'other' && d.description ? html`<p class="muted">${w.kindDropsDescription(d.description)}</p>` : ''}
${d.kind === 'other' ? html`<form method="post" action="${keepFromToday(`${at}/description`, cameFromToday)}" class="inline"><label for="description-${d.id}">${w.describedAs(d.fileName)}</label><input id="description-${d.id}" name="description" maxlength="200" value="${d.description ?? ''}"><button type="submit">${w.save}</button></form><p class="muted">${w.describedNoLetter}</p>` : ''}
<form method="post" action="${keepFromToday(`${at}/replace`, cameFromToday)}" enctype="multipart/form-data"><label for="replace-${d.id}">${w.newVersion(d.fileName)}</label><input id="replace-${d.id}" name="file" type="file" accept="application/pdf,image/png,image/jpeg" required><button type="submit">${w.replace}</button></form>
<form method="post" action="${keepFromToday(`${at}/withdraw`, cameFromToday)}"><label for="withdraw-${d.id}">${w.withdrawReason(d.fileName)}</label><input id="withdraw-${d.id}" name="reason" required minlength="3" maxlength="1000"><button type="submit">${w.withdraw}</button></form></details>`,
  );
}

function documentsSection(lang: Lang, o: EstateOverview, refused: FormState, cameFromToday: boolean | undefined): SafeHtml {
  const w = ownerWords(lang).estate;
  const byId = new Map(o.documents.map((d) => [d.id, d]));
  const form = ownForm(lang, refused, DOCUMENT_FIELDS);
  // A refused replace or withdraw is told here too; its field is in a row's folded form, so only the upload's fields are linked.
  return html`<h2 id="documents">${w.documents}</h2>
${errorSummary(form, undefined, (f) => (f === 'description' ? 'document-description' : DOCUMENT_FIELDS.includes(f) ? f : undefined))}${o.documents.length
      ? html`<table class="wide stacked"><caption class="muted no-print">${w.documentsCaption}</caption>
<thead><tr><th scope="col">${w.document}</th><th scope="col">${w.audience}</th><th scope="col">${w.added}</th><th scope="col">${w.history}</th><th scope="col" class="no-print">${w.change}</th></tr></thead>
<tbody>${o.documents.map((d) => documentRow(lang, o.estate.id, d, byId, cameFromToday))}</tbody></table>`
      : html`<p>${w.noDocuments}</p>`}
<form method="post" action="${keepFromToday(`/app/estates/${o.estate.id}/documents`, cameFromToday)}" enctype="multipart/form-data" class="card">
${select(form, 'kind', w.kind, DOCUMENT_KINDS.map((k) => [k, label(lang, 'documentKinds', k)]))}
${field(form, 'description', w.documentDescription, { hint: w.documentDescriptionHint, maxlength: 200, idPrefix: 'document-' })}
${select(form, 'audience', w.audience, [['', w.defaultAudience], ...DOCUMENT_AUDIENCES.map((a): [string, string] => [a, w.audiences[a]])])}
<label for="file">${w.file}</label><input id="file" name="file" type="file" accept="application/pdf,image/png,image/jpeg" required>
<button type="submit">${w.upload}</button></form>`;
}

/** A report that reached nobody, as the owner passed it on: "doorgegeven op … door … (telefonisch): <note>". */
const passedOnText = (lang: Lang, l: OwnersLetter) =>
  ownerWords(lang).estate.passedOnText(humanDate(l.passedOnAt!.toISOString(), lang), l.passedOnByName ?? '', ownerWords(lang).today.passedOnWays[l.passedOnHow!], l.passedOnNote);

/**
 * Every letter of the estate, newest first and paged: what it is, to whom, where it stands, its PDF and
 * what went with it, so "it appears under the letters" (the progress report notice) is true here.
 */
function lettersSection(lang: Lang, o: EstateOverview, pages: SafeHtml | '', cameFromToday: boolean | undefined): SafeHtml {
  const w = ownerWords(lang).estate;
  const names = new Map(o.documents.map((d) => [d.id, d]));
  const categories = new Map(o.contracts.map((c) => [c.id, c.provider.category]));
  const othersBatchOf = batchesByLetter(o);
  // estatepage: a letter in a colleague's downloaded batch says whose, not „klaar voor de post" (she may have posted it).
  const delivery = (l: OwnersLetter) => (othersBatchOf.has(l.id) ? inColleaguesBatchText(lang, othersBatchOf.get(l.id)!) : deliveryText(lang, l));
  // returnedpages: a letter that came back is checked here as on Today, back to this page's letters.
  const check = (l: OwnersLetter) => (l.returnedOn && !l.returnCheckedAt ? html` ${returnCheckedButton(lang, l.id, `/app/estates/${o.estate.id}`, cameFromToday)}` : '');
  const rows = o.letters.items.map((l: OwnersLetter) => {
    const enclosed = l.enclosureIds.map((id) => names.get(id)).filter((d) => !!d);
    const kind = letterKindNamed(lang, l.kind, l.contractId && categories.get(l.contractId));
    return html`<tr data-letter="${l.id}"><td>${kind}${l.urgent ? html` <span class="badge warn">!</span>` : ''}<br><span class="muted">${o.letterTitles.get(l.id) ?? l.subject}${l.about ? ` (${aboutText(l.about, w.letterAbout, lang)})` : ''}</span></td><td data-label="${w.addressee}">${l.recipient}</td>
<td data-label="${w.state}">${l.passedOnAt ? html`<span class="badge">${w.passedOn}</span> ${passedOnText(lang, l)}` : l.notSentBecause ? html`<span class="badge warn">${w.notSent}</span> ${w.notSentBecause[l.notSentBecause](l.recipient)}` : l.status === 'sent' ? html`${delivery(l)}${check(l)}` : html`<span class="badge alert">${label(lang, 'letterStatus', l.status)}</span>`}</td><td data-label="${w.date}">${humanDate(l.letterDate, lang)}</td>
<td>${l.status === 'sent' ? html`<a href="/app/letters/${l.id}/pdf" download>${w.pdf}<span class="skip"> ${kind} ${humanDate(l.letterDate, lang)}</span></a>` : ''}</td>
<td data-label="${w.enclosures}">${enclosed.length ? html`<ul class="plain">${enclosed.map((d) => html`<li><a href="/app/documents/${d.id}">${documentKindNamed(lang, carriedAs(d, l.described))}</a></li>`)}</ul>` : ''}</td></tr>`;
  });
  return html`<h2 id="letters">${w.letters}</h2>${rows.length
    ? html`<table class="wide stacked"><caption class="muted">${w.lettersCaption}</caption>
<thead><tr><th scope="col">${w.letter}</th><th scope="col">${w.addressee}</th><th scope="col">${w.state}</th><th scope="col">${w.date}</th><th scope="col">${w.pdf}</th><th scope="col">${w.enclosures}</th></tr></thead>
<tbody>${rows}</tbody></table>${pages}`
    : html`<p>${w.noLetters}</p>`}`;
}

/**
 * The owner picker searches active specialists by name (no JavaScript needed: a GET form, like the
 * provider search); the handover itself is asked once more on a confirmation page.
 */
function handoverSection(lang: Lang, o: EstateOverview, refused: FormState, cameFromToday: boolean | undefined): SafeHtml {
  const w = ownerWords(lang).estate;
  const form = ownForm(lang, refused, HANDOVER_FIELDS);
  const id = o.estate.id;
  const undo = o.undoableHandover;
  const picker = o.handoverTo.items;
  return html`<h2 id="handover" class="no-print">${w.handover}</h2>
${undo ? html`<div class="card"><p>${w.handedOverBy(undo.fromUser.name, humanDate(undo.handedOverAt.toISOString(), lang), undo.reason)}</p>${actionButton(keepFromToday(`/app/estates/${id}/handovers/${undo.id}/undo`, cameFromToday), w.undo(undo.fromUser.name))}</div>` : ''}
<form method="get" action="/app/estates/${id}#handover" class="card" role="search" aria-label="${w.searchSpecialists}">
<label for="owner">${w.searchSpecialists}</label><input id="owner" name="owner" type="search" value="${o.ownerQuery}" maxlength="100">${fromTodayField(cameFromToday)}
<button type="submit">${w.search}</button></form>
${picker.length
      ? html`${errorSummary(form)}<form method="post" action="${keepFromToday(`/app/estates/${id}/handover/confirm`, cameFromToday)}" class="card" novalidate><input type="hidden" name="owner" value="${o.ownerQuery}">
${select(form, 'toUserId', w.newOwner, picker.map((u) => [u.id, u.name]))}
${o.handoverTo.nextCursor ? html`<p class="muted">${w.moreSpecialists}</p>` : ''}
${field(form, 'reason', w.handoverReason, { required: true })}
<button type="submit">${w.handoverButton}</button></form>`
      : html`<p class="card">${o.ownerQuery ? w.noSpecialist(o.ownerQuery) : w.noOtherSpecialist}</p>`}`;
}

/** The handover, asked once more: who takes over and why, as the family and the receiver will be told. */
export function handoverConfirmPage(user: StaffPrincipal, estate: Estate, to: User, reason: string, cameFromToday?: boolean): string {
  const w = ownerWords(user.lang).estate;
  return appPage(
    user,
    w.confirmTitle,
    html`<h1>${w.confirmHeading(fullName(estate.deceased), to.name)}</h1>
<div class="card"><p>${w.reason(reason)}</p>
<p>${w.confirmText(to.name)}</p>
<form method="post" action="${keepFromToday(`/app/estates/${estate.id}/handover`, cameFromToday)}"><input type="hidden" name="toUserId" value="${to.id}"><input type="hidden" name="reason" value="${reason}">
<button type="submit">${w.confirm}</button> <a href="${keepFromToday(`/app/estates/${estate.id}#handover`, cameFromToday)}">${w.cancel}</a></form></div>`,
  );
}

/** docreplace: the correction letter for a corrected version, asked once more: who had the earlier one, and what each is told. */
export function correctionConfirmPage(user: StaffPrincipal, estateId: string, offer: { document: EstateDocument; replaced: EstateDocument; recipients: { providerName: string }[] }): string {
  const w = ownerWords(user.lang).estate;
  const back = `/app/estates/${estateId}?done=document#documents`;
  return appPage(
    user,
    w.correctionTitle,
    html`<h1>${w.correctionHeading(offer.document.fileName)}</h1>
<div class="card">${offer.recipients.length
      ? html`<p>${w.correctionText(offer.recipients.map((r) => r.providerName), offer.replaced.fileName, label(user.lang, 'documentKinds', offer.document.kind), offer.document.kind)}</p>
<form method="post" action="/app/estates/${estateId}/documents/${offer.document.id}/correction"><button type="submit">${w.correctionSend}</button> <a href="${back}">${w.correctionLater}</a></form>`
      : html`<p>${w.correctionNone}</p><p><a href="${back}">${w.documents}</a></p>`}</div>`,
  );
}

/** Why an undo was refused (too late, handed on since): the sender may no longer open the estate, so this stands alone. */
export function undoRefusedPage(user: StaffPrincipal, errors: FieldError[]): string {
  const w = ownerWords(user.lang).estate;
  return appPage(user, w.undoTitle, html`<h1>${w.undoTitle}</h1>${errorSummary(ownForm(user.lang, { errors }), w.notUndone)}<p><a href="/app">${w.backToToday}</a></p>`);
}

export function estatePage(user: StaffPrincipal, o: EstateOverview, state: EstatePageState = {}): string {
  const lang = user.lang;
  const w = ownerWords(lang).estate;
  const e = o.estate;
  const d = e.deceased;
  // The page has four paged lists; each one's links keep the others' positions (and the provider search).
  const positions = {
    q: state.timelineAt?.q, limit: state.timelineAt?.limit, cursor: state.timelineAt?.cursor, back: state.timelineAt?.back,
    findings: state.findingsAt?.cursor, findingsBack: state.findingsAt?.back, letters: state.lettersAt?.cursor, lettersBack: state.lettersAt?.back,
    bills: state.billsAt?.cursor, billsBack: state.billsAt?.back, from: state.fromToday ? 'today' : undefined,
  };
  const without = (...keys: (keyof typeof positions)[]) => Object.fromEntries(Object.entries(positions).filter(([k]) => !keys.includes(k as keyof typeof positions)));
  const path = `/app/estates/${e.id}`;
  const from = state.fromToday;
  const findingsPager = pager(path, without('findings', 'findingsBack'), state.findingsAt ?? {}, o.statements.nextCursor, lang, { cursor: 'findings', back: 'findingsBack', anchor: 'statements' });
  const lettersPager = pager(path, without('letters', 'lettersBack'), state.lettersAt ?? {}, o.letters.nextCursor, lang, { cursor: 'letters', back: 'lettersBack', anchor: 'letters' });
  const billsPager = pager(path, without('bills', 'billsBack'), state.billsAt ?? {}, o.billsOpen.nextCursor, lang, { cursor: 'bills', back: 'billsBack', anchor: 'bills' });
  return appPage(
    user,
    fullName(d),
    html`${from ? html`<p class="back">${backToToday(lang)}</p>` : ''}${sendNotice(lang, o, state.sent)}${accessCodeNotice(lang, state.accessCode)}${kindCorrectedNotice(lang, state.flash) || notice(lang, state.flash)}${errorSummary(ownForm(lang, { errors: state.statementErrors }), ownerWords(lang).statement.notRead, prefixedIds('statement-'))}<h1>${fullName(d)}</h1>
<div class="card"><p class="status">${estateHeadline(lang, e.status as EstateState, o.contracts, o.inOthersBatches.map((b) => othersBatchText(lang, b)))}</p>
${othersBatchesPosted(lang, o, from)}<p>${w.facts(e.reference, e.owner.name)}</p>
<p>${w.lifeDates(humanDate(d.dateOfBirth, lang), humanDate(d.dateOfDeath, lang))} · ${addressLine(d.address)} · ${w.genderLabel}: ${w.genders[d.gender] ?? d.gender}</p>
<p class="no-print"><a href="${path}/edit">${w.correct}</a>${user.role === 'admin' ? html` · <a href="${path}/access-log">${w.accessLog}</a>` : ''}</p></div>
${e.status === 'settling' || state.closeErrors
      ? html`<div class="card no-print">${errorSummary(ownForm(lang, { errors: closeRefusals(lang, o, state.closeErrors) }), w.notClosed)}<p>${w.closeText}</p>${o.refundsOpen.items.length ? html`<p class="warning">${w.closeRefundsOpen}</p>` : ''}${actionButton(keepFromToday(`${path}/close`, from), w.close)}</div>`
      : ''}
${e.status === 'closed' || state.reopen ? reopenSection(lang, path, state.reopen ?? {}, from) : ''}
${contractsSection(lang, o, from)}
${billsOpenSection(lang, o, billsPager)}${refundsOpenSection(lang, o)}
${REPORTABLE.includes(e.status) || state.progressErrors
      ? html`<div class="card no-print">${errorSummary(ownForm(lang, { errors: state.progressErrors }), w.noReport)}<p>${w.reportText}</p>${actionButton(keepFromToday(`${path}/progress-report`, from), w.sendReport)}</div>`
      : ''}
${lettersSection(lang, o, lettersPager, from)}
${addContractSection(lang, o, state.contract ?? {}, from)}
${familySection(lang, o, state)}
${errorSummary(ownForm(lang, state.findings ?? {}), ownerWords(lang).statement.noDrafts, (name) => (name.startsWith('accountNumbers.') ? prefixedIds('')(name) : undefined))}${statementsSection(user, e.id, o.statements, findingsPager, ownForm(lang, state.findings ?? {}), from)}
${documentsSection(lang, o, state.document ?? {}, from)}
${handoverSection(lang, o, state.handover ?? {}, from)}
<h2 id="timeline">${w.timeline}</h2><ol class="card">${o.timeline.items.map((t) => html`<li><span class="muted">${humanDate(t.at, lang)} · ${t.actor.name}</span><br>${t.summary}</li>`)}</ol>
${pager(path, without('cursor', 'back'), state.timelineAt ?? {}, o.timeline.nextCursor, lang)}`,
  );
}
