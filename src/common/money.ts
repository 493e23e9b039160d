import { applyDecorators } from '@nestjs/common';
import { buildMessage, ValidateBy } from 'class-validator';

/** Euros as people write them: digits with at most two decimals (so no 5e-324, no 0.30000000000000004). */
const EUROS = /^-?\d+(\.\d{1,2})?$/;

/**
 * An amount in euros within `min`…`max`, with at most two decimals. A `min` above zero is its own rule (`isPositive`),
 * so a person who typed −12 hears that it must be more than zero, not to write it in figures.
 */
export function IsEuros(min: number, max: number) {
  const amount = ValidateBy({
    name: 'isEuros',
    validator: {
      validate: (value: unknown) => typeof value === 'number' && EUROS.test(String(value)) && value >= (min > 0 ? -max : min) && value <= max,
      defaultMessage: buildMessage(() => `$property must be an amount in euros from ${min} to ${max}, with at most two decimals`),
    },
  });
  // Only an amount in figures is told it must be more than zero: anything else ('veel', NaN) is refused once, by `isEuros`.
  const positive = ValidateBy({ name: 'isPositive', validator: { validate: (value: unknown) => !(typeof value === 'number' && EUROS.test(String(value))) || value > 0, defaultMessage: buildMessage(() => '$property must be more than zero') } });
  return min > 0 ? applyDecorators(amount, positive) : amount;
}
