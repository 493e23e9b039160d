import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { UsersService } from '../users/users.service';
import type { Principal } from './principal';

interface TokenClaims {
  sub: string;
  kind: 'staff' | 'family';
}

/** Issues and resolves bearer credentials. Every call re-reads the account, so revocation is immediate. */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly db: DataSource,
  ) {}

  issue(claims: TokenClaims): Promise<string> {
    return this.jwt.signAsync(claims);
  }

  async resolve(token: string): Promise<Principal | null> {
    const claims = await this.jwt.verifyAsync<TokenClaims>(token).catch(() => null);
    if (!claims) return null;
    if (claims.kind === 'staff') {
      const user = await this.users.findActive(claims.sub);
      return user && { kind: 'staff', userId: user.id, role: user.role, name: user.name };
    }
    const [member] = await this.db.query('SELECT id, estate_id, name FROM family_members WHERE id = $1', [claims.sub]);
    return member ? { kind: 'family', familyMemberId: member.id, estateId: member.estate_id, name: member.name } : null;
  }
}
