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
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, description: '`parked`: we gave up after repeated failures; replay them once your endpoint works' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}

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

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES })
  eventType: WebhookEventType;

  @ApiProperty({ format: 'uuid', description: 'the request the event is about' })
  requestId: string;

  @ApiProperty({ example: 'https://integrations.kpn.example/steward/events' })
  url: string;

  @ApiProperty({ enum: DELIVERY_STATUSES, description: '`pending`: on its way or retried with backoff; `delivered`: your endpoint answered 2xx; `parked`: given up after repeated failures' })
  status: DeliveryStatus;

  @ApiProperty({ example: 1, description: 'attempts so far' })
  attempts: number;

  @ApiProperty({ type: String, nullable: true, example: 'The endpoint answered HTTP 503.' })
  lastError: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deliveredAt: string | null;
}

export class WebhookDeliveryPage {
  @ApiProperty({ type: [WebhookDeliveryView] })
  items: WebhookDeliveryView[];

  @ApiProperty({ type: String, nullable: true, description: 'pass as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}
