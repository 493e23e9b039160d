import type { StaffPrincipal } from '../auth/principal';
import { GENDERS } from '../estates/estate.entity';
import type { User } from '../users/user.entity';
import { errorSummary, field, FormState, select } from '../web/fields';
import { html } from '../web/html';
import { ownerWords } from '../words';
import { appPage } from './workspace-pages';

const d = (name: string) => `deceased.${name}`;
/** The deceased's fields in the order the intake and the correction form show them: their error summaries list them so (shape and date rules alike). */
export const DECEASED_FIELDS = ['givenNames', 'surnamePrefix', 'surname', 'gender', 'dateOfBirth', 'dateOfDeath', 'address.street', 'address.postalCode', 'address.city', 'address.country'].map(d);
const ORDER = [...DECEASED_FIELDS, 'estateAccount.iban', 'estateAccount.holder', 'ownerId'];

/** Intake: the same fields (and rules) as `POST /estates`; administrators also choose the case owner. */
export function intakePage(user: StaffPrincipal, specialists: User[], refused: FormState = {}): string {
  const w = ownerWords(user.lang).today.intake;
  const form = { ...refused, lang: user.lang, order: ORDER };
  return appPage(
    user,
    w.title,
    html`${errorSummary(form)}<h1>${w.title}</h1>
<form method="post" action="/app/estates" class="card" novalidate>
<fieldset><legend>${w.deceased}</legend>
${field(form, d('givenNames'), w.givenNames, { required: true })}
${field(form, d('surnamePrefix'), w.surnamePrefix, { hint: w.prefixHint })}
${field(form, d('surname'), w.surname, { required: true })}
${select(form, d('gender'), w.gender, GENDERS.map((g) => [g, w.genders[g]]), { initial: 'unknown' })}
${field(form, d('dateOfBirth'), w.dateOfBirth, { type: 'date', required: true })}
${field(form, d('dateOfDeath'), w.dateOfDeath, { type: 'date', required: true })}
</fieldset>
<fieldset><legend>${w.address}</legend>
${field(form, d('address.street'), w.street, { required: true })}
${field(form, d('address.postalCode'), w.postalCode, { required: true, hint: w.postalHint })}
${field(form, d('address.city'), w.city, { required: true })}
${field(form, d('address.country'), w.country, { initial: 'NL', required: true })}
</fieldset>
<fieldset><legend>${w.account}</legend>
${field(form, 'estateAccount.iban', w.iban, { hint: w.ibanHint })}
${field(form, 'estateAccount.holder', w.holder, { hint: w.holderHint })}
</fieldset>
${user.role === 'admin' ? select(form, 'ownerId', w.owner, specialists.map((s) => [s.id, s.name])) : ''}
<button type="submit">${w.submit}</button></form>`,
  );
}
