import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { IdParam } from '../common/uuid-param';
import { ProvidersService } from '../providers/providers.service';
import { DeliveriesQueryDto, NewWebhookEndpoint, RegisterWebhookDto, WebhookDeliveryPage, WebhookDeliveryView, WebhookEndpointView } from './webhook.dto';
import { WebhooksService } from './webhooks.service';
import { Idempotent } from '../idempotency/idempotency.interceptor';

/** The administrator's view of a provider's webhooks: the same as the provider's own (`/provider-desk/webhooks`), for any provider. */
@ApiTags('providers')
@ApiProblems(401, 403, 404)
@Roles('admin')
@Controller('providers/:id')
export class WebhooksController {
  constructor(
    private readonly webhooks: WebhooksService,
    private readonly providers: ProvidersService,
  ) {}

  @ApiDoc({ summary: "Register a provider's webhook endpoint", description: 'Administrators only. The signing secret is in this answer only.', ok: { type: NewWebhookEndpoint }, problems: [400, 409, 422] })
  @Post('webhooks')
  async register(@IdParam() id: string, @Body() dto: RegisterWebhookDto) {
    return this.webhooks.register((await this.providers.get(id)).id, dto.url);
  }

  @ApiDoc({ summary: "List a provider's webhook endpoints", ok: { type: [WebhookEndpointView] } })
  @Get('webhooks')
  async endpoints(@IdParam() id: string) {
    return this.webhooks.endpoints((await this.providers.get(id)).id);
  }

  @ApiDoc({ summary: "Remove a provider's webhook endpoint" })
  @Delete('webhooks/:endpointId')
  @Idempotent()
  @HttpCode(204)
  async remove(@IdParam() id: string, @IdParam('endpointId') endpointId: string) {
    await this.webhooks.remove((await this.providers.get(id)).id, endpointId);
  }

  @ApiDoc({ summary: "A provider's webhook deliveries", description: 'Newest first; `status=parked` lists those given up after repeated failures.', ok: { type: WebhookDeliveryPage }, problems: [400] })
  @Get('webhook-deliveries')
  async deliveries(@IdParam() id: string, @Query() query: DeliveriesQueryDto) {
    return this.webhooks.deliveries((await this.providers.get(id)).id, query);
  }

  @ApiDoc({ summary: 'Replay a webhook delivery', description: 'Sends the event again, with the same event id.', ok: { type: WebhookDeliveryView }, problems: [409] })
  @Post('webhook-deliveries/:deliveryId/replay')
  @Idempotent()
  @HttpCode(200)
  async replay(@IdParam() id: string, @IdParam('deliveryId') deliveryId: string) {
    return this.webhooks.replay((await this.providers.get(id)).id, deliveryId);
  }
}
