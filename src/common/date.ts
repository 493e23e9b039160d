import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, Matches } from 'class-validator';

/** A calendar date `YYYY-MM-DD` that really exists (no 2026-02-30). */
export function IsCalendarDate(options: { description?: string; example?: string; required?: boolean } = {}) {
  return applyDecorators(
    ApiProperty({ type: String, format: 'date', required: options.required ?? true, example: options.example, description: options.description }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date in the form YYYY-MM-DD' }),
    IsISO8601({ strict: true, strictSeparator: true }, { message: '$property must be a real calendar date' }),
  );
}
