import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { ProviderTokensService } from '../providers/provider-tokens.service';
import { UsersService } from '../users/users.service';
import type { Principal } from './principal';

interface TokenClaims {
  sub: string;
  /** staff: users.id; family: family_members.id; provider: provider_users.id (web desk) */
  kind: 'staff' | 'family' | 'provider';
  /** family: the session version of the member when the session was opened (a new invitation ends older ones) */
  v?: number;
}

/** Issues and resolves bearer credentials. Every call re-reads the account, so revocation is immediate. */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly db: DataSource,
    private readonly providerTokens: ProviderTokensService,
  ) {}

  /** Staff and desk sessions last a working day (the module default); family sessions pass a longer life. */
  issue(claims: TokenClaims, expiresInSeconds?: number): Promise<string> {
    return this.jwt.signAsync(claims, expiresInSeconds ? { expiresIn: expiresInSeconds } : {});
  }

  async resolve(token: string): Promise<Principal | null> {
    const providerToken = await this.providerTokens.resolve(token);
    if (providerToken) return providerToken;
    const claims = await this.jwt.verifyAsync<TokenClaims>(token).catch(() => null);
    if (!claims) return null;
    if (claims.kind === 'staff') {
      const user = await this.users.findActive(claims.sub);
      return user && { kind: 'staff', userId: user.id, role: user.role, name: user.name };
    }
    if (claims.kind === 'provider') {
      const [deskUser] = await this.db.query(
        'SELECT u.id, u.provider_id, p.name FROM provider_users u JOIN providers p ON p.id = u.provider_id WHERE u.id = $1 AND u.active',
        [claims.sub],
      );
      return deskUser ? { kind: 'provider', providerId: deskUser.provider_id, credentialId: deskUser.id, name: deskUser.name } : null;
    }
    const [member] = await this.db.query('SELECT id, estate_id, name FROM family_members WHERE id = $1 AND session_version = $2', [claims.sub, claims.v ?? 0]);
    return member ? { kind: 'family', familyMemberId: member.id, estateId: member.estate_id, name: member.name } : null;
  }
}
