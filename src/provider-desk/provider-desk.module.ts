import { Module } from '@nestjs/common';
import { ContractsModule } from '../contracts/contracts.module';
import { DocumentsModule } from '../documents/documents.module';
import { EstatesModule } from '../estates/estates.module';
import { LettersModule } from '../letters/letters.module';
import { ProvidersModule } from '../providers/providers.module';
import { RefundsModule } from '../refunds/refunds.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { DeskWebController } from './desk-web.controller';
import { DeskWebhooksController } from './desk-webhooks.controller';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ProviderDeskController } from './provider-desk.controller';
import { ProviderDeskService } from './provider-desk.service';

@Module({
  imports: [ContractsModule, DocumentsModule, EstatesModule, IdempotencyModule, LettersModule, ProvidersModule, RefundsModule, WebhooksModule],
  controllers: [ProviderDeskController, DeskWebhooksController, DeskWebController],
  providers: [ProviderDeskService],
  exports: [ProviderDeskService],
})
export class ProviderDeskModule {}
