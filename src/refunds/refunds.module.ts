import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContractsModule } from '../contracts/contracts.module';
import { EstatesModule } from '../estates/estates.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { RefundReceipt } from './refund-receipt.entity';
import { RefundsController } from './refunds.controller';
import { RefundsService } from './refunds.service';

/** Money providers confirmed they owe the estate, and what of it came in (`refund_receipts`). */
@Module({
  imports: [TypeOrmModule.forFeature([RefundReceipt]), ContractsModule, EstatesModule, IdempotencyModule],
  controllers: [RefundsController],
  providers: [RefundsService],
  exports: [RefundsService],
})
export class RefundsModule {}
