import { API, createEstate, createProvider } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * versions: HTTP's own way for an API client (RFC 9110): a contract's and an estate's GET answer an `ETag` made from their
 * `version`; a PATCH with `If-Match` applies only to that version, a mismatch is 412 problem+json naming `If-Match` and changes
 * nothing; without `If-Match` or `version` a PATCH corrects as before. A family member's and a call's `version` refuse a stale
 * correction as the contract's does (409 naming `version`).
 */
describe('entity tags and versions on the API', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t.close());

  it("a contract: GET's ETag is its version, a stale If-Match is 412 naming If-Match, a current one corrects; a conditional GET still answers in full", async () => {
    const kpn = await createProvider(t.admin, { name: 'KPN', category: 'telecom', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { action: 'cancel', providerId: kpn.id, description: 'Mobiel', accountNumber: 'K-1' }).expect(201)).body as { id: string };
    const first = await anna.get(`${API}/contracts/${contract.id}`).expect(200);
    expect(first.headers.etag).toBe(`"${first.body.version}"`);

    // A colleague corrects it; the client still holds the first tag.
    const corrected = await anna.patch(`${API}/contracts/${contract.id}`, { description: 'Mobiel 5' }).set('If-Match', first.headers.etag).expect(200);
    expect(corrected.headers.etag).toBe(`"${corrected.body.version}"`);
    expect(corrected.headers.etag).not.toBe(first.headers.etag);

    const refused = await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-2' }).set('If-Match', first.headers.etag).expect(412);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ type: 'https://steward.example/problems/precondition-failed', status: 412, errors: [{ field: 'If-Match' }], version: corrected.body.version });
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body).toMatchObject({ description: 'Mobiel 5', accountNumber: 'K-1' });

    // A GET conditional on the tag is answered in full: the tag versions the correctable facts, not the timeline beside them.
    expect((await anna.get(`${API}/contracts/${contract.id}`).set('If-None-Match', corrected.headers.etag).expect(200)).body.description).toBe('Mobiel 5');
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-2' }).set('If-Match', `W/${corrected.headers.etag}, ${corrected.headers.etag}`).expect(200);
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-3' }).expect(200);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.accountNumber).toBe('K-3');
  });

  it('an estate: GET and PATCH answer its ETag; a stale If-Match is 412, a stale version 409 `estate-changed`; nothing is changed by either', async () => {
    const estate = await createEstate(anna, { givenNames: 'Jan', surname: 'Bakker' });
    const first = await anna.get(`${API}/estates/${estate.id}`).expect(200);
    expect(first.headers.etag).toBe(`"${first.body.version}"`);
    const corrected = await anna.patch(`${API}/estates/${estate.id}`, { deceased: { surname: 'Bakker-Smit' } }).set('If-Match', first.headers.etag).expect(200);
    expect(corrected.headers.etag).toBe(`"${corrected.body.version}"`);

    const refused = (await anna.patch(`${API}/estates/${estate.id}`, { deceased: { givenNames: 'Johannes' } }).set('If-Match', first.headers.etag).expect(412)).body;
    expect(refused).toMatchObject({ type: 'https://steward.example/problems/precondition-failed', errors: [{ field: 'If-Match' }], version: corrected.body.version });
    const stale = (await anna.patch(`${API}/estates/${estate.id}`, { deceased: { givenNames: 'Johannes' }, version: first.body.version }).expect(409)).body;
    expect(stale).toMatchObject({ type: 'https://steward.example/problems/estate-changed', errors: [{ field: 'version' }], version: corrected.body.version });
    expect(stale.detail).toMatch(/^De nalatenschap \(de gegevens van de overledene of de boedelrekening\) is gecorrigeerd nadat deze correctie is opgesteld/);
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased).toMatchObject({ givenNames: 'Jan', surname: 'Bakker-Smit' });

    // Without either, as before; `*` holds for any version.
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { givenNames: 'Johannes' } }).expect(200);
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { givenNames: 'Johan' } }).set('If-Match', '*').expect(200);
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased).toMatchObject({ givenNames: 'Johan', surname: 'Bakker-Smit' });
  });

  it("a family member's and a call's stale version is 409 naming `version`; without one they correct as before", async () => {
    const essent = await createProvider(t.admin, { name: 'Essent', category: 'energy', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Kees', relation: 'zoon', isHeir: true, isRepresentative: false }).expect(201)).body as { id: string; version: string };
    const memberNow = (await anna.patch(`${API}/estates/${estate.id}/family-members/${member.id}`, { phone: '0612345678', version: member.version }).expect(200)).body as { version: string };
    const staleMember = (await anna.patch(`${API}/estates/${estate.id}/family-members/${member.id}`, { name: 'Cornelis', version: member.version }).expect(409)).body;
    expect(staleMember).toMatchObject({ type: 'https://steward.example/problems/family-member-changed', errors: [{ field: 'version' }], version: memberNow.version });
    await anna.patch(`${API}/estates/${estate.id}/family-members/${member.id}`, { relation: 'kleinzoon' }).expect(200);
    expect((await anna.get(`${API}/estates/${estate.id}/family-members`).expect(200)).body.items[0]).toMatchObject({ name: 'Kees', phone: '0612345678', relation: 'kleinzoon' });

    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { action: 'cancel', providerId: essent.id, description: 'Stroom', accountNumber: 'E-1' }).expect(201)).body as { id: string };
    const today = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
    await anna.post(`${API}/contracts/${contract.id}/calls`, { calledOn: today, party: 'provider', outcome: 'Gebeld.' }).expect(201);
    const calls = async () => (await anna.get(`${API}/contracts/${contract.id}/calls`).expect(200)).body.items as { id: string; outcome: string; person: string | null; version: string }[];
    const [call] = await calls();
    await anna.patch(`${API}/contracts/${contract.id}/calls/${call.id}`, { outcome: 'Essent zoekt het uit.', version: call.version }).expect(200);
    const staleCall = (await anna.patch(`${API}/contracts/${contract.id}/calls/${call.id}`, { person: 'Sanne', version: call.version }).expect(409)).body;
    expect(staleCall).toMatchObject({ type: 'https://steward.example/problems/call-changed', errors: [{ field: 'version' }], version: (await calls())[0].version });
    await anna.patch(`${API}/contracts/${contract.id}/calls/${call.id}`, { person: 'Sanne' }).expect(200);
    expect((await calls())[0]).toMatchObject({ outcome: 'Essent zoekt het uit.', person: 'Sanne' });
  });
});
