import { API, createEstate, createProvider, deskOf } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * comlater3 (contract machine v25): the provider holding to the bill the Geschillencommissie has changes no term — the reminder to look
 * after the case and another bill's term with the provider pass on their own days — and the owner hears of it, with nothing to decide.
 * The family's and the desk's status count only the bills the provider still answers on, and say the committee's bill apart.
 */
describe('the provider holds to the bill the committee has', () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string };
  let desk: Session;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    provider = await createProvider(t.admin, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    desk = await deskOf(t, provider.id, 'Stroomtest integration');
  });
  afterAll(async () => {
    await t.close();
  });

  type Contract = { id: string; estateId: string };
  type Standing = { state: string; dueAt: string | null; statusText: string };
  const standing = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body as Standing;
  const today = async (advanceDays = 0) => (await t.runDue(advanceDays)).body.today as string;
  const daysUntil = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  const news = async (id: string) =>
    ((await anna.get(`${API}/notifications?limit=100`).expect(200)).body.items as { message: string; contractId: string; topic: string }[]).filter((n) => n.contractId === id);
  const onToday = async (id: string) => ((await anna.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; reason: string; resolution: string }[]).find((c) => c.contractId === id);
  const holdsTo = (id: string, invoiceReference: string) => desk.post(`${API}/provider-desk/requests/${id}/reject-dispute`, { invoiceReference, reason: 'Wij blijven bij de rekening' }).expect(200);

  /** F-9 disputed, our complaint unanswered, then taken to the Geschillencommissie Energie: the contract waits on the committee. */
  async function withCommittee(givenNames: string): Promise<Contract> {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: `ST-${givenNames}`, action: 'cancel' }).expect(201)).body as Contract;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await t.runDue();
    await t.runDue(10);
    expect((await standing(contract.id)).state).toBe('disputeEscalated');
    await anna.post(`${API}/contracts/${contract.id}/committee-filed`, { filedOn: await today(), caseNumber: '2027-0042' }).expect(200);
    return contract;
  }

  /** Steps the virtual clock a day at a time from the due day until `fired` says the term passed (a term fires on the working day after it). */
  async function firesAfter(dueAt: string, fired: () => Promise<boolean>): Promise<void> {
    await t.runDue(daysUntil(await today(), dueAt));
    expect(await fired()).toBe(false);
    for (let day = 1; day <= 5 && !(await fired()); day++) await t.runDue(1);
    expect(await fired()).toBe(true);
    // Fired within the days after its own due day (a weekend or holiday between), not a fresh term of sixty working days later.
    expect(daysUntil(dueAt, await today())).toBeLessThanOrEqual(5);
  }

  it('tells the owner, asks her nothing, and keeps the reminder to look on its day', async () => {
    const contract = await withCommittee('Hanna');
    const filed = await standing(contract.id);
    expect(filed.state).toBe('withCommittee');
    await t.runDue(14);
    await holdsTo(contract.id, 'F-9');
    await t.runDue();
    const after = await standing(contract.id);
    expect({ state: after.state, dueAt: after.dueAt }).toEqual({ state: 'withCommittee', dueAt: filed.dueAt });

    const told = (await news(contract.id)).filter((n) => n.message.includes('houdt vast aan factuur F-9'));
    expect(told).toHaveLength(1);
    expect(told[0].message).toContain('Stroomtest houdt vast aan factuur F-9 (reden: Wij blijven bij de rekening), die bij de Geschillencommissie Energie ligt: u hoeft niets te beslissen, de commissie beslist erover.');
    expect(told[0].message).not.toMatch(/[Bb]eslissing nodig/);
    expect(await onToday(contract.id)).toMatchObject({ reason: 'with_committee', resolution: 'resolve_dispute' });
    const history = ((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.timeline as { summary: string }[]).map((e) => e.summary);
    expect(history).toContainEqual(expect.stringContaining('Stroomtest houdt vast aan factuur F-9'));

    const looked = async () => (await news(contract.id)).some((n) => n.topic === 'committee_look');
    await firesAfter(filed.dueAt!, looked);
  });

  it('keeps the other bill’s term with the provider, and counts only that bill for the family and the desk', async () => {
    const contract = await withCommittee('Ruud');
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-10', invoiceDate: '2026-12-16', periodFrom: '2026-12-16', periodTo: '2027-01-15', amount: 40 }).expect(200);
    const disputed = await standing(contract.id);
    expect(disputed.state).toBe('disputed');
    await t.runDue(2);
    await holdsTo(contract.id, 'F-9');
    await t.runDue();
    const after = await standing(contract.id);
    expect({ state: after.state, dueAt: after.dueAt }).toEqual({ state: 'disputed', dueAt: disputed.dueAt });

    // The family's status names F-10 as the one bill the provider still answers on, and F-9 apart, with the committee.
    const heir = await relative(t, anna, contract.estateId, 'Maria Ruud');
    const card = async (lang: string) => ((await heir.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((x) => x.id === contract.id)!.statusText;
    const nl = await card('nl');
    expect(nl).toContain('Stroomtest heeft na de einddatum nog een rekening gestuurd.');
    expect(nl).toContain('Ons bezwaar tegen rekening F-9 van Stroomtest ligt nu bij de Geschillencommissie Energie');
    expect(nl).not.toMatch(/nog 2 rekeningen|tegen elk bezwaar|houdt vast/);
    expect(await card('en')).toContain('Stroomtest sent a bill after the end date.');
    // The desk reads F-10 as the bill disputed, and F-9 with the committee.
    const deskSays = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body.statusText as string;
    expect(deskSays).toContain('Het geschil over factuur F-9 ligt bij de Geschillencommissie Energie');
    expect(deskSays.split('F-9').length - 1).toBe(1);

    // F-10's term passes on its own day: our complaint goes.
    const complained = async () => (await standing(contract.id)).state === 'disputeEscalated';
    await firesAfter(disputed.dueAt!, complained);
  });
});
