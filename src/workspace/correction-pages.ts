import type { StaffPrincipal } from '../auth/principal';
import { keepFromToday } from '../web/from-today';
import type { Estate } from '../estates/estate.entity';
import { estateVersion, fullName, GENDERS } from '../estates/estate.entity';
import { type FamilyMember, familyMemberVersion } from '../estates/family-member.entity';
import { confirmCheck, errorSummary, field, FormState, prefixedIds, select, typedValue } from '../web/fields';
import { html, SafeHtml } from '../web/html';
import { tellsCorrection } from '../contracts/correction.rules';
import { FINISHED_STATES } from '../contracts/contract-workflow.service';
import { ownerWords, type Lang } from '../words';
import { INSURANCE_KINDS, listed, longDate } from '../../workflows/wording';
import type { ContractOverview } from './estate-overview.service';
import { ownForm } from './estate-pages';
import { DECEASED_FIELDS } from './intake-pages';
import { appPage, label } from './workspace-pages';

/** Without a refused post, a correction form shows what is recorded now. */
const current = (form: FormState, values: Record<string, unknown>): FormState => (form.values ? form : { ...form, values });

const back = (lang: Lang, estate: Estate) => html`<p><a href="/app/estates/${estate.id}">${ownerWords(lang).estate.back(fullName(estate.deceased), estate.reference)}</a></p>`;

/** The deceased and the estate account, with the intake's fields and rules; every change goes on the timeline. */
export function estateCorrectionPage(user: StaffPrincipal, estate: Estate, refused: FormState = {}): string {
  const w = ownerWords(user.lang).correction;
  const d = estate.deceased;
  const form = current({ ...refused, lang: user.lang, order: [...DECEASED_FIELDS, 'livedWith', 'estateAccount.iban', 'estateAccount.holder'] }, {
    deceased: { ...d, livedWith: undefined },
    estateAccount: { iban: estate.estateAccountIban ?? '', holder: estate.estateAccountHolder ?? '' },
    livedWith: d.livedWith ?? '',
  });
  const n = (name: string) => `deceased.${name}`;
  return appPage(
    user,
    w.correctTitle(fullName(d)),
    html`${errorSummary(form)}${back(user.lang, estate)}<h1>${w.heading}</h1>
<p class="muted">${w.explain}</p>
<form method="post" action="/app/estates/${estate.id}/edit" class="card" novalidate>
<input type="hidden" name="version" value="${estateVersion(estate)}">${recordedNow(user.lang, form, estateShown(user.lang, estate))}
<fieldset><legend>${w.deceased}</legend>
${field(form, n('givenNames'), w.givenNames, { required: true })}
${field(form, n('surnamePrefix'), w.surnamePrefix)}
${field(form, n('surname'), w.surname, { required: true })}
${select(form, n('gender'), w.gender, GENDERS.map((g) => [g, w.genders[g]]))}
${field(form, n('dateOfBirth'), w.dateOfBirth, { type: 'date', required: true })}
${field(form, n('dateOfDeath'), w.dateOfDeath, { type: 'date', required: true })}
${field(form, n('address.street'), w.street, { required: true })}
${field(form, n('address.postalCode'), w.postalCode, { required: true })}
${field(form, n('address.city'), w.city, { required: true })}
${field(form, n('address.country'), w.country, { required: true })}
${select(form, 'livedWith', w.livedWith, Object.entries(w.livedWithChoices))}
${confirmCheck(form, 'confirmLivedWith', w.confirmLivedWith, { field: 'livedWith', rule: 'familyAtHome' })}
</fieldset>
<fieldset><legend>${w.account}</legend>
${field(form, 'estateAccount.iban', w.iban, { hint: w.ibanHint })}
${field(form, 'estateAccount.holder', w.holder)}
</fieldset>
<button type="submit">${w.save}</button></form>`,
  );
}

/** The estate's correctable facts as `recordedNow` shows them, by the form's fields. */
function estateShown(lang: Lang, estate: Estate): Shown[] {
  const w = ownerWords(lang).correction;
  const d = estate.deceased;
  const n = (name: string) => `deceased.${name}`;
  return [
    [n('givenNames'), w.givenNames, d.givenNames],
    [n('surnamePrefix'), w.surnamePrefix, d.surnamePrefix],
    [n('surname'), w.surname, d.surname],
    [n('gender'), w.gender, d.gender, w.genders[d.gender]],
    [n('dateOfBirth'), w.dateOfBirth, d.dateOfBirth, longDate(d.dateOfBirth, lang)],
    [n('dateOfDeath'), w.dateOfDeath, d.dateOfDeath, longDate(d.dateOfDeath, lang)],
    [n('address.street'), w.street, d.address.street],
    [n('address.postalCode'), w.postalCode, d.address.postalCode],
    [n('address.city'), w.city, d.address.city],
    [n('address.country'), w.country, d.address.country],
    ['livedWith', w.livedWith, d.livedWith, d.livedWith ? (w.livedWithChoices as Record<string, string>)[d.livedWith] : undefined],
    ['estateAccount.iban', w.iban, estate.estateAccountIban],
    ['estateAccount.holder', w.holder, estate.estateAccountHolder],
  ];
}

/** A relative's correctable particulars as `recordedNow` shows them, by the form's fields. */
function memberShown(lang: Lang, m: FamilyMember): Shown[] {
  const w = ownerWords(lang).correction;
  return [
    ['name', w.name, m.name],
    ['relation', w.relation, m.relation],
    ['email', w.email, m.email],
    ['phone', w.phone, m.phone],
    ['dateOfBirth', w.dateOfBirth, m.dateOfBirth, m.dateOfBirth ? longDate(m.dateOfBirth, lang) : undefined],
    ['iban', w.memberIban, m.iban],
    ['address.street', w.street, m.address?.street ?? null],
    ['address.postalCode', w.postalCode, m.address?.postalCode ?? null],
    ['address.city', w.city, m.address?.city ?? null],
    ['address.country', w.country, m.address?.country ?? null],
  ];
}

/** A relative's particulars, with the fields and rules of adding one. */
export function familyMemberCorrectionPage(user: StaffPrincipal, estate: Estate, member: FamilyMember, refused: FormState = {}): string {
  const w = ownerWords(user.lang).correction;
  const form = current({ ...refused, lang: user.lang }, { ...member, address: member.address ?? undefined });
  return appPage(
    user,
    w.correctTitle(member.name),
    html`${errorSummary(form)}${back(user.lang, estate)}<h1>${w.memberHeading(member.name)}</h1>
<p class="muted">${w.memberExplain(member.name)}</p>
<form method="post" action="/app/estates/${estate.id}/family-members/${member.id}/edit" class="card" novalidate>
<input type="hidden" name="version" value="${familyMemberVersion(member)}">${recordedNow(user.lang, form, memberShown(user.lang, member))}
${field(form, 'name', w.name, { required: true })}${field(form, 'relation', w.relation, { required: true })}
${field(form, 'email', w.email, { type: 'email' })}${field(form, 'phone', w.phone)}
${field(form, 'dateOfBirth', w.dateOfBirth, { type: 'date' })}${field(form, 'iban', w.memberIban)}
<fieldset><legend>${w.address}</legend>${field(form, 'address.street', w.street)}${field(form, 'address.postalCode', w.postalCode)}${field(form, 'address.city', w.city)}${field(form, 'address.country', w.country)}
${confirmCheck(form, 'confirmLivedWith', w.confirmLivedWith, { field: 'address.street', rule: 'memberAtHome' })}</fieldset>
<button type="submit">${w.save}</button></form>`,
  );
}

/**
 * The contract page's correction form; once a letter went out, what a correction does is said above it. A finished contract
 * (settled, closed, withdrawn, informed through the BRP) refuses every correction: a line says so instead of a form.
 */
export function contractCorrectionSection(lang: Lang, o: ContractOverview, refused: FormState = {}, cameFromToday?: boolean): SafeHtml {
  const w = ownerWords(lang).correction;
  const c = o.contract;
  if (FINISHED_STATES.includes(c.state)) return html`<p class="muted" id="correct">${w.nothingToCorrect(label(lang, 'contractStates', c.state))}</p>`;
  const form = current(ownForm(lang, refused, ['providerId', 'description', 'accountNumber', 'requestedEndDate', 'transferToFamilyMemberId', 'insuranceKind']), { providerId: c.provider.id, description: c.description, accountNumber: c.accountNumber, requestedEndDate: c.requestedEndDate ?? '', transferToFamilyMemberId: c.transferToFamilyMemberId ?? '', insuranceKind: c.insuranceKind ?? '' });
  // An insurer's kind decides what its request asks (README, insurancerest): corrected here, with "not recorded" a choice of its own.
  const insuranceKinds = ownerWords(lang).estate.insuranceKinds;
  // As the correction will do it (`correctionWouldRemake`): every letter about the request waiting for the post unprinted (or its e-mail) is made
  // again, not corrected in a letter; beside a letter that went out, a correction letter goes and a waiting one gives way to it.
  // v15: correcting the number a rejection named withdraws the complaint about it, which the notice says first.
  const { remakes, remakesBy, out, givesWay, complaintWaiting } = o.correcting;
  const kinds = listed([...new Set(remakes.map((kind) => label(lang, 'letterKinds', kind)))], lang);
  const withdrawal = o.complaintWithdrawal;
  const notice = withdrawal
    ? w.complaintWithdrawnByNumber(c.provider.name, withdrawal.on, complaintWaiting)
    : tellsCorrection(c.state, out)
    ? [w.requestOut(c.provider.name), ...(remakes.length ? [w.alsoRemade(kinds, c.provider.name, remakes.length, remakesBy)] : []), ...(givesWay ? [w.correctionGivesWay(c.provider.name, givesWay)] : [])].join(' ')
    : remakes.length
      ? w.requestWaiting(kinds, c.provider.name, remakes.length, remakesBy)
      : out
        ? w.requestGoesAgain(c.provider.name)
        : null;
  // auditmend: the version the form starts from is always the one shown now, so after a stale refusal saving again applies.
  return html`<h2 id="correct">${w.contractHeading}</h2><form method="post" action="${keepFromToday(`/app/contracts/${c.id}/correct`, cameFromToday)}" class="card" novalidate>${errorSummary(form, undefined, prefixedIds('correct-'))}
<input type="hidden" name="version" value="${c.version}">${recordedNow(lang, form, contractShown(lang, o))}
${notice ? html`<p class="notice">${notice}</p>` : html`<p class="muted">${w.noLetterYet}</p>`}
${select(form, 'providerId', w.provider, o.providers.map((p) => [p.id, p.name]), { idPrefix: 'correct-' })}
${field(form, 'description', w.description, { required: true, idPrefix: 'correct-' })}
${field(form, 'accountNumber', w.accountNumber, { required: true, idPrefix: 'correct-' })}
${field(form, 'requestedEndDate', c.action === 'transfer' ? w.requestedTransfer : w.requestedEnd, { type: 'date', idPrefix: 'correct-' })}
${c.action === 'transfer' ? select(form, 'transferToFamilyMemberId', w.newHolder, o.familyMembers.map((m) => [m.id, `${m.name} (${m.relation})`]), { idPrefix: 'correct-' }) : ''}
${c.provider.category === 'insurance' ? select(form, 'insuranceKind', w.insuranceKind, [['', w.insuranceKindNotRecorded], ...INSURANCE_KINDS.map((k): [string, string] => [k, insuranceKinds[k]])], { idPrefix: 'correct-' }) : ''}
<button type="submit">${w.save}</button></form>`;
}

/** A fact a stale correction is shown beside (`recordedNow`): its field, its label, its value recorded now and, where the form's value is a code, how that reads. */
type Shown = [name: string, label: string, now: string | null, said?: string];

/** The contract's correctable facts as `recordedNow` shows them. */
function contractShown(lang: Lang, o: ContractOverview): Shown[] {
  const w = ownerWords(lang).correction;
  const c = o.contract;
  return [
    ['providerId', w.provider, c.provider.id, c.provider.name],
    ['description', w.description, c.description],
    ['accountNumber', w.accountNumber, c.accountNumber],
    ['requestedEndDate', c.action === 'transfer' ? w.requestedTransfer : w.requestedEnd, c.requestedEndDate, c.requestedEndDate ? longDate(c.requestedEndDate, lang) : undefined],
    ...(c.action === 'transfer' ? [['transferToFamilyMemberId', w.newHolder, c.transferToFamilyMemberId, o.familyMembers.find((m) => m.id === c.transferToFamilyMemberId)?.name] as Shown] : []),
    ...(c.provider.category === 'insurance' ? [['insuranceKind', w.insuranceKind, c.insuranceKind, c.insuranceKind ? ownerWords(lang).estate.insuranceKinds[c.insuranceKind] : undefined] as Shown] : []),
  ];
}

/**
 * auditmend (audit93 F1), versions: a correction refused because what it corrects (a contract, the estate, a family member, a call)
 * was corrected since the form was opened keeps what she typed; beside it, each fact recorded now that differs from it, so she
 * sees what the other tab or colleague changed before saving again. `id`: the block's, unique on its page.
 */
export function recordedNow(lang: Lang, form: FormState, shown: Shown[], id = 'correct-version'): SafeHtml | '' {
  if (!form.errors?.some((e) => e.rule === 'changedSince')) return '';
  const w = ownerWords(lang).correction;
  const differing = shown.filter(([name, , now]) => (typedValue(form.values, name) ?? '') !== (now ?? ''));
  return html`<div class="notice" id="${id}"><p>${w.recordedNow}</p><ul>${differing.map(([, labelText, now, said]) => html`<li>${labelText}: ${said ?? now ?? w.notRecorded}</li>`)}</ul></div>`;
}
