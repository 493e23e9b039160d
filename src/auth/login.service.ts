import { Injectable } from '@nestjs/common';
import { ReaderWordedProblem } from '../common/problem';
import { ProviderUsersService } from '../providers/provider-users.service';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { CredentialsService } from './credentials.service';
import { passwordLoginLimits } from './login-limits';
import { LoginThrottle } from './login-throttle.service';

const wrongPassword = () => new ReaderWordedProblem(401, 'invalid-credentials', 'invalidCredentials');

/** Password logins, the same behind every door (API, workspace page, desk page): limited, then checked, then a session. */
@Injectable()
export class LoginService {
  constructor(
    private readonly users: UsersService,
    private readonly deskUsers: ProviderUsersService,
    private readonly credentials: CredentialsService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** A staff session, or 401 / 429 problems. */
  async staff(email: string, password: string, client: string): Promise<{ accessToken: string; user: User }> {
    const user = await this.throttle.attempt(passwordLoginLimits('staff', email, client), () => this.users.verifyPassword(email, password));
    if (!user) throw wrongPassword();
    return { accessToken: await this.credentials.issue({ sub: user.id, kind: 'staff', v: user.sessionVersion }), user };
  }

  /** A provider desk session, or 401 / 429 problems. */
  async desk(email: string, password: string, client: string): Promise<string> {
    const deskUser = await this.throttle.attempt(passwordLoginLimits('desk', email, client), () => this.deskUsers.verify(email, password));
    if (!deskUser) throw wrongPassword();
    return this.credentials.issue({ sub: deskUser.id, kind: 'provider', v: deskUser.sessionVersion });
  }
}
