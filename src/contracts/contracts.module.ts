import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { EstatesModule } from '../estates/estates.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { Contract } from './contract.entity';
import { ContractsController } from './contracts.controller';
import { ContractsService } from './contracts.service';
import { ContractViews } from './contract-views.service';
import { ContractWorkflow } from './contract-workflow.service';

@Module({
  imports: [TypeOrmModule.forFeature([Contract]), EstatesModule, IdempotencyModule, WebhooksModule],
  controllers: [ContractsController],
  providers: [ContractsService, ContractWorkflow, ContractViews],
  exports: [ContractsService, ContractWorkflow, ContractViews],
})
export class ContractsModule {}
