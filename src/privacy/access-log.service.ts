import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { DEFAULT_PAGE_SIZE, listOf, Page, pageOf, Position } from '../common/paging';
import { deleted } from '../database/deleted';
import { AccessLogEntry } from './access-log.entity';

/** The access log's cursor: the position of an entry in the log. */
export const ACCESS_LOG_CURSOR = ['int'] as const;

/** The list of an estate's access log (cursorbind). */
export const accessLogOf = (estateId: string) => listOf('access-log', estateId);

/** Who on the staff looked at which estate (principle 5, "least data": every view is logged). */
@Injectable()
export class AccessLogService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** On its own connection: a view is logged even when the transaction that read the estate rolls back. */
  async record(userId: string, estateId: string, route: string, targetId: string | null): Promise<void> {
    // Written by hand: every staff read of an estate passes here, and the query builder's insert (with
    // its RETURNING of the id nobody reads) cost ~6 times a plain statement's CPU.
    await this.db.query('INSERT INTO access_log (estate_id, user_id, route, target_id, viewed_at) VALUES ($1, $2, $3, $4, $5)', [estateId, userId, route, targetId, this.clock.now()]);
  }

  /** A page of the estate's access log, newest first (index `(estate_id, id)`); `after` is a decoded ACCESS_LOG_CURSOR. */
  async page(estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<AccessLogEntry>> {
    const query = this.db.manager.createQueryBuilder(AccessLogEntry, 'a').leftJoinAndSelect('a.user', 'user').where('a.estateId = :estateId', { estateId }).orderBy('a.id', 'DESC').limit(limit + 1);
    if (after) query.andWhere('a.id < :afterId::bigint', { afterId: after[0] });
    return pageOf(accessLogOf(estateId), await query.getMany(), limit, (entry) => [entry.id]);
  }

  /** Part of the retention purge (one transaction per estate); returns how many. */
  eraseEstate(manager: EntityManager, estateId: string): Promise<number> {
    return deleted(manager, ['DELETE FROM access_log WHERE estate_id = $1'], [estateId]);
  }
}
