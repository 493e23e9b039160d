import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** The record of one change of case owner, with the reason given; an undo is recorded on it too. */
@Entity('handovers')
export class Handover {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  estateId: string;

  @Column('uuid')
  fromUserId: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'from_user_id' })
  fromUser: User;

  @Column('uuid')
  toUserId: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'to_user_id' })
  toUser: User;

  @Column()
  reason: string;

  @Column({ type: 'timestamptz' })
  handedOverAt: Date;

  /** When the receiver first opened the estate (or it moved on before they did): their notice ends. */
  @Column({ type: 'timestamptz', nullable: true })
  seenAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  undoneAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  undoneById: string | null;
}
