import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, Matches } from 'class-validator';
import { longDate } from '../../workflows';
import type { FieldError } from './problem';

/** A calendar date `YYYY-MM-DD` that really exists (no 2026-02-30). */
export function IsCalendarDate(options: { description?: string; example?: string; required?: boolean } = {}) {
  return applyDecorators(
    ApiProperty({ type: String, format: 'date', required: options.required ?? true, example: options.example, description: options.description }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date in the form YYYY-MM-DD' }),
    IsISO8601({ strict: true, strictSeparator: true }, { message: '$property must be a real calendar date' }),
  );
}

/**
 * A day typed after today, refused naming today (audit102 F6): the API's English says the limit in words; pages and the desk word the
 * rule `future` in their reader's language.
 */
export function afterTodayProblem(field: string, today: string): FieldError {
  return { field, message: `must not be after today, ${longDate(today, 'en')}`, rule: 'future', limit: today };
}
