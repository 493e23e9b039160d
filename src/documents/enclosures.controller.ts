import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { IdParam } from '../common/uuid-param';
import { AmendDto, SupplyInformationDto } from '../contracts/contract-events.dto';
import { ContractViews } from '../contracts/contract-views.service';
import { ContractsService } from '../contracts/contracts.service';
import { EnclosuresService } from './enclosures.service';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { Idempotent } from '../idempotency/idempotency.interceptor';

/**
 * The contract routes that enclose documents. They live here rather than in ContractsController
 * because the enclosures belong to this module, which already depends on the contracts module.
 */
@ApiTags('contracts')
@ApiProblems(401, 404)
@Roles('admin', 'specialist')
@Controller()
export class EnclosuresController {
  constructor(
    private readonly enclosures: EnclosuresService,
    private readonly views: ContractViews,
    private readonly contracts: ContractsService,
  ) {}

  /** The contract as it now stands, as `GET /contracts/:id` answers it: a keyed retry's answer when a crash cut off the first's (`Idempotent`). */
  async contractNow(principal: StaffPrincipal, id: string) {
    await this.contracts.requireAccess(principal, id);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({ summary: "Answer the provider's question", description:
      "The owner's note and the chosen documents go to the provider; those documents become the request's enclosures. Every document kind the provider asked for (its question's `documentsNeeded`) must be among them, except a will or bank statement (never enclosed: answer in words). Otherwise 422 `documents-asked` naming `documentIds`, `documentsAsked` the kinds left out, `detail` in the owner's language (\"KPN vroeg om: verklaring van erfrecht — voeg die toe aan het antwoord …\"), and nothing is sent: answer once the documents are there.",
    problems: [400, 409, 422] })
  @Post('contracts/:id/information-supplied')
  @Idempotent<EnclosuresController>('contractNow')
  @HttpCode(200)
  async informationSupplied(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: SupplyInformationDto) {
    await this.enclosures.supplyInformation(principal, id, dto);
    return this.views.detail(id, principal.lang);
  }

  @ApiDoc({ summary: 'Amend a rejected request', description: "The owner corrected the request; it is ready to send again. `answer` is for the provider: the request sent again quotes it after the rejection, and the desk thread shows it; `note` stays in the case file. `documentIds`: documents to send with it (a new or corrected one the rejection was about); they become the request's enclosures, 422 naming `documentIds.N` for one that may not go (another estate's, the family's upload, withdrawn, replaced, a will).", problems: [400, 409, 422] })
  @Post('contracts/:id/amend')
  @Idempotent<EnclosuresController>('contractNow')
  @HttpCode(200)
  async amend(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: AmendDto) {
    await this.enclosures.amend(principal, id, dto);
    return this.views.detail(id, principal.lang);
  }
}
