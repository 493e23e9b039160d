import { ProvidersModule } from '../providers/providers.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BillsModule } from '../bills/bills.module';
import { ContractsModule } from '../contracts/contracts.module';
import { DocumentsModule } from '../documents/documents.module';
import { EstatesModule } from '../estates/estates.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { LetterInputBuilder } from './letter-input.service';
import { Letter } from './letter.entity';
import { LettersController, PrintBatchesController, ReaddressNoticesController } from './letters.controller';
import { LettersService } from './letters.service';
import { MailService } from './mail.service';
import { PrintBatchesService } from './print-batches.service';
import { ReaddressNoticesService } from './readdress-notices.service';
import { IdempotencyModule } from '../idempotency/idempotency.module';

@Module({
  imports: [TypeOrmModule.forFeature([Letter]), EstatesModule, ContractsModule, BillsModule, DocumentsModule, WebhooksModule, IdempotencyModule, ProvidersModule],
  controllers: [LettersController, PrintBatchesController, ReaddressNoticesController],
  providers: [LettersService, LetterInputBuilder, MailService, PrintBatchesService, ReaddressNoticesService],
  exports: [LettersService, MailService, PrintBatchesService, ReaddressNoticesService],
})
export class LettersModule {}
