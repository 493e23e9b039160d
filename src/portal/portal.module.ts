import { Module } from '@nestjs/common';
import { BillsModule } from '../bills/bills.module';
import { ContractsModule } from '../contracts/contracts.module';
import { DocumentsModule } from '../documents/documents.module';
import { EstatesModule } from '../estates/estates.module';
import { LettersModule } from '../letters/letters.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProvidersModule } from '../providers/providers.module';
import { RefundsModule } from '../refunds/refunds.module';
import { StatementsModule } from '../statements/statements.module';
import { UsersModule } from '../users/users.module';
import { DossierService } from './dossier.service';
import { FamilyDigestService } from './family-digest.service';
import { FamilyCareController } from './family-care.controller';
import { FamilyReportsService } from './family-reports.service';
import { FeedbackService } from './feedback.service';
import { PortalAccessService } from './portal-access.service';
import { PortalWebController } from './portal-web.controller';
import { PortalController } from './portal.controller';
import { PortalService } from './portal.service';
import { IdempotencyModule } from '../idempotency/idempotency.module';

@Module({
  imports: [EstatesModule, ContractsModule, BillsModule, DocumentsModule, LettersModule, NotificationsModule, ProvidersModule, RefundsModule, StatementsModule, UsersModule, IdempotencyModule],
  controllers: [PortalController, PortalWebController, FamilyCareController],
  providers: [PortalService, PortalAccessService, DossierService, FamilyReportsService, FeedbackService, FamilyDigestService],
  exports: [FamilyReportsService, FeedbackService, PortalAccessService],
})
export class PortalModule {}
