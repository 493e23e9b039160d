import request from 'supertest';
import { flat } from '../../letters/test-support';
import { API, createEstate, createProvider, deskOf } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { account, relative } from '../workspace/support';

/**
 * comlater (contract machine v23): a bill with the Geschillencommissie stays with it while the rest of the contract moves on — a new
 * bill is disputed as usual beside it, filing one bill leaves another bill where it was, and a part credit on the committee's bill is
 * the provider's offer. The contract's page, Today, the desk and the family say both; the committee's decision still lands on its bill.
 */
describe('the disputes committee beside the rest of the contract', () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string; name: string };
  let desk: Session;
  let today: string;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    provider = await createProvider(t.admin, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    desk = await deskOf(t, provider.id, 'Stroomtest integration');
    today = (await t.runDue()).body.today;
  });
  afterAll(async () => {
    await t.close();
  });

  type Contract = { id: string; estateId: string };
  type Standing = { state: string; statusText: string; dueAt: string | null; openDisputes: { reference: string }[] };
  const bill = (by: Session, id: string, reference: string, periodFrom: string, periodTo: string) =>
    by.post(`${API}/contracts/${id}/invoice-after-end`, { reference, invoiceDate: '2026-11-16', periodFrom, periodTo, amount: 30 }).expect(200);
  const holdsTo = (id: string, invoiceReference: string) => desk.post(`${API}/provider-desk/requests/${id}/reject-dispute`, { invoiceReference, reason: 'Het verbruik liep door' }).expect(200);

  /** An ended contract with F-9 after the end date, which the provider holds to. */
  async function heldBill(givenNames: string, by: Session = anna): Promise<Contract> {
    const estate = await createEstate(by, { givenNames });
    const contract = (await by.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'ST-1', action: 'cancel' }).expect(201)).body as Contract;
    await by.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await by.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    await bill(by, contract.id, 'F-9', '2026-11-16', '2026-12-15');
    await t.runDue();
    await holdsTo(contract.id, 'F-9');
    return contract;
  }
  const standing = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body as Standing;
  const onToday = async (id: string) =>
    ((await anna.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; reason: string; resolution: string; statusText: string; dueDate: string | null }[]).find((c) => c.contractId === id);
  const deskStatus = async (id: string) => (await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body.statusText as string;
  const familyCard = async (c: Contract, lang = 'nl') => {
    const family = await relative(t, anna, c.estateId, `Maria ${lang}`);
    return ((await family.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((x) => x.id === c.id)!.statusText;
  };
  const fileWithCommittee = (id: string, invoiceReference?: string, by: Session = anna) => by.post(`${API}/contracts/${id}/committee-filed`, { filedOn: today, caseNumber: '2027-0042', ...(invoiceReference && { invoiceReference }) }).expect(200);

  it('disputes a new bill as usual while the committee has F-9, says both to everyone, and lands the decision on F-9', async () => {
    const contract = await heldBill('Pieter');
    await fileWithCommittee(contract.id);
    const disputed = (await bill(anna, contract.id, 'F-10', '2026-12-16', '2027-01-15')).body as Standing;
    expect(disputed.state).toBe('disputed');
    // The owner reads the new bill's dispute and that F-9 is still with the committee.
    expect(disputed.statusText).toContain('Geschil over factuur F-9 ligt bij de Geschillencommissie Energie');
    expect(disputed.statusText).toContain('F-10');
    const row = await onToday(contract.id);
    expect({ reason: row?.reason, resolution: row?.resolution }).toEqual({ reason: 'dispute', resolution: 'resolve_dispute' });
    expect(row?.statusText).toContain('F-9 ligt bij de Geschillencommissie Energie');
    expect(await deskStatus(contract.id)).toContain('Het geschil over factuur F-9 ligt bij de Geschillencommissie Energie');
    expect(await familyCard(contract)).toContain('Ons bezwaar tegen rekening F-9 van Stroomtest ligt nu bij de Geschillencommissie Energie');
    expect(await familyCard(contract, 'en')).toContain("Our objection to Stroomtest's bill F-9 is now with the Geschillencommissie Energie");
    // comlater2: what the provider is expected to answer on names F-10 alone, never „elke rekening" with the committee's F-9 among them.
    const heir = await relative(t, anna, contract.estateId, 'Maria next');
    const next = ((await heir.get(`${API}/portal/estate?lang=nl`).expect(200)).body.contracts.items as { id: string; nextStep: string }[]).find((x) => x.id === contract.id)!.nextStep;
    expect(next).toContain('We verwachten dat Stroomtest rekening F-10');
    expect(next).not.toContain('elke rekening');

    // The provider withdraws F-10: the contract waits on the committee again, for F-9.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/invoice-withdrawn`, { invoiceReference: 'F-10' }).expect(200);
    const back = await standing(contract.id);
    expect({ state: back.state, open: back.openDisputes.map((d) => d.reference) }).toEqual({ state: 'withCommittee', open: ['F-9'] });
    expect((await onToday(contract.id))?.reason).toBe('with_committee');

    // And the committee's decision lands on F-9.
    const decided = (await anna.post(`${API}/contracts/${contract.id}/committee-decision`, { decision: 'billDropped', decidedOn: today }).expect(200)).body as Standing;
    expect({ state: decided.state, open: decided.openDisputes }).toEqual({ state: 'confirmed', open: [] });
  });

  it('offers the committee’s decision on the contract page while a new bill waits on the provider, and records it on its bill', async () => {
    const jet = await account(t, 'Jet Commissie', 'specialist', 'nl');
    const contract = await heldBill('Klaas', jet.api);
    await fileWithCommittee(contract.id, undefined, jet.api);
    await bill(jet.api, contract.id, 'F-10', '2026-12-16', '2027-01-15');
    const web = request.agent(t.app.getHttpServer());
    await web.post('/app/login').type('form').send({ email: jet.email, password: jet.password, next: '/app' }).expect(303);
    expect(flat((await web.get(`/app/contracts/${contract.id}`).expect(200)).text)).toContain('Uitspraak van de geschillencommissie vastleggen');
    const decided = (await jet.api.post(`${API}/contracts/${contract.id}/committee-decision`, { invoiceReference: 'F-9', decision: 'billUpheld', decidedOn: today }).expect(200)).body as Standing;
    expect({ state: decided.state, open: decided.openDisputes.map((d) => d.reference) }).toEqual({ state: 'disputed', open: ['F-10'] });
    expect(decided.statusText).not.toContain('Geschillencommissie');
  });

  it('files one bill with the committee while another bill keeps its place, its term and its row on Today', async () => {
    const contract = await heldBill('Sanne');
    await bill(anna, contract.id, 'F-10', '2026-12-16', '2027-01-15');
    await holdsTo(contract.id, 'F-10');
    const before = await standing(contract.id);
    const rowBefore = await onToday(contract.id);
    expect({ state: before.state, resolution: rowBefore?.resolution }).toEqual({ state: 'disputeRejected', resolution: 'decide_dispute' });
    await t.runDue(1);
    const filed = (await fileWithCommittee(contract.id, 'F-9')).body as Standing;
    expect({ state: filed.state, dueAt: filed.dueAt }).toEqual({ state: 'disputeRejected', dueAt: before.dueAt });
    expect(filed.statusText).toContain('Geschil over factuur F-9 ligt bij de Geschillencommissie Energie');
    expect(await onToday(contract.id)).toMatchObject({ reason: 'dispute_rejected', resolution: 'decide_dispute', dueDate: rowBefore?.dueDate });
    // Once she settles F-10, only the committee's bill is left: the contract waits on the committee.
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-10', outcome: 'payFromEstate' }).expect(200);
    expect((await standing(contract.id)).state).toBe('withCommittee');
  });

  it('keeps the committee’s bill with the committee when the provider credits part of it', async () => {
    const contract = await heldBill('Joost');
    await fileWithCommittee(contract.id);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, { amount: 5 }).expect(200);
    const offered = await standing(contract.id);
    expect({ state: offered.state, open: offered.openDisputes.map((d) => d.reference) }).toEqual({ state: 'withCommittee', open: ['F-9'] });
    expect((await onToday(contract.id))?.reason).toBe('with_committee');
  });

  /**
   * comlater2: the part credit on the committee's bill is told as the provider's offer while the committee has the bill — to the owner
   * (her news and the contract's history) and to the family (an heir with the figures, a friend without) — never as hers to decide now.
   */
  it('tells the owner and the family that a part credit on the committee’s bill is an offer, and what she can do', async () => {
    const contract = await heldBill('Wouter');
    await fileWithCommittee(contract.id);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/credit-note`, { invoiceReference: 'F-9', amount: 5 }).expect(200);
    await t.runDue();
    const news = ((await anna.get(`${API}/notifications?limit=50`).expect(200)).body.items as { message: string; contractId: string }[]).filter((n) => n.contractId === contract.id).map((n) => n.message);
    const offer = news.find((m) => m.includes('Creditnota'));
    expect(offer).toContain('Creditnota van €\u00a05,00 ontvangen van Stroomtest voor factuur F-9 terwijl de Geschillencommissie Energie die behandelt: een aanbod, nog €\u00a010,00 betwist.');
    expect(offer).toContain('De rekening blijft bij de commissie tot u de uitspraak of een schikking vastlegt: neem het aanbod aan als schikking, of wacht op de uitspraak.');
    expect(offer).not.toContain('beslissing nodig');
    const history = ((await standing(contract.id)) as Standing & { timeline: { summary: string }[] }).timeline.map((e) => e.summary);
    expect(history).toContainEqual(expect.stringContaining('een aanbod, nog €\u00a010,00 betwist'));

    const heirSays = async (lang: string) => {
      const heir = await relative(t, anna, contract.estateId, `Erfgenaam ${lang}`);
      return ((await heir.get(`${API}/portal/timeline?lang=${lang}&limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    };
    expect(await heirSays('nl')).toContainEqual(expect.stringContaining('Stroomtest heeft €\u00a05,00 van rekening F-9 gecrediteerd terwijl de Geschillencommissie Energie de zaak behandelt; de overige €\u00a010,00 is niet gecrediteerd. Dat is een aanbod: de rekening blijft bij de commissie tot haar uitspraak, of tot uw contactpersoon het aanbod aanneemt als schikking.'));
    expect(await heirSays('en')).toContainEqual(expect.stringContaining('Stroomtest has credited €5.00 of bill F-9 while the Geschillencommissie Energie handles the case; the other €10.00 was not credited. That is an offer: the bill stays with the committee until its decision, or until your contact person accepts the offer as a settlement.'));
    const code = (await anna.post(`${API}/estates/${contract.estateId}/family-members`, { name: 'Vriendin', relation: 'friend', isHeir: false, isRepresentative: false }).expect(201)).body.accessCode;
    const friend = t.as((await t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);
    const friendReads = ((await friend.get(`${API}/portal/timeline?lang=nl&limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text).join(' ');
    expect(friendReads).toContain('Stroomtest heeft een deel van de rekening gecrediteerd terwijl de Geschillencommissie Energie de zaak behandelt. Dat is een aanbod');
    expect(friendReads).not.toMatch(/F-9|€/);
    expect(friendReads).not.toContain('beslist hoe we verdergaan');
  });

  /**
   * comlater2 (contract machine v24): once the collector stopped, with only the committee's bill open, the contract waits on the committee
   * again; and the desk holding to the committee's bill leaves it with the committee — nobody asks the owner to decide it.
   */
  it('waits on the committee again once a collection stop is answered with only its bill open', async () => {
    const contract = await heldBill('Gijs');
    await fileWithCommittee(contract.id);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', reference: 'IN-77', amount: 30 }).expect(200);
    expect((await standing(contract.id)).state).toBe('collectionStopRequested');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/collection-stopped`, { note: 'Dossier gesloten.' }).expect(200);
    const after = await standing(contract.id);
    expect({ state: after.state, open: after.openDisputes.map((d) => d.reference) }).toEqual({ state: 'withCommittee', open: ['F-9'] });
    expect(after.statusText).toContain('Geschil over factuur F-9 ligt bij de Geschillencommissie Energie');
    expect(await onToday(contract.id)).toMatchObject({ reason: 'with_committee' });
  });

  it('leaves the committee’s bill with the committee when the desk holds to it, asking the owner nothing', async () => {
    // F-9 goes to the committee after our complaint went unanswered: the provider has not held to it yet.
    const estate = await createEstate(anna, { givenNames: 'Hanna' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'ST-2', action: 'cancel' }).expect(201)).body as Contract;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R2', effectiveDate: '2026-11-30' }).expect(200);
    await bill(anna, contract.id, 'F-9', '2026-11-16', '2026-12-15');
    await t.runDue();
    await t.runDue(10);
    expect((await standing(contract.id)).state).toBe('disputeEscalated');
    await anna.post(`${API}/contracts/${contract.id}/committee-filed`, { filedOn: (await t.runDue()).body.today, caseNumber: '2027-0043' }).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { invoiceReference: 'F-9', reason: 'Wij blijven bij de rekening' }).expect(200);
    const after = await standing(contract.id);
    expect({ state: after.state, open: after.openDisputes.map((d) => d.reference) }).toEqual({ state: 'withCommittee', open: ['F-9'] });
    const row = await onToday(contract.id);
    expect({ reason: row?.reason, resolution: row?.resolution }).toEqual({ reason: 'with_committee', resolution: 'resolve_dispute' });
    expect(await deskStatus(contract.id)).toContain('Het geschil over factuur F-9 ligt bij de Geschillencommissie Energie');
  });
});
