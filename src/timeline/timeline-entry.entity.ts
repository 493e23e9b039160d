import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of an estate's history: who did what, when, and which state it moved a contract to. */
@Entity('timeline_entries')
export class TimelineEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', insert: false, select: false })
  seq: string;

  @Column('uuid')
  estateId: string;

  @Column({ type: 'uuid', nullable: true })
  contractId: string | null;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'text' })
  actorType: 'staff' | 'family' | 'provider' | 'system';

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column()
  actorName: string;

  @Column()
  event: string;

  @Column({ type: 'text', nullable: true })
  fromState: string | null;

  @Column({ type: 'text', nullable: true })
  toState: string | null;

  @Column()
  summary: string;

  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;
}
