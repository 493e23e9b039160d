import { DataSource } from 'typeorm';
import { API, createEstate, createProvider, deskOf, letterText, postEverything, providerWithDesk, TINY_PDF } from '../support/fixtures';
import { Session, startWithOwner, TestApp } from '../support/test-app';

/**
 * README letterdates. audit75 F-8: a rejected request sent again after a corrected date of death says the earlier letter's date
 * was wrong. audit75 F-10: the owner's status said a part answer went on the day she gave it, while its letter went later (an e-mail remade
 * and delivered the next day; a letter by post on the day it was posted), and the next letter named that later day. Both now say
 * the day the letter went (`sentOn`, Europe/Amsterdam); before it went, the status says it is ready to be sent (README, letterdates).
 */
describe('dates a later letter and the owner’s pages agree on', () => {
  let t: TestApp;
  let anna: Session;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner({ owner: { language: 'nl' } }));
  });
  afterAll(() => t?.close());

  it('by post: not "gestuurd" before it is posted, then the posting day, which the follow-up letter names too', async () => {
    const postalAddress = { street: 'Postbus 9', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const { provider: ziggo, desk } = await providerWithDesk(t, { name: 'Ziggo Post', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const estate = await createEstate(anna, { surname: 'Deel' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ziggo.id, description: 'Internet', accountNumber: 'ZG-9', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await postEverything(anna);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, { message: 'Graag de akte en de verklaring van erfrecht.', documentsNeeded: ['death_certificate', 'certificate_of_inheritance'] }).expect(200);
    const upload = async (kind: string) => ((await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', kind).attach('file', TINY_PDF, `${kind}.pdf`).expect(201)).body as { id: string }).id;
    const answer = `${API}/contracts/${contract.id}/information-supplied`;
    const answeredOn = (await t.runDue()).body.today as string;
    await anna.post(answer, { documentIds: [await upload('death_certificate')], followsLater: [{ kind: 'certificate_of_inheritance' }] }).expect(200);
    await t.runDue();
    const status = async () => (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.statusText as string;
    const todayText = async () => ((await anna.get(`${API}/queue`).expect(200)).body.informationRequests as { contractId: string; partAnswerText: string | null }[]).find((q) => q.contractId === contract.id)?.partAnswerText;

    // Waiting for the post: nothing is said to have gone.
    expect(await status()).toContain('; een deel staat klaar om te versturen. Volgt later: verklaring van erfrecht');
    expect(await todayText()).toContain('; een deel staat klaar om te versturen.');

    // Posted two days later: that day, on the contract and on Today, not the day of her answer.
    const posted = (await t.runDue(2)).body.today as string;
    expect(posted).not.toBe(answeredOn);
    await postEverything(anna);
    const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${posted}T00:00:00Z`));
    expect(await status()).toContain(`; op ${day} is een deel gestuurd.`);
    expect(await todayText()).toContain(`; op ${day} is een deel gestuurd.`);

    // familyline: the owner's notification that the question is still open names that day too, not the day she answered.
    const stillNeeded = async () => (await t.app.get(DataSource).query(`SELECT message FROM notifications WHERE contract_id = $1 AND audience = 'owner' AND topic = 'information_still_needed'`, [contract.id])) as { message: string }[];
    for (let i = 0; i < 15 && !(await stillNeeded()).length; i++) await t.runDue(1);
    const [alert] = await stillNeeded();
    expect(alert.message).toContain(`; op ${day} is een deel gestuurd.`);

    // The rest goes: its letter names the part by the same day.
    await anna.post(answer, { documentIds: [await upload('certificate_of_inheritance')] }).expect(200);
    await t.runDue();
    const letters = (await anna.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items as { id: string; kind: string }[];
    const texts = await Promise.all(letters.filter((l) => l.kind === 'information_supplied').map((l) => letterText(anna, l.id)));
    expect(texts.some((text) => text.includes(`Op ${day} heb ik u daarop een deel gestuurd`))).toBe(true);
  });

  it('a rejected request sent again after the date of death was corrected says the earlier letter\'s date was wrong (audit75 F-8)', async () => {
    const { id: providerId } = await createProvider(t.admin, { name: 'Odido Datum', requiredDocuments: [] });
    const desk = await deskOf(t, providerId);
    const estate = await createEstate(anna, { surname: 'Datum', dateOfDeath: '2026-11-02' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Mobiel', accountNumber: 'OD-1', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject`, { reason: 'Klantnummer onbekend.' }).expect(200);
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-01' } }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/amend`, { answer: 'Het klantnummer is nagekeken.' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const letters = ((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; kind: string }[]).filter((l) => l.kind === 'cancellation');
    expect(letters).toHaveLength(2);
    const first = await letterText(anna, letters[0].id);
    expect(first).toContain('2 november 2026');
    const again = await letterText(anna, letters[1].id);
    expect(again).toContain('Hierbij doe ik het verzoek opnieuw. De datum van overlijden in mijn eerdere brief was onjuist; de juiste datum is 1 november 2026.');
  });
});
