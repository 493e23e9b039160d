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

  describe('a batch a correction changed is merged again after the correction, not inside it (printmerge)', () => {
    const batchIdOf = async (letterId: string) => (await db.query(`SELECT print_batch_id AS id FROM letters WHERE id = $1`, [letterId])).rows[0].id as string;
    const staleOf = async (batchId: string) => (await db.query(`SELECT pdf_stale_since IS NOT NULL AS stale FROM print_batches WHERE id = $1`, [batchId])).rows[0].stale as boolean;
    const download = async (batchId: string) => (await anna.get(`${API}/print-batches/${batchId}/pdf`).buffer(true).parse(binary).expect(200)).body as Buffer;
    /** Two letters by post of today in one new batch; the second's contract is then corrected. Counts the merges holding the kept letter. */
    const batchOfTwo = async (keptNumber: string, correctedNumber: string) => {
      const kept = await waitingByPost(`Blijf ${keptNumber}`, keptNumber);
      const corrected = await waitingByPost(`Herstel ${correctedNumber}`, correctedNumber);
      const [[keptLetter], [correctedLetter]] = [await lettersOf(kept.id), await lettersOf(corrected.id)];
      await anna.post(`${API}/print-batches`).expect(200);
      const batchId = await batchIdOf(keptLetter.id);
      expect(await batchIdOf(correctedLetter.id)).toBe(batchId);
      const merges: string[][] = [];
      const checks = t.app.get(PrintableChecks);
      const build = checks.merged.bind(checks);
      jest.spyOn(checks, 'merged').mockImplementation(async (envelopes, onto) => {
        if (envelopes.some((e) => e.id === keptLetter.id)) merges.push(envelopes.map((e) => e.id));
        return build(envelopes, onto);
      });
      return { batchId, corrected, keptLetter, merges };
    };

    it('the correction only marks the batch stale; the worker merges it once after, and the download holds the letter left, the next batch the corrected one', async () => {
      const { batchId, corrected, keptLetter, merges } = await batchOfTwo('B-5001', 'H-6001');
      await anna.patch(`${API}/contracts/${corrected.id}`, { accountNumber: 'H-6010' }).expect(200);
      // On main the correction's transaction merged the batch again itself, holding its locks and a connection meanwhile.
      expect(merges).toEqual([]);
      expect(await staleOf(batchId)).toBe(true);
      await t.runDue();
      expect(merges).toEqual([[keptLetter.id]]);
      expect(await staleOf(batchId)).toBe(false);
      const text = flat(await pdfText(await download(batchId)));
      expect(merges).toHaveLength(1);
      expect(text).toContain('B-5001');
      expect(text).not.toContain('H-6001');
      expect(((await anna.get(`${API}/print-batches/${batchId}`).expect(200)).body.letters as { id: string }[]).map((l) => l.id)).toEqual([keptLetter.id]);
      jest.restoreAllMocks();
      const [, remade] = await lettersOf(corrected.id);
      await anna.post(`${API}/print-batches`).expect(200);
      expect((await batchOf(await batchIdOf(remade.id))).text).toContain('H-6010');
    });

    it('two downloads of a stale batch at once: one merges it, the other waits for that merge and gets the same PDF', async () => {
      const { batchId, corrected, keptLetter, merges } = await batchOfTwo('T-1001', 'E-2001');
      await anna.patch(`${API}/contracts/${corrected.id}`, { accountNumber: 'E-2010' }).expect(200);
      expect(merges).toEqual([]);
      // The second download starts while the first merges, and is held until it found the merge claimed by the first.
      const service = t.app.get(PrintBatchesService) as unknown as { mergeStale(batchId: string): Promise<boolean> };
      const mergeStale = service.mergeStale.bind(service);
      let foundClaimed: () => void = () => undefined;
      const waited = new Promise<void>((resolve) => (foundClaimed = resolve));
      jest.spyOn(service, 'mergeStale').mockImplementation(async (id) => {
        const merged = await mergeStale(id);
        if (!merged) foundClaimed();
        return merged;
      });
      let second: Promise<Buffer> | undefined;
      const checks = t.app.get(PrintableChecks);
      const counted = checks.merged as jest.Mock;
      const build = counted.getMockImplementation()!;
      counted.mockImplementation(async (envelopes, onto) => {
        if (!second) {
          second = download(batchId);
          await waited;
        }
        return build(envelopes, onto);
      });
      const first = await download(batchId);
      expect(first.equals(await second!)).toBe(true);
      expect(merges).toEqual([[keptLetter.id]]);
      const text = flat(await pdfText(first));
      expect(text).toContain('T-1001');
      expect(text).not.toContain('E-2001');
    });
  });
});
