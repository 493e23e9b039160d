import type { Request } from 'express';
import type { Audience, Principal } from '../auth/principal';
import { errorText, type ErrorWords, knowsRule } from '../web/fields';
import { familyWords, type Lang, langOf, ownerWords, providerWords } from '../words';
import type { CommonRefusals } from '../words/common-refusals';
import { type ProblemDocument, ProblemException, problemTitle, ReaderWordedProblem, ValidationProblem } from './problem';

/** A statement that ran out of time (503): its own type, so a page can say so. */
export const TOOK_TOO_LONG = 'https://steward.example/problems/took-too-long';

export interface Reader {
  audience: Audience;
  lang: Lang;
  /** The owner API's route of a contract's step (`/contracts/:id/calls` → `calls`): its fields named as that step's form names them. */
  form?: string;
}

/**
 * Who reads a problem: their audience by who signed in, else by the area of the address (the desk, the family portal,
 * else the workspace); their language as they chose it, else as the request asks (`askedLang`).
 */
export function readerOf(request: Request): Reader {
  const principal = (request as Request & { principal?: Principal }).principal;
  const lang = principal?.lang ?? askedLang(request);
  // The API's version prefix aside, its areas are named as the pages' (`/api/v1/portal` beside `/family`).
  const area = request.path.replace(/^\/api\/v\d+/, '');
  const audience = principal?.kind ?? (/^\/(desk|provider-desk)(\/|$)/.test(area) ? 'provider' : /^\/(family|portal)(\/|$)/.test(area) ? 'family' : 'staff');
  const [, step, answer] = /^\/contracts\/[^/]+\/([a-z-]+)(?:\/([a-z_]+))?/.exec(area) ?? [];
  const form = step === 'provider-answer' || step === 'dispute-answer' ? answerForm(answer) : step;
  return { audience, lang, ...(form && { form }) };
}

/**
 * balancecorrect (audit74 C): an answer the owner records (`provider-answer/:answer`, `dispute-answer/:answer`) is named as its form
 * on the contract page is (`completion_corrected` → `completion-corrected`), so its fields read as that form labels them.
 */
const ANSWER_FORMS: Record<string, string> = { acknowledged: 'acknowledge', completed: 'complete', information_requested: 'request-information', rejected: 'reject' };
const answerForm = (answer: string | undefined) => (answer === undefined ? undefined : (ANSWER_FORMS[answer] ?? answer.replace(/_/g, '-')));

/**
 * The language a request asks for before anyone is known (a body refused before the token is read, a 401): `?lang=` as
 * the login pages choose theirs; on the API, else the better of Dutch and English by the `Accept-Language` header's
 * q-values (Express's own negotiation, `accepts`: no header, or one naming neither, is Dutch); else Dutch.
 * The pages keep Dutch: a browser's header says what its computer speaks, not what this person chose.
 */
function askedLang(request: Request): Lang {
  const asked = request.query.lang;
  if (asked === 'nl' || asked === 'en') return asked;
  return request.path.startsWith('/api/') ? langOf(request.acceptsLanguages('nl', 'en')) : 'nl';
}

/** The catalogue words a problem is told in for its reader's audience; a family member's lack what never reaches them. */
function readerWords({ audience, lang, form }: Reader): { common: Partial<CommonRefusals>; errors: ErrorWords; refused: (said: string) => string } {
  if (audience === 'family') return { common: familyWords(lang).errors.common, errors: familyWords(lang).errors, refused: familyWords(lang).errors.refused };
  const words = audience === 'provider' ? providerWords(lang).errors : ownerWords(lang).errors;
  // A step's own labels (a call's outcome is not a bill's), as its form on the contract page says them; a bill's in words true before
  // its contract is read, of an invoice and a bank's costs alike (bankforms, `unreadFormLabels`).
  const { formLabels, unreadFormLabels } = ownerWords(lang).errors;
  const own = audience === 'provider' || !form ? undefined : formLabels[form] || unreadFormLabels[form] ? { ...formLabels[form], ...unreadFormLabels[form] } : undefined;
  return { common: words.common, errors: own ? { ...words, labels: { ...words.labels, ...own } } : words, refused: ownerWords(lang).errors.details.refused };
}

/**
 * What the problem filter says of a failure that is no refusal (a race the database settled, a statement out of time,
 * the database away, a fault of ours): the error pages' sentences, in the reader's words.
 */
export function faultWords(reader: Reader): { alreadyExists: string; tookTooLong: string; unavailable: string; broken: string } {
  const pages = reader.audience === 'family' ? familyWords(reader.lang).errorPage : ownerWords(reader.lang).errors.pages;
  const common = readerWords(reader).common;
  return { alreadyExists: common.alreadyExists ?? ownerWords(reader.lang).errors.common.alreadyExists, tookTooLong: ownerWords(reader.lang).errors.pages.tooLong, unavailable: pages.unavailable, broken: pages.broken };
}

/**
 * A refusal's human texts in its reader's words; its type, status, fields and data as they are (the API's contract).
 * Every title by its status (`errors.titles`); the details made where the reader is not known: a `ReaderWordedProblem`
 * (a 404 among them: what is absent and what is not the reader's in the same words), refused fields (each as the
 * audience's pages say it, and that nothing changed); a 404 of an address no route takes is a `NotFoundProblem` (`ProblemFilter`).
 * A detail the words lack stays as made.
 */
export function inReadersWords(problem: ProblemDocument, exception: unknown, reader: Reader): ProblemDocument {
  const words = readerWords(reader);
  const detail =
    exception instanceof ReaderWordedProblem ? exception.in(words.common)
    // Each field as the audience's pages say it (the desk's sentences end in a full stop of their own).
    : exception instanceof ValidationProblem ? words.refused(exception.fieldErrors.map((e) => errorText(words.errors, e, reader.lang).replace(/\.$/, '')).join('. '))
    : undefined;
  const errors = deskErrors(problem, exception, reader, words.errors);
  return { ...problem, title: problemTitle(problem.status, ownerWords(reader.lang).errors.titles), detail: detail ?? problem.detail, ...(errors && { errors }) };
}

/**
 * deskwords (audit92 F10): a desk reads each refused field's message in its own language beside the detail, the sentence the detail
 * says of it; a refusal its words have no rule for keeps the API's English. An English desk too reads sentences naming the field
 * (engdesk, audit96 F4), not the validator's codes („each value in documentsNeeded must be one of …"): clients match on `field` and
 * the problem's `type`. The owner's API keeps the validator's English.
 */
function deskErrors(problem: ProblemDocument, exception: unknown, reader: Reader, words: ErrorWords): ProblemDocument['errors'] {
  const fieldErrors = exception instanceof ProblemException ? exception.fieldErrors : undefined;
  if (reader.audience !== 'provider' || !fieldErrors || !problem.errors) return undefined;
  return problem.errors.map((error, i) => {
    const refused = fieldErrors[i];
    return refused?.field === error.field && (knowsRule(words, refused.rule) || refused.said) ? { ...error, message: errorText(words, refused, reader.lang) } : error;
  });
}
