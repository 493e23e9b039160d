import { randomUUID } from 'node:crypto';
import { getMetadataStorage } from 'class-validator';
import request from 'supertest';
import { AcknowledgeBatchDto, AcknowledgeItemDto, CompleteBatchDto, CompleteItemDto } from '../../src/provider-desk/provider-desk.dto';
import { AcknowledgeDto, BalanceReleasedDto, CollectionStoppedDto, CompleteDto, CompletionCorrectedDto, CreditNoteDto, DisputeRejectionDto, DropUndoneDto, InvoiceWithdrawnDto, RejectDto, RequestInformationDto, WithdrawRejectionDto } from '../../src/contracts/contract-events.dto';
import { RefundPaidDto } from '../../src/refunds/refunds.dto';
import { DeskHandoverAppointment } from '../../src/provider-desk/desk-request.view';
import { RegisterWebhookDto } from '../../src/webhooks/webhook.dto';
import { API, createProvider } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; [keyword: string]: unknown };
type Document = { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>; components: { schemas: Record<string, Schema> } };

/** Every body the desk takes, by the name its document gives it: a new one is named here, or this spec fails. */
const DESK_BODIES: Record<string, Function> = {
  AcknowledgeDto,
  AcknowledgeBatchDto,
  AcknowledgeItemDto,
  CompleteDto,
  CompleteBatchDto,
  CompleteItemDto,
  CompletionCorrectedDto,
  RequestInformationDto,
  RejectDto,
  CreditNoteDto,
  InvoiceWithdrawnDto,
  DisputeRejectionDto,
  DropUndoneDto,
  CollectionStoppedDto,
  BalanceReleasedDto,
  WithdrawRejectionDto,
  RefundPaidDto,
  DeskHandoverAppointment,
  RegisterWebhookDto,
};

/** The schemas a request body refers to, and those they refer to in turn. */
function bodySchemas(document: Document): Set<string> {
  const names = new Set<string>();
  const visit = (schema: Schema | undefined): void => {
    if (!schema) return;
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      if (names.has(name)) return;
      names.add(name);
      return visit(document.components.schemas[name]);
    }
    Object.values(schema.properties ?? {}).forEach(visit);
    visit(schema.items);
  };
  for (const operations of Object.values(document.paths)) for (const op of Object.values(operations)) Object.values(op.requestBody?.content ?? {}).forEach((c) => visit(c.schema));
  return names;
}

/**
 * audit81 OAS-1: a client generated from the provider document refuses what the server refuses. Each limit a desk body's
 * validator enforces is in the document, read here from the validators themselves, so neither can change alone.
 */
describe('the limits of the desk API in its document', () => {
  let t: TestApp;
  let document: Document;
  let desk: (path: string, body: object) => request.Test;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.anonymous.get('/api/docs/provider-json').expect(200)).body;
    const provider = await createProvider(t.admin, { name: 'KPN' });
    token = (await t.admin.post(`${API}/providers/${provider.id}/tokens`, {}).expect(201)).body.token as string;
    desk = (path, body) => request(t.app.getHttpServer()).post(`${API}/provider-desk${path}`).set('Authorization', `Bearer ${token}`).send(body);
  });
  afterAll(() => t?.close());

  it('names every body the desk takes', () => {
    expect([...bodySchemas(document)].sort()).toEqual(Object.keys(DESK_BODIES).sort());
  });

  it.each(Object.entries(DESK_BODIES))('%s: each limit its validators enforce is in the document', (name, body) => {
    const schema = document.components.schemas[name];
    for (const rule of getMetadataStorage().getTargetValidationMetadatas(body, '', true, false)) {
      const property = schema.properties?.[rule.propertyName];
      const where = `${name}.${rule.propertyName} (${rule.name})`;
      const [first, second] = (rule.constraints ?? []) as number[];
      const declared = { where, ...(rule.each ? property?.items : property) };
      switch (rule.name) {
        case 'maxLength':
          expect(declared).toMatchObject({ where, maxLength: first });
          break;
        case 'minLength':
          expect(declared).toMatchObject({ where, minLength: first });
          break;
        case 'arrayMinSize':
          expect(declared).toMatchObject({ where, minItems: first });
          break;
        case 'arrayMaxSize':
          expect(declared).toMatchObject({ where, maxItems: first });
          break;
        case 'isEuros':
          expect(declared).toMatchObject({ where, maximum: second, multipleOf: 0.01, ...(first > 0 ? { minimum: 0, exclusiveMinimum: true } : { minimum: first }) });
          break;
        default:
          // A rule with a figure of its own is a limit: this spec (and `limitKeywords`) must learn how the document says it.
          expect({ where, figures: (rule.constraints ?? []).filter((c: unknown) => typeof c === 'number') }).toEqual({ where, figures: [] });
      }
    }
  });

  it('says that text loses its spaces around it before it is counted, so a blank reference is refused by both', async () => {
    const reference = document.components.schemas.AcknowledgeDto.properties!.reference;
    expect(reference).toMatchObject({ minLength: 1, maxLength: 100 });
    const pattern = new RegExp(reference.pattern as string);
    expect(pattern.test('   ')).toBe(false);
    expect(pattern.test(' KPN-1 ')).toBe(true);
    const refused = await desk(`/requests/${randomUUID()}/acknowledge`, { reference: '   ' }).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['reference']);
    const reason = document.components.schemas.DisputeRejectionDto.properties!.reason;
    expect(new RegExp(reason.pattern as string).test(' ab ')).toBe(false);
    expect(new RegExp(reason.pattern as string).test(' abc ')).toBe(true);
  });

  // The audit's repro bodies: each is outside the document's schema, and the server refuses it naming the field.
  it.each([
    ['/acknowledge', 'AcknowledgeDto', { reference: 'R'.repeat(150) }, 'reference'],
    ['/credit-note', 'CreditNoteDto', { amount: 10.555 }, 'amount'],
    ['/credit-note', 'CreditNoteDto', { amount: -5 }, 'amount'],
    ['/credit-note', 'CreditNoteDto', { amount: 10, note: 'a'.repeat(3000) }, 'note'],
    ['/credit-note', 'CreditNoteDto', { amount: 10, invoiceReference: 'F'.repeat(101) }, 'invoiceReference'],
    ['/reject-dispute', 'DisputeRejectionDto', { reason: 'R'.repeat(2100) }, 'reason'],
    ['/refund-paid', 'RefundPaidDto', { amount: 1_000_000.01, paidOn: '2026-12-01' }, 'amount'],
  ])('%s %j: outside the document, and refused naming the field', async (path, name, body, field) => {
    const declared = document.components.schemas[name].properties![field] as { maxLength?: number; maximum?: number; minimum?: number; exclusiveMinimum?: boolean };
    const value = (body as Record<string, unknown>)[field];
    const outside =
      typeof value === 'string'
        ? value.length > declared.maxLength!
        : (value as number) > declared.maximum! || (declared.exclusiveMinimum ? (value as number) <= declared.minimum! : (value as number) < declared.minimum!) || Math.round((value as number) * 100) !== (value as number) * 100;
    expect(outside).toBe(true);
    const refused = await desk(`/requests/${randomUUID()}${path}`, body).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it('tells an amount with three decimals the rule it breaks, not to write it as a number', async () => {
    const refused = await desk(`/requests/${randomUUID()}/credit-note`, { amount: 10.555 }).expect(400);
    expect(refused.body.detail).toBe('Bedrag: vul een bedrag in euro’s in als getal tot en met €\u00a01.000.000,00, met hooguit twee cijfers achter de komma, bijvoorbeeld 12.50. Er is niets gewijzigd.');
  });

  // audit81 DOC-2: what a client switches on is the same for every 404, and every body's size limit is declared.
  it('answers a method the desk does not have with the not-found problem every other 404 has', async () => {
    const put = await request(t.app.getHttpServer()).put(`${API}/provider-desk/requests/${randomUUID()}`).set('Authorization', `Bearer ${token}`).send({}).expect(404);
    expect(put.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(put.body).toMatchObject({ type: 'https://steward.example/problems/not-found', status: 404 });
  });

  it('declares the 413 of a body over 100 kB on every operation that takes one', () => {
    const withBody = Object.entries(document.paths).flatMap(([path, operations]) => Object.entries(operations).filter(([, op]) => op.requestBody).map(([method, op]) => ({ at: `${method} ${path}`, tooLarge: (op as { responses: Record<string, { description: string }> }).responses['413']?.description })));
    expect(withBody.length).toBeGreaterThan(10);
    expect(withBody.filter((op) => !op.tooLarge?.includes('100 kB'))).toEqual([]);
  });

  // idemcrash: a retry under a key may answer the first call's answer, marked, or 409 that its answer was lost: both documents say so.
  it.each([
    ['provider', '/api/docs/provider-json', 10],
    ['staff', '/api/docs-json', 50],
  ])('%s document: every operation taking Idempotency-Key declares Idempotent-Replayed on its success and the key\'s 409s', async (_name, url, least) => {
    const doc = url === '/api/docs/provider-json' ? document : (await t.anonymous.get(url).expect(200)).body;
    type Keyed = { parameters?: { in: string; name: string }[]; responses: Record<string, { description: string; headers?: Record<string, { description: string }> }> };
    const keyed = Object.entries(doc.paths as Record<string, Record<string, Keyed>>).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, op]) => op.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'))
        .map(([method, op]) => ({
          at: `${method} ${path}`,
          replayed: Object.entries(op.responses).filter(([status]) => status.startsWith('2')).every(([, r]) => /first call/.test(r.headers?.['Idempotent-Replayed']?.description ?? '')),
          conflict: /`idempotency-key-in-progress`.*`idempotency-key-done`/.test(op.responses['409']?.description ?? ''),
        })),
    );
    expect(keyed.length).toBeGreaterThan(least);
    expect(keyed.filter((op) => !op.replayed || !op.conflict)).toEqual([]);
  });

  it('keeps an operation\'s own 409 beside the key\'s', () => {
    const conflict = (document.paths['/api/v1/provider-desk/requests/{id}/acknowledge'].post as unknown as { responses: Record<string, { description: string }> }).responses['409'].description;
    expect(conflict).toMatch(/^The request no longer takes this answer.*`idempotency-key-done`/);
  });

  it('CompleteDto: payoutTo at most 200, finalInvoiceAmount within ±1,000,000 in cents', () => {
    const complete = document.components.schemas.CompleteDto.properties!;
    expect(complete.payoutTo).toMatchObject({ maxLength: 200 });
    expect(complete.finalInvoiceAmount).toMatchObject({ minimum: -1_000_000, maximum: 1_000_000, multipleOf: 0.01 });
    expect(complete.reference).toMatchObject({ minLength: 1, maxLength: 100 });
  });
});
