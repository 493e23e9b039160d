import { flat } from '../../letters/test-support';
import { longDate } from '../../workflows';
import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

interface LateRow { contractId: string; late: boolean; statusText: string; nextStep: string }

/**
 * refundletter (refund's Not done 1): a refund past Steward's term can be asked for by letter. The letter states only what is
 * recorded (the confirmation's day, kenmerk and amount, what came so far, the estate account) and a new term that is Steward's own;
 * Today then reads that a reminder went, late again only after that term.
 */
describe('a late refund asked for by letter', () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    provider = await createProvider(t.admin, { name: 'Stroomterug', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    desk = t.as((await t.admin.post(`${API}/providers/${provider.id}/tokens`, {}).expect(201)).body.token);
  });
  afterAll(() => t?.close());

  const ownerPage = async (path: string) => flat((await anna.get(path).set('Cookie', `steward_app=${anna.token}`).expect(200)).text.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
  const lateRow = async (contract: string) => ((await anna.get(`${API}/queue`).expect(200)).body.lateRefunds as LateRow[]).find((r) => r.contractId === contract);
  const remind = (contract: string, key: string) => anna.post(`${API}/contracts/${contract}/refund-reminder`).set('Idempotency-Key', key);

  it('sends a reminder letter stating the confirmation, what came and the estate account, and keeps Today quiet for its term', async () => {
    const estate = await createEstate(anna, { givenNames: 'Gerrit' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'SR-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    // Before the confirmation there is nothing to ask back.
    expect((await remind(contract, 'early-none').expect(409)).body.type).toMatch(/no-refund/);
    await desk.post(`${API}/provider-desk/requests/${contract}/complete`, { effectiveDate: '2026-11-30', reference: 'SR-8812', finalInvoiceAmount: -85.4 }).expect(200);
    // Within Steward's 30 days it is not late: no reminder yet.
    const notLate = await remind(contract, 'early-1').expect(409);
    expect(notLate.body.type).toMatch(/refund-not-late/);
    await t.runDue();
    expect((await anna.get(`${API}/contracts/${contract}`).expect(200)).body.letters.map((l: { kind: string }) => l.kind)).toEqual(['cancellation']);

    await t.runDue(40);
    await anna.post(`${API}/contracts/${contract}/refund-received`).send({ amount: 20, receivedOn: ((await t.runDue()).body.now as string).slice(0, 10) }).expect(200);
    expect(await lateRow(contract)).toMatchObject({ late: true });
    expect(await ownerPage('/app')).toMatch(/Herinnering sturen/);

    const sent = await remind(contract, 'remind-1').expect(200);
    expect(sent.body).toMatchObject({ left: 65.4, late: false, remindedOn: expect.any(String), remindedPayBy: expect.any(String) });
    // The same key again is the same answer, not a second letter.
    await remind(contract, 'remind-1').expect(200);
    await t.runDue();
    const letters = (await anna.get(`${API}/contracts/${contract}`).expect(200)).body.letters as { id: string; kind: string; status: string }[];
    expect(letters.map((l) => l.kind)).toEqual(['cancellation', 'refund_reminder']);
    const text = await letterText(anna, letters[1].id);
    expect(text).toMatch(/Herinnering: terugbetaling aan de nalatenschap/);
    expect(text).toMatch(/eindafrekening met kenmerk SR-8812/);
    expect(text).toMatch(/€.85,40/);
    expect(text).toMatch(/€.20,00 ontvangen/);
    expect(text).toMatch(/Ik verzoek u het resterende bedrag van €.65,40 uiterlijk \d+ \w+ 202\d over te maken naar de rekening van de nalatenschap/);
    expect(text).toMatch(/NL91 ABNA 0417 1643 00 t\.n\.v\. Erven J\. de Vries/);
    expect(text).not.toMatch(/rechter|incasso|wettelijke rente|aansprakelijk/i);

    // The desk reads it in the thread; Today says the reminder went and is no longer late until its term passed.
    const thread = (await desk.get(`${API}/provider-desk/requests/${contract}`).expect(200)).body.thread as { text: string }[];
    expect(thread.map((e) => e.text).join('\n')).toMatch(/Herinnering: terugbetaling aan de nalatenschap/);
    const quiet = await lateRow(contract);
    expect(quiet).toMatchObject({ late: false, statusText: expect.stringMatching(/herinnering gestuurd op \d+ \w+ 202\d; betaling gevraagd uiterlijk \d+ \w+ 202\d\.$/) });
    expect(quiet!.nextStep).not.toMatch(/^Bel/);
    expect((await remind(contract, 'remind-2').expect(409)).body.type).toMatch(/refund-not-late/);
    expect(await ownerPage(`/app/contracts/${contract}`)).toMatch(/Herinnering over de terugbetaling van Stroomterug gestuurd/);

    // Past the reminder's own term it is late again, and can be asked once more: with the button on Today.
    await t.runDue(15);
    expect(await lateRow(contract)).toMatchObject({ late: true, statusText: expect.stringMatching(/te laat sinds .*herinnering gestuurd op/) });
    await anna.post(`/app/contracts/${contract}/refund-reminder?from=today`).set('Cookie', `steward_app=${anna.token}`).type('form').send({}).expect(303);
    await t.runDue();
    expect((await anna.get(`${API}/contracts/${contract}`).expect(200)).body.letters.map((l: { kind: string }) => l.kind)).toEqual(['cancellation', 'refund_reminder', 'refund_reminder']);
    expect(await lateRow(contract)).toMatchObject({ late: false });
  });

  it('says how and when a confirmation the owner recorded reached her, not that the provider confirmed on the day she recorded it', async () => {
    const estate = await createEstate(anna, { givenNames: 'Hendrika' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Gas', accountNumber: 'SR-2', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'SR-9913', finalInvoiceAmount: -40 }).expect(200);
    const toldOn = ((await t.runDue()).body.now as string).slice(0, 10);
    await t.runDue(40);
    await remind(contract, 'told-1').expect(200);
    await t.runDue();
    const letters = (await anna.get(`${API}/contracts/${contract}`).expect(200)).body.letters as { id: string; kind: string }[];
    const text = (await letterText(anna, letters.find((l) => l.kind === 'refund_reminder')!.id)).replace(/\s+/g, ' ');
    expect(text).toContain(`U heeft mij op ${longDate(toldOn, 'nl')} telefonisch laten weten dat u voor het contract`);
    expect(text).toMatch(/eindafrekening met kenmerk SR-9913 heeft opgemaakt, waarin u €.40,00 terugbetaalt aan de nalatenschap\./);
    expect(text).not.toMatch(/U bevestigde op/);
  });

  /** refunddesk: the letter is made from what is recorded when it is made; nothing left by then, none goes (refundletter's Not done 1). */
  it('states a receipt recorded between pressing „Herinnering sturen" and the making of the letter, and sends none once all of it came', async () => {
    const estate = await createEstate(anna, { givenNames: 'Wessel' });
    const confirm = async (description: string, finalInvoiceAmount: number) => {
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description, accountNumber: `SR-${description}`, action: 'cancel' }).expect(201)).body.id as string;
      await anna.post(`${API}/contracts/${contract}/request`).expect(200);
      await desk.post(`${API}/provider-desk/requests/${contract}/complete`, { effectiveDate: '2026-11-30', reference: `SR-${description}`, finalInvoiceAmount }).expect(200);
      return contract;
    };
    const [part, all] = [await confirm('Water', -50), await confirm('Warmte', -30)];
    const day = ((await t.runDue(40)).body.now as string).slice(0, 10);
    await remind(part, 'between-1').expect(200);
    await remind(all, 'between-2').expect(200);
    // Recorded before the outbox made the letters.
    await anna.post(`${API}/contracts/${part}/refund-received`).send({ amount: 20, receivedOn: day }).expect(200);
    await anna.post(`${API}/contracts/${all}/refund-received`).send({ amount: 30, receivedOn: day }).expect(200);
    await t.runDue();
    const letters = (await anna.get(`${API}/contracts/${part}`).expect(200)).body.letters as { id: string; kind: string }[];
    const text = (await letterText(anna, letters.find((l) => l.kind === 'refund_reminder')!.id)).replace(/\s+/g, ' ');
    expect(text).toMatch(/Daarvan heb ik tot nu toe €.20,00 ontvangen op de rekening van de nalatenschap/);
    expect(text).toMatch(/Ik verzoek u het resterende bedrag van €.30,00 uiterlijk/);
    // refundtoday: her history says what the letter asked, beside what she asked when she pressed.
    const history = (await ownerPage(`/app/contracts/${part}`)).replace(/\u00a0/g, ' ');
    expect(history).toMatch(/Herinnering over de terugbetaling van Stroomterug gestuurd: € 50,00 gevraagd uiterlijk/);
    expect(history).toMatch(/Herinnering over de terugbetaling van Stroomterug gemaakt: de brief vraagt € 30,00, niet de € 50,00 van toen u erom vroeg; sindsdien is meer als ontvangen vastgelegd/);
    // Nothing left to ask: no letter goes, and her history says why.
    expect((await anna.get(`${API}/contracts/${all}`).expect(200)).body.letters.map((l: { kind: string }) => l.kind)).toEqual(['cancellation']);
    expect(await ownerPage(`/app/contracts/${all}`)).toMatch(/Herinnering over de terugbetaling van Stroomterug niet gestuurd: de terugbetaling is inmiddels helemaal als ontvangen vastgelegd/);
  });
});
