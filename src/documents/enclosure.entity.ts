import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A document the case owner attached to one provider request: that provider may open it, nobody else through the desk. */
@Entity('enclosures')
export class Enclosure {
  @PrimaryColumn('uuid')
  contractId: string;

  @PrimaryColumn('uuid')
  documentId: string;

  @Column({ type: 'text' })
  attachedByType: string;

  @Column({ type: 'uuid', nullable: true })
  attachedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  attachedAt: Date;
}
