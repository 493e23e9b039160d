import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NameOrder } from '../../letters';
import type { PostalAddress } from '../providers/provider.entity';
import type { Lang } from '../words';
import { factsVersion } from '../common/versions';

/**
 * What a family member is to the estate, for what the portal shows them (issue 15): the
 * representative acts for the heirs and sees what they see; "other" follows along (a grandson, a
 * friend who helps) and sees only what is meant for all family members.
 */
export const FAMILY_ROLES = ['representative', 'heir', 'other'] as const;
export type FamilyRole = (typeof FAMILY_ROLES)[number];

/** The role the recorded flags imply: representative before heir (also how existing rows were filled). */
export function roleOf(flags: { isHeir: boolean; isRepresentative: boolean }): FamilyRole {
  return flags.isRepresentative ? 'representative' : flags.isHeir ? 'heir' : 'other';
}

/**
 * The flags a role implies, so letters (which address the representative, or else the first heir)
 * agree with the portal. A representative keeps whether they are also an heir.
 */
export function flagsOf(role: FamilyRole, isHeir: boolean): { isHeir: boolean; isRepresentative: boolean } {
  return { isHeir: role === 'heir' || (role === 'representative' && isHeir), isRepresentative: role === 'representative' };
}

/** A relative of the deceased: heir, representative, or simply someone who follows the portal. */
@Entity('family_members')
export class FamilyMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  estateId: string;

  @Column()
  name: string;

  /** How the name is written: "family_first" for "Nguyễn Thị Lan"; the name itself is kept as one text. */
  @Column({ type: 'text', default: 'given_first' })
  nameOrder: NameOrder;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column()
  relation: string;

  /** Address, date of birth, phone and IBAN: what a provider needs to put a contract in their name. */
  @Column({ type: 'jsonb', nullable: true })
  address: PostalAddress | null;

  @Column({ type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** Electronic IBAN format, for the direct debit of a contract taken over. */
  @Column({ type: 'text', nullable: true })
  iban: string | null;

  @Column()
  isHeir: boolean;

  @Column()
  isRepresentative: boolean;

  @Column({ type: 'text' })
  role: FamilyRole;

  @Column({ type: 'text', nullable: true, select: false })
  accessCodeHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  accessCodeExpiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  accessCodeUsedAt: Date | null;

  /** auditmend: a hash of the sign-in form's `attempt` that redeemed the code, so that form's second tap signs in too (`redeemAccessCode`). */
  @Column({ type: 'text', nullable: true, select: false })
  accessCodeUsedBy: string | null;

  /**
   * A new link's code, stored before its e-mail goes (opsbatch): it opens the portal as the code in use does, so a crash after the
   * send never leaves a dead code in the mailbox; the code in use stays until the e-mail went (`EstatesService.issueLinkCode`).
   */
  @Column({ type: 'text', nullable: true, select: false })
  linkCodeHash: string | null;

  @Column({ type: 'timestamptz', nullable: true, select: false })
  linkCodeExpiresAt: Date | null;

  /** Set when the case owner withdrew their portal access; a new invitation clears it. */
  @Column({ type: 'timestamptz', nullable: true })
  accessWithdrawnAt: Date | null;

  /** The language of their emails and portal; null: Dutch in emails, the portal's cookie on the web. */
  @Column({ type: 'text', nullable: true })
  language: Lang | null;

  /** Raised by every new code: portal sessions opened under an older version are ended. */
  @Column()
  sessionVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * Where an email with a link into the portal goes (the daily news, a report, a new link): nowhere without an address, nor
 * to a relative whose access the owner withdrew — they could not open it. Only the owner's invitation gives it back.
 */
export function portalMailAddress(m: Pick<FamilyMember, 'email' | 'accessWithdrawnAt'>): string | null {
  return m.accessWithdrawnAt ? null : m.email;
}

/** versions: the version of what a correction of a family member replaces (`PATCH …/family-members/{memberId}`'s `version`). */
export const familyMemberVersion = (m: FamilyMember): string =>
  factsVersion([m.name, m.nameOrder, m.relation, m.email, m.role, m.isHeir, m.isRepresentative, m.address, m.dateOfBirth, m.phone, m.iban]);

export function familyMemberView(m: FamilyMember) {
  return {
    id: m.id,
    estateId: m.estateId,
    name: m.name,
    nameOrder: m.nameOrder,
    email: m.email,
    relation: m.relation,
    address: m.address,
    dateOfBirth: m.dateOfBirth,
    phone: m.phone,
    iban: m.iban,
    isHeir: m.isHeir,
    isRepresentative: m.isRepresentative,
    role: m.role,
    language: m.language,
    accessWithdrawnAt: m.accessWithdrawnAt,
    version: familyMemberVersion(m),
  };
}
