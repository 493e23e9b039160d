import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EstatesModule } from '../estates/estates.module';
import { LettersModule } from '../letters/letters.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { Handover } from './handover.entity';
import { HandoversController } from './handovers.controller';
import { HandoversService } from './handovers.service';
import { IdempotencyModule } from '../idempotency/idempotency.module';

/** Changes of case owner: confirmed, received, told to the family, undoable for a day. */
@Module({
  imports: [TypeOrmModule.forFeature([Handover]), EstatesModule, LettersModule, NotificationsModule, IdempotencyModule],
  controllers: [HandoversController],
  providers: [HandoversService],
  exports: [HandoversService],
})
export class HandoversModule {}
