import { Module } from '@nestjs/common';
import { ContractsModule } from '../contracts/contracts.module';
import { EstatesModule } from '../estates/estates.module';
import { NotificationsService } from './notifications.service';

@Module({ imports: [ContractsModule, EstatesModule], providers: [NotificationsService], exports: [NotificationsService] })
export class NotificationsModule {}
