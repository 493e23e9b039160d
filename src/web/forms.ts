import { ClassConstructor } from 'class-transformer';
import type { FieldError } from '../common/problem';
import { validateInput } from '../common/validation';

/**
 * Validates an HTML form with the same DTO the JSON API uses, so both doors apply the same rules.
 * Forms send strings: empty fields count as absent, numeric fields become numbers, and
 * `arrayFields` may arrive once (a string) or several times (an array).
 */
export async function validateForm<T extends object>(
  type: ClassConstructor<T>,
  body: Record<string, unknown>,
  options: { numberFields?: string[]; arrayFields?: string[] } = {},
): Promise<{ dto: T; errors: null } | { dto: null; errors: FieldError[] }> {
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body ?? {})) {
    if (value === '' || value === undefined) continue;
    if (options.arrayFields?.includes(key)) plain[key] = Array.isArray(value) ? value : [value];
    else if (options.numberFields?.includes(key)) plain[key] = Number(String(value).replace(',', '.'));
    else plain[key] = value;
  }
  for (const key of options.arrayFields ?? []) plain[key] ??= [];
  const { dto, errors } = await validateInput(type, plain);
  return errors.length ? { dto: null, errors } : { dto, errors: null };
}
