import { applyDecorators } from '@nestjs/common';
import { buildMessage, ValidateBy } from 'class-validator';
import type { Lang } from '../words';

/** Euros as people write them: digits with at most two decimals (so no 5e-324, no 0.30000000000000004). */
const EUROS = /^-?\d+(\.\d{1,2})?$/;

/**
 * A figure typed with the reader's decimal mark followed by exactly three digits ("1.250" in English, "1,250" in Dutch; either
 * mark on the API): money has at most two decimals, so it may be a thousand grouped the other language's way ("1,250.00") or
 * an amount with a zero too many ("1.25"). Not guessed: `IsEuros` refuses it (`isUnambiguous`), naming both readings.
 */
export class AmbiguousAmount {
  constructor(
    readonly typed: string,
    /** The figure read as thousands: 1250. */
    readonly thousands: number,
    /** The figure read with the decimal mark, when that is an amount of money (1.25 of "1.250"); null of "1.234". */
    readonly decimal: number | null,
  ) {}

  /** As typed and both readings, for a page's words (`limit` of its refusal, rule `ambiguous`; `amountReadings`): "1.250 1250 1.25". */
  get readings(): string {
    return [this.typed.replace(/\s/g, ''), this.thousands, ...(this.decimal === null ? [] : [this.decimal])].join(' ');
  }
}

/** `typed` (figures only) as ambiguous when a single `mark` comes before exactly three digits; else null. */
function ambiguous(typed: string, figures: string, marks: string): AmbiguousAmount | null {
  const split = new RegExp(`^([-+]?\\d{1,3})[${marks}](\\d{3})$`).exec(figures);
  if (!split) return null;
  const decimal = Number(`${split[1]}.${split[2]}`);
  return new AmbiguousAmount(typed.trim(), Number(split[1] + split[2]), EUROS.test(String(decimal)) ? decimal : null);
}

/**
 * An amount typed by a person (a form, or a string on the API), as a reader of `lang` writes it (its hint: "80 of 12,50",
 * "80 or 12.50"); `null`, the API, reads a point or a comma as the decimal mark and groups nothing.
 * Dutch: a comma is the decimal mark and a point then groups thousands ("1.234,56" is 1234.56); without a comma, points
 * that group digits by three are thousands too ("4.000" is 4000, never 4), and a single point before one, two or more than
 * three digits is a decimal mark ("12.50"). English: a point is the decimal mark ("1.25") and commas group thousands before it
 * ("1,250" is 1250, "1,234.56" is 1234.56); a single comma before one or two digits groups nothing, so it is a decimal mark
 * there too ("12,50"). The decimal mark before exactly three digits ("1.250" in English) is `AmbiguousAmount`. A figure grouped
 * the other language's way (English "1.234,56", Dutch "1,234.56") is not guessed: it stays unreadable, and the field's own
 * check refuses it (README, collectionwords, letterdates). Spaces and a euro sign are left out; a typographic minus reads as one. Anything else is passed on as
 * typed, for the field's own check to refuse.
 */
export function typedAmount(typed: string, lang: Lang | null): number | AmbiguousAmount {
  // A minus as phones and bank statements copy it (U+2212 minus sign, U+2012 figure dash, U+2013 en dash) is a minus (audit77 AMT-1).
  const figures = typed.replace(/[\s\u00a0€]/g, '').replace(/^[\u2212\u2012\u2013]/, '-');
  const twoWays = ambiguous(typed, figures, lang === 'en' ? '.' : lang === 'nl' ? ',' : '.,');
  if (twoWays) return twoWays;
  if (lang === null) return Number(figures.replace(',', '.'));
  if (lang === 'en') {
    if (/^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(figures)) return Number(figures.replace(/,/g, ''));
    return Number(/^[-+]?\d+,\d{1,2}$/.test(figures) ? figures.replace(',', '.') : figures);
  }
  if (figures.includes(',')) return Number(figures.replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.'));
  return Number(/^[-+]?\d{1,3}(?:\.\d{3})+$/.test(figures) ? figures.replace(/\./g, '') : figures);
}

/**
 * An amount in euros within `min`…`max`, with at most two decimals. A `min` above zero is its own rule (`isPositive`),
 * so a person who typed −12 hears that it must be more than zero, not to write it in figures.
 */
export function IsEuros(min: number, max: number) {
  const amount = ValidateBy({
    name: 'isEuros',
    // Read by the OpenAPI document as its bounds (`limitKeywords`).
    constraints: [min, max],
    validator: {
      // A figure of two readings is refused once, by `isUnambiguous`.
      validate: (value: unknown) => value instanceof AmbiguousAmount || (typeof value === 'number' && EUROS.test(String(value)) && value >= (min > 0 ? -max : min) && value <= max),
      defaultMessage: buildMessage(() => `$property must be an amount in euros from ${min} to ${max}, with at most two decimals`),
    },
  });
  const unambiguous = ValidateBy({
    name: 'isUnambiguous',
    validator: {
      validate: (value: unknown) => !(value instanceof AmbiguousAmount),
      defaultMessage: buildMessage((_each, args) => {
        const { typed, thousands, decimal } = args?.value as AmbiguousAmount;
        return `$property: ${typed} can be read two ways (${thousands}${decimal === null ? ', or an amount with at most two decimals' : ` or ${decimal}`}); write ${thousands}.00${decimal === null ? '' : ` or ${decimal}`}`;
      }),
    },
  });
  // Only an amount in figures is told it must be more than zero: anything else ('veel', NaN) is refused once, by `isEuros`.
  const positive = ValidateBy({ name: 'isPositive', validator: { validate: (value: unknown) => !(typeof value === 'number' && EUROS.test(String(value))) || value > 0, defaultMessage: buildMessage(() => '$property must be more than zero') } });
  return min > 0 ? applyDecorators(amount, unambiguous, positive) : applyDecorators(amount, unambiguous);
}

/** A `numeric` column of euros: pg gives it back as text; amounts are numbers everywhere else. */
export const eurosColumn = { to: (value: number) => value, from: (value: string) => Number(value) };
