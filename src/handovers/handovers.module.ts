import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EstatesModule } from '../estates/estates.module';
import { LettersModule } from '../letters/letters.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { Handover } from './handover.entity';
import { HandoversController } from './handovers.controller';
import { HandoversService } from './handovers.service';

/** Changes of case owner: confirmed, received, told to the family, undoable for a day. */
@Module({
  imports: [TypeOrmModule.forFeature([Handover]), EstatesModule, LettersModule, NotificationsModule],
  controllers: [HandoversController],
  providers: [HandoversService],
  exports: [HandoversService],
})
export class HandoversModule {}
