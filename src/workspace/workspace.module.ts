import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { BillsModule } from '../bills/bills.module';
import { RefundsModule } from '../refunds/refunds.module';
import { ContractsModule } from '../contracts/contracts.module';
import { DocumentsModule } from '../documents/documents.module';
import { EstatesModule } from '../estates/estates.module';
import { HandoversModule } from '../handovers/handovers.module';
import { LettersModule } from '../letters/letters.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PortalModule } from '../portal/portal.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { ProvidersModule } from '../providers/providers.module';
import { StatementsModule } from '../statements/statements.module';
import { UsersModule } from '../users/users.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { AdminWebController } from './admin-web.controller';
import { ContractWebController } from './contract-web.controller';
import { CorrectionWebController } from './correction-web.controller';
import { DashboardService } from './dashboard.service';
import { EstateOverviewService } from './estate-overview.service';
import { EstateWebController } from './estate-web.controller';
import { PrivacyWebController } from './privacy-web.controller';
import { WorkQueueController } from './work-queue.controller';
import { WorkQueueService } from './work-queue.service';
import { WorkspaceWebController } from './workspace-web.controller';
import { NotificationsWebController } from './notifications-web.controller';
import { UnreadNotifications } from './unread-notifications.interceptor';
import { IdempotencyModule } from '../idempotency/idempotency.module';

/** The case owner's workspace (web pages under /app) and the work queue API. */
@Module({
  imports: [EstatesModule, HandoversModule, ContractsModule, BillsModule, RefundsModule, DocumentsModule, LettersModule, NotificationsModule, PortalModule, PrivacyModule, ProvidersModule, StatementsModule, UsersModule, WebhooksModule, IdempotencyModule],
  controllers: [WorkQueueController, WorkspaceWebController, EstateWebController, CorrectionWebController, ContractWebController, AdminWebController, PrivacyWebController, NotificationsWebController],
  providers: [WorkQueueService, DashboardService, EstateOverviewService, { provide: APP_INTERCEPTOR, useClass: UnreadNotifications }],
})
export class WorkspaceModule {}
