import { flat } from '../../letters/test-support';
import { longDate } from '../../workflows';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

/**
 * famwords (audit90 G2): a refund received in part is told to a relative outside the estate's debts as a part („een deel van het
 * bedrag"), never as the amount, on her portal's timeline page; its undo as that part; the representative reads the sum. The words
 * had a unit spec only (askwords).
 */
describe("a refund received in part, on the family's timeline page", () => {
  let t: TestApp;
  let anna: Session;

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna Deel');
  });
  afterAll(() => t.close());

  const signedIn = async (estateId: string, name: string, role: { isHeir: boolean; isRepresentative: boolean }) => {
    const member = (await anna.post(`${API}/estates/${estateId}/family-members`, { name, relation: role.isHeir ? 'partner' : 'sibling', ...role }).expect(201)).body as { accessCode: string };
    return t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
  };
  /** The timeline page as she reads it: its text, in her language, no-break spaces as spaces. */
  const timelinePage = async (member: Session, lang: 'nl' | 'en') =>
    flat((await t.anonymous.get('/family/timeline').set('Cookie', `steward_family=${member.token}; steward_lang=${lang}`).expect(200)).text.replace(/<[^>]+>/g, ' '))
      .replace(/\u00a0/g, ' ')
      .replace(/\s+/g, ' ');

  it('tells an aunt that part of the amount came back, and that the part was not received after all; the representative the sum', async () => {
    const provider = await createProvider(t.admin, { name: 'Stroomdeel', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    const desk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, {}).expect(201)).body.token);
    const estate = await createEstate(anna, { givenNames: 'Gijs' });
    const ria = await signedIn(estate.id, 'Ria', { isHeir: true, isRepresentative: true });
    const aunt = await signedIn(estate.id, 'Tante Lies', { isHeir: false, isRepresentative: false });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'SD-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract}/complete`, { effectiveDate: '2026-11-30', reference: 'SD-8812', finalInvoiceAmount: -85.4 }).expect(200);
    const day = t.clock.today();

    // € 40,00 of the € 85,40 came: a part.
    await anna.post(`${API}/contracts/${contract}/refund-received`, { amount: 40, receivedOn: day }).expect(200);
    const auntNl = await timelinePage(aunt, 'nl');
    expect(auntNl).toContain(`Stroomdeel heeft een deel van het bedrag terugbetaald aan de nalatenschap (ontvangen op ${longDate(day, 'nl')}).`);
    expect(auntNl).not.toContain('heeft het bedrag terugbetaald');
    expect(auntNl).not.toContain('€ 40,00');
    expect(await timelinePage(aunt, 'en')).toContain(`Stroomdeel has paid part of the amount back to the estate (received on ${longDate(day, 'en')}).`);
    expect(await timelinePage(ria, 'nl')).toContain(`Stroomdeel heeft € 40,00 terugbetaald aan de nalatenschap (ontvangen op ${longDate(day, 'nl')}).`);

    // Recorded by mistake and taken back: the part, again without the sum.
    await anna.post(`${API}/contracts/${contract}/refund-received/undo`).expect(200);
    expect(await timelinePage(aunt, 'nl')).toContain(`Correctie: het deel van het bedrag van Stroomdeel dat op ${longDate(day, 'nl')} als ontvangen was genoteerd, is toch niet ontvangen.`);
    expect(await timelinePage(aunt, 'en')).toContain(`Correction: the part of the amount from Stroomdeel recorded as received on ${longDate(day, 'en')} has not been received after all.`);
  });
});
