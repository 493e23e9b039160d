import { Client } from 'pg';
import { API, createEstate, deskWebOf, providerWithDesk } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * withdrawrej (contract machine v20): a desk that rejected a request by mistake takes its rejection back while the case owner
 * has not answered it; the request waits on the desk again on a fresh first term, no letter goes, owner and family read it.
 */
describe('a provider takes back a rejection it gave by mistake', () => {
  let t: TestApp;
  let anna: Specialist;
  let db: Client;
  let kpn: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true }));
    ({ provider: kpn, desk } = await providerWithDesk(t, { name: 'KPN', requiredDocuments: [] }));
  });
  afterAll(() => t?.close());

  const note = 'Klant alsnog gevonden onder klantnummer 5505; wij handelen het verzoek af.';
  const requestOf = async (id: string) => (await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body;
  const contractOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body;
  const reject = (id: string) => desk.post(`${API}/provider-desk/requests/${id}/reject`, { reason: 'Dit klantnummer is bij ons niet bekend.' }).expect(200);
  const withdraw = (id: string, body: object = { note }) => desk.post(`${API}/provider-desk/requests/${id}/withdraw-rejection`, body);
  const lettersOf = async (id: string) => (await db.query(`SELECT kind FROM letters WHERE contract_id = $1 ORDER BY created_at`, [id])).rows.map((r: { kind: string }) => r.kind);

  async function requested(givenNames: string) {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: `KPN-${givenNames}`, action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    return { id: contract.id as string, estateId: estate.id as string };
  }

  it('puts the request back on the desk with a fresh first term and no letter; the owner, the family and the desk read that KPN took it back', async () => {
    const contract = await requested('Hendrik');
    const maria = await relative(t, anna, contract.estateId, 'Maria');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/acknowledge`, { reference: 'KPN-ACK' }).expect(200);
    await t.runDue(3);
    await reject(contract.id);
    const rejected = await requestOf(contract.id);
    expect(rejected.actions).toContain('withdraw-rejection');
    expect(rejected.nextMove).toContain('Trek haar dan hier in („Afwijzing intrekken")');
    const lettersBefore = await lettersOf(contract.id);

    const back = (await withdraw(contract.id).expect(200)).body;
    // Acknowledged before its rejection: acknowledged again, its answer owed on a term as long as a request sent today.
    const fresh = await requested('Jannetje');
    expect(back).toMatchObject({ state: 'acknowledged', waitingOn: 'provider', dueAt: (await requestOf(fresh.id)).dueAt });
    expect(back.actions).not.toContain('withdraw-rejection');
    expect(back.actions).toContain('complete');
    expect((back.thread as { type: string; text: string }[]).filter((e) => e.type === 'answer').at(-1)!.text).toBe(`U trok uw afwijzing in: ${note}`);
    await t.runDue();
    expect(await lettersOf(contract.id)).toEqual(lettersBefore);

    // The owner: her history and her notification say who took it back, when, and why; nothing for her to amend.
    const today = t.clock.today();
    const said = `KPN trok de afwijzing in op ${new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${today}T12:00:00Z`))}: „${note}” KPN behandelt het verzoek alsnog; aanpassen is niet nodig.`;
    const page = await contractOf(contract.id);
    expect(page.state).toBe('acknowledged');
    expect(page.statusText).not.toContain('afgewezen');
    expect(page.timeline.at(-1).summary).toBe(`Internet: ${said}`);
    const owned = (await db.query(`SELECT message FROM notifications WHERE contract_id = $1 AND audience = 'owner' AND topic = 'rejection_withdrawn'`, [contract.id])).rows;
    expect(owned).toHaveLength(1);
    expect(owned[0].message).toContain(`KPN: ${said}`);
    // The family, plainly, without the desk's note.
    const family = ((await maria.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    // famrest2 (WR-2): the rejection itself went in no e-mail (REJECT tells the family nothing: the owner answers it first), so the
    // withdrawal says it plainly, on the timeline and in the day's e-mail alike.
    const plainly = 'KPN had het verzoek eerst afgewezen, maar heeft die afwijzing ingetrokken en behandelt het verzoek nu toch.';
    expect(family).toContain(plainly);
    expect(family.join(' ')).not.toContain('5505');
    const told = (await db.query(`SELECT message FROM notifications WHERE contract_id = $1 AND audience = 'family' AND topic = 'rejection_withdrawn'`, [contract.id])).rows;
    expect(told).toEqual([{ message: expect.stringContaining(plainly) }]);

    // From there the desk simply completes it.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-12-31', reference: 'KPN-9' }).expect(200);
    expect((await contractOf(contract.id)).state).toBe('confirmed');
  });

  it('goes back to requested when the desk had not acknowledged, also from the desk page form', async () => {
    const contract = await requested('Aaltje');
    await reject(contract.id);
    const web = await deskWebOf(t, kpn.id, { email: 'balie@kpn.example' });
    const page = (await web.get(`/desk/requests/${contract.id}`).expect(200)).text;
    expect(page).toContain('Afwijzing intrekken');
    await web.post(`/desk/requests/${contract.id}/withdraw-rejection`).type('form').send({ note: '' }).expect(303);
    const back = await requestOf(contract.id);
    expect(back.state).toBe('requested');
    // audit88 F8: without a note the line still ends as a sentence.
    expect((back.thread as { type: string; text: string }[]).filter((e) => e.type === 'answer').at(-1)!.text).toBe('U trok uw afwijzing in.');
    // audit88 F6: a second take-back is told the first one stands, not that there never was a rejection.
    const again = (await withdraw(contract.id).expect(409)).body;
    expect(again).toMatchObject({ type: 'https://steward.example/problems/rejection-answered' });
    expect(again.detail).toBe('U heeft uw afwijzing van dit verzoek al ingetrokken; er is geen afwijzing meer om in te trekken. Er is niets gewijzigd.');
  });

  it('refuses it once the owner amended, complained or withdrew, naming what she did and how to reach her; nothing changes', async () => {
    const owner = (await requestOf((await requested('Dirk')).id)).caseOwner;
    const cases: [string, (id: string) => Promise<unknown>, string][] = [
      ['Amended', (id) => anna.post(`${API}/contracts/${id}/amend`, {}).expect(200), 'De contactpersoon heeft het verzoek na uw afwijzing aangepast'],
      ['Complained', (id) => anna.post(`${API}/contracts/${id}/complain`, { grounds: 'Het klantnummer staat op de laatste factuur van KPN.' }).expect(200), 'De contactpersoon heeft een klacht ingediend over uw afwijzing'],
      ['Withdrawn', (id) => anna.post(`${API}/contracts/${id}/withdraw`, { reason: 'Contract liep al af.' }).expect(200), 'De contactpersoon heeft dit verzoek ingetrokken'],
    ];
    for (const [name, answer, words] of cases) {
      const contract = await requested(name);
      await reject(contract.id);
      await answer(contract.id);
      const state = (await contractOf(contract.id)).state;
      const refused = (await withdraw(contract.id).expect(409)).body;
      expect({ name, detail: refused.detail }).toEqual({ name, detail: expect.stringContaining(words) });
      expect(refused.detail).toContain(owner.email);
      expect(refused.detail).toContain('Er is niets gewijzigd.');
      expect((await contractOf(contract.id)).state).toBe(state);
      if (name !== 'Amended') continue;
      // Amended, not sent again (audit86 WR-1): nothing to answer yet, no promise that it goes, one name for the owner on the page.
      expect(refused.detail).toContain('Het aangepaste verzoek is nog niet verstuurd; stuurt de contactpersoon het opnieuw, dan ontvangt u het hier.');
      expect(refused.detail).not.toContain('Beantwoord het verzoek');
      const status = (await requestOf(contract.id)).statusText;
      expect(status).toBe('De contactpersoon heeft het verzoek na uw afwijzing aangepast; het is nog niet opnieuw verstuurd. Stuurt de contactpersoon het opnieuw, dan ontvangt u het hier.');
    }
  });

  it('answers a request rejected on v19 with today’s words: the owner decides, and how to reach her (it keeps its version)', async () => {
    const contract = await requested('Geertruida');
    await db.query(`UPDATE workflow_instances SET machine_version = 19 WHERE subject_type = 'contract' AND subject_id = $1`, [contract.id]);
    await reject(contract.id);
    const rejected = await requestOf(contract.id);
    expect(rejected.actions).not.toContain('withdraw-rejection');
    const refused = (await withdraw(contract.id).expect(409)).body;
    expect(refused.detail).toContain('U heeft dit verzoek afgewezen; nu beslist de contactpersoon of het wordt aangepast of ingetrokken.');
    expect(refused.detail).toContain(`Laat het ${rejected.caseOwner.name} weten: ${rejected.caseOwner.email}`);
    expect((await contractOf(contract.id))).toMatchObject({ state: 'rejected', workflow: { version: 19 } });
  });

  it('names a note that is too long, and changes nothing', async () => {
    const contract = await requested('Pieter');
    await reject(contract.id);
    const refused = (await withdraw(contract.id, { note: 'x'.repeat(2001) }).expect(400)).body;
    expect(refused.errors.map((e: { field: string }) => e.field)).toEqual(['note']);
    expect((await requestOf(contract.id)).state).toBe('rejected');
  });
});
