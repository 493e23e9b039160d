import { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { Module } from '@nestjs/core/injector/module';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { BODY_LIMIT_KB } from './common/body-parsers';
import { BEARER, Problem, problemResponse, withBodyTooLarge, withKeyedAnswers } from './common/openapi';
import { documentQueryLimits, withValidatorLimits } from './common/openapi-limits';
import { ProviderDeskModule } from './provider-desk/provider-desk.module';

/** Where the two documents are served: the provider's is the one a provider's developer needs. */
export const API_DOCS = {
  staff: { ui: 'api/docs', json: 'api/docs-json' },
  provider: { ui: 'api/docs/provider', json: 'api/docs/provider-json' },
} as const;

/** Relative, so the documents work on any host Steward is reached at (demo, staging, production). */
const SERVER = { url: '/', description: 'this Steward installation' };

function builder(title: string, description: string, tokenHelp: string) {
  return new DocumentBuilder()
    .setTitle(title)
    .setDescription(description)
    .setVersion('1')
    .setLicense('Proprietary', 'https://steward.example/terms')
    .addServer(SERVER.url, SERVER.description)
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: tokenHelp }, BEARER)
    .addSecurityRequirements(BEARER)
    .addGlobalResponse(problemResponse(500), problemResponse(503));
}

const PROVIDER_DESCRIPTION = `For the contact point of a provider (telecom, energy, bank, …) that handles bereavement requests.
Steward writes to you on behalf of the family of someone who died: cancel a contract, or transfer it to an heir.
You see only the requests addressed to your organisation, answer each one (received, completed, information needed, rejected),
and open the letters and documents that belong to it. Every answer moves the request on at once; the case owner
and the family see it. Errors are RFC 9457 problem details (\`application/problem+json\`): switch on \`type\` (every 404, also of a path or
method we do not have, is \`https://steward.example/problems/not-found\`) and \`errors[].field\`; \`title\`, \`detail\` and each
\`errors[].message\` are in your desk's language (Dutch unless Steward set it to English), each message a sentence naming its field (a refusal with no such sentence keeps
the validator's English), a webhook delivery's \`lastError\` always in English, for your developer and logs. Each body's limits (lengths, amounts in euros with at most two decimals) are in its schema; a body over ${BODY_LIMIT_KB} kB is a 413.
Dates are \`YYYY-MM-DD\`; ids are UUIDs.
Send an \`Idempotency-Key\` with every call that changes something (every answer, a deletion confirmed, a webhook endpoint removed, a delivery
replayed) so a retry after a network error changes nothing twice: it gets the first answer again. Registering a webhook endpoint takes no key: its
signing secret is shown in that answer only, and we do not keep it to show it again.`;

const OPTIONS = { extraModels: [Problem] };

/** The controllers of `modules`: the document's bodies and queries are read from their routes (`withValidatorLimits`, `documentQueryLimits`). */
const controllersOf = (modules: Module[]): Function[] => modules.flatMap((m) => [...m.controllers.values()].map((c) => c.metatype as Function));

/** Case owners, administrators and the family portal: every module except the provider desk. */
export function staffDocument(app: INestApplication): OpenAPIObject {
  const config = builder(
    'Steward API',
    'Bereavement case handling for case owners and administrators: estates, contracts, letters, the provider directory, and the family portal. Send an `Idempotency-Key` with each call that creates or changes something (where an operation lists the header) so a retry after a network error changes nothing twice.',
    'a staff access token from `POST /api/v1/auth/login`, or a family access token from `POST /api/v1/portal/access`',
  ).build();
  const modules = [...app.get(ModulesContainer).values()].filter((m) => m.metatype !== ProviderDeskModule);
  documentQueryLimits(controllersOf(modules));
  return withKeyedAnswers(withBodyTooLarge(withValidatorLimits(SwaggerModule.createDocument(app, config, { ...OPTIONS, include: modules.map((m) => m.metatype) }), controllersOf(modules))));
}

/** The provider contact point's API, published on its own so a provider's developer reads only what is theirs. */
export function providerDocument(app: INestApplication): OpenAPIObject {
  const config = builder(
    'Steward provider desk API',
    PROVIDER_DESCRIPTION,
    'your API token; Steward gives it to your organisation once (ask your Steward contact), it is not shown again',
  ).build();
  // Operation ids name what the provider does (`complete`, `requestInformation`): generated clients use them.
  const desk = [...app.get(ModulesContainer).values()].filter((m) => m.metatype === ProviderDeskModule);
  documentQueryLimits(controllersOf(desk));
  return withKeyedAnswers(withBodyTooLarge(withValidatorLimits(SwaggerModule.createDocument(app, config, { ...OPTIONS, include: [ProviderDeskModule], operationIdFactory: (_controller, method) => method }), controllersOf(desk))));
}

export function serveApiDocuments(app: INestApplication): void {
  // Built on first request, when every module is initialised.
  SwaggerModule.setup(API_DOCS.staff.ui, app, () => staffDocument(app), { jsonDocumentUrl: API_DOCS.staff.json });
  SwaggerModule.setup(API_DOCS.provider.ui, app, () => providerDocument(app), { jsonDocumentUrl: API_DOCS.provider.json });
}
