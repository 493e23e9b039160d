import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** The parts of an OpenAPI schema the API tests read. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, { tags?: string[]; parameters?: Operation['parameters']; requestBody?: { content: Record<string, { schema: Schema }> }; responses?: Record<string, unknown> }>>;
  components?: { schemas?: Record<string, Schema> };
}
export interface Operation {
  method: string;
  path: string;
  tags: string[];
  parameters: { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema?: Schema }[];
  body?: Schema;
  multipart: boolean;
  /** The statuses the operation documents ('200', '404', …). */
  responses: string[];
}

/** Every operation of the app in module order: the staff and the provider documents together, as one. */
export function apiDocument(app: INestApplication): OpenApiDocument {
  return SwaggerModule.createDocument(app, new DocumentBuilder().build()) as unknown as OpenApiDocument;
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const content = op.requestBody?.content ?? {};
      return {
        method: method.toUpperCase(),
        path,
        tags: op.tags ?? [],
        parameters: op.parameters ?? [],
        body: (content['application/json'] ?? content['multipart/form-data'])?.schema,
        multipart: !content['application/json'] && !!content['multipart/form-data'],
        responses: Object.keys(op.responses ?? {}),
      };
    }),
  );
}
