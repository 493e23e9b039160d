import type { FormFieldError } from '../common/validation';
import { Lang, ownerWords } from '../words';
import { html, SafeHtml } from './html';

/** What a form shows again after a refused post: what was typed, and what is wrong with it. */
export interface FormState {
  values?: Record<string, unknown>;
  errors?: FormFieldError[];
  /**
   * The person's language: errors then read as sentences with the field's label ("Vul de straat in").
   * Without it they are shown as the API words them (forms not yet moved to the catalogue).
   */
  lang?: Lang;
}

/** `deceased.address.city` is posted as `deceased[address][city]` (nested groups, extended parsing). */
const inputName = (field: string) => field.split('.').map((part, i) => (i ? `[${part}]` : part)).join('');
const inputId = (field: string) => field.replace(/\./g, '-');

/** What was typed in a field; a posted group (`message[a]=…`) where text belongs is shown as empty. */
export function typedValue(values: Record<string, unknown> | undefined, field: string): string | undefined {
  const value = field.split('.').reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined), values);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** Refusals of the domain's pure rules (estate.rules.ts), which speak the API's English, by their rule. */
const DOMAIN_RULES: Record<string, string> = {
  'must not be in the future': 'future',
  'must not be before the date of birth': 'beforeBirth',
};

/** class-validator's constraint names, as the catalogue's rules (`errors.rules`); any other check is about the form of what was typed. */
const RULES: Record<string, string> = {
  required: 'required', maxLength: 'maxLength', minLength: 'minLength', isEmail: 'email', isIn: 'choice', isInt: 'whole', isNumber: 'whole',
  min: 'min', max: 'max', arrayMaxSize: 'tooMany', isIso8601: 'date', isISO31661Alpha2: 'country', isIban: 'iban', isEuros: 'euros', whitelistValidation: 'unknown',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One refused field as a sentence in the person's language, naming the field by its label
 * ("Vul de straat en het huisnummer in", "De overlijdensdatum ligt in de toekomst"); never the
 * validator's text or a dotted key, except a domain refusal the catalogue has no rule for (its detail).
 */
export function errorText(lang: Lang, error: FormFieldError): string {
  const w = ownerWords(lang).errors;
  const label = w.labels[error.field] ?? w.field;
  const rule = error.rule ? (RULES[error.rule] ?? 'format') : DOMAIN_RULES[error.message];
  const limit = error.limit ?? '';
  const r = w.rules;
  switch (rule) {
    case undefined:
      return capitalised(r.check(label, error.message));
    case 'maxLength': case 'minLength': case 'min': case 'max': case 'tooMany':
      return capitalised(r[rule](label, limit));
    case 'format':
      return capitalised(r.format(label, w.examples[error.field.split('.').pop()!] ?? ''));
    default:
      return capitalised(r[rule as 'required'](label));
  }
}

function messages(form: FormState, field: string): string[] {
  return (form.errors ?? []).filter((e) => e.field === field).map((e) => (form.lang ? errorText(form.lang, e) : e.message));
}

/**
 * Every refused field, listed on top of the form, each a link to its field. The summary takes the
 * focus when the page loads (autofocus, no JavaScript), so a keyboard or screen-reader user starts
 * where the problem is told. `idPrefix` matches the fields' own (several forms on one page).
 */
export function errorSummary(form: FormState, intro?: string, idPrefix = ''): SafeHtml | '' {
  if (!form.errors?.length) return '';
  const lang = form.lang;
  return html`<div class="error" role="alert" tabindex="-1" autofocus><p>${intro ?? (lang ? ownerWords(lang).errors.summary : 'Please check these fields:')}</p><ul>${form.errors.map(
    (e) => html`<li><a href="#${idPrefix}${inputId(e.field)}">${lang ? errorText(lang, e) : `${e.field}: ${e.message}`}</a></li>`,
  )}</ul></div>`;
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
}

/** A labelled input whose error (if any) is announced with it and marked on the field itself. */
export function field(form: FormState, name: string, label: string, options: FieldOptions = {}): SafeHtml {
  const id = (options.idPrefix ?? '') + inputId(name);
  const errors = messages(form, name);
  const value = form.values ? typedValue(form.values, name) : options.initial;
  const described = [options.hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<label for="${id}">${label}</label>${options.hint ? html`<p class="muted" id="${id}-hint">${options.hint}</p>` : ''}
<input id="${id}" name="${inputName(name)}" type="${options.type ?? 'text'}"${options.inputmode ? html` inputmode="${options.inputmode}"` : ''}${value !== undefined ? html` value="${value}"` : ''}${options.required ? html` required` : ''}${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${errors.length ? html` aria-invalid="true"` : ''}${described ? html` aria-describedby="${described}"` : ''}>
${errors.length ? html`<p class="field-error" id="${id}-error">${errors.join('; ')}</p>` : ''}`;
}

/** A labelled text area for a list, one item per line (the value may be the list itself or the text as typed). */
export function linesField(form: FormState, name: string, label: string, hint: string): SafeHtml {
  const id = inputId(name);
  const errors = messages(form, name);
  const value = name.split('.').reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined), form.values);
  const text = Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';
  return html`<label for="${id}">${label}</label><p class="muted" id="${id}-hint">${hint}</p>
<textarea id="${id}" name="${inputName(name)}" rows="3"${errors.length ? html` aria-invalid="true"` : ''} aria-describedby="${id}-hint${errors.length ? ` ${id}-error` : ''}">${text}</textarea>
${errors.length ? html`<p class="field-error" id="${id}-error">${errors.join('; ')}</p>` : ''}`;
}

/** The lines of a `linesField` as a list; an empty box is an empty list (so it clears the list). */
export function linesOf(text: unknown): unknown {
  return typeof text === 'string' ? text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : text;
}

/** A labelled select; `choices` are [value, text] pairs. */
export function select(form: FormState, name: string, label: string, choices: [string, string][], options: { initial?: string; required?: boolean } = {}): SafeHtml {
  const id = inputId(name);
  const errors = messages(form, name);
  const chosen = form.values ? typedValue(form.values, name) : options.initial;
  return html`<label for="${id}">${label}</label>
<select id="${id}" name="${inputName(name)}"${options.required ? html` required` : ''}${errors.length ? html` aria-invalid="true" aria-describedby="${id}-error"` : ''}>
${choices.map(([value, text]) => html`<option value="${value}"${value === chosen ? html` selected` : ''}>${text}</option>`)}</select>
${errors.length ? html`<p class="field-error" id="${id}-error">${errors.join('; ')}</p>` : ''}`;
}

/** A checkbox; several with the same name post an array (see `validateForm`'s arrayFields). */
export function checkbox(name: string, value: string, label: string, checked: boolean, id = `${inputId(name)}-${value}`, options: { labelHidden?: boolean } = {}): SafeHtml {
  // In a table row the row itself says what is chosen: the label is then for screen readers only.
  const text = options.labelHidden ? html`<span class="skip">${label}</span>` : label;
  return html`<label class="check" for="${id}"><input type="checkbox" id="${id}" name="${inputName(name)}" value="${value}"${checked ? html` checked` : ''}> ${text}</label>`;
}
