import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProperty, ApiPropertyOptional, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, IsOptional, IsUUID } from 'class-validator';
import type { Request } from 'express';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { IdParam } from '../common/uuid-param';
import { ACCOUNT_NUMBER_MAX_LENGTH } from '../contracts/contract.dto';
import { findingView, importView } from './statement.views';
import { statementUpload } from './statement-upload';
import { FINDINGS_CURSOR, statementLists, StatementsService } from './statements.service';
import { PageQueryDto, positionOf } from '../common/paging';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { ownerWords } from '../words';
import { Idempotent } from '../idempotency/idempotency.interceptor';

export class CreateContractsFromFindingsDto {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  findingIds: string[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', minLength: 1, maxLength: ACCOUNT_NUMBER_MAX_LENGTH },
    example: { '3f0c…': 'HUUR-00123' },
    description:
      "the account number at the provider for each chosen finding without a mandate (`mandateId` null: a transfer or card payment), by finding id; the statement only names the payee's bank account, which is not an account number (422 `accountNumbers.<findingId>` when missing). Ignored for findings with a mandate, whose reference is the account number.",
  })
  @IsOptional()
  @IsObject()
  accountNumbers?: Record<string, unknown>;
}

@ApiTags('statements')
@ApiProblems(401, 404)
@Roles('admin', 'specialist')
@Controller()
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @ApiDoc({ summary: "Import the deceased's bank statement", description: 'camt.053 or an ING, Rabobank or ABN AMRO export, at most 50 MB, streamed. 422 names the line of a file that cannot be read; nothing is kept from it.', problems: [400, 413, 415, 422] })
  @Post('estates/:id/statements')
  @ApiConsumes('multipart/form-data', 'application/xml', 'text/csv')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiQuery({ name: 'fileName', required: false, description: 'for a raw body: the file name to record' })
  async upload(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Req() req: Request) {
    const result = await this.statements.importFor(principal, id, await statementUpload(req, ownerWords(principal.lang).errors.statements));
    return { ...importView(result.import), discardedTransactions: result.discarded };
  }

  @ApiDoc({ summary: 'What runs on the statements', description: 'Probable contracts found in the imported statements, with their evidence and provider match; a keyset page (`?cursor=&limit=`), those still running after the death first, then by the newest last payment. `unknownCreditors` and `imports` are whole.', problems: [400] })
  @Get('estates/:id/statement-findings')
  async findings(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() query: PageQueryDto) {
    const page = await this.statements.findings(principal, id, positionOf(statementLists.findings(id), query.cursor, FINDINGS_CURSOR), query.limit);
    return {
      items: page.items.map((i) => findingView(i.finding, i.knownContractId)),
      nextCursor: page.nextCursor,
      unknownCreditors: page.unknownCreditors.map((f) => ({ findingId: f.id, name: f.counterpartyName, creditorIds: f.creditorIds, collectedBy: f.umbrella, iban: f.counterpartyIban })),
      imports: page.imports.map(importView),
    };
  }

  @ApiDoc({ summary: 'Turn findings into draft contracts', description: 'All or none. A finding with a mandate gets its mandate reference as account number; one without needs `accountNumbers[findingId]`.', problems: [400, 422] })
  @Post('estates/:id/statement-findings/contracts')
  @Idempotent()
  @HttpCode(201)
  async createContracts(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: CreateContractsFromFindingsDto) {
    const contracts = await this.statements.createContracts(principal, id, dto.findingIds, dto.accountNumbers);
    return { contractIds: contracts.map((c) => c.id) };
  }
}
