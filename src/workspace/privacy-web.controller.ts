import { Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, WebPage } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { sendFile } from '../common/download';
import { positionOf } from '../common/paging';
import { NotFoundProblem } from '../common/problem';
import { IdParam } from '../common/uuid-param';
import { VIEW_CURSOR } from '../documents/documents.controller';
import { documentLists, DocumentsService } from '../documents/documents.service';
import { DocumentErasuresService } from '../documents/document-erasures.service';
import { EstatesService } from '../estates/estates.service';
import { ACCESS_LOG_CURSOR, accessLogOf, AccessLogService } from '../privacy/access-log.service';
import { PersonalDataService } from '../privacy/personal-data.service';
import { ProvidersService } from '../providers/providers.service';
import { ownerWords } from '../words';
import { UsersService } from '../users/users.service';
import { ListPageQueryDto } from '../web/pager';
import { accessLogPage, documentHistoryPage } from './privacy-pages';
import { APP_AREA } from './workspace-web.controller';

/**
 * The workspace's pages for what was API-only (issue 15, item 5): the access log, the personal-data
 * export and a document's history. Each asks the API's own service, so the reach (404) is the API's.
 */
@ApiExcludeController()
@WebPage(APP_AREA)
@Controller('app')
export class PrivacyWebController {
  constructor(
    private readonly estates: EstatesService,
    private readonly accessLog: AccessLogService,
    private readonly personalData: PersonalDataService,
    private readonly documents: DocumentsService,
    private readonly users: UsersService,
    private readonly providers: ProvidersService,
    private readonly erasures: DocumentErasuresService,
  ) {}

  /** Administrators only, as in the API; for anyone else the page does not exist. */
  @Get('estates/:id/access-log')
  async accessLogPage(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Query() query: ListPageQueryDto, @Res() res: Response) {
    if (p.role !== 'admin') throw new NotFoundProblem();
    const estate = await this.estates.requireAccess(p, id);
    const log = await this.accessLog.page(estate.id, positionOf(accessLogOf(estate.id), query.cursor, ACCESS_LOG_CURSOR), query.limit);
    res.type('html').send(accessLogPage(p, estate, log, query));
  }

  @Get('estates/:id/family-members/:memberId/personal-data')
  async personalDataExport(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('memberId') memberId: string, @Res() res: Response) {
    const { fileName, zip } = await this.personalData.export(p, id, memberId);
    sendFile(res, { mediaType: 'application/zip', content: zip, fileName });
  }

  /** The owner records a provider's confirmation of a deletion (by email, post or phone), from the history or the Today queue. */
  @Post('contracts/:id/erasures/:documentId/confirm')
  async recordErasure(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('documentId') documentId: string, @Res() res: Response) {
    await this.erasures.recordConfirmation(p, id, documentId);
    res.redirect(303, `/app/documents/${documentId}/history#erasures`);
  }

  @Get('documents/:id/history')
  async documentHistory(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Query() query: ListPageQueryDto, @Res() res: Response) {
    const history = await this.documents.history(p, id, positionOf(documentLists.views(id), query.cursor, VIEW_CURSOR), query.limit);
    const people = [...history.versions.flatMap((v) => [[v.uploadedByType, v.uploadedById], [v.withdrawnByType, v.withdrawnById]]), ...history.views.items.map((v) => [v.viewerType, v.viewerId])];
    const ofType = (type: string) => [...new Set(people.filter(([t, who]) => t === type && who).map(([, who]) => who!))];
    const family = await this.estates.familyMembers(history.document.estateId);
    const providers = await Promise.all(ofType('provider').map((id) => this.providers.get(id)));
    const w = ownerWords(p.lang).privacy;
    const names: Record<string, Map<string, string>> = {
      staff: await this.users.names(ofType('staff')),
      family: new Map(family.map((m) => [m.id, `${m.name} (${w.kinds.family})`])),
      provider: new Map(providers.map((pr) => [pr.id, `${pr.name} (${w.kinds.provider})`])),
    };
    // An actor without a name on record: the system, or a relative removed since.
    const nameOf = (type: string, who: string | null) => names[type]?.get(who ?? '') ?? (type === 'system' ? 'Steward' : w.someone(w.kinds[type || 'unknown'] ?? type));
    res.type('html').send(documentHistoryPage(p, history, nameOf, query));
  }
}

