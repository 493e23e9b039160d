import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/**
 * An IBAN with a valid checksum and country format (ibantools, maintained), stored in electronic
 * format: "NL91 abna 0417 1643 00" becomes "NL91ABNA0417164300".
 */
export function IsIban(): PropertyDecorator {
  const normalise = Transform(({ value }) => (typeof value === 'string' ? (electronicFormatIBAN(value) ?? value) : value));
  const check = ValidateBy({
    name: 'isIban',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isValidIBAN(value),
      defaultMessage: () => '$property must be a valid IBAN (its check digits do not match)',
    },
  });
  return (target, key) => {
    normalise(target, key);
    check(target, key as string);
  };
}
