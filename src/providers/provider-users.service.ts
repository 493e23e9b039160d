import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { checkPassword, hashPassword } from '../auth/passwords';
import { NotFoundProblem, ProblemException } from '../common/problem';
import type { Lang } from '../words';

export interface DeskUser {
  id: string;
  email: string;
  name: string;
  active: boolean;
}

const DESK_USER_COLUMNS = 'id, email, name, active';

/** People at a provider's contact point who sign in to the web desk. */
@Injectable()
export class ProviderUsersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(providerId: string, dto: { email: string; name: string; password: string }): Promise<{ id: string; email: string; name: string }> {
    const [existing] = await this.db.query('SELECT 1 FROM provider_users WHERE lower(email) = lower($1)', [dto.email]);
    if (existing) throw new ProblemException(409, 'email-taken', `A desk user with email ${dto.email} already exists.`);
    const [row] = await this.db.query(
      'INSERT INTO provider_users (provider_id, email, name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id, email, name',
      [providerId, dto.email.trim(), dto.name.trim(), await hashPassword(dto.password)],
    );
    return row;
  }

  list(providerId: string): Promise<DeskUser[]> {
    return this.db.query(`SELECT ${DESK_USER_COLUMNS} FROM provider_users WHERE provider_id = $1 ORDER BY name, email`, [providerId]);
  }

  /**
   * Deactivating ends the desk user's sessions at once (the guard re-reads the account on every call);
   * the raised session version keeps them ended should the account be reactivated. 404 for a desk user
   * of another provider.
   */
  async setActive(providerId: string, id: string, active: boolean): Promise<DeskUser> {
    const [[row]] = await this.db.query(
      `UPDATE provider_users SET active = $3, session_version = session_version + CASE WHEN $3 THEN 0 ELSE 1 END
        WHERE id = $1 AND provider_id = $2 RETURNING ${DESK_USER_COLUMNS}`,
      [id, providerId, active],
    );
    if (!row) throw new NotFoundProblem();
    return row;
  }

  /** The desk user's own language, from now on preferred over the organisation's (the desk's header switch). */
  async setLanguage(providerId: string, id: string, language: Lang): Promise<void> {
    await this.db.query('UPDATE provider_users SET language = $3 WHERE id = $1 AND provider_id = $2', [id, providerId, language]);
  }

  /**
   * The desk user of a session still open (active, and no deactivation since it opened), with the provider's name and the
   * language the desk speaks: the user's own, else the organisation's. The guard asks on every call.
   */
  async activeSession(id: string, sessionVersion: number): Promise<{ id: string; providerId: string; name: string; language: string } | null> {
    const [row] = await this.db.query(
      'SELECT u.id, u.provider_id AS "providerId", p.name, coalesce(u.language, p.language) AS language FROM provider_users u JOIN providers p ON p.id = u.provider_id WHERE u.id = $1 AND u.active AND u.session_version = $2',
      [id, sessionVersion],
    );
    return row ?? null;
  }

  /** The desk user if the password is right; the same work is done for unknown emails. */
  async verify(email: string, password: string): Promise<{ id: string; sessionVersion: number } | null> {
    const [row] = await this.db.query('SELECT id, password_hash, session_version FROM provider_users WHERE lower(email) = lower($1) AND active', [email.trim()]);
    const { ok, outdated } = await checkPassword(password, row?.password_hash ?? null);
    if (!row || !ok) return null;
    // The one moment we hold the password: a hash of an older kind is replaced by the current one.
    if (outdated) await this.db.query('UPDATE provider_users SET password_hash = $2 WHERE id = $1', [row.id, await hashPassword(password)]);
    return { id: row.id, sessionVersion: row.session_version };
  }
}
