import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type SubjectType = 'contract' | 'estate';

/** A persisted XState actor: which machine (and version) it runs, where it stands, and when it is due. */
@Entity('workflow_instances')
export class WorkflowInstance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  estateId: string;

  @Column({ type: 'text' })
  subjectType: SubjectType;

  @Column('uuid')
  subjectId: string;

  @Column()
  machineId: string;

  @Column('int')
  machineVersion: number;

  @Column({ type: 'jsonb' })
  snapshot: object;

  @Column()
  state: string;

  /** The event types this instance's machine version accepts now; null until first projected (see the migration). */
  @Column({ type: 'text', array: true, nullable: true })
  acceptedEvents: string[] | null;

  /** Optimistic-lock counter: every applied event increments it. */
  @Column('int')
  version: number;

  /** The last day the one we wait on has (shown to people). */
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  /** When the scheduler fires DEADLINE_PASSED: the start of the day after `dueDate`. */
  @Column({ type: 'timestamptz', nullable: true })
  nextDueAt: Date | null;

  /**
   * The latest due date that passed while the instance stayed in its present state (a missed deadline
   * that only alerts or complains again starts a fresh term); null once a step starts a term afresh.
   */
  @Column({ type: 'date', nullable: true })
  missedDueDate: string | null;

  /** Whether the latest of those missed deadlines sent a letter (else it only alerted the owner). */
  @Column({ default: false })
  missedWithLetter: boolean;

  /** How many terms passed one after another while the instance stayed in its present state (0: none); cleared with `missedDueDate`. */
  @Column('int', { default: 0 })
  missedTerms: number;

  /** The first of those terms' due dates: since when the one we wait on is late. */
  @Column({ type: 'date', nullable: true })
  firstMissedDueDate: string | null;

  /**
   * The earliest of those terms the owner's calls left unanswered (`termsUnanswered`): since when her move is late, what
   * Today ranks and dates a late row by; the first missed until a call answers it. Cleared with `missedDueDate`.
   */
  @Column({ type: 'date', nullable: true })
  firstUnansweredDueDate: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
