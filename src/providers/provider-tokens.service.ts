import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ProviderPrincipal } from '../auth/principal';
import { Clock } from '../clock/clock';
import { NotFoundProblem } from '../common/problem';
import { langOf } from '../words';

export const PROVIDER_TOKEN_PREFIX = 'stwp_';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** API tokens of provider contact points: random, shown once, stored hashed, revocable. */
@Injectable()
export class ProviderTokensService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async issue(providerId: string, label: string): Promise<{ id: string; token: string; label: string }> {
    const token = PROVIDER_TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const [row] = await this.db.query(
      'INSERT INTO provider_tokens (provider_id, label, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
      [providerId, label, hashToken(token), this.clock.now()],
    );
    return { id: row.id, token, label };
  }

  list(providerId: string): Promise<{ id: string; label: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }[]> {
    return this.db.query(
      `SELECT id, label, created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"
         FROM provider_tokens WHERE provider_id = $1 ORDER BY created_at`,
      [providerId],
    );
  }

  async revoke(providerId: string, tokenId: string): Promise<void> {
    const [, affected] = await this.db.query(
      'UPDATE provider_tokens SET revoked_at = $3 WHERE id = $1 AND provider_id = $2 AND revoked_at IS NULL',
      [tokenId, providerId, this.clock.now()],
    );
    if (!affected) throw new NotFoundProblem();
  }

  /** The provider behind a token, or null for unknown and revoked tokens. */
  async resolve(token: string): Promise<ProviderPrincipal | null> {
    if (!token.startsWith(PROVIDER_TOKEN_PREFIX)) return null;
    // TypeORM answers an UPDATE with [rows, affected].
    const [[row]] = await this.db.query(
      `UPDATE provider_tokens t SET last_used_at = $2 FROM providers p
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND p.id = t.provider_id
        RETURNING t.id, t.provider_id, p.name, p.language`,
      [hashToken(token), this.clock.now()],
    );
    return row ? { kind: 'provider', providerId: row.provider_id, credentialId: row.id, name: row.name, lang: langOf(row.language) } : null;
  }
}
