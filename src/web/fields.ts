import { FieldError, FieldRule, RefusalCode, saidIn, WHOLE_REQUEST } from '../common/problem';
import type { CommonRefusals } from '../words/common-refusals';
import { familyWords, Lang, ownerWords, providerWords } from '../words';
import { type AnswerDone, capitalised, longDate } from '../../workflows/wording';
import { html, SafeHtml } from './html';

/** Who reads the form, so whose catalogue words its errors: the workspace, the desk or the portal. */
export type Audience = 'owner' | 'provider' | 'family';

/** What a form shows again after a refused post: what was typed, and what is wrong with it. */
export interface FormState {
  values?: Record<string, unknown>;
  errors?: FieldError[];
  /**
   * The person's language: errors then read as sentences with the field's label ("Vul de straat in").
   * Without it they are shown as the API words them (forms not yet moved to the catalogue).
   */
  lang?: Lang;
  /** Whose words (default the workspace's). */
  audience?: Audience;
  /** The form's fields in the order the page shows them: the summary lists errors so; others last. */
  order?: readonly string[];
  /**
   * Labels of this form's fields where the catalogue's `labels` name another thing by the same field
   * (`reference`: the provider's reference on one form, the invoice number on another), so a message
   * names the field as the form labels it.
   */
  labels?: Record<string, string>;
}

/**
 * An audience's words for form errors (the `errors` section of its catalogue). Each rule is a
 * sentence about a field's label; its detail is the rule's limit (200 in "at most 200 characters"),
 * the field's example for `format`, or for `check` (a refusal without a rule) the API's message.
 */
export interface ErrorWords {
  /** Above the list of errors. */
  summary: string;
  /** A field the catalogue has no label for. */
  field: string;
  /** Each field's name as it fits in a sentence, by its dotted path ("de straat en het huisnummer"). */
  labels: Record<string, string>;
  /** A row of a list (`requests.2.id`, a batch) by the list's name: its number, counted from 1, and its field's label. */
  rows?: Record<string, (n: number, label: string) => string>;
  /** The names of a choice's values by its field (`documentsNeeded`: the documents by kind): a refused choice offers them by name, not by code. */
  choices?: Record<string, Record<string, string>>;
  /** How to write a field, by the last part of its path (`postalCode`: "1016 GV"). */
  examples: Record<string, string>;
  /** A field whose form no example shows (an id), by the last part of its path: its own sentence in place of `rules.format`, naming the field. */
  formats?: Record<string, string>;
  rules: Record<FieldRule | 'check', (label: string, detail: string) => string>;
  /** A page's address holds a query parameter the page does not know (`name` as it was written). */
  unknownParameter: (name: string) => string;
  /** The refusals worded by their reader's catalogue (`FieldError.said`), each a sentence of its own. */
  common?: Partial<CommonRefusals>;
  /** A service's refusals the audience's pages can meet; one without a sentence shows as `check`. */
  refusals?: Partial<Record<RefusalCode, (label: string, detail: string, ...named: string[]) => string>>;
}

const ERROR_WORDS: Record<Audience, (lang: Lang) => { errors: ErrorWords }> = { owner: ownerWords, provider: providerWords, family: familyWords };

/** `deceased.address.city` is posted as `deceased[address][city]` (nested groups, extended parsing). */
const inputName = (field: string) => field.split('.').map((part, i) => (i ? `[${part}]` : part)).join('');
const inputId = (field: string) => field.replace(/\./g, '-');

/** The ids of a form's fields drawn with `idPrefix` (several forms on one page), for `errorSummary`'s links. */
export const prefixedIds = (idPrefix: string) => (field: string) => idPrefix + inputId(field);

/** What was typed in a field; a posted group (`message[a]=…`) where text belongs is shown as empty. */
export function typedValue(values: Record<string, unknown> | undefined, field: string): string | undefined {
  const value = field.split('.').reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined), values);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** A recorded amount as a form field shows it to be retyped: "45,10" in Dutch, "45.10" in English (no € or thousands, which the form would not read back). */
export function amountValue(amount: number | null | undefined, lang: Lang): string | undefined {
  if (amount === null || amount === undefined) return undefined;
  const fixed = amount.toFixed(2);
  return lang === 'nl' ? fixed.replace('.', ',') : fixed;
}

/** What a bank or insurer said it did, as a correction form starts from it (keptcover: the owner's and the desk's alike). */
export function answerDoneValues(done: AnswerDone | null, lang: Lang): Record<string, string | undefined> {
  if (!done) return {};
  return { done: done.done, balance: amountValue(done.balance, lang), balanceReleased: done.balanceReleased ? 'true' : undefined, payoutAmount: amountValue(done.payoutAmount, lang), payoutTo: done.payoutTo ?? undefined, coverUntil: done.coverUntil ?? undefined, survivorPension: done.survivorPension ?? undefined, survivorWritesTo: done.survivorWritesTo ?? undefined };
}

/** Whether the audience's words have a sentence for a refusal's rule: a field's shape (`rules`) or a service's refusal (`refusals`). */
export const knowsRule = (words: ErrorWords, rule: string | undefined): boolean =>
  rule !== undefined && (Object.hasOwn(words.rules, rule) || (words.refusals !== undefined && Object.hasOwn(words.refusals, rule) && words.refusals[rule as RefusalCode] !== undefined));

/**
 * One refused field as a sentence in the audience's words, naming the field by its label ("Vul de
 * straat en het huisnummer in", "De overlijdensdatum ligt in de toekomst"). It goes by the error's
 * rule, never by the API's English; only a refusal without a rule shows its message, as a detail.
 */
export function errorText(words: ErrorWords, error: FieldError, lang: Lang): string {
  // A field no form has is named as it was sent: "this field" would not say which one to leave out.
  const label = (error.labelled === undefined ? undefined : ownOf(words.labels, error.labelled)) ?? labelOf(words, error.field) ?? (error.rule === 'unknown' ? `‘${error.field}’` : words.field);
  // At least one character is asking for it to be filled in: "minstens 1 tekens" says it worse.
  const ruleName = error.rule === 'minLength' && error.limit === '1' ? 'required' : error.rule;
  const rule = ruleName && knowsRule(words, ruleName) ? (Object.hasOwn(words.rules, ruleName) ? words.rules[ruleName as FieldRule] : words.refusals![ruleName as RefusalCode]) : undefined;
  const said = !rule && error.said && words.common ? saidIn(words.common, error.said) : undefined;
  if (said) return said;
  if (!rule) return capitalised(words.rules.check(label, error.message));
  const ownFormat = error.rule === 'format' ? words.formats?.[error.field.split('.').pop()!] : undefined;
  if (ownFormat) return ownFormat;
  // `onlyWith` names the answers (`done`) the field belongs to, as the form's choices name them.
  const limit =
    error.rule === 'format' ? (words.examples[error.field.split('.').pop()!] ?? '')
    : error.rule === 'choice' ? choicesText(words, error)
    : error.rule === 'onlyWith' ? choicesText(words, { field: 'done', limit: error.limit })
    : limitText(error.limit, lang);
  return capitalised(rule(label, limit, ...namedIn(error, lang)));
}

/** A list item's field (`followsLater.0.expectedOn`) as its list's (`followsLater.expectedOn`). */
const listField = (field: string) => field.replace(/\.\d+(?=\.|$)/, '');

/** A choice's values (its limit, `a, b, c`) as the reader's words name them inside a sentence ("akte van overlijden, …"); a field without names keeps its values. */
function choicesText(words: ErrorWords, { field, limit }: Pick<FieldError, 'field' | 'limit'>): string {
  const names = words.choices?.[listField(field)];
  if (!names || limit === undefined) return limit ?? '';
  return limit.split(', ').map((value) => names[value]?.replace(/^\p{Lu}(?!\p{Lu})/u, (first) => first.toLowerCase()) ?? value).join(', ');
}

/** What a refusal's words name beyond its limit, from the error's own fields: a second acknowledgement's provider and day (written out). */
const namedIn = ({ acknowledged }: FieldError, lang: Lang): string[] => (acknowledged ? [acknowledged.provider, longDate(acknowledged.on, lang)] : []);

/**
 * A field's label: its own; a list's item (the API spells it dotted, `documentIds.0`, `followsLater.0.expectedOn`) as its
 * list's field (`documentIds`, `followsLater.expectedOn`); a row of a batch (`requests.2.id`) by its number.
 */
function labelOf(words: ErrorWords, field: string): string | undefined {
  const own = ownOf(words.labels, field) ?? ownOf(words.labels, listField(field));
  if (own !== undefined) return own;
  // A list sent as one object (`requests: {…}`) has no row number: its part is named alone (engdesk).
  const [, list, index, part] = /^(\w+)(?:\.(\d+))?\.(\w+)$/.exec(field) ?? [];
  const row = list === undefined || !words.rows ? undefined : ownOf(words.rows, list);
  const partLabel = part === undefined ? undefined : ownOf(words.labels, part);
  return row && partLabel !== undefined ? (index === undefined ? partLabel : row(Number(index) + 1, partLabel)) : undefined;
}

/** A catalogue's entry by a name a request sent: its own only, never one of every object's (`constructor`, `__proto__`: audit93 F6). */
const ownOf = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** A rule's limit as the sentence says it: a date written out ("uiterlijk 2 november 2031"), a number as it is; a limit of several lines, each so. */
const limitText = (limit: string | undefined, lang: Lang) =>
  limit === undefined ? '' : limit.split('\n').map((part) => (/^\d{4}-\d{2}-\d{2}$/.test(part) ? longDate(part, lang) : part)).join('\n');

function wordsOf(form: FormState): ErrorWords | undefined {
  if (!form.lang) return undefined;
  const words = ERROR_WORDS[form.audience ?? 'owner'](form.lang).errors;
  return form.labels ? { ...words, labels: { ...words.labels, ...form.labels } } : words;
}

/** A field's refusals as the form words them. */
export function messages(form: FormState, field: string): string[] {
  const words = wordsOf(form);
  return (form.errors ?? []).filter((e) => e.field === field).map((e) => (words ? errorText(words, e, form.lang!) : e.message));
}

/** The errors in the order of the form's fields (`form.order`); a field it does not list goes last. */
function inFormOrder(form: FormState): FieldError[] {
  const at = (e: FieldError) => {
    const i = form.order?.indexOf(e.field) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...(form.errors ?? [])].sort((a, b) => at(a) - at(b));
}

/**
 * Every refused field, listed on top of the form, each a link to its field. The summary takes the
 * focus when the page loads (autofocus, no JavaScript), so a keyboard or screen-reader user starts
 * where the problem is told. `idOf` gives a field's id on the page (several forms on one page prefix
 * theirs, see `prefixedIds`); a field without one, or a refusal of the whole request, is listed without a link.
 */
export function errorSummary(form: FormState, intro?: string, idOf: (field: string) => string | undefined = inputId): SafeHtml | '' {
  if (!form.errors?.length) return '';
  const words = wordsOf(form);
  return html`<div class="error" role="alert" tabindex="-1" autofocus><p>${intro ?? words?.summary ?? 'Please check these fields:'}</p><ul>${inFormOrder(form).map((e) => {
    const text = words ? errorText(words, e, form.lang!) : `${e.field}: ${e.message}`;
    const id = e.field === WHOLE_REQUEST ? undefined : idOf(e.field);
    return html`<li>${id ? html`<a href="#${id}">${text}</a>` : text}</li>`;
  })}</ul></div>`;
}

/**
 * What a control shows of its own refusal: `aria-invalid` and `aria-describedby` (its hint and its
 * message) for the control, and the message to place after it.
 */
export function refusalMarks(form: FormState, name: string, id: string, hint = false): { marks: SafeHtml | ''; message: SafeHtml | '' } {
  const errors = messages(form, name);
  const described = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    marks: html`${errors.length ? html` aria-invalid="true"` : ''}${described ? html` aria-describedby="${described}"` : ''}`,
    // Several refusals of one field (a date of death after three confirmed end dates) each on a line of their own, not one run-on sentence.
    message: errors.length ? html`<p class="field-error" id="${id}-error">${errors.map((error, i) => html`${i ? html`<br>` : ''}${error}`)}</p>` : '',
  };
}

interface FieldOptions {
  type?: string;
  /** The keyboard a phone shows, e.g. `decimal` for amounts. */
  inputmode?: string;
  required?: boolean;
  autocomplete?: string;
  /** Shown when the form is new (no values posted yet). */
  initial?: string;
  hint?: string;
  /** Keeps ids unique where several forms on one page share a field name. */
  idPrefix?: string;
  /** A text of several sentences: a text area. */
  multiline?: true;
  /** The DTO's `MaxLength`, so the browser stops the typing there instead of the server refusing it (which still checks). */
  maxlength?: number;
}

/** A labelled input whose error (if any) is announced with it and marked on the field itself. */
export function field(form: FormState, name: string, label: string, options: FieldOptions = {}): SafeHtml {
  const id = (options.idPrefix ?? '') + inputId(name);
  const { marks, message } = refusalMarks(form, name, id, Boolean(options.hint));
  const value = form.values ? typedValue(form.values, name) : options.initial;
  const hint = options.hint ? html`<p class="muted" id="${id}-hint">${options.hint}</p>` : '';
  const maxlength = options.maxlength ? html` maxlength="${options.maxlength}"` : '';
  if (options.multiline) {
    return html`<label for="${id}">${label}</label>${hint}
<textarea id="${id}" name="${inputName(name)}" rows="4"${options.required ? html` required` : ''}${maxlength}${marks}>${value ?? ''}</textarea>
${message}`;
  }
  return html`<label for="${id}">${label}</label>${hint}
<input id="${id}" name="${inputName(name)}" type="${options.type ?? 'text'}"${options.inputmode ? html` inputmode="${options.inputmode}"` : ''}${value !== undefined ? html` value="${value}"` : ''}${options.required ? html` required` : ''}${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${maxlength}${marks}>
${message}`;
}

/** A labelled text area for a list, one item per line (the value may be the list itself or the text as typed). */
export function linesField(form: FormState, name: string, label: string, hint: string): SafeHtml {
  const id = inputId(name);
  const { marks, message } = refusalMarks(form, name, id, true);
  const value = name.split('.').reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined), form.values);
  const text = Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';
  return html`<label for="${id}">${label}</label><p class="muted" id="${id}-hint">${hint}</p>
<textarea id="${id}" name="${inputName(name)}" rows="3"${marks}>${text}</textarea>
${message}`;
}

/** The lines of a `linesField` as a list; an empty box is an empty list (so it clears the list). */
export function linesOf(text: unknown): unknown {
  return typeof text === 'string' ? text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : text;
}

/** A labelled select; `choices` are [value, text] pairs. */
export function select(form: FormState, name: string, label: string, choices: [string, string][], options: { initial?: string; required?: boolean; idPrefix?: string } = {}): SafeHtml {
  const id = (options.idPrefix ?? '') + inputId(name);
  const { marks, message } = refusalMarks(form, name, id);
  const chosen = form.values ? typedValue(form.values, name) : options.initial;
  return html`<label for="${id}">${label}</label>
<select id="${id}" name="${inputName(name)}"${options.required ? html` required` : ''}${marks}>
${choices.map(([value, text]) => html`<option value="${value}"${value === chosen ? html` selected` : ''}>${text}</option>`)}</select>
${message}`;
}

/** A checkbox; several with the same name post an array (see `validateForm`'s arrayFields). */
export function checkbox(name: string, value: string, label: string, checked: boolean, id = `${inputId(name)}-${value}`, options: { labelHidden?: boolean } = {}): SafeHtml {
  // In a table row the row itself says what is chosen: the label is then for screen readers only.
  const text = options.labelHidden ? html`<span class="skip">${label}</span>` : label;
  return html`<label class="check" for="${id}"><input type="checkbox" id="${id}" name="${inputName(name)}" value="${value}"${checked ? html` checked` : ''}> ${text}</label>`;
}

/**
 * Once the service asked the owner to confirm what she entered (`asked`: the refusal of field `askedBy`, by its rule when given; e.g.
 * `possible-duplicate` on `confirmDuplicate`, `family-at-home` on `livedWith`), or she already ticked it: the checkbox `name` that
 * confirms it. The question is told at the box when it is the box's own; else at the field it is about (the summary says it too).
 */
export function confirmCheck(form: FormState, name: string, label: string, askedBy: { field: string; rule?: FieldError['rule'] } = { field: name }): SafeHtml | '' {
  const ticked = ['true', 'on'].includes(typedValue(form.values, name) ?? '');
  const asked = form.errors?.some((e) => e.field === askedBy.field && (askedBy.rule === undefined || e.rule === askedBy.rule));
  if (!asked && !ticked) return '';
  return html`${askedBy.field === name ? refusalMarks(form, name, name).message : ''}${checkbox(name, 'true', label, ticked, name)}`;
}
