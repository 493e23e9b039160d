import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { actorOf, type StaffPrincipal } from '../auth/principal';
import { trimmedOrLeftOut } from '../common/trim';
import { IdParam } from '../common/uuid-param';
import { PageQueryDto, positionOf } from '../common/paging';
import { CreateProviderDto, PROVIDERS_CURSOR, ProviderSearchDto, UpdateProviderDto } from './provider.dto';
import { providerView } from './provider.entity';
import { ProviderTokensService } from './provider-tokens.service';
import { ProviderUsersService } from './provider-users.service';
import { providersList, ProvidersService } from './providers.service';
import { ScorecardService } from './scorecard.service';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { Idempotent } from '../idempotency/idempotency.interceptor';

export class CreateDeskUserDto {
  @IsEmail()
  email: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password: string;
}

export class IssueTokenDto {
  /** A blank label is no label: the token is called 'API', from the form and the API alike. */
  @IsOptional()
  @Transform(trimmedOrLeftOut)
  @IsString()
  @MaxLength(100)
  label?: string;
}

@ApiTags('providers')
@ApiProblems(401, 404)
@Controller('providers')
export class ProvidersController {
  constructor(
    private readonly providers: ProvidersService,
    private readonly tokens: ProviderTokensService,
    private readonly deskUsers: ProviderUsersService,
    private readonly scorecard: ScorecardService,
  ) {}

  @ApiDoc({ summary: "Providers' scorecards", description: "A page of the providers' response times and outcomes across all estates, in the directory's name order; `nextCursor` continues it. Names providers, never families.", problems: [400] })
  @Get('scorecards')
  scorecards(@Query() query: PageQueryDto) {
    return this.scorecard.page(positionOf(providersList({}), query.cursor, PROVIDERS_CURSOR), query.limit);
  }

  @ApiDoc({ summary: 'Search the provider directory', description: 'A page of providers in name order; `q` matches any part of the name; `nextCursor` continues it.', problems: [400] })
  @Get()
  async list(@Query() query: ProviderSearchDto) {
    const page = await this.providers.page({ category: query.category, q: query.q, after: positionOf(providersList(query), query.cursor, PROVIDERS_CURSOR) }, query.limit);
    return { ...page, items: page.items.map(providerView) };
  }

  @ApiDoc({ summary: "A provider's scorecard" })
  @Get(':id/scorecard')
  async providerScorecard(@IdParam() id: string) {
    const [card] = await this.scorecard.scorecards((await this.providers.get(id)).id);
    return card;
  }

  @ApiDoc({ summary: 'View a provider' })
  @Get(':id')
  async get(@IdParam() id: string) {
    return providerView(await this.providers.get(id));
  }

  @ApiDoc({ summary: 'Add a provider to the directory', description: 'Administrators only.', problems: [400, 403, 422] })
  @Post()
  @Idempotent()
  @Roles('admin')
  async create(@Body() dto: CreateProviderDto) {
    return providerView(await this.providers.create(dto));
  }

  @ApiDoc({ summary: 'Change a provider', description: 'Administrators only; only the fields sent change.', problems: [400, 403, 422] })
  @Patch(':id')
  @Idempotent()
  @Roles('admin')
  async update(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: UpdateProviderDto) {
    return providerView(await this.providers.update(id, dto, actorOf(principal)));
  }

  @ApiDoc({ summary: "Issue an API token for the provider's contact point", description: 'Administrators only. The secret is in this answer only; Steward keeps its SHA-256.', problems: [400, 403] })
  @Post(':id/tokens')
  @Roles('admin')
  async issueToken(@IdParam() id: string, @Body() dto: IssueTokenDto) {
    const provider = await this.providers.get(id);
    return this.tokens.issue(provider.id, dto.label ?? 'API');
  }

  @ApiDoc({ summary: "List the provider's API tokens", description: 'Administrators only; labels and dates, never the secrets.', problems: [403] })
  @Get(':id/tokens')
  @Roles('admin')
  async listTokens(@IdParam() id: string) {
    return this.tokens.list((await this.providers.get(id)).id);
  }

  @ApiDoc({ summary: 'Revoke an API token', description: 'Administrators only; calls with it answer 401 from now on.', problems: [403] })
  @Delete(':id/tokens/:tokenId')
  @Idempotent()
  @Roles('admin')
  @HttpCode(204)
  async revokeToken(@IdParam() id: string, @IdParam('tokenId') tokenId: string) {
    await this.tokens.revoke(id, tokenId);
  }

  @ApiDoc({ summary: "Create a web desk account for the provider's contact point", description: 'Administrators only.', problems: [400, 403, 409, 422] })
  @Post(':id/desk-users')
  @Roles('admin')
  async createDeskUser(@IdParam() id: string, @Body() dto: CreateDeskUserDto) {
    return this.deskUsers.create((await this.providers.get(id)).id, dto);
  }

  @ApiDoc({ summary: "List the provider's web desk accounts", description: 'Administrators only.', problems: [403] })
  @Get(':id/desk-users')
  @Roles('admin')
  async listDeskUsers(@IdParam() id: string) {
    return this.deskUsers.list((await this.providers.get(id)).id);
  }

  @ApiDoc({ summary: 'Deactivate a web desk account', description: 'Administrators only; its desk sessions end at once.', problems: [403] })
  @Post(':id/desk-users/:userId/deactivate')
  @Idempotent()
  @Roles('admin')
  @HttpCode(200)
  deactivateDeskUser(@IdParam() id: string, @IdParam('userId') userId: string) {
    return this.deskUsers.setActive(id, userId, false);
  }

  @ApiDoc({ summary: 'Reactivate a web desk account', description: 'Administrators only; sessions from before the deactivation stay ended.', problems: [403] })
  @Post(':id/desk-users/:userId/activate')
  @Idempotent()
  @Roles('admin')
  @HttpCode(200)
  activateDeskUser(@IdParam() id: string, @IdParam('userId') userId: string) {
    return this.deskUsers.setActive(id, userId, true);
  }
}
