import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface ContractOutcomeCount {
  category: string;
  action: string;
  /** the contract's final state: closed, withdrawn, … */
  outcome: string;
  count: number;
}

/**
 * What a purged estate leaves behind: counts for the organisation's figures, nothing that points at
 * a person (no estate id or reference, no names, no places, years instead of dates).
 */
@Entity('retention_statistics')
export class RetentionStatistics {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('int')
  purgeYear: number;

  @Column('int')
  deathYear: number;

  @Column({ type: 'int', nullable: true })
  daysToClose: number | null;

  @Column('int')
  familyMembers: number;

  @Column('int')
  letters: number;

  @Column('int')
  documents: number;

  @Column({ type: 'jsonb' })
  contracts: ContractOutcomeCount[];
}
