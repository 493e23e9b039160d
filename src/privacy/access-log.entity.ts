import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** One view of an estate by a staff member: who, when, through which route. Purged with the estate. */
@Entity('access_log')
export class AccessLogEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column('uuid')
  estateId: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column()
  route: string;

  @Column({ type: 'uuid', nullable: true })
  targetId: string | null;

  @Column({ type: 'timestamptz' })
  viewedAt: Date;
}

export function accessLogView(a: AccessLogEntry) {
  return { at: a.viewedAt.toISOString(), user: { id: a.userId, name: a.user?.name ?? null }, route: a.route, targetId: a.targetId };
}
