import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { FieldError, ValidationProblem } from './problem';

/** Flattens nested class-validator errors into dotted field paths (`deceased.dateOfBirth`). */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      // class-validator says "property x should not exist"; say it with the full path instead.
      message: message.startsWith(`property ${error.property} `) ? 'is not a known field' : message,
    }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** Unknown fields are rejected, types are converted, and every failure names its field (400). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ValidationProblem(fieldErrors(errors), 400),
  });
}

/** Validates a body against a DTO chosen at run time (e.g. by a path segment), with the pipe's rules. */
export async function validateInput<T extends object>(type: ClassConstructor<T>, plain: unknown): Promise<{ dto: T; errors: FieldError[] }> {
  const dto = plainToInstance(type, plain ?? {});
  const errors = fieldErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
  return { dto, errors };
}

export async function validatedInput<T extends object>(type: ClassConstructor<T>, plain: unknown): Promise<T> {
  const { dto, errors } = await validateInput(type, plain);
  if (errors.length) throw new ValidationProblem(errors, 400);
  return dto;
}
