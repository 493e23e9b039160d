import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module';
import { BillsModule } from './bills/bills.module';
import { RefundsModule } from './refunds/refunds.module';
import { Clock } from './clock/clock';
import { StewardConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { ContractsModule } from './contracts/contracts.module';
import { DatabaseServer, dataSourceOptions, EXTERNAL_SERVER, poolShares, PROBES_DATA_SOURCE, REPORTS_DATA_SOURCE } from './database/database';
import { WorkerStatementTimeout } from './database/worker-timeout';
import { DocumentsModule } from './documents/documents.module';
import { EstatesModule } from './estates/estates.module';
import { HandoversModule } from './handovers/handovers.module';
import { HealthModule } from './health/health.module';
import { LettersModule } from './letters/letters.module';
import { MetricsModule } from './metrics/metrics.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PortalModule } from './portal/portal.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ProviderDeskModule } from './provider-desk/provider-desk.module';
import { ProvidersModule } from './providers/providers.module';
import { RuntimeModule } from './runtime/runtime.module';
import { StatementsModule } from './statements/statements.module';
import { TimelineModule } from './timeline/timeline.module';
import { UsersModule } from './users/users.module';
import { WebModule } from './web/web.module';
import { WorkspaceModule } from './workspace/workspace.module';

export interface AppOptions {
  config: StewardConfig;
  databaseUrl: string;
  /** Tests pass their own clock to move time. */
  clock?: Clock;
  /** The embedded PostgreSQL this process runs, if it runs one (`/health/live` fails once it is lost). */
  databaseServer?: DatabaseServer;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    const shares = poolShares(options.config);
    return {
      module: AppModule,
      global: true,
      providers: [{ provide: DatabaseServer, useValue: options.databaseServer ?? EXTERNAL_SERVER }],
      exports: [DatabaseServer],
      imports: [
        ConfigModule.forRoot(options.config, options.clock),
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.databaseUrl, shares.requests), subscribers: [WorkerStatementTimeout], autoLoadEntities: true }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.databaseUrl, shares.reports), name: REPORTS_DATA_SOURCE }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.databaseUrl, shares.probes), name: PROBES_DATA_SOURCE }),
        TimelineModule,
        RuntimeModule,
        MetricsModule,
        NotificationsModule,
        AuthModule,
        UsersModule,
        ProvidersModule,
        EstatesModule,
        HandoversModule,
        DocumentsModule,
        ContractsModule,
        BillsModule,
        RefundsModule,
        LettersModule,
        ProviderDeskModule,
        PortalModule,
        StatementsModule,
        PrivacyModule,
        WorkspaceModule,
        HealthModule,
        WebModule,
      ],
    };
  }
}
