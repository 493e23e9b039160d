import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The record of one change of case owner, with the reason given. */
@Entity('handovers')
export class Handover {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  estateId: string;

  @Column('uuid')
  fromUserId: string;

  @Column('uuid')
  toUserId: string;

  @Column()
  reason: string;

  @Column({ type: 'timestamptz' })
  handedOverAt: Date;
}
