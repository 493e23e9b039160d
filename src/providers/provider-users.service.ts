import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { compare, hash } from 'bcryptjs';
import { DataSource } from 'typeorm';
import { ProblemException } from '../common/problem';

/** People at a provider's contact point who sign in to the web desk. */
@Injectable()
export class ProviderUsersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(providerId: string, dto: { email: string; name: string; password: string }): Promise<{ id: string; email: string; name: string }> {
    const [existing] = await this.db.query('SELECT 1 FROM provider_users WHERE lower(email) = lower($1)', [dto.email]);
    if (existing) throw new ProblemException(409, 'email-taken', `A desk user with email ${dto.email} already exists.`);
    const [row] = await this.db.query(
      'INSERT INTO provider_users (provider_id, email, name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id, email, name',
      [providerId, dto.email.trim(), dto.name.trim(), await hash(dto.password, 10)],
    );
    return row;
  }

  /** The desk user's id if the password is right; the same work is done for unknown emails. */
  async verify(email: string, password: string): Promise<string | null> {
    const [row] = await this.db.query('SELECT id, password_hash FROM provider_users WHERE lower(email) = lower($1) AND active', [email.trim()]);
    const ok = await compare(password, row?.password_hash ?? '$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinva');
    return row && ok ? row.id : null;
  }
}
