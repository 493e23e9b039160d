import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BillsService } from '../bills/bills.service';
import { Clock } from '../clock/clock';
import { ContractsService } from '../contracts/contracts.service';
import { DocumentsService } from '../documents/documents.service';
import { EnclosuresService } from '../documents/enclosures.service';
import { EstateWorkflow } from '../estates/estate-workflow.service';
import { EstatesService } from '../estates/estates.service';
import { HandoversService } from '../handovers/handovers.service';
import { LettersService } from '../letters/letters.service';
import { PrintBatchesService } from '../letters/print-batches.service';
import { NotificationsService } from '../notifications/notifications.service';
import { FamilyReportsService } from '../portal/family-reports.service';
import { FeedbackService } from '../portal/feedback.service';
import { OutboxService } from '../runtime/outbox.service';
import { DeadlineScheduler } from '../runtime/scheduler.service';
import { WorkflowRuntime } from '../runtime/workflow-runtime.service';
import { StatementsService } from '../statements/statements.service';
import { TimelineService } from '../timeline/timeline.service';
import { WebhooksService } from '../webhooks/webhooks.service';
import { AccessLogService } from './access-log.service';
import { RetentionStatistics } from './retention-statistics.entity';
import { retentionStatisticsOf } from './retention.rules';

/**
 * The retention purge. The estate machine keeps a closed file for STEWARD_RETENTION_YEARS; when that
 * deadline passes the scheduler moves it to "purged" and, in the same transaction, this erases
 * everything of the estate through each owning module and keeps one anonymous statistics row. The
 * scheduler claims each due estate with SKIP LOCKED, so any number of instances purge each estate
 * once; a purge that fails rolls back whole and is retried, then parked for an administrator.
 */
@Injectable()
export class RetentionService implements OnModuleInit {
  private readonly logger = new Logger('retention');

  constructor(
    private readonly clock: Clock,
    private readonly estateWorkflow: EstateWorkflow,
    private readonly estates: EstatesService,
    private readonly contracts: ContractsService,
    private readonly documents: DocumentsService,
    private readonly enclosures: EnclosuresService,
    private readonly letters: LettersService,
    private readonly printBatches: PrintBatchesService,
    private readonly notifications: NotificationsService,
    private readonly familyReports: FamilyReportsService,
    private readonly feedback: FeedbackService,
    private readonly statements: StatementsService,
    private readonly timeline: TimelineService,
    private readonly outbox: OutboxService,
    private readonly scheduler: DeadlineScheduler,
    private readonly runtime: WorkflowRuntime,
    private readonly accessLog: AccessLogService,
    private readonly handovers: HandoversService,
    private readonly webhooks: WebhooksService,
    private readonly bills: BillsService,
  ) {}

  onModuleInit(): void {
    this.estateWorkflow.onPurge((manager, estateId) => this.purge(manager, estateId));
  }

  /** Erases the estate in the caller's transaction (which holds the estate's lock); what points at a row goes before the row. */
  async purge(manager: EntityManager, estateId: string): Promise<void> {
    const estate = await this.estates.findWithOwner(estateId, manager);
    const contracts = await this.contracts.outcomes(manager, estateId);
    // From the timeline, which is dated by the application's clock (the rows' own created_at is the database's).
    const openedAt = await this.timeline.estateEnteredAt(manager, estateId, 'intake');
    const closedAt = await this.timeline.estateEnteredAt(manager, estateId, 'closed');

    await this.accessLog.eraseEstate(manager, estateId);
    await this.statements.eraseEstate(manager, estateId);
    await this.bills.eraseEstate(manager, estateId);
    await this.familyReports.eraseEstate(manager, estateId);
    await this.feedback.eraseEstate(manager, estateId);
    await this.notifications.eraseEstate(manager, estateId);
    await this.printBatches.eraseBatchesOf(manager, estateId);
    const letters = await this.letters.eraseEstate(manager, estateId);
    await this.enclosures.eraseEstate(manager, estateId);
    const documents = await this.documents.eraseEstate(manager, estateId);
    await this.timeline.eraseEstate(manager, estateId);
    await this.scheduler.eraseEstate(manager, estateId);
    await this.webhooks.eraseEstate(manager, estateId);
    await this.outbox.eraseEstate(manager, estateId);
    await this.runtime.eraseEstate(manager, estateId);
    await this.contracts.eraseEstate(manager, estateId);
    await this.handovers.eraseEstate(manager, estateId);
    const familyMembers = await this.estates.eraseEstate(manager, estateId);

    const today = this.clock.today();
    await manager.insert(RetentionStatistics, retentionStatisticsOf({ dateOfDeath: estate.deceased.dateOfDeath, openedAt, closedAt, today, contracts, familyMembers, letters, documents }));
    // No id in the log either: after the purge nothing may lead back to the estate.
    this.logger.log({ msg: 'estate purged after the retention period', letters, documents });
  }
}
