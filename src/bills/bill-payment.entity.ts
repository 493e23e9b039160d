import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { eurosColumn } from '../common/money';

/**
 * A bill owed by the estate, marked paid: named by its contract and invoice number, with the day it was
 * paid and what was owed of it then. An undo deletes the row, or undoes only its last top-up (`earlier`); the
 * timeline keeps who did each, and when.
 */
@Entity('bill_payments')
export class BillPayment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  estateId: string;

  @Column('uuid')
  contractId: string;

  @Column('text')
  billReference: string;

  @Column({ type: 'numeric', transformer: eurosColumn })
  amount: number;

  /** The provider's final bill, named by its confirmation's reference (migration 1763806500000). */
  @Column('boolean')
  finalBill: boolean;

  /** overdraftrest: the debit of an overdrawn account a bank blocked, named by the bank's reference of the block (migration 1763816300000). */
  @Column('boolean')
  overdraft: boolean;

  @Column({ type: 'date' })
  paidOn: string;

  /** The payment as it stood before each top-up of a bill raised after it was paid, oldest first (migration 1763806700000). */
  @Column('jsonb')
  earlier: { amount: number; paidOn: string }[];

  /** When it was marked paid (by the application's clock): the paid list's order. */
  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
