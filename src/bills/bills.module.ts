import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ContractsModule } from '../contracts/contracts.module';
import { EstatesModule } from '../estates/estates.module';
import { BillPayment } from './bill-payment.entity';
import { BillsController } from './bills.controller';
import { BillsService } from './bills.service';

/** The bills the estate owes and their payments (`bill_payments`): the family's card, the owner's lists. */
@Module({
  imports: [TypeOrmModule.forFeature([BillPayment]), ContractsModule, EstatesModule, IdempotencyModule],
  controllers: [BillsController],
  providers: [BillsService],
  exports: [BillsService],
})
export class BillsModule {}
