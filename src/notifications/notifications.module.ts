import { Module } from '@nestjs/common';
import { ContractsModule } from '../contracts/contracts.module';
import { EstatesModule } from '../estates/estates.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { LettersModule } from '../letters/letters.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({ imports: [ContractsModule, EstatesModule, LettersModule, IdempotencyModule], controllers: [NotificationsController], providers: [NotificationsService], exports: [NotificationsService] })
export class NotificationsModule {}
