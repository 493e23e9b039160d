import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorFunction, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem';
import { DatabaseServer, PROBES_DATA_SOURCE } from '../database/database';
import { DATABASE_RETRY_AFTER_SECONDS } from '../database/unavailable';
import { ApiDoc } from '../common/openapi';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    // Its own two connections: pages that fill the main pool cannot make the load balancer give up on us.
    @InjectDataSource(PROBES_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly server: DatabaseServer,
  ) {}

  @Public()
  @ApiDoc({ summary: 'Check the database', description: 'For load balancers: 200 while the database answers, 503 as soon as it does not.', public: true })
  @Get()
  @HealthCheck()
  check() {
    return this.checked([() => this.ping()]);
  }

  @Public()
  @ApiDoc({
    summary: 'Is the process up?',
    description: 'Asks nothing of the database, so an outage never restarts the app: use it for liveness probes. 503 only when the embedded PostgreSQL this process runs died and could not be restarted.',
    public: true,
  })
  @Get('live')
  live() {
    if (this.server.lost()) throw new ProblemException(503, 'database-lost', 'The embedded PostgreSQL exited and could not be restarted: restart this process.');
    return { status: 'ok' };
  }

  @Public()
  @ApiDoc({ summary: 'Is this instance ready for traffic?', description: '200 while the database answers and has every migration this code expects, else 503 naming the failed checks.', public: true })
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.checked([() => this.ping(), () => this.migrations()]);
  }

  /** The checks' result, or a 503 of our own problem type naming the failed checks, with Retry-After (errs: /health's was terminus's bare English). */
  private async checked(checks: HealthIndicatorFunction[]) {
    try {
      return await this.health.check(checks);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as HealthCheckResult;
      throw new ProblemException(503, 'not-ready', `Not ready: ${Object.keys(result.error ?? {}).join(', ')} down.`, {
        checks: result.details,
        retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      });
    }
  }

  private ping() {
    return this.database.pingCheck('database', { connection: this.dataSource, timeout: 2000 });
  }

  private async migrations() {
    const indicator = this.indicators.check('migrations');
    try {
      const applied = new Set((await this.dataSource.query(`SELECT name FROM migrations`)).map((row: { name: string }) => row.name));
      const pending = this.dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
      return pending.length ? indicator.down({ pending }) : indicator.up();
    } catch {
      return indicator.down({ message: 'the migrations table cannot be read' });
    }
  }
}
