import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { publicUser } from '../users/user.entity';
import { Public } from './auth.decorators';
import { LoginService } from './login.service';
import { ApiDoc } from '../common/openapi';

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
  constructor(private readonly logins: LoginService) {}

  @Public()
  @ApiDoc({ summary: 'Sign in as staff', description: 'Exchanges an email and password for an access token (send it as `Authorization: Bearer …`). 401 for a wrong email or password; 429 with `Retry-After` once the account or the client address has used up its tries.', problems: [400, [401, 'Wrong email or password.'], 429], public: true })
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() req: Request) {
    const { accessToken, user } = await this.logins.staff(dto.email, dto.password, req.ip ?? 'unknown');
    return { accessToken, user: publicUser(user) };
  }
}
