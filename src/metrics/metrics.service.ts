import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { routePattern } from '../common/request-log.middleware';
import { RuntimeStatistics } from '../runtime/runtime-statistics.service';
import { WorkflowRuntime } from '../runtime/workflow-runtime.service';

/**
 * Steward's Prometheus metrics, one registry per app instance (Prometheus adds the instances up).
 * Counters count what committed; gauges of the database are read when scraped.
 */
@Injectable()
export class Metrics implements OnModuleInit, EntitySubscriberInterface {
  readonly registry = new Registry();
  /** Work counted inside a transaction, waiting for its commit (a rollback drops it). */
  private readonly uncommitted = new WeakMap<QueryRunner, (() => void)[]>();

  private readonly requests = new Histogram({
    name: 'steward_http_request_duration_seconds',
    help: 'HTTP requests by route pattern (never a concrete URL) and status class.',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  private readonly transitions = new Counter({
    name: 'steward_workflow_transitions_total',
    help: 'Committed workflow transitions, by machine and event.',
    labelNames: ['machine', 'event'] as const,
    registers: [this.registry],
  });

  private readonly letters = new Counter({
    name: 'steward_letters_produced_total',
    help: 'Letters produced (committed), by kind and whether they were sent or blocked by a letter rule.',
    labelNames: ['kind', 'status'] as const,
    registers: [this.registry],
  });

  constructor(
    @InjectDataSource() db: DataSource,
    private readonly runtime: WorkflowRuntime,
    statistics: RuntimeStatistics,
  ) {
    db.subscribers.push(this);
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'steward_outbox_effects',
      help: 'Effects waiting in the outbox (pending) or given up after too many failures (parked), by kind.',
      labelNames: ['kind', 'status'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const row of await statistics.outboxBacklog()) this.set({ kind: row.kind, status: row.status }, row.count);
      },
    });
    new Gauge({
      name: 'steward_deadlines_overdue',
      help: 'Workflow instances whose deadline has passed and not yet fired, by machine: above zero for long means the scheduler lags.',
      labelNames: ['machine'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const row of await statistics.overdueDeadlines()) this.set({ machine: row.machine }, row.count);
      },
    });
  }

  onModuleInit(): void {
    this.runtime.applied.on('transition', (manager, transition) =>
      this.afterCommit(manager, () => this.transitions.inc({ machine: transition.instance.machineId, event: transition.event.type })),
    );
  }

  letterProduced(manager: EntityManager, letter: { kind: string; status: string }): void {
    this.afterCommit(manager, () => this.letters.inc({ kind: letter.kind, status: letter.status }));
  }

  /** Express middleware timing every request, labelled with its route pattern. */
  readonly observeRequests = (req: Request, res: Response, next: NextFunction): void => {
    const stop = this.requests.startTimer();
    res.on('finish', () => stop({ method: req.method, route: routePattern(req), status_class: `${Math.floor(res.statusCode / 100)}xx` }));
    next();
  };

  private afterCommit(manager: EntityManager, count: () => void): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) return count();
    const waiting = this.uncommitted.get(runner) ?? [];
    waiting.push(count);
    this.uncommitted.set(runner, waiting);
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    if (queryRunner.isTransactionActive) return; // a savepoint, not the transaction
    this.uncommitted.get(queryRunner)?.forEach((count) => count());
    this.uncommitted.delete(queryRunner);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) this.uncommitted.delete(queryRunner);
  }
}
