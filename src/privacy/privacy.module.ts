import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BillsModule } from '../bills/bills.module';
import { ContractsModule } from '../contracts/contracts.module';
import { DocumentsModule } from '../documents/documents.module';
import { EstatesModule } from '../estates/estates.module';
import { HandoversModule } from '../handovers/handovers.module';
import { LettersModule } from '../letters/letters.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PortalModule } from '../portal/portal.module';
import { StatementsModule } from '../statements/statements.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { AccessLogEntry } from './access-log.entity';
import { AccessLogInterceptor } from './access-log.interceptor';
import { AccessLogService } from './access-log.service';
import { PersonalDataService } from './personal-data.service';
import { PrivacyController } from './privacy.controller';
import { RetentionStatistics } from './retention-statistics.entity';
import { RetentionService } from './retention.service';

/** Retention and the person's rights (issue 15): the purge, the access log, the personal-data export. */
@Module({
  imports: [TypeOrmModule.forFeature([AccessLogEntry, RetentionStatistics]), EstatesModule, HandoversModule, ContractsModule, BillsModule, DocumentsModule, LettersModule, NotificationsModule, PortalModule, StatementsModule, WebhooksModule],
  controllers: [PrivacyController],
  providers: [AccessLogService, RetentionService, PersonalDataService, { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor }],
  exports: [AccessLogService, PersonalDataService],
})
export class PrivacyModule {}
