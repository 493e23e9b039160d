import { Client } from 'pg';
import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, providerWithDesk } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { readZip } from '../support/zip';
import { relative } from '../workspace/support';

/** answerundo (contract machine v14): a confirmation the owner recorded on the wrong contract is taken back. */
describe('a confirmation recorded by mistake is taken back', () => {
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

  const advance = (days: number) => t.admin.post(`${API}/admin/clock`, { advanceDays: days }).expect(200);
  const contractOf = async (owner: Session, id: string) => (await owner.get(`${API}/contracts/${id}`).expect(200)).body;
  const todayRow = async (owner: Session, id: string) => ((await owner.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string }[]).find((i) => i.contractId === id);
  const familyTimeline = async (family: Session) => ((await family.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
  const confirmed = { receivedVia: 'phone', effectiveDate: '2026-12-31', reference: 'KPN-ZIGGO-7', finalInvoiceAmount: 20 };
  const takeBack = { reason: 'Bij het verkeerde contract vastgelegd; de bevestiging was van Ziggo.' };

  async function requested(owner: Session, givenNames: string) {
    const estate = await createEstate(owner, { givenNames });
    const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: `KPN-${givenNames}`, action: 'cancel' }).expect(201)).body;
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    // The request goes out (the workers make and send its letter).
    await advance(0);
    return { id: contract.id as string, estateId: estate.id as string };
  }

  it("puts the contract back where it stood, with its term and Today's row, and owner, family and desk read that it was taken back", async () => {
    const contract = await requested(anna, 'Hendrik');
    const maria = await relative(t, anna, contract.estateId, 'Maria');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/acknowledge`, { reference: 'KPN-ACK' }).expect(200);
    const acknowledged = await contractOf(anna, contract.id);
    expect(acknowledged).toMatchObject({ state: 'acknowledged', providerReference: 'KPN-ACK' });
    // On its last day the provider's answer is due: the contract is on Today.
    const days = Math.round((Date.parse(acknowledged.dueAt) - Date.parse(t.clock.today())) / 86_400_000);
    await advance(days);
    const rowBefore = await todayRow(anna, contract.id);
    expect(rowBefore).toMatchObject({ dueDate: acknowledged.dueAt });

    // Anna records KPN's confirmation, heard on the phone, on this contract by mistake: off Today, confirmed.
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, confirmed).expect(200);
    expect(await contractOf(anna, contract.id)).toMatchObject({ state: 'confirmed', effectiveDate: '2026-12-31' });
    expect(await todayRow(anna, contract.id)).toBeUndefined();

    const res = await anna.post(`${API}/contracts/${contract.id}/take-back-confirmation`, takeBack).expect(200);
    // Back as it was: the state, the provider's reference, no end date, the same due date (not a fresh term from today), and Today's row.
    expect(res.body).toMatchObject({ state: 'acknowledged', providerReference: 'KPN-ACK', effectiveDate: null, finalInvoiceAmount: null, dueAt: acknowledged.dueAt, statusText: acknowledged.statusText });
    expect(res.body.workflow.version).toBe(21);
    expect(await todayRow(anna, contract.id)).toEqual(rowBefore);
    expect(res.body.timeline.at(-1).summary).toBe(
      'Internet: De bevestiging van KPN (einddatum 31 december 2026) is ingetrokken: per vergissing vastgelegd. Reden: Bij het verkeerde contract vastgelegd; de bevestiging was van Ziggo.',
    );
    // The final bill of the wrong contract is not the estate's to pay.
    expect(((await anna.get(`${API}/estates/${contract.estateId}/bills-to-pay`).expect(200)).body.items as unknown[])).toEqual([]);

    // The family reads it in its words, without the owner's reason, in the portal and the daily news.
    await advance(0);
    const told = await familyTimeline(maria);
    expect(told).toContain('De bevestiging van KPN (einddatum 31 december 2026) is ingetrokken: per vergissing vastgelegd.');
    expect(told.join(' ')).not.toContain('Ziggo');
    const news = (await db.query(`SELECT message, message_en FROM notifications WHERE contract_id = $1 AND audience = 'family' AND topic = 'confirmation_taken_back'`, [contract.id])).rows;
    expect(news).toEqual([{ message: 'KPN: De bevestiging van KPN (einddatum 31 december 2026) is ingetrokken: per vergissing vastgelegd.', message_en: 'KPN: The confirmation from KPN (end date 31 December 2026) has been taken back: recorded by mistake.' }]);

    // The family's dossier keeps the confirmation as history, marked as taken back.
    const zip = await readZip((await maria.get(`${API}/portal/dossier?lang=nl`).buffer(true).parse(binary).expect(200)).body);
    expect(flat(await pdfText(zip.get('Bevestigingen van aanbieders.pdf')!))).toMatch(/KPN: contract eindigt op 31 december 2026 \(kenmerk KPN-ZIGGO-7, eindafrekening €.20,00\) – later ingetrokken: per vergissing vastgelegd/);

    // The desk reads that the confirmation Steward recorded for it no longer stands, and may answer again.
    const request = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body;
    expect((request.thread as { type: string; text: string }[]).filter((e) => e.type === 'answer').at(-1)!.text).toBe('Steward trok de bevestiging per 31 december 2026 in: die was per vergissing vastgelegd');
    expect(request.actions).toContain('complete');

    // No letter went to KPN about it.
    const letters = (await anna.get(`${API}/estates/${contract.estateId}/letters`).expect(200)).body.items as { kind: string }[];
    expect(letters.map((l) => l.kind)).toEqual(['cancellation']);
  });

  it('refuses a confirmation the provider gave at its own desk (409): its word is corrected, not taken back', async () => {
    const contract = await requested(anna, 'Jacoba');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-12-31', reference: 'KPN-1' }).expect(200);
    const refused = await anna.post(`${API}/contracts/${contract.id}/take-back-confirmation`, takeBack).expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.type).toMatch(/confirmation-providers-word$/);
    expect(refused.body.detail).toBe('KPN gaf deze bevestiging zelf in het loket; die kunt u niet intrekken. Klopt hij niet, corrigeer dan de bevestiging of vraag KPN om een correctie. Er is niets gewijzigd.');
    expect(await contractOf(anna, contract.id)).toMatchObject({ state: 'confirmed', effectiveDate: '2026-12-31' });
  });

  it('refuses it once a letter went out after the confirmation (409), naming the letter', async () => {
    const contract = await requested(anna, 'Cornelis');
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, confirmed).expect(200);
    // Anna "corrects" the end date instead: a correction letter goes to KPN.
    await anna.patch(`${API}/contracts/${contract.id}`, { requestedEndDate: '2026-12-15' }).expect(200);
    await advance(0);
    const refused = await anna.post(`${API}/contracts/${contract.id}/take-back-confirmation`, takeBack).expect(409);
    expect(refused.body.type).toMatch(/confirmation-told$/);
    expect(refused.body.letters).toEqual(['correction']);
    expect(refused.body.detail).toMatch(/^Na deze bevestiging is al verstuurd: correctie aan KPN \(\d{1,2} [a-z]+ 2026\)\. .*Er is niets gewijzigd\.$/);
    expect((await contractOf(anna, contract.id)).state).toBe('confirmed');

    // A progress report to the family counts too.
    const other = await requested(anna, 'Dirk');
    await anna.post(`${API}/contracts/${other.id}/provider-answer/completed`, confirmed).expect(200);
    await relative(t, anna, other.estateId, 'Sanne');
    await anna.post(`${API}/estates/${other.estateId}/progress-report`).expect(202);
    await advance(0);
    const afterReport = await anna.post(`${API}/contracts/${other.id}/take-back-confirmation`, takeBack).expect(409);
    expect(afterReport.body.letters).toEqual(['progress_report']);
    expect(afterReport.body.detail).toContain('voortgangsverslag');
  });

  it('answers in English for an English-speaking owner', async () => {
    const email = `emma-${Date.now()}@test.example`;
    await t.admin.post(`${API}/users`, { email, name: 'Emma Smith', password: 'specialist-pw-1', role: 'specialist', language: 'en' }).expect(201);
    const emma = await t.login(email, 'specialist-pw-1');
    const contract = await requested(emma, 'Willem');
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-12-31', reference: 'KPN-2' }).expect(200);
    const refused = await emma.post(`${API}/contracts/${contract.id}/take-back-confirmation`, takeBack).expect(409);
    expect(refused.body.detail).toBe('KPN gave this confirmation itself at its desk; you cannot take it back. If it is wrong, correct the confirmation or ask KPN to correct it. Nothing was changed.');
    // Another owner's contract is out of reach.
    await anna.post(`${API}/contracts/${contract.id}/take-back-confirmation`, takeBack).expect(404);
    const short = await emma.post(`${API}/contracts/${contract.id}/take-back-confirmation`, { reason: 'x' }).expect(400);
    expect(short.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
  });

  it('moves a contract confirmed on an older machine version to the newest (v14 and later) for the step; a contract not confirmed refuses it', async () => {
    const contract = await requested(anna, 'Geertruida');
    await db.query(`UPDATE workflow_instances SET machine_version = 12 WHERE subject_type = 'contract' AND subject_id = $1`, [contract.id]);
    await anna.post(`${API}/contracts/${contract.id}/take-back-confirmation`, takeBack).expect(409);
    const requestedState = await contractOf(anna, contract.id);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, confirmed).expect(200);
    expect((await contractOf(anna, contract.id)).workflow.version).toBe(12);

    const back = (await anna.post(`${API}/contracts/${contract.id}/take-back-confirmation`, takeBack).expect(200)).body;
    expect(back).toMatchObject({ state: 'requested', effectiveDate: null, dueAt: requestedState.dueAt, workflow: { version: 21 } });
    const [row] = (await db.query(`SELECT machine_version FROM workflow_instances WHERE subject_id = $1`, [contract.id])).rows;
    expect(row.machine_version).toBe(21);
  });

  it('offers the form on the contract page, and a refused reason comes back with what was typed', async () => {
    const contract = await requested(anna, 'Aaltje');
    const cookie = `steward_app=${anna.token}`;
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, confirmed).expect(200);
    const page = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', cookie).expect(200)).text;
    expect(page).toContain('Intrekken: per vergissing vastgelegd');
    expect(page).toContain(`action="/app/contracts/${contract.id}/take-back-confirmation"`);

    const refused = await anna.post(`/app/contracts/${contract.id}/take-back-confirmation`).set('Cookie', cookie).type('form').send({ reason: 'oe' }).expect(422);
    expect(refused.text).toContain('>oe</textarea>');
    expect(refused.text).toContain('Wat ging er mis (alleen voor het dossier)');
    expect((await contractOf(anna, contract.id)).state).toBe('confirmed');

    await anna.post(`/app/contracts/${contract.id}/take-back-confirmation`).set('Cookie', cookie).type('form').send(takeBack).expect(303);
    const after = (await anna.get(`/app/contracts/${contract.id}`).set('Cookie', cookie).expect(200)).text;
    expect(after).toContain('De bevestiging van KPN (einddatum 31 december 2026) is ingetrokken: per vergissing vastgelegd.');
    expect(after).not.toContain(`action="/app/contracts/${contract.id}/take-back-confirmation"`);
  });
  it('offers the form on the page only where the take-back is accepted, and says why where it is not (Dutch and English)', async () => {
    const cookie = `steward_app=${anna.token}`;
    const page = async (id: string, owner: Session = anna, c = cookie) => (await owner.get(`/app/contracts/${id}`).set('Cookie', c).expect(200)).text;
    const form = (id: string) => `action="/app/contracts/${id}/take-back-confirmation"`;

    // KPN confirmed at its own desk: the API answers 409 `confirmation-providers-word`, so the page offers no form.
    const atDesk = await requested(anna, 'Frederik');
    await desk.post(`${API}/provider-desk/requests/${atDesk.id}/complete`, { effectiveDate: '2026-12-31', reference: 'KPN-3' }).expect(200);
    const deskPage = await page(atDesk.id);
    expect(deskPage).not.toContain(form(atDesk.id));
    expect(deskPage).toContain('Intrekken: per vergissing vastgelegd');
    expect(deskPage).toContain('Intrekken kan niet: KPN gaf deze bevestiging zelf in het loket. Klopt hij niet, corrigeer hem dan.');

    // A correction letter went out after Anna's confirmation: 409 `confirmation-told`, and the page names the letter.
    const told = await requested(anna, 'Grietje');
    await anna.post(`${API}/contracts/${told.id}/provider-answer/completed`, confirmed).expect(200);
    expect(await page(told.id)).toContain(form(told.id));
    await anna.patch(`${API}/contracts/${told.id}`, { requestedEndDate: '2026-12-15' }).expect(200);
    await advance(0);
    const refused = await anna.post(`${API}/contracts/${told.id}/take-back-confirmation`, takeBack).expect(409);
    expect(refused.body.type).toMatch(/confirmation-told$/);
    const toldPage = await page(told.id);
    expect(toldPage).not.toContain(form(told.id));
    expect(toldPage).toMatch(/Intrekken kan niet meer: na deze bevestiging is al verstuurd: correctie aan KPN \(\d{1,2} [a-z]+ 2026\)\. Klopt hij niet, corrigeer hem dan\./);
    // Posted from a page opened before the letter went out: the form comes back with her reason and why, and not the line beside.
    const stale = await anna.post(`/app/contracts/${told.id}/take-back-confirmation`).set('Cookie', cookie).type('form').send(takeBack).expect(409);
    expect(stale.text).toContain(takeBack.reason);
    expect(flat(stale.text)).toContain('Na deze bevestiging is al verstuurd: correctie aan KPN');
    expect(stale.text).not.toContain('Intrekken kan niet meer');

    // An English-speaking owner reads it in English.
    const email = `emily-${Date.now()}@test.example`;
    await t.admin.post(`${API}/users`, { email, name: 'Emily Jones', password: 'specialist-pw-1', role: 'specialist', language: 'en' }).expect(201);
    const emily = await t.login(email, 'specialist-pw-1');
    const hers = await requested(emily, 'Hugo');
    await desk.post(`${API}/provider-desk/requests/${hers.id}/complete`, { effectiveDate: '2026-12-31', reference: 'KPN-4' }).expect(200);
    const english = await page(hers.id, emily, `steward_app=${emily.token}`);
    expect(english).not.toContain(form(hers.id));
    expect(english).toContain('It cannot be taken back: KPN gave this confirmation itself at its desk. If it is wrong, correct it.');
  });
  /**
   * audit90 G7b: the letters that hold the take-back, several of one kind on one day (a dispute per bill, a collection stop to the provider
   * and to the agency, the agency told of the drop), are each told apart: a dispute by its bill, another by its recipient (on main: „bezwaar tegen factuur (…), bezwaar
   * tegen factuur (…)"), in Dutch and in English.
   */
  it('names the bill of each dispute and the recipient of each other letter that holds the take-back', async () => {
    // Confirmed, then two bills after the end disputed and Intrum's collection stopped (to KPN and to Intrum): the 409's words.
    const heldBack = async (owner: Session, givenNames: string) => {
      const contract = await requested(owner, givenNames);
      await owner.post(`${API}/contracts/${contract.id}/provider-answer/completed`, confirmed).expect(200);
      for (const reference of ['F-12', 'F-13']) {
        await owner.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference, invoiceDate: t.clock.today(), periodFrom: '2027-01-01', periodTo: '2027-01-31', amount: 30 }).expect(200);
      }
      await owner.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: `INT-${givenNames}`, amount: 60 }).expect(200);
      await advance(0);
      // KPN drops the claim: the contract is confirmed again, and the agency hears it.
      await owner.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'post', answeredBy: 'provider', collection: 'stopped', claimDropped: true }).expect(200);
      await advance(0);
      return (await owner.post(`${API}/contracts/${contract.id}/take-back-confirmation`, takeBack).expect(409)).body.detail as string;
    };
    const day = '\\d{1,2} [A-Za-z]+ 20\\d\\d';
    expect(await heldBack(anna, 'Jorien')).toMatch(
      new RegExp(`^Na deze bevestiging is al verstuurd: bezwaar tegen factuur F-12 \\(${day}\\), bezwaar tegen factuur F-13 \\(${day}\\), verzoek incassostop aan KPN \\(${day}\\), verzoek incassostop aan Intrum \\(${day}\\) en incasso beëindigd \\(aan incassobureau\\) aan Intrum \\(${day}\\)\\.`),
    );
    const email = `erin-${Date.now()}@test.example`;
    await t.admin.post(`${API}/users`, { email, name: 'Erin Jones', password: 'specialist-pw-1', role: 'specialist', language: 'en' }).expect(201);
    expect(await heldBack(await t.login(email, 'specialist-pw-1'), 'Ivo')).toMatch(
      new RegExp(`: dispute about invoice F-12 \\(${day}\\), dispute about invoice F-13 \\(${day}\\), collection stop to KPN \\(${day}\\), collection stop to Intrum \\(${day}\\) and collection ended \\(to the agency\\) to Intrum \\(${day}\\)\\.`),
    );
  });
});
