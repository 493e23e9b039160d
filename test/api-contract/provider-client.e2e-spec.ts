import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { providerClientSource } from '../support/provider-client/generate';
import { startTestApp, TestApp } from '../support/test-app';

const COMMITTED = join(__dirname, '../support/provider-client/provider-desk.openapi.ts');

/**
 * Issue 18: the provider desk tests speak through a client generated from the published provider
 * document. This test regenerates it from the live document and fails when the committed one
 * differs, so an API change the document does not show — or a document change the client does not
 * follow — fails the build. `UPDATE_PROVIDER_CLIENT=1 npx jest test/api-contract/provider-client`
 * rewrites the committed file after an intended change.
 */
describe('the generated provider client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is what the published provider document generates', async () => {
    const document = (await t.anonymous.get('/api/docs/provider-json').expect(200)).body;
    const generated = await providerClientSource(document);
    if (process.env.UPDATE_PROVIDER_CLIENT === '1') await writeFile(COMMITTED, generated);
    expect(await readFile(COMMITTED, 'utf8')).toBe(generated);
  });
});
