import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Lang } from '../words';

export type UserRole = 'admin' | 'specialist';
export const USER_ROLES: UserRole[] = ['admin', 'specialist'];

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  email: string;

  @Column()
  name: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text' })
  role: UserRole;

  @Column({ select: false })
  passwordHash: string;

  @Column()
  active: boolean;

  /** Raised when the account is deactivated: sessions opened under an older version stay ended. */
  @Column()
  sessionVersion: number;

  /** The language the workspace and the owner's emails speak to this person (Dutch unless they switch). */
  @Column({ type: 'text', default: 'nl' })
  language: Lang;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** What the API shows of a user: never the password hash. */
export function publicUser(user: User) {
  return { id: user.id, email: user.email, name: user.name, phone: user.phone, role: user.role, language: user.language, active: user.active };
}
