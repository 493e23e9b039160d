import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/auth.decorators';
import { NotFoundProblem } from '../common/problem';
import { StewardConfig } from '../config/config';
import { Metrics } from './metrics.service';

/**
 * Prometheus scrapes here with `Authorization: Bearer $STEWARD_METRICS_TOKEN`. Without that token
 * (or when none is configured) /metrics does not exist for the caller: 404, like anything out of reach.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly config: StewardConfig,
  ) {}

  @Public()
  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    if (!this.allowed(authorization)) throw new NotFoundProblem();
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }

  private allowed(authorization: string | undefined): boolean {
    const token = this.config.STEWARD_METRICS_TOKEN;
    if (!token || !authorization?.startsWith('Bearer ')) return false;
    // Equal-length digests: the comparison takes the same time however much of the token is right.
    const digest = (value: string) => createHash('sha256').update(value).digest();
    return timingSafeEqual(digest(authorization.slice(7)), digest(token));
  }
}
