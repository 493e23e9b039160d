import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Provider } from './provider.entity';
import { ProvidersController } from './providers.controller';
import { ProviderTokensService } from './provider-tokens.service';
import { ProviderUsersService } from './provider-users.service';
import { ProvidersService } from './providers.service';
import { ScorecardService } from './scorecard.service';
import { IdempotencyModule } from '../idempotency/idempotency.module';

@Module({
  imports: [TypeOrmModule.forFeature([Provider]), IdempotencyModule],
  controllers: [ProvidersController],
  providers: [ProvidersService, ProviderTokensService, ProviderUsersService, ScorecardService],
  exports: [ProvidersService, ProviderTokensService, ProviderUsersService, ScorecardService],
})
export class ProvidersModule {}
