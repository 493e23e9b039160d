import type { Client } from 'pg';
import { flat, pdfText } from '../../letters/test-support';
import { PrintableChecks } from '../../src/documents/printable-checks';
import { API, binary, createEstate, createProvider } from '../support/fixtures';
import { PrintBatchesService } from '../../src/letters/print-batches.service';
import { Specialist, TestApp, startTestApp, startWithOwner } from '../support/test-app';

type ListedLetter = { id: string; kind: string; deliveryStatus: string };

/**
 * opsdb: a print batch's PDF is built holding no transaction (claim, build on the documents' threads, record in a short
 * transaction), so nothing waits on its letters' locks while pdf-lib works, and a letter changed meanwhile is not printed as it was.
 */
describe('a print batch is built outside its transaction', () => {
  let t: TestApp;
  let anna: Specialist;
  let db: Client;

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true }));
  });
  afterAll(() => t?.close());
  afterEach(() => jest.restoreAllMocks());

  /** A cancellation by post to a new provider, made and waiting for the next batch. */
  const waitingByPost = async (name: string, accountNumber: string) => {
    const provider = await createProvider(t.admin, { name, category: 'telecom', channel: 'post', requiredDocuments: [], contactPoint: { name: 'Opzeggingen', postalAddress: { street: 'Postbus 80', postalCode: '3500 AB', city: 'Utrecht', country: 'NL' } } });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Abonnement', accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    return contract;
  };
  const lettersOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as ListedLetter[];
  const batchOf = async (batchId: string) => ({
    letters: ((await anna.get(`${API}/print-batches/${batchId}`).expect(200)).body.letters as { id: string }[]).map((l) => l.id),
    text: flat(await pdfText((await anna.get(`${API}/print-batches/${batchId}/pdf`).buffer(true).parse(binary).expect(200)).body as Buffer)),
  });
  /** Runs `during` each time a batch's PDF is being built, before the build goes on. */
  const whileBuilding = (during: () => Promise<void>) => {
    const checks = t.app.get(PrintableChecks);
    const build = checks.merged.bind(checks);
    jest.spyOn(checks, 'merged').mockImplementation(async (...args) => {
      await during();
      return build(...args);
    });
  };

  it('holds no transaction open while the PDF is built, and the batch holds the letter', async () => {
    const contract = await waitingByPost('Papierpost', 'P-800');
    const [letter] = await lettersOf(contract.id);
    // What pg_stat_activity shows of the app's connections while pdf-lib works: on main the batch's transaction, idle, its letters locked.
    const open: number[] = [];
    whileBuilding(async () => {
      open.push((await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'steward' AND state LIKE 'idle in transaction%'`)).rows[0].n);
    });
    const [batchId] = (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    expect(open).toEqual([0]);
    expect((await batchOf(batchId)).letters).toEqual([letter.id]);
    expect((await lettersOf(contract.id)).map((l) => l.deliveryStatus)).toEqual(['printed']);
  });

  it('a correction made while the batch is built is not printed over: the batch is built again without the letter it set apart, and the next holds the corrected one', async () => {
    const contract = await waitingByPost('Kabelpost', 'K-7001');
    let corrected = false;
    whileBuilding(async () => {
      if (corrected) return;
      corrected = true;
      // On main the batch's transaction held the letter, so the correction skipped it: the letter with K-7001 was printed anyway.
      await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-7010' }).expect(200);
    });
    const first = (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    // Every batch so far downloaded (the first test's too), so the next letters start a batch of their own.
    for (const batchId of first) expect((await batchOf(batchId)).text).not.toContain('K-7001');
    jest.restoreAllMocks();
    await t.runDue();
    const [setApart, remade] = await lettersOf(contract.id);
    expect([setApart.deliveryStatus, remade.deliveryStatus]).toEqual(['failed', 'queued_for_print']);
    const made = ((await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[]).filter((id) => !first.includes(id));
    expect(made).toHaveLength(1);
    const batch = await batchOf(made[0]);
    expect(batch.letters).toEqual([remade.id]);
    expect(batch.text).toContain('K-7010');
    expect(batch.text).not.toContain('K-7001');
    // No correction letter follows: the provider never had K-7001.
    expect((await lettersOf(contract.id)).map((l) => l.kind)).toEqual(['cancellation', 'cancellation']);
  });

  it('two instances running the daily print at once: one builds the batch, the other builds nothing (opsbatch)', async () => {
    // A second instance on the same database and clock, as `npm run worker` beside the app.
    const other = await startTestApp({ databaseUrl: t.databaseUrl, clock: t.clock });
    try {
      const contract = await waitingByPost('Dubbelpost', 'D-9001');
      const [letter] = await lettersOf(contract.id);
      t.clock.advanceDays(1); // the daily run takes the letters of the days before
      const builds = { here: 0, there: 0 };
      const counted = (app: TestApp['app'], side: keyof typeof builds, during?: () => Promise<void>) => {
        const checks = app.get(PrintableChecks);
        const build = checks.merged.bind(checks);
        jest.spyOn(checks, 'merged').mockImplementation(async (...args) => {
          builds[side]++;
          await during?.();
          return build(...args);
        });
      };
      let madeThere = -1;
      counted(other.app, 'there');
      // The other instance's daily run starts while this one builds: on main it built the same batch too, and recorded it first.
      counted(t.app, 'here', async () => void (madeThere = await other.app.get(PrintBatchesService).createDueBatches()));
      expect(await t.app.get(PrintBatchesService).createDueBatches()).toBe(1);
      expect({ madeThere, builds }).toEqual({ madeThere: 0, builds: { here: 1, there: 0 } });
      expect((await lettersOf(contract.id)).map((l) => [l.id, l.deliveryStatus])).toEqual([[letter.id, 'printed']]);
    } finally {
      jest.restoreAllMocks();
      await other.close();
    }
  });
});
