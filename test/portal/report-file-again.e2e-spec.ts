import { API, createEstate, TINY_PDF } from '../support/fixtures';
import { startWithOwner, Specialist, TestApp } from '../support/test-app';

/**
 * famclosed (audit85 FORM-1): a report sent back with an error keeps what she typed, but a browser cannot fill a file field in again;
 * the page says, beside the field and in the summary, which file she had attached and that she must choose it again.
 */
describe('a family report sent back with an error', () => {
  let t: TestApp;
  let anna: Specialist;
  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t?.close());

  it('names the file she attached and asks her to choose it again; without a file it says nothing of one', async () => {
    const estate = await createEstate(anna);
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries-Jansen', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body;
    const token = (await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken as string;
    const send = (withFile: boolean) => {
      const req = t.anonymous.post('/family/report').set('Cookie', `steward_family=${token}`).field('kind', 'other').field('message', '');
      return withFile ? req.attach('file', TINY_PDF, { filename: 'brief.pdf', contentType: 'application/pdf' }) : req;
    };
    const page = (await send(true).expect(422)).text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const said = 'U had brief.pdf bijgevoegd, maar een browser kan een bijlage niet bewaren als de melding terugkomt: kies het bestand hieronder opnieuw voordat u verstuurt';
    // Once in the summary, once beside the file field.
    expect(page.split(said)).toHaveLength(3);
    expect((await send(false).expect(422)).text).not.toContain('bijgevoegd');
  });
});
