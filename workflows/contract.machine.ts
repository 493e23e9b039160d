import { assign, emit, setup } from 'xstate';
import type { StateMeta } from './deadlines';

export const CONTRACT_MACHINE_ID = 'contract';
export const CONTRACT_MACHINE_VERSION = 1;

/**
 * After the end date we watch for stray invoices this long before calling a contract settled:
 * 40 business days is two monthly billing cycles plus the provider's own processing time.
 */
export const QUIET_PERIOD_BUSINESS_DAYS = 40;
/** The case owner gets this long to supply what a provider asked for before being reminded. */
export const OWNER_ANSWER_BUSINESS_DAYS = 5;

export type LetterKind =
  | 'cancellation'
  | 'transfer'
  | 'information_supplied'
  | 'reminder'
  | 'escalation'
  | 'dispute'
  | 'collection_stop'
  | 'withdrawal';

/** Side effects a transition asks for; the runtime writes them to the outbox in the same transaction. */
export type ContractEffect =
  /** render, check and send a letter to the provider (urgent: the same business day) */
  | { type: 'letter'; letterKind: LetterKind; urgent?: boolean }
  /** tell the family in their portal what changed */
  | { type: 'notify_family'; topic: string }
  /** put something on the case owner's queue */
  | { type: 'notify_owner'; topic: string };

export interface ContractContext {
  action: 'cancel' | 'transfer';
  providerReference: string | null;
  effectiveDate: string | null;
  finalInvoiceAmount: number | null;
  remindersSent: number;
  escalations: number;
  disputes: number;
  lastRejectionReason: string | null;
  openInformationRequest: { message: string; documentsNeeded: string[] } | null;
}

export type ContractEvent =
  | { type: 'DOCUMENTS_CHANGED'; complete: boolean }
  | { type: 'REQUEST' }
  | { type: 'ACKNOWLEDGE'; reference?: string | null }
  | { type: 'COMPLETE'; effectiveDate: string; reference: string; finalInvoiceAmount?: number | null }
  | { type: 'REQUEST_INFORMATION'; message: string; documentsNeeded: string[] }
  | { type: 'INFORMATION_SUPPLIED'; note?: string | null }
  | { type: 'REJECT'; reason: string }
  | { type: 'AMEND'; note?: string | null }
  | { type: 'WITHDRAW'; reason: string }
  | { type: 'DEADLINE_PASSED' }
  | { type: 'INVOICE_AFTER_END'; invoiceDate: string; amount: number; reference: string }
  | { type: 'COLLECTION_NOTICE'; agency?: string; reference?: string; amount?: number }
  | { type: 'DISPUTE_RESOLVED'; note?: string | null }
  | { type: 'CLOSE' };

const waitForProvider: StateMeta = { deadline: { basis: 'providerSla' }, waitingOn: 'provider' };

const contractSetup = setup({
  types: {
    context: {} as ContractContext,
    events: {} as ContractEvent,
    input: {} as { action: 'cancel' | 'transfer' },
    emitted: {} as ContractEffect,
  },
  actions: {
    sendRequestLetter: emit(({ context }) => ({ type: 'letter' as const, letterKind: context.action === 'cancel' ? ('cancellation' as const) : ('transfer' as const) })),
    sendLetter: emit((_, params: { letterKind: LetterKind; urgent?: boolean }) => ({ type: 'letter' as const, ...params })),
    notifyFamily: emit((_, params: { topic: string }) => ({ type: 'notify_family' as const, topic: params.topic })),
    notifyOwner: emit((_, params: { topic: string }) => ({ type: 'notify_owner' as const, topic: params.topic })),
    recordReference: assign({
      providerReference: ({ context, event }) => (event.type === 'ACKNOWLEDGE' && event.reference ? event.reference : context.providerReference),
    }),
    recordCompletion: assign(({ context, event }) =>
      event.type === 'COMPLETE'
        ? { effectiveDate: event.effectiveDate, providerReference: event.reference, finalInvoiceAmount: event.finalInvoiceAmount ?? null, openInformationRequest: null }
        : context,
    ),
    recordInformationRequest: assign({
      openInformationRequest: ({ context, event }) =>
        event.type === 'REQUEST_INFORMATION' ? { message: event.message, documentsNeeded: event.documentsNeeded } : context.openInformationRequest,
    }),
    clearInformationRequest: assign({ openInformationRequest: null }),
    recordRejection: assign({ lastRejectionReason: ({ context, event }) => (event.type === 'REJECT' ? event.reason : context.lastRejectionReason) }),
    countReminder: assign({ remindersSent: ({ context }) => context.remindersSent + 1 }),
    countEscalation: assign({ escalations: ({ context }) => context.escalations + 1 }),
    countDispute: assign({ disputes: ({ context }) => context.disputes + 1 }),
  },
  guards: {
    documentsComplete: ({ event }) => event.type === 'DOCUMENTS_CHANGED' && event.complete,
    documentsIncomplete: ({ event }) => event.type === 'DOCUMENTS_CHANGED' && !event.complete,
  },
});

/** The provider's four possible answers, the same from every state that waits on the provider. */
const providerAnswers = {
  ACKNOWLEDGE: { target: 'acknowledged', actions: ['recordReference', { type: 'notifyFamily', params: { topic: 'acknowledged' } }] },
  COMPLETE: { target: 'confirmed', actions: ['recordCompletion', { type: 'notifyFamily', params: { topic: 'confirmed' } }] },
  REQUEST_INFORMATION: { target: 'informationRequested', actions: ['recordInformationRequest', { type: 'notifyOwner', params: { topic: 'information_requested' } }] },
  REJECT: { target: 'rejected', actions: ['recordRejection', { type: 'notifyOwner', params: { topic: 'rejected' } }] },
} as const;

/** Once the provider has our request, withdrawing it means telling them. */
const withdrawSent = {
  WITHDRAW: { target: 'withdrawn', actions: [{ type: 'sendLetter', params: { letterKind: 'withdrawal' } }, { type: 'notifyFamily', params: { topic: 'withdrawn' } }] },
} as const;

/** After the end date: a bill or a debt collector means we act at once. */
const afterEndDate = {
  INVOICE_AFTER_END: {
    target: 'disputed',
    actions: ['countDispute', { type: 'sendLetter', params: { letterKind: 'dispute' } }, { type: 'notifyFamily', params: { topic: 'invoice_disputed' } }],
  },
  COLLECTION_NOTICE: {
    target: 'collectionStopRequested',
    actions: [
      { type: 'sendLetter', params: { letterKind: 'collection_stop', urgent: true } },
      { type: 'notifyFamily', params: { topic: 'collection_stop_requested' } },
      { type: 'notifyOwner', params: { topic: 'collection_notice' } },
    ],
  },
} as const;

export const contractMachine = contractSetup.createMachine({
  id: CONTRACT_MACHINE_ID,
  initial: 'draft',
  context: ({ input }) => ({
    action: input.action,
    providerReference: null,
    effectiveDate: null,
    finalInvoiceAmount: null,
    remindersSent: 0,
    escalations: 0,
    disputes: 0,
    lastRejectionReason: null,
    openInformationRequest: null,
  }),
  states: {
    draft: {
      meta: { waitingOn: 'owner' } satisfies StateMeta,
      on: {
        DOCUMENTS_CHANGED: { target: 'ready', guard: 'documentsComplete' },
        WITHDRAW: { target: 'withdrawn' },
      },
    },
    ready: {
      meta: { waitingOn: 'owner' } satisfies StateMeta,
      on: {
        DOCUMENTS_CHANGED: { target: 'draft', guard: 'documentsIncomplete' },
        REQUEST: { target: 'requested', actions: ['sendRequestLetter', { type: 'notifyFamily', params: { topic: 'requested' } }] },
        WITHDRAW: { target: 'withdrawn' },
      },
    },
    requested: {
      meta: waitForProvider,
      on: {
        ...providerAnswers,
        ...withdrawSent,
        DEADLINE_PASSED: { target: 'reminded', actions: ['countReminder', { type: 'sendLetter', params: { letterKind: 'reminder' } }] },
      },
    },
    reminded: {
      meta: waitForProvider,
      on: {
        ...providerAnswers,
        ...withdrawSent,
        DEADLINE_PASSED: {
          target: 'escalated',
          actions: ['countEscalation', { type: 'sendLetter', params: { letterKind: 'escalation' } }, { type: 'notifyFamily', params: { topic: 'escalated' } }],
        },
      },
    },
    escalated: {
      meta: waitForProvider,
      on: {
        ...providerAnswers,
        ...withdrawSent,
        // Still no answer after the complaint: the owner must call; the deadline starts again.
        DEADLINE_PASSED: { target: 'escalated', reenter: true, actions: ['countEscalation', { type: 'notifyOwner', params: { topic: 'no_answer_after_escalation' } }] },
      },
    },
    acknowledged: {
      meta: waitForProvider,
      on: {
        COMPLETE: providerAnswers.COMPLETE,
        REQUEST_INFORMATION: providerAnswers.REQUEST_INFORMATION,
        REJECT: providerAnswers.REJECT,
        ...withdrawSent,
        DEADLINE_PASSED: { target: 'reminded', actions: ['countReminder', { type: 'sendLetter', params: { letterKind: 'reminder' } }] },
      },
    },
    informationRequested: {
      meta: { deadline: { basis: 'fixed', businessDays: OWNER_ANSWER_BUSINESS_DAYS }, waitingOn: 'owner' } satisfies StateMeta,
      on: {
        INFORMATION_SUPPLIED: {
          target: 'requested',
          actions: [{ type: 'sendLetter', params: { letterKind: 'information_supplied' } }, 'clearInformationRequest'],
        },
        COMPLETE: providerAnswers.COMPLETE,
        REJECT: providerAnswers.REJECT,
        ...withdrawSent,
        DEADLINE_PASSED: { target: 'informationRequested', reenter: true, actions: [{ type: 'notifyOwner', params: { topic: 'information_still_needed' } }] },
      },
    },
    rejected: {
      meta: { waitingOn: 'owner' } satisfies StateMeta,
      on: {
        AMEND: { target: 'ready' },
        WITHDRAW: { target: 'withdrawn', actions: [{ type: 'notifyFamily', params: { topic: 'withdrawn' } }] },
      },
    },
    confirmed: {
      meta: { deadline: { basis: 'fixed', businessDays: QUIET_PERIOD_BUSINESS_DAYS }, waitingOn: 'nobody' } satisfies StateMeta,
      on: {
        ...afterEndDate,
        DEADLINE_PASSED: { target: 'settled', actions: [{ type: 'notifyFamily', params: { topic: 'settled' } }] },
      },
    },
    disputed: {
      meta: waitForProvider,
      on: {
        ...afterEndDate,
        DISPUTE_RESOLVED: { target: 'confirmed', actions: [{ type: 'notifyFamily', params: { topic: 'dispute_resolved' } }] },
        DEADLINE_PASSED: { target: 'disputed', reenter: true, actions: ['countEscalation', { type: 'sendLetter', params: { letterKind: 'escalation' } }] },
      },
    },
    collectionStopRequested: {
      meta: { deadline: { basis: 'fixed', businessDays: 1 }, waitingOn: 'provider' } satisfies StateMeta,
      on: {
        INVOICE_AFTER_END: afterEndDate.INVOICE_AFTER_END,
        DISPUTE_RESOLVED: { target: 'confirmed', actions: [{ type: 'notifyFamily', params: { topic: 'dispute_resolved' } }] },
        DEADLINE_PASSED: {
          target: 'collectionStopRequested',
          reenter: true,
          actions: ['countEscalation', { type: 'sendLetter', params: { letterKind: 'escalation' } }, { type: 'notifyOwner', params: { topic: 'collection_not_stopped' } }],
        },
      },
    },
    settled: {
      meta: { waitingOn: 'nobody' } satisfies StateMeta,
      on: { ...afterEndDate, CLOSE: { target: 'closed' } },
    },
    closed: { type: 'final', meta: { waitingOn: 'nobody' } satisfies StateMeta },
    withdrawn: { type: 'final', meta: { waitingOn: 'nobody' } satisfies StateMeta },
  },
});

export type ContractState = keyof typeof contractMachine.states & string;
export const CONTRACT_STATES = Object.keys(contractMachine.states) as ContractState[];

/** The state's declared meta (deadline and who we wait on), read from the machine definition. */
export function contractStateMeta(state: ContractState): StateMeta {
  return contractMachine.states[state].meta as StateMeta;
}
