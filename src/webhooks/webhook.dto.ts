import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/paging';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from './webhook-rules';

export class RegisterWebhookDto {
  @ApiProperty({ example: 'https://integrations.kpn.example/steward/events', description: 'an https:// URL on a public address; we POST every event to it' })
  @IsString()
  @MaxLength(2000)
  url: string;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'parked'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export class DeliveriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '`parked`: we gave up after repeated failures; replay them once your endpoint works' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}

/** When each event is sent, for the provider's developer (audit81 DOC-2): every type, or this does not compile. */
export const WEBHOOK_EVENTS_SENT: Record<WebhookEventType, string> = {
  'request.created': 'a new request (a cancellation or a transfer) is sent to you',
  'request.information_supplied': 'we send the information or documents you asked for',
  'request.disputed': 'we dispute a bill you sent after the end date (or a debt-collection claim)',
  'request.collection_stopped': 'we ask you to stop a debt collection (the demand, not word that it stopped)',
  'request.corrected': 'we correct facts of the request we sent you',
  'request.withdrawn': 'the case owner withdraws the request: carry it out no further',
  'request.erasure_requested': 'we withdraw a document you received and ask you to delete it and every copy',
  'request.document_corrected': 'we send a corrected version of a document you received',
  'request.answer_changed': "the case owner recorded an answer (by phone, post or email) that changes one you gave in the desk",
  'request.letter_returned': 'a letter we sent you by post came back to us undelivered: check the postal address we have for you',
  'request.decision_corrected': "we corrected the complaints body's decision we recorded about a bill of yours",
  'request.handover_appointment': 'you gave (or changed) the appointment to hand over the home and its keys of a lease whose end you confirmed; `data` also holds `handoverAppointment` (as the request reads it back) and `previousAppointment` (the one it replaced, null the first time)',
};
/** The events as a list for a description: `type`: when. */
export const webhookEventsListed = () => Object.entries(WEBHOOK_EVENTS_SENT).map(([type, when]) => `\`${type}\` when ${when}`).join('; ');

export class WebhookEndpointView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'https://integrations.kpn.example/steward/events' })
  url: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class NewWebhookEndpoint extends WebhookEndpointView {
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: 'the signing secret, shown this once: store it to verify our signatures' })
  secret: string;
}

export class WebhookDeliveryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'the event id (`webhook-id` header, `id` in the body): the same on every retry and replay, so deduplicate on it' })
  eventId: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, description: `what happened: ${webhookEventsListed()}` })
  eventType: WebhookEventType;

  @ApiProperty({ format: 'uuid', description: 'the request the event is about' })
  requestId: string;

  @ApiProperty({ example: 'https://integrations.kpn.example/steward/events' })
  url: string;

  @ApiProperty({ enum: DELIVERY_STATUSES, description: '`pending`: on its way or retried with backoff; `delivered`: your endpoint answered 2xx; `parked`: given up after repeated failures' })
  status: DeliveryStatus;

  @ApiProperty({ example: 1, description: 'attempts so far' })
  attempts: number;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'The endpoint answered HTTP 503.',
    description: "what went wrong at the last failed attempt, null once delivered. Always in English, whatever the desk's language: it is for your developer and logs (and may quote your endpoint's TLS or network error); the web desk says it in the desk's language",
  })
  lastError: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'when your endpoint answered 2xx; null while it has not (also after a replay, until the replayed send is delivered)' })
  deliveredAt: string | null;
}

export class WebhookDeliveryPage {
  @ApiProperty({ type: [WebhookDeliveryView] })
  items: WebhookDeliveryView[];

  @ApiProperty({ type: String, nullable: true, description: 'pass as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}
