import type { StaffPrincipal } from '../auth/principal';
import type { Estate } from '../estates/estate.entity';
import { fullName, GENDERS } from '../estates/estate.entity';
import type { FamilyMember } from '../estates/family-member.entity';
import { errorSummary, field, FormState, select } from '../web/fields';
import { html, SafeHtml } from '../web/html';
import type { ContractOverview } from './estate-overview.service';
import { appPage } from './workspace-pages';

/** Without a refused post, a correction form shows what is recorded now. */
const current = (form: FormState, values: Record<string, unknown>): FormState => (form.values ? form : { ...form, values });

const back = (estate: Estate) => html`<p><a href="/app/estates/${estate.id}">Back to ${fullName(estate.deceased)} (${estate.reference})</a></p>`;

/** The deceased and the estate account, with the intake's fields and rules; every change goes on the timeline. */
export function estateCorrectionPage(user: StaffPrincipal, estate: Estate, refused: FormState = {}): string {
  const d = estate.deceased;
  const form = current(refused, {
    deceased: { ...d, livedAlone: undefined },
    estateAccount: { iban: estate.estateAccountIban ?? '', holder: estate.estateAccountHolder ?? '' },
    livedAlone: d.livedAlone === null ? '' : String(d.livedAlone),
  });
  const n = (name: string) => `deceased.${name}`;
  return appPage(
    user,
    `Correct ${fullName(d)}`,
    html`${back(estate)}<h1>Correct what was recorded</h1>${errorSummary(form)}
<p class="muted">Each change is on the timeline (who, when, from what to what). Letters written from now on use the corrected data; a blocked letter can then be produced again.</p>
<form method="post" action="/app/estates/${estate.id}/edit" class="card" novalidate>
<fieldset><legend>The deceased, exactly as on the death certificate</legend>
${field(form, n('givenNames'), 'Given names', { required: true })}
${field(form, n('surnamePrefix'), 'Surname prefix (optional)')}
${field(form, n('surname'), 'Surname', { required: true })}
${select(form, n('gender'), 'Gender (for the form of address in letters)', GENDERS.map((g) => [g, g === 'unknown' ? 'unknown (no form of address is guessed)' : g]))}
${field(form, n('dateOfBirth'), 'Date of birth', { type: 'date', required: true })}
${field(form, n('dateOfDeath'), 'Date of death', { type: 'date', required: true })}
${field(form, n('address.street'), 'Street and number', { required: true })}
${field(form, n('address.postalCode'), 'Postal code', { required: true })}
${field(form, n('address.city'), 'City', { required: true })}
${field(form, n('address.country'), 'Country (two letters)', { required: true })}
${select(form, 'livedAlone', 'In a rented home, did the deceased live alone?', [['', 'not recorded'], ['true', 'yes, nobody continues the lease'], ['false', 'no']])}
</fieldset>
<fieldset><legend>Estate account (where refunds go)</legend>
${field(form, 'estateAccount.iban', 'IBAN', { hint: 'Checked on its check digits.' })}
${field(form, 'estateAccount.holder', 'Account holder')}
</fieldset>
<button type="submit">Save the corrections</button></form>`,
  );
}

/** A relative's particulars, with the fields and rules of adding one. */
export function familyMemberCorrectionPage(user: StaffPrincipal, estate: Estate, member: FamilyMember, refused: FormState = {}): string {
  const form = current(refused, { ...member, address: member.address ?? undefined });
  return appPage(
    user,
    `Correct ${member.name}`,
    html`${back(estate)}<h1>Correct the particulars of ${member.name}</h1>${errorSummary(form)}
<p class="muted">Each change is on the timeline; ${member.name} sees in the portal that their details were corrected, other relatives do not.</p>
<form method="post" action="/app/estates/${estate.id}/family-members/${member.id}/edit" class="card" novalidate>
${field(form, 'name', 'Name', { required: true })}${field(form, 'relation', 'Relation to the deceased', { required: true })}
${field(form, 'email', 'Email', { type: 'email' })}${field(form, 'phone', 'Phone')}
${field(form, 'dateOfBirth', 'Date of birth', { type: 'date' })}${field(form, 'iban', 'IBAN (for a contract taken over)')}
<fieldset><legend>Address</legend>${field(form, 'address.street', 'Street and number')}${field(form, 'address.postalCode', 'Postal code')}${field(form, 'address.city', 'City')}${field(form, 'address.country', 'Country (two letters)')}</fieldset>
<button type="submit">Save the corrections</button></form>`,
  );
}

/** The contract page's correction form; once a letter went out, what a correction does is said above it. */
export function contractCorrectionSection(o: ContractOverview, refused: FormState = {}): SafeHtml {
  const c = o.contract;
  const form = current(refused, { providerId: c.provider.id, description: c.description, accountNumber: c.accountNumber, requestedEndDate: c.requestedEndDate ?? '', transferToFamilyMemberId: c.transferToFamilyMemberId ?? '' });
  const requestOut = c.letters.some((l) => l.status === 'sent');
  return html`<h2 id="correct">Correct the contract</h2><form method="post" action="/app/contracts/${c.id}/correct" class="card" novalidate>${errorSummary(form)}
${requestOut
    ? html`<p class="notice">A request went out: a corrected description, account number or end date is sent to ${c.provider.name} in a correction letter. Another provider or new holder is a new request: withdraw this contract and add a new one.</p>`
    : html`<p class="muted">No letter went out yet: a correction changes the record only.</p>`}
${select(form, 'providerId', 'Provider', o.providers.map((p) => [p.id, p.name]))}
${field(form, 'description', 'What the contract is', { required: true, idPrefix: 'correct-' })}
${field(form, 'accountNumber', 'Customer, policy or account number', { required: true, idPrefix: 'correct-' })}
${field(form, 'requestedEndDate', 'Requested end date (empty = as recorded)', { type: 'date', idPrefix: 'correct-' })}
${c.action === 'transfer' ? select(form, 'transferToFamilyMemberId', 'New holder', o.familyMembers.map((m) => [m.id, `${m.name} (${m.relation})`])) : ''}
<button type="submit">Save the corrections</button></form>`;
}
