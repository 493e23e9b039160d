import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ContractsModule } from '../contracts/contracts.module';
import { EstatesModule } from '../estates/estates.module';
import { ProvidersModule } from '../providers/providers.module';
import { PrintableChecks } from './printable-checks';
import { EstateDocument } from './document.entity';
import { DocumentsController } from './documents.controller';
import { DocumentCorrectionsService } from './document-corrections.service';
import { DocumentErasuresService } from './document-erasures.service';
import { DocumentsService } from './documents.service';
import { Enclosure } from './enclosure.entity';
import { EnclosuresController } from './enclosures.controller';
import { EnclosuresService } from './enclosures.service';
import { SentDocuments } from './sent-documents';

@Module({
  imports: [TypeOrmModule.forFeature([EstateDocument, Enclosure]), EstatesModule, ContractsModule, IdempotencyModule, ProvidersModule],
  controllers: [DocumentsController, EnclosuresController],
  providers: [PrintableChecks, DocumentsService, EnclosuresService, DocumentErasuresService, DocumentCorrectionsService, SentDocuments],
  exports: [PrintableChecks, DocumentsService, EnclosuresService, DocumentErasuresService, DocumentCorrectionsService, SentDocuments],
})
export class DocumentsModule {}
