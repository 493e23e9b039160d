import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClockModule } from '../clock/clock.module';
import { ClockController } from './clock.controller';
import { ContractProjectionRow } from './contract-projection.entity';
import { OutboxService } from './outbox.service';
import { ParkedSteps } from './parked-steps.service';
import { RuntimeStatistics } from './runtime-statistics.service';
import { DeadlineScheduler } from './scheduler.service';
import { WorkflowInstance } from './workflow-instance.entity';
import { WorkflowRuntime } from './workflow-runtime.service';
import { Workers } from './workers.service';
import { IdempotencyModule } from '../idempotency/idempotency.module';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([WorkflowInstance, ContractProjectionRow]), ClockModule, IdempotencyModule],
  controllers: [ClockController],
  providers: [WorkflowRuntime, DeadlineScheduler, OutboxService, Workers, ParkedSteps, RuntimeStatistics],
  exports: [WorkflowRuntime, DeadlineScheduler, OutboxService, Workers, ParkedSteps, RuntimeStatistics],
})
export class RuntimeModule {}
