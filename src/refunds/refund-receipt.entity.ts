import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** `numeric` comes back from pg as text; amounts are numbers everywhere else. */
const euros = { to: (value: number) => value, from: (value: string) => Number(value) };

/**
 * What the estate received of a refund its provider confirmed (migration 1763817000000): one row a receipt, so a part received
 * keeps the rest open. An undo deletes the latest; the timeline keeps who did each, and when.
 */
@Entity('refund_receipts')
export class RefundReceipt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  estateId: string;

  @Column('uuid')
  contractId: string;

  @Column({ type: 'numeric', transformer: euros })
  amount: number;

  @Column({ type: 'date' })
  receivedOn: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
