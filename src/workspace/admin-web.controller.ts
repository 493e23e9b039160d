import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles, WebPage } from '../auth/auth.decorators';
import { actorOf, type StaffPrincipal } from '../auth/principal';
import { CREATED_AT_CURSOR, positionOf } from '../common/paging';
import { IdParam } from '../common/uuid-param';
import { CreateProviderDto, PROVIDERS_CURSOR, UpdateProviderDto } from '../providers/provider.dto';
import { IssueTokenDto } from '../providers/providers.controller';
import { ProviderTokensService } from '../providers/provider-tokens.service';
import { ProviderUsersService } from '../providers/provider-users.service';
import { providersList, ProvidersService } from '../providers/providers.service';
import { CreateUserDto } from '../users/user.dto';
import { userLists, UsersService } from '../users/users.service';
import { IsBackTrail, ListPageQueryDto } from '../web/pager';
import { RegisterWebhookDto } from '../webhooks/webhook.dto';
import { WebhooksService } from '../webhooks/webhooks.service';
import { submitForm, validateForm } from '../web/forms';
import { linesOf } from '../web/fields';
import { newProviderForm, providerPage, ProviderPageState, providersPage, providerWebhooksPage, usersPage, WebhooksPageState } from './admin-pages';
import { APP_AREA } from './workspace-web.controller';

/** How provider forms arrive: the SLA as a number, the required documents as checkboxes. */
const PROVIDER_FORM = { numberFields: ['slaBusinessDays'], arrayFields: ['requiredDocuments'] };

/** The statement fields as the API's DTO takes them: lists one per line, and an emptied KvK number cleared (null). */
const providerFields = (body: Record<string, unknown>) => ({ ...body, creditorIds: linesOf(body.creditorIds ?? ''), knownNames: linesOf(body.knownNames ?? ''), kvkNumber: body.kvkNumber || null });

/** A provider's webhooks page: all deliveries at `cursor`, the parked ones at their own position (`parked`). */
export class WebhooksPageQueryDto extends ListPageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(400)
  parked?: string;

  @IsBackTrail()
  parkedBack?: string;
}

/** The directory page: its position, and a new provider's name and creditor IDs when a statement finding links here. */
class ProviderListQueryDto extends ListPageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  creditorIds?: string;
}

/** Administration: accounts, the provider directory, provider API tokens and desk users (administrators only: 403 for others). */
@ApiExcludeController()
@WebPage(APP_AREA)
@Roles('admin')
@Controller('app/admin')
export class AdminWebController {
  constructor(
    private readonly users: UsersService,
    private readonly providers: ProvidersService,
    private readonly tokens: ProviderTokensService,
    private readonly deskUsers: ProviderUsersService,
    private readonly webhooks: WebhooksService,
  ) {}

  @Get('users')
  async userList(@CurrentPrincipal() p: StaffPrincipal, @Query() query: ListPageQueryDto, @Res() res: Response) {
    const { done, cursor, back, limit } = query;
    const users = await this.users.page(positionOf(userLists.accounts(), cursor, CREATED_AT_CURSOR), limit);
    res.type('html').send(usersPage(p, users, { cursor, back, limit: limit?.toString() }, {}, done));
  }

  @Post('users')
  async createUser(@CurrentPrincipal() p: StaffPrincipal, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { refused } = await submitForm(CreateUserDto, body, (dto) => this.users.create(dto, p.lang));
    // The password is never sent back into the form.
    if (refused) return res.status(refused.status).type('html').send(usersPage(p, await this.users.page(null), {}, { values: { ...body, password: undefined }, errors: refused.errors }));
    res.redirect(303, '/app/admin/users?done=saved');
  }

  /** Signs the account out everywhere at once; it can no longer sign in. */
  @Post('users/:id/deactivate')
  async deactivateUser(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    await this.users.setActive(id, false, p);
    res.redirect(303, '/app/admin/users?done=saved');
  }

  @Post('users/:id/activate')
  async activateUser(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Res() res: Response) {
    await this.users.setActive(id, true, p);
    res.redirect(303, '/app/admin/users?done=saved');
  }

  @Get('providers')
  async providerList(@CurrentPrincipal() p: StaffPrincipal, @Query() query: ProviderListQueryDto, @Res() res: Response) {
    const { cursor, back, limit } = query;
    const providers = await this.providers.page({ after: positionOf(providersList({}), cursor, PROVIDERS_CURSOR) }, limit);
    res.type('html').send(providersPage(p, providers, { cursor, back, limit: limit?.toString() }, newProviderForm({ name: query.name, creditorIds: query.creditorIds })));
  }

  @Post('providers')
  async createProvider(@CurrentPrincipal() p: StaffPrincipal, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { result, refused } = await submitForm(CreateProviderDto, providerFields(body), (dto) => this.providers.create(dto), PROVIDER_FORM);
    if (refused) return res.status(refused.status).type('html').send(providersPage(p, await this.providers.page({}), {}, { values: body, errors: refused.errors }));
    res.redirect(303, `/app/admin/providers/${result.id}?done=saved`);
  }

  @Get('providers/:id')
  async provider(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Query('done') done: string | undefined, @Res() res: Response) {
    return this.renderProvider(res, 200, p, id, { flash: done });
  }

  /** Edits the whole entry: contact point, channel, SLA, required documents, language. */
  @Post('providers/:id')
  async updateProvider(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const { refused } = await submitForm(UpdateProviderDto, providerFields(body), (dto) => this.providers.update(id, dto, actorOf(p)), PROVIDER_FORM);
    if (refused) return this.renderProvider(res, refused.status, p, id, { form: { values: body, errors: refused.errors } });
    res.redirect(303, `/app/admin/providers/${id}?done=saved`);
  }

  /** The token is in this answer only (never in a URL); afterwards only its hash exists. */
  @Post('providers/:id/tokens')
  async issueToken(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const provider = await this.providers.get(id);
    const form = await validateForm(IssueTokenDto, body);
    if (form.errors) return this.renderProvider(res, 422, p, id, { tokenErrors: form.errors });
    const { token, label } = await this.tokens.issue(provider.id, form.dto.label ?? 'API');
    return this.renderProvider(res, 200, p, id, { newToken: { label, token } });
  }

  @Post('providers/:id/tokens/:tokenId/revoke')
  async revokeToken(@IdParam() id: string, @IdParam('tokenId') tokenId: string, @Res() res: Response) {
    await this.tokens.revoke(id, tokenId);
    res.redirect(303, `/app/admin/providers/${id}?done=saved#tokens`);
  }

  /** Signs the desk user out of the desk at once; they can no longer sign in. */
  @Post('providers/:id/desk-users/:userId/deactivate')
  async deactivateDeskUser(@IdParam() id: string, @IdParam('userId') userId: string, @Res() res: Response) {
    await this.deskUsers.setActive(id, userId, false);
    res.redirect(303, `/app/admin/providers/${id}?done=saved#desk-users`);
  }

  @Post('providers/:id/desk-users/:userId/activate')
  async activateDeskUser(@IdParam() id: string, @IdParam('userId') userId: string, @Res() res: Response) {
    await this.deskUsers.setActive(id, userId, true);
    res.redirect(303, `/app/admin/providers/${id}?done=saved#desk-users`);
  }

  @Get('providers/:id/webhooks')
  async providerWebhooks(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Query() query: WebhooksPageQueryDto, @Res() res: Response) {
    return this.renderWebhooks(res, 200, p, id, query, { flash: query.done });
  }

  /** The secret is in this answer only (never in a URL), like an API token. */
  @Post('providers/:id/webhooks')
  async registerWebhook(@CurrentPrincipal() p: StaffPrincipal, @IdParam() id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const provider = await this.providers.get(id);
    const { result, refused } = await submitForm(RegisterWebhookDto, body, (dto) => this.webhooks.register(provider.id, dto.url));
    if (refused) return this.renderWebhooks(res, refused.status, p, id, {}, { form: { values: body, errors: refused.errors } });
    return this.renderWebhooks(res, 201, p, id, {}, { created: result });
  }

  @Post('providers/:id/webhooks/:endpointId/remove')
  async removeWebhook(@IdParam() id: string, @IdParam('endpointId') endpointId: string, @Res() res: Response) {
    await this.webhooks.remove((await this.providers.get(id)).id, endpointId);
    res.redirect(303, `/app/admin/providers/${id}/webhooks?done=removed`);
  }

  @Post('providers/:id/webhook-deliveries/:deliveryId/replay')
  async replayWebhook(@IdParam() id: string, @IdParam('deliveryId') deliveryId: string, @Res() res: Response) {
    await this.webhooks.replay((await this.providers.get(id)).id, deliveryId);
    res.redirect(303, `/app/admin/providers/${id}/webhooks?done=replayed`);
  }

  private async renderWebhooks(res: Response, status: number, p: StaffPrincipal, id: string, query: WebhooksPageQueryDto, state: Omit<WebhooksPageState, 'parkedAt' | 'allAt'>) {
    const provider = await this.providers.get(id);
    const [endpoints, parked, all] = await Promise.all([
      this.webhooks.endpoints(provider.id),
      this.webhooks.deliveries(provider.id, { status: 'parked', cursor: query.parked, limit: query.limit, cursorParam: 'parked' }),
      this.webhooks.deliveries(provider.id, { cursor: query.cursor, limit: query.limit }),
    ]);
    const at = { parkedAt: { cursor: query.parked, back: query.parkedBack }, allAt: { cursor: query.cursor, back: query.back }, limit: query.limit?.toString() };
    res.status(status).type('html').send(providerWebhooksPage(p, provider, endpoints, parked, all, { ...state, ...at }));
  }

  private async renderProvider(res: Response, status: number, p: StaffPrincipal, id: string, state: ProviderPageState) {
    const provider = await this.providers.get(id);
    res.status(status).type('html').send(providerPage(p, provider, await this.tokens.list(provider.id), await this.deskUsers.list(provider.id), state));
  }
}
