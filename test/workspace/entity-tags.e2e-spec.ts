import { randomUUID } from 'node:crypto';
import { API, createEstate, createProvider, providerWithDesk } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from './support';

/**
 * versions, httpcache and stop65mends: HTTP's own way for an API client (RFC 9110). A GET's `ETag` tags its whole answer: the same
 * tag as `If-None-Match` is 304 with no body until anything in the answer changes (a contract's timeline too), `private, no-cache`.
 * A PATCH with that tag (or `"<version>"`) as `If-Match` applies only to that version of the facts; a mismatch — a weak tag included,
 * which a strong comparison never matches — is 412 problem+json naming `If-Match` and changes nothing; without `If-Match` or `version`
 * a PATCH corrects as before. The estate, a contract, a family member and a call each take both; other GETs a weak tag.
 */
describe('entity tags and versions on the API', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t.close());

  it("a contract: GET's ETag is answered 304 until its timeline grows; as If-Match it holds while the facts stand, a stale one or a weak tag is 412", async () => {
    const kpn = await createProvider(t.admin, { name: 'KPN', category: 'telecom', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { action: 'cancel', providerId: kpn.id, description: 'Mobiel', accountNumber: 'K-1' }).expect(201)).body as { id: string };
    const first = await anna.get(`${API}/contracts/${contract.id}`).expect(200);
    expect(first.headers.etag).toMatch(new RegExp(`^"${first.body.version}\\.[\\w-]{16}"$`));
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const unchanged = await anna.get(`${API}/contracts/${contract.id}`).set('If-None-Match', first.headers.etag).expect(304);
    expect(unchanged.text ?? '').toBe('');
    expect(unchanged.headers.etag).toBe(first.headers.etag);

    // A call recorded changes no correctable fact (same version) but the answer's timeline: the same tag now gets the whole answer.
    const today = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
    await anna.post(`${API}/contracts/${contract.id}/calls`, { calledOn: today, party: 'provider', outcome: 'Gebeld over de opzegging.' }).expect(201);
    const grown = await anna.get(`${API}/contracts/${contract.id}`).set('If-None-Match', first.headers.etag).expect(200);
    expect(grown.body.version).toBe(first.body.version);
    expect(JSON.stringify(grown.body.timeline)).toContain('Gebeld over de opzegging.');
    expect(grown.headers.etag).not.toBe(first.headers.etag);

    // The GET's own tag as If-Match: a call since changed the answer, not the facts, so the correction holds (stop65mends).
    const corrected = await anna.patch(`${API}/contracts/${contract.id}`, { description: 'Mobiel 5' }).set('If-Match', first.headers.etag).expect(200);
    expect(corrected.body.version).not.toBe(first.body.version);
    // A client still holding the first read: its tag, or the bare version, is 412 with the version of now; nothing changed.
    for (const stale of [first.headers.etag, `"${first.body.version}"`]) {
      const refused = await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-2' }).set('If-Match', stale).expect(412);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ type: 'https://steward.example/problems/precondition-failed', status: 412, errors: [{ field: 'If-Match' }], version: corrected.body.version });
      expect(refused.body.detail).toContain('`ETag`');
    }
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body).toMatchObject({ description: 'Mobiel 5', accountNumber: 'K-1' });

    // A weak tag never matches (strong comparison); the current version among a list does.
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-2' }).set('If-Match', `W/"${corrected.body.version}"`).expect(412);
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-2' }).set('If-Match', `W/"${corrected.body.version}", "${corrected.body.version}"`).expect(200);
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'K-3' }).expect(200);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.accountNumber).toBe('K-3');
  });

  it('an estate: 304 while unchanged; a stale If-Match is 412, a stale version 409 `estate-changed`; nothing is changed by either', async () => {
    const estate = await createEstate(anna, { givenNames: 'Jan', surname: 'Bakker' });
    const first = await anna.get(`${API}/estates/${estate.id}`).expect(200);
    await anna.get(`${API}/estates/${estate.id}`).set('If-None-Match', first.headers.etag).expect(304);
    const corrected = await anna.patch(`${API}/estates/${estate.id}`, { deceased: { surname: 'Bakker-Smit' } }).set('If-Match', `"${first.body.version}"`).expect(200);
    // Corrected: the old tag gets the estate as it stands.
    expect((await anna.get(`${API}/estates/${estate.id}`).set('If-None-Match', first.headers.etag).expect(200)).body.deceased.surname).toBe('Bakker-Smit');

    const refused = (await anna.patch(`${API}/estates/${estate.id}`, { deceased: { givenNames: 'Johannes' } }).set('If-Match', `"${first.body.version}"`).expect(412)).body;
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

  it("a family member and a call: one GET each with its version and ETag, If-Match on their PATCH (412 naming If-Match when stale), 404 outside her reach", async () => {
    const essent = await createProvider(t.admin, { name: 'Essent Twee', category: 'energy', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const added = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Els', relation: 'dochter', isHeir: true, isRepresentative: false }).expect(201)).body as { id: string };
    const member = await anna.get(`${API}/estates/${estate.id}/family-members/${added.id}`).expect(200);
    expect(member.body).toMatchObject({ id: added.id, name: 'Els', relation: 'dochter', version: expect.any(String) });
    await anna.get(`${API}/estates/${estate.id}/family-members/${added.id}`).set('If-None-Match', member.headers.etag).expect(304);
    const memberNow = (await anna.patch(`${API}/estates/${estate.id}/family-members/${added.id}`, { phone: '0687654321' }).set('If-Match', member.headers.etag).expect(200)).body as { version: string };
    const staleMember = (await anna.patch(`${API}/estates/${estate.id}/family-members/${added.id}`, { name: 'Elisabeth' }).set('If-Match', member.headers.etag).expect(412)).body;
    expect(staleMember).toMatchObject({ type: 'https://steward.example/problems/precondition-failed', errors: [{ field: 'If-Match' }], version: memberNow.version });
    expect((await anna.get(`${API}/estates/${estate.id}/family-members/${added.id}`).set('If-None-Match', member.headers.etag).expect(200)).body).toMatchObject({ name: 'Els', phone: '0687654321', version: memberNow.version });

    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { action: 'cancel', providerId: essent.id, description: 'Gas', accountNumber: 'E-2' }).expect(201)).body as { id: string };
    const today = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
    await anna.post(`${API}/contracts/${contract.id}/calls`, { calledOn: today, party: 'provider', outcome: 'Gebeld.' }).expect(201);
    const [listed] = (await anna.get(`${API}/contracts/${contract.id}/calls`).expect(200)).body.items as { id: string; version: string }[];
    const call = await anna.get(`${API}/contracts/${contract.id}/calls/${listed.id}`).expect(200);
    expect(call.body).toMatchObject({ id: listed.id, outcome: 'Gebeld.', version: listed.version, withdrawn: false, corrected: false });
    await anna.patch(`${API}/contracts/${contract.id}/calls/${listed.id}`, { outcome: 'Essent belt terug.' }).set('If-Match', call.headers.etag).expect(200);
    const staleCall = (await anna.patch(`${API}/contracts/${contract.id}/calls/${listed.id}`, { person: 'Sanne' }).set('If-Match', call.headers.etag).expect(412)).body;
    const callNow = (await anna.get(`${API}/contracts/${contract.id}/calls/${listed.id}`).set('If-None-Match', call.headers.etag).expect(200)).body;
    expect(callNow).toMatchObject({ outcome: 'Essent belt terug.', person: null, corrected: true });
    expect(staleCall).toMatchObject({ type: 'https://steward.example/problems/precondition-failed', errors: [{ field: 'If-Match' }], version: callNow.version });

    // A call id of another contract, or none: the same 404.
    await anna.get(`${API}/contracts/${contract.id}/calls/${randomUUID()}`).expect(404);
    await anna.get(`${API}/estates/${estate.id}/family-members/${randomUUID()}`).expect(404);
  });

  it('every GET of one resource answers a weak ETag, private and no-cache, and 304 on it: a provider, the desk\'s request, the portal\'s estate', async () => {
    const { provider, desk } = await providerWithDesk(t, { name: 'Ziggo Tags', requiredDocuments: [] });
    const estate = await createEstate(anna);
    const maria = await relative(t, anna, estate.id, 'Maria');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { action: 'cancel', providerId: provider.id, description: 'Internet', accountNumber: 'Z-1' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    for (const [who, path] of [[anna, `${API}/providers/${provider.id}`], [desk, `${API}/provider-desk/requests/${contract.id}`], [maria, `${API}/portal/estate`]] as const) {
      const first = await who.get(path).expect(200);
      expect([path, first.headers.etag, first.headers['cache-control']]).toEqual([path, expect.stringMatching(/^W\/"[^"]+"$/), 'private, no-cache']);
      await who.get(path).set('If-None-Match', first.headers.etag).expect(304);
    }
    // The desk acknowledges: its request answers in full again, with the new thread.
    const before = await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200);
    await desk.post(`${API}/provider-desk/requests/${contract.id}/acknowledge`, { reference: 'ZG-77' }).set('Idempotency-Key', 'tags-ack').expect(200);
    expect(JSON.stringify((await desk.get(`${API}/provider-desk/requests/${contract.id}`).set('If-None-Match', before.headers.etag).expect(200)).body)).toContain('ZG-77');
  });
});
