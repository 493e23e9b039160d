import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PaidFromEstateAndLaterEndDatesOpen1763805800000 } from '../../migrations/1763805800000-PaidFromEstateAndLaterEndDatesOpen';
import { RequestKnownOn1763811000000 } from '../../migrations/1763811000000-RequestKnownOn';
import { rerunFrom } from '../support/migration-rerun';
import { API, createEstate, createProvider, deskWebOf } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/** The dates that hang on the date of death, and confirmations that are not what the request asked. */
describe('end dates against the date of death and the request', () => {
  let t: TestApp;
  let anna: Specialist;
  let db: Client;
  let kpn: { id: string; name: string };
  let vattenfall: { id: string; name: string };

  beforeAll(async () => {
    ({ t, owner: anna, db } = await startWithOwner({ dbClient: true }));
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    vattenfall = await createProvider(t.admin, { name: 'Vattenfall', category: 'energy', requiredDocuments: [] });
  });
  afterAll(() => t?.close());

  let accounts = 0;
  /** A requested contract of a death on 2 November 2026 (the fixtures' date), each on its own account number (one contract per provider and number; a second of the same description confirmed as such). */
  async function requested(estateId: string, provider: { id: string }, more: Record<string, unknown> = {}) {
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, description: 'Stroom en gas', accountNumber: `VF-A${++accounts}`, action: 'cancel', confirmDuplicate: true, ...more }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    return contract as { id: string };
  }
  const nlDate = (date: string) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const ownerNews = async (contractId: string) =>
    (await db.query(`SELECT message FROM notifications WHERE contract_id = $1 AND audience = 'owner' AND topic = 'end_date_later_than_asked'`, [contractId])).rows.map((r) => r.message);

  it('refuses a corrected date of death after a contract’s requested end date, naming the contract, and changes nothing', async () => {
    const estate = await createEstate(anna);
    const contract = await requested(estate.id, vattenfall, { requestedEndDate: '2026-11-15' });
    const refused = await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-20' } }).expect(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'deceased.dateOfDeath', message: expect.stringContaining('Vattenfall, Stroom en gas (2026-11-15)') })]);
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.deceased.dateOfDeath).toBe('2026-11-02');
    expect((await db.query(`SELECT count(*)::int AS n FROM timeline_entries WHERE estate_id = $1 AND event = 'estate.corrected'`, [estate.id])).rows[0].n).toBe(0);
    // The contract is still the owner's to edit, and once its date is corrected the death can be too.
    await anna.patch(`${API}/contracts/${contract.id}`, { description: 'Stroom' }).expect(200);
    await anna.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-11-21' }).expect(200);
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-20' } }).expect(200);
  });

  it('refuses a corrected date of death after a confirmed end date until the confirmation is corrected', async () => {
    const estate = await createEstate(anna);
    const contract = await requested(estate.id, kpn);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-1', effectiveDate: '2026-11-02' }).expect(200);
    const refused = await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-10' } }).expect(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'deceased.dateOfDeath', message: expect.stringContaining('KPN, Stroom en gas (confirmed to end on 2026-11-02)') })]);
    // KPN says the contract ends on 10 November after all: recorded, the date of death can follow.
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', reference: 'KPN-1', effectiveDate: '2026-11-10' }).expect(200);
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-10' } }).expect(200);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.endDateNotice).toBeNull();
  });

  it('tells the owner when a provider confirms a later end date than the request asked', async () => {
    const estate = await createEstate(anna);
    const contract = await requested(estate.id, kpn, { requestedEndDate: '2026-11-02' });
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-2', effectiveDate: '2026-12-31' }).expect(200);
    expect(await ownerNews(contract.id)).toEqual([
      'KPN bevestigde 31 december 2026 als einddatum. Dat is later dan de datum in ons verzoek (2 november 2026). KPN bellen of bezwaar maken tegen de latere datum: de dagen ertussen kunnen de nalatenschap geld kosten.',
    ]);
    const seen = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(seen).toMatchObject({ state: 'confirmed', effectiveDate: '2026-12-31', endDateNotice: { kind: 'laterThanAsked', asked: '2026-11-02', basis: 'request' } });
    // The status ends on the bill watch's date: the sentence names the confirmed date, not "Dat".
    expect(seen.statusText).toMatch(/^Beëindiging bevestigd door KPN per 31 december 2026; .* De bevestigde einddatum \(31 december 2026\) is later dan de datum in ons verzoek \(2 november 2026\)\.$/);
    expect(seen.nextStep).toMatch(/^KPN bellen of bezwaar maken tegen de latere datum: .* Geen late factuur/);
  });

  it('says nothing when the confirmation is the day asked, also from the provider desk', async () => {
    const estate = await createEstate(anna);
    const contract = await requested(estate.id, kpn, { requestedEndDate: '2026-12-01' });
    const token = (await t.admin.post(`${API}/providers/${kpn.id}/tokens`, {}).expect(201)).body.token;
    await t.as(token).post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-12-01', reference: 'KPN-3' }).expect(200);
    expect(await ownerNews(contract.id)).toEqual([]);
    const seen = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(seen.endDateNotice).toBeNull();
    expect(seen.statusText).toMatch(/^Beëindiging bevestigd door KPN/);
    // Asked "per the date of death, or otherwise as soon as possible": the provider's first possible date is what was asked, within a month's notice.
    const soonest = await requested(estate.id, kpn);
    await t.as(token).post(`${API}/provider-desk/requests/${soonest.id}/complete`, { effectiveDate: '2026-12-02', reference: 'KPN-5' }).expect(200);
    expect(await ownerNews(soonest.id)).toEqual([]);
    expect((await anna.get(`${API}/contracts/${soonest.id}`).expect(200)).body.endDateNotice).toBeNull();
    const today = (await anna.get(`${API}/queue`).expect(200)).body.laterEndDates as { contractId: string }[];
    expect(today.map((l) => l.contractId)).not.toEqual(expect.arrayContaining([contract.id]));
    expect(today.map((l) => l.contractId)).not.toEqual(expect.arrayContaining([soonest.id]));
  });

  it('refuses an end date more than five years after the day asked, naming effectiveDate, on the owner’s API, the desk API and the desk pages', async () => {
    const estate = await createEstate(anna);
    const contract = await requested(estate.id, kpn);
    const owner = await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-4', effectiveDate: '2099-12-31' }).expect(422);
    expect(owner.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(owner.body.errors).toEqual([expect.objectContaining({ field: 'effectiveDate', message: expect.stringContaining('2031-11-02') })]);

    const token = (await t.admin.post(`${API}/providers/${kpn.id}/tokens`, {}).expect(201)).body.token;
    const desk = await t.as(token).post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2031-11-03', reference: 'KPN-4' }).expect(422);
    expect(desk.body.errors.map((e: { field: string }) => e.field)).toEqual(['effectiveDate']);

    const web = await deskWebOf(t, kpn.id, { email: 'desk@kpn.example', name: 'Eva Smit' });
    const page = await web.post(`/desk/requests/${contract.id}/complete`).type('form').send({ effectiveDate: '2099-12-31', reference: 'KPN-4' }).expect(422);
    expect(page.text).toContain('deze datum ligt te ver weg; uiterlijk 2 november 2031.');
    // With the reference left empty too, both in one round.
    const both = await web.post(`/desk/requests/${contract.id}/complete`).type('form').send({ effectiveDate: '2099-12-31', reference: '' }).expect(422);
    expect(both.text).toContain('deze datum ligt te ver weg; uiterlijk 2 november 2031.');
    expect(both.text).toContain('Uw kenmerk: vul dit in.');

    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('requested');
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-4', effectiveDate: '2031-11-02' }).expect(200);
  });

  it('puts a later end date on the owner’s Today until the owner marks it handled, and tells the family in plain words', async () => {
    const estate = await createEstate(anna, { givenNames: 'Gerrit' });
    const maria = await relative(t, anna, estate.id, 'Maria');
    const contract = await requested(estate.id, kpn, { requestedEndDate: '2026-11-02' });
    const token = (await t.admin.post(`${API}/providers/${kpn.id}/tokens`, {}).expect(201)).body.token;
    await t.as(token).post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-12-31', reference: 'KPN-6' }).expect(200);

    // The owner's Today: a line for the contract, with what was asked, what was confirmed and what to do.
    type Line = { contractId: string; providerName: string; effectiveDate: string; asked: string; statusText: string; nextStep: string; resolution: string };
    const line = async () => ((await anna.get(`${API}/queue`).expect(200)).body.laterEndDates as Line[]).find((l) => l.contractId === contract.id);
    expect(await line()).toMatchObject({
      providerName: 'KPN',
      effectiveDate: '2026-12-31',
      asked: '2026-11-02',
      basis: 'request',
      statusText: 'KPN bevestigde 31 december 2026 als einddatum. Dat is later dan de datum in ons verzoek (2 november 2026).',
      nextStep: 'KPN bellen of bezwaar maken tegen de latere datum: de dagen ertussen kunnen de nalatenschap geld kosten.',
      resolution: 'handle_later_end_date',
    });
    const todayPage = async () => (await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    const page = await todayPage();
    expect(page).toContain('<h2>Latere einddatum <span');
    expect(page).toContain('Dat is later dan de datum in ons verzoek (2 november 2026).');
    expect(page).toContain(`action="/app/contracts/${contract.id}/later-end-date/handled"`);

    // The family: the date, that it is later than asked, and that the owner looks at it; no legal claim.
    type Told = { id: string; statusText: string; nextStep: string };
    const told = async (lang = 'nl') => ((await maria.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as Told[]).find((c) => c.id === contract.id)!;
    expect((await told()).statusText).toBe(
      'KPN heeft bevestigd dat het contract eindigt op 31 december 2026. We letten erop dat er daarna geen rekeningen meer komen. De einddatum die KPN bevestigde (31 december 2026) is later dan we vroegen (2 november 2026). Uw vaste contactpersoon bekijkt dit.',
    );
    expect((await told('en')).statusText).toContain('The end date KPN confirmed (31 December 2026) is later than we asked (2 November 2026). Your contact person is looking into it.');
    // Each fact of the card on a line of its own (README familyline).
    expect((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}`).expect(200)).text).toContain('<span class="fact">De einddatum die KPN bevestigde (31 december 2026) is later dan we vroegen (2 november 2026).</span> <span class="fact">Uw vaste contactpersoon bekijkt dit.</span>');

    // A bad note is refused naming it; another specialist's estate is out of reach; nothing changes.
    const refused = await anna.post(`${API}/contracts/${contract.id}/later-end-date/handled`, { note: 5 }).expect(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect([...new Set(refused.body.errors.map((e: { field: string }) => e.field))]).toEqual(['note']);
    const pieter = await t.specialist('Pieter Jansen');
    await pieter.post(`${API}/contracts/${contract.id}/later-end-date/handled`, {}).expect(404);
    expect(await line()).toBeDefined();

    // The owner marks it handled from Today: the line goes, the staff timeline says who did, the family reads the fact alone.
    await anna.post(`/app/contracts/${contract.id}/later-end-date/handled`).set('Cookie', `steward_app=${anna.token}`).type('form').send({}).expect(303).expect('Location', '/app?done=handled');
    expect(await line()).toBeUndefined();
    expect(await todayPage()).not.toContain(`action="/app/contracts/${contract.id}/later-end-date/handled"`);
    const seen = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(seen.timeline.at(-1)).toMatchObject({ event: 'contract.later_end_date_handled', actor: { name: 'Anna de Boer' } });
    // Each reader of the staff timeline reads it in their own language: the administrator's is English.
    const handled = async (reader: typeof anna | typeof t.admin) =>
      ((await reader.get(`${API}/estates/${seen.estateId}/timeline?limit=5`).expect(200)).body.items as { event: string; summary: string }[]).find((e) => e.event === 'contract.later_end_date_handled')!.summary;
    expect(await handled(anna)).toMatch(/Latere einddatum van KPN \(gevraagd was 2 november 2026\) afgehandeld\.$/);
    expect(await handled(t.admin)).toMatch(/Later end date from KPN \(2 November 2026 was asked\) handled\.$/);
    expect(seen.endDateNotice).toEqual({ kind: 'laterThanAsked', asked: '2026-11-02', basis: 'request', handled: true, note: null });
    expect((await told()).statusText).toMatch(/komen\. De einddatum die KPN bevestigde \(31 december 2026\) is later dan we vroegen \(2 november 2026\)\.$/);
    // Handled once: a second time is a conflict, not a second entry.
    await anna.post(`${API}/contracts/${contract.id}/later-end-date/handled`, { note: 'Gebeld' }).expect(409);
  });
  it('no longer asks the owner to call once a later end date is marked handled: the API and the contract page say what was decided', async () => {
    const estate = await createEstate(anna, { givenNames: 'Wim' });
    const contract = await requested(estate.id, kpn, { requestedEndDate: '2026-11-02' });
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-12-31', reference: 'KPN-10' }).expect(200);
    const seen = async (lang = 'nl') => (await anna.get(`${API}/contracts/${contract.id}?lang=${lang}`).expect(200)).body;
    const page = async () => (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    const open = await seen();
    expect(open.nextStep).toMatch(/^KPN bellen of bezwaar maken tegen de latere datum/);
    expect(open.endDateNotice).toEqual({ kind: 'laterThanAsked', asked: '2026-11-02', basis: 'request', handled: false });

    await anna.post(`${API}/contracts/${contract.id}/later-end-date/handled`, { note: 'Gebeld: jaarcontract, KPN houdt 31 december aan' }).expect(200);
    const done = await seen();
    expect(done.statusText).toMatch(/De bevestigde einddatum \(31 december 2026\) is later dan de datum in ons verzoek \(2 november 2026\)\. Latere einddatum afgehandeld: Gebeld: jaarcontract, KPN houdt 31 december aan\.$/);
    expect(done.nextStep).not.toMatch(/bellen|bezwaar/);
    expect(done.nextStep).toMatch(/^Geen late factuur tot en met .*: afgehandeld\.$/);
    expect(done.endDateNotice).toEqual({ kind: 'laterThanAsked', asked: '2026-11-02', basis: 'request', handled: true, note: 'Gebeld: jaarcontract, KPN houdt 31 december aan' });
    expect((await seen('en')).statusText).toMatch(/Later end date handled: Gebeld: jaarcontract, KPN houdt 31 december aan\.$/);
    const shown = await page();
    expect(shown).toContain('Latere einddatum afgehandeld: Gebeld: jaarcontract, KPN houdt 31 december aan.');
    expect(shown).not.toContain('KPN bellen of bezwaar maken');
  });

  it('keeps the note written on Today’s form as the API keeps it: on the staff timeline and in the status; the contract page has the same form, and a note too long comes back there naming it', async () => {
    const estate = await createEstate(anna, { givenNames: 'Toos' });
    const contract = await requested(estate.id, kpn, { requestedEndDate: '2026-11-02' });
    const other = await requested(estate.id, kpn, { requestedEndDate: '2026-11-02', accountNumber: 'VF-2' });
    for (const [c, reference] of [[contract, 'KPN-11'], [other, 'KPN-12']] as const) {
      await anna.post(`${API}/contracts/${c.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-12-31', reference }).expect(200);
    }
    const cookie = `steward_app=${anna.token}`;
    const line = async (id: string) => ((await anna.get(`${API}/queue`).expect(200)).body.laterEndDates as { contractId: string }[]).find((l) => l.contractId === id);

    // Today's line: the optional note beside the button, labelled, in the form that marks it handled.
    const today = (await anna.get('/app').set('Cookie', cookie).expect(200)).text;
    const form = today.match(new RegExp(`<form[^>]*action="/app/contracts/${contract.id}/later-end-date/handled"[\\s\\S]*?</form>`))![0];
    expect(form).toContain(`<label for="later-${contract.id}-note">Wat u deed of besloot (optioneel)</label>`);
    expect(form).toMatch(new RegExp(`<input id="later-${contract.id}-note" name="note" type="text"`));

    // Too long: the contract page comes back with the form and its error, naming the note; nothing changes.
    const tooLong = await anna.post(`/app/contracts/${contract.id}/later-end-date/handled`).set('Cookie', cookie).type('form').send({ note: 'x'.repeat(2001) }).expect(422);
    expect(tooLong.text).toContain('id="later-end-date"');
    expect(tooLong.text).toContain('Gebruik voor de toelichting hooguit 2000 tekens');
    expect(await line(contract.id)).toBeDefined();

    // With a note from Today: off Today, the note on the staff timeline and in the contract's status, as from the API.
    const note = 'Gebeld: KPN past de einddatum aan naar 2 november';
    await anna.post(`/app/contracts/${contract.id}/later-end-date/handled`).set('Cookie', cookie).type('form').send({ note }).expect(303).expect('Location', '/app?done=handled');
    expect(await line(contract.id)).toBeUndefined();
    const seen = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(seen.endDateNotice).toMatchObject({ handled: true, note });
    expect(seen.statusText).toMatch(new RegExp(`Latere einddatum afgehandeld: ${note}\\.$`));
    expect(seen.timeline.at(-1)).toMatchObject({ event: 'contract.later_end_date_handled', summary: expect.stringMatching(new RegExp(`afgehandeld: ${note}\\.$`)) });

    // The contract page offers the same form while the later end date is open, and comes back to itself.
    const page = (await anna.get(`/app/contracts/${other.id}`).set('Cookie', cookie).expect(200)).text;
    expect(page).toMatch(new RegExp(`id="later-end-date"[\\s\\S]*<input id="later-end-date-note" name="note"`));
    await anna.post(`/app/contracts/${other.id}/later-end-date/handled?back=contract`).set('Cookie', cookie).type('form').send({ note: 'Jaarcontract; geaccepteerd' }).expect(303).expect('Location', `/app/contracts/${other.id}?done=handled`);
    const after = (await anna.get(`/app/contracts/${other.id}`).set('Cookie', cookie).expect(200)).text;
    expect(after).toContain('Latere einddatum afgehandeld: Jaarcontract; geaccepteerd.');
    expect(after).not.toContain('id="later-end-date"');
  });

  it('puts a later end date on Today once the provider keeps its date after the owner corrected the requested end date to before it, until she marks it handled', async () => {
    const estate = await createEstate(anna, { givenNames: 'Joop' });
    const contract = await requested(estate.id, kpn, { requestedEndDate: '2026-12-31' });
    // Its request letter is made, so a correction goes in a letter of its own (one still unmade would carry it).
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-8', effectiveDate: '2026-12-31' }).expect(200);
    type Line = { contractId: string; effectiveDate: string; asked: string; statusText: string };
    const line = async () => ((await anna.get(`${API}/queue`).expect(200)).body.laterEndDates as Line[]).find((l) => l.contractId === contract.id);
    expect(await line()).toBeUndefined(); // confirmed as asked

    // The request said the wrong day: the owner corrects it to 15 November. KPN confirmed what was asked then, and its correction
    // letter asks whether the date changes (deskcorr): not later than asked until KPN says 31 December stays.
    await anna.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-11-15' }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    expect(await line()).toBeUndefined();
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completion_corrected`, { receivedVia: 'phone', reference: 'KPN-8', effectiveDate: '2026-12-31' }).expect(200);
    expect(await line()).toMatchObject({
      effectiveDate: '2026-12-31',
      asked: '2026-11-15',
      // deskanswer: the date is the one her correction asked for, and the sentence says so (not „ons verzoek", which asked 31 December).
      statusText: expect.stringMatching(/^KPN bevestigde 31 december 2026 als einddatum\. Dat is later dan de gewenste einddatum die onze correctie van \d+ \w+ 20\d\d noemde \(15 november 2026\)\.$/),
    });
    expect((await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text).toContain(`action="/app/contracts/${contract.id}/later-end-date/handled"`);
    expect(await ownerNews(contract.id)).toEqual([expect.stringMatching(/Dat is later dan de gewenste einddatum die onze correctie van \d+ \w+ 20\d\d noemde \(15 november 2026\)\./)]);
    // A correction that changes something else leaves the line as it is and tells nothing again.
    await anna.patch(`${API}/contracts/${contract.id}`, { description: 'Internet' }).expect(200);
    expect(await ownerNews(contract.id)).toHaveLength(1);

    await anna.post(`${API}/contracts/${contract.id}/later-end-date/handled`, { note: 'Gebeld; KPN past de datum aan' }).expect(200);
    expect(await line()).toBeUndefined();
  });

  it('with no day asked, tells the owner of a desk’s end date beyond a month’s notice from the request (Today, contract page, API), and not of one within it', async () => {
    const token = (await t.admin.post(`${API}/providers/${kpn.id}/tokens`, {}).expect(201)).body.token;
    const today = async () => (await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    const complete = async (effectiveDate: string, reference: string) => {
      const contract = await requested((await createEstate(anna)).id, kpn);
      // The request letter is made (and by the portal, sent) by the due work: its day is the one the notice runs from.
      await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
      await t.as(token).post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate, reference }).expect(200);
      const seen = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
      const page = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
      return { contract, seen, page };
    };
    // "As soon as possible", confirmed for the end of 2030: the request went out today (the test clock), so a month's notice ran out a month on.
    const far = await complete('2030-12-31', 'KPN-FAR');
    const sentOn = far.seen.letters.find((l: { kind: string }) => l.kind === 'cancellation').letterDate as string;
    const [y, m, d] = sentOn.split('-').map(Number);
    const noticeEnds = new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
    const longNl = nlDate(noticeEnds);
    // KPN had the request the day its letter went out: the words name that day.
    const since = `later dan een maand na ${nlDate(sentOn)}, de dag dat KPN uw verzoek had (een opzegtermijn van een maand loopt normaal gesproken af op ${longNl}). Mogelijk is het een contract voor bepaalde tijd.`;
    const said = `De bevestigde einddatum (31 december 2030) ligt ${since}`;
    expect(far.seen).toMatchObject({ state: 'confirmed', effectiveDate: '2030-12-31', endDateNotice: { kind: 'laterThanNotice', asked: noticeEnds, basis: 'notice', from: sentOn, fromDeath: false, handled: false } });
    expect(far.seen.statusText).toContain(said);
    expect(far.seen.nextStep).toMatch(/^KPN vragen waarom de einddatum zo laat is: loopt er nog een contract voor bepaalde tijd\?/);
    expect(far.page).toContain(said);
    expect(far.page).toContain(`action="/app/contracts/${far.contract.id}/later-end-date/handled?back=contract"`);
    expect(await ownerNews(far.contract.id)).toEqual([
      `KPN bevestigde 31 december 2030 als einddatum. Dat ligt ${since} KPN vragen waarom de einddatum zo laat is: loopt er nog een contract voor bepaalde tijd? De dagen tot dan kunnen de nalatenschap geld kosten.`,
    ]);
    type Line = { contractId: string; basis: string; statusText: string };
    const lines = async () => (await anna.get(`${API}/queue`).expect(200)).body.laterEndDates as Line[];
    expect((await lines()).find((l) => l.contractId === far.contract.id)).toMatchObject({ basis: 'notice', from: sentOn, fromDeath: false, statusText: expect.stringContaining(`Dat ligt ${since}`) });
    const page = await today();
    expect(page).toContain(`Dat ligt ${since}`);
    expect(page).toContain(`action="/app/contracts/${far.contract.id}/later-end-date/handled"`);

    // On the last day of the notice (a month after the request, later than a month after the death): nothing to tell.
    const near = await complete(noticeEnds, 'KPN-NEAR');
    expect(near.seen.endDateNotice).toBeNull();
    expect(near.page).not.toContain('opzegtermijn van een maand');
    expect(await ownerNews(near.contract.id)).toEqual([]);
    expect((await lines()).find((l) => l.contractId === near.contract.id)).toBeUndefined();

    // Marked handled, the staff timeline says against what, in each reader's language.
    await anna.post(`${API}/contracts/${far.contract.id}/later-end-date/handled`, { note: 'Jaarcontract tot eind 2030' }).expect(200);
    expect((await anna.get(`${API}/contracts/${far.contract.id}`).expect(200)).body.endDateNotice).toEqual({ kind: 'laterThanNotice', asked: noticeEnds, basis: 'notice', from: sentOn, fromDeath: false, handled: true, note: 'Jaarcontract tot eind 2030' });
    const handled = async (reader: typeof anna | typeof t.admin) =>
      ((await reader.get(`${API}/estates/${far.seen.estateId}/timeline?limit=5`).expect(200)).body.items as { event: string; summary: string }[]).find((e) => e.event === 'contract.later_end_date_handled')!.summary;
    expect(await handled(anna)).toContain(`Latere einddatum van KPN (opzegtermijn liep normaal gesproken af op ${longNl}) afgehandeld: Jaarcontract tot eind 2030.`);
    expect(await handled(t.admin)).toMatch(/Later end date from KPN \(a notice would normally have run out on \d+ \w+ 2026\) handled: Jaarcontract tot eind 2030\.$/);
  });

  it('takes a later end date off Today when the owner corrects the requested end date to the confirmed one', async () => {
    const estate = await createEstate(anna, { givenNames: 'Kees' });
    const contract = await requested(estate.id, kpn, { requestedEndDate: '2026-11-02' });
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-9', effectiveDate: '2026-12-31' }).expect(200);
    const lines = async () => ((await anna.get(`${API}/queue`).expect(200)).body.laterEndDates as { contractId: string }[]).filter((l) => l.contractId === contract.id);
    expect(await lines()).toHaveLength(1);
    await anna.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-12-31' }).expect(200);
    expect(await lines()).toHaveLength(0);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.endDateNotice).toBeNull();
  });

  it('holds a confirmed end date against what a lease asked again when the date of death is corrected: later than asked goes on Today, no longer later comes off', async () => {
    const woonbron = await createProvider(t.admin, { name: 'Woonbron', category: 'housing', requiredDocuments: [] });
    const estate = await createEstate(anna, { givenNames: 'Dirk', livedAlone: true });
    const maria = await relative(t, anna, estate.id, 'Maria');
    const lease = await requested(estate.id, woonbron, { description: 'Huurwoning', accountNumber: 'WB-1' });
    // The tenant lived alone and died on 2 November 2026: the request asked for the end by law, 31 January 2027, and got it.
    await anna.post(`${API}/contracts/${lease.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2027-01-31', reference: 'WB-END' }).expect(200);
    type Line = { contractId: string; effectiveDate: string; asked: string; statusText: string };
    const line = async () => ((await anna.get(`${API}/queue`).expect(200)).body.laterEndDates as Line[]).find((l) => l.contractId === lease.id);
    const notice = async () => (await anna.get(`${API}/contracts/${lease.id}`).expect(200)).body.endDateNotice;
    expect(await line()).toBeUndefined();

    // The death was on 20 October: by law the lease ended on 31 December 2026, so 31 January 2027 is now later than that.
    // No letter asked for 31 December (the request named 31 January; the correction letter asks whether the end date
    // changes): every reader is told what the date is held against, not that our request asked it.
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-10-20' } }).expect(200);
    const byLaw = 'Dat is later dan de einddatum van rechtswege bij de vastgelegde overlijdensdatum (31 december 2026).';
    expect(await line()).toMatchObject({
      effectiveDate: '2027-01-31',
      asked: '2026-12-31',
      basis: 'law',
      statusText: `Woonbron bevestigde 31 januari 2027 als einddatum. ${byLaw}`,
    });
    expect(await notice()).toEqual({ kind: 'laterThanAsked', asked: '2026-12-31', basis: 'law', handled: false });
    expect(await ownerNews(lease.id)).toEqual([expect.stringContaining(byLaw)]);
    const owner = async (lang = 'nl') => (await anna.get(`${API}/contracts/${lease.id}?lang=${lang}`).expect(200)).body.statusText as string;
    expect(await owner()).toContain('De bevestigde einddatum (31 januari 2027) is later dan de einddatum van rechtswege bij de vastgelegde overlijdensdatum (31 december 2026).');
    expect(await owner('en')).toContain('The confirmed end date (31 January 2027) is later than the end by law for the recorded date of death (31 December 2026).');
    const todayPage = (await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(todayPage).toContain(byLaw);
    expect(todayPage).toContain('<h2>Latere einddatum <span');
    expect(todayPage).not.toContain('Einddatum later dan gevraagd');
    const family = async (lang = 'nl') => ((await maria.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === lease.id)!.statusText;
    expect(await family()).toContain('De einddatum die Woonbron bevestigde (31 januari 2027) is later dan de datum waarop de huur volgens de wet eindigt (31 december 2026). Uw vaste contactpersoon bekijkt dit.');
    expect(await family('en')).toContain('The end date Woonbron confirmed (31 January 2027) is later than the day the lease ends by law (31 December 2026).');
    const todayRow = todayPage.split('<tr>').find((row) => row.includes(`href="/app/contracts/${lease.id}?from=today"`))!;
    for (const said of [await owner(), await family(), todayRow, ...(await ownerNews(lease.id))]) expect(said).not.toMatch(/in ons verzoek|we vroegen/);
    // A correction of something else leaves the line as it is and tells nothing again.
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { givenNames: 'Dirk Jan' } }).expect(200);
    expect(await line()).toBeDefined();
    expect(await ownerNews(lease.id)).toHaveLength(1);

    // Corrected back to 2 November: the date is what was asked again, and the line comes off.
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-02' } }).expect(200);
    expect(await line()).toBeUndefined();
    expect(await notice()).toBeNull();
    // Someone lived with the tenant after all: the law asks no day then, so nothing is held against the date.
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-10-20' } }).expect(200);
    expect(await line()).toBeDefined();
    await anna.patch(`${API}/estates/${estate.id}`, { livedAlone: false }).expect(200);
    expect(await line()).toBeUndefined();
    // Alone after all: handled, the staff timeline names the end by law, not a day asked.
    await anna.patch(`${API}/estates/${estate.id}`, { livedAlone: true }).expect(200);
    await anna.post(`${API}/contracts/${lease.id}/later-end-date/handled`, { note: 'Gebeld; Woonbron past het aan' }).expect(200);
    const handled = async (reader: typeof anna | typeof t.admin) =>
      ((await reader.get(`${API}/estates/${estate.id}/timeline?limit=5`).expect(200)).body.items as { event: string; summary: string }[]).find((e) => e.event === 'contract.later_end_date_handled')!.summary;
    expect(await handled(anna)).toMatch(/Latere einddatum van Woonbron \(einddatum van rechtswege 31 december 2026\) afgehandeld: Gebeld; Woonbron past het aan\.$/);
    expect(await handled(t.admin)).toMatch(/Later end date from Woonbron \(end by law 31 December 2026\) handled: Gebeld; Woonbron past het aan\.$/);
  });

  /** A contract the owner asked KPN to end as soon as possible, confirmed for the end of 2030; acknowledged first by phone when `acknowledged`. */
  async function asSoonAsPossible(estateId: string, reference: string, acknowledged = false) {
    const contract = await requested(estateId, kpn);
    if (acknowledged) await anna.post(`${API}/contracts/${contract.id}/provider-answer/acknowledged`, { receivedVia: 'phone', reference }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference, effectiveDate: '2030-12-31' }).expect(200);
    return contract;
  }
  type NoticeLine = { contractId: string; asked: string; basis: string; from?: string; fromDeath?: boolean; statusText: string };
  const noticeLines = async () => (await anna.get(`${API}/queue`).expect(200)).body.laterEndDates as NoticeLine[];

  it('counts a month’s notice from the day the provider is known to have had the request, kept at its confirmation: a letter that goes out after it moves nothing', async () => {
    const today = (await anna.get(`${API}/queue`).expect(200)).body.today as string;
    const [y, m, d] = today.split('-').map(Number);
    const monthOn = new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
    const estate = await createEstate(anna, { givenNames: 'Wim' });
    // KPN acknowledged one request by phone today, before any letter went out: it had that request today.
    const acknowledged = await asSoonAsPossible(estate.id, 'KPN-ACK', true);
    // Of the other nothing was recorded when KPN confirmed it: its notice runs from the death, 2 November 2026.
    const unknown = await asSoonAsPossible(estate.id, 'KPN-DEATH');
    // Only now do the request letters go out (the due work): after the confirmations.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const seen = async (id: string, lang = 'nl') => (await anna.get(`${API}/contracts/${id}?lang=${lang}`).expect(200)).body;
    expect((await seen(unknown.id)).letters.find((l: { kind: string }) => l.kind === 'cancellation')).toMatchObject({ status: 'sent', letterDate: today });

    expect((await seen(acknowledged.id)).endDateNotice).toEqual({ kind: 'laterThanNotice', asked: monthOn, basis: 'notice', from: today, fromDeath: false, handled: false });
    expect((await seen(unknown.id)).endDateNotice).toEqual({ kind: 'laterThanNotice', asked: '2026-12-02', basis: 'notice', from: '2026-11-02', fromDeath: true, handled: false });
    const fromAcknowledgement = `later dan een maand na ${nlDate(today)}, de dag dat KPN uw verzoek had (een opzegtermijn van een maand loopt normaal gesproken af op ${nlDate(monthOn)}).`;
    const fromDeath = 'later dan een maand na het overlijden op 2 november 2026 (een opzegtermijn van een maand loopt normaal gesproken af op 2 december 2026).';
    expect((await seen(acknowledged.id)).statusText).toContain(`De bevestigde einddatum (31 december 2030) ligt ${fromAcknowledgement}`);
    expect((await seen(unknown.id)).statusText).toContain(`De bevestigde einddatum (31 december 2030) ligt ${fromDeath}`);
    expect((await seen(unknown.id, 'en')).statusText).toContain('The confirmed end date (31 December 2030) is later than a month after the death on 2 November 2026 (a notice of one month would normally run out on 2 December 2026).');
    const page = (await anna.get(`/app/contracts/${unknown.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(page).toContain(fromDeath);
    expect(page).not.toContain(`een maand na ${nlDate(today)}`);

    // Today: each line names its own day, in the API and on the page; the owner was told the same.
    const lines = await noticeLines();
    expect(lines.find((l) => l.contractId === acknowledged.id)).toMatchObject({ asked: monthOn, basis: 'notice', from: today, fromDeath: false, statusText: `KPN bevestigde 31 december 2030 als einddatum. Dat ligt ${fromAcknowledgement} Mogelijk is het een contract voor bepaalde tijd.` });
    expect(lines.find((l) => l.contractId === unknown.id)).toMatchObject({ asked: '2026-12-02', basis: 'notice', from: '2026-11-02', fromDeath: true, statusText: `KPN bevestigde 31 december 2030 als einddatum. Dat ligt ${fromDeath} Mogelijk is het een contract voor bepaalde tijd.` });
    const todayPage = (await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(todayPage).toContain(`Dat ligt ${fromAcknowledgement}`);
    expect(todayPage).toContain(`Dat ligt ${fromDeath}`);
    expect(await ownerNews(unknown.id)).toEqual([expect.stringContaining(`Dat ligt ${fromDeath}`)]);

    // Migrated from what was recorded, the days come out the same: the letter went out after the confirmation.
    await rerunFrom(t.app.get(DataSource), RequestKnownOn1763811000000);
    expect((await seen(acknowledged.id)).endDateNotice).toMatchObject({ from: today, fromDeath: false });
    expect((await seen(unknown.id)).endDateNotice).toMatchObject({ from: '2026-11-02', fromDeath: true });
  });

  it('holds again, when migrated, the notices of contracts confirmed before the day the provider had the request was kept: Today says what the contract page says', async () => {
    const today = (await anna.get(`${API}/queue`).expect(200)).body.today as string;
    const [y, m, d] = today.split('-').map(Number);
    const monthOn = new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
    // The test clock lies past the death's month: a notice from today ends after one from the death (2 December 2026).
    expect(monthOn > '2026-12-02').toBe(true);
    const estate = await createEstate(anna, { givenNames: 'Kees' });
    // KPN acknowledged each request by phone today, before its letter went out: it had each today.
    const moved = await asSoonAsPossible(estate.id, 'KPN-MOVED', true);
    const within = await requested(estate.id, kpn);
    await anna.post(`${API}/contracts/${within.id}/provider-answer/acknowledged`, { receivedVia: 'phone', reference: 'KPN-WITHIN' }).expect(200);
    await anna.post(`${API}/contracts/${within.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-WITHIN', effectiveDate: monthOn }).expect(200);
    const opened = await asSoonAsPossible(estate.id, 'KPN-OPENED', true);
    const handled = await asSoonAsPossible(estate.id, 'KPN-HANDLED', true);
    await anna.post(`${API}/contracts/${handled.id}/later-end-date/handled`, { note: 'Jaarcontract' }).expect(200);

    // As an earlier build left them, before request_known_on was kept: two held against a month after the death (no
    // letter had gone out when KPN confirmed), one it did not hold at all, and the handled one handled.
    await rerunFrom(t.app.get(DataSource), RequestKnownOn1763811000000, async () => {
      await db.query(`UPDATE contracts SET later_end_date_asked = '2026-12-02' WHERE id = ANY($1)`, [[moved.id, within.id]]);
      await db.query(`UPDATE contracts SET later_end_date_asked = NULL WHERE id = $1`, [opened.id]);
    });

    const seen = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body;
    const lines = await noticeLines();
    const fromToday = `later dan een maand na ${nlDate(today)}, de dag dat KPN uw verzoek had (een opzegtermijn van een maand loopt normaal gesproken af op ${nlDate(monthOn)}).`;
    for (const contract of [moved, opened]) {
      const notice = (await seen(contract.id)).endDateNotice;
      expect(notice).toEqual({ kind: 'laterThanNotice', asked: monthOn, basis: 'notice', from: today, fromDeath: false, handled: false });
      // Today's line names the day the page names, and the notice's own end.
      expect(lines.find((l) => l.contractId === contract.id)).toMatchObject({ asked: monthOn, basis: 'notice', from: today, fromDeath: false, statusText: `KPN bevestigde 31 december 2030 als einddatum. Dat ligt ${fromToday} Mogelijk is het een contract voor bepaalde tijd.` });
      expect((await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text).toContain(fromToday);
    }
    // The end date lies within the notice from the day KPN had the request: neither the page nor Today tells of it.
    expect((await seen(within.id)).endDateNotice).toBeNull();
    expect(lines.find((l) => l.contractId === within.id)).toBeUndefined();
    // What the owner marked handled stays handled.
    expect((await seen(handled.id)).endDateNotice).toMatchObject({ handled: true, note: 'Jaarcontract' });
    expect(lines.find((l) => l.contractId === handled.id)).toBeUndefined();
    const todayPage = (await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    expect(todayPage).toContain(`Dat ligt ${fromToday}`);
  });

  it('holds a notice that ran from the death against a corrected date of death: gone once the end date lies within it, back with the new day when it does not', async () => {
    const estate = await createEstate(anna, { givenNames: 'Lies' });
    const contract = await requested(estate.id, kpn);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-DOD', effectiveDate: '2026-12-10' }).expect(200);
    // Another request KPN acknowledged today: its notice runs from that day, which no date of death moves.
    const acknowledged = await asSoonAsPossible(estate.id, 'KPN-DOD-ACK', true);
    const notice = async (id = contract.id) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body.endDateNotice;
    const line = async () => (await noticeLines()).find((l) => l.contractId === contract.id);
    const kept = await notice(acknowledged.id);
    expect(await notice()).toEqual({ kind: 'laterThanNotice', asked: '2026-12-02', basis: 'notice', from: '2026-11-02', fromDeath: true, handled: false });
    expect(await line()).toMatchObject({ asked: '2026-12-02', from: '2026-11-02', fromDeath: true });

    // The death was on 12 November: a month's notice from it ran to 12 December, so 10 December lies within it.
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-12' } }).expect(200);
    expect(await notice()).toBeNull();
    expect(await line()).toBeUndefined();
    expect(await notice(acknowledged.id)).toEqual(kept);

    // On 5 November after all: the notice ran to 5 December, and 10 December is later again, said from the new day.
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-05' } }).expect(200);
    expect(await notice()).toEqual({ kind: 'laterThanNotice', asked: '2026-12-05', basis: 'notice', from: '2026-11-05', fromDeath: true, handled: false });
    const said = 'KPN bevestigde 10 december 2026 als einddatum. Dat ligt later dan een maand na het overlijden op 5 november 2026 (een opzegtermijn van een maand loopt normaal gesproken af op 5 december 2026). Mogelijk is het een contract voor bepaalde tijd.';
    expect(await line()).toMatchObject({ asked: '2026-12-05', from: '2026-11-05', fromDeath: true, statusText: said });
    expect(await ownerNews(contract.id)).toEqual([expect.stringContaining('het overlijden op 2 november 2026'), expect.stringContaining(said)]);
    expect((await anna.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text).toContain('ligt later dan een maand na het overlijden op 5 november 2026');
    expect(await notice(acknowledged.id)).toEqual(kept);

    // Marked handled, a further correction leaves it handled: the owner asked why the date is so late, which the day of death does not answer.
    await anna.post(`${API}/contracts/${contract.id}/later-end-date/handled`, { note: 'Jaarcontract' }).expect(200);
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfDeath: '2026-11-04' } }).expect(200);
    expect(await line()).toBeUndefined();
    expect(await notice()).toMatchObject({ asked: '2026-12-04', from: '2026-11-04', fromDeath: true, handled: true, note: 'Jaarcontract' });
  });

  // Run last: it moves the clock past the quiet period.
  it('keeps a later end date on Today after the contract settles, and the estate does not close while it is unhandled', async () => {
    const estate = await createEstate(anna, { givenNames: 'Hendrik' });
    const maria = await relative(t, anna, estate.id, 'Maria');
    const contract = await requested(estate.id, kpn, { requestedEndDate: '2026-11-02' });
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-12-31', reference: 'KPN-7' }).expect(200);
    // The quiet period after 31 December passes without a bill: the contract settles, the estate settles.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 150 }).expect(200);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('settled');
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.status).toBe('settling');

    // Nobody handled the later end date: it is still on Today, and the family still reads that the owner looks into it.
    const line = async () => ((await anna.get(`${API}/queue`).expect(200)).body.laterEndDates as { contractId: string; asked: string }[]).find((l) => l.contractId === contract.id);
    expect(await line()).toMatchObject({ asked: '2026-11-02' });
    const familyStatus = async () => ((await maria.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === contract.id)!.statusText;
    // Settled, the status names no date of its own: the notice says which date is later, and nothing says all is done meanwhile.
    expect(await familyStatus()).toContain('De einddatum die KPN bevestigde (31 december 2026) is later dan we vroegen (2 november 2026). Uw vaste contactpersoon bekijkt dit.');
    const familyNext = ((await maria.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; nextStep: string }[]).find((c) => c.id === contract.id)!.nextStep;
    expect(familyNext).toBe('Uw vaste contactpersoon laat u weten wat dit betekent.');

    // Closing waits for it: 409 naming why, on the API and in the owner's Dutch on the page; the estate stays open.
    const refused = await anna.post(`${API}/estates/${estate.id}/close`).expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ type: expect.stringMatching(/later-end-date-open$/), detail: 'De latere einddatum van 1 contract is nog niet afgehandeld (zie Vandaag): markeer die eerst als afgehandeld, dan kan de nalatenschap worden gesloten. Er is niets gewijzigd.' });
    const page = await anna.post(`/app/estates/${estate.id}/close`).set('Cookie', `steward_app=${anna.token}`).type('form').send({}).expect(409);
    expect(page.text).toContain('De latere einddatum van 1 contract is nog niet afgehandeld (zie Vandaag)');
    expect((await anna.get(`${API}/estates/${estate.id}`).expect(200)).body.status).toBe('settling');

    // Handled: off Today, the family reads the contract settled (the owner no longer looks into it), and the estate closes.
    await anna.post(`${API}/contracts/${contract.id}/later-end-date/handled`, { note: 'Vaste looptijd tot eind december; geaccepteerd' }).expect(200);
    expect(await line()).toBeUndefined();
    expect(await familyStatus()).toBe('Het contract bij KPN is volledig afgehandeld.');
    expect((await anna.post(`${API}/estates/${estate.id}/close`).expect(200)).body.status).toBe('closed');
  });

  it('when migrated, lets go of the unhandled later end dates of contracts an earlier build closed or withdrew, and keeps a settled one on Today', async () => {
    const estate = await createEstate(anna, { givenNames: 'Gerrit' });
    const contracts: { id: string }[] = [];
    for (const account of ['KPN-C', 'KPN-W', 'KPN-S']) {
      const contract = await requested(estate.id, kpn, { requestedEndDate: '2026-11-02', accountNumber: account });
      await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-12-31', reference: account }).expect(200);
      contracts.push(contract);
    }
    // As stop 33's build left them: the line vanished from Today when the contract moved on, the mark stayed.
    await db.query(`UPDATE contracts SET state = 'closed' WHERE id = $1`, [contracts[0].id]);
    await db.query(`UPDATE contracts SET state = 'withdrawn' WHERE id = $1`, [contracts[1].id]);
    await db.query(`UPDATE contracts SET state = 'settled' WHERE id = $1`, [contracts[2].id]);
    // Rolled back to before the migration and forward again, as a real rollback would: the later migrations that
    // rewrote its index (and the tables Today reads) go down first and up again after.
    await rerunFrom(t.app.get(DataSource), PaidFromEstateAndLaterEndDatesOpen1763805800000);
    const lines = ((await anna.get(`${API}/queue`).expect(200)).body.laterEndDates as { contractId: string }[]).map((l) => l.contractId);
    expect(contracts.map((c) => lines.includes(c.id))).toEqual([false, false, true]);
  });
});
