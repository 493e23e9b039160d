import { buildMessage, ValidateBy } from 'class-validator';

/** Euros as people write them: digits with at most two decimals (so no 5e-324, no 0.30000000000000004). */
const EUROS = /^-?\d+(\.\d{1,2})?$/;

/** An amount in euros within `min`…`max`, with at most two decimals. */
export function IsEuros(min: number, max: number) {
  return ValidateBy({
    name: 'isEuros',
    validator: {
      validate: (value: unknown) => typeof value === 'number' && EUROS.test(String(value)) && value >= min && value <= max,
      defaultMessage: buildMessage(() => `$property must be an amount in euros from ${min} to ${max}, with at most two decimals`),
    },
  });
}
