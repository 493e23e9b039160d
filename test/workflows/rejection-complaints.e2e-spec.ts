import { letterDate } from '../../letters';
import { addCalendarDays } from '../../src/clock/clock';
import { complaintsBodyOpensOn } from '../../src/providers/complaints-bodies';
import { addBusinessDays, CONTRACT_MACHINE_VERSION, longDate } from '../../workflows';
import { API, clockTo, createEstate, letterText, providerWithDesk, TINY_PDF } from '../support/fixtures';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/** v9: the owner complains about a rejection; the provider answers the complaint as a request (README, Rejections and complaints). */
describe('a complaint about a rejected request', () => {
  let t: TestApp;
  let anna: Specialist;
  let provider: { id: string; name: string };
  let desk: Session;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    ({ provider, desk } = await providerWithDesk(t, { name: 'Telco Klacht', category: 'telecom', requiredDocuments: ['death_certificate'] }, 'desk'));
  });
  afterAll(() => t?.close());

  const grounds = 'De erfgenamen mogen dit contract opzeggen; de verklaring van erfrecht zat bij ons verzoek.';

  /** A request the provider (or `to`, with its contract's `fields`) rejected, with a relative of the family signed in to the portal. */
  async function rejected(surname: string, to = { provider, desk }, fields: Record<string, unknown> = {}) {
    const estate = await createEstate(anna, { surname });
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const member = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    const family = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: to.provider.id, description: 'Internet', accountNumber: `T-${surname}`, action: 'cancel', ...fields }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await to.desk.post(`${API}/provider-desk/requests/${contract.id}/reject`, { reason: 'Alleen de contractant kan opzeggen.' }).expect(200);
    return { estate, contract, family };
  }

  it('refuses a complaint without grounds (problem+json naming the field) and one about a request that was not rejected', async () => {
    const { contract } = await rejected('Leeg');
    const res = await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds: '  ' }).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['grounds']);
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds: 'x'.repeat(2001) }).expect(400);
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds }).expect(200);
    // Complained already: it waits on the provider.
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds }).expect(409);
  });

  it('sends the complaint letter, shows it on the desk, tells the family once it went, and names the complaints body after a second rejection', async () => {
    const { estate, contract, family } = await rejected('Klacht');
    const complained = (await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds }).expect(200)).body;
    expect(complained.state).toBe('complained');
    // Before the letter went out, the family is not told that we complained.
    expect(JSON.stringify((await family.get(`${API}/portal/estate`).expect(200)).body.contracts)).not.toContain('klacht');
    await t.runDue();

    const detail = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    const letter = detail.letters.find((l: { kind: string }) => l.kind === 'rejection_complaint');
    expect(letter).toMatchObject({ status: 'sent', violations: [] });
    const request = detail.letters.find((l: { kind: string }) => l.kind === 'cancellation');
    const text = await letterText(anna, letter.id);
    expect(text).toContain('Klacht over de afwijzing van mijn verzoek');
    expect(text).toContain(`Op ${letterDate(request.letterDate, 'nl')} heb ik u namens de nabestaanden van`);
    expect(text).toContain('liet u weten dat u dat verzoek niet kon verwerken (reden: „Alleen de contractant kan opzeggen.”). Met die afwijzing ben ik het niet eens. Hierbij dien ik daarom een klacht in.');
    expect(text).toContain(`Mijn bezwaren: „${grounds}”`);
    expect(text).toContain(`Ik verzoek u uw afwijzing te heroverwegen en mij uiterlijk ${letterDate(detail.dueAt.slice(0, 10), 'nl')} een gemotiveerd antwoord te sturen.`);
    expect(detail.statusText).toBe(`Klacht ingediend bij Telco Klacht over de afwijzing (reden: Alleen de contractant kan opzeggen), antwoord aanbieder uiterlijk ${letterDate(detail.dueAt.slice(0, 10), 'nl')}.`);

    // The desk: the complaint with the grounds in the thread, the request back on the provider's tab.
    const view = (await desk.get(`${API}/provider-desk/requests/${contract.id}`).expect(200)).body;
    expect(view.tab).toBe('waiting_on_you');
    expect(view.thread.map((i: { text: string }) => i.text)).toContain(`Steward diende een klacht in over uw afwijzing: „${grounds}”`);
    expect(view.statusText).toMatch(/^Klacht ingediend over uw afwijzing van het verzoek; graag uw gemotiveerde antwoord uiterlijk /);

    // The family: in plain words, on the card and the timeline.
    const card = (await family.get(`${API}/portal/estate`).expect(200)).body.contracts.items[0];
    expect(card.statusText).toMatch(/^Telco Klacht heeft het verzoek niet geaccepteerd\. Wij vinden dat niet terecht en hebben schriftelijk een klacht ingediend; Telco Klacht moet uiterlijk .+ antwoorden\.$/);
    const timeline = (await family.get(`${API}/portal/timeline`).expect(200)).body.items.map((e: { text: string }) => e.text);
    expect(timeline).toContain('We vonden de afwijzing door Telco Klacht niet terecht en hebben schriftelijk een klacht ingediend.');
    // The owner's history keeps the grounds.
    const owners = (await anna.get(`${API}/estates/${estate.id}/timeline`).expect(200)).body.items.map((e: { summary: string }) => e.summary);
    expect(owners).toContain(`Internet: Klacht ingediend bij Telco Klacht over de afwijzing; uw bezwaren in de brief: „${grounds}”`);

    // Rejected again: the owner's next step names the complaints body from the day it takes the case.
    await desk.post(`${API}/provider-desk/requests/${contract.id}/reject`, { reason: 'Wij blijven bij ons besluit.' }).expect(200);
    const again = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(again.state).toBe('rejected');
    const opens = complaintsBodyOpensOn('telecom', null, letter.letterDate, detail.dueAt.slice(0, 10))!;
    expect(again.nextStep).toMatch(
      new RegExp(`^Verzoek aanpassen of intrekken uiterlijk .+\\. Vanaf ${letterDate(opens, 'nl')} kunt u naar de Geschillencommissie Telecommunicatie \\(als Telco Klacht daarbij is aangesloten\\)\\.$`),
    );
  });

  it("a health insurer's complaint letter, next step and Today name the SKGZ after its six weeks, not Kifid; an insurance of unrecorded kind names no body (audit80 INS-1)", async () => {
    const { provider: insurer, desk: zorgDesk } = await providerWithDesk(t, { name: 'Zorg Klacht', category: 'insurance', requiredDocuments: ['death_certificate'] }, 'desk');
    const to = { provider: insurer, desk: zorgDesk };
    const skgz = 'de Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ)';

    const { contract } = await rejected('Zorg', to, { description: 'Tandartsverzekering', insuranceKind: 'health' });
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds }).expect(200);
    await t.runDue();
    const detail = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    const letter = detail.letters.find((l: { kind: string }) => l.kind === 'rejection_complaint');
    const text = await letterText(anna, letter.id);
    expect(text).toContain(`Blijft een passende reactie uit, dan leg ik de zaak voor aan ${skgz}.`);
    expect(text).not.toContain('Kifid');

    await zorgDesk.post(`${API}/provider-desk/requests/${contract.id}/reject`, { reason: 'Wij blijven bij ons besluit.' }).expect(200);
    // Six weeks after the complaint: the term it gave the insurer ended before.
    expect(addCalendarDays(detail.dueAt.slice(0, 10), 1) < addCalendarDays(letter.letterDate, 42)).toBe(true);
    const opens = letterDate(addCalendarDays(letter.letterDate, 42), 'nl');
    const again = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(again.nextStep).toMatch(new RegExp(`^Verzoek aanpassen of intrekken uiterlijk .+\\. Vanaf ${opens} kunt u naar de Stichting Klachten en Geschillen Zorgverzekeringen \\(SKGZ\\)\\.$`));
    // Today says the owner's move once her term to answer the rejection passed.
    await t.runDue(8);
    const today = ((await anna.get(`${API}/queue`).expect(200)).body.contracts as { contractId: string; statusText: string }[]).find((c) => c.contractId === contract.id)!;
    expect(today.statusText).toContain(`kunt u naar ${skgz}`);
    expect(JSON.stringify([again.nextStep, today.statusText])).not.toContain('Kifid');

    // Kind not recorded: the insurer may be a zorgverzekeraar or not, so neither body is named.
    const unknown = await rejected('Zorg-onbekend', to);
    await anna.post(`${API}/contracts/${unknown.contract.id}/complain`, { grounds }).expect(200);
    await t.runDue();
    const unknownLetter = (await anna.get(`${API}/contracts/${unknown.contract.id}`).expect(200)).body.letters.find((l: { kind: string }) => l.kind === 'rejection_complaint');
    const unknownText = await letterText(anna, unknownLetter.id);
    expect(unknownText).toContain('Ik verzoek u uw afwijzing te heroverwegen');
    expect(unknownText).not.toContain('Blijft een passende reactie uit');
  });

  it('refuses an empty or blank answer to the rejection (400 naming `answer`), and takes an amend without one', async () => {
    const { contract } = await rejected('Leeg-antwoord');
    for (const answer of ['', '   ']) {
      const res = await anna.post(`${API}/contracts/${contract.id}/amend`, { answer }).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['answer']);
    }
    // A note given blank is refused likewise, naming `note` (left out it is fine).
    for (const note of ['', '  ']) {
      const res = await anna.post(`${API}/contracts/${contract.id}/amend`, { note }).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['note']);
    }
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('rejected');
    await anna.post(`${API}/contracts/${contract.id}/amend`, {}).expect(200);
  });

  it('tells the desk an amended request has not gone again yet, with the account number that changed, not that it was never sent (audit)', async () => {
    const { contract } = await rejected('Aangepast');
    const url = `${API}/provider-desk/requests/${contract.id}`;
    await anna.post(`${API}/contracts/${contract.id}/amend`, { answer: 'Het klantnummer was onjuist.' }).expect(200);
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'T-Aangepast-2' }).expect(200);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('ready');
    const said = 'De contactpersoon heeft het verzoek na uw afwijzing aangepast; het is nog niet opnieuw verstuurd. Stuurt de contactpersoon het opnieuw, dan ontvangt u het hier. Gewijzigd: klantnummer T-Aangepast-2 (was T-Aangepast).';
    const view = (await desk.get(url).expect(200)).body as { statusText: string; accountNumber: string; waitingOn: string };
    expect(view).toMatchObject({ statusText: said, accountNumber: 'T-Aangepast-2', waitingOn: 'steward' });
    expect(view.statusText).not.toContain('Nog niet verstuurd');
    // The list says the same as the request itself.
    const listed = ((await desk.get(`${API}/provider-desk/requests?status=all&limit=100`).expect(200)).body as { id: string; statusText: string }[]).find((r) => r.id === contract.id)!;
    expect(listed.statusText).toBe(said);
    // Once it went again the provider has the corrected request: its usual words.
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    expect((await desk.get(url).expect(200)).body.statusText).toMatch(/^Verzoek om beëindiging na overlijden; graag uw antwoord uiterlijk /);
  });

  it('once the complaint’s term passed unanswered, says that term with its date and what happens now: no "binnenkort", no "zonder termijn" (audit)', async () => {
    const { contract, family } = await rejected('Termijn');
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds }).expect(200);
    await t.runDue();
    const due = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.dueAt as string;
    await clockTo(t.admin, addBusinessDays(due, 1));
    const owner = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(owner).toMatchObject({ state: 'complained', dueAt: null });
    expect(owner.statusText).toContain(`tot en met ${longDate(due, 'nl')} verstreken`);
    expect(owner.statusText).not.toMatch(/zonder termijn/);
    expect(owner.statusTexts.en).not.toMatch(/no term set/);
    for (const lang of ['nl', 'en']) {
      const item = (await family.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items.find((c: { id: string }) => c.id === contract.id);
      expect(item.statusText).toContain(longDate(due, lang as 'nl' | 'en'));
      expect(`${item.statusText} ${item.nextStep}`).not.toMatch(/binnenkort|\bsoon\b/);
      expect(item.nextStep).toMatch(lang === 'nl' ? /neemt persoonlijk contact op/ : /contact/);
    }
  });

  it('ends the contract when the provider completes after the complaint', async () => {
    const { contract } = await rejected('Akkoord');
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds }).expect(200);
    await t.runDue();
    const done = (await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-11-30', reference: 'TK-1' }).expect(200)).body;
    expect(done.statusText).toMatch(/^Afhandeling bevestigd/);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body).toMatchObject({ state: 'confirmed', effectiveDate: '2026-11-30' });
  });

  it('names the complaints body only from the day after the term the complaint letter gave: around holidays 20 business days end after 4 weeks (audit)', async () => {
    // Kingsday, Ascension and Whit Monday fall inside the term: 20 business days from 20 April 2027 end on 21 May.
    await clockTo(t.admin, '2027-04-20');
    const { contract } = await rejected('Kerst');
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds }).expect(200);
    await t.runDue();
    const detail = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    const letter = detail.letters.find((l: { kind: string }) => l.kind === 'rejection_complaint');
    const text = await letterText(anna, letter.id);
    expect(text).toContain('Ik verzoek u uw afwijzing te heroverwegen en mij uiterlijk 21 mei 2027 een gemotiveerd antwoord te sturen.');
    // Four calendar weeks would be 18 May 2027, inside the term the letter gave Telco Klacht.
    expect(detail.nextStep).toBe('Geen antwoord op de klacht uiterlijk 21 mei 2027: Telco Klacht bellen. Vanaf 22 mei 2027 kunt u naar de Geschillencommissie Telecommunicatie (als Telco Klacht daarbij is aangesloten).');
  });

  /**
   * v26 (complaintinfo, audit99 F1): the desk asks for a document during the complaint and she sends it: the contract waits on the
   * complaint again, its four weeks from her answer's day; the desk reads the complaint, and her missed term is the complaint's next step,
   * not an ordinary reminder. v25 made it an ordinary request.
   */
  it('after a question asked during the complaint, the desk and the owner read the complaint after her answer, its term from the answer day; a missed term asks her call', async () => {
    const { estate, contract } = await rejected('Vraagklacht');
    const [certificate] = (await anna.get(`${API}/estates/${estate.id}/documents`).expect(200)).body.items as { id: string }[];
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds }).expect(200);
    await t.runDue();
    const url = `${API}/provider-desk/requests/${contract.id}`;
    const complaintStatus = (await desk.get(url).expect(200)).body.statusText as string;
    expect(complaintStatus).toMatch(/[Kk]lacht/);

    await t.runDue(3);
    await desk.post(`${url}/request-information`, { message: 'Graag de overlijdensakte opnieuw.', documentsNeeded: ['death_certificate'] }).expect(200);
    const answeredOn = (await t.runDue(2)).body.today as string;
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'De akte is bijgevoegd.', documentIds: [certificate.id] }).expect(200);
    await t.runDue();

    const after = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect({ state: after.state, version: after.workflow.version, due: after.dueAt.slice(0, 10) }).toEqual({ state: 'complained', version: CONTRACT_MACHINE_VERSION, due: addBusinessDays(answeredOn, 20) });
    expect(after.statusText).toMatch(/^Klacht ingediend bij Telco Klacht/);
    const view = (await desk.get(url).expect(200)).body;
    expect(view.statusText).toMatch(/[Kk]lacht/);
    expect(view.statusText).not.toMatch(/^Verzoek om beëindiging na overlijden/);
    expect(view.actions).not.toContain('acknowledge');

    // Her missed term: the complaint's next step, no reminder letter to the provider.
    await t.runDue(35);
    const missed = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect(missed.state).toBe('complained');
    expect(missed.letters.map((l: { kind: string }) => l.kind)).not.toContain('reminder');
    expect(missed.nextStep).toMatch(/bel|Geschillencommissie/i);
  });

  it('a document withdrawn after it answered the question asked during the complaint opens that question again for every reader; her new answer returns to the complaint (v27)', async () => {
    const { estate, contract, family } = await rejected('Vraagterug');
    const [certificate] = (await anna.get(`${API}/estates/${estate.id}/documents`).expect(200)).body.items as { id: string }[];
    await anna.post(`${API}/contracts/${contract.id}/complain`, { grounds }).expect(200);
    await t.runDue();
    const url = `${API}/provider-desk/requests/${contract.id}`;
    await desk.post(`${url}/request-information`, { message: 'Graag de overlijdensakte opnieuw.', documentsNeeded: ['death_certificate'] }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'De akte is bijgevoegd.', documentIds: [certificate.id] }).expect(200);
    await t.runDue();
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('complained');

    await anna.post(`${API}/documents/${certificate.id}/withdraw`, { reason: 'Akte van een naamgenoot, een nieuwe volgt.' }).expect(200);
    await t.runDue();
    const reopened = (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body;
    expect({ state: reopened.state, asked: reopened.openQuestion?.documentsNeeded }).toEqual({ state: 'informationRequested', asked: ['death_certificate'] });
    expect(reopened.statusText).toContain('Er volgt een nieuwe overlijdensakte: de gestuurde is op');
    const view = (await desk.get(url).expect(200)).body as { statusText: string; thread: { text?: string }[] };
    expect({ statusText: view.statusText, withdrawn: view.thread.some((i) => i.text?.startsWith('Steward trok een document in dat het u op uw vraag stuurde; er volgt een nieuw exemplaar')) }).toEqual({
      statusText: 'U vroeg om aanvullende informatie; de contactpersoon levert die aan.',
      withdrawn: true,
    });
    const card = ((await family.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === contract.id);
    expect(card?.statusText).toMatch(/^Telco Klacht vraagt om aanvullende informatie\./);

    // A new certificate answers the question again: back to the complaint, not to an ordinary request.
    const renewed = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte-2.pdf').expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'De juiste akte is bijgevoegd.', documentIds: [renewed.id] }).expect(200);
    expect((await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.state).toBe('complained');
  });
});
