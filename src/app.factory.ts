import { ConsoleLogger, INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import { serveApiDocuments } from './api-docs';
import { AppModule, AppOptions } from './app.module';
import type { NextFunction, Request, Response } from 'express';
import { answerOptions } from './common/allowed-methods';
import { useBodyParsers } from './common/body-parsers';
import { privateRevalidated, VersionedAnswerTags } from './common/entity-tags';
import { useCursorKey } from './common/paging';
import { ProblemFilter } from './common/problem.filter';
import { requestLog } from './common/request-log.middleware';
import { Metrics } from './metrics/metrics.service';
import { createValidationPipe } from './common/validation';
import { Clock } from './clock/clock';
import { listRestartFlag } from './web/list-restart';
import { pagesUnstored } from './web/page-cache';
import { securityHeaders } from './web/security-headers';
import { cookieSigningKey } from './web/session';

export const API_PREFIX = 'api/v1';

export function createLogger(env: AppOptions['config']['NODE_ENV']): ConsoleLogger {
  const levels: LogLevel[] = env === 'test' ? ['error'] : ['log', 'warn', 'error'];
  // JSON lines: easy to ship and query; the request log carries no personal data.
  return new ConsoleLogger({ json: true, colors: false, logLevels: levels });
}

/** Builds the configured application; `main.ts` and the end-to-end tests share it. */
export async function createApp(options: AppOptions): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(options), { logger: createLogger(options.config.NODE_ENV) });
  if (options.config.trustProxy !== undefined) app.getHttpAdapter().getInstance().set('trust proxy', options.config.trustProxy);
  app.use(securityHeaders());
  app.use(requestLog);
  app.use(app.get(Metrics).observeRequests);
  app.use(listRestartFlag);
  app.use(pagesUnstored);
  app.use(cookieParser(cookieSigningKey(options.config.jwtSecret)));
  // A list's cursor is signed with the same secret, so it holds across the app's processes and restarts, as a session does.
  useCursorKey(options.config.jwtSecret);
  useBodyParsers(app);
  // httpcache: the API's answers revalidated and private, its addresses answering OPTIONS (not mounted: the router matches the whole path).
  app.use((request: Request, response: Response, next: NextFunction) => (request.path.startsWith(`/${API_PREFIX}/`) ? privateRevalidated(request, response, () => answerOptions(request, response, next)) : next()));
  // Web pages live at the root (/desk, /family, /app, their script under /assets), probes and /metrics too; the JSON API under /api/v1.
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'health/{*path}', 'metrics', 'desk', 'desk/{*path}', 'app', 'app/{*path}', 'family', 'family/{*path}', 'assets/{*path}'] });
  const clock = app.get(Clock);
  app.useGlobalPipes(createValidationPipe(() => clock.today()));
  app.useGlobalFilters(new ProblemFilter());
  app.useGlobalInterceptors(new VersionedAnswerTags(`/${API_PREFIX}/`));

  serveApiDocuments(app);
  return app;
}
