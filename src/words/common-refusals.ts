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
  /** 401 `unauthenticated`: an API call without a valid token. */
  unauthenticated: string;
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
  /** 409 `already-on-its-way`: a webhook delivery replayed while still pending. */
  alreadyOnItsWay: string;
}

export type CommonRefusal = keyof CommonRefusals;
