import { Client } from 'pg';
import { flat, pdfText } from '../../letters/test-support';
import { DEBT_LETTERS_BACKFILL } from '../../migrations/1763806200000-DebtsReach';
import { API, binary, createEstate, createProvider } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { readZip } from '../support/zip';

type Contract = { statusText: string; nextStep: string };
type Letter = { id: string; kind: string; subject: string };

/** Amounts (€), the bill's number, the estate account's last digits and the agency's figures: the estate's debts. */
const DEBT_FIGURES = /€|F-1001|Z-77|4300|INC-9|72,50/;

/**
 * The estate's debts are for the heirs and their representative (`readsEstateDebts`). A granddaughter who
 * is neither follows the progress: she reads that a bill came and how its dispute ended, never an amount,
 * a bill's number or the estate's account, and no letter about the debts — in every reader of the portal,
 * the dossier and the daily email.
 */
describe("the estate's debts, for the heirs alone", () => {
  let t: TestApp;
  let sink: SmtpSink;
  let anna: Session & { userId: string };
  let estateId: string;
  let maria: Session;
  let lotte: Session;

  const member = async (name: string, email: string, body: object) => {
    const added = (await anna.post(`${API}/estates/${estateId}/family-members`, { name, email, ...body }).expect(201)).body as { accessCode: string };
    return t.as((await t.anonymous.post(`${API}/portal/access`, { code: added.accessCode }).expect(200)).body.accessToken);
  };
  const contractsOf = async (s: Session) => (await s.get(`${API}/portal/contracts`).expect(200)).body.items as Contract[];
  const overviewOf = async (s: Session) => (await s.get(`${API}/portal/estate`).expect(200)).body as { contracts: { items: Contract[] }; letters: { items: Letter[] } };
  const timelineOf = async (s: Session) => ((await s.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
  const lettersOf = async (s: Session) => (await s.get(`${API}/portal/letters?limit=100`).expect(200)).body.items as Letter[];
  const dossierOf = async (s: Session) => readZip((await s.get(`${API}/portal/dossier`).buffer(true).parse(binary).expect(200)).body);
  const digestTo = (to: string) => sink.messages.filter((m) => m.subject?.startsWith('Nieuws over') && m.to && 'text' in m.to && m.to.text === to);
  const said = (contracts: Contract[]) => contracts.flatMap((c) => [c.statusText, c.nextStep]).join(' ');
  const DEBT_LETTERS = ['bill_correction', 'collection_stop', 'dispute'];

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
    anna = await t.specialist('Anna de Boer');
    const kpn = await createProvider(t.admin, { name: 'KPN', category: 'telecom', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    const ziggo = await createProvider(t.admin, { name: 'Ziggo', category: 'telecom', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    const desk = t.as((await t.admin.post(`${API}/providers/${kpn.id}/tokens`, {}).expect(201)).body.token);
    estateId = (await createEstate(anna)).id;
    maria = await member('Maria de Vries', 'maria@family.example', { relation: 'partner', isHeir: true, isRepresentative: true });
    lotte = await member('Lotte de Vries', 'lotte@family.example', { relation: 'kleindochter', isHeir: false, isRepresentative: false });
    // A digest of the days before the bill: the news below comes in one email the next day.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);

    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'K-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-R1', effectiveDate: '2026-11-30', finalInvoiceAmount: 15.5 }).expect(200);
    await t.runDue();
    // 16 November – 15 December for € 60, billed in advance: the 15 days after 30 November are disputed.
    const bill = { reference: 'F-1001', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 60 };
    await anna.post(`${API}/contracts/${contract}/invoice-after-end`, bill).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract}/bill-corrected`, { ...bill, invoiceReference: 'F-1001', amount: 90 }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract}/credit-note`, { amount: 20 }).expect(200);
    await anna.post(`${API}/contracts/${contract}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-9', amount: 72.5 }).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
    await anna.patch(`${API}/estates/${estateId}`, { estateAccount: { iban: 'NL02 ABNA 0123 4567 89', holder: 'Erven J. de Vries' } }).expect(200);
    // A second contract whose bill is still disputed, in part: the heirs read what need not be paid.
    const tv = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: ziggo.id, description: 'Televisie', accountNumber: 'Z-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${tv}/request`).expect(200);
    await anna.post(`${API}/contracts/${tv}/provider-answer/completed`, { receivedVia: 'phone', reference: 'Z-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${tv}/invoice-after-end`, { reference: 'Z-77', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 64 }).expect(200);
    await t.runDue();
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('tells the contract where it stands without amounts, in the contracts list and the overview', async () => {
    expect(said(await contractsOf(maria))).toContain('U hoeft het deel na de einddatum (€\u00a032,00) niet te betalen zolang het bezwaar loopt');
    for (const contracts of [await contractsOf(lotte), (await overviewOf(lotte)).contracts.items]) {
      expect(said(contracts)).not.toMatch(DEBT_FIGURES);
      expect(said(contracts)).toContain('Ziggo heeft na de einddatum nog een rekening gestuurd. We hebben bezwaar gemaakt en verwachten');
    }
  });

  it('tells on the timeline that a bill came and how it ended, in true words without amounts, numbers or the estate account', async () => {
    const heirs = (await timelineOf(maria)).join('\n');
    expect(heirs).toContain('het bedrag is €\u00a090,00 in plaats van €\u00a060,00');
    expect(heirs).toContain('KPN heeft €\u00a020,00 van rekening F-1001 gecrediteerd; de rest (€\u00a070,00) wordt betaald uit de nalatenschap.');
    expect(heirs).toContain('•••• 4300');

    const hers = await timelineOf(lotte);
    expect(hers.join('\n')).not.toMatch(DEBT_FIGURES);
    expect(hers).toEqual(
      expect.arrayContaining([
        'Er kwam nog een rekening van KPN; we hebben bezwaar gemaakt.',
        'De gegevens van de rekening van KPN zijn gecorrigeerd.',
        'KPN heeft de rekening voor een deel gecrediteerd; de rest staat nog open. Uw contactpersoon beslist hoe we verdergaan en laat het u weten.',
        'Er kwam een incassobrief over KPN; we hebben gevraagd de incasso op te schorten.',
        // The rest is of a bill for time after the end date: said so, without its number (README, afterendwords).
        'KPN heeft de rekening voor een deel gecrediteerd; de rest wordt betaald uit de nalatenschap. Een deel van die rekening gaat over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch wordt betaald.',
        'In het dossier is de boedelrekening gecorrigeerd.',
      ]),
    );
  });

  it('lists no letter about the debts, and answers 404 for one by id', async () => {
    const heirs = await lettersOf(maria);
    expect(heirs.map((l) => l.kind)).toEqual(expect.arrayContaining(DEBT_LETTERS));
    const hers = await lettersOf(lotte);
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.filter((l) => DEBT_LETTERS.includes(l.kind))).toEqual([]);
    expect((await overviewOf(lotte)).letters.items.filter((l) => DEBT_LETTERS.includes(l.kind))).toEqual([]);

    for (const letter of heirs.filter((l) => DEBT_LETTERS.includes(l.kind))) {
      await maria.get(`${API}/portal/letters/${letter.id}/pdf`).expect(200);
      const refused = await lotte.get(`${API}/portal/letters/${letter.id}/pdf`).expect(404);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      await t.anonymous.get(`/family/letters/${letter.id}`).set('Cookie', `steward_family=${lotte.token}`).expect(404);
    }
  });

  it('gives the letters archived before the rule the same audience (the migration)', async () => {
    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    try {
      const audiences = `SELECT id, kind, audience FROM letters WHERE estate_id = $1 ORDER BY id`;
      const now = (await db.query(audiences, [estateId])).rows as { kind: string; audience: string }[];
      expect([...new Set(now.filter((l) => l.audience === 'heirs').map((l) => l.kind))].sort()).toEqual(['bill_correction', 'collection_stop', 'correction', 'dispute', 'dispute_withdrawal']);
      // The migration gave the letters of its day their audience; a dropped objection's letter came later (dupwithdraw), archived with
      // its audience, so it keeps it here: set to the family's, no later test would know it is the heirs' (her dossier would hold it).
      await db.query(`UPDATE letters SET audience = 'family' WHERE estate_id = $1 AND kind <> 'dispute_withdrawal'`, [estateId]);
      await db.query(DEBT_LETTERS_BACKFILL);
      expect((await db.query(audiences, [estateId])).rows).toEqual(now);
    } finally {
      await db.end();
    }
  });

  it("leaves the debts out of her dossier: its letters, its timeline and the providers' confirmations", async () => {
    const heirs = await dossierOf(maria);
    const hers = await dossierOf(lotte);
    const letters = (zip: Map<string, Buffer>) => [...zip.keys()].filter((name) => name.startsWith('brieven/'));
    expect(letters(heirs).length).toBeGreaterThan(letters(hers).length);
    expect(letters(hers)).toHaveLength((await lettersOf(lotte)).length);
    for (const name of letters(hers)) expect(flat(await pdfText(hers.get(name)!))).not.toMatch(/Betreft: (Bezwaar|Dringend|Correctie op mijn bezwaar)|€/);
    expect(flat(await pdfText(heirs.get('Bevestigingen van aanbieders.pdf')!))).toMatch(/eindafrekening €.15,50/);
    expect(flat(await pdfText(hers.get('Bevestigingen van aanbieders.pdf')!))).not.toMatch(/eindafrekening|€/);
    expect(flat(await pdfText(heirs.get('Tijdlijn.pdf')!))).toMatch(/€/);
    expect(flat(await pdfText(hers.get('Tijdlijn.pdf')!))).not.toMatch(DEBT_FIGURES);
  });

  it("writes her daily email without the debts; the representative's names them", async () => {
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await sink.waitFor(2);
    const [heirs] = digestTo('maria@family.example').slice(-1);
    const [hers] = digestTo('lotte@family.example').slice(-1);
    expect(heirs.text).toContain('KPN heeft €\u00a020,00 van rekening F-1001 gecrediteerd; de rest (€\u00a070,00) wordt betaald uit de nalatenschap.');
    expect(hers.text).toContain('KPN heeft de rekening voor een deel gecrediteerd; de rest wordt betaald uit de nalatenschap.');
    // Not that it holds to the whole bill (it credited part; the rest is paid from the estate).
    expect(heirs.text).not.toContain('houdt vast aan rekening');
    // The heirs have a bill to pay from the estate: their email does not say there is nothing to do; she has none to pay.
    expect(heirs.text).not.toContain('U hoeft zelf niets te doen');
    expect(heirs.text).toContain('Er staan rekeningen die uit de nalatenschap betaald moeten worden; u vindt ze in het familieportaal onder ‘Te betalen uit de nalatenschap’. Verder hoeft u zelf niets te doen, tenzij wij u daarom vragen.');
    expect(hers.text).toContain('U hoeft zelf niets te doen, tenzij wij u daarom vragen.');
    expect(hers.text).toContain('In het dossier is de boedelrekening gecorrigeerd.');
    expect(hers.text).not.toMatch(DEBT_FIGURES);
  });

  it('answers her own report of a bill without its figures, by API and on the overview page: it waits for the owner (familybill)', async () => {
    const odido = await createProvider(t.admin, { name: 'Odido', category: 'telecom', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: odido.id, description: 'Mobiel', accountNumber: 'O-1', action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', reference: 'O-R1', effectiveDate: '2026-11-30' }).expect(200);
    const bill = { reference: 'O-5', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 64 };
    const reported = await lotte.post(`${API}/portal/reports`, { kind: 'invoice_after_end', contractId: contract, message: 'Er kwam nog een rekening van Odido.', ...bill }).expect(201);
    expect(reported.body.followUp.nl).toBe('Uw melding is aangekomen bij Anna de Boer, die de rekening controleert en beslist wat ermee moet gebeuren. U leest het hier.');
    // relupload: the answer to her report, and to its correction, no more than her list: no figure of the bill.
    expect(reported.body).toMatchObject({ bill: null, collection: null, figuresHidden: true });
    // What it says, its ids and times left out (a uuid may hold „64"): neither the bill's number nor its amount.
    const leaves = (v: unknown): unknown[] => (v && typeof v === 'object' ? Object.values(v).flatMap(leaves) : [v]);
    const said = (body: unknown) => leaves(body).filter((v) => !(typeof v === 'string' && /^[0-9a-f-]{36}$|^\d{4}-\d\d-\d\dT/.test(v)));
    expect(said(reported.body)).not.toContain(64);
    expect(said(reported.body).join(' ')).not.toMatch(/O-5|64[,.]00/);
    const corrected = await lotte.patch(`${API}/portal/reports/${reported.body.id}`, { message: 'Er kwam nog een rekening van Odido, van december.' }).expect(200);
    expect(corrected.body).toMatchObject({ bill: null, figuresHidden: true, message: 'Er kwam nog een rekening van Odido, van december.' });
    expect(said(corrected.body)).not.toContain(64);
    expect(said(corrected.body).join(' ')).not.toMatch(/O-5|64[,.]00/);
    const hers = flat((await t.anonymous.get('/family?reported=bill_queued').set('Cookie', `steward_family=${lotte.token}`).expect(200)).text);
    expect(hers).toContain('Uw melding is aangekomen bij Anna de Boer');
    expect(hers).not.toMatch(/€|O-5/);
    // relcorr: she may still correct her message or withdraw; the figures she sent stay as they are, unread.
    expect(hers).toContain('De gegevens die u van de brief overnam, blijven staan.');
    expect(hers).toContain('Melding intrekken');
  });
});
