import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { sendFile } from '../common/download';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { PageQueryDto, positionOf } from '../common/paging';
import { IdParam } from '../common/uuid-param';
import { NotFoundProblem } from '../common/problem';
import { EstatesService } from '../estates/estates.service';
import { accessLogView } from './access-log.entity';
import { ACCESS_LOG_CURSOR, accessLogOf, AccessLogService } from './access-log.service';
import { PersonalDataService } from './personal-data.service';

@ApiTags('estates')
@ApiProblems(401, 404)
@Roles('admin', 'specialist')
@Controller('estates/:id')
export class PrivacyController {
  constructor(
    private readonly estates: EstatesService,
    private readonly accessLog: AccessLogService,
    private readonly personalData: PersonalDataService,
  ) {}

  @ApiDoc({ summary: "The estate's access log", description: 'Administrators only: a page of who on the staff viewed the estate, its documents or letters, and through which route, newest first; `nextCursor` continues it. For anyone else it does not exist (404), as on the page.', problems: [400] })
  @Get('access-log')
  async accessLogPage(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() page: PageQueryDto) {
    // Outside reach is 404, whatever the estate: a 403 would tell a specialist the id exists.
    if (principal.role !== 'admin') throw new NotFoundProblem();
    const estate = await this.estates.requireAccess(principal, id);
    const found = await this.accessLog.page(estate.id, positionOf(accessLogOf(estate.id), page.cursor, ACCESS_LOG_CURSOR), page.limit);
    return { ...found, items: found.items.map(accessLogView) };
  }

  @ApiDoc({
    summary: "Export a family member's personal data",
    description: 'AVG art. 15/20, on the person\'s request: a zip with `persoonsgegevens.json` (everything recorded about them), the PDFs of the letters that name them and the files they sent. The export is on the timeline.',
    ok: { description: 'The zip.', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } },
  })
  @Get('family-members/:memberId/personal-data')
  @ApiProduces('application/zip')
  async exportPersonalData(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @IdParam('memberId') memberId: string, @Res() res: Response) {
    const { fileName, zip } = await this.personalData.export(principal, id, memberId);
    sendFile(res, { mediaType: 'application/zip', content: zip, fileName });
  }
}
