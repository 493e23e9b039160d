import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, For } from '../auth/auth.decorators';
import type { ProviderPrincipal } from '../auth/principal';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { IdParam } from '../common/uuid-param';
import { Idempotent } from '../idempotency/idempotency.interceptor';
import { DeliveriesQueryDto, NewWebhookEndpoint, RegisterWebhookDto, WebhookDeliveryPage, WebhookDeliveryView, WebhookEndpointView, webhookEventsListed } from '../webhooks/webhook.dto';
import { MAX_ENDPOINTS, WebhooksService } from '../webhooks/webhooks.service';

/** A removal or replay retried under its key answers as the first did; the key with another call is refused. */
const KEY_REUSED = [422, 'The Idempotency-Key was used for a different call.'] as const;
const SIGNATURE = 'Each event is a POST with a JSON body `{id, type, createdAt, data: {requestId}}` and the Standard Webhooks headers `webhook-id` (the event id), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` and the base64 HMAC-SHA256, keyed with your secret after its `whsec_` prefix base64-decoded, over `{webhook-id}.{webhook-timestamp}.{body}`). Any 2xx answer within 10 seconds counts as delivered.';

/** The provider's own webhooks (API token): endpoints, deliveries and replays. */
@ApiTags('webhooks')
@ApiProblems(401)
@For('provider')
@Controller('provider-desk')
export class DeskWebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @ApiDoc({
    summary: 'Register a webhook endpoint',
    description: `We POST an event to this https:// URL each time something changes what you must do, with its \`type\`: ${webhookEventsListed()}. Each is sent as the letter that says it goes out to you; \`request.answer_changed\`, \`request.letter_returned\` and \`request.decision_corrected\`, which no letter says, as the case owner records the answer, the return or the correction; \`request.handover_appointment\` as you give or change the appointment (in the desk or by the API), not when given again unchanged. Reminders and complaints send none. ${SIGNATURE} The answer holds the signing secret; it is not shown again. At most ${MAX_ENDPOINTS} endpoints.`,
    ok: { type: NewWebhookEndpoint, description: 'The endpoint with its signing secret (shown once).' },
    problems: [400, [409, `You have ${MAX_ENDPOINTS} endpoints already, or this URL already (compared with scheme and host in lower case and the default port dropped; \`endpointId\` names that endpoint: remove it and register again for a new secret).`], [422, 'The URL is not https://, or not on a public address; `errors` says which.']],
  })
  @Post('webhooks')
  registerWebhook(@CurrentPrincipal() p: ProviderPrincipal, @Body() dto: RegisterWebhookDto) {
    return this.webhooks.register(p.providerId, dto.url);
  }

  @ApiDoc({ summary: 'List your webhook endpoints', description: 'URLs and dates, never the secrets.', ok: { type: [WebhookEndpointView] } })
  @Get('webhooks')
  listWebhooks(@CurrentPrincipal() p: ProviderPrincipal) {
    return this.webhooks.endpoints(p.providerId);
  }

  @ApiDoc({ summary: 'Remove a webhook endpoint', description: 'We stop posting to it at once; events still on their way to it are dropped.', problems: [[404, 'No such endpoint of yours.'], KEY_REUSED] })
  @Delete('webhooks/:id')
  @Idempotent()
  @HttpCode(204)
  async removeWebhook(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string) {
    await this.webhooks.remove(p.providerId, id);
  }

  @ApiDoc({
    summary: 'List webhook deliveries',
    description: 'Every event we posted (or try to post) to your endpoints, newest first. A failed attempt is retried after 5 seconds, 5 minutes, 30 minutes, 2 hours, 5 hours and then every 10 hours, for almost three days (the Standard Webhooks schedule, continued); after 12 attempts the delivery is `parked` until you replay it.',
    ok: { type: WebhookDeliveryPage, description: 'One page of deliveries.' },
    problems: [400],
  })
  @Get('webhook-deliveries')
  listWebhookDeliveries(@CurrentPrincipal() p: ProviderPrincipal, @Query() query: DeliveriesQueryDto) {
    return this.webhooks.deliveries(p.providerId, query);
  }

  @ApiDoc({
    summary: 'Replay a webhook delivery',
    description: 'Post the event again, with the same event id: a parked delivery gets a fresh set of attempts, a delivered one is sent once more. The delivery is `pending` again, its `attempts` counted afresh and its `deliveredAt` null until the replayed send is delivered.',
    ok: { type: WebhookDeliveryView, description: 'The delivery, on its way again.' },
    problems: [[404, 'No such delivery of yours.'], [409, 'The delivery is still on its way; we retry it by ourselves.'], KEY_REUSED],
  })
  @Post('webhook-deliveries/:id/replay')
  @Idempotent()
  @HttpCode(200)
  replayWebhookDelivery(@CurrentPrincipal() p: ProviderPrincipal, @IdParam() id: string) {
    return this.webhooks.replay(p.providerId, id);
  }
}
