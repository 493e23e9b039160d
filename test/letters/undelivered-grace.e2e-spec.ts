import { Client } from 'pg';
import { longDate } from '../../workflows';
import { flat } from '../../letters/test-support';
import { OutboxService } from '../../src/runtime/outbox.service';
import { API, createEstate, createProvider } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * Audit: for the seconds after every step an e-mail provider's contract read "per e-mail nog niet bezorgd" and advised
 * "Opnieuw proberen" on Today, where there was nothing to retry; a letter by post set apart read "per e-mail" too. An
 * e-mail on its way reads "wordt verstuurd" for a quarter of an hour (`SENDING_GRACE_MS`), then "nog niet bezorgd"; a
 * refused one at once; a retry is advised only once the outbox gave up on it (parked).
 */
describe('letters on their way: "wordt verstuurd" first, "nog niet bezorgd" when it is so', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let anna: Session & { userId: string };
  let db: Client;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
    anna = await t.specialist('Anna de Boer');
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
    await sink?.close();
  });

  const advance = async (advanceDays: number) => (await t.admin.post(`${API}/admin/clock`, { advanceDays }).expect(200)).body.now as string;
  const contractPage = async (id: string) => flat((await anna.get(`/app/contracts/${id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
  const familyPage = async (member: Session) => flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${member.token}`).expect(200)).text);
  const deskStatus = async (providerId: string, id: string) => {
    const desk = t.as((await t.admin.post(`${API}/providers/${providerId}/tokens`, {}).expect(201)).body.token);
    return (await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body as { letterPending: boolean; statusText: string };
  };
  const lettersOf = async (estateId: string) => (await anna.get(`${API}/estates/${estateId}/letters`).expect(200)).body.items as { id: string; deliveryStatus: string }[];
  /** A new estate with a relative and a request to `name` by e-mail; `made`: the worker makes its letter and falls behind before the e-mail. */
  const requestByEmail = async (name: string, made: boolean) => {
    const provider = await createProvider(t.admin, { name, channel: 'email', slaBusinessDays: 10, requiredDocuments: [], contactPoint: { name: 'Nabestaanden', email: `nabestaanden@${name.toLowerCase()}.example` } });
    const estate = await createEstate(anna, { surnamePrefix: undefined, surname: `Familie ${name}` });
    const son = await relative(t, anna, estate.id, `Zoon ${name}`);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Energie', accountNumber: `${name}-1`, action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const outbox = t.app.get(OutboxService);
    for (let i = 0; made && i < 20 && !(await lettersOf(estate.id)).some((l) => l.deliveryStatus === 'pending'); i++) await outbox.drain(1);
    if (made) expect((await lettersOf(estate.id))[0]).toMatchObject({ deliveryStatus: 'pending' });
    return { provider, estate, son, contract };
  };
  const QUARTER_AND_A_MINUTE = 16 / (24 * 60);

  it('says an e-mail is being sent for a quarter of an hour, then that it is not delivered, with no retry to choose', async () => {
    sink.refusing = false;
    const { provider, estate, son, contract } = await requestByEmail('Eneco', true);
    const beingSent = 'Brief aan Eneco wordt per e-mail verstuurd; de termijn van de aanbieder loopt vanaf de bezorging.';
    const notDelivered = 'Brief aan Eneco per e-mail nog niet bezorgd; de termijn van de aanbieder loopt nog niet.';

    // Seconds old: on its way, nothing to do; the owner's history, the estate's list, the family and the desk say the same.
    const fresh = await contractPage(contract.id);
    expect(fresh).toContain(beingSent);
    expect(fresh).toContain('U hoeft niets te doen. Is de e-mail na een kwartier nog niet bezorgd, dan staat dat hier.');
    expect(fresh).toContain('aan Eneco gemaakt; wordt per e-mail verstuurd.');
    expect(fresh).not.toContain('nog niet bezorgd;');
    expect(fresh).not.toContain('Opnieuw proberen');
    expect(flat((await anna.get(`/app/estates/${estate.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text)).toContain(beingSent);
    expect(await familyPage(son)).toContain('Onze brief aan Eneco wordt nu per e-mail verstuurd.');
    expect(await deskStatus(provider.id, contract.id)).toMatchObject({ letterPending: true, statusText: 'Steward stuurt u een brief over dit verzoek per e-mail. U kunt erop antwoorden zodra u hem heeft ontvangen.' });

    // A quarter of an hour on and still not sent (the worker is down): not delivered, and Steward, not the owner, tries again.
    t.clock.advanceDays(QUARTER_AND_A_MINUTE);
    const stuck = await contractPage(contract.id);
    expect(stuck).toContain(notDelivered);
    expect(stuck).toContain('Steward probeert de e-mail vanzelf opnieuw te versturen.');
    expect(stuck).not.toContain('kies Opnieuw proberen');
    expect(stuck).toContain('aan Eneco gemaakt, maar per e-mail nog niet bezorgd.');
    expect(await familyPage(son)).toContain('We bereiden een brief aan Eneco voor');

    // Delivered: it went, on the day it is dated.
    await advance(0);
    const sent = await contractPage(contract.id);
    expect(sent).not.toContain('nog niet bezorgd');
    expect(sent).not.toContain('wordt per e-mail verstuurd');
    expect(sent).toContain(`verzoek verstuurd op ${longDate(t.clock.today(), 'nl')}`);
  }, 120_000);

  it('says a refused e-mail is not delivered at once, and advises "Opnieuw proberen" only once Steward stopped trying', async () => {
    sink.refusing = true;
    const { contract } = await requestByEmail('Greenchoice', false);
    await advance(0); // made, and its e-mail refused
    const refused = await contractPage(contract.id);
    expect(refused).toContain('Brief aan Greenchoice per e-mail nog niet bezorgd; de termijn van de aanbieder loopt nog niet.');
    expect(refused).toContain('Steward probeert de e-mail vanzelf opnieuw te versturen.');
    expect(refused).not.toContain('kies Opnieuw proberen');

    // Every attempt refused, an hour apart: parked, the owner's to retry.
    for (let i = 0; i < 8; i++) {
      t.clock.advanceDays(1 / 24);
      await advance(0);
    }
    const parked = await contractPage(contract.id);
    expect(parked).toContain('Brief aan Greenchoice per e-mail nog niet bezorgd');
    expect(parked).toContain('Kijk bij Vandaag waarom de e-mail niet aankwam en kies Opnieuw proberen');
    sink.refusing = false;
  }, 120_000);

  it('tells the day an e-mail a crashed worker had claimed was delivered, beside the date it bears', async () => {
    sink.refusing = false;
    const { contract } = await requestByEmail('Budget', true);
    const dated = t.clock.today();
    // What a worker killed while sending leaves behind: its claim, nothing recorded. It goes again unchanged the next day.
    await db.query(`UPDATE outbox SET status = 'in_progress', attempts = 1, available_at = $2 WHERE contract_id = $1 AND kind = 'deliver_letter'`, [contract.id, new Date(t.clock.now().getTime() + 60_000)]);
    t.clock.advanceDays(1);
    await advance(0);
    const delivered = t.clock.today();
    const page = (await contractPage(contract.id)).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(page).toContain(`${longDate(dated, 'nl')} · opzegging · PDF (bezorgd op ${longDate(delivered, 'nl')})`);
    expect(page).toContain(`verzoek verstuurd op ${longDate(delivered, 'nl')}`);
  }, 120_000);

  it('says a letter by post set apart unprinted waits for the post, not for an e-mail', async () => {
    const postalAddress = { street: 'Postbus 2', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const provider = await createProvider(t.admin, { name: 'Essent', channel: 'post', slaBusinessDays: 10, requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const estate = await createEstate(anna, { surnamePrefix: undefined, surname: 'Smit' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'S-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await advance(1); // made, and in the daily run's print batch
    await advance(28); // its printed term passed; nobody printed it
    const [batch] = (await anna.get(`${API}/print-batches`).expect(200)).body.items;
    await anna.get(`${API}/print-batches/${batch.id}/pdf`);
    // Set apart at the download; its new letter is not made yet.
    const [old] = await lettersOf(estate.id);
    expect(old).toMatchObject({ deliveryStatus: 'failed' });
    const page = await contractPage(contract.id);
    expect(page).toContain('Brief aan Essent ligt klaar voor de post; nog niet verstuurd.');
    expect(page).not.toContain('per e-mail');
  }, 120_000);
});
