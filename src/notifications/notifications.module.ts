import { Module } from '@nestjs/common';
import { ContractsModule } from '../contracts/contracts.module';
import { NotificationsService } from './notifications.service';

@Module({ imports: [ContractsModule], providers: [NotificationsService], exports: [NotificationsService] })
export class NotificationsModule {}
