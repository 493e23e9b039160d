import { Logger } from '@nestjs/common';
import { DEMO_ADMIN, DEMO_FAMILY_CODE, DEMO_PROVIDERS, DEMO_SPECIALIST, seedDemoData } from '../../src/seed/demo-data';
import { API, letterText } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('demo data for npm start', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('seeds a working demo once: specialist, providers, two estates, a request waiting in the KPN desk, a family portal login', async () => {
    const logger = new Logger('test');
    await seedDemoData(t.app, logger);
    await seedDemoData(t.app, logger); // a restart seeds nothing twice
    await t.runDue(); // npm start's workers: the letters are made and sent
    const anna = await t.login(DEMO_SPECIALIST.email, DEMO_SPECIALIST.password);
    await t.login(DEMO_ADMIN.email, DEMO_ADMIN.password);
    const estates = (await anna.get(`${API}/estates`).expect(200)).body.items;
    expect(estates.map((e: { deceased: { fullName: string } }) => e.deceased.fullName).sort()).toEqual(['Jan Hendrik de Vries', 'Şükrü Yılmaz']);
    const providers = (await anna.get(`${API}/providers`).expect(200)).body.items;
    expect(providers).toHaveLength(DEMO_PROVIDERS.length);
    expect(new Set(providers.map((p: { category: string }) => p.category)).size).toBeGreaterThanOrEqual(8);
    const jan = estates.find((e: { deceased: { surname: string } }) => e.deceased.surname === 'Vries');
    const contracts = (await anna.get(`${API}/estates/${jan.id}/contracts`).expect(200)).body.items;
    expect(contracts.find((c: { provider: { name: string } }) => c.provider.name === 'KPN').state).toBe('requested');
    expect(jan.status).toBe('inProgress');

    // Maria follows Jan's estate in the family portal with the code the README gives.
    const access = await t.anonymous.post(`${API}/portal/access`, { code: DEMO_FAMILY_CODE }).expect(200);
    const portal = (await t.as(access.body.accessToken).get(`${API}/portal/estate`).expect(200)).body;
    expect(portal.estate.deceased.fullName).toBe('Jan Hendrik de Vries');
    expect(portal.contracts.items.map((c: { provider: string; state: string }) => [c.provider, c.state])).toEqual([['KPN', 'requested'], ['Vattenfall', 'ready'], ['NRC', 'confirmed']]);
    // closewords: NRC's final bill (€ 7,50) is still to pay from the estate, so NRC is not done for the family and is not rated yet.
    expect(portal.feedbackPrompt).toBeNull();

    // opsrest: NRC's request was made and sent before NRC's confirmation was recorded, as it happened: the letter asks a true
    // request term, not the end of the quiet period the confirmation opened, and the family reads the letter before the answer.
    const nrc = contracts.find((c: { provider: { name: string } }) => c.provider.name === 'NRC');
    const [letter] = (await anna.get(`${API}/contracts/${nrc.id}`).expect(200)).body.letters as { id: string; kind: string }[];
    const text = await letterText(anna, letter.id);
    // NRC's reference came with its answer, after the letter went.
    expect(text).not.toContain('Uw kenmerk: LS-4471');
    // NRC's term (5 working days), not the end of the quiet period after the confirmed end date (2026-11-30).
    expect(text).toMatch(/graag uiterlijk \d+ (november|december) 2026\?/);
    const told = (await t.as(access.body.accessToken).get(`${API}/portal/timeline?limit=200`).expect(200)).body.items.map((e: { text: string }) => e.text);
    const sent = told.findIndex((line: string) => line.startsWith('Brief verstuurd aan NRC: Opzegging na overlijden'));
    const confirmed = told.indexOf('NRC heeft bevestigd dat het contract wordt beëindigd.');
    expect(confirmed).toBeGreaterThanOrEqual(0);
    expect(sent).toBeGreaterThan(confirmed); // newest first: the letter below the confirmation it led to
  });
});
