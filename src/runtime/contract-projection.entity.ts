import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContractAction, ContractProjection } from '../../workflows';

/** `numeric` comes back from pg as text; amounts are numbers everywhere else. */
const euros = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/**
 * A contract workflow's read model (`projectContract`), written by the runtime with every transition.
 * Readers get it through `WorkflowRuntime.standings`, never by restoring an actor.
 */
@Entity('contract_projections')
export class ContractProjectionRow implements ContractProjection {
  @PrimaryColumn('uuid')
  instanceId: string;

  @Column('uuid')
  estateId: string;

  /** The `CONTRACT_PROJECTION_VERSION` that wrote this row; a lower one is written again at start-up. */
  @Column('int')
  projectionVersion: number;

  @Column({ type: 'text' })
  action: ContractAction;

  @Column({ type: 'text', nullable: true })
  providerReference: string | null;

  @Column({ type: 'date', nullable: true })
  effectiveDate: string | null;

  @Column({ type: 'numeric', nullable: true, transformer: euros })
  finalInvoiceAmount: number | null;

  @Column('int')
  remindersSent: number;

  @Column('int')
  escalations: number;

  @Column('int')
  disputes: number;

  @Column({ type: 'text', nullable: true })
  lastRejectionReason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  openInformationRequest: ContractProjection['openInformationRequest'];

  @Column({ type: 'jsonb', nullable: true })
  openDispute: ContractProjection['openDispute'];

  /** Every open bill, oldest first; `[]` when none (projection version 2). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  openDisputes: ContractProjection['openDisputes'];

  @Column({ type: 'text', nullable: true })
  disputeRejectionReason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  brpCheck: ContractProjection['brpCheck'];

  /** v17: the bank's release still awaited, and from which wait; null when none (projection version 3). */
  @Column({ type: 'text', nullable: true })
  releaseAwaited: ContractProjection['releaseAwaited'];
}
