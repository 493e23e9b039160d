import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const PROVIDER_CATEGORIES = ['telecom', 'energy', 'bank', 'insurance', 'pension', 'housing', 'subscription', 'government', 'other'] as const;
export type ProviderCategory = (typeof PROVIDER_CATEGORIES)[number];
export const CHANNELS = ['portal', 'email', 'post'] as const;
export type Channel = (typeof CHANNELS)[number];
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

/** A company the deceased had contracts with, and its one contact point for bereavement requests. */
@Entity('providers')
export class Provider {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  name: string;

  @Column({ type: 'text' })
  category: ProviderCategory;

  @Column()
  contactPointName: string;

  @Column({ type: 'text', nullable: true })
  contactPointEmail: string | null;

  @Column({ type: 'jsonb', nullable: true })
  contactPointPostalAddress: PostalAddress | null;

  @Column({ type: 'text' })
  channel: Channel;

  @Column('int')
  slaBusinessDays: number;

  @Column('text', { array: true })
  requiredDocuments: string[];

  @Column({ type: 'text' })
  language: Language;

  /** SEPA creditor IDs (incassant-ID) the provider collects under, to recognise it on a bank statement. */
  @Column('text', { array: true, default: () => "'{}'" })
  creditorIds: string[];

  /** Chamber of Commerce number; a Dutch creditor ID contains it, so it matches every ID of the company. */
  @Column({ type: 'text', nullable: true })
  kvkNumber: string | null;

  /** Other names it appears under on statements ("Vattenfall Klantenservice N.V."). */
  @Column('text', { array: true, default: () => "'{}'" })
  knownNames: string[];

  /**
   * Learns of a death from the BRP through the municipality (health insurers, pension funds, SVB,
   * Belastingdienst): no request letter goes to it, the owner checks what it did instead.
   */
  @Column({ default: false })
  informedByBrp: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

export function providerView(p: Provider) {
  return {
    id: p.id,
    name: p.name,
    category: p.category,
    contactPoint: { name: p.contactPointName, email: p.contactPointEmail, postalAddress: p.contactPointPostalAddress },
    channel: p.channel,
    slaBusinessDays: p.slaBusinessDays,
    requiredDocuments: p.requiredDocuments,
    language: p.language,
    creditorIds: p.creditorIds,
    kvkNumber: p.kvkNumber,
    knownNames: p.knownNames,
    informedByBrp: p.informedByBrp,
  };
}
