import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { fullName as lettersFullName, type LivedWith, type NameOrder } from '../../letters';
import type { PostalAddress } from '../providers/provider.entity';
import { User } from '../users/user.entity';
import { factsVersion } from '../common/versions';

export type Gender = 'male' | 'female' | 'unknown';
export const GENDERS: Gender[] = ['male', 'female', 'unknown'];
export const ESTATE_STATUSES = ['intake', 'inventory', 'inProgress', 'settling', 'closed', 'purged'] as const;
export type EstateStatus = (typeof ESTATE_STATUSES)[number];

/** The person who died, exactly as recorded: letters name them from these fields only. */
export class Deceased {
  @Column()
  givenNames: string;

  @Column({ type: 'text', nullable: true })
  surnamePrefix: string | null;

  @Column()
  surname: string;

  /** "family_first" for names written family name first ("Nguyễn Thị Minh Khai"). */
  @Column({ type: 'text', default: 'given_first' })
  nameOrder: NameOrder;

  @Column({ type: 'text' })
  gender: Gender;

  @Column({ type: 'date' })
  dateOfBirth: string;

  @Column({ type: 'date' })
  dateOfDeath: string;

  @Column({ type: 'jsonb' })
  address: PostalAddress;

  /** In a rented home, who lived with them (`LivedWith`): decides how the lease ends. Null: not recorded. */
  @Column({ type: 'text', nullable: true })
  livedWith: LivedWith | null;
}

/** Everything left to arrange after one death, owned by exactly one case owner at every moment. */
@Entity('estates')
export class Estate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  reference: string;

  @Column('uuid')
  ownerId: string;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'owner_id' })
  owner: User;

  @Column({ type: 'text' })
  status: EstateStatus;

  @Column(() => Deceased, { prefix: 'deceased' })
  deceased: Deceased;

  /** The account the heirs chose for the estate (boedelrekening), electronic IBAN format: every refund goes there. */
  @Column({ type: 'text', nullable: true })
  estateAccountIban: string | null;

  /** The account holder as the bank knows it, e.g. "Erven J. de Vries". */
  @Column({ type: 'text', nullable: true })
  estateAccountHolder: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** "Jan de Vries", "Zoë d'Ancona", "Nguyễn Thị Minh Khai": the name exactly as recorded, as letters write it. */
export function fullName(d: Pick<Deceased, 'givenNames' | 'surnamePrefix' | 'surname'> & { nameOrder?: NameOrder | null }): string {
  return lettersFullName({ ...d, nameOrder: d.nameOrder ?? undefined });
}

/**
 * The older API answer `livedAlone`, read from who lived there: only nobody is "alone" (a lodger lived there too),
 * null when not recorded. Kept so clients of the yes/no field read on.
 */
export const livedAloneOf = (livedWith: LivedWith | null): boolean | null => (livedWith === null ? null : livedWith === 'nobody');

/**
 * The older yes/no answer as who lived there: yes is nobody; no keeps a more exact answer already recorded, else
 * someone, not recorded who.
 */
export const livedWithOf = (livedAlone: boolean | null, recorded: LivedWith | null): LivedWith | null =>
  livedAlone === null ? null : livedAlone ? 'nobody' : recorded && recorded !== 'nobody' ? recorded : 'someone';

/** versions: the version of what a correction of the estate replaces (the deceased's particulars, the estate account): `PATCH /estates/{id}`'s `version`. */
export const estateVersion = (e: Pick<Estate, 'deceased' | 'estateAccountIban' | 'estateAccountHolder'>): string => factsVersion([e.deceased, e.estateAccountIban, e.estateAccountHolder]);

export function estateView(e: Estate) {
  return {
    id: e.id,
    reference: e.reference,
    status: e.status,
    owner: e.owner && { id: e.owner.id, name: e.owner.name, email: e.owner.email, phone: e.owner.phone },
    deceased: { ...e.deceased, livedAlone: livedAloneOf(e.deceased.livedWith), fullName: fullName(e.deceased) },
    estateAccount: e.estateAccountIban ? { iban: e.estateAccountIban, holder: e.estateAccountHolder } : null,
    createdAt: e.createdAt.toISOString(),
    version: estateVersion(e),
  };
}
