import { longDate } from '../../workflows';
import { API, createEstate, createProvider, deskOf, providerBody } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * Correcting a contract or an estate: a body whose shape is refused (400) names the rules that need the
 * record too, on the fields that parsed, so the owner fixes every field in one round (audit). A missing
 * field is named once, as missing, not with the lengths and sizes it would have to meet.
 */
describe('bad input answered in one round', () => {
  let t: TestApp;
  let anna: Specialist;
  let bert: Session & { userId: string };
  let provider: { id: string };
  const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    bert = await t.specialist('Bert Jansen');
    provider = await createProvider(t.admin, { name: 'Vattenfall', requiredDocuments: [] });
  });
  afterAll(() => t.close());

  it('names a refused field of a contract’s correction beside a requested end date before the death, and writes nothing', async () => {
    // Died 2 November 2026 (the fixtures' date).
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom en gas', accountNumber: 'VF-1', action: 'cancel' }).expect(201)).body;
    const both = await anna.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-10-01', description: '' }).expect(400);
    expect(both.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fields(both.body)).toEqual(['description', 'requestedEndDate']);
    expect(both.body.errors[1]).toMatchObject({ message: 'must not be before the date of death (2026-11-02)' });
    // A transfer to someone who is not of this estate, beside an account number too long.
    const stranger = await anna.patch(`${API}/contracts/${contract.id}`, { action: 'transfer', transferToFamilyMemberId: '00000000-0000-4000-8000-000000000000', accountNumber: 'x'.repeat(101) }).expect(400);
    expect(fields(stranger.body)).toEqual(['accountNumber', 'transferToFamilyMemberId']);
    // Only the rule that needs the record: 422 as before.
    const ruleOnly = await anna.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-10-01' }).expect(422);
    expect(fields(ruleOnly.body)).toEqual(['requestedEndDate']);
    // Outside the owner's reach nothing is said of the record, also for a refused body.
    const other = await bert.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-10-01', description: '' }).expect(404);
    expect(JSON.stringify(other.body)).not.toContain('2026-11-02');
    const seen = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(seen).toMatchObject({ description: 'Stroom en gas', requestedEndDate: null });
  });

  it('names a refused field of an estate’s correction beside a date of death the record or today refuses, and writes nothing', async () => {
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom en gas', accountNumber: 'VF-1', action: 'cancel', requestedEndDate: '2026-11-15' }).expect(201);
    // After the requested end date of a contract, beside an empty given name.
    const passed = await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-20', givenNames: '' } }).expect(400);
    expect(passed.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fields(passed.body)).toEqual(['deceased.givenNames', 'deceased.dateOfDeath']);
    expect(passed.body.errors[1]).toMatchObject({ message: expect.stringContaining('Vattenfall, Stroom en gas (2026-11-15)') });
    // In the future, beside an account number that is no IBAN.
    const future = await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2099-01-01' }, estateAccount: { iban: 'NL00 NOPE', holder: 'Erven' } }).expect(400);
    // (It is after the contract's requested end date as well, and named so, as without the IBAN.)
    expect(fields(future.body)).toEqual(['estateAccount.iban', 'deceased.dateOfDeath', 'deceased.dateOfDeath']);
    expect(future.body.errors[1]).toMatchObject({ message: `must not be after today, ${longDate(t.clock.today(), 'en')}` });
    // A date of birth that is no date is not held against the date of death (the recorded one would be: 1946-05-14).
    const notADate = await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfBirth: '1948-13-01', dateOfDeath: '1946-01-01' } }).expect(400);
    expect(fields(notADate.body)).toEqual(['deceased.dateOfBirth']);
    // Only the rule that needs the record: 422 as before.
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-20' } }).expect(422);
    const other = await bert.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-20', givenNames: '' } }).expect(404);
    expect(JSON.stringify(other.body)).not.toContain('Vattenfall');
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased).toMatchObject({ dateOfDeath: '2026-11-02', givenNames: 'Jan' });
  });

  it('names a missing field once, as missing, without the lengths and sizes it would have to meet', async () => {
    const estate = await createEstate(anna);
    const missing = await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, accountNumber: 'VF-1', action: 'cancel' }).expect(400);
    expect(missing.body.errors).toEqual([{ field: 'description', message: 'is required' }]);
    // A list left out is not told how long it may be; a null is missing too.
    const { requiredDocuments: _, ...withoutDocuments } = providerBody();
    const list = await t.admin.post(`${API}/providers`, withoutDocuments).expect(400);
    expect(list.body.errors.filter((e: { field: string }) => e.field === 'requiredDocuments')).toEqual([{ field: 'requiredDocuments', message: 'is required' }]);
    const nulled = await anna.patch(`${API}/estates/${estate.id}`, { deceased: { surname: null } }).expect(400);
    expect(nulled.body.errors).toEqual([{ field: 'deceased.surname', message: 'is required' }]);
  });

  it('names a value of the wrong type once, by its type, without the lengths it would have to meet', async () => {
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom en gas', accountNumber: 'VF-1', action: 'cancel' }).expect(201)).body;
    const number = await anna.post(`${API}/contracts/${contract.id}/dispute-answer/dispute_rejected`, { receivedVia: 'phone', reason: 123 }).expect(400);
    expect(number.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(number.body.errors).toEqual([{ field: 'reason', message: 'reason must be a string' }]);
    // The same at the provider's desk (its bodies go through the global pipe).
    const desk = await deskOf(t, provider.id);
    const atDesk = await desk.post(`${API}/provider-desk/requests/${contract.id}/reject-dispute`, { reason: 123 }).expect(400);
    // deskwords: a Dutch desk reads it in Dutch; its catalogue has no sentence by type, so it says the value is wrong (stop63mends, Not done).
    expect(atDesk.body.errors).toEqual([{ field: 'reason', message: 'Reden: deze waarde klopt niet.' }]);
    // Nested too; a text of the right type still hears its length.
    const nested = await anna.patch(`${API}/estates/${estate.id}`, { deceased: { surname: 42, givenNames: 'x'.repeat(300) } }).expect(400);
    expect(nested.body.errors).toEqual([
      { field: 'deceased.givenNames', message: expect.stringMatching(/shorter than or equal to/) },
      { field: 'deceased.surname', message: 'surname must be a string' },
    ]);
    // A date: a number, or a text not in the form, is told the form once, not also that it is no real date (audit).
    const date = await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: 20261202, dateOfBirth: '1950-2-3' } }).expect(400);
    expect(date.body.errors).toEqual([
      { field: 'deceased.dateOfBirth', message: 'dateOfBirth must be a date in the form YYYY-MM-DD' },
      { field: 'deceased.dateOfDeath', message: 'dateOfDeath must be a date in the form YYYY-MM-DD' },
    ]);
  });

  it('names every field of a call and of a page query in one answer: an empty outcome beside a day ahead, a bad limit beside a cursor that is none (audit finding 5)', async () => {
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom en gas', accountNumber: 'VF-1', action: 'cancel' }).expect(201)).body;
    const call = await anna.post(`${API}/contracts/${contract.id}/calls`, { calledOn: '2030-01-01', party: 'provider', outcome: '' }).expect(400);
    expect(call.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(call.body.errors).toEqual([
      { field: 'outcome', message: expect.stringMatching(/longer than or equal to 1/) },
      { field: 'calledOn', message: `must not be after today, ${longDate(t.clock.today(), 'en')}` },
    ]);
    // Nothing was recorded.
    expect((await anna.get(`${API}/contracts/${contract.id}/calls`).expect(200)).body.items).toEqual([]);
    const page = await anna.get(`${API}/contracts/${contract.id}/calls?limit=0&cursor=zzz`).expect(400);
    expect(fields(page.body)).toEqual(['limit', 'cursor']);
    expect(page.body.errors[1]).toEqual({ field: 'cursor', message: 'is not a cursor of this list' });
    // A cursor not signed for any list is not one of ours: named beside the limit in one answer (cursorbind).
    const unsigned = Buffer.from(JSON.stringify(['x'])).toString('base64url');
    expect(fields((await anna.get(`${API}/contracts/${contract.id}/calls?limit=0&cursor=${unsigned}`).expect(400)).body)).toEqual(['limit', 'cursor']);
    expect(fields((await anna.get(`${API}/contracts/${contract.id}/calls?limit=5&cursor=${unsigned}`).expect(400)).body)).toEqual(['cursor']);
  });
});
