import { ClassConstructor } from 'class-transformer';
import { randomBytes } from 'node:crypto';
import { FieldError, ProblemException, ReaderWordedProblem, RefusalCode, WHOLE_REQUEST } from '../common/problem';
import { emptiedField, formFieldErrors, validateInput } from '../common/validation';
import { typedAmount } from '../common/money';
import type { Lang } from '../words';

/** Empty form fields count as absent, also inside nested groups (`deceased[address][street]`); an empty group is absent too. */
function withoutEmpty(value: unknown): unknown {
  if (value === '' || value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const kept = Object.entries(value).map(([key, v]) => [key, withoutEmpty(v)] as const).filter(([, v]) => v !== undefined);
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/**
 * Required fields a correction form sent back empty (dotted paths into nested groups). A form leaves
 * nothing out, so an emptied field is a mistake to name, not "leave it as it is" like an absent API field;
 * one of `type`'s choices is to be chosen (`emptiedField`).
 */
function emptiedFields(type: ClassConstructor<object>, body: Record<string, unknown>, paths: string[]): FieldError[] {
  const at = (path: string) => path.split('.').reduce<unknown>((o, key) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined), body);
  return paths.filter((path) => at(path) === '').map((path) => emptiedField(type, path, `${path} must not be empty`));
}

/**
 * Validates an HTML form with the same DTO the JSON API uses, so both doors apply the same rules.
 * Forms send strings: empty fields count as absent, numeric fields become numbers (read in the form's `lang`, `typedAmount`), checkboxes in
 * `booleanFields` are true when sent and false when not, and `arrayFields` may arrive once (a
 * string) or several times (an array). Nested groups arrive as objects (`a[b]=…`, extended parsing).
 * `clearableFields` (of a form filled in with what is recorded) sent back empty become null: the
 * person removed the value, where an absent field keeps it.
 * A DTO with `FieldRules` (the domain's rules on its own values) needs `today`: a refused form names
 * what those rules find in the fields that parsed too, so the person sees every problem at once.
 * A refused form's DTO holds what parsed beside the refused fields: read it only through `parsedOf`.
 */
export async function validateForm<T extends object>(
  type: ClassConstructor<T>,
  body: Record<string, unknown>,
  options: { numberFields?: string[]; arrayFields?: string[]; booleanFields?: string[]; clearableFields?: string[]; today?: string; lang?: Lang } = {},
): Promise<{ dto: T; errors: FieldError[] | null }> {
  const plain: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(body ?? {})) {
    const value = withoutEmpty(raw);
    if (value === undefined) {
      if (raw === '' && options.clearableFields?.includes(key)) plain[key] = null;
      continue;
    }
    if (options.arrayFields?.includes(key)) plain[key] = Array.isArray(value) ? value : [value];
    else if (options.numberFields?.includes(key)) plain[key] = typedAmount(String(value), options.lang ?? 'nl');
    else plain[key] = value;
  }
  for (const key of options.arrayFields ?? []) plain[key] ??= [];
  for (const key of options.booleanFields ?? []) plain[key] = plain[key] !== undefined && plain[key] !== 'false';
  const { dto, errors } = await validateInput(type, plain, formFieldErrors, options.today);
  return { dto, errors: errors.length ? errors : null };
}

/** Refusals that name no field, by their problem type: what the workspace tells of them (`errors.refusals`). */
const REFUSALS: Record<string, { field: string; rule: RefusalCode }> = {
  'state-conflict': { field: WHOLE_REQUEST, rule: 'notNow' },
  'contract-finished': { field: WHOLE_REQUEST, rule: 'finished' },
  'informed-by-brp': { field: WHOLE_REQUEST, rule: 'informedByBrp' },
  'document-not-current': { field: WHOLE_REQUEST, rule: 'notCurrent' },
  'email-taken': { field: 'email', rule: 'taken' },
  // Producing a held-back letter again (src/letters/retry-rule.ts), asked from a page that was already out of date.
  'already-sent-again': { field: WHOLE_REQUEST, rule: 'letterSentAgain' },
  'letter-overtaken': { field: WHOLE_REQUEST, rule: 'letterOvertaken' },
  'letter-superseded': { field: WHOLE_REQUEST, rule: 'letterSuperseded' },
  'not-reproducible': { field: WHOLE_REQUEST, rule: 'letterNotReproducible' },
  'not-blocked': { field: WHOLE_REQUEST, rule: 'letterNotBlocked' },
  'already-retried': { field: WHOLE_REQUEST, rule: 'letterRetrying' },
};

/**
 * A refusal by a domain service, as the field errors a form shows again (4xx problems only;
 * anything else is not the person's to fix and is thrown on). One that names no field gets the
 * code of its problem type, so the page words it too.
 */
export function refusal(error: unknown): { status: number; errors: FieldError[] } {
  if (!(error instanceof ProblemException) || error.getStatus() >= 500) throw error;
  const message = (error.getResponse() as { detail: string }).detail;
  // Its detail is the API's English until the problem filter words it, which a form post never reaches: the page words it (`errorText`).
  const said = error instanceof ReaderWordedProblem ? { said: { refusal: error.refusal, args: error.args } } : {};
  return { status: error.getStatus(), errors: error.fieldErrors ?? [{ message, ...(REFUSALS[error.slug] ?? { field: WHOLE_REQUEST, ...said }) }] };
}

export type Submitted<R> = { result: R; refused?: undefined } | { result?: undefined; refused: { status: number; errors: FieldError[] } };

/**
 * What a form adds to its DTO's checks: `required`, the fields a correction form must not send back
 * empty (`emptiedFields`); `withRules`, a service's rules that need the record, run on what parsed of a
 * refused form (e.g. `ContractsService.withCorrectionRules`), so the person fixes every field in one round.
 */
interface FormChecks<T> {
  required?: string[];
  withRules?: (dto: T, refused: FieldError[]) => Promise<FieldError[]>;
}

/**
 * The whole life of a form post: validate with the API's DTO (422 on shape errors, with the checks of
 * `FormChecks`), then let the domain service act; its refusals (422, 409, 413 …) come back as field
 * errors for the re-rendered form.
 */
export async function submitForm<T extends object, R>(
  type: ClassConstructor<T>,
  body: Record<string, unknown>,
  action: (dto: T) => Promise<R>,
  options: Parameters<typeof validateForm>[2] & FormChecks<T> = {},
): Promise<Submitted<R>> {
  const { required, withRules, ...validation } = options;
  const form = await validateForm(type, body, validation);
  const emptied = emptiedFields(type, body, required ?? []);
  const errors = [...emptied, ...(form.errors ?? []).filter((e) => !emptied.some((x) => x.field === e.field))];
  if (errors.length) return { refused: { status: 422, errors: withRules ? await withRules(form.dto, errors) : errors } };
  try {
    return { result: await action(form.dto) };
  } catch (error) {
    return { refused: refusal(error) };
  }
}

/**
 * The query parameter that carries a form's one-time key. In the URL rather than a hidden field
 * because an upload's multipart body is parsed only inside its route, after the key must be claimed.
 */
export const FORM_KEY = 'form';
export const FORM_KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** Random bytes drawn in bulk (as crypto.randomUUID does): a page has a dozen forms and each draw is a call into OpenSSL. */
let entropy = Buffer.alloc(0);
let used = 0;

/** A fresh 128-bit key, base64url (22 characters). */
function formKey(): string {
  if (used + 16 > entropy.length) {
    entropy = randomBytes(4096);
    used = 0;
  }
  used += 16;
  return entropy.toString('base64url', used - 16, used);
}

/**
 * Gives every post form of a rendered page its own random key, so posting the same rendered form
 * twice (a double click, a reload) acts once (see FormSubmissions). Applied by `page()`, so no form
 * can forget it. The key rides on the submit buttons (`formaction`, also used when Enter submits),
 * so the form's own action stays as written.
 */
export function withFormKeys(markup: string): string {
  return markup.replace(/<form\b[^>]*\bmethod="post"[^>]*\baction="([^"#]*)"[^>]*>[\s\S]*?<\/form>/g, (form, action: string) => {
    const keyed = `${action}${action.includes('?') ? '&amp;' : '?'}${FORM_KEY}=${formKey()}`;
    return form.replace(/<button type="submit"/g, `<button type="submit" formaction="${keyed}"`);
  });
}
