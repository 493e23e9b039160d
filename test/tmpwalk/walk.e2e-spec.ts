import request from 'supertest';
import { API, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { startTestApp, TestApp, Session } from '../support/test-app';
import { account } from '../workspace/support';

describe('walk', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(() => t.close());
  it('walks', async () => {
    for (const lang of ['en', 'nl'] as const) {
      const o: Session = (await account(t, lang === 'en' ? 'Emma Smith' : 'Anna Boer', 'specialist', lang)).api;
      const out: string[] = [];
      const log = (what: string, res: request.Response) => out.push(`${what} ${res.status} ${JSON.stringify(res.body).slice(0, 700)}`);
      const provider = await createProvider(t.admin, { name: `Vitens ${lang}`, requiredDocuments: ['death_certificate'] });
      const estate = await createEstate(o);
      log('estate', await o.get(`${API}/estates/${estate.id}`));
      log('patch estate bad', await o.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2099-01-01' } }));
      log('patch estate ok', await o.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-01-02' } }));
      log('close', await o.post(`${API}/estates/${estate.id}/close`, {}));
      log('progress', await o.post(`${API}/estates/${estate.id}/progress-report`, {}));
      log('fm bad', await o.post(`${API}/estates/${estate.id}/family-members`, { name: '', relation: 'x' }));
      const fm = await o.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria', relation: 'child', isHeir: true, isRepresentative: true, email: 'maria@x.example' });
      log('fm', fm);
      log('fm patch', await o.patch(`${API}/estates/${estate.id}/family-members/${fm.body.id}`, { email: 'maria2@x.example' }));
      const c = await o.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Water', accountNumber: 'VT-1', action: 'cancel' });
      log('contract', c);
      log('contract bad', await o.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: '', action: 'sell' }));
      log('request', await o.post(`${API}/contracts/${c.body.id}/request`));
      log('answer', await o.post(`${API}/contracts/${c.body.id}/provider-answer/confirmed`, {}));
      log('complain', await o.post(`${API}/contracts/${c.body.id}/complain`, {}));
      log('amend', await o.post(`${API}/contracts/${c.body.id}/amend`, {}));
      log('patch contract', await o.patch(`${API}/contracts/${c.body.id}`, { requestedEndDate: '2020-01-01' }));
      log('calls bad', await o.post(`${API}/contracts/${c.body.id}/calls`, {}));
      log('withdraw', await o.post(`${API}/contracts/${c.body.id}/withdraw`, {}));
      log('get contract', await o.get(`${API}/contracts/${c.body.id}`));
      log('letters', await o.get(`${API}/estates/${estate.id}/letters?kind=zzz`));
      log('letters ok', await o.get(`${API}/estates/${estate.id}/letters`));
      log('preview', await o.get(`${API}/contracts/${c.body.id}/letter-preview`));
      const up = o.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate');
      const doc = await up.attach('file', TINY_PDF, 'akte.pdf');
      log('doc', doc);
      const up2 = await o.post(`${API}/estates/${estate.id}/documents`).field('kind', 'nope').attach('file', Buffer.from('hello'), 'a.txt');
      log('doc bad', up2);
      log('doc withdraw bad', await o.post(`${API}/documents/${doc.body.id}/withdraw`, { reason: '' }));
      log('doc patch bad', await o.patch(`${API}/documents/${doc.body.id}`, { audience: 'x' }));
      log('request2', await o.post(`${API}/contracts/${c.body.id}/request`));
      log('get contract2', await o.get(`${API}/contracts/${c.body.id}`));
      log('answer2', await o.post(`${API}/contracts/${c.body.id}/provider-answer/confirmed`, { effectiveDate: 'x' }));
      log('answer3', await o.post(`${API}/contracts/${c.body.id}/provider-answer/rejected`, { }));
      log('retry', await o.post(`${API}/letters/${c.body.id}/retry`));
      log('queue', await o.get(`${API}/queue?limit=zz`));
      log('queue ok', await o.get(`${API}/queue`));
      log('timeline', await o.get(`${API}/estates/${estate.id}/timeline`));
      log('print', await o.post(`${API}/print-batches`, {}));
      console.log(lang + '\n' + out.join('\n'));
    }
  });
});
