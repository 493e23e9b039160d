import { Module } from '@nestjs/common';
import { ContractsModule } from '../contracts/contracts.module';
import { EstatesModule } from '../estates/estates.module';
import { LettersModule } from '../letters/letters.module';
import { NotificationsService } from './notifications.service';

@Module({ imports: [ContractsModule, EstatesModule, LettersModule], providers: [NotificationsService], exports: [NotificationsService] })
export class NotificationsModule {}
