import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { eurosColumn } from '../common/money';

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

  @Column({ type: 'numeric', transformer: eurosColumn })
  amount: number;

  @Column({ type: 'date' })
  receivedOn: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
