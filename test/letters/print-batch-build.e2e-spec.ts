import { createHash } from 'node:crypto';
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

    /** Resolves once a download waits for the end of a merge on a connection of its own, listening (opsmend). */
    const listening = async () => {
      while (!(await db.query(`SELECT 1 FROM pg_stat_activity WHERE query = 'LISTEN print_batch_merge_ended' AND state = 'idle'`)).rowCount) await new Promise((resolve) => setTimeout(resolve, 50));
    };

    it('two downloads of a stale batch at once: one merges it, the other waits listening for that merge to end and gets the same PDF (opsmend)', async () => {
      const { batchId, corrected, keptLetter, merges } = await batchOfTwo('T-1001', 'E-2001');
      await anna.patch(`${API}/contracts/${corrected.id}`, { accountNumber: 'E-2010' }).expect(200);
      expect(merges).toEqual([]);
      // The second download starts while the first merges, which goes on once the second waits listening (on main it looked again
      // every 200 ms and never listened: this test waited for that in vain).
      let second: Promise<Buffer> | undefined;
      const checks = t.app.get(PrintableChecks);
      const counted = checks.merged as jest.Mock;
      const build = counted.getMockImplementation()!;
      counted.mockImplementation(async (envelopes, onto) => {
        if (!second) {
          second = download(batchId);
          await listening();
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

    it('a download waiting for a merge an instance stopped in answers 503 with Retry-After, not a hang; once the claim ends it merges (opsmend)', async () => {
      const { batchId, corrected, keptLetter } = await batchOfTwo('S-1001', 'S-2001');
      await anna.patch(`${API}/contracts/${corrected.id}`, { accountNumber: 'S-2010' }).expect(200);
      // An instance claimed the merge and stopped: its claim holds two minutes.
      await db.query(`UPDATE print_batches SET merge_claimed_until = clock_timestamp() + interval '2 minutes' WHERE id = $1`, [batchId]);
      const waiting = anna.get(`${API}/print-batches/${batchId}/pdf`).then((response) => response);
      await listening();
      const refused = await waiting;
      expect(refused.status).toBe(503);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({ type: 'https://steward.example/problems/print-batch-merging', status: 503 });
      expect(refused.body.detail).toMatch(/^De pdf van deze printbatch wordt nog samengesteld\. Probeer het over \d+ seconden opnieuw\.$/);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(120);
      // Its claim ended (as two minutes after the crash): the next download merges it.
      await db.query(`UPDATE print_batches SET merge_claimed_until = clock_timestamp() - interval '1 second' WHERE id = $1`, [batchId]);
      const text = flat(await pdfText(await download(batchId)));
      expect(text).toContain('S-1001');
      expect(text).not.toContain('S-2001');
      expect(((await anna.get(`${API}/print-batches/${batchId}`).expect(200)).body.letters as { id: string }[]).map((l) => l.id)).toContain(keptLetter.id);
    }, 90_000);

    it('a stale batch shows no checksum on the print page or the API while it is merged again, and the new one once merged (opsmend)', async () => {
      const { batchId, corrected } = await batchOfTwo('R-1001', 'R-2001');
      type Listed = { id: string; sha256: string | null; rebuilding: boolean; letterCount: number };
      const listed = async () => ((await anna.get(`${API}/print-batches`).expect(200)).body.items as Listed[]).find((b) => b.id === batchId)!;
      const page = async () => (await t.anonymous.get('/app/print').set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
      const before = await listed();
      expect(before.rebuilding).toBe(false);
      expect(before.sha256).toMatch(/^[0-9a-f]{64}$/);
      await anna.patch(`${API}/contracts/${corrected.id}`, { accountNumber: 'R-2010' }).expect(200);
      // On main: the old sha256, no longer that of the PDF the batch will hand out.
      expect(await listed()).toMatchObject({ sha256: null, rebuilding: true, letterCount: before.letterCount - 1 });
      const stale = await page();
      expect(stale).toContain('De pdf wordt opnieuw samengesteld: er is sinds hij gemaakt is een brief uit gehaald.');
      expect(stale).not.toContain(before.sha256!);
      await t.runDue();
      const merged = await listed();
      expect(merged.rebuilding).toBe(false);
      expect(merged.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(merged.sha256).not.toBe(before.sha256);
      expect(merged.sha256).toBe(createHash('sha256').update(await download(batchId)).digest('hex'));
      expect(await page()).not.toContain('wordt opnieuw samengesteld');
    });

    it('a batch downloaded while it is merged again is not marked posted by its old checksum or count: 409 naming sha256, saying it was merged again, also from the print page (deskpage)', async () => {
      const { batchId, corrected } = await batchOfTwo('P-1001', 'P-2001');
      type Listed = { sha256: string | null; letterCount: number; postedAt: string | null };
      const listed = async () => (await anna.get(`${API}/print-batches/${batchId}`).expect(200)).body as Listed;
      const shown = await listed();
      await anna.patch(`${API}/contracts/${corrected.id}`, { accountNumber: 'P-2010' }).expect(200);
      // Downloaded while an instance that stopped holds the merge: recorded as downloaded, its PDF not merged yet (opsmend).
      await db.query(`UPDATE print_batches SET merge_claimed_until = clock_timestamp() + interval '2 minutes' WHERE id = $1`, [batchId]);
      const waiting = anna.get(`${API}/print-batches/${batchId}/pdf`).then((response) => response);
      await listening();
      expect((await waiting).status).toBe(503);
      // The checksum the list showed before is still the batch's recorded one: on main it marked the batch posted.
      const whileMerging = await anna.post(`${API}/print-batches/${batchId}/posted`, { sha256: shown.sha256 }).expect(409);
      expect(whileMerging.headers['content-type']).toContain('application/problem+json');
      expect(whileMerging.body).toMatchObject({ type: 'https://steward.example/problems/print-batch-remerged', errors: [{ field: 'sha256', message: 'is niet die van de pdf zoals hij nu is: de printbatch is opnieuw samengesteld' }] });
      expect(whileMerging.body.detail).toBe('Deze printbatch wordt opnieuw samengesteld: er is een brief uit gehaald, dus de pdf die u noemde klopt niet meer. Er is niets als op de post gedaan gemarkeerd; download de pdf zodra hij klaar is, print hem en markeer hem dan als op de post gedaan.');
      expect((await anna.post(`${API}/print-batches/${batchId}/posted`, { letterCount: shown.letterCount - 1 }).expect(409)).body.errors).toEqual([expect.objectContaining({ field: 'letterCount' })]);
      // Merged: the old checksum is still not the PDF to post.
      await db.query(`UPDATE print_batches SET merge_claimed_until = clock_timestamp() - interval '1 second' WHERE id = $1`, [batchId]);
      await download(batchId);
      const merged = await anna.post(`${API}/print-batches/${batchId}/posted`, { sha256: shown.sha256 }).expect(409);
      expect(merged.body).toMatchObject({ type: 'https://steward.example/problems/print-batch-remerged', errors: [{ field: 'sha256' }] });
      expect(merged.body.detail).toContain('De pdf die u noemde is niet die van deze printbatch zoals hij nu is: de batch is opnieuw samengesteld nadat er een brief uit gehaald werd.');
      // The print page's form sends the checksum the page showed: one shown before the merge comes back saying why.
      const form = await anna.post(`/app/print/${batchId}/posted`).set('Cookie', `steward_app=${anna.token}`).type('form').send({ sha256: shown.sha256 }).expect(303);
      const page = (await t.anonymous.get(form.headers.location).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
      expect(page).toContain('Die printbatch is opnieuw samengesteld: er is een brief uit gehaald, dus de pdf die de pagina liet zien klopt niet meer.');
      const now = await listed();
      expect(now.postedAt).toBeNull();
      expect(now.sha256).not.toBe(shown.sha256);
      expect(page).toContain(now.sha256!);
      expect(((await anna.post(`${API}/print-batches/${batchId}/posted`, { sha256: now.sha256 }).expect(200)).body as Listed).postedAt).not.toBeNull();
    }, 90_000);
  });
});
