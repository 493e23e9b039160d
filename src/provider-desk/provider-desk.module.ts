import { Module } from '@nestjs/common';
import { ContractsModule } from '../contracts/contracts.module';
import { DocumentsModule } from '../documents/documents.module';
import { LettersModule } from '../letters/letters.module';
import { ProvidersModule } from '../providers/providers.module';
import { DeskWebController } from './desk-web.controller';
import { IdempotencyService } from './idempotency.service';
import { ProviderDeskController } from './provider-desk.controller';
import { ProviderDeskService } from './provider-desk.service';

@Module({
  imports: [ContractsModule, DocumentsModule, LettersModule, ProvidersModule],
  controllers: [ProviderDeskController, DeskWebController],
  providers: [ProviderDeskService, IdempotencyService],
  exports: [ProviderDeskService],
})
export class ProviderDeskModule {}
