import { Browser } from 'playwright-core';
import { letterDate } from '../../letters/dates';
import { addCalendarDays } from '../../src/clock/clock';
import { flat } from '../../letters/test-support';
import { longDate } from '../../workflows/wording';
import { browse, closeBrowsing } from '../support/browser';
import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { type Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { account, relative } from '../workspace/support';

/** README, agencytold: an agency asked to stop collecting a bill hears that the objection to it was dropped, against its own stop. */
describe('a dispute the owner drops is told to the collection agency too', () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string; name: string };
  let sink: SmtpSink;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true }));
    ({ base, browser } = await browse(t));
    provider = await createProvider(t.admin, { name: 'Stroomincasso', requiredDocuments: [], slaBusinessDays: 5, channel: 'portal' });
  });
  afterAll(() => closeBrowsing({ browser, t }));

  type Letter = { id: string; kind: string; status: string; recipient: string; channel: string };
  const lettersOf = async (id: string, owner: Session = anna) => (await owner.get(`${API}/contracts/${id}`).expect(200)).body.letters as Letter[];
  const pdfOf = async (letterId: string) => await letterText(anna, letterId);
  /** Confirmed to end on 30 November, bill F-9 disputed, then Incasso Noord's collection letter INC-9 answered with a collection stop. */
  async function collected(givenNames: string, owner: Session = anna) {
    const estate = await createEstate(owner, { givenNames });
    const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: `ST-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await owner.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'ST-R1', effectiveDate: '2026-11-30' }).expect(200);
    await owner.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await t.runDue();
    await owner.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-9', amount: 45 }).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id, owner)).filter((l) => l.kind === 'collection_stop').map((l) => l.recipient)).toEqual([provider.name, 'Incasso Noord']);
    return { estate, contract };
  }

  it('writes the agency, under its own reference, that the objection to F-9 is withdrawn and asks what it claims for it', async () => {
    const { contract } = await collected('Pieter');
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-9', outcome: 'payFromEstate' }).expect(200);
    await t.runDue();
    const withdrawals = (await lettersOf(contract.id)).filter((l) => l.kind === 'dispute_withdrawal');
    expect(withdrawals.map((l) => [l.recipient, l.status, l.channel])).toEqual([
      [provider.name, 'sent', 'portal'],
      ['Incasso Noord', 'sent', 'email'],
    ]);
    const toAgency = await pdfOf(withdrawals[1].id);
    expect(toAgency).toContain('Betreft: Intrekking van mijn bezwaar tegen een factuur: Stroom, klantnummer ST-Pieter');
    expect(toAgency).toContain('Uw kenmerk: INC-9');
    expect(toAgency).toMatch(
      new RegExp(`heb ik u geschreven naar aanleiding van uw incassobrief met kenmerk INC-9 voor € 45,00 over het contract Stroom met klantnummer ST-Pieter bij ${provider.name} van .*\\. Daarin noemde ik mijn bezwaar tegen de factuur van ${provider.name} met nummer F-9\\.`),
    );
    expect(toAgency).toContain('Dat bezwaar trek ik hierbij in: de factuur wordt betaald uit de nalatenschap.');
    expect(toAgency).toContain('Vordert u voor deze factuur een bedrag, laat u mij dan weten welk bedrag en op welke rekening het kan worden betaald. Wilt u dit in uw administratie aanpassen? Voor het overige blijft mijn brief ongewijzigd.');
    // Never "your invoice" to the agency, and no amount: the record does not hold what is still owed of it.
    expect(toAgency).not.toContain('uw factuur');
    // The provider's own letter is as before.
    expect(await pdfOf(withdrawals[0].id)).toContain('Dat bezwaar trek ik hierbij in: de factuur wordt betaald uit de nalatenschap. U hoeft op het bezwaar niet meer te antwoorden.');
  });

  it('tells the agency a bill already paid without asking for payment details', async () => {
    const { contract } = await collected('Kees');
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { outcome: 'alreadyPaid' }).expect(200);
    await t.runDue();
    const toAgency = (await lettersOf(contract.id)).find((l) => l.kind === 'dispute_withdrawal' && l.recipient === 'Incasso Noord')!;
    const text = await pdfOf(toAgency.id);
    expect(text).toContain('Dat bezwaar trek ik hierbij in: de factuur is al betaald. Wilt u dit in uw administratie aanpassen? Voor het overige blijft mijn brief ongewijzigd.');
    expect(text).not.toContain('Vordert u');
  });

  it('writes nothing more to an agency whose collection the provider stopped: it was asked to close its dossier (audit95 F1)', async () => {
    const { estate, contract } = await collected('Greet');
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped' }).expect(200);
    await t.runDue();
    const ended = (await lettersOf(contract.id)).find((l) => l.kind === 'collection_ended')!;
    expect([ended.recipient, ended.status]).toEqual(['Incasso Noord', 'sent']);
    expect(await pdfOf(ended.id)).toContain('Ik verzoek u daarom uw dossier te sluiten');

    // The estate pays F-9 after all: the provider hears the objection is withdrawn; the agency, told its file is closed, is not asked what it claims.
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-9', outcome: 'payFromEstate' }).expect(200);
    await t.runDue();
    const withdrawals = (await lettersOf(contract.id)).filter((l) => l.kind === 'dispute_withdrawal');
    expect(withdrawals.map((l) => [l.recipient, l.status])).toEqual([[provider.name, 'sent']]);
    // reportmoney: the owner's history says why the agency got none.
    const history = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(history).toContainEqual('Stroom: Geen brief aan Incasso Noord over het intrekken van ons bezwaar tegen factuur F-9: Incasso Noord kreeg al bericht dat de incasso is beëindigd.');
  });

  it("names each letter's addressee in the owner's list of letters: the provider's stop and the agency's of one day read apart (audit95 F4)", async () => {
    const { contract } = await collected('Hendrik');
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped' }).expect(200);
    await t.runDue();
    const page = (await t.anonymous.get(`/app/contracts/${contract.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    const rows = page.slice(page.indexOf('<h2 id="letters">'), page.indexOf('</ul>', page.indexOf('<h2 id="letters">'))).split('<li>').slice(1).map((row) => row.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
    expect(rows.map((row) => row.split(' · ')[1])).toEqual([
      'opzegging aan Stroomincasso',
      'bezwaar tegen factuur aan Stroomincasso',
      'verzoek incassostop aan Stroomincasso',
      'verzoek incassostop aan Incasso Noord',
      // Its label names the agency by name, not twice („(aan incassobureau) … aan Incasso Noord").
      'bericht incasso beëindigd aan Incasso Noord',
    ]);
  });

  it("tells the family on the contract's card that the provider stopped the agency's collection while the objection still runs (audit95 F5)", async () => {
    const { estate, contract } = await collected('Johanna');
    const greet = await relative(t, anna, estate.id, 'Greet Bakker');
    const card = async (lang: string) => ((await greet.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === contract.id)!.statusText;
    expect(await card('nl')).not.toContain('gestopt');
    await anna.post(`${API}/contracts/${contract.id}/dispute-answer/dispute_rejected`, { invoiceReference: 'F-9', reason: 'Verbruik tot de meterstand', receivedVia: 'phone' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped' }).expect(200);
    await t.runDue();
    // Only what is recorded: who stopped which collection; nothing of what the agency may still claim (the bill is still disputed).
    expect(await card('nl')).toContain('Stroomincasso liet weten dat de incasso door Incasso Noord (kenmerk INC-9, €\u00a045,00) is gestopt.');
    expect(await card('en')).toContain('Stroomincasso told us that the debt collection by Incasso Noord (reference INC-9, €45.00) has stopped.');
  });

  it('writes nothing more to an agency that said itself it stopped the collection: no bill correction, no "what do you claim?" (audit97 F1)', async () => {
    const { estate, contract } = await collected('Ria');
    // The agency's own e-mail: it stopped collecting. Nobody has to tell it the collection ended, so no letter goes to it.
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'email', answeredBy: 'agency', collection: 'stopped' }).expect(200);
    await t.runDue();
    // The bill was € 13,00, not € 30,00, and the estate pays it: the provider hears both; the agency, its file closed by itself, neither.
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { invoiceReference: 'F-9', reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 13 }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-9', outcome: 'payFromEstate' }).expect(200);
    await t.runDue();
    const toAgency = (await lettersOf(contract.id)).filter((l) => l.recipient === 'Incasso Noord').map((l) => l.kind);
    expect(toAgency).toEqual(['collection_stop']);
    const toProvider = (await lettersOf(contract.id)).filter((l) => l.recipient === provider.name && ['bill_correction', 'dispute_withdrawal'].includes(l.kind)).map((l) => l.kind);
    expect(toProvider.sort()).toEqual(['bill_correction', 'dispute_withdrawal']);
    // The owner's history says why the agency got none, in the words of what happened: the agency told us, nobody told it.
    const history = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(history).toEqual(
      expect.arrayContaining([
        'Stroom: Geen brief aan Incasso Noord over de correctie van factuur F-9: Incasso Noord liet zelf weten dat de incasso is gestopt.',
        'Stroom: Geen brief aan Incasso Noord over het intrekken van ons bezwaar tegen factuur F-9: Incasso Noord liet zelf weten dat de incasso is gestopt.',
      ]),
    );
  });

  it('after she undoes the agency’s own stop recorded by mistake, our stop is awaited again on its term and the agency hears of the corrected bill (agencyundo, v27)', async () => {
    const { estate, contract } = await collected('Undo');
    const waiting = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string; dueAt: string };
    expect(waiting.state).toBe('collectionStopRequested');
    // datefix: the day the agency's stop is recorded, on the virtual clock (Maria's digest below moves it on).
    const stopDay = (await t.runDue()).body.today as string;
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'email', answeredBy: 'agency', collection: 'stopped' }).expect(200);
    // Maria reads the family's daily e-mail; the day's news so far goes out first.
    const mail = 'maria-undo@family.example';
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria', email: mail, relation: 'dochter', role: 'representative' }).expect(201);
    await nextFamilyDigest(t.admin, sink, mail, familyDigests(sink, mail).length);
    const today = (await t.runDue()).body.today as string;
    // Refused in her words, naming the field: a day after today; nothing changes.
    const future = await anna.post(`${API}/contracts/${contract.id}/agency-stop-undone`, { receivedVia: 'post', toldOn: '2099-01-01' }).expect(422);
    expect(future.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(future.body.errors).toEqual([{ field: 'toldOn', message: `must not be after today, ${letterDate(today, 'en')}` }]);
    // twins70: nor a day before the stop was recorded, said as the owner's undo of a drop says it, the day written out; datefix: that
    // day exactly, the clock's Dutch day when she recorded it.
    const early = await anna.post(`${API}/contracts/${contract.id}/agency-stop-undone`, { receivedVia: 'post', toldOn: addCalendarDays(stopDay, -1) }).expect(422);
    expect(early.body.errors).toEqual([{ field: 'toldOn', message: `must not be before the day the agency's stop was recorded, ${letterDate(stopDay, 'en')}` }]);
    expect((await anna.post(`${API}/contracts/${contract.id}/agency-stop-undone`, { toldOn: today }).expect(400)).body.errors.map((e: { field: string }) => e.field)).toEqual(['receivedVia']);

    const undone = (await anna.post(`${API}/contracts/${contract.id}/agency-stop-undone`, { receivedVia: 'post', toldOn: today }).expect(200)).body as { state: string; dueAt: string };
    // Back to waiting on our stop, on the term it had: the due date is the one before the agency's word.
    expect({ state: undone.state, dueAt: undone.dueAt }).toEqual({ state: 'collectionStopRequested', dueAt: waiting.dueAt });
    // Undone once: the undo followed it, so it is not undone again; refused in her words naming the field.
    const again = await anna.post(`${API}/contracts/${contract.id}/agency-stop-undone`, { receivedVia: 'post', toldOn: today }).expect(409);
    expect({ type: again.body.type, fields: again.body.errors.map((e: { field: string }) => e.field) }).toMatchObject({ type: expect.stringContaining('agency-stop-followed'), fields: ['receivedVia'] });

    // olddebts: her Today's row and the contract's status say what the undo means for her next step: the collection runs, our request stands.
    type Row = { contractId: string; statusText: string; move: string };
    const row = ((await anna.get(`${API}/queue`).expect(200)).body.contracts as Row[]).find((r) => r.contractId === contract.id);
    const meaning = `Op ${longDate(today, 'nl')} hoorde u dat Incasso Noord de incasso niet heeft gestopt (de melding was per vergissing vastgelegd): de incasso loopt weer, en ons verzoek om de incasso op te schorten staat nog.`;
    expect(row?.statusText).toContain(`${meaning} Opschorting incasso gevraagd bij Stroomincasso`);
    expect(((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body as { statusText: string }).statusText).toContain(meaning);

    // The agency collects again, so the corrected bill is told to it as to one still collecting (audit97 wrote it nothing).
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { invoiceReference: 'F-9', reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 13 }).expect(200);
    await t.runDue();
    const toAgency = (await lettersOf(contract.id)).filter((l) => l.recipient === 'Incasso Noord').map((l) => l.kind);
    expect(toAgency).toEqual(['collection_stop', 'bill_correction']);
    // Her history, the family's timeline and the desk's thread each say the stop was recorded by mistake and ours stands again.
    const history = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string; event: string }[]).find((e) => e.event === 'AGENCY_STOP_UNDONE');
    expect(history?.summary).toContain('Stroom: Melding van Incasso Noord teruggedraaid: de incasso is niet gestopt (per vergissing vastgelegd). We wachten weer tot de incasso stopt.');
    const ria = await relative(t, anna, estate.id, 'Ria');
    const told = ((await ria.get(`${API}/portal/timeline?limit=100`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(told).toEqual(expect.arrayContaining([expect.stringContaining('We meldden eerder dat Incasso Noord de incasso had gestopt. Dat was een vergissing: de incasso is niet gestopt.')]));
    // agencyundo2: Maria's daily e-mail tells the undo as what happened, not only where the contract stands (on main: the state's words).
    const digest = (await nextFamilyDigest(t.admin, sink, mail, familyDigests(sink, mail).length)).replace(/\u00a0/g, ' ');
    expect(digest).toContain('- Stroomincasso: We meldden eerder dat Incasso Noord de incasso had gestopt. Dat was een vergissing: de incasso is niet gestopt. Ons verzoek om de incasso op te schorten staat nog; we wachten op het antwoord.');
    // Another owner's reach: 404.
    const other = await t.specialist('Bram Anders');
    await other.post(`${API}/contracts/${contract.id}/agency-stop-undone`, { receivedVia: 'post', toldOn: today }).expect(404);
  });

  it("Chromium: Emma, an English case owner, undoes the agency's own stop with the form on the contract page; her history and the family read it in English (agencyundo2)", async () => {
    const emma = await account(t, 'Emma Hart', 'specialist', 'en');
    const { estate, contract } = await collected('Emma', emma.api);
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.context().addCookies([{ name: 'steward_app', value: emma.api.token, url: base }]);
    const form = page.locator('form[action$="/agency-stop-undone"]');
    // While our stop is awaited there is nothing of the agency's to undo: no form (on main: never one).
    await page.goto(`${base}/app/contracts/${contract.id}`);
    expect(await form.count()).toBe(0);
    await emma.api.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'email', answeredBy: 'agency', collection: 'stopped' }).expect(200);
    const today = (await t.runDue()).body.today as string;
    await page.goto(`${base}/app/contracts/${contract.id}`);
    const offered = flat(await form.innerText());
    expect(offered).toContain('you recorded that Incasso Noord said itself the collection has stopped. If that was a mistake, record how and on which day you learned it;');
    expect(offered).toContain('Day you learned the collection has not stopped');
    await form.locator('select[name=receivedVia]').selectOption('phone');
    await form.locator('input[name=toldOn]').fill(today);
    await form.locator('button[type=submit]').click();
    await page.waitForLoadState();
    // Undone once: the form is gone, the contract waits on our stop again.
    expect(await form.count()).toBe(0);
    // olddebts: her Today's row says what the undo means for her next step (on main: only „Collection suspension requested …").
    await page.goto(`${base}/app`);
    const row = flat(await page.locator(`tr:has(a[href^="/app/contracts/${contract.id}"])`).first().innerText());
    expect(row).toContain(`On ${longDate(today, 'en')} you heard that Incasso Noord has not stopped the collection (its word was recorded by mistake): the collection is running again, and our request to suspend it stands.`);
    await page.close();
    expect(((await emma.api.get(`${API}/contracts/${contract.id}`).expect(200)).body as { state: string }).state).toBe('collectionStopRequested');
    const history = ((await emma.api.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string; event: string }[]).find((e) => e.event === 'AGENCY_STOP_UNDONE');
    expect(history?.summary).toContain('Stroom: Word of Incasso Noord undone: the collection has not stopped (recorded by mistake). We are waiting again for the collection to stop.');
    const family = await relative(t, emma.api, estate.id, 'Ria');
    const told = ((await family.get(`${API}/portal/timeline?limit=100&lang=en`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(told).toEqual(expect.arrayContaining([expect.stringContaining('We said earlier that Incasso Noord had stopped the collection. That was a mistake: the collection has not stopped. Our request to suspend it stands; we are waiting for the answer.')]));
  });

  it('writes the agency nothing when the provider withdrew the bill itself', async () => {
    const { contract } = await collected('Jan');
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { outcome: 'providerWithdrew', receivedVia: 'phone' }).expect(200);
    await t.runDue();
    expect((await lettersOf(contract.id)).map((l) => l.kind)).not.toContain('dispute_withdrawal');
  });
});
