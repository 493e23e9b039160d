import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { checkPassword, hashPassword } from '../auth/passwords';
import type { StaffPrincipal } from '../auth/principal';
import { createdAtPage, DEFAULT_PAGE_SIZE, Page, Position } from '../common/paging';
import { NotFoundProblem, ProblemException } from '../common/problem';
import { CreateUserDto } from './user.dto';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async create(dto: CreateUserDto): Promise<User> {
    if (await this.findByEmail(dto.email)) {
      throw new ProblemException(409, 'email-taken', `A user with email ${dto.email} already exists.`);
    }
    const user = this.users.create({
      email: dto.email.trim(),
      name: dto.name.trim(),
      phone: dto.phone ?? null,
      role: dto.role,
      passwordHash: await hashPassword(dto.password),
      active: true,
      sessionVersion: 0,
    });
    return this.users.save(user);
  }

  /** Creates the first admin once (idempotent), from configuration or the CLI. */
  async ensureAdmin(email: string, password: string, name = 'Administrator'): Promise<User> {
    const existing = await this.findByEmail(email);
    if (existing) return existing;
    // Instances started together race to create it: the one that loses finds the winner's.
    return this.create({ email, password, name, role: 'admin' }).catch(async (error: unknown) => {
      const winner = (error as { code?: string }).code === '23505' || error instanceof ProblemException ? await this.findByEmail(email) : null;
      if (!winner) throw error;
      return winner;
    });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: email.trim() }).getOne();
  }

  findActive(id: string): Promise<User | null> {
    return this.users.findOneBy({ id, active: true });
  }

  /** One page of the staff accounts, newest first (index `(created_at, id)`); `after` is a decoded CREATED_AT_CURSOR. */
  page(after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<User>> {
    return createdAtPage(this.users.createQueryBuilder('u'), 'u', after, limit);
  }

  /** Who can own an estate: active specialists, by name (handovers, an administrator's intake). */
  activeSpecialists(): Promise<User[]> {
    return this.users.find({ where: { role: 'specialist', active: true }, order: { name: 'ASC' } });
  }

  /** Checks a password; the same work is done for unknown emails so timing reveals nothing. */
  async verifyPassword(email: string, password: string): Promise<User | null> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email) AND u.active', { email: email.trim() })
      .getOne();
    const { ok, outdated } = await checkPassword(password, user?.passwordHash ?? null);
    if (!user || !ok) return null;
    // The one moment we hold the password: a hash of an older kind is replaced by the current one.
    if (outdated) await this.users.update({ id: user.id }, { passwordHash: await hashPassword(password) });
    return user;
  }

  /**
   * Deactivating signs the account out everywhere at once: the guard re-reads the account on every call,
   * and the raised session version keeps old sessions ended should the account be reactivated later.
   * An administrator cannot deactivate themselves, so there is always someone left to undo a mistake.
   */
  async setActive(id: string, active: boolean, by: StaffPrincipal): Promise<User> {
    if (!active && id === by.userId) {
      throw new ProblemException(409, 'own-account', 'You cannot deactivate your own account. Ask another administrator.');
    }
    const changed = await this.users
      .createQueryBuilder()
      .update(User)
      .set(active ? { active } : { active, sessionVersion: () => 'session_version + 1' })
      .where('id = :id', { id })
      .execute();
    if (!changed.affected) throw new NotFoundProblem('user');
    return (await this.users.findOneBy({ id }))!;
  }
}
