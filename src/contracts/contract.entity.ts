import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { type AnswerDone, answerDoneOf, asksBankAccount, asksPensionStop, type InsuranceKind, type RequestAsked } from '../../workflows/wording';
import type { CompletionChange } from '../../workflows/contract.machine';
import { Provider } from '../providers/provider.entity';
import type { HandoverAppointment } from './handover-appointment';

export type ContractAction = 'cancel' | 'transfer';

/** A correction after the confirmation that the desk is asked to answer (`Contract.correctionAwaited`). */
export interface CorrectionAwaited {
  changes: { field: string; from: string | null; to: string | null }[];
  /** `YYYY-MM-DD`: the day of the latest correction letter that asked. */
  on: string;
  /**
   * deskanswer2: its term passed unanswered (`correctionLapsed`), found on `on` (the day after the term); `keeps`: the letter said the
   * date confirmed before stays without an answer, so the desk no longer waits on it (`awaitsDesk`). A new correction letter starts afresh.
   */
  lapsed?: { on: string; keeps: boolean };
}
/**
 * deskanswer: the provider's answer to a correction it was asked (`Contract.correctionAnswered`): the correction, the day it answered,
 * and the date it gave: the one it confirmed before (`kept`), or a new one; none where it took its confirmation back or the request ended.
 */
export interface CorrectionAnswered extends CorrectionAwaited {
  answeredOn: string;
  kept: boolean;
  effectiveDate: string | null;
  /**
   * digest3: what else the corrected confirmation that answered corrected (its reference, the final bill) and how its word came, as its
   * step recorded them, so the family's card says them after the answer as the e-mail does; absent in answers recorded before.
   */
  alsoCorrected?: { changes: CompletionChange[]; receivedVia?: string; toldOn?: string };
}
export const CONTRACT_ACTIONS: ContractAction[] = ['cancel', 'transfer'];

/**
 * What the contract's request asked beyond an end or a transfer, for every reader's words: an insurer's kind (not recorded: 'unknown'),
 * a bank account's block and balance; and what its confirmation said was done (`answerDone`, when the row carries it).
 */
export const requestAsked = (c: Pick<Contract, 'insuranceKind' | 'action'> & { answerDone?: unknown; provider: Pick<Provider, 'category'> }): RequestAsked => ({
  insurance: c.provider.category === 'insurance' ? (c.insuranceKind ?? 'unknown') : undefined,
  bankAccount: asksBankAccount(c.provider.category, c.action),
  pensionFund: asksPensionStop(c.provider.category, c.action),
  answerDone: answerDoneOf(c.answerDone as Parameters<typeof answerDoneOf>[0]),
});

/** One agreement of the deceased with a provider, to be cancelled or transferred to an heir. */
@Entity('contracts')
export class Contract {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  estateId: string;

  @Column('uuid')
  providerId: string;

  @ManyToOne(() => Provider, { nullable: false })
  @JoinColumn({ name: 'provider_id' })
  provider: Provider;

  @Column()
  description: string;

  @Column()
  accountNumber: string;

  @Column({ type: 'text' })
  action: ContractAction;

  @Column({ type: 'uuid', nullable: true })
  transferToFamilyMemberId: string | null;

  @Column({ type: 'date', nullable: true })
  requestedEndDate: string | null;

  /** An insurer's contract: what kind of insurance, which decides what its request asks (`InsuranceKind`); null: not recorded, or not an insurance. */
  @Column({ type: 'text', nullable: true })
  insuranceKind: InsuranceKind | null;

  /** What the bank or insurer said it did in its confirmation (`AnswerDone`, README bankanswer); null: none, or a confirmation that gave only a date. */
  @Column({ type: 'jsonb', nullable: true })
  answerDone: AnswerDone | null;

  /**
   * The deceased's name as the desk searches it (`steward_search_name` of the estate's deceased),
   * copied when the contract is added so one index serves a provider's name search.
   */
  @Column({ select: false, update: false })
  deceasedSearchName: string;

  /** The workflow's current state, kept here for queries and listings. */
  @Column()
  state: string;

  /**
   * The day the request asked, while a confirmed end date later than it waits on the owner's Today
   * (`endDateNotice`); null when none, or once the owner marked it handled.
   */
  @Column({ type: 'date', nullable: true })
  laterEndDateAsked: string | null;

  /**
   * answerrest: a document the provider had as part of our answer, withdrawn since, on a contract whose rejection or complaint
   * stands (`ANSWER_KEPT_FROM`): its kind and the day (`YYYY-MM-DD`), while the owner's status and Today say it; null when none,
   * or once she marked it handled or sent the request again.
   */
  @Column({ type: 'jsonb', nullable: true })
  answerWithdrawn: { kind: string; withdrawnOn: string } | null;

  /**
   * The day the provider is known to have had the request (`requestKnownOn`), kept when it confirmed the end so a
   * consumer's notice does not move afterwards (a letter going out late); null before, and when none was recorded
   * (the notice then runs from the date of death, and moves with a correction of it).
   */
  @Column({ type: 'date', nullable: true })
  requestKnownOn: string | null;

  /**
   * deskcorr (audit91 F6): a correction sent after the provider confirmed, whose letter asks whether the confirmed date changes
   * (`correctionAsksDateAgain`): what it corrected (from → to; the earliest `from` of each fact since the confirmation) and the
   * day of its letter, while the desk has not answered it by confirming again (the same date: it stays). Null otherwise.
   */
  @Column({ type: 'jsonb', nullable: true })
  correctionAwaited: CorrectionAwaited | null;

  /** deskanswer: how the provider answered the last correction it was asked (`correctionAwaited`); null before any answer. */
  @Column({ type: 'jsonb', nullable: true })
  correctionAnswered: CorrectionAnswered | null;

  /** rentkeys: the handover appointment a housing corporation gave once it confirmed the lease's end; null before. */
  @Column({ type: 'jsonb', nullable: true })
  handoverAppointment: HandoverAppointment | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
