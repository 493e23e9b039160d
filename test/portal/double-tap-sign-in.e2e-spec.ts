import request from 'supertest';
import { createEstate } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relativeCode } from '../workspace/support';

/**
 * auditmend (audit93 F2): a relative who taps „Open het dossier" twice on a slow phone is signed in, whichever answer her phone keeps;
 * her single-use code still opens nothing for another browser, nor for the same form long after.
 */
describe('a double tap on the family sign-in', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t.close());

  const server = () => t.app.getHttpServer();
  /** A sign-in form as her browser got it: its one-off mark. */
  const attemptOf = async () => /name="attempt" value="([^"]+)"/.exec((await request(server()).get('/family/login').expect(200)).text)?.[1];
  const signIn = (body: Record<string, string>) => request(server()).post('/family/login').type('form').send(body);
  const session = (answer: request.Response) => (answer.headers['set-cookie'] as unknown as string[] | undefined)?.find((c) => c.startsWith('steward_family='))?.split(';')[0];

  it('both posts of one form sign her in; another browser and a later post with that code stay refused', async () => {
    const estate = await createEstate(anna);
    const code = await relativeCode(anna, estate.id, 'Maria de Vries');
    const attempt = await attemptOf();
    expect(attempt).toBeDefined();

    // The phone sends the form twice at once; the answer it keeps is the second's.
    const answers = await Promise.all([signIn({ code, attempt: attempt! }), signIn({ code, attempt: attempt! })]);
    for (const answer of answers) {
      expect(answer.status).toBe(303);
      expect(answer.headers.location).toBe('/family');
    }
    const overview = await request(server()).get('/family').set('Cookie', session(answers[1])!).expect(200);
    expect(overview.text).toContain('Jan de Vries');

    // Another browser (its own form) with the used code, and a post without a form's mark: refused as before.
    expect((await signIn({ code, attempt: (await attemptOf())! }).expect(401)).text).toContain('Deze code is al gebruikt');
    expect((await signIn({ code }).expect(401)).text).toContain('Deze code is al gebruikt');

    // The same form posted again a day later: the code was used long ago.
    await t.runDue(1);
    expect((await signIn({ code, attempt: attempt! }).expect(401)).text).toContain('Deze code is al gebruikt');
  });
});
