import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { publicUser } from '../users/user.entity';
import { Public } from './auth.decorators';
import { LoginService } from './login.service';

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

  /** 401 for a wrong email or password; 429 with Retry-After once the account or the address has used up its tries. */
  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() req: Request) {
    const { accessToken, user } = await this.logins.staff(dto.email, dto.password, req.ip ?? 'unknown');
    return { accessToken, user: publicUser(user) };
  }
}
