import { randomUUID } from 'node:crypto';
import { ModulesContainer } from '@nestjs/core';
import { LETTER_KINDS } from '../../letters';
import { DECORATORS, type OpenAPIObject } from '@nestjs/swagger';
import { providerDocument, staffDocument } from '../../src/api-docs';
import { queryRoutes, validatorLimits } from '../../src/common/openapi-limits';
import { MAX_PAGE_SIZE } from '../../src/common/paging';
import { ProviderDeskModule } from '../../src/provider-desk/provider-desk.module';
import { API } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/** The schema keywords a validator's limit stands for (`limitKeywords`): what a generated client checks before it sends. */
const LIMITS = ['minimum', 'maximum', 'exclusiveMinimum', 'multipleOf', 'minLength', 'maxLength', 'pattern', 'enum', 'minItems', 'maxItems'] as const;

type Parameter = { name: string; in: string; schema?: Record<string, unknown> };

/**
 * deskexport (apidoc2's Not done): a query parameter's limits in both API documents are its validator's, written once on the query
 * class: a client generated from a document refuses what the server refuses, and no hand-written limit can say otherwise.
 */
describe("query parameters' limits in the API documents", () => {
  let t: TestApp;
  let staff: OpenAPIObject;
  let provider: OpenAPIObject;

  beforeAll(async () => {
    t = await startTestApp();
    staff = staffDocument(t.app);
    provider = providerDocument(t.app);
  });
  afterAll(() => t?.close());

  const operation = (document: OpenAPIObject, operationId: string) =>
    Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).flatMap(([method, op]) => (op && typeof op === 'object' && 'operationId' in op && op.operationId === operationId ? [{ path, method, op: op as { parameters?: Parameter[] } }] : [])))[0];
  const query = (document: OpenAPIObject, path: string, name: string) => (document.paths[path].get!.parameters as Parameter[]).find((p) => p.in === 'query' && p.name === name)?.schema;

  it("states each query parameter's limits exactly as its validator enforces them, in both documents", () => {
    const checked: string[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      const desk = module.metatype === ProviderDeskModule;
      const controllers = [...module.controllers.values()].map((c) => c.metatype as Function);
      for (const { controller, handler, query: dto } of queryRoutes(controllers)) {
        // A web page's route is in no document (and may share its handler's name with an operation's).
        if ((Reflect.getMetadata(DECORATORS.API_EXCLUDE_CONTROLLER, controller) as boolean[] | undefined)?.[0]) continue;
        // The provider's document names an operation by what the provider does; the staff document by controller and handler.
        const documented = desk ? operation(provider, handler) : operation(staff, `${controller.name}_${handler}`);
        if (!documented) continue;
        const limits = validatorLimits(dto, true);
        for (const parameter of documented.op.parameters ?? []) {
          if (parameter.in !== 'query') continue;
          const stated = Object.fromEntries(LIMITS.filter((k) => parameter.schema?.[k] !== undefined).map((k) => [k, parameter.schema![k]]));
          const enforced = limits.get(parameter.name)?.own ?? {};
          expect({ at: `${documented.method.toUpperCase()} ${documented.path} ?${parameter.name}`, limits: stated }).toEqual({ at: `${documented.method.toUpperCase()} ${documented.path} ?${parameter.name}`, limits: enforced });
          checked.push(`${documented.path}?${parameter.name}`);
        }
      }
    }
    // Both documents were read, their paged lists among them.
    expect(checked).toEqual(expect.arrayContaining(['/api/v1/provider-desk/requests?limit', '/api/v1/provider-desk/requests/counts?q', '/api/v1/estates?q', '/api/v1/estates?limit']));
    // deskrules: and the parameters whose choices were written by hand beside their checks.
    expect(checked).toEqual(expect.arrayContaining(['/api/v1/contracts/{id}?lang', '/api/v1/contracts/{id}/letter-preview?kind', '/api/v1/contracts/{id}/letter-preview?format', '/api/v1/portal/dossier?lang']));
  });

  it('a client reads the limits the server refuses beyond', () => {
    expect(query(provider, '/api/v1/provider-desk/requests', 'limit')).toMatchObject({ minimum: 1, maximum: 100 });
    expect(query(provider, '/api/v1/provider-desk/requests', 'q')).toMatchObject({ minLength: 2, maxLength: 100 });
    expect(query(provider, '/api/v1/provider-desk/requests', 'cursor')).toMatchObject({ maxLength: 200 });
    expect(query(provider, '/api/v1/provider-desk/requests', 'status')).toMatchObject({ type: 'string', enum: ['new', 'waiting_on_you', 'waiting_on_steward', 'done', 'open', 'all'] });
    expect(query(staff, '/api/v1/estates', 'limit')).toMatchObject({ minimum: 1, maximum: MAX_PAGE_SIZE });
    // The search was refused under 2 characters and over 100 without the document saying so.
    expect(query(staff, '/api/v1/estates', 'q')).toMatchObject({ minLength: 2, maxLength: 100 });
  });

  /** deskrules: the choices of `kind`, `format` and `lang` were written by hand beside their checks; they are the validators' now. */
  it("lists each query parameter's choices from its validator, and refuses any other naming the parameter", async () => {
    expect(query(staff, '/api/v1/contracts/{id}/letter-preview', 'kind')).toMatchObject({ type: 'string', enum: LETTER_KINDS });
    expect(query(staff, '/api/v1/contracts/{id}/letter-preview', 'format')).toMatchObject({ type: 'string', enum: ['json', 'pdf'] });
    expect(query(staff, '/api/v1/contracts/{id}', 'lang')).toMatchObject({ type: 'string', enum: ['nl', 'en'] });
    expect(query(staff, '/api/v1/portal/dossier', 'lang')).toMatchObject({ type: 'string', enum: ['nl', 'en'] });
    // What the document lists is what the server takes: a language it lacks is refused, naming it (before, read as the caller's).
    const refused = await t.admin.get(`${API}/contracts/${randomUUID()}?lang=de`).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'lang', message: expect.stringContaining('nl, en') }]);
  });
});
