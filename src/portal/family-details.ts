import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { catchError, Observable, throwError } from 'rxjs';
import type { FamilyPrincipal } from '../auth/principal';
import { ProblemDocument, ProblemException } from '../common/problem';
import { errorText, knowsRule } from '../web/fields';
import { clockTimeAfter } from '../web/html';
import { DEFAULT_LANG, familyWords, type Lang, langOf } from '../words';
import type { CodeRefusal } from './portal-pages';

/** A refused access code (and too many tries), by its problem type: the login page's sentence says which. */
export const CODE_REFUSALS: Record<string, CodeRefusal> = {
  'access-code-used': 'codeUsed',
  'access-code-expired': 'codeExpired',
  'access-code-invalid': 'codeInvalid',
  'too-many-attempts': 'codeTooOften',
};

/** authedge: the time a refused sign-in may be tried again ("17:45"), when the refusal says (too many tries: `retryAt`). */
export const retryTime = (problem: ProblemDocument): string | undefined => (typeof problem.retryAt === 'string' ? clockTimeAfter(new Date(problem.retryAt)) : undefined);

/**
 * A refusal's detail in the family's words, or null when the family catalogue has none for it (the detail stays).
 * Refused fields the catalogue words by their rule — a field's shape (`errors.rules`: required, too long, no date …)
 * or a service's refusal (`errors.refusals`: a bill paid already, only the representative, a file too large …) — as
 * the portal's pages say them, each field by its label, a date written out, and that nothing changed (a field beside
 * them without a rule it words is asked to be checked, as the pages do); an access code as the login page says it;
 * what is not theirs as not found, never which.
 */
export function familyDetail(problem: ProblemException, lang: Lang): string | null {
  const w = familyWords(lang);
  const errors = problem.fieldErrors ?? [];
  if (errors.some((e) => knowsRule(w.errors, e.rule))) return w.errors.refused(errors.map((e) => errorText(w.errors, e, lang)).join('. '));
  if (Object.hasOwn(CODE_REFUSALS, problem.slug)) return w.errors.refusals[CODE_REFUSALS[problem.slug]]('', retryTime(problem.getResponse() as ProblemDocument));
  return problem.slug === 'not-found' ? w.errors.notFound : null;
}

/**
 * The family's API answers its refusals in the relative's language: the `lang` asked for (as its lists take it),
 * else the one they chose, else Dutch. The services make them in one wording for every audience (a document's
 * size serves the desk too); the codes and fields are the same.
 */
@Injectable()
export class FamilyDetailsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { principal?: FamilyPrincipal }>();
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof ProblemException)) return throwError(() => error);
        const detail = familyDetail(error, request.query.lang ? langOf(request.query.lang) : (request.principal?.lang ?? DEFAULT_LANG));
        return throwError(() => (detail ? error.saying(detail) : error));
      }),
    );
  }
}
