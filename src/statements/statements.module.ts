import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContractsModule } from '../contracts/contracts.module';
import { DocumentsModule } from '../documents/documents.module';
import { EstatesModule } from '../estates/estates.module';
import { ProvidersModule } from '../providers/providers.module';
import { StatementFinding, StatementImport } from './statement.entity';
import { StatementsController } from './statements.controller';
import { StatementsService } from './statements.service';
import { IdempotencyModule } from '../idempotency/idempotency.module';

/** Bank statements of the deceased: import, detection of what runs, findings that become contracts. */
@Module({
  imports: [TypeOrmModule.forFeature([StatementImport, StatementFinding]), EstatesModule, ContractsModule, ProvidersModule, DocumentsModule, IdempotencyModule],
  controllers: [StatementsController],
  providers: [StatementsService],
  exports: [StatementsService],
})
export class StatementsModule {}
