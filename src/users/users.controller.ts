import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { CREATED_AT_CURSOR, PageQueryDto, positionOf } from '../common/paging';
import { IdParam } from '../common/uuid-param';
import { CreateUserDto, SpecialistSearchDto, SPECIALISTS_CURSOR } from './user.dto';
import { publicUser } from './user.entity';
import { userLists, UsersService } from './users.service';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { Idempotent } from '../idempotency/idempotency.interceptor';

@ApiTags('users')
@ApiProblems(401, 404)
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiDoc({ summary: 'Create a staff account', description: 'Administrators only: a case owner (specialist) or another administrator.', problems: [400, 403, 409, 422] })
  @Post()
  @Roles('admin')
  async create(@CurrentPrincipal() p: StaffPrincipal, @Body() dto: CreateUserDto) {
    return publicUser(await this.users.create(dto, p.lang));
  }

  @ApiDoc({ summary: 'List staff accounts', description: 'A page of the accounts, newest first; `nextCursor` continues it. Administrators manage accounts; case owners need the list to pick a handover recipient.', problems: [400] })
  @Get()
  @Roles('admin', 'specialist')
  async list(@Query() query: PageQueryDto) {
    const page = await this.users.page(positionOf(userLists.accounts(), query.cursor, CREATED_AT_CURSOR), query.limit);
    return { ...page, items: page.items.map(publicUser) };
  }

  @ApiDoc({ summary: 'Find a case owner', description: 'The owner picker: a page of active specialists in name order; `q` matches any part of the name, accents and case ignored. Deactivated accounts are never listed.', problems: [400] })
  @Get('specialists')
  @Roles('admin', 'specialist')
  async specialists(@Query() query: SpecialistSearchDto) {
    const page = await this.users.specialists({ q: query.q, after: positionOf(userLists.specialists({ q: query.q }), query.cursor, SPECIALISTS_CURSOR) }, query.limit);
    return { ...page, items: page.items.map((u) => ({ id: u.id, name: u.name })) };
  }

  @ApiDoc({ summary: 'Deactivate a staff account', description: 'The account can no longer sign in and its sessions end at once. 409 for your own account.', problems: [403, 409] })
  @Post(':id/deactivate')
  @Idempotent()
  @Roles('admin')
  @HttpCode(200)
  async deactivate(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string) {
    return publicUser(await this.users.setActive(id, false, p));
  }

  @ApiDoc({ summary: 'Reactivate a staff account', description: 'The account can sign in again; sessions from before the deactivation stay ended.', problems: [403] })
  @Post(':id/activate')
  @Idempotent()
  @Roles('admin')
  @HttpCode(200)
  async activate(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string) {
    return publicUser(await this.users.setActive(id, true, p));
  }
}
