/**
 * The refusals every audience may meet that are made where the refusing code does not know its reader: the
 * workflow runtime (called by workers too), the guards and the login throttle before anyone is known, a form's
 * key, the webhooks a desk and an administrator both manage. The problem filter words them by this key in the
 * reader's catalogue (`ReaderWordedProblem` in src/common/problem.ts).
 */
export interface CommonRefusals {
  /** 409 `concurrent-change`: the version check of a workflow step (the row lock makes it all but impossible). */
  concurrentChange: string;
  /** 404 `not-found` from the workflow runtime: a contract or estate without its workflow. */
  noWorkflow: string;
  /**
   * 409 `state-conflict` of a contract step when the contract has no workflow to take it (a row lost or never made),
   * with the state the contract is listed in: nothing can move it, and the reader is told so rather than an error.
   */
  unhandled: (state: string) => string;
  /** 409 `state-conflict` from the workflow runtime: the subject (`contract`, `estate`) is in a state that does not take the step. */
  stateConflict: (subject: string, state: string) => string;
  /**
   * 404 `not-found`: what is not there and what is not the reader's are told in the same words (authorization
   * answers 404 for anything outside the caller's reach), so the answer never says which.
   */
  notFound: string;
  /** 409 `conflict`: two requests made the same thing at once and the database kept the first. */
  alreadyExists: string;
  /** 401 `unauthenticated`: an API call without a valid token. */
  unauthenticated: string;
  /**
   * 401 `invalid-token` (RFC 6750 §3 `invalid_token`): a token was sent but no longer works (revoked, expired, its session
   * ended), with what to do now. The same words for a token that never was ours, so nothing tells whether one exists.
   */
  tokenEnded: string;
  /** 403 `cross-site`: a web form posted from another site. */
  crossSite: string;
  /** 409 `form-in-progress`: a form's second post while its first is still at work. */
  formInProgress: string;
  /** 401 `invalid-credentials`: a wrong email or password. */
  invalidCredentials: string;
  /** 429 `too-many-attempts`, with the minutes until a retry may go. */
  tooManyAttempts: (minutes: number) => string;
  /** 409 `too-many-endpoints`, with the most a provider may have. */
  tooManyEndpoints: (max: number) => string;
  /** 409 `endpoint-registered-already`: a webhook URL the provider has already (the same once normalised). */
  endpointRegisteredAlready: string;
  /** 409 `already-on-its-way`: a webhook delivery replayed while still pending. */
  alreadyOnItsWay: string;
  /** 422 `idempotency-key-reused`: the same Idempotency-Key with another request (the owners' API and the desk's). */
  keyReused: string;
  /** 409 `idempotency-key-in-progress`: a duplicate whose first call is still at work after 10 s, or was cut off. */
  keyInProgress: string;
  /** 409 `idempotency-key-done`: a retry of a call that was done, whose answer was lost and cannot be built again (idemcrash). */
  keyDone: string;
  /** 4xx `unreadable-body`: a body the parsers could not read, by what was wrong (`BodyProblem`), with the limit it broke. */
  unreadableBody: (problem: string, limit: number) => string;
  /**
   * 400 `too-many-files` or `unexpected-file` (audit93 F4): a form with a second file, or a file in a field it does not have (`field`);
   * 413 `too-large` with `fileFirst` (httpcache): a file over the limit (`mb`) sent before the form's other fields, which were not read.
   */
  fileRefused: (problem: string, field: string, mb?: string) => string;
  /** 405 `method-not-allowed` (errs, audit93 F8): a method the address does not take, with the ones it does (`GET, POST`). */
  methodNotAllowed: (method: string, allowed: string) => string;
}

/** A refusal's `args`: the numbers (minutes, a limit) or codes (a state) its words name. */
export type RefusalArg = number | string;

export type CommonRefusal = keyof CommonRefusals;
