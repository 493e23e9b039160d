import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import type { Principal } from '../auth/principal';
import { AccessLogService } from './access-log.service';
import { recordingEstateViews } from './estate-views';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Logs every staff GET that opens an estate (pages, API reads, documents, letters), once per estate
 * and request, as the estate is opened — so before anything of it is sent. Requests that open no
 * estate (stylesheets, scripts, lists) log nothing. Changes are on the estate's timeline already;
 * this log is about who looked.
 */
@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  constructor(private readonly log: AccessLogService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const principal = req.principal;
    if (context.getType() !== 'http' || req.method !== 'GET' || principal?.kind !== 'staff') return next.handle();
    const route = `${req.method} ${String(req.route?.path ?? req.path)}`;
    const target = Object.values(req.params ?? {}).find((value): value is string => typeof value === 'string' && UUID.test(value)) ?? null;
    const logged = new Set<string>();
    const record = async (estateId: string) => {
      if (logged.has(estateId)) return;
      logged.add(estateId);
      await this.log.record(principal.userId, estateId, route, target === estateId ? null : target);
    };
    // handle() binds the handler to the async context it is called in, so the handler's requireAccess finds `record`.
    return recordingEstateViews(record, () => next.handle());
  }
}
