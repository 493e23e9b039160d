import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { StewardConfig } from '../config/config';
import { EstatesModule } from '../estates/estates.module';
import { ProvidersModule } from '../providers/providers.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { CredentialsService } from './credentials.service';
import { LoginThrottle } from './login-throttle.service';
import { LoginService } from './login.service';

@Global()
@Module({
  imports: [
    UsersModule,
    ProvidersModule,
    EstatesModule,
    JwtModule.registerAsync({
      inject: [StewardConfig],
      // A key object made once: given the string, jsonwebtoken first tries it as a PEM public key on
      // every verify and builds the exception that refuses it (~1 ms of CPU per request).
      useFactory: (config: StewardConfig) => ({ secret: createSecretKey(Buffer.from(config.jwtSecret)), signOptions: { expiresIn: '12h' } }),
    }),
  ],
  controllers: [AuthController],
  providers: [CredentialsService, LoginService, LoginThrottle, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [CredentialsService, LoginService, LoginThrottle],
})
export class AuthModule {}
