import { DataSource } from 'typeorm';
import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';

/** leasestays: a tenant who did not live alone — no notice goes out on the heirs' behalf on a home someone may keep (art. 7:268 BW). */
describe('a rented home where someone lived with the deceased', () => {
  let t: TestApp;
  let anna: Session & { userId: string };

  beforeAll(async () => {
    t = await startTestApp();
    anna = await t.specialist('Anna de Boer');
  });
  afterAll(() => t.close());

  const runDue = () => t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
  const letters = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as { id: string; status: string; kind: string; violations: { rule: string; where: string }[] }[];
  const pdfOf = async (letterId: string) => await letterText(anna, letterId);

  it('holds the heirs’ notice, tells the owner why and how to go on, and the partner’s portal does not read it as asked; recorded that nobody continues, the lease ends by law', async () => {
    const ymere = await createProvider(t.admin, { name: 'Ymere', category: 'housing', requiredDocuments: [] });
    const estate = await createEstate(anna, { livedAlone: false });
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', role: 'heir' }).expect(201)).body as { accessCode: string };
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ymere.id, description: 'Huur woning Keizersgracht 112', accountNumber: 'YM-555-01', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await runDue();

    const [held] = await letters(contract.id);
    expect(held).toMatchObject({ status: 'blocked', violations: [expect.objectContaining({ rule: 'missing-data', where: 'estate.deceasedLivedWithSomeone' })] });
    await anna.get(`${API}/letters/${held.id}/pdf`).expect(404);
    // The owner's page and her notification say why, in her words, and the two true ways on.
    const page = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { statusText: string };
    expect(page.statusText).toBe('Brief aan Ymere tegengehouden door de briefcontrole; nog niet verstuurd.');
    const [note] = await t.app.get(DataSource).query(`SELECT message FROM notifications WHERE contract_id = $1 AND audience = 'owner' AND topic = 'letter_blocked'`, [contract.id]);
    expect(note.message).toContain('Waarom: iemand woonde bij de overledene: een echtgenoot of geregistreerd partner is medehuurder en zet de huur voort, een andere huisgenoot met een duurzame gemeenschappelijke huishouding zet haar zes maanden voort (artikel 7:268 BW), en de erfgenamen zeggen dan niet op.');
    expect(note.message).toContain('Zet iemand de huur voort, trek dit verzoek dan in');
    expect(note.message).toContain('Zet niemand de huur voort, leg dan bij de overledene vast: „ja, niemand zet de huur voort”');
    const contractPage = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(contractPage).toContain('iemand woonde bij de overledene: een echtgenoot of geregistreerd partner is medehuurder en zet de huur voort');
    expect(contractPage).not.toContain('deceasedLivedWithSomeone');

    // A retry without a new fact holds it again: nothing goes to Ymere.
    await anna.post(`${API}/letters/${held.id}/retry`).expect(202);
    await runDue();
    expect((await letters(contract.id)).map((l) => l.status)).toEqual(['blocked', 'blocked']);

    // Maria, who lives there, is not told that Ymere was asked to end her home's lease.
    const portal = t.as((await t.anonymous.post(`${API}/portal/access`, { code: maria.accessCode }).expect(200)).body.accessToken);
    const shown = async (lang: string) => ((await portal.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === contract.id)!.statusText;
    expect(await shown('nl')).toBe('We bereiden een brief aan Ymere voor; uw vaste contactpersoon verstuurt hem zodra alles klopt.');
    expect(await shown('en')).toBe('We are preparing a letter to Ymere; your contact person will send it as soon as everything is in order.');

    // The owner records that nobody continues the lease: the letter that goes states the end by law, no heirs' notice.
    await anna.patch(`${API}/estates/${estate.id}`, { livedAlone: true }).expect(200);
    const [, again] = await letters(contract.id);
    await anna.post(`${API}/letters/${again.id}/retry`).expect(202);
    await runDue();
    const sent = (await letters(contract.id)).find((l) => l.status === 'sent')!;
    const text = await pdfOf(sent.id);
    expect(text).toContain('niemand zet de huur voort. De huurovereenkomst eindigt daarom op');
    expect(text).toContain('(artikel 7:268 lid 6 BW)');
    expect(text).not.toMatch(/Namens de erfgenamen zeg ik|7:229/);

    // F-N: the reminder does not say the landlord was asked to end the lease; the letter asked to confirm the end date.
    for (let i = 0; i < 4 && !(await letters(contract.id)).some((l) => l.kind === 'reminder'); i++) await t.admin.post(`${API}/admin/clock`, { advanceDays: 15 }).expect(200);
    const reminder = (await letters(contract.id)).find((l) => l.kind === 'reminder')!;
    const reminded = await pdfOf(reminder.id);
    expect(reminded).toContain('gevraagd de einddatum van het contract Huur woning Keizersgracht 112 met klantnummer YM-555-01 te bevestigen.');
    expect(reminded).not.toContain('te beëindigen.');
  });
});
