import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate, ValidatorOptions } from 'class-validator';
import { AmbiguousAmount } from './money';
import { FieldError, FieldRule, type RefusalCode, ValidationProblem } from './problem';

/** class-validator says "property x should not exist"; say it with the full path (the field) instead. */
const apiMessage = (error: ValidationError, message: string) => (message.startsWith(`property ${error.property} `) ? 'is not a known field' : message);

/** A value left out or null: what a person must do first is give one, not meet its lengths or sizes. */
const missing = (error: ValidationError) => error.value === undefined || error.value === null;

/** class-validator's checks of a value's type: a value of another type is told that, not the lengths or patterns a value of it would meet. */
const TYPE_RULES = ['isString', 'isNumber', 'isInt', 'isBoolean', 'isObject', 'isArray'];

/**
 * Of a field's failed rules, those a person must meet first: its type when that is wrong, else every one — but a
 * value not in its form (`matches`, e.g. a date's YYYY-MM-DD) is told that form, not also that it is no real date.
 */
function firstConstraints(constraints: Record<string, string>): [string, string][] {
  const wrongType = Object.entries(constraints).filter(([rule]) => TYPE_RULES.includes(rule));
  if (wrongType.length) return wrongType;
  return Object.entries(constraints).filter(([rule]) => !(rule === 'isIso8601' && 'matches' in constraints));
}

/**
 * Flattens nested class-validator errors into dotted field paths (`deceased.dateOfBirth`). A field left
 * out (or null where that is refused) is named once, as `required`, and a value of the wrong type by its
 * type, not with every rule a value would meet.
 */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const own: FieldError[] =
      missing(error) && Object.keys(constraints).length && !('whitelistValidation' in constraints)
        ? [{ field, message: 'is required', rule: 'required' }]
        : firstConstraints(constraints).map(([constraint, message]) => ({ field, message: apiMessage(error, message), ...pageRule(constraint, message, error.value, true) }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** When several rules fail on one field, the one a person fixes first (the rest usually follow). */
const FIRST_RULES = ['whitelistValidation', 'isString', 'isObject', 'isArray', 'isIn', 'isEmail', 'isInt', 'isUnambiguous', 'isEuros', 'isIso8601', 'matches', 'minLength', 'maxLength', 'min', 'max'];

/** class-validator's constraint names as the pages' rules; any other check is about the form of what was typed. */
const RULES: Record<string, FieldRule | RefusalCode> = {
  maxLength: 'maxLength', minLength: 'minLength', isEmail: 'email', isIn: 'choice', isInt: 'whole', isNumber: 'whole', min: 'min', max: 'max', arrayMaxSize: 'tooMany',
  isIso8601: 'date', isISO31661Alpha2: 'country', isIban: 'iban', isEuros: 'euros', isUnambiguous: 'ambiguous', isPositive: 'positive', whitelistValidation: 'unknown', isNotBlank: 'blank',
  periodNotBackwards: 'beforeStart', onlyWithdrawn: 'onlyWithdrawn', onlyProviderStopped: 'onlyProviderStopped', livedWithDisagrees: 'livedWithDisagrees', onlyWith: 'onlyWith',
};

/**
 * A constraint as a page words it (the API's JSON leaves rules out): its rule, and its limit — the number a length
 * or size names; with `choices`, the values a choice (`isIn`) takes: a form shows its choices itself, a refused
 * address has no list to pick from, so its page names them (the desk's tabs).
 */
function pageRule(constraint: string, message: string, value: unknown, choices = false): Pick<FieldError, 'rule' | 'limit'> {
  const limit =
    choices && constraint === 'isIn' ? /values: (.*)$/.exec(message)?.[1]
    // The answer (`done`) a field belongs to, for its words to name as the form's choice.
    : constraint === 'onlyWith' ? /with done (.*)$/.exec(message)?.[1]?.split(' or ').join(', ')
    // A day the month lacks (2026-02-30) is named as typed, so the person hears that it does not exist, not to type a date.
    : constraint === 'isIso8601' ? (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined)
    // A figure of two readings: both, for the page to write them in the reader's way ("1,250.00 or 1.25").
    : constraint === 'isUnambiguous' && value instanceof AmbiguousAmount ? value.readings
    // An amount's bound its words name: the most it may be (`IsEuros`'s message names the least first).
    : constraint === 'isEuros' ? /to (-?\d+(?:\.\d+)?)/.exec(message)?.[1]
    : /-?\d+(\.\d+)?/.exec(message)?.[0];
  return { rule: RULES[constraint] ?? 'format', ...(limit !== undefined && { limit }) };
}

/**
 * The checks of a form's field whose value is picked, not typed (a select, radio buttons: a listed value, an id from a
 * list, yes or no): left empty, it is to be chosen (`choose`), in every form alike. An API body's field stays `required`:
 * its caller fills in JSON, and a batch's request id is no choice.
 */
const CHOICE_CHECKS = ['isIn', 'isUuid', 'isBoolean'];
const emptyRule = (constraints: string[]): FieldRule => (constraints.some((c) => CHOICE_CHECKS.includes(c)) ? 'choose' : 'required');

/** The checks a DTO declares on one of its own fields (`isIn`, `isString` …), by class-validator's names. */
const checksOf = (type: ClassConstructor<object>, field: string): string[] =>
  getMetadataStorage()
    .getTargetValidationMetadatas(type, '', true, false)
    .flatMap((m) => (m.propertyName === field && m.name ? [m.name] : []));

/**
 * A field of `type` a form sent back empty or a service found emptied: refused by the field's kind, as a form's empty field is
 * (`emptyRule`): a choice is to be chosen ("Kies …"), anything else filled in ("Vul … in").
 */
export const emptiedField = (type: ClassConstructor<object>, field: string, message: string): FieldError => ({ field, message, rule: emptyRule(checksOf(type, field)) });

/**
 * Like `fieldErrors`, for a web form: one error per field, with its rule and limit, so the page can
 * say it in the person's language with the field's label; an empty field is simply `required` (a choice `choose`).
 */
export function formFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.keys(error.constraints ?? {});
    const constraint = FIRST_RULES.find((c) => constraints.includes(c)) ?? constraints[0];
    const empty = missing(error) || error.value === '';
    const own: FieldError[] = constraint
      ? [{
          field,
          message: apiMessage(error, error.constraints![constraint]),
          ...pageRule(constraint, error.constraints![constraint], error.value),
          // Only spaces typed is not an empty field: the person is told that, not to fill it in (or choose it).
          ...(constraint !== 'whitelistValidation' && constraint !== 'isNotBlank' && empty && { rule: emptyRule(constraints) }),
        }]
      : [];
    return [...own, ...formFieldErrors(error.children ?? [], field)];
  });
}

/** A body's values as far as they parsed: a field its DTO refused is absent, also inside a nested group. */
export type Parsed<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Parsed<T[K]> : T[K] };

/**
 * The domain's rules about a body's own values that need nothing recorded, only today (a pure function of the
 * module's rules, e.g. `billFiguresProblems`). The service checks them as ever (422); declared on the DTO with
 * `@CheckedBy`, they also run when the DTO refuses the body, on the fields that parsed, so one answer names every
 * wrong field: an empty invoice number and a period typed back to front together, not in two rounds.
 */
export type FieldRules<T> = (fields: Parsed<T>, today: string) => FieldError[];

const FIELD_RULES = new WeakMap<object, FieldRules<object>>();

/** Declares a DTO's `FieldRules`; a DTO extending it (a bill's correction) has them too. */
export function CheckedBy<T extends object>(rules: FieldRules<T>) {
  return (type: ClassConstructor<T>) => {
    FIELD_RULES.set(type, rules as FieldRules<object>);
  };
}

function fieldRulesOf(type: unknown): FieldRules<object> | undefined {
  for (let at = type; typeof at === 'function' && at !== Function.prototype; at = Object.getPrototypeOf(at)) {
    const rules = FIELD_RULES.get(at);
    if (rules) return rules;
  }
  return undefined;
}

/** What of a refused DTO parsed: every field but the refused ones (a list with a refused item goes as a whole). */
function parsedFields(value: object, refused: Set<string>, path = ''): Record<string, unknown> {
  const kept = Object.entries(value).flatMap(([key, v]): [string, unknown][] => {
    const at = path ? `${path}.${key}` : key;
    if (refused.has(at)) return [];
    if (Array.isArray(v)) return [...refused].some((f) => f.startsWith(`${at}.`)) ? [] : [[key, v]];
    return [[key, typeof v === 'object' && v !== null ? parsedFields(v, refused, at) : v]];
  });
  return Object.fromEntries(kept);
}

/**
 * A refused DTO's errors with its `FieldRules` run on what parsed; a field refused already is not named again
 * (a page shows one message per field). `today` is needed only by a DTO that has rules.
 */
export function withFieldRules(dto: object, refused: FieldError[], today: string | undefined): FieldError[] {
  const rules = fieldRulesOf(dto.constructor);
  if (!rules || !refused.length) return refused;
  if (today === undefined) throw new Error(`${dto.constructor.name} has field rules: validate it with today's date`);
  const told = new Set(refused.map((e) => e.field));
  return [...refused, ...rules(parsedOf(dto, refused), today).filter((e) => !told.has(e.field))];
}

/** What of a refused DTO parsed, for a service that checks its rules against the record (one round, as `withFieldRules`). */
export function parsedOf<T extends object>(dto: T, refused: FieldError[]): Parsed<T> {
  return parsedFields(dto, new Set(refused.map((e) => e.field))) as Parsed<T>;
}

/** Deeper than any DTO (`deceased.address.street` is 3); bounds the walk below and class-transformer's. */
const MAX_DEPTH = 8;
/** Keys that would reach an object's prototype once class-transformer copies them onto a DTO. */
// Every name an object has of its own prototype (`toString`, `hasOwnProperty`): the whitelist would find it on any DTO (audit93 F6).
const PROTOTYPE_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);
/** A UTF-16 half without its other half: not text, and not storable as UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What no field of any body or query may hold, whatever its DTO says: NUL characters (PostgreSQL
 * refuses them in text), lone surrogates, prototype keys, and nesting deeper than any DTO.
 */
export function hostileInputErrors(value: unknown, field = '', depth = 0): FieldError[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return [{ field, message: 'must not contain a NUL character', rule: 'format' }];
    if (LONE_SURROGATE.test(value)) return [{ field, message: 'must be valid Unicode text', rule: 'format' }];
    return [];
  }
  if (typeof value !== 'object' || value === null) return [];
  if (depth >= MAX_DEPTH) return [{ field, message: `is nested more than ${MAX_DEPTH} levels deep`, rule: 'format' }];
  return Object.entries(value).flatMap(([key, v]) => {
    const path = field ? `${field}.${key}` : key;
    return PROTOTYPE_KEYS.has(key) ? [{ field: path, message: 'is not an allowed field name', rule: 'unknown' as const }] : hostileInputErrors(v, path, depth + 1);
  });
}

/**
 * The global pipe. Before a DTO sees them: a declared body must be an object (Express 5 leaves
 * `req.body` undefined when nothing was parsed), a single query parameter must come once, and no
 * body or query may hold hostile input. Then unknown fields are rejected, types converted, and
 * every failure names its field (400), with the DTO's `FieldRules` on what parsed.
 */
class InputPipe extends ValidationPipe {
  constructor(private readonly today: () => string) {
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true, stopAtFirstError: false, exceptionFactory: (errors) => new ValidationProblem(fieldErrors(errors), 400) });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const errors = inputShapeErrors(value, metadata);
    if (errors.length) throw new ValidationProblem(errors, 400);
    return super.transform(value, metadata);
  }

  /** Refused here rather than in the exception factory, which gets the errors without the DTO the rules read. */
  protected override async validate(dto: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const errors = await super.validate(dto, options);
    if (errors.length && fieldRulesOf(dto.constructor)) throw new ValidationProblem(withFieldRules(dto, fieldErrors(errors), this.today()), 400);
    return errors;
  }
}

/** A body that is no object (`null`, a number, a string, an array), named as the body. */
export const NOT_AN_OBJECT: FieldError = { field: 'body', message: 'must be a JSON object or a form', rule: 'object' };

function inputShapeErrors(value: unknown, { type, data }: Pick<ArgumentMetadata, 'type' | 'data'>): FieldError[] {
  if (type === 'body' && !data && (typeof value !== 'object' || value === null || Array.isArray(value))) return [NOT_AN_OBJECT];
  if (type === 'query' && data && Array.isArray(value)) return [{ field: data, message: 'must be given once', rule: 'format' }];
  return type === 'body' || type === 'query' ? hostileInputErrors(value, data ?? '') : [];
}

/** `today`: the clock's Dutch day, for the DTOs' `FieldRules`. */
export function createValidationPipe(today: () => string): ValidationPipe {
  return new InputPipe(today);
}

/**
 * Validates a body against a DTO chosen at run time (e.g. by a path segment), with the pipe's rules.
 * `flatten` chooses the wording: the API's (`fieldErrors`) or a web form's (`formFieldErrors`);
 * `today` is for a DTO with `FieldRules`.
 */
export async function validateInput<T extends object>(
  type: ClassConstructor<T>,
  plain: unknown,
  flatten: (errors: ValidationError[]) => FieldError[] = fieldErrors,
  today?: string,
): Promise<{ dto: T; errors: FieldError[] }> {
  const dto = plainToInstance(type, plain ?? {});
  const errors = flatten(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
  return { dto, errors: withFieldRules(dto, errors, today) };
}

/** A body validated against `type` as the pipe would (its shape and hostile keys first), for a route that reads its body itself. */
export async function validatedInput<T extends object>(type: ClassConstructor<T>, plain: unknown): Promise<T> {
  const shape = inputShapeErrors(plain, { type: 'body' });
  if (shape.length) throw new ValidationProblem(shape, 400);
  const { dto, errors } = await validateInput(type, plain);
  if (errors.length) throw new ValidationProblem(errors, 400);
  return dto;
}
