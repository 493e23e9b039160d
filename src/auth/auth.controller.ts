import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { ProblemException } from '../common/problem';
import { publicUser } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { Public } from './auth.decorators';
import { CredentialsService } from './credentials.service';

export class LoginDto {
  @IsEmail()
  email: string;

  @IsString()
  @MaxLength(200)
  password: string;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly credentials: CredentialsService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto) {
    const user = await this.users.verifyPassword(dto.email, dto.password);
    if (!user) throw new ProblemException(401, 'invalid-credentials', 'Email or password is not correct.');
    return { accessToken: await this.credentials.issue({ sub: user.id, kind: 'staff' }), user: publicUser(user) };
  }
}
