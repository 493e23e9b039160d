import { Logger, LoggerService } from '@nestjs/common';
import fc from 'fast-check';
import { API, createEstate, createProvider } from '../support/fixtures';
import { apiDocument, OpenApiDocument, Operation, operationsOf, Schema } from '../support/openapi-operations';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Issue 11: malformed requests, generated with fast-check from the OpenAPI document, across every
 * operation. None may answer 5xx or log an error; every API refusal is problem+json.
 */
const REQUESTS = 5_000;
const CONCURRENCY = 4;
/** Requests for an operation without a body. */
const PATH_AND_QUERY_ONLY = 8;
/** Fixed, so a failure can be replayed; change it to explore further. */
const SEED = 20261123;

interface FuzzRequest {
  operation: Operation;
  path: string;
  query: [string, string][];
  contentType?: string;
  body?: string | Buffer;
  headers: Record<string, string>;
  who: 'owner' | 'anonymous';
}

/** Text no field should accept as is: NUL, lone surrogates, huge, blank, prototype words. */
const hostileText = fc.constantFrom('\u0000', 'Jan\u0000', '\ud800', 'x\udfffy', '\udbff\ud800', '', ' ', 'x'.repeat(5_000), '__proto__', 'constructor', '%00', '../../etc/passwd', '1e400', 'NaN', '-0');
/** Any UTF-16, lone surrogates and control characters included. */
const anyUtf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 }).map((codes) => String.fromCharCode(...codes));
const hostileNumber = fc.constantFrom(5e-324, -5e-324, 1e308, -1e308, 0.1 + 0.2, -0, 2 ** 53 + 1, 1e21, 0.001, -1, 0);
const prototypeObject = fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => ({ [key]: { polluted: true } }));
const nested = fc.integer({ min: 9, max: 2_000 }).map((levels) => JSON.parse('['.repeat(levels) + ']'.repeat(levels)) as unknown);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  anyUtf16,
  hostileNumber,
  fc.constantFrom(null, true, false, [], {}, [null], [[]], { a: 1 }, ['x', 'x']),
  prototypeObject,
  nested,
  fc.double(),
  fc.anything({ maxDepth: 2 }),
);

describe('fuzzing every operation of the OpenAPI document', () => {
  let t: TestApp;
  let base: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string[]> = {};
  const logged: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    const anna = await t.specialist('Anna de Boer');
    const provider = await createProvider(t.admin, { requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Mobiel abonnement', accountNumber: '06-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200); // the request letter is written
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    const token = (await t.admin.post(`${API}/providers/${provider.id}/tokens`, { label: 'fuzz' }).expect(201)).body;
    const letters = (await anna.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items as { id: string }[];
    tokens.staff = anna.token;
    tokens.admin = t.admin.token;
    tokens.family = (await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken;
    tokens.provider = token.token;
    Object.assign(ids, {
      estates: [estate.id],
      contracts: [contract.id],
      providers: [provider.id],
      requests: [contract.id],
      'family-members': [member.id],
      letters: letters.map((l) => l.id),
      tokens: [token.id],
      users: [anna.userId],
    });
    const capture: LoggerService = { log: () => {}, warn: () => {}, error: (message: unknown) => logged.push(JSON.stringify(message)) };
    Logger.overrideLogger(capture);
  });
  afterAll(async () => {
    await t?.close();
  });

  it(`answers ${REQUESTS} malformed requests without a 5xx`, async () => {
    const doc = apiDocument(t.app);
    const operations = operationsOf(doc);
    expect(operations.length).toBeGreaterThan(50);
    // Bodies are where malformed input hides; operations without one (a dossier zip, a letter PDF)
    // do real and slow work for most requests, so they get a few for their path and query.
    const withBody = operations.filter((o) => o.body);
    const perBody = Math.ceil((REQUESTS - PATH_AND_QUERY_ONLY * (operations.length - withBody.length)) / withBody.length);
    const requests = operations.flatMap((operation, i) => fc.sample(requestFor(doc, operation, ids), { numRuns: operation.body ? perBody : PATH_AND_QUERY_ONLY, seed: SEED + i }));
    expect(requests.length).toBeGreaterThanOrEqual(REQUESTS);

    const failures: string[] = [];
    const started = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const r = requests[next++];
        const res = await send(base, r, tokens);
        const type = res.headers.get('content-type') ?? '';
        const body = await res.text();
        if (res.status >= 500 || (res.status >= 400 && res.status !== 429 && !type.startsWith('application/problem+json'))) {
          failures.push(`${res.status} ${summary(r)} → ${body.slice(0, 200)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(`fuzz: ${requests.length} requests over ${operations.length} operations in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(logged).toEqual([]);
    // The margin is for a machine shared with other test runs.
  }, 180_000);
});

/** A valid-looking value for a schema, so each request is malformed in one place rather than everywhere. */
function valueFor(doc: OpenApiDocument, schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.constant('x');
  if (schema.$ref) return valueFor(doc, doc.components?.schemas?.[schema.$ref.split('/').pop()!], depth + 1);
  if (schema.allOf?.length) return valueFor(doc, schema.allOf[0], depth + 1);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.type === 'object' || schema.properties) {
    const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, valueFor(doc, s, depth + 1)]));
    return fc.record(properties, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
  }
  switch (schema.type) {
    case 'array':
      return fc.array(valueFor(doc, schema.items, depth + 1), { maxLength: 3 });
    case 'integer':
      return fc.integer({ min: -5, max: 100 });
    case 'number':
      return fc.oneof(fc.integer({ min: 0, max: 10_000 }).map((cents) => cents / 100), fc.double({ noNaN: true }));
    case 'boolean':
      return fc.boolean();
  }
  if (schema.format === 'date') return fc.date({ min: new Date('1900-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'binary') return fc.constant('file');
  return fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('NL', 'nl', '1016 GV', 'Amsterdam', 'maria@family.example', 'Team Nabestaanden'));
}

/** Replaces, adds or removes one field somewhere in the body. */
function mutate(value: unknown): fc.Arbitrary<unknown> {
  if (typeof value !== 'object' || value === null) return hostileValue;
  const entries = Object.entries(value);
  return fc.oneof(
    hostileValue,
    fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'nickname', ''), anyUtf16), hostileValue).map(([k, v]) => {
      const copy: Record<string, unknown> = { ...value };
      Object.defineProperty(copy, k, { value: v, enumerable: true, configurable: true, writable: true });
      return copy;
    }),
    ...(entries.length
      ? [
          fc.nat(entries.length - 1).chain((i) => mutate(entries[i][1]).map((v) => ({ ...value, [entries[i][0]]: v }))),
          fc.nat(entries.length - 1).map((i) => Object.fromEntries(entries.filter((_, j) => j !== i))),
        ]
      : []),
  );
}

function requestFor(doc: OpenApiDocument, operation: Operation, ids: Record<string, string[]>): fc.Arbitrary<FuzzRequest> {
  const segments = operation.path.split('/');
  const pathParams = operation.parameters.filter((p) => p.in === 'path');
  const pathValue = (name: string) => {
    const collection = segments[segments.indexOf(`{${name}}`) - 1];
    const known = ids[collection] ?? [];
    return fc.oneof({ weight: 6, arbitrary: known.length ? fc.constantFrom(...known) : fc.uuid() }, { weight: 1, arbitrary: fc.oneof(fc.uuid(), hostileText, anyUtf16) });
  };
  const path = fc
    .tuple(...pathParams.map((p) => (p.schema?.enum ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...(p.schema.enum as string[])) }, { weight: 1, arbitrary: hostileText }) : pathValue(p.name))))
    .map((values) => pathParams.reduce((at, p, i) => at.replace(`{${p.name}}`, percentEncoded(String(values[i]))), operation.path));
  const queryParams = operation.parameters.filter((p) => p.in === 'query');
  const query = fc.array(
    fc
      .tuple(
        fc.oneof({ weight: 4, arbitrary: queryParams.length ? fc.constantFrom(...queryParams.map((p) => p.name)) : fc.constant('q') }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'x[y]') }),
        fc.oneof(
          valueFor(doc, { type: 'string' }).map((v) => percentEncoded(String(v))),
          fc.oneof(hostileText, anyUtf16).map(percentEncoded),
          fc.constantFrom('en', 'nl', 'open', 'all', 'json', 'pdf', '%', '%FF', '%ED%A0%80', '%C0%80'),
        ),
      )
      .map(([k, v]) => [percentEncoded(k), v] as [string, string]),
    { maxLength: 3 },
  );
  const json = (value: unknown) => ({ contentType: 'application/json', body: JSON.stringify(value) ?? 'null' });
  const raw = fc.oneof(
    valueFor(doc, operation.body).chain(mutate).map(json),
    fc.constantFrom(
      { contentType: undefined, body: undefined },
      { contentType: 'application/json', body: '' },
      { contentType: 'application/json', body: '{"a":' },
      { contentType: 'application/json', body: 'null' },
      { contentType: 'application/json', body: '"text"' },
      { contentType: 'application/json', body: '[1,2]' },
      { contentType: 'application/json; charset=klingon', body: '{}' },
      { contentType: 'application/json', body: `{"a":"${'x'.repeat(120_000)}"}` },
      { contentType: 'text/plain', body: 'hello' },
      { contentType: 'application/x-www-form-urlencoded', body: 'a[b][c][d][e]=1&message[a]=b' },
      { contentType: 'application/x-www-form-urlencoded', body: Array.from({ length: 150 }, (_, i) => `f${i}=x`).join('&') },
      { contentType: 'application/x-www-form-urlencoded', body: '__proto__[x]=1&constructor[prototype][y]=2&kind=%00' },
      { contentType: 'multipart/form-data; boundary=fuzz', body: '--fuzz\r\nContent-Disposition: form-data; name="message[a]"\r\n\r\nb\r\n--fuzz--\r\n' },
      { contentType: 'multipart/form-data; boundary=fuzz', body: '--fuzz\r\nbroken' },
      { contentType: 'application/octet-stream', body: Buffer.from([0, 1, 2, 255]) },
    ),
  );
  const encoding = fc.oneof({ weight: 12, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.constantFrom({ 'Content-Encoding': 'gzip' }, { 'Content-Encoding': 'x-klingon' }) });
  return fc.record({
    operation: fc.constant(operation),
    path,
    query,
    payload: operation.method === 'GET' || operation.method === 'DELETE' ? fc.constant({ contentType: undefined, body: undefined }) : raw,
    headers: fc.oneof({ weight: 6, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.constant({ 'Idempotency-Key': 'fuzz-key' }) }).chain((h) => encoding.map((e) => ({ ...h, ...e }))),
    who: fc.oneof({ weight: 12, arbitrary: fc.constant('owner' as const) }, { weight: 1, arbitrary: fc.constant('anonymous' as const) }),
  }).map(({ payload, ...r }) => ({ ...r, ...payload }));
}

/** The credential an operation's audience needs: the family portal, the provider desk, or staff. */
function credentialFor(r: FuzzRequest, tokens: Record<string, string>): string | undefined {
  if (r.who === 'anonymous') return undefined;
  if (r.operation.tags.includes('family portal')) return tokens.family;
  if (r.operation.tags.includes('provider desk')) return tokens.provider;
  return r.operation.path.includes('/admin/') || r.operation.tags.includes('providers') || r.operation.path.endsWith('/users') ? tokens.admin : tokens.staff;
}

function send(base: string, r: FuzzRequest, tokens: Record<string, string>): Promise<Response> {
  const url = base + r.path + (r.query.length ? `?${r.query.map(([k, v]) => `${k}=${v}`).join('&')}` : '');
  const headers: Record<string, string> = { Accept: 'application/json', ...r.headers };
  const token = credentialFor(r, tokens);
  if (token) headers.Authorization = `Bearer ${token}`;
  if (r.contentType) headers['Content-Type'] = r.contentType;
  return fetch(url, { method: r.operation.method, headers, body: r.body });
}

/** UTF-8 bytes escaped but letters and digits (a lone surrogate becomes U+FFFD, as in any URL); raw junk like `%FF` is sent as is. */
function percentEncoded(text: string): string {
  return [...Buffer.from(text)].map((b) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');
}

function summary(r: FuzzRequest): string {
  const query = r.query.map(([k, v]) => `${k}=${v}`).join('&');
  const body = typeof r.body === 'string' ? r.body.slice(0, 300) : r.body ? '<binary>' : '';
  return `${r.operation.method} ${r.path}${query ? `?${query}` : ''} [${r.contentType ?? '-'}${r.headers['Content-Encoding'] ? `, ${r.headers['Content-Encoding']}` : ''}] ${body}`;
}
