import { Module } from '@nestjs/common';
import { ProvidersModule } from '../providers/providers.module';
import { WebhooksController } from './webhooks.controller';
import { WebhookSender } from './webhook-sender';
import { WebhooksService } from './webhooks.service';
import { IdempotencyModule } from '../idempotency/idempotency.module';

@Module({
  imports: [ProvidersModule, IdempotencyModule],
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhookSender],
  exports: [WebhooksService],
})
export class WebhooksModule {}
