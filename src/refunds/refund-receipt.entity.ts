import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { eurosColumn } from '../common/money';
import type { ReceiptAnswers } from './refund.rules';

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

  /** askboth (migration 1764000200000): what it answers, the refund the provider confirmed or the money the owner asked back. */
  @Column({ type: 'text' })
  answers: ReceiptAnswers;

  @Column({ type: 'date' })
  receivedOn: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
