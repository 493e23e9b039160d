import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AnyEventObject } from 'xstate';
import { estateVersionToReopen } from '../../workflows';
import { money } from '../../workflows/wording';
import { familyWords, type Lang } from '../words';
import type { Actor } from '../auth/principal';
import { AppliedTransition, WorkflowRuntime } from '../runtime/workflow-runtime.service';
import { Estate } from './estate.entity';
import { contractRows } from '../contracts/contract-rows';

const STATUS_WORDS: Record<string, string> = {
  intake: 'intake',
  inventory: 'taking inventory of contracts',
  inProgress: 'requests in progress',
  settling: 'settling: every contract is ended or transferred',
  closed: 'closed; the final report goes to the family',
  purged: 'purged after the retention period',
};

/** What is left of a kind of money (bills to pay from the estate, refunds still to come to it): how many, and their total. */
export interface SumsLeft {
  count: number;
  total: number;
}

/**
 * What is left when every contract is done with its organisation but for bills to pay and refunds to receive (each null when none):
 * the family's heading says it (`settledButText`), and the closing step keeps it (refundclose: `CLOSE`'s `refundsToCome`;
 * refunddesk: its `billsToPay` too; closewords: the settling step as well), so its words stay true of that day once a bill is paid or a
 * refund comes later.
 */
export interface SettledBut {
  bills: SumsLeft | null;
  refunds: SumsLeft | null;
}
export type SumsLeftReader = (manager: EntityManager, estateId: string) => Promise<SumsLeft | null>;

/** Of amounts still open (each above nil), how many and their total in whole cents; none: null. */
export const sumsLeftOf = (amounts: number[]): SumsLeft | null =>
  amounts.length ? { count: amounts.length, total: amounts.reduce((cents, a) => cents + Math.round(a * 100), 0) / 100 } : null;

/**
 * „Alles is afgehandeld, behalve …": the bills to pay (`allButBills`) and the refunds to come (`allButRefunds`, or `refundsAlsoLeft`
 * after bills), the sums only to a relative who reads the estate's debts (`readsDebts`); null when nothing is left. The family's
 * heading, the closing step and the daily email's closing line all say it from here.
 */
export function settledButText(left: SettledBut | null, readsDebts: boolean, lang: Lang): string | null {
  const w = familyWords(lang);
  const sum = (l: SumsLeft) => (readsDebts ? money(l.total, lang) : null);
  const bills = left?.bills ? w.allButBills(left.bills.count, sum(left.bills)) : null;
  const refunds = left?.refunds ? (bills ? w.refundsAlsoLeft : w.allButRefunds)(left.refunds.count, sum(left.refunds)) : null;
  return [bills, refunds].filter(Boolean).join(' ') || null;
}

/**
 * What the settling or closing step kept of the bills to pay and refunds to come (`event`: the step's event; older steps kept none,
 * or at closing only refunds), as the heading says it.
 */
export const leftAtStep = (event: Record<string, unknown> | undefined, readsDebts: boolean, lang: Lang): string | null =>
  settledButText({ bills: (event?.billsToPay as SumsLeft | undefined) ?? null, refunds: (event?.refundsToCome as SumsLeft | undefined) ?? null }, readsDebts, lang);

/** Of refunds (`left`: what has not come of each), those not all received: how many and what is left together; none: null. */
export const refundsToComeOf = (refunds: Iterable<{ left: number }>): SumsLeft | null => sumsLeftOf([...refunds].map((r) => r.left).filter((left) => left > 0));

/** Erases an estate inside the transaction that ends its retention period. */
export type PurgeHandler = (manager: EntityManager, estateId: string) => Promise<void>;

/** The estate lifecycle (intake → inventory → in progress → settling → closed → purged) on the runtime. */
@Injectable()
export class EstateWorkflow implements OnModuleInit {
  private purge: PurgeHandler | null = null;
  private refundsToCome: SumsLeftReader = async () => null;
  private billsToPay: SumsLeftReader = async () => null;

  constructor(private readonly runtime: WorkflowRuntime) {}

  /**
   * The privacy module erases the estate when the retention period's deadline moves it to "purged":
   * in the scheduler's transaction, so "purged" and the erasure commit together, exactly once, with
   * the scheduler's retries and parking when it fails. (Registered here rather than imported: the
   * eraser needs every module, and they all need this one.)
   */
  onPurge(handler: PurgeHandler): void {
    this.purge = handler;
  }

  /** The refunds module tells what of the estate's refunds has not come (registered: refunds read contracts, which need this module). */
  readRefundsToComeWith(reader: SumsLeftReader): void {
    this.refundsToCome = reader;
  }

  /** refunddesk: the bills module tells which of the estate's bills are still to pay (registered as the refunds' reader is). */
  readBillsToPayWith(reader: SumsLeftReader): void {
    this.billsToPay = reader;
  }

  onModuleInit(): void {
    this.runtime.register('estate', {
      describe: (t) => (t.event.type === 'REOPEN' ? `Estate reopened. Reason: ${String(t.event.reason)}` : `Estate status: ${STATUS_WORDS[t.to] ?? t.to}.`),
      write: (batch, t) => {
        batch.add(['UPDATE estates SET status = $1, updated_at = $3 WHERE id = $2', [t.to, t.instance.subjectId, t.at]]);
      },
      afterTransition: async (manager, t) => {
        if (t.to !== 'purged') return;
        // Never "purged" with the data still there: without an eraser the deadline fails and is retried.
        if (!this.purge) throw new Error('no retention purge registered');
        await this.purge(manager, t.instance.subjectId);
      },
    });
  }

  start(manager: EntityManager, estate: Estate) {
    return this.runtime.start(manager, { estateId: estate.id, subjectType: 'estate', subjectId: estate.id, machineId: 'estate', input: {} });
  }

  /** Locks the estate's workflow for the rest of the caller's transaction: the estate's one lock, taken before any contract's. */
  async lock(manager: EntityManager, estateId: string): Promise<void> {
    await this.runtime.lock(manager, 'estate', estateId);
  }

  /** An event the owner asks for; a state that does not allow it answers 409 and nothing is written. */
  apply(manager: EntityManager, estateId: string, event: AnyEventObject, actor: Actor): Promise<AppliedTransition> {
    return this.runtime.apply(manager, 'estate', estateId, event, actor);
  }

  /** Sends an event the estate may or may not be ready for: contracts drive the estate, never block on it. */
  async nudge(manager: EntityManager, estateId: string, event: AnyEventObject, actor: Actor): Promise<void> {
    await this.runtime.applyIfAccepted(manager, 'estate', estateId, event, actor);
  }

  /**
   * The owner reopens a closed estate, with the reason; any other state answers 409. An estate closed on
   * machine v1 (which could not reopen) moves to the version that can, in this transaction and only now
   * (`estateVersionToReopen`).
   */
  async reopen(manager: EntityManager, estateId: string, reason: string, actor: Actor): Promise<void> {
    const instance = await this.runtime.lock(manager, 'estate', estateId);
    const version = instance && estateVersionToReopen(instance.machineVersion, instance.state);
    if (version) await this.runtime.moveToVersion(manager, 'estate', estateId, version);
    await this.runtime.apply(manager, 'estate', estateId, { type: 'REOPEN', reason }, actor);
  }

  /**
   * The case owner closes a settling estate: the final report goes to the family and every settled
   * contract is closed with it. Any other state answers 409. The estate's instance is locked first,
   * then each contract's, like every contract transition does. The bills still to pay and refunds still to come are kept in the step
   * (`billsToPay`, `refundsToCome`): it tells the family what was left that day, not "alles is afgehandeld".
   */
  async close(manager: EntityManager, estateId: string, actor: Actor): Promise<void> {
    await this.runtime.apply(manager, 'estate', estateId, { type: 'CLOSE', ...(await this.leftNow(manager, estateId)) }, actor);
    const settled: { id: string }[] = await manager.query(`SELECT id FROM ${contractRows} c WHERE c.estate_id = $1 AND c.state = 'settled'`, [estateId]);
    for (const contract of settled) await this.runtime.apply(manager, 'contract', contract.id, { type: 'CLOSE' }, actor);
  }

  /**
   * No contract of the estate is open any more: it settles, if its state takes that. closewords: the step keeps the bills still to
   * pay and refunds still to come as `close` does, so it tells the family what is left that day, not "alle contracten zijn afgehandeld".
   */
  async allSettled(manager: EntityManager, estateId: string, actor: Actor): Promise<void> {
    await this.nudge(manager, estateId, { type: 'ALL_CONTRACTS_SETTLED', ...(await this.leftNow(manager, estateId)) }, actor);
  }

  /** The bills still to pay and refunds still to come, for a step's event (`billsToPay`, `refundsToCome`; each absent when none). */
  private async leftNow(manager: EntityManager, estateId: string): Promise<{ billsToPay?: SumsLeft; refundsToCome?: SumsLeft }> {
    // One after the other: `manager` is a transaction's, whose one connection runs a query at a time.
    const billsToPay = await this.billsToPay(manager, estateId);
    const refundsToCome = await this.refundsToCome(manager, estateId);
    return { ...(billsToPay && { billsToPay }), ...(refundsToCome && { refundsToCome }) };
  }
}
