import request from 'supertest';
import { ENGLISH_ONLY } from '../../src/words';
import { API, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { account } from '../workspace/support';

/** Words only Dutch has; an English text holding one has Dutch in it (names of people and providers are left out first). */
const DUTCH_ONLY = /\b(het|een|niet|wacht|verzoek|gewijzigd|naar|gevraagd|aanbieder|uiterlijk|antwoord|documenten|ontbrekende|versturen|toevoegen|niets)\b/i;

/**
 * The audit (ownerlang): an owner who chose English got some of the owner API's answers in Dutch — a contract's
 * `statusText` and `nextStep` on every answer but `GET /contracts/:id?lang=en`, and its timeline there — and English
 * correction lines printed ISO dates. Walked here as an English owner and a Dutch one: the human texts (refusals'
 * titles and details, status lines, next steps, timeline summaries) are in each owner's own language.
 */
describe('the owner API speaks the owner’s language', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** The human texts of an answer: a problem's title and detail, a contract's status line and next step, its timeline. */
  const texts = (res: request.Response): string[] => {
    const b = res.body as Record<string, unknown>;
    const items = (Array.isArray(b.items) ? b.items : [b]) as Record<string, unknown>[];
    return items.flatMap((i) => [i.title, i.detail, i.statusText, i.nextStep, ...((i.timeline as { summary: string }[] | undefined) ?? []).map((e) => e.summary)]).filter((s): s is string => typeof s === 'string');
  };

  async function walk(owner: Session, provider: string): Promise<{ said: string[]; timeline: string[]; estateId: string; contractId: string }> {
    const said: string[] = [];
    const say = (res: request.Response) => {
      said.push(...texts(res).map((s) => s.replaceAll(provider, 'P').replace(/Jan (de )?Vries|Smith/g, 'N')));
      return res;
    };
    const { id: providerId } = await createProvider(t.admin, { name: provider, requiredDocuments: ['death_certificate'] });
    const estate = await createEstate(owner, { surnamePrefix: null, surname: 'Smith' });
    say(await owner.post(`${API}/estates`, { deceased: { surname: 'Smith' } }).expect(400));
    say(await owner.post(`${API}/estates/${estate.id}/close`, {}).expect(409));
    const contract = say(await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Water', accountNumber: 'W-1', action: 'cancel' }).expect(201)).body;
    say(await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: '', action: 'sell' }).expect(400));
    say(await owner.get(`${API}/estates/${estate.id}/contracts`).expect(200));
    say(await owner.post(`${API}/contracts/${contract.id}/request`).expect(422));
    say(await owner.post(`${API}/contracts/${contract.id}/amend`, {}).expect(409));
    say(await owner.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-12-15' }).expect(200));
    say(await owner.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2027-01-01' }).expect(200));
    say(await owner.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2020-01-01' }).expect(422));
    say(await owner.get(`${API}/contracts/${contract.id}`).expect(200));
    say(await owner.get(`${API}/estates/${estate.id}/letters?kind=zzz`).expect(400));
    say(await owner.post(`${API}/estates/${estate.id}/documents`).field('kind', 'nope').attach('file', Buffer.from('x'), 'a.pdf').expect(400));
    say(await owner.get(`${API}/queue?limit=many`).expect(400));
    say(await owner.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201));
    say(await owner.post(`${API}/contracts/${contract.id}/request`).expect(200));
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const timeline = ((await owner.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    return { said, timeline, estateId: estate.id, contractId: contract.id };
  }

  it('an English owner reads English: refusals, status lines, next steps and timelines, dates written out', async () => {
    const emma = (await account(t, 'Emma Smith', 'specialist', 'en')).api;
    const { said, timeline, estateId, contractId } = await walk(emma, 'Vitens');
    expect(said.length).toBeGreaterThan(20);
    expect(said.filter((s) => DUTCH_ONLY.test(s))).toEqual([]);
    expect(said).toEqual(expect.arrayContaining(['Draft: the request to P waits for missing documents.', "Cancellation requested from P, provider's answer due by 7 December 2026."]));
    expect(timeline.filter((s) => DUTCH_ONLY.test(s.replaceAll('Vitens', 'P')))).toEqual([]);
    expect(timeline).toContain('Vitens, Water: changed the requested end date from 15 December 2026 to 1 January 2027.');
    // `?lang=` still asks for the other language where she wants to read it (a letter to quote, a colleague).
    expect((await emma.get(`${API}/contracts/${contractId}?lang=nl`).expect(200)).body.statusText).toBe('Beëindiging gevraagd bij Vitens, antwoord aanbieder uiterlijk 7 december 2026.');

    // The family's timeline in English writes the dates out too.
    const code = (await emma.post(`${API}/estates/${estateId}/family-members`, { name: 'Maria Smith', relation: 'child', isHeir: true, isRepresentative: true }).expect(201)).body.accessCode;
    const maria = t.as((await t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);
    const family = JSON.stringify((await maria.get(`${API}/portal/timeline?lang=en`).expect(200)).body);
    expect(family).toContain('from 15 December 2026 to 1 January 2027');
  });

  it('a Dutch owner reads Dutch in the same places, no English', async () => {
    const anna = (await account(t, 'Anna de Boer', 'specialist', 'nl')).api;
    const { said, timeline } = await walk(anna, 'Evides');
    expect(said.filter((s) => ENGLISH_ONLY.test(s))).toEqual([]);
    expect(said).toEqual(expect.arrayContaining(['Concept: verzoek aan P wacht op ontbrekende documenten.', 'Beëindiging gevraagd bij P, antwoord aanbieder uiterlijk 7 december 2026.']));
    expect(timeline.filter((s) => ENGLISH_ONLY.test(s))).toEqual([]);
    expect(timeline).toContain('Evides, Water: de gewenste einddatum gewijzigd van 15 december 2026 naar 1 januari 2027.');
  });
});
