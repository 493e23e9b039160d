import { Client } from 'pg';
import type { Response } from 'supertest';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * Every path locks an estate's workflow before its contracts' workflows. These races used to lock in
 * opposite orders (closing: estate → contracts; a contract's transition: contract → estate), which
 * PostgreSQL breaks by killing one of them with a deadlock: a 500 for the owner.
 */
describe('lock order: estate before contract, on every path', () => {
  let t: TestApp;
  let db: Client;
  let anna: Specialist;
  let provider: { id: string };

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true }));
    provider = await createProvider(t.admin, { requiredDocuments: [], slaBusinessDays: 5 });
  });
  afterAll(() => t?.close());

  // December's bill, come in January; recorded once the quiet period has run out (1 February).
  const bill = { reference: 'F-12', invoiceDate: '2027-01-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 };

  /** An estate whose contracts were all requested, confirmed and (after the quiet period) settled. */
  async function estateWithConfirmedContracts(contracts: number) {
    const estate = await createEstate(anna);
    const ids: string[] = [];
    for (let i = 0; i < contracts; i++) {
      const contract = await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: `Abonnement ${i}`, accountNumber: `A-${i}`, action: 'cancel' }).expect(201);
      await anna.post(`${API}/contracts/${contract.body.id}/request`).expect(200);
      await anna.post(`${API}/contracts/${contract.body.id}/provider-answer/completed`, { receivedVia: 'phone', reference: `R-${i}`, effectiveDate: '2026-11-30' }).expect(200);
      ids.push(contract.body.id);
    }
    return { estateId: estate.id, contractIds: ids };
  }

  /** What the owner may see when two requests meet: it happened, or a 409 problem saying why not. */
  function expectDoneOrConflict(res: Response) {
    expect({ status: res.status, type: res.type }).toEqual(res.status === 409 ? { status: 409, type: 'application/problem+json' } : { status: 200, type: 'application/json' });
  }

  it('closes an estate or takes the bill, never a deadlock, when the owner closes while bills and collectors are recorded', async () => {
    const rounds = 12;
    const estates = [];
    for (let i = 0; i < rounds; i++) estates.push(await estateWithConfirmedContracts(3));
    // The quiet period (40 business days) runs out: every contract settles, every estate is ready to close.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 70 }).expect(200);
    for (const { estateId } of estates) expect((await anna.get(`${API}/estates/${estateId}`).expect(200)).body.status).toBe('settling');

    for (const { estateId, contractIds: [first, second, third] } of estates) {
      const [close, ...contractAnswers] = await Promise.all([
        anna.post(`${API}/estates/${estateId}/close`),
        anna.post(`${API}/contracts/${first}/invoice-after-end`, bill),
        anna.post(`${API}/contracts/${second}/collection-notice`, { agency: 'Incasso Noord', reference: 'INC-1', amount: 80 }),
        anna.post(`${API}/contracts/${third}/invoice-after-end`, bill),
      ]);
      for (const res of [close, ...contractAnswers]) expectDoneOrConflict(res);

      // Either the file closed with every contract in it, or a contract reopened it and closing was refused.
      const estate = (await anna.get(`${API}/estates/${estateId}`).expect(200)).body;
      const states = await Promise.all([first, second, third].map(async (id) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body.state));
      if (close.status === 200) {
        expect({ estate: estate.status, contracts: states, answers: contractAnswers.map((r) => r.status) }).toEqual({ estate: 'closed', contracts: ['closed', 'closed', 'closed'], answers: [409, 409, 409] });
      } else {
        expect(estate.status).toBe('inProgress');
        expect(contractAnswers.some((r) => r.status === 200)).toBe(true);
        expect(states).not.toContain('closed');
      }
    }
    // Twelve estates of three contracts each are set up through the API first: slow on a busy machine.
  }, 240_000);

  it('fires due deadlines while providers answer the same contracts, without a deadlock', async () => {
    const contractIds: string[] = [];
    for (let i = 0; i < 4; i++) {
      const estate = await createEstate(anna);
      for (let j = 0; j < 3; j++) {
        const contract = await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: `Energie ${j}`, accountNumber: `E-${i}-${j}`, action: 'cancel' }).expect(201);
        await anna.post(`${API}/contracts/${contract.body.id}/request`).expect(200);
        contractIds.push(contract.body.id);
      }
    }
    // The provider's five business days are over for all of them, but the scheduler has not run yet.
    t.clock.advanceDays(8);
    const [scheduler, ...answers] = await Promise.all([
      t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }),
      ...contractIds.map((id) => anna.post(`${API}/contracts/${id}/provider-answer/acknowledged`, { receivedVia: 'phone', reference: 'ACK' })),
    ]);
    expect(scheduler.status).toBe(200);
    // Acknowledging is possible before and after a reminder, so every answer is taken.
    expect(answers.map((r) => r.status)).toEqual(contractIds.map(() => 200));
    // Whichever came first: the acknowledgement once, and a reminder at most once (none if the answer
    // came first and gave the provider a fresh term).
    const { rows } = await db.query(
      `SELECT contract_id, count(*) FILTER (WHERE event = 'DEADLINE_PASSED')::int AS reminders, count(*) FILTER (WHERE event = 'ACKNOWLEDGE')::int AS acknowledgements
         FROM timeline_entries WHERE contract_id = ANY($1) GROUP BY contract_id`,
      [contractIds],
    );
    expect(rows).toHaveLength(contractIds.length);
    expect(rows.every((r) => r.reminders <= 1 && r.acknowledgements === 1)).toBe(true);
  });
});
