import { letterDate } from '../../letters/dates';
import { addBusinessDays } from '../../workflows';
import { API, clockTo, createEstate, createProvider, HOLDER_PARTICULARS, letterText, postEverything, TINY_PDF } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * Letters that refer back to an earlier letter claim only what the history holds: what that letter
 * said, what was corrected since and when, what the provider answered (README, Letters → later letters).
 */
describe('later letters claim only what the history holds', () => {
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna } = await startWithOwner()));
  afterAll(() => t?.close());

  /** To the business day after the contract's term, when the passed term is acted on. */
  const pastTerm = async (contractId: string) => clockTo(t.admin, addBusinessDays((await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.dueAt, 1));
  type Letter = { id: string; kind: string; status: string; letterDate: string };
  const lettersOf = async (contractId: string) => (await anna.get(`${API}/contracts/${contractId}`).expect(200)).body.letters as Letter[];
  const pdfOf = async (letter: Letter) => await letterText(anna, letter.id);
  const day = (letter: Letter) => letterDate(letter.letterDate, 'nl');

  async function estateWithProvider(name: string, category = 'telecom') {
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201);
    const provider = await createProvider(t.admin, { name, category, slaBusinessDays: 10 });
    return { estate, provider };
  }
  async function requested(estateId: string, providerId: string, body: Record<string, unknown>) {
    const contract = (await anna.post(`${API}/estates/${estateId}/contracts`, { providerId, action: 'cancel', ...body }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    return contract;
  }

  it('a reminder, complaint and withdrawal say the number the request asked for, and the correction since, never the corrected number as asked', async () => {
    const { estate, provider } = await estateWithProvider('KPN');
    const contract = await requested(estate.id, provider.id, { description: 'Internet thuis', accountNumber: 'KPN-2222' });
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'KPN-2223' }).expect(200);
    await t.runDue(1);
    // Corrected once more: the second correction letter says where the provider read the number it replaces.
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'KPN-2224' }).expect(200);
    await t.runDue(1);
    const [request, first, second] = await lettersOf(contract.id);
    expect([request, first, second].map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation sent', 'correction sent', 'correction sent']);
    expect(await pdfOf(first)).toContain('Mijn verzoek vermeldde als klantnummer KPN-2222; het juiste klantnummer is KPN-2223.');
    const again = await pdfOf(second);
    expect(again).toContain(`Op ${day(request)} heb ik u namens de nabestaanden van Jan de Vries, overleden op 2 november 2026, gevraagd het contract Internet thuis te beëindigen.`);
    expect(again).toContain(`Mijn correctie van ${day(first)} vermeldde als klantnummer KPN-2223; het juiste klantnummer is KPN-2224.`);
    expect(again).not.toContain('Mijn verzoek vermeldde als klantnummer KPN-2223');

    const asked = `Op ${day(request)} heb ik u namens de nabestaanden van Jan de Vries, overleden op 2 november 2026, gevraagd het contract Internet thuis met klantnummer KPN-2222 te beëindigen. Op ${day(second)} heb ik u laten weten dat het juiste klantnummer KPN-2224 is.`;
    await pastTerm(contract.id);
    const reminder = (await lettersOf(contract.id)).find((l) => l.kind === 'reminder')!;
    const reminded = await pdfOf(reminder);
    expect(reminded).toContain(asked);
    expect(reminded).not.toMatch(/klantnummer KPN-222[34] te beëindigen/);
    // The subject names the contract as the provider knows it now: the number the last correction that went out told (asprinted).
    expect(reminded).toContain('Betreft: Herinnering: Internet thuis, klantnummer KPN-2224, van Jan de Vries');

    await pastTerm(contract.id);
    const escalation = (await lettersOf(contract.id)).find((l) => l.kind === 'escalation')!;
    const complained = await pdfOf(escalation);
    expect(complained).toContain(asked);
    expect(complained).toContain(': Internet thuis, klantnummer KPN-2224, van Jan de Vries');

    await anna.post(`${API}/contracts/${contract.id}/withdraw`, { reason: 'De familie houdt het contract aan.' }).expect(200);
    await t.runDue();
    const withdrawal = (await lettersOf(contract.id)).find((l) => l.kind === 'withdrawal')!;
    const withdrawn = await pdfOf(withdrawal);
    expect(withdrawn).toContain(asked);
    expect(withdrawn).toContain(': Internet thuis, klantnummer KPN-2224, van Jan de Vries');
    expect(withdrawn).not.toMatch(/klantnummer KPN-222[23], van/);
  });

  it('names a correction by post by the day it was posted, not the day it was written, and not at all before', async () => {
    const postalAddress = { street: 'Postbus 2', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const provider = await createProvider(t.admin, { name: 'Odido', channel: 'post', slaBusinessDays: 10, requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, action: 'cancel', description: 'Mobiel', accountNumber: 'OD-100' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const postAll = () => postEverything(anna);
    await postAll();
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'OD-101' }).expect(200);
    await t.runDue();

    // The correction waits for the post: the reminder says nothing of it, and names the contract as the request did (Odido knows no other).
    await pastTerm(contract.id);
    const [request, correction, reminder] = await lettersOf(contract.id);
    expect([request, correction, reminder].map((l) => l.kind)).toEqual(['cancellation', 'correction', 'reminder']);
    const reminded = await pdfOf(reminder);
    expect(reminded).toContain('Betreft: Herinnering: Mobiel, klantnummer OD-100, van Jan de Vries');
    expect(reminded).toContain('gevraagd het contract Mobiel met klantnummer OD-100 te beëindigen.');
    expect(reminded).not.toContain('OD-101');

    // Posted two days later: a later letter names the correction by that day.
    await t.runDue(2);
    await postAll();
    const postedOn = letterDate(t.clock.today(), 'nl');
    expect(postedOn).not.toBe(day(correction));
    await anna.post(`${API}/contracts/${contract.id}/withdraw`, { reason: 'De familie houdt het contract aan.' }).expect(200);
    await t.runDue();
    const withdrawn = await pdfOf((await lettersOf(contract.id)).find((l) => l.kind === 'withdrawal')!);
    expect(withdrawn).toContain(`gevraagd het contract Mobiel met klantnummer OD-100 te beëindigen. Op ${postedOn} heb ik u laten weten dat het juiste klantnummer OD-101 is.`);
    expect(withdrawn).not.toContain(`Op ${day(correction)} heb ik u laten weten`);
    // Posted, the correction told Odido the number it files the request under now.
    expect(withdrawn).toContain('Betreft: Intrekking van mijn verzoek: Mobiel, klantnummer OD-101, van Jan de Vries');
  });

  it('a correction for a contract the provider confirmed asks only to update its records, and keeps the confirmed date', async () => {
    const { estate, provider } = await estateWithProvider('Ziggo');
    const ended = await requested(estate.id, provider.id, { description: 'Internet', accountNumber: 'Z-1' });
    await anna.post(`${API}/contracts/${ended.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: 'ZG-9' }).expect(200);
    const maria = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body;
    await anna.patch(`${API}/estates/${estate.id}/family-members/${maria.id}`, { ...HOLDER_PARTICULARS, email: 'maria@familie.example' }).expect(200);
    const moved = await requested(estate.id, provider.id, { description: 'Mobiel', accountNumber: 'Z-2', action: 'transfer', transferToFamilyMemberId: maria.id });
    await anna.post(`${API}/contracts/${moved.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-12-01', reference: 'ZG-10' }).expect(200);
    // Ziggo told the owner both by phone: the letters say so, and the day she recorded it (README, receivedvia).
    const toldOn = letterDate(t.clock.today(), 'nl');

    // Corrected once both dates have passed (whichever test ran before): the letters say what was done.
    await clockTo(t.admin, '2026-12-02');
    await anna.patch(`${API}/estates/${estate.id}`, { deceased: { dateOfBirth: '1946-05-15' } }).expect(200);
    await t.runDue();
    for (const [contract, confirmed] of [
      [ended, `U heeft mij op ${toldOn} telefonisch laten weten dat het contract is beëindigd per 30 november 2026; daaraan verandert niets.`],
      [moved, `U heeft mij op ${toldOn} telefonisch laten weten dat het contract per 1 december 2026 is overgezet op naam van Maria de Vries; daaraan verandert niets.`],
    ] as const) {
      const correction = (await lettersOf(contract.id)).find((l) => l.kind === 'correction')!;
      const text = await pdfOf(correction);
      expect(text).toContain('Mijn verzoek vermeldde als geboortedatum van de overledene 14 mei 1946; de juiste geboortedatum van de overledene is 15 mei 1946.');
      expect(text).toContain(`${confirmed} Wilt u dit in uw administratie aanpassen? Verder hoeft u niets te doen.`);
      expect(text).not.toContain('afhandelen');
      expect(text).not.toContain('Voor het overige');
    }
  });

  it('a request sent again after a rejection says what the provider answered and what changed', async () => {
    const { estate, provider } = await estateWithProvider('Greenchoice', 'energy');
    const contract = await requested(estate.id, provider.id, { description: 'Stroom en gas', accountNumber: '5550' });
    await t.runDue(1);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/rejected`, { receivedVia: 'phone', reason: 'Klantnummer 5550 is bij ons niet bekend.' }).expect(200);
    const rejectedOn = letterDate(t.clock.today(), 'nl');
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: '5505' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/amend`, {}).expect(200);
    await t.runDue(1);
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const [first, again] = await lettersOf(contract.id);
    expect([first, again].map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation sent', 'cancellation sent']);
    const text = await pdfOf(again);
    expect(text).toContain(
      `Op ${day(first)} heb ik u gevraagd het contract Stroom en gas met klantnummer 5550 te beëindigen. Op ${rejectedOn} liet u weten dat u dat verzoek niet kon verwerken (reden: „Klantnummer 5550 is bij ons niet bekend.”). Hierbij doe ik het verzoek opnieuw. Het eerdere verzoek vermeldde als klantnummer 5550; het juiste klantnummer is 5505.`,
    );
    expect(text).toContain('Ik verzoek u het contract Stroom en gas met klantnummer 5505 kosteloos');
    expect(await pdfOf(first)).not.toContain('opnieuw');
  });

  it("a request sent again quotes the owner's answer to the rejection right after it", async () => {
    const { estate, provider } = await estateWithProvider('Eneco', 'energy');
    const contract = await requested(estate.id, provider.id, { description: 'Stroom', accountNumber: '7770' });
    await t.runDue(1);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/rejected`, { receivedVia: 'phone', reason: 'Dit is een zakelijk contract.' }).expect(200);
    const rejectedOn = letterDate(t.clock.today(), 'nl');
    await anna.post(`${API}/contracts/${contract.id}/amend`, { answer: 'Het contract staat op naam van de overledene als particulier, niet zakelijk; wij handhaven ons verzoek.', note: 'Intern: gebeld met de dochter.' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const [first, again] = await lettersOf(contract.id);
    expect([first, again].map((l) => `${l.kind} ${l.status}`)).toEqual(['cancellation sent', 'cancellation sent']);
    expect(await pdfOf(again)).toContain(
      `Op ${rejectedOn} liet u weten dat u dat verzoek niet kon verwerken (reden: „Dit is een zakelijk contract.”). Ons antwoord daarop: „Het contract staat op naam van de overledene als particulier, niet zakelijk; wij handhaven ons verzoek.” Hierbij doe ik het verzoek opnieuw.`,
    );
    // The case-file note beside it stays in the case file: the owner's history shows both.
    expect(await pdfOf(again)).not.toContain('gebeld');
    const history = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=100`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(history).toContainEqual(expect.stringContaining('Verzoek aan Eneco aangepast na de afwijzing; antwoord in de brief: „Het contract staat op naam van de overledene als particulier, niet zakelijk; wij handhaven ons verzoek.”; notitie: Intern: gebeld met de dochter.'));
  });
});
