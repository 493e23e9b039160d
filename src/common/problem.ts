import { HttpException, HttpStatus } from '@nestjs/common';
import { ownerWords } from '../words';
import type { CommonRefusal, CommonRefusals, RefusalArg } from '../words/common-refusals';

/**
 * Which rule refused a field, as the pages word it in the person's language (`errors.rules` of each
 * audience's catalogue): class-validator's checks (named so by `formFieldErrors`) and the domain's
 * own rules (`future`, `beforeBirth`, `beforeDeath`, `beforeStart`, `beforeContract`, `beforePosting`, `tooLate`), so no page has to recognise a
 * refusal by its English text.
 */
export type FieldRule =
  | 'required' | 'choose' | 'maxLength' | 'minLength' | 'email' | 'choice' | 'whole' | 'min' | 'max' | 'tooMany' | 'date' | 'country' | 'iban' | 'euros' | 'ambiguous' | 'positive' | 'format' | 'unknown' | 'blank' | 'object'
  | 'future' | 'beforeBirth' | 'beforeDeath' | 'beforeStart' | 'beforeContract' | 'beforePosting' | 'tooLate';

/**
 * Why a service refused what the workspace asked, beyond a field's shape: set where the refusal is
 * made, so the workspace tells it in the specialist's words (`errors.refusals` of the owner
 * catalogue) instead of the API's English. Its data (a line number, a document kind) rides in `limit`.
 */
export type RefusalCode =
  | 'codeUsed' | 'codeExpired' | 'codeInvalid' | 'codeTooOften'
  | 'fileType' | 'unreadable' | 'pdfReadTooLong' | 'checksBusy' | 'tooLarge' | 'emptyFile' | 'statementLine' | 'noTransactions' | 'documentMissing' | 'informedByBrp' | 'notNow' | 'notCurrent'
  | 'beforeToday' | 'afterEnd' | 'disputedAlready' | 'openBill' | 'onlyTransfer' | 'onlyWithdrawn' | 'onlyProviderStopped' | 'alreadyOwner' | 'taken' | 'unknownCreditor' | 'alreadyContract' | 'sameAccount' | 'possibleDuplicate' | 'publicHttps'
  | 'ownerOnly' | 'fixed' | 'requestOut' | 'finished' | 'alreadyUndone' | 'handedOnSince' | 'undoWindowPassed' | 'previousOwnerInactive' | 'endDatesBefore' | 'confirmedEndBefore'
  | 'familyReportsOpen' | 'laterEndDatesOpen' | 'contractOpen' | 'outcomeNeeded' | 'estateClosed' | 'letterSentAgain' | 'letterOvertaken' | 'letterSuperseded' | 'letterNotReproducible' | 'letterNotBlocked' | 'letterRetrying' | 'credited'
  | 'longBeforePeriod' | 'longBeforeFirstDay' | 'aboveBill' | 'openCharge' | 'aboveCharge' | 'rejectedCharge' | 'openNota' | 'aboveNota' | 'rejectedNota' | 'creditTakenBackNota' | 'creditedCharge' | 'longBeforeCharge' | 'disputedCharge' | 'disputedAlreadyCharge' | 'paidCharge' | 'unpaidCharge' | 'notOwedCharge' | 'beforeOwedCharge' | 'emptyAnswer' | 'documentsAsked' | 'notAsked' | 'describeIt' | 'otherOnly' | 'describesOther' | 'namedTwice' | 'notOpen' | 'notEnclosed' | 'whichItem' | 'whichDocument' | 'neverAsked' | 'neverEnclosed' | 'otherEstate' | 'familyUpload' | 'withdrawn' | 'replaced' | 'past' | 'rejectedAlready' | 'acknowledgedAlready' | 'accountNumberNeeded'
  | 'beforeOwed' | 'notOwed' | 'stillDisputed' | 'paidAlready' | 'notMarkedPaid' | 'paidInClosedEstate' | 'chooseFileAgain' | 'representativeOnly' | 'staleCursor' | 'ratedAlready' | 'notRatable'
  | 'keyFormat' | 'inBatchAlready' | 'livedWithDisagrees' | 'coverContinues' | 'onlyWith' | 'afterCover' | 'recordedAlready' | 'beforeInvoice' | 'noFinalBill' | 'beforeBalance' | 'beforeBill'
  | 'moreThanLeft' | 'moreThanReported' | 'refundReported' | 'paidLowered' | 'paidAboveDecision' | 'receivedLowered' | 'claimDropped' | 'creditTakenBack' | 'creditTakenBackCharge' | 'notReceived' | 'noRefund' | 'notAskedBack' | 'notLate' | 'nothingToAskBack' | 'askedBackAlready' | 'familyAtHome' | 'memberAtHome' | 'periodTooLong'
  | 'reportHandled' | 'reportWithdrawn' | 'notOfKind' | 'unchanged' | 'afterRecorded' | 'beforeDrop' | 'beforeStop' | 'ownDrop' | 'uploadUsed' | 'uploadTaken' | 'changedSince';

/** The field of a refusal about the whole request rather than one field (it has no input to link to). */
export const WHOLE_REQUEST = 'request';

/** One field-level validation message, as sent in `errors[]` of a problem document. */
export interface FieldError {
  field: string;
  /** The API's English, for API clients and logs; pages word the `rule` instead. */
  message: string;
  /** The rule that refused it; without one a page shows the message as a detail. */
  rule?: FieldRule | RefusalCode;
  /**
   * The key of the label a refusal names the field by where its form labels it otherwise than the field's own (`labels` of the
   * reader's catalogue): a bank's or insurer's `effectiveDate` is the day its answer holds per (`answerDate.bank`), no end.
   */
  labelled?: string;
  /** The number or date the rule names (200 in "at most 200 characters"). */
  limit?: string;
  /** `acknowledgedAlready`: who acknowledged the request and the day that was recorded (the problem's `acknowledgedOn`, Dutch time). */
  acknowledged?: { provider: string; on: string };
  /** A refusal with no rule that its reader's catalogue words (`ReaderWordedProblem`: a 404 in a form post): its code and what it names. */
  said?: { refusal: CommonRefusal; args: RefusalArg[] };
}

/** RFC 9457 problem details: the single error format of the API. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** A problem's title by its status in these words (`errors.titles`; the API's English unless told); a status they lack by its HTTP name. */
export function problemTitle(status: number, titles: Record<number, string> = ownerWords('en').errors.titles): string {
  return titles[status] ?? HttpStatus[status] ?? 'Error';
}

/**
 * Throw to answer with a specific problem type, e.g. `problem(409, 'state-conflict', '…')`. Its
 * `errors` go out as field paths and messages (the API's documented shape); their rules and limits
 * stay on the exception (`fieldErrors`) for the pages that show it again (`refusal` in src/web/forms.ts).
 */
export class ProblemException extends HttpException {
  readonly fieldErrors?: FieldError[];
  /** The problem type's last part (`state-conflict`): the code of a refusal that names no field. */
  readonly slug: string;

  constructor(status: number, slug: string, detail: string, extensions: Record<string, unknown> & { errors?: FieldError[] } = {}) {
    const { errors, ...rest } = extensions;
    super({ type: `https://steward.example/problems/${slug}`, title: problemTitle(status), status, detail, ...rest, ...(errors ? { errors: errors.map(({ field, message }) => ({ field, message })) } : {}) }, status);
    this.fieldErrors = errors;
    this.slug = slug;
  }

  /** The same problem in other words (an audience's language): its code, fields and data unchanged. */
  saying(detail: string): ProblemException {
    const { type: _type, title: _title, status: _status, detail: _detail, errors: _errors, ...data } = this.getResponse() as ProblemDocument;
    return new ProblemException(this.getStatus(), this.slug, detail, { ...data, errors: this.fieldErrors });
  }
}

/**
 * A refusal made where the refusing code does not know who reads it (see `CommonRefusals`): its detail is
 * worded by the problem filter in the reader's catalogue and language; the one given here is the English
 * that logs and the code's own callers see. Type, status and fields are as for any problem.
 */
export class ReaderWordedProblem extends ProblemException {
  /** `args`: what its words name (minutes, a limit, a state). */
  constructor(status: number, slug: string, readonly refusal: CommonRefusal, readonly args: RefusalArg[] = [], extensions: Record<string, unknown> = {}) {
    super(status, slug, worded(ownerWords('en').errors.common, refusal, args), extensions);
  }

  /** The detail in these words (an audience's `errors.common`, in its reader's language). */
  in(words: Partial<CommonRefusals>): string | undefined {
    return saidIn(words, this);
  }
}

/** A reader-worded refusal (`FieldError.said`) in these words; undefined when they lack it. */
export function saidIn(words: Partial<CommonRefusals>, { refusal, args }: { refusal: CommonRefusal; args: RefusalArg[] }): string | undefined {
  return words[refusal] === undefined ? undefined : worded(words as CommonRefusals, refusal, args);
}

function worded(words: CommonRefusals, key: CommonRefusal, args: RefusalArg[]): string {
  // Each refusal's words take the args its code is thrown with (`CommonRefusals` names them).
  const text = words[key] as string | ((...a: RefusalArg[]) => string);
  return typeof text === 'function' ? text(...args) : text;
}

/** Refused fields. */
export class ValidationProblem extends ProblemException {
  declare readonly fieldErrors: FieldError[];

  constructor(errors: FieldError[], status: 400 | 422 = 422) {
    super(status, 'validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
  }
}

/**
 * What is not there and what is not the caller's, in one answer: the reader's catalogue words it
 * (`errors.common.notFound`), the same for both, so nothing says which.
 */
export class NotFoundProblem extends ReaderWordedProblem {
  constructor() {
    super(404, 'not-found', 'notFound');
  }
}
