import { Client } from 'pg';
import { CONTRACT_PROJECTION_VERSION } from '../../workflows';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/config';
import { API, createEstate, providerWithDesk } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * Readers (the owner's queue, the contract page, the provider desk) read a workflow's read model,
 * written with each transition from the machine's own code, never its stored snapshot: a new
 * machine version or snapshot format cannot break them.
 */
describe('workflow read models', () => {
  let t: TestApp;
  let db: Client;
  let anna: Specialist;
  let desk: Session;
  let provider: { id: string; name: string };

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true }));
    ({ provider, desk } = await providerWithDesk(t, { name: 'Vraagbank', category: 'bank', requiredDocuments: [] }, 'Vraagbank desk'));
  });
  afterAll(() => t?.close());

  const question = { message: 'Stuur de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] };

  async function askedContract(description: string) {
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description, accountNumber: 'NL00BANK0123456789', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/request-information`, question).expect(200);
    return contract.id as string;
  }

  /** What the owner and the provider see of the question. */
  async function whatReadersSee(contractId: string) {
    const queue = (await anna.get(`${API}/queue`).expect(200)).body;
    const asked = queue.informationRequests.find((r: { contractId: string }) => r.contractId === contractId);
    const page = (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body;
    const request = (await desk.get(`${API}/provider-desk/requests/${contractId}`).expect(200)).body;
    return {
      queue: { message: asked?.message, documentsNeeded: asked?.documentsNeeded },
      ownerStatus: page.statusTexts.nl,
      ownerForms: page.workflow.accepts,
      deskActions: request.actions,
    };
  }

  const expected = {
    queue: question,
    ownerStatus: expect.stringContaining('Stuur de verklaring van erfrecht.'),
    ownerForms: ['ANSWER_WITHDRAWN', 'COMPLETE', 'DEADLINE_PASSED', 'INFORMATION_SUPPLIED', 'REJECT', 'WITHDRAW'],
    // While Steward gathers the answer, the provider may still give its final word.
    deskActions: ['complete', 'reject'],
  };

  it("shows the provider's question on the queue, the contract and the desk even when the stored snapshot changes format", async () => {
    const contractId = await askedContract('Betaalrekening');
    expect(await whatReadersSee(contractId)).toEqual(expected);

    // A snapshot format no reader knows: had any reader parsed the snapshot, the question would be gone.
    await db.query(`UPDATE workflow_instances SET snapshot = jsonb_build_object('format', 'next', 'opaque', snapshot) WHERE subject_id = $1`, [contractId]);
    expect(await whatReadersSee(contractId)).toEqual(expected);
  });

  it('writes the read models of instances from before they existed when the app starts, from their own machine', async () => {
    const contractId = await askedContract('Spaarrekening');
    const stored = async () => (await db.query(`SELECT w.accepted_events, p.open_information_request FROM workflow_instances w LEFT JOIN contract_projections p ON p.instance_id = w.id WHERE w.subject_id = $1`, [contractId])).rows[0];
    const written = await stored();
    // As the migration leaves rows written by an older build.
    await db.query(`DELETE FROM contract_projections p USING workflow_instances w WHERE p.instance_id = w.id AND w.subject_id = $1`, [contractId]);
    await db.query(`UPDATE workflow_instances SET accepted_events = NULL WHERE subject_id = $1`, [contractId]);
    expect(await stored()).toEqual({ accepted_events: null, open_information_request: null });

    const restarted = await createApp({ config: loadConfig({ NODE_ENV: 'test', STEWARD_CLOCK: 'virtual', STEWARD_WORKERS: 'false' }), databaseUrl: t.databaseUrl, clock: t.clock });
    await restarted.init();
    await restarted.close();
    expect(await stored()).toEqual(written);
    expect(await whatReadersSee(contractId)).toEqual(expected);
  });

  it('writes again, in the background, only the read models that an older version of the projection wrote', async () => {
    const [stale, current] = [await askedContract('Creditcard'), await askedContract('Lening')];
    const stored = async (contractId: string) =>
      (await db.query(`SELECT p.open_information_request, p.projection_version FROM contract_projections p JOIN workflow_instances w ON w.id = p.instance_id WHERE w.subject_id = $1`, [contractId])).rows[0];
    const written = await stored(stale);
    expect(written.projection_version).toBe(CONTRACT_PROJECTION_VERSION);
    // One row as the previous projection version wrote it (it did not keep the question); one that looks
    // the same but carries this version, so it is not written again.
    const forget = `UPDATE contract_projections p SET open_information_request = NULL, projection_version = projection_version - $2 FROM workflow_instances w WHERE w.id = p.instance_id AND w.subject_id = $1`;
    await db.query(forget, [stale, 1]);
    await db.query(forget, [current, 0]);

    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200); // runs the worker routines now
    expect(await stored(stale)).toEqual(written);
    expect(await whatReadersSee(stale)).toEqual(expected);
    expect(await stored(current)).toEqual({ open_information_request: null, projection_version: CONTRACT_PROJECTION_VERSION });
  });
});
