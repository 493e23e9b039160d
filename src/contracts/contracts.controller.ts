import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { IdParam } from '../common/uuid-param';
import { TimelineService } from '../timeline/timeline.service';
import { CreateContractDto } from './contract.dto';
import { Contract } from './contract.entity';
import { ContractsService } from './contracts.service';

export function contractView(c: Contract) {
  return {
    id: c.id,
    estateId: c.estateId,
    provider: c.provider && { id: c.provider.id, name: c.provider.name, category: c.provider.category },
    description: c.description,
    accountNumber: c.accountNumber,
    action: c.action,
    transferToFamilyMemberId: c.transferToFamilyMemberId,
    requestedEndDate: c.requestedEndDate,
    state: c.state,
  };
}

@ApiTags('contracts')
@ApiBearerAuth()
@Roles('admin', 'specialist')
@Controller()
export class ContractsController {
  constructor(
    private readonly contracts: ContractsService,
    private readonly timeline: TimelineService,
  ) {}

  @Post('estates/:id/contracts')
  async create(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: CreateContractDto) {
    return contractView(await this.contracts.create(principal, id, dto));
  }

  @Get('estates/:id/contracts')
  async list(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    return (await this.contracts.listForEstate(principal, id)).map(contractView);
  }

  @Get('contracts/:id')
  async get(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    const contract = await this.contracts.requireAccess(principal, id);
    return { ...contractView(contract), timeline: await this.timeline.list(contract.estateId, contract.id) };
  }
}
