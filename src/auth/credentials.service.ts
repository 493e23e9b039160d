import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUUID } from 'class-validator';
import { EstatesService } from '../estates/estates.service';
import { ProviderTokensService } from '../providers/provider-tokens.service';
import { ProviderUsersService } from '../providers/provider-users.service';
import { UsersService } from '../users/users.service';
import { langOf } from '../words';
import type { Principal } from './principal';

interface TokenClaims {
  sub: string;
  /** staff: users.id; family: family_members.id; provider: provider_users.id (web desk) */
  kind: 'staff' | 'family' | 'provider';
  /**
   * The account's session version when the session was opened: a family member's new code, or a
   * deactivated user or desk user, raises it and so ends every session opened before.
   */
  v: number;
}

/** Issues and resolves bearer credentials. Every call re-reads the account, so revocation is immediate. */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly providerTokens: ProviderTokensService,
    private readonly providerUsers: ProviderUsersService,
    private readonly estates: EstatesService,
  ) {}

  /** Staff and desk sessions last a working day (the module default); family sessions pass a longer life. */
  issue(claims: TokenClaims, expiresInSeconds?: number): Promise<string> {
    return this.jwt.signAsync(claims, expiresInSeconds ? { expiresIn: expiresInSeconds } : {});
  }

  async resolve(token: string): Promise<Principal | null> {
    const providerToken = await this.providerTokens.resolve(token);
    if (providerToken) return providerToken;
    const claims = await this.jwt.verifyAsync<TokenClaims & { exp?: unknown }>(token).catch(() => null);
    // Everything we sign expires; a signed token without `exp` (a leaked key, an old bug) would work for ever.
    // A subject that is no UUID names nobody (and would make PostgreSQL fail the lookup).
    if (!claims || typeof claims.exp !== 'number' || typeof claims.sub !== 'string' || !isUUID(claims.sub)) return null;
    const version = claims.v ?? 0;
    if (claims.kind === 'staff') {
      const user = await this.users.activeSession(claims.sub, version);
      return user ? { kind: 'staff', userId: user.id, role: user.role, name: user.name, lang: user.language } : null;
    }
    if (claims.kind === 'provider') {
      const deskUser = await this.providerUsers.activeSession(claims.sub, version);
      return deskUser ? { kind: 'provider', providerId: deskUser.providerId, credentialId: deskUser.id, name: deskUser.name, lang: langOf(deskUser.language) } : null;
    }
    const member = await this.estates.familySession(claims.sub, version);
    return member ? { kind: 'family', familyMemberId: member.id, estateId: member.estateId, name: member.name, lang: member.language === null ? null : langOf(member.language) } : null;
  }
}
