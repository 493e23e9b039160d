import { OutboxService } from '../../src/runtime/outbox.service';
import { API, createEstate, createProvider, letterText, postEverything } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * README, agencylate: a debt collector's letter recorded wrongly is corrected after the collection stopped, the bill was resolved or the
 * contract closed (on main: 409 `state-conflict`). The owner's history says what went under the wrong particulars and what goes again;
 * the letter that still matters goes to the corrected agency saying what it replaces; the family hears it; nothing goes when nothing must.
 */
describe("a debt collector's letter corrected after the collection's stop", () => {
  let t: TestApp;
  let anna: Specialist;
  let pieter: Specialist;
  let sink: SmtpSink;
  let provider: { id: string; name: string };

  beforeAll(async () => {
    ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true }));
    pieter = await t.specialist('Pieter Jansen');
    provider = await createProvider(t.admin, { name: 'Noordstroom', requiredDocuments: [], slaBusinessDays: 5, channel: 'portal' });
  });
  afterAll(() => t?.close());

  type Letter = { id: string; kind: string; status: string; deliveryStatus: string; recipient: string; channel: string; deliveryAddress?: string | null };
  const detailOf = async (id: string, owner: Specialist = anna) => (await owner.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; letters: Letter[] };
  const history = async (id: string, owner: Specialist = anna) => ((await owner.get(`${API}/contracts/${id}/timeline`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary.replace(/\u00a0/g, ' ')).join('\n');
  const typo = { agency: 'Incassobureau Noordd', agencyEmail: 'dossiers@incasso-nord.example', reference: 'INC-7', amount: 54 };
  const right = { agency: 'Incassobureau Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-7', amount: 54 };
  const addresses = (to: unknown): string[] => (Array.isArray(to) ? to : to ? [to] : []).flatMap((a: { value: { address?: string }[] }) => a.value.map((v) => v.address ?? ''));
  const fields = (body: { errors: { field: string }[] }) => body.errors.map((e) => e.field);

  /** Confirmed, an heir with an address, the agency's letter recorded with a typo and our stop sent to the mistyped address. */
  async function collectedWithTypo(givenNames: string, bill = false, notice: Record<string, unknown> = typo, owner: Specialist = anna) {
    const estate = await createEstate(owner, { givenNames });
    const heir = `heir-${givenNames.toLowerCase()}@family.example`;
    await owner.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria', email: heir, relation: 'dochter', role: 'representative' }).expect(201);
    const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: `NS-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await owner.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'NS-R1', effectiveDate: '2026-11-30' }).expect(200);
    if (bill) await owner.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-11-26', periodTo: '2026-12-25', amount: 60 }).expect(200);
    await owner.post(`${API}/contracts/${contract.id}/collection-notice`, notice).expect(200);
    await t.runDue();
    return { estate, contract, heir };
  }
  const endLetters = async (id: string, owner: Specialist = anna) => (await detailOf(id, owner)).letters.filter((l) => l.kind === 'collection_ended');
  const replaced = /Op \d{1,2} \w+ \d{4} heb ik u een brief met hetzelfde verzoek gestuurd, maar onder een verkeerde naam \(Incassobureau Noordd\) en naar een verkeerd e-mailadres \(dossiers@incasso-nord\.example\)\. Deze brief vervangt die brief\./;

  it('after the collection stopped: records the correction, and the „incasso beëindigd" letter goes again to the corrected agency saying what it replaces', async () => {
    const { contract, heir } = await collectedWithTypo('Anneke');
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'incasso gestopt' }).expect(200);
    await t.runDue();
    expect((await endLetters(contract.id)).map((l) => l.recipient)).toEqual(['Incassobureau Noordd']);
    const digestsBefore = familyDigests(sink, heir).length;

    const res = await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, right).expect(200);
    expect(res.body.state).not.toBe('collectionStopRequested');
    await t.runDue();
    const ended = await endLetters(contract.id);
    expect(ended.map((l) => [l.recipient, l.channel])).toEqual([['Incassobureau Noordd', 'email'], ['Incassobureau Noord', 'email']]);
    // The agency's mailbox at the corrected address received it.
    const mailedTo = (address: string) => sink.messages.filter((m) => addresses(m.to).includes(address)).length;
    expect(mailedTo('dossiers@incasso-noord.example')).toBe(1);
    const again = await letterText(anna, ended[1].id);
    expect(again).toMatch(replaced);
    expect(again).toContain('Ik verzoek u daarom uw dossier te sluiten');
    expect(again.replace(/\(Incassobureau Noordd\)/, '')).not.toContain('Noordd');
    // Our stop is not sent again: the collection is recorded as stopped.
    expect((await detailOf(contract.id)).letters.filter((l) => l.kind === 'collection_stop' && l.channel === 'email').length).toBe(1);

    const said = await history(contract.id);
    expect(said).toContain('Noordstroom, Stroom: brief van het incassobureau gecorrigeerd: naam van Incassobureau Noordd naar Incassobureau Noord; e-mailadres van dossiers@incasso-nord.example naar dossiers@incasso-noord.example.');
    // agencylate2: each letter by kind and day.
    expect(said).toMatch(/Onder de verkeerde gegevens gingen naar het incassobureau: verzoek incassostop van \d{1,2} \w+ 2026, incasso beëindigd \(aan incassobureau\) van \d{1,2} \w+ 2026\. Ons bericht dat de incasso is beëindigd gaat nu opnieuw naar het incassobureau, met de juiste gegevens; de brief zegt welke brief hij vervangt\./);

    const digest = await nextFamilyDigest(t.admin, sink, heir, digestsBefore);
    expect(digest.replace(/\u00a0/g, ' ')).toContain(
      'We hadden de brief van het incassobureau over het contract bij Noordstroom met een fout vastgelegd; dat is verbeterd (vordering van Incassobureau Noord (kenmerk INC-7), € 54,00). Ons bericht dat de incasso is beëindigd gaat daarom opnieuw naar het incassobureau, nu met de juiste gegevens; u hoeft hier zelf niets aan te doen.',
    );
  });

  it('after the bill was withdrawn: the end letter goes again; an unchanged correction is a 422 naming agency, another owner reads 404; an amount alone sends nothing and the history says so', async () => {
    const { contract } = await collectedWithTypo('Cees', true);
    await anna.post(`${API}/contracts/${contract.id}/dispute-answer/invoice_withdrawn`, { receivedVia: 'phone', invoiceReference: 'F-01' }).expect(200);
    await t.runDue();
    expect((await detailOf(contract.id)).state).not.toBe('collectionStopRequested');
    expect((await endLetters(contract.id)).map((l) => l.recipient)).toEqual(['Incassobureau Noordd']);

    await pieter.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, right).expect(404);
    expect(fields((await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, typo).expect(422)).body)).toEqual(['agency']);
    expect(fields((await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, { ...right, agency: '' }).expect(400)).body)).toContain('agency');

    await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, right).expect(200);
    await t.runDue();
    const ended = await endLetters(contract.id);
    expect(ended.map((l) => l.recipient)).toEqual(['Incassobureau Noordd', 'Incassobureau Noord']);
    expect(await letterText(anna, ended[1].id)).toMatch(replaced);

    // The same correction again changes nothing: refused, naming the agency; only the amount: recorded, no letter.
    expect(fields((await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, right).expect(422)).body)).toEqual(['agency']);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, { ...right, amount: 45 }).expect(200);
    await t.runDue();
    expect((await endLetters(contract.id)).length).toBe(2);
    expect(await history(contract.id)).toContain('geëist bedrag van € 54,00 naar € 45,00. Het incassobureau krijgt geen nieuwe brief: alleen het bedrag in het dossier is aangepast.');
  });

  it('on a contract closed with its estate, once the estate is reopened: the correction is recorded and the end letter goes again', async () => {
    const { estate, contract } = await collectedWithTypo('Dirk');
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'incasso gestopt' }).expect(200);
    await t.runDue(70);
    await anna.post(`${API}/estates/${estate.id}/close`).expect(200);
    await t.runDue();
    expect((await detailOf(contract.id)).state).toBe('closed');
    await anna.post(`${API}/estates/${estate.id}/reopen`, { reason: 'Incassobureau verkeerd vastgelegd' }).expect(200);
    const res = await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, right).expect(200);
    expect(res.body.state).toBe('closed');
    await t.runDue();
    expect((await endLetters(contract.id)).map((l) => l.recipient)).toEqual(['Incassobureau Noordd', 'Incassobureau Noord']);
    expect(await history(contract.id)).toContain('Ons bericht dat de incasso is beëindigd gaat nu opnieuw naar het incassobureau');
  });
  // agencylate2: a letter to the agency still waiting when the notice is corrected never goes under the wrong particulars.
  const stopped = (id: string) => anna.post(`${API}/contracts/${id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'incasso gestopt' }).expect(200);
  const dayOf = (text: string) => text.match(/verzoek incassostop van (\d{1,2} \w+ \d{4})/)?.[1];

  it('sets apart an end letter made but not yet e-mailed when the notice is corrected: it never reaches the mistyped address, and goes once to the corrected one; another owner reads 404', async () => {
    const { contract } = await collectedWithTypo('Eefje');
    await stopped(contract.id);
    // The end letter is made; its e-mail to the mistyped address waits for its sending.
    await t.app.get(OutboxService).drain(1000, ['letter']);
    expect((await endLetters(contract.id)).map((l) => [l.recipient, l.status])).toEqual([['Incassobureau Noordd', 'sent']]);
    const mailedTo = (address: string) => sink.messages.filter((m) => addresses(m.to).includes(address)).length;
    const [toTypoBefore, toRightBefore] = [mailedTo('dossiers@incasso-nord.example'), mailedTo('dossiers@incasso-noord.example')];

    await pieter.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, right).expect(404);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, right).expect(200);
    await t.runDue();
    await t.runDue();
    const ended = (await detailOf(contract.id)).letters;
    const ends = ended.filter((l) => l.kind === 'collection_ended');
    expect(ends.map((l) => [l.recipient, l.deliveryStatus]).sort()).toEqual([['Incassobureau Noord', 'delivered'], ['Incassobureau Noordd', 'failed']]);
    // Nothing more went to the mistyped address; the corrected one had the end letter once, and no stop of ours went again.
    expect(mailedTo('dossiers@incasso-nord.example')).toBe(toTypoBefore);
    expect(mailedTo('dossiers@incasso-noord.example')).toBe(toRightBefore + 1);
    expect(ended.filter((l) => l.kind === 'collection_stop' && l.recipient === 'Incassobureau Noord')).toEqual([]);
    // It replaces no letter the agency read: it says so nowhere.
    const text = await letterText(anna, ends.find((l) => l.recipient === 'Incassobureau Noord')!.id);
    expect(text).toContain('Ik verzoek u daarom uw dossier te sluiten');
    expect(text).not.toMatch(/Deze brief vervangt die brief|Noordd|incasso-nord/);

    const said = await history(contract.id);
    const day = dayOf(said);
    expect(day).toBeDefined();
    expect(said).toContain(
      `Onder de verkeerde gegevens gingen naar het incassobureau: verzoek incassostop van ${day}. Tegengehouden voordat ze weggingen, dus niet onder de verkeerde gegevens verstuurd: incasso beëindigd (aan incassobureau). Ons bericht dat de incasso is beëindigd gaat nu naar het incassobureau, met de juiste gegevens.`,
    );
  });

  it('sets apart an end letter by post in a print batch not posted yet when the notice is corrected: the corrected address gets it once, the batch no longer holds it', async () => {
    const post = (street: string) => ({ street, postalCode: '9700 AA', city: 'Groningen', country: 'NL' });
    const byPost = { agency: 'Incassobureau Noordd', agencyAddress: post('Postbus 71'), reference: 'INC-9', amount: 54 };
    const { contract } = await collectedWithTypo('Femke', false, byPost);
    // Our stop went by post (its batch posted).
    await postEverything(anna);
    await stopped(contract.id);
    await t.runDue();
    const batchIds = (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    const inBatch = async () => (await Promise.all(batchIds.map(async (id) => (await anna.get(`${API}/print-batches/${id}`)).body?.letters ?? []))).flat() as { id: string }[];
    const [waiting] = await endLetters(contract.id);
    expect((await inBatch()).map((l) => l.id)).toContain(waiting.id);
    // Downloaded, not posted: the batch will have to say why the letter left it.
    const holding = (await Promise.all(batchIds.map(async (id) => ((await anna.get(`${API}/print-batches/${id}`)).body?.letters ?? []).some((l: { id: string }) => l.id === waiting.id) ? id : null))).find((id) => id !== null)!;
    await anna.get(`${API}/print-batches/${holding}/pdf`).expect(200);

    await anna.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, { ...byPost, agency: 'Incassobureau Noord', agencyAddress: post('Postbus 17') }).expect(200);
    await t.runDue();
    const letters = (await detailOf(contract.id)).letters;
    const ends = letters.filter((l) => l.kind === 'collection_ended');
    expect(ends.map((l) => [l.recipient, l.deliveryStatus]).sort()).toEqual([['Incassobureau Noord', 'queued_for_print'], ['Incassobureau Noordd', 'failed']]);
    expect((await inBatch()).map((l) => l.id)).not.toContain(waiting.id);
    // It says why: the agency's particulars were corrected (agencylate2 said a bank's block was taken back; the first merge, an address corrected).
    const pdf = await anna.get(`${API}/print-batches/${holding}/pdf`).expect(409);
    expect(pdf.body.detail).toContain('de brief aan Incassobureau Noordd gaat niet mee, want de gegevens van het incassobureau zijn gecorrigeerd; wat nog nodig is, gaat met de juiste gegevens.');
    const text = await letterText(anna, ends.find((l) => l.recipient === 'Incassobureau Noord')!.id);
    expect(text).toContain('Postbus 17');
    expect(text).not.toMatch(/Postbus 71|Noordd/);
    expect(letters.filter((l) => l.kind === 'collection_stop' && l.recipient === 'Incassobureau Noord')).toEqual([]);
    const said = await history(contract.id);
    expect(dayOf(said)).toBeDefined();
    expect(said).toContain(`Onder de verkeerde gegevens gingen naar het incassobureau: verzoek incassostop van ${dayOf(said)}. Tegengehouden voordat ze weggingen, dus niet onder de verkeerde gegevens verstuurd: incasso beëindigd (aan incassobureau).`);
  });

  // agencye2e: agencylate2's Not done, walked on the real outbox and mailbox.
  const mailed = (address: string) => sink.messages.filter((m) => addresses(m.to).includes(address)).length;
  const correctedTo = (owner: Specialist, id: string) => owner.post(`${API}/contracts/${id}/collection-notice-corrected`, right).expect(200);
  /** Anna corrects the notice while the agency still collects: the mistyped address hears nothing more, the corrected one our stop once. Its letters and that stop's text. */
  async function stopSentAgainOnce(id: string) {
    const [toTypoBefore, toRightBefore] = [mailed('dossiers@incasso-nord.example'), mailed('dossiers@incasso-noord.example')];
    await correctedTo(anna, id);
    await t.runDue();
    await t.runDue();
    const letters = (await detailOf(id)).letters;
    expect(mailed('dossiers@incasso-nord.example')).toBe(toTypoBefore);
    expect(mailed('dossiers@incasso-noord.example')).toBe(toRightBefore + 1);
    const toAgency = letters.filter((l) => l.recipient === 'Incassobureau Noord');
    expect(toAgency.map((l) => [l.kind, l.channel, l.deliveryStatus])).toEqual([['collection_stop', 'email', 'delivered']]);
    return { letters, text: await letterText(anna, toAgency[0].id) };
  }

  it('withdraws an end letter not made yet when the notice is corrected: it is made once, for the corrected agency, and the mistyped one never hears of it', async () => {
    const { contract } = await collectedWithTypo('Gerrit');
    await stopped(contract.id);
    // The collection stopped; the end letter is still an outbox effect nobody has claimed.
    expect(await endLetters(contract.id)).toEqual([]);
    const [toTypoBefore, toRightBefore] = [mailed('dossiers@incasso-nord.example'), mailed('dossiers@incasso-noord.example')];

    await correctedTo(anna, contract.id);
    await t.runDue();
    await t.runDue();
    const letters = (await detailOf(contract.id)).letters;
    const ends = letters.filter((l) => l.kind === 'collection_ended');
    expect(ends.map((l) => [l.recipient, l.channel, l.deliveryStatus])).toEqual([['Incassobureau Noord', 'email', 'delivered']]);
    expect(mailed('dossiers@incasso-nord.example')).toBe(toTypoBefore);
    expect(mailed('dossiers@incasso-noord.example')).toBe(toRightBefore + 1);
    expect(letters.filter((l) => l.kind === 'collection_stop' && l.recipient === 'Incassobureau Noord')).toEqual([]);
    const text = await letterText(anna, ends[0].id);
    expect(text).toContain('Ik verzoek u daarom uw dossier te sluiten');
    expect(text).not.toMatch(/Deze brief vervangt die brief|Noordd|incasso-nord/);

    const said = await history(contract.id);
    expect(said).toContain(
      `Onder de verkeerde gegevens gingen naar het incassobureau: verzoek incassostop van ${dayOf(said)}. Tegengehouden voordat ze weggingen, dus niet onder de verkeerde gegevens verstuurd: incasso beëindigd (aan incassobureau). Ons bericht dat de incasso is beëindigd gaat nu naar het incassobureau, met de juiste gegevens.`,
    );
  });

  it('holds back our objection\'s withdrawal not made yet while the agency still collects: it never goes under the wrong details, and the corrected agency reads our stop once', async () => {
    const { contract } = await collectedWithTypo('Hendrik', true);
    // The estate pays F-01 after all: the provider and the agency are to hear the objection is withdrawn; the agency still collects.
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { invoiceReference: 'F-01', outcome: 'payFromEstate' }).expect(200);

    const { letters, text } = await stopSentAgainOnce(contract.id);
    expect(letters.filter((l) => l.kind === 'dispute_withdrawal').map((l) => l.recipient)).toEqual([provider.name]);
    // The withdrawal is in our stop sent again, which replaces the stop that went to the mistyped address.
    expect(text).toMatch(replaced);
    expect(text).toMatch(/Op \d{1,2} \w+ \d{4} heb ik bezwaar gemaakt tegen de factuur van Noordstroom met nummer F-01/);
    expect(text).toContain('Die factuur wordt betaald uit de nalatenschap.');
    expect(text.replace(/\(Incassobureau Noordd\)|\(dossiers@incasso-nord\.example\)/g, '')).not.toMatch(/Noordd|incasso-nord/);

    const said = await history(contract.id);
    expect(said).toContain(
      `Onder de verkeerde gegevens gingen naar het incassobureau: verzoek incassostop van ${dayOf(said)}. Tegengehouden voordat ze weggingen, dus niet onder de verkeerde gegevens verstuurd: bezwaar ingetrokken. Ons verzoek om de incasso op te schorten gaat nu opnieuw naar het incassobureau, met de juiste gegevens; de brief zegt welke brief hij vervangt.`,
    );
  });

  it('tells the English owner the same story in English: what went under the wrong details by day, what was held back, what goes now', async () => {
    const emma = await t.specialist('Emma Smith', undefined, { language: 'en' });
    const { contract } = await collectedWithTypo('Ingrid', false, typo, emma);
    await emma.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'collection stopped' }).expect(200);
    await correctedTo(emma, contract.id);
    await t.runDue();
    expect((await endLetters(contract.id, emma)).map((l) => l.recipient)).toEqual(['Incassobureau Noord']);
    const said = await history(contract.id, emma);
    const day = said.match(/collection stop of (\d{1,2} [A-Z]\w+ \d{4})/)?.[1];
    expect(day).toBeDefined();
    expect(said).toContain(
      `Noordstroom, Stroom: collection agency's letter corrected: name from Incassobureau Noordd to Incassobureau Noord; email address from dossiers@incasso-nord.example to dossiers@incasso-noord.example. Under the wrong details these went to the agency: collection stop of ${day}. Held back before they went, so not sent under the wrong details: collection ended (to the agency). Our word that the collection ended now goes to the agency, with the right details.`,
    );
    expect(said).not.toMatch(/verkeerde gegevens|Tegengehouden/);
  });

  // agencyheld: agencye2e's Not done, walked. The provider tells the owner the collection is suspended while the objection runs (its desk
  // can only say stopped): the agency's file stays open, so a bill correction held back by the notice's correction is in our stop sent again.
  it('after the provider said the collection is suspended: a held bill correction never goes under the wrong details, and our stop with the corrected bill goes once to the corrected agency', async () => {
    const { contract } = await collectedWithTypo('Jozef', true);
    await anna.post(`${API}/contracts/${contract.id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'suspended', note: 'opgeschort zolang het bezwaar loopt' }).expect(200);
    await t.runDue();
    // F-01 was recorded wrongly: its correction to the mistyped agency is still an outbox effect nobody has claimed.
    await anna.post(`${API}/contracts/${contract.id}/bill-corrected`, { reference: 'F-01', invoiceDate: '2026-11-20', periodFrom: '2026-11-26', periodTo: '2026-12-25', amount: 65 }).expect(200);
    await pieter.post(`${API}/contracts/${contract.id}/collection-notice-corrected`, right).expect(404);

    const { letters, text } = await stopSentAgainOnce(contract.id);
    expect(letters.filter((l) => l.kind === 'bill_correction').map((l) => l.recipient)).toEqual([provider.name]);
    // Our stop sent again states F-01 as corrected and says which letter it replaces.
    expect(text).toMatch(replaced);
    expect(text).toContain('F-01 van 20 november 2026, een bedrag van € 65,00');
    expect(text).not.toContain('€ 60,00');

    const said = await history(contract.id);
    expect(said).toContain(
      `Onder de verkeerde gegevens gingen naar het incassobureau: verzoek incassostop van ${dayOf(said)}. Tegengehouden voordat ze weggingen, dus niet onder de verkeerde gegevens verstuurd: factuurcorrectie. Ons verzoek om de incasso op te schorten gaat nu opnieuw naar het incassobureau, met de juiste gegevens; de brief zegt welke brief hij vervangt.`,
    );
    expect(said).not.toContain('de incasso is als gestopt vastgelegd');
  });
});
