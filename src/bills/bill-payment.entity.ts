import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** `numeric` comes back from pg as text; amounts are numbers everywhere else. */
const euros = { to: (value: number) => value, from: (value: string) => Number(value) };

/**
 * A bill owed by the estate, marked paid: named by its contract and invoice number, with the day it was
 * paid and what was owed of it then. An undo deletes the row; the timeline keeps who did both, and when.
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

  @Column({ type: 'numeric', transformer: euros })
  amount: number;

  /** The provider's final bill, named by its confirmation's reference (migration 1763806500000). */
  @Column('boolean')
  finalBill: boolean;

  @Column({ type: 'date' })
  paidOn: string;

  /** When it was marked paid (by the application's clock): the paid list's order. */
  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
