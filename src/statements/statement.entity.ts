import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EvidenceLine, Interval, SeriesKind } from './detection';
import type { MatchedBy } from './matching';
import type { StatementFormat } from './statement-parser';

/** One statement read for an estate: counts only, no transactions (least data). */
@Entity('statement_imports')
export class StatementImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  estateId: string;

  @Column({ type: 'text' })
  format: StatementFormat;

  @Column({ type: 'text', nullable: true })
  fileName: string | null;

  @Column('text', { array: true })
  accounts: string[];

  @Column('int')
  transactionCount: number;

  @Column('int')
  seriesCount: number;

  @Column({ type: 'date', nullable: true })
  periodFrom: string | null;

  @Column({ type: 'date', nullable: true })
  periodTo: string | null;

  @Column({ type: 'text' })
  uploadedByType: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  /** When the owner looked at a family member's upload; until then it is on their queue. */
  @Column({ type: 'timestamptz', nullable: true })
  seenAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A recurring series found on a statement: a probable contract, with its evidence lines. */
@Entity('statement_findings')
export class StatementFinding {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  estateId: string;

  @Column('uuid')
  importId: string;

  @Column()
  seriesKey: string;

  @Column({ type: 'text' })
  kind: SeriesKind;

  @Column({ type: 'text', nullable: true })
  counterpartyName: string | null;

  @Column({ type: 'text', nullable: true })
  counterpartyIban: string | null;

  @Column('text', { array: true })
  creditorIds: string[];

  @Column({ type: 'text', nullable: true })
  mandateId: string | null;

  @Column({ type: 'text', nullable: true })
  umbrella: string | null;

  @Column({ type: 'text' })
  interval: Interval;

  @Column('int')
  typicalAmountCents: number;

  @Column()
  currency: string;

  @Column({ type: 'date' })
  firstDate: string;

  @Column({ type: 'date' })
  lastDate: string;

  @Column('int')
  occurrences: number;

  @Column('int')
  reversals: number;

  @Column()
  ranAfterDeath: boolean;

  @Column({ type: 'uuid', nullable: true })
  providerId: string | null;

  @Column({ type: 'text', nullable: true })
  matchedBy: MatchedBy | null;

  /** The draft contract made from this finding, once the owner chose it. */
  @Column({ type: 'uuid', nullable: true })
  contractId: string | null;

  @Column({ type: 'jsonb' })
  evidence: EvidenceLine[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
