import { createConfig, lintFromString } from '@redocly/openapi-core';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Issue 18: both published documents pass Redocly's `recommended` rules, as served by the real app,
 * so a provider's developer (and their tooling) can rely on them without asking us.
 */
describe('the OpenAPI documents', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    ['staff', '/api/docs-json'],
    ['provider', '/api/docs/provider-json'],
  ])('the %s document has no error under the recommended rules', async (name, path) => {
    const doc = await t.anonymous.get(path).expect(200);
    const problems = await lintFromString({ source: JSON.stringify(doc.body), absoluteRef: `${name}.json`, config: await createConfig({ extends: ['recommended'] }) });
    const describe = (p: (typeof problems)[number]) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`;
    const warnings = problems.filter((p) => p.severity === 'warn').map(describe);
    console.log(`openapi lint (${name}): ${problems.length - warnings.length} errors, ${warnings.length} warnings${warnings.length ? `\n  ${warnings.join('\n  ')}` : ''}`);
    expect(problems.filter((p) => p.severity === 'error').map(describe)).toEqual([]);
  });

  it('publishes the provider desk on its own, and only there', async () => {
    const provider = (await t.anonymous.get('/api/docs/provider-json').expect(200)).body;
    const staff = (await t.anonymous.get('/api/docs-json').expect(200)).body;
    const providerPaths = Object.keys(provider.paths);
    expect(providerPaths).toEqual(expect.arrayContaining(['/api/v1/provider-desk/requests', '/api/v1/provider-desk/requests/{id}/complete']));
    expect(providerPaths.every((p) => p.startsWith('/api/v1/provider-desk/'))).toBe(true);
    expect(Object.keys(staff.paths).filter((p) => p.startsWith('/api/v1/provider-desk/'))).toEqual([]);
    await t.anonymous.get('/api/docs/provider').expect(200).expect('content-type', /html/);
  });

  it('asks for a bearer token everywhere except where no credentials are needed', async () => {
    const staff = (await t.anonymous.get('/api/docs-json').expect(200)).body;
    const provider = (await t.anonymous.get('/api/docs/provider-json').expect(200)).body;
    for (const doc of [staff, provider]) expect(doc.security).toEqual([{ bearer: [] }]);
    expect(staff.paths['/api/v1/auth/login'].post.security).toEqual([]);
    expect(staff.paths['/api/v1/portal/access'].post.security).toEqual([]);
    expect(staff.paths['/api/v1/estates'].get.security).toBeUndefined();
    // Where logins are limited, the 429 says how long to wait.
    expect(staff.paths['/api/v1/auth/login'].post.responses['429'].headers).toHaveProperty('Retry-After');
  });

  // suspendwords: the deceased's dates are refused after today (refusalwords), and the document says so, not „in the future".
  it("describes the deceased's dates as the check refuses them", async () => {
    const { DeceasedDto: deceased } = (await t.anonymous.get('/api/docs-json').expect(200)).body.components.schemas;
    expect(deceased.properties.dateOfDeath.description).toBe('not after today, Dutch time (422, rule `future`, `limit` today), nor before the date of birth (422, rule `beforeBirth`)');
    expect(deceased.properties.dateOfBirth.description).toBe('not after today, Dutch time (422, rule `future`, `limit` today)');
  });
});
