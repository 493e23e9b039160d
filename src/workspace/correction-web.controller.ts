import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, WebPage } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { NotFoundProblem } from '../common/problem';
import { IdParam } from '../common/uuid-param';
import { UpdateEstateDto, UpdateFamilyMemberDto } from '../estates/estate.dto';
import { EstatesService } from '../estates/estates.service';
import { submitForm } from '../web/forms';
import { estateCorrectionPage, familyMemberCorrectionPage } from './correction-pages';
import { APP_AREA } from './workspace-web.controller';

const ESTATE_REQUIRED = ['givenNames', 'surname', 'dateOfBirth', 'dateOfDeath', 'address.street', 'address.postalCode', 'address.city', 'address.country'].map((f) => `deceased.${f}`);

/**
 * Correcting the estate and its relatives from the workspace: the API's DTOs and services, so both
 * doors apply the same rules and put the same "changed X from A to B" on the timeline.
 */
@ApiExcludeController()
@WebPage(APP_AREA)
@Controller('app/estates/:id')
export class CorrectionWebController {
  constructor(private readonly estates: EstatesService) {}

  @Get('edit')
  async estateForm(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    res.type('html').send(estateCorrectionPage(p, await this.estates.requireAccess(p, id)));
  }

  @Post('edit')
  async correctEstate(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    // The select's empty choice is "not recorded".
    const { livedWith, ...rest } = body;
    const fields = { ...rest, ...(livedWith !== undefined && { livedWith: livedWith === '' ? null : livedWith }) };
    // A refused form names the dates' rules too (as the API does), so every field is fixed in one round.
    const { refused } = await submitForm(
      UpdateEstateDto,
      fields,
      (dto) => this.estates.update(p, id, dto),
      { required: ESTATE_REQUIRED, booleanFields: ['confirmLivedWith'], withRules: (dto, errors) => this.estates.withCorrectionRules(p, id, dto, errors) },
    );
    if (refused) return res.status(refused.status).type('html').send(estateCorrectionPage(p, await this.estates.requireAccess(p, id), { values: body, errors: refused.errors }));
    res.redirect(303, `/app/estates/${id}?done=corrected#timeline`);
  }

  @Get('family-members/:memberId/edit')
  async memberForm(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('memberId') memberId: string, @Res() res: Response) {
    const { estate, member } = await this.member(p, id, memberId);
    res.type('html').send(familyMemberCorrectionPage(p, estate, member));
  }

  @Post('family-members/:memberId/edit')
  async correctMember(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @IdParam('memberId') memberId: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { refused, result } = await submitForm(UpdateFamilyMemberDto, body, (dto) => this.estates.updateFamilyMember(p, id, memberId, dto), { required: ['name', 'relation'], booleanFields: ['confirmLivedWith'] });
    if (refused) {
      const { estate, member } = await this.member(p, id, memberId);
      return res.status(refused.status).type('html').send(familyMemberCorrectionPage(p, estate, member, { values: body, errors: refused.errors }));
    }
    res.redirect(303, `/app/estates/${id}?done=${result?.accessEnded ? 'accessEnded' : 'corrected'}#family`);
  }

  private async member(p: StaffPrincipal, estateId: string, memberId: string) {
    const estate = await this.estates.requireAccess(p, estateId);
    const member = (await this.estates.familyMembers(estate.id)).find((m) => m.id === memberId);
    if (!member) throw new NotFoundProblem();
    return { estate, member };
  }
}
