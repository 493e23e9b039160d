import { DataSource } from 'typeorm';
import { addBusinessDays, longDate } from '../../workflows';
import { letterDate } from '../../letters';
import { flat, pdfText } from '../../letters/test-support';
import { OutboxService } from '../../src/runtime/outbox.service';
import { API, createEstate, createProvider, deskOf } from '../support/fixtures';
import { SmtpSink } from '../support/smtp-sink';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * Audit: an e-mail letter that never arrived started its term, was called "verstuurd" and was chased; sent after
 * "Opnieuw proberen" two weeks on, it still asked for an answer by a date that had passed. A letter by e-mail whose
 * delivery failed is not with the provider, as one waiting for the post is not: its term is held, nobody reads it was
 * sent, and delivered on a later day it is made anew, dated that day, its term counted from then. Since branch
 * undelivered2 the same holds before its first attempt (a backlog): only a delivered e-mail is with the provider; its
 * desk and its webhook endpoints hear of the letter it received, once. Since branch undelpend an e-mail on its way reads
 * "wordt verstuurd" for a quarter of an hour (`SENDING_GRACE_MS`), a refused or stuck one "nog niet bezorgd", and a retry is
 * advised only once the outbox gave up on it (parked).
 */
describe('letters by e-mail: no term, no chase and no "verstuurd" before the letter arrives', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => {
    // Loopback webhook endpoints are allowed for tests only.
    ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true, env: { STEWARD_WEBHOOKS_ALLOW_PRIVATE: 'true' } }));
  });
  afterAll(() => t?.close());

  const advance = async (advanceDays: number) => (await t.admin.post(`${API}/admin/clock`, { advanceDays }).expect(200)).body.now as string;
  const contractOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body;
  const lettersOf = async (estateId: string) => (await anna.get(`${API}/estates/${estateId}/letters`).expect(200)).body.items as { id: string; kind: string; letterDate: string; deliveryStatus: string }[];
  const ownerHistory = async (estateId: string) => (await anna.get(`${API}/estates/${estateId}/timeline`).expect(200)).body.items.map((e: { summary: string }) => e.summary).join('\n');
  const familyHistory = async (member: Session) => (await member.get(`${API}/portal/timeline`).expect(200)).body.items.map((e: { text: string }) => e.text).join('\n');
  const page = async (path: string) => flat((await anna.get(path).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
  const deskRequest = async (desk: Session, id: string) =>
    (await desk.get(`${API}/provider-desk/requests/${id}`).expect(200)).body as { letterPending: boolean; statusText: string; dueAt: string | null; thread: { type: string; letterId?: string }[] };
  const deskLetters = async (desk: Session, id: string) => (await deskRequest(desk, id)).thread.filter((i) => i.type === 'letter').map((i) => i.letterId);
  const webhookEvents = async (providerId: string) => ((await t.admin.get(`${API}/providers/${providerId}/webhook-deliveries`).expect(200)).body.items as { eventType: string }[]).map((d) => d.eventType);
  const emailProvider = async (name: string) => {
    const provider = await createProvider(t.admin, { name, channel: 'email', slaBusinessDays: 10, requiredDocuments: [], contactPoint: { name: 'Nabestaanden', email: `nabestaanden@${name.toLowerCase()}.example` } });
    // Its developer listens for new requests (the endpoint need not answer: only what Steward records is read).
    await t.admin.post(`${API}/providers/${provider.id}/webhooks`, { url: 'https://127.0.0.1:9/hooks' }).expect(201);
    return provider;
  };

  /** What the estate page's letter list says of a letter: its row's text. */
  const letterRow = async (estateId: string, letterId: string) => {
    const html = (await anna.get(`/app/estates/${estateId}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text;
    return flat(html.match(new RegExp(`<tr data-letter="${letterId}">[\\s\\S]*?</tr>`))?.[0] ?? '');
  };
  const familyPage = async (member: Session) => flat((await t.anonymous.get('/family').set('Cookie', `steward_family=${member.token}`).expect(200)).text);
  /** A new estate with a relative and a request to `name` by e-mail; `made`: the worker makes its letter and falls behind before the e-mail. */
  const requestByEmail = async (name: string, made: boolean) => {
    const provider = await emailProvider(name);
    const estate = await createEstate(anna, { surnamePrefix: undefined, surname: `Familie ${name}` });
    const son = await relative(t, anna, estate.id, `Zoon ${name}`);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Energie', accountNumber: `${name}-1`, action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const outbox = t.app.get(OutboxService);
    for (let i = 0; made && i < 20 && !(await lettersOf(estate.id)).some((l) => l.deliveryStatus === 'pending'); i++) await outbox.drain(1);
    if (made) expect((await lettersOf(estate.id))[0]).toMatchObject({ deliveryStatus: 'pending' });
    return { provider, estate, son, contract };
  };
  it('holds the term while the e-mail fails, says so to owner and family, and sends a letter dated the day it arrives', async () => {
    sink.refusing = true;
    const provider = await emailProvider('Vattenfall');
    const desk = await deskOf(t, provider.id);
    const estate = await createEstate(anna, { givenNames: 'Kees', surnamePrefix: undefined, surname: 'Jansen' });
    const son = await relative(t, anna, estate.id, 'Bram Jansen');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Energie', accountNumber: 'V-1', action: 'cancel' }).expect(201)).body;
    const undelivered = 'Brief aan Vattenfall per e-mail nog niet bezorgd; de termijn van de aanbieder loopt nog niet.';
    const beingMade = 'Brief aan Vattenfall wordt gemaakt en nagekeken door de briefcontrole; nog niet verstuurd.';
    // Before its letter is made (no worker ran yet) the request is not with the provider either, as one by post is not:
    // no due date in the answer or on the contract's page (the letter check may still hold it: not "being sent"), and the desk lists it under "Wacht op Steward".
    expect((await anna.post(`${API}/contracts/${contract.id}/request`).expect(200)).body).toMatchObject({ state: 'requested', dueAt: null, statusText: beingMade });
    expect(await page(`/app/contracts/${contract.id}`)).toContain(beingMade);
    expect(await deskRequest(desk, contract.id)).toMatchObject({ letterPending: true, dueAt: null });
    expect(((await desk.get(`${API}/provider-desk/requests?status=waiting_on_steward`).expect(200)).body as { id: string }[]).map((r) => r.id)).toEqual([contract.id]);
    const madeOn = (await advance(0)).slice(0, 10); // Monday 23 November: the letter is made; its e-mail is refused
    // Every attempt refused, an hour apart: the step is parked on Today.
    for (let i = 0; i < 8; i++) {
      t.clock.advanceDays(1 / 24);
      await advance(0);
    }
    const [parked] = (await anna.get(`${API}/queue`).expect(200)).body.parkedSteps;
    expect(parked).toMatchObject({ contractId: contract.id });
    const [first] = await lettersOf(estate.id);
    expect(first).toMatchObject({ kind: 'cancellation', letterDate: madeOn, deliveryStatus: 'failed' });

    // No term runs, and the owner reads that the letter did not arrive, not that it went.
    expect(await contractOf(contract.id)).toMatchObject({ state: 'requested', dueAt: null, statusText: undelivered });
    expect(await page(`/app/contracts/${contract.id}`)).toContain(undelivered);
    const before = await ownerHistory(estate.id);
    expect(before).toContain('aan Vattenfall gemaakt, maar per e-mail nog niet bezorgd.');
    expect(before).not.toMatch(/aan Vattenfall verstuurd/);
    // The family reads of no letter sent, and finds none among its letters.
    expect(await familyHistory(son)).not.toContain('Brief verstuurd aan Vattenfall');
    expect((await son.get(`${API}/portal/letters`).expect(200)).body.items).toEqual([]);
    // Nor does the provider: its desk says a letter is on its way and neither lists nor opens it; its endpoints hear nothing.
    expect(await deskRequest(desk, contract.id)).toMatchObject({ letterPending: true, dueAt: null, statusText: 'Steward stuurt u een brief over dit verzoek per e-mail. U kunt erop antwoorden zodra u hem heeft ontvangen.' });
    expect(await deskLetters(desk, contract.id)).toEqual([]);
    await desk.get(`${API}/provider-desk/requests/${contract.id}/letters/${first.id}`).expect(404);
    expect(await webhookEvents(provider.id)).toEqual([]);

    // Far past the ten business days it would have had: no reminder is written.
    await advance(24); // Thursday 17 December
    expect(await contractOf(contract.id)).toMatchObject({ state: 'requested', dueAt: null });
    expect((await lettersOf(estate.id)).map((l) => l.kind)).toEqual(['cancellation']);
    expect(sink.messages).toEqual([]);

    // The mail server works again; the owner retries. The letter dated 23 November is not sent: it is made anew, dated today.
    sink.refusing = false;
    await anna.post(`${API}/queue/parked-steps/${parked.id}/retry`).expect(204);
    const today = (await advance(0)).slice(0, 10);
    await advance(0);
    const [mail] = await sink.waitFor(1);
    expect(sink.messages).toHaveLength(1);
    const due = addBusinessDays(today, 10);
    const text = flat(await pdfText(mail.attachments.find((a) => a.contentType === 'application/pdf')!.content));
    expect(text).toContain(letterDate(today, 'nl'));
    expect(text).toContain(`uiterlijk ${letterDate(due, 'nl')}`);
    expect(text).not.toContain(letterDate(madeOn, 'nl'));
    const [remade, old] = await lettersOf(estate.id);
    expect(remade).toMatchObject({ kind: 'cancellation', letterDate: today, deliveryStatus: 'delivered' });
    expect(old).toMatchObject({ id: first.id, deliveryStatus: 'failed' });
    // audit80 SMTP-1: the letter that will never arrive reads as replaced by the one made anew — in the contract's letters (page
    // and API), the estate's, and a new line of the history; the line of the letter made stays as it was written.
    const replaced = `niet bezorgd, vervangen door de brief van ${longDate(today, 'nl')}`;
    expect((await contractOf(contract.id)).letters.find((l: { id: string }) => l.id === first.id)).toMatchObject({ deliveryStatus: 'failed', replacedBy: { letterId: remade.id, letterDate: today } });
    expect(await page(`/app/contracts/${contract.id}`)).toContain(`</a> (${replaced})</li>`);
    expect(await letterRow(estate.id, first.id)).toContain(replaced);
    expect((await lettersOf(estate.id)).find((l) => l.id === first.id)).toMatchObject({ replacedBy: { letterId: remade.id, letterDate: today } });
    expect((await lettersOf(estate.id)).find((l) => l.id === remade.id)).toMatchObject({ replacedBy: null });
    const history = await ownerHistory(estate.id);
    expect(history).toContain('aan Vattenfall gemaakt, maar per e-mail nog niet bezorgd.');
    expect(history).toMatch(new RegExp(`Brief „[^”]+” van ${longDate(madeOn, 'nl')} aan Vattenfall is per e-mail niet bezorgd en vervangen door de brief van ${longDate(today, 'nl')}\\.`));

    // The term counts from the day it arrived; now both read that it went.
    expect(await contractOf(contract.id)).toMatchObject({ state: 'requested', dueAt: due });
    expect((await anna.get(`${API}/queue`).expect(200)).body.parkedSteps).toEqual([]);
    expect(await ownerHistory(estate.id)).toContain('aan Vattenfall verstuurd (e-mail)');
    expect(await familyHistory(son)).toContain('Brief verstuurd aan Vattenfall');
    expect((await son.get(`${API}/portal/letters`).expect(200)).body.items).toEqual([expect.objectContaining({ id: remade.id })]);
    // The provider is told once, of the letter it received: the desk lists that one alone, one webhook event went out.
    expect(await deskRequest(desk, contract.id)).toMatchObject({ letterPending: false, dueAt: due });
    expect(await deskLetters(desk, contract.id)).toEqual([remade.id]);
    await desk.get(`${API}/provider-desk/requests/${contract.id}/letters/${first.id}`).expect(404);
    expect(await webhookEvents(provider.id)).toHaveLength(1);
  }, 240_000);

  it('holds the term of a letter waiting for its first attempt, runs it to the printed date on delivery that day, and makes it anew after midnight', async () => {
    sink.refusing = false;
    const outbox = t.app.get(OutboxService);
    const provider = await emailProvider('Eneco');
    const desk = await deskOf(t, provider.id);
    const estate = await createEstate(anna, { givenNames: 'Truus', surnamePrefix: undefined, surname: 'Visser' });
    const son = await relative(t, anna, estate.id, 'Joost Visser');
    const request = async (accountNumber: string) => {
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Gas', accountNumber, action: 'cancel', confirmDuplicate: true }).expect(201)).body;
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      // The worker makes the letter, then falls behind: its e-mail waits for the first attempt (one effect at a time; the e-mail's is written last).
      for (let i = 0; i < 20 && !(await lettersOf(estate.id)).some((l) => l.deliveryStatus === 'pending'); i++) await outbox.drain(1);
      expect((await lettersOf(estate.id))[0]).toMatchObject({ deliveryStatus: 'pending' });
      return contract;
    };
    const before = sink.messages.length;

    const contract = await request('E-1');
    const today = t.clock.today();
    const [waiting] = await lettersOf(estate.id);
    expect(waiting).toMatchObject({ letterDate: today, deliveryStatus: 'pending' });
    // Not with the provider yet: no term, "wordt verstuurd" for the owner (seconds old), nothing sent for the family, pending on the desk, no webhook.
    expect(await contractOf(contract.id)).toMatchObject({ dueAt: null, statusText: 'Brief aan Eneco wordt per e-mail verstuurd; de termijn van de aanbieder loopt vanaf de bezorging.' });
    expect(await ownerHistory(estate.id)).toContain('aan Eneco gemaakt; wordt per e-mail verstuurd.');
    expect(await familyHistory(son)).not.toContain('Brief verstuurd aan Eneco');
    expect(await deskRequest(desk, contract.id)).toMatchObject({ letterPending: true, dueAt: null });
    expect(await deskLetters(desk, contract.id)).toEqual([]);
    expect(await webhookEvents(provider.id)).toEqual([]);

    // Delivered the same day: the term is the one the letter printed, and now everyone reads it went.
    await advance(0);
    const [mail] = (await sink.waitFor(before + 1)).slice(before);
    const due = addBusinessDays(today, 10);
    expect(flat(await pdfText(mail.attachments.find((a) => a.contentType === 'application/pdf')!.content))).toContain(`uiterlijk ${letterDate(due, 'nl')}`);
    expect(await contractOf(contract.id)).toMatchObject({ dueAt: due });
    expect(await ownerHistory(estate.id)).toContain('aan Eneco verstuurd (e-mail)');
    expect(await familyHistory(son)).toContain('Brief verstuurd aan Eneco');
    expect(await deskRequest(desk, contract.id)).toMatchObject({ letterPending: false, dueAt: due });
    expect(await deskLetters(desk, contract.id)).toEqual([waiting.id]);
    expect(await webhookEvents(provider.id)).toHaveLength(1);

    // A backlog past midnight: the letter dated yesterday is not sent but made anew, dated the day it goes, its term from then.
    const late = await request('E-2');
    const [stale] = await lettersOf(estate.id);
    t.clock.advanceDays(1);
    const next = (await advance(0)).slice(0, 10);
    const [nextMail] = (await sink.waitFor(before + 2)).slice(before + 1);
    expect(sink.messages).toHaveLength(before + 2);
    const nextDue = addBusinessDays(next, 10);
    const text = flat(await pdfText(nextMail.attachments.find((a) => a.contentType === 'application/pdf')!.content));
    expect(text).toContain(letterDate(next, 'nl'));
    expect(text).toContain(`uiterlijk ${letterDate(nextDue, 'nl')}`);
    const [remade, old] = await lettersOf(estate.id);
    expect(remade).toMatchObject({ letterDate: next, deliveryStatus: 'delivered' });
    expect(old).toMatchObject({ id: stale.id, deliveryStatus: 'failed' });
    expect(await contractOf(late.id)).toMatchObject({ dueAt: nextDue });
    expect(await deskLetters(desk, late.id)).toEqual([remade.id]);
    expect(await webhookEvents(provider.id)).toHaveLength(2);
  }, 240_000);

  const QUARTER_AND_A_MINUTE = 16 / (24 * 60);

  it('says an e-mail is being sent for a quarter of an hour, then that it is not delivered, with no retry to choose', async () => {
    sink.refusing = false;
    const { provider, estate, son, contract } = await requestByEmail('Engie', true);
    const beingSent = 'Brief aan Engie wordt per e-mail verstuurd; de termijn van de aanbieder loopt vanaf de bezorging.';
    const notDelivered = 'Brief aan Engie per e-mail nog niet bezorgd; de termijn van de aanbieder loopt nog niet.';

    // Seconds old: on its way, nothing to do; the owner's history, the estate's list, the family and the desk say the same.
    const fresh = await page(`/app/contracts/${contract.id}`);
    expect(fresh).toContain(beingSent);
    expect(fresh).toContain('U hoeft niets te doen. Is de e-mail na een kwartier nog niet bezorgd, dan staat dat hier.');
    expect(fresh).toContain('aan Engie gemaakt; wordt per e-mail verstuurd.');
    expect(fresh).not.toContain('nog niet bezorgd;');
    expect(fresh).not.toContain('Opnieuw proberen');
    expect(await page(`/app/estates/${estate.id}`)).toContain(beingSent);
    // The estate's letter list reads it by the same rule as the contract (before: "wordt bezorgd", however long it waited).
    const [letter] = await lettersOf(estate.id);
    expect(await letterRow(estate.id, letter.id)).toContain('wordt verstuurd');
    expect(await familyPage(son)).toContain('Onze brief aan Engie wordt nu per e-mail verstuurd.');
    expect(await deskRequest(await deskOf(t, provider.id), contract.id)).toMatchObject({ letterPending: true, statusText: 'Steward stuurt u een brief over dit verzoek per e-mail. U kunt erop antwoorden zodra u hem heeft ontvangen.' });

    // A quarter of an hour on and still not sent (the worker is down): not delivered, and Steward, not the owner, tries again.
    t.clock.advanceDays(QUARTER_AND_A_MINUTE);
    const stuck = await page(`/app/contracts/${contract.id}`);
    expect(stuck).toContain(notDelivered);
    expect(stuck).toContain('Steward probeert de e-mail vanzelf opnieuw te versturen.');
    expect(stuck).not.toContain('kies Opnieuw proberen');
    expect(stuck).toContain('aan Engie gemaakt, maar per e-mail nog niet bezorgd.');
    expect(stuck).not.toContain('wordt verstuurd');
    expect(await letterRow(estate.id, letter.id)).toContain('nog niet bezorgd');
    expect(await letterRow(estate.id, letter.id)).not.toContain('wordt verstuurd');
    expect(await familyPage(son)).toContain('Onze brief aan Engie kon nog niet per e-mail worden bezorgd; uw vaste contactpersoon zorgt ervoor dat hij alsnog aankomt.');

    // Delivered: it went, on the day it is dated.
    await advance(0);
    const sent = await page(`/app/contracts/${contract.id}`);
    expect(sent).not.toContain('nog niet bezorgd');
    expect(sent).not.toContain('wordt per e-mail verstuurd');
    expect(sent).toContain(`verzoek verstuurd op ${longDate(t.clock.today(), 'nl')}`);
  }, 120_000);

  it('counts an e-mail made before its making was recorded from its creation: being sent while it is fresh, not taken for an old one', async () => {
    sink.refusing = false;
    const { estate, contract } = await requestByEmail('Oxxio', true);
    const [letter] = await lettersOf(estate.id);
    // As a build before `madeAt` wrote it: no moment of making, created (by the database's clock) five minutes ago.
    const madeBefore = (minutes: number) =>
      t.app.get(DataSource).query(`UPDATE letters SET effect = effect - 'madeAt', created_at = $2 WHERE id = $1`, [letter.id, new Date(t.clock.now().getTime() - minutes * 60_000)]);
    await madeBefore(5);
    const fresh = await page(`/app/contracts/${contract.id}`);
    expect(fresh).toContain('Brief aan Oxxio wordt per e-mail verstuurd; de termijn van de aanbieder loopt vanaf de bezorging.');
    expect(fresh).toContain('aan Oxxio gemaakt; wordt per e-mail verstuurd.');
    expect(fresh).not.toContain('per e-mail nog niet bezorgd');
    expect(await letterRow(estate.id, letter.id)).toContain('wordt verstuurd');
    // Created twenty minutes ago: past the quarter of an hour, not delivered, in the contract and the list alike.
    await madeBefore(20);
    const stuck = await page(`/app/contracts/${contract.id}`);
    expect(stuck).toContain('Brief aan Oxxio per e-mail nog niet bezorgd; de termijn van de aanbieder loopt nog niet.');
    expect(stuck).not.toContain('wordt verstuurd');
    expect(await letterRow(estate.id, letter.id)).toContain('nog niet bezorgd');
  }, 120_000);

  it('says a refused e-mail is not delivered at once, and advises "Opnieuw proberen" only once Steward stopped trying', async () => {
    sink.refusing = true;
    const { contract } = await requestByEmail('Greenchoice', false);
    await advance(0); // made, and its e-mail refused
    const refused = await page(`/app/contracts/${contract.id}`);
    expect(refused).toContain('Brief aan Greenchoice per e-mail nog niet bezorgd; de termijn van de aanbieder loopt nog niet.');
    expect(refused).toContain('Steward probeert de e-mail vanzelf opnieuw te versturen.');
    expect(refused).not.toContain('kies Opnieuw proberen');

    // Every attempt refused, an hour apart: parked, the owner's to retry.
    for (let i = 0; i < 8; i++) {
      t.clock.advanceDays(1 / 24);
      await advance(0);
    }
    const parked = await page(`/app/contracts/${contract.id}`);
    expect(parked).toContain('Brief aan Greenchoice per e-mail nog niet bezorgd');
    expect(parked).toContain('Kijk bij Vandaag waarom de e-mail niet aankwam en kies Opnieuw proberen');
    sink.refusing = false;
  }, 120_000);

  it('tells the day an e-mail a crashed worker had claimed was delivered, beside the date it bears', async () => {
    sink.refusing = false;
    const { contract } = await requestByEmail('Budget', true);
    const dated = t.clock.today();
    // What a worker killed while sending leaves behind: its claim, nothing recorded. It goes again unchanged the next day.
    await t.app.get(DataSource).query(`UPDATE outbox SET status = 'in_progress', attempts = 1, available_at = $2 WHERE contract_id = $1 AND kind = 'deliver_letter'`, [contract.id, new Date(t.clock.now().getTime() + 60_000)]);
    t.clock.advanceDays(1);
    await advance(0);
    const delivered = t.clock.today();
    const text = (await page(`/app/contracts/${contract.id}`)).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain(`${longDate(dated, 'nl')} · opzegging aan Budget · PDF (bezorgd op ${longDate(delivered, 'nl')})`);
    expect(text).toContain(`verzoek verstuurd op ${longDate(delivered, 'nl')}`);
  }, 120_000);

  it('says a letter by post set apart unprinted waits for the post, not for an e-mail', async () => {
    const postalAddress = { street: 'Postbus 2', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const provider = await createProvider(t.admin, { name: 'Essent', channel: 'post', slaBusinessDays: 10, requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const estate = await createEstate(anna, { surnamePrefix: undefined, surname: 'Smit' });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: 'S-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await advance(1); // made, and in the daily run's print batch
    await advance(28); // its printed term passed; nobody printed it
    const [batch] = (await anna.get(`${API}/print-batches`).expect(200)).body.items;
    await anna.get(`${API}/print-batches/${batch.id}/pdf`);
    // Set apart at the download; its new letter is not made yet.
    const [old] = await lettersOf(estate.id);
    expect(old).toMatchObject({ deliveryStatus: 'failed' });
    const setApart = await page(`/app/contracts/${contract.id}`);
    expect(setApart).toContain('Brief aan Essent ligt klaar voor de post; nog niet verstuurd.');
    // Outside the answer forms, whose 'Hoe ontving u dit antwoord?' offers 'per e-mail' (receivedvia).
    expect(setApart.replace(/<form[\s\S]*?<\/form>/g, '')).not.toContain('per e-mail');
  }, 120_000);
});
