import { Client } from 'pg';
import { LETTER_AUDIENCE_BACKFILL } from '../../migrations/1763804900000-LetterAudiences';
import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, createProvider, HOLDER_PARTICULARS, letterText } from '../support/fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { readZip } from '../support/zip';

type Item = { text: string; contractId: string | null };

/** What one relative of an estate sees of what concerns another relative (or nobody in the family). */
describe('the portal for each relative', () => {
  let t: TestApp;
  let db: Client;
  let anna: Session & { userId: string };
  let kpn: { id: string; name: string };

  const advance = (days: number) => t.admin.post(`${API}/admin/clock`, { advanceDays: days }).expect(200);
  const addMember = async (estateId: string, name: string, role: 'representative' | 'heir' | 'other', extra: object = {}) =>
    (await anna.post(`${API}/estates/${estateId}/family-members`, { name, relation: 'kind', role, ...extra }).expect(201)).body as { id: string; accessCode: string };
  const signIn = async (code: string) => t.as((await t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);
  const timeline = async (session: Session, lang = 'nl'): Promise<Item[]> => (await session.get(`${API}/portal/timeline?limit=200&lang=${lang}`).expect(200)).body.items;
  const texts = (items: Item[]) => items.map((e) => e.text);
  const requested = async (estateId: string, body: object) => {
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId: kpn.id, description: 'Mobiel abonnement', confirmDuplicate: true, ...body }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    return contract.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    anna = await t.specialist('Anna de Boer');
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [], slaBusinessDays: 10 });
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it("tells a report and a call-back to the relative who made them; the others read only that something was reported", async () => {
    const estate = await createEstate(anna);
    const contract = await requested(estate.id, { accountNumber: 'K-1', action: 'cancel' });
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'K-REF' }).expect(200);
    await t.runDue();
    const a = await signIn((await addMember(estate.id, 'Anna Reporter', 'heir')).accessCode);
    const b = await signIn((await addMember(estate.id, 'Bram Anders', 'heir')).accessCode);

    await a.post(`${API}/portal/reports`, { kind: 'other', message: 'Er kwam nog een brief van de bibliotheek.' }).expect(201);
    const prompt = (await a.get(`${API}/portal/estate`).expect(200)).body.feedbackPrompt;
    await a.post(`${API}/portal/feedback`, { score: 1, milestone: prompt.milestone, comment: 'Niemand belde terug.' }).expect(201);
    // The call-back is offered on the portal page (cookie session), after the low rating.
    await t.anonymous.post('/family/callback').set('Cookie', `steward_family=${a.token}`).expect(303);
    const reports = (await anna.get(`${API}/family-reports`).expect(200)).body.items as { id: string; kind: string }[];
    expect(reports.map((r) => r.kind).sort()).toEqual(['callback', 'other']);
    for (const report of reports) await anna.post(`${API}/family-reports/${report.id}/handle`).expect(204);

    const own = texts(await timeline(a));
    expect(own).toEqual(expect.arrayContaining(['Uw melding is ontvangen.', 'U heeft gevraagd of uw vaste contactpersoon u belt.']));
    // reportlist: her own, named by the day she reported them, as the others read them.
    expect(own.filter((text) => /^Uw vaste contactpersoon heeft de melding \(gemeld op \d{1,2} [a-z]+ \d{4}\) afgehandeld\.$/.test(text))).toHaveLength(2);

    const other = texts(await timeline(b));
    expect(other).not.toContain('Uw melding is ontvangen.');
    expect(other.join('\n')).not.toMatch(/gevraagd of uw vaste contactpersoon u belt|gebeld|bel/);
    expect(other.filter((text) => text === 'Een familielid heeft iets gemeld; uw vaste contactpersoon pakt het op.')).toHaveLength(1);
    // The handled report is told as another's (familyrest2); the handled call-back is not (that B's relative asked for one is A's business).
    // familyline: a report that names no contract, by the day it was reported (not what: that is the reporter's).
    expect(other.filter((text) => /^Uw vaste contactpersoon heeft de melding van een familielid \(gemeld op \d{1,2} [a-z]+ \d{4}\) afgehandeld\.$/.test(text))).toHaveLength(1);
    expect(other.join('\n')).not.toContain('bibliotheek');
    expect(other).not.toContain('Uw vaste contactpersoon heeft de melding afgehandeld.');
    expect(texts(await timeline(b, 'en'))).toContain('A family member reported something; your contact person is dealing with it.');
    expect(texts(await timeline(b, 'en')).join('\n')).not.toMatch(/Your report|call you/);

    // The page says the same as the API.
    const page = (await t.anonymous.get('/family/timeline').set('Cookie', `steward_family=${b.token}`).expect(200)).text;
    expect(page).toContain('Een familielid heeft iets gemeld');
    expect(page).not.toMatch(/Uw melding is ontvangen|U heeft gevraagd of uw vaste contactpersoon u belt/);
    const ownPage = (await t.anonymous.get('/family/timeline').set('Cookie', `steward_family=${a.token}`).expect(200)).text;
    expect(ownPage).toContain('U heeft gevraagd of uw vaste contactpersoon u belt.');
  });

  it("never names the relative who reported to another relative: not on the timeline's API, its page, nor the dossier's Tijdlijn.pdf", async () => {
    const estate = await createEstate(anna, { givenNames: 'Wim', surname: 'Visser', surnamePrefix: undefined });
    const contract = await requested(estate.id, { accountNumber: 'K-9', action: 'cancel' });
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-10', reference: 'K-END' }).expect(200);
    await t.runDue();
    const els = await signIn((await addMember(estate.id, 'Els Visser', 'representative')).accessCode);
    const tom = await signIn((await addMember(estate.id, 'Tom Visser', 'heir')).accessCode);
    // A bill with its period: the report waits for the owner, who records it (familybill).
    const bill = { invoiceDate: '2026-11-20', amount: 40, reference: 'F-77', periodFrom: '2026-11-11', periodTo: '2026-11-30' };
    const report = await els.post(`${API}/portal/reports`, { kind: 'invoice_after_end', contractId: contract, message: 'Nog een rekening van KPN.', ...bill }).expect(201);
    await anna.post(`${API}/family-reports/${report.body.id}/bill`, bill).expect(200);
    await t.runDue();

    const items = (await tom.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { actor: string; text: string }[];
    expect(items.map((e) => e.text)).toEqual(expect.arrayContaining(['Een familielid heeft iets gemeld; uw vaste contactpersoon pakt het op.', 'Er kwam nog een rekening van KPN; we hebben bezwaar gemaakt.']));
    expect(JSON.stringify(items)).not.toContain('Els');
    expect(items.filter((e) => e.text.startsWith('Een familielid heeft')).map((e) => e.actor)).toEqual(['Een familielid']);
    const page = (await t.anonymous.get('/family/timeline').set('Cookie', `steward_family=${tom.token}`).expect(200)).text;
    expect(page).toContain('Een familielid heeft iets gemeld');
    expect(page).not.toContain('Els Visser');
    const zip = await readZip((await tom.get(`${API}/portal/dossier`).buffer(true).parse(binary).expect(200)).body);
    const printed = flat(await pdfText(zip.get('Tijdlijn.pdf')!));
    expect(printed).toContain('Een familielid heeft iets gemeld');
    expect(printed).not.toContain('Els');
    // Els reads her own report under her own name.
    const own = (await els.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { actor: string; text: string }[];
    expect(own.find((e) => e.text === 'Uw melding is ontvangen.')?.actor).toBe('Els Visser');
  });

  it("keeps a transfer letter and a correction of the new holder's particulars to the new holder, the heirs and the representative", async () => {
    const estate = await createEstate(anna, { givenNames: 'Kees', surname: 'Jansen', surnamePrefix: undefined });
    const holder = await addMember(estate.id, 'Hanna Jansen', 'heir', { email: 'hanna@family.example', ...HOLDER_PARTICULARS });
    const heir = await addMember(estate.id, 'Erik Jansen', 'heir');
    const representative = await addMember(estate.id, 'Roos Jansen', 'representative');
    const grandson = await addMember(estate.id, 'Olaf Jansen', 'other');
    await requested(estate.id, { accountNumber: 'K-2', action: 'cancel' });
    const transfer = await requested(estate.id, { accountNumber: 'K-3', action: 'transfer', transferToFamilyMemberId: holder.id });
    await t.runDue();
    // A corrected phone number of the new holder goes to KPN in a correction letter, old and new number printed.
    await anna.patch(`${API}/estates/${estate.id}/family-members/${holder.id}`, { phone: '+31 6 8765 4321' }).expect(200);
    await t.runDue();

    const staff = (await anna.get(`${API}/estates/${estate.id}/letters?limit=200`).expect(200)).body.items as { id: string; kind: string; contractId: string }[];
    const transferLetter = staff.find((l) => l.kind === 'transfer')!;
    const correction = staff.find((l) => l.kind === 'correction')!;
    const cancellation = staff.find((l) => l.kind === 'cancellation')!;
    expect([transferLetter?.contractId, correction?.contractId, cancellation?.contractId]).toEqual([transfer, transfer, expect.any(String)]);
    // Letters archived before they had an audience get the same one from the migration.
    const audiences = `SELECT id, audience, new_holder_id FROM letters WHERE estate_id = $1 ORDER BY id`;
    const archived = (await db.query(audiences, [estate.id])).rows;
    expect(archived.filter((l) => l.audience === 'heirs').map((l) => [l.id, l.new_holder_id]).sort()).toEqual([[transferLetter.id, holder.id], [correction.id, holder.id]].sort());
    await db.query(`UPDATE letters SET audience = 'family', new_holder_id = NULL WHERE estate_id = $1`, [estate.id]);
    await db.query(LETTER_AUDIENCE_BACKFILL);
    expect((await db.query(audiences, [estate.id])).rows).toEqual(archived);
    // What the two letters print, and why they are not every relative's.
    const printed = await letterText(anna, transferLetter.id);
    expect(printed).toContain('Lindenlaan 3');

    const sessions = {
      holder: await signIn(holder.accessCode),
      heir: await signIn(heir.accessCode),
      representative: await signIn(representative.accessCode),
      grandson: await signIn(grandson.accessCode),
    };
    for (const [who, session] of Object.entries(sessions)) {
      const ids = ((await session.get(`${API}/portal/letters?limit=200`).expect(200)).body.items as { id: string }[]).map((l) => l.id);
      const overview = ((await session.get(`${API}/portal/estate`).expect(200)).body.letters.items as { id: string }[]).map((l) => l.id);
      const zip = await readZip((await session.get(`${API}/portal/dossier`).buffer(true).parse(binary).expect(200)).body);
      const zipped = await Promise.all([...zip].filter(([name]) => name.startsWith('brieven/')).map(async ([, pdf]) => flat(await pdfText(pdf))));
      const status = async (id: string) => (await session.get(`${API}/portal/letters/${id}/pdf`)).status;
      const page = async (id: string) => (await t.anonymous.get(`/family/letters/${id}`).set('Cookie', `steward_family=${session.token}`)).status;
      if (who === 'grandson') {
        expect({ who, ids }).toEqual({ who, ids: [cancellation.id] });
        expect(overview).toEqual([cancellation.id]);
        expect(zipped).toHaveLength(1);
        expect(zipped.join()).not.toMatch(/Lindenlaan|8765 4321|1234 5678/);
        expect([await status(transferLetter.id), await status(correction.id), await page(transferLetter.id), await page(correction.id)]).toEqual([404, 404, 404, 404]);
        expect(await status(cancellation.id)).toBe(200);
      } else {
        expect({ who, ids: [...ids].sort() }).toEqual({ who, ids: [transferLetter.id, correction.id, cancellation.id].sort() });
        expect(overview).toHaveLength(3);
        expect(zipped).toHaveLength(3);
        expect(zipped.join()).toContain('Lindenlaan 3');
        expect([await status(transferLetter.id), await status(correction.id), await page(transferLetter.id)]).toEqual([200, 200, 200]);
      }
    }
  });

  it('tells a complaint once, not again when a later deadline only alerts the owner', async () => {
    const estate = await createEstate(anna, { givenNames: 'Piet', surname: 'Bakker', surnamePrefix: undefined });
    const contract = await requested(estate.id, { accountNumber: 'K-4', action: 'cancel' });
    await t.runDue();
    const state = async () => (await anna.get(`${API}/contracts/${contract}`).expect(200)).body.state;
    await advance(15);
    expect(await state()).toBe('reminded');
    await advance(15);
    expect(await state()).toBe('escalated');
    // Another missed deadline keeps the state: the owner is alerted, no letter goes out.
    const quiet = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM timeline_entries WHERE contract_id = $1 AND event = 'DEADLINE_PASSED' AND from_state = 'escalated' AND to_state = 'escalated'`, [contract])).rows[0].n;
    for (let i = 0; i < 4 && (await quiet()) === 0; i++) await advance(15);
    expect(await quiet()).toBeGreaterThan(0);
    expect(await state()).toBe('escalated');

    const relative = await signIn((await addMember(estate.id, 'Petra Bakker', 'heir')).accessCode);
    const told = (await timeline(relative)).filter((e) => e.contractId === contract).map((e) => e.text);
    expect(told.filter((text) => /klacht/.test(text))).toHaveLength(1);
    expect(new Set(told).size).toBe(told.length);
  });

  it('says a letter is being prepared, not that it went out, while the letter rules hold it back; once it is sent, the state\'s words again and the provider\'s time runs from that day', async () => {
    const estate = await createEstate(anna, { givenNames: 'Kees', surname: 'Visser', surnamePrefix: undefined });
    // No estate account: the cancellation letter is held back (missing-data) until the owner records one.
    await anna.patch(`${API}/estates/${estate.id}`, { estateAccount: null }).expect(200);
    const contract = await requested(estate.id, { accountNumber: 'K-5', action: 'cancel' });
    await t.runDue();
    const relative = await signIn((await addMember(estate.id, 'Karin Visser', 'heir')).accessCode);
    const shown = async (lang = 'nl') => ((await relative.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string; nextStep: string; expectedDate: string | null }[]).find((c) => c.id === contract)!;
    expect((await anna.get(`${API}/contracts/${contract}`).expect(200)).body.letters.map((l: { status: string }) => l.status)).toEqual(['blocked']);
    expect(await shown()).toMatchObject({ statusText: 'We bereiden een brief aan KPN voor; uw vaste contactpersoon verstuurt hem zodra alles klopt.', expectedDate: null });
    expect((await shown('en')).statusText).toBe('We are preparing a letter to KPN; your contact person will send it as soon as everything is in order.');
    // The timeline tells the step as what it is so far, not as a letter sent.
    const told = async (lang = 'nl') => (await timeline(relative, lang)).filter((e) => e.contractId === contract).map((e) => e.text);
    expect(await told()).toContain('We hebben een brief aan KPN voorbereid; die is nog niet verstuurd.');
    expect((await told()).join(' ')).not.toMatch(/gevraagd/);
    expect(await told('en')).toContain('We prepared a letter to KPN; it has not been sent yet.');

    // The owner fixes it three days later: KPN's time to answer runs from the letter it gets, as for a request made that day.
    // Until then KPN has no letter, so its time does not run: no due date.
    expect((await anna.get(`${API}/contracts/${contract}`).expect(200)).body.dueAt).toBeNull();
    await advance(3);
    await anna.patch(`${API}/estates/${estate.id}`, { estateAccount: { iban: 'NL91ABNA0417164300', holder: 'Erven K. Visser' } }).expect(200);
    const [blocked] = (await anna.get(`${API}/contracts/${contract}`).expect(200)).body.letters as { id: string }[];
    await anna.post(`${API}/letters/${blocked.id}/retry`).expect((res) => expect(res.status).toBeLessThan(300));
    await t.runDue();
    const sameDay = await requested((await createEstate(anna)).id, { accountNumber: 'K-6', action: 'cancel' });
    const dueAfter = (await anna.get(`${API}/contracts/${contract}`).expect(200)).body.dueAt as string;
    expect(dueAfter).toBe((await anna.get(`${API}/contracts/${sameDay}`).expect(200)).body.dueAt);
    expect((await shown()).statusText).toMatch(/^We hebben KPN gevraagd het contract te beëindigen/);
    expect((await shown()).expectedDate).toBe(dueAfter);
    // The request's entry (three days ago) says the letter went later; the letter's own entry is dated the day it went.
    expect(await told()).toContain('We hebben een brief aan KPN voorbereid; die is later verstuurd, toen alles klopte.');
    expect(await told('en')).toContain('We prepared a letter to KPN; it was sent later, once everything was in order.');
    expect((await told()).join(' ')).not.toMatch(/nog niet verstuurd|schriftelijk gevraagd/);
    expect((await told()).filter((text) => text.startsWith('Brief verstuurd aan KPN'))).toHaveLength(1);
  });

  it('tells two contracts with one provider apart on the overview, the contracts page and the confirmations in the dossier, and says what each date is', async () => {
    const estate = await createEstate(anna, { givenNames: 'Joop', surname: 'Smit', surnamePrefix: undefined });
    const internet = await requested(estate.id, { description: 'Internet en tv', accountNumber: 'K-20', action: 'cancel' });
    const mobile = await requested(estate.id, { description: 'Mobiel abonnement', accountNumber: 'K-21', action: 'cancel' });
    await anna.post(`${API}/contracts/${internet}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'K-20-END' }).expect(200);
    await anna.post(`${API}/contracts/${mobile}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-12-15', reference: 'K-21-END' }).expect(200);
    await t.runDue();
    const sanne = await signIn((await addMember(estate.id, 'Sanne Smit', 'heir')).accessCode);

    const summaries = (markup: string) => [...markup.matchAll(/<summary>([\s\S]*?)<\/summary>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
    for (const path of ['/family', '/family/contracts']) {
      const lines = summaries((await t.anonymous.get(path).set('Cookie', `steward_family=${sanne.token}`).expect(200)).text).filter((line) => line.startsWith('KPN'));
      // The mobile's end (15 December) is later than a consumer's notice allows: it waits on the owner's Today, so it is listed with her
      // move, before those done (rentlaw, audit104 F5); the internet's (30 November) is done.
      expect({ path, lines }).toEqual({ path, lines: [expect.stringMatching(/^KPN \(Mobiel abonnement\) Beëindigen · bijgewerkt \d{1,2} \w+ \d{4} KPN heeft bevestigd/), expect.stringMatching(/^KPN \(Internet en tv\) Beëindigen · bijgewerkt \d{1,2} \w+ \d{4} KPN heeft bevestigd/)] });
    }
    const zip = await readZip((await sanne.get(`${API}/portal/dossier`).buffer(true).parse(binary).expect(200)).body);
    const confirmations = flat(await pdfText(zip.get('Bevestigingen van aanbieders.pdf')!));
    expect(confirmations).toContain('KPN (Internet en tv): contract eindigt op 30 november 2026');
    expect(confirmations).toContain('KPN (Mobiel abonnement): contract eindigt op 15 december 2026');

    // A correction of one of them says which.
    await anna.patch(`${API}/contracts/${mobile}`, { accountNumber: 'K-22' }).expect(200);
    const timeline = ((await sanne.get(`${API}/portal/timeline?limit=100`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(timeline).toContain('Het klantnummer bij KPN (Mobiel abonnement) is gecorrigeerd van K-21 naar K-22.');

    // A bill KPN holds to on one of them, paid from the estate: the family's list says which contract.
    await anna.post(`${API}/contracts/${mobile}/invoice-after-end`, { reference: 'M-9', invoiceDate: '2026-11-20', periodFrom: '2026-12-16', periodTo: '2027-01-15', amount: 20 }).expect(200);
    await anna.post(`${API}/contracts/${mobile}/dispute-answer/dispute_rejected`, { receivedVia: 'phone', reason: 'Opzegtermijn' }).expect(200);
    await anna.post(`${API}/contracts/${mobile}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
    const toPay = (await sanne.get(`${API}/portal/estate`).expect(200)).body.billsToPay.items as { provider: string; reference: string }[];
    expect(toPay).toEqual([expect.objectContaining({ provider: 'KPN (Mobiel abonnement)', reference: 'M-9' })]);
  });
});
