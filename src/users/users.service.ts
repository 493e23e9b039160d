import { DEFAULT_LANG, type Lang, ownerWords } from '../words';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { checkPassword, hashPassword } from '../auth/passwords';
import type { StaffPrincipal } from '../auth/principal';
import { containsPattern, createdAtPage, DEFAULT_PAGE_SIZE, listOf, Page, pageOf, Position } from '../common/paging';
import { NotFoundProblem, ProblemException } from '../common/problem';
import { CreateUserDto } from './user.dto';
import { User } from './user.entity';

/** The staff lists: every account, and the specialists by name as searched (cursorbind). */
export const userLists = {
  accounts: () => listOf('users'),
  specialists: (search: { q?: string; exceptId?: string; onlyId?: string }) => listOf('specialists', search.q, search.exceptId, search.onlyId),
};

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** `lang`: the administrator's, for the refusal; the demo seed has none. */
  async create(dto: CreateUserDto, lang: Lang = DEFAULT_LANG): Promise<User> {
    if (await this.findByEmail(dto.email)) {
      throw new ProblemException(409, 'email-taken', ownerWords(lang).errors.details.emailTaken(dto.email));
    }
    const user = this.users.create({
      email: dto.email.trim(),
      name: dto.name.trim(),
      phone: dto.phone ?? null,
      role: dto.role,
      language: dto.language ?? 'nl',
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

  /**
   * What a signed-in request needs of its active account, if its session is still this version: read on
   * every staff request, so one plain statement (the entity read cost several times its CPU).
   */
  async activeSession(id: string, sessionVersion: number): Promise<Pick<User, 'id' | 'role' | 'name' | 'language'> | null> {
    const [user] = await this.users.manager.query('SELECT id, role, name, language FROM users WHERE id = $1 AND active AND session_version = $2', [id, sessionVersion]);
    return user ?? null;
  }

  /** The names of these accounts, active or not (who did what in an audit). */
  async names(ids: string[]): Promise<Map<string, string>> {
    const users = ids.length ? await this.users.find({ select: { id: true, name: true }, where: { id: In(ids) } }) : [];
    return new Map(users.map((u) => [u.id, u.name]));
  }

  /** One page of the staff accounts, newest first (index `(created_at, id)`); `after` is a decoded CREATED_AT_CURSOR. */
  page(after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<User>> {
    return createdAtPage(userLists.accounts(), this.users.createQueryBuilder('u'), 'u', after, limit);
  }

  /** Which of these accounts are active specialists, with their names. */
  async activeSpecialistsAmong(ids: string[]): Promise<Map<string, string>> {
    const users = ids.length ? await this.users.find({ select: { id: true, name: true }, where: { id: In(ids), role: 'specialist', active: true } }) : [];
    return new Map(users.map((u) => [u.id, u.name]));
  }

  /** Who can own an estate: active specialists, by name (an administrator's intake). */
  activeSpecialists(): Promise<User[]> {
    return this.users.find({ where: { role: 'specialist', active: true }, order: { name: 'ASC' } });
  }

  /**
   * The owner picker: one page of active specialists in name order, `q` matching any part of the name
   * with accents and case ignored ("boer" finds "Anna de Boer", "zoe" finds "Zoë"). Deactivated accounts
   * are never offered. Both the order and the search are indexes limited to active specialists.
   */
  async specialists(search: { q?: string; exceptId?: string; onlyId?: string; after?: Position | null } = {}, limit = DEFAULT_PAGE_SIZE): Promise<Page<User>> {
    const query = this.users.createQueryBuilder('u').where(`u.role = 'specialist' AND u.active`);
    const q = search.q?.trim();
    if (q) query.andWhere('steward_fold(u.name) LIKE steward_fold(:q)', { q: containsPattern(q) });
    if (search.exceptId) query.andWhere('u.id <> :exceptId', { exceptId: search.exceptId });
    if (search.onlyId) query.andWhere('u.id = :onlyId', { onlyId: search.onlyId });
    if (search.after) query.andWhere('(u.name, u.id) > (:afterName, :afterId::uuid)', { afterName: search.after[0], afterId: search.after[1] });
    const rows = await query.orderBy('u.name').addOrderBy('u.id').limit(limit + 1).getMany();
    return pageOf(userLists.specialists(search), rows, limit, (u) => [u.name, u.id]);
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
      throw new ProblemException(409, 'own-account', ownerWords(by.lang).errors.details.ownAccount);
    }
    const changed = await this.users
      .createQueryBuilder()
      .update(User)
      .set(active ? { active } : { active, sessionVersion: () => 'session_version + 1' })
      .where('id = :id', { id })
      .execute();
    if (!changed.affected) throw new NotFoundProblem();
    return (await this.users.findOneBy({ id }))!;
  }

  /** The language this person reads the workspace and their emails in, remembered on the account. */
  async setLanguage(id: string, language: Lang): Promise<void> {
    await this.users.update({ id }, { language });
  }
}
