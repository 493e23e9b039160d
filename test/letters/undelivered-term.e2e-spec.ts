import { addBusinessDays } from '../../workflows';
import { letterDate } from '../../letters';
import { flat, pdfText } from '../../letters/test-support';
import { API, createEstate, createProvider } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { relative } from '../workspace/support';

/**
 * Audit: an e-mail letter that never arrived started its term, was called "verstuurd" and was chased; sent after
 * "Opnieuw proberen" two weeks on, it still asked for an answer by a date that had passed. A letter by e-mail whose
 * delivery failed is not with the provider, as one waiting for the post is not: its term is held, nobody reads it was
 * sent, and delivered on a later day it is made anew, dated that day, its term counted from then.
 */
describe('letters by e-mail: no term, no chase and no "verstuurd" before the letter arrives', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let anna: Session & { userId: string };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
    anna = await t.specialist('Anna de Boer');
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const advance = async (advanceDays: number) => (await t.admin.post(`${API}/admin/clock`, { advanceDays }).expect(200)).body.now as string;
  const contractOf = async (id: string) => (await anna.get(`${API}/contracts/${id}`).expect(200)).body;
  const lettersOf = async (estateId: string) => (await anna.get(`${API}/estates/${estateId}/letters`).expect(200)).body.items as { id: string; kind: string; letterDate: string; deliveryStatus: string }[];
  const ownerHistory = async (estateId: string) => (await anna.get(`${API}/estates/${estateId}/timeline`).expect(200)).body.items.map((e: { summary: string }) => e.summary).join('\n');
  const familyHistory = async (member: Session) => (await member.get(`${API}/portal/timeline`).expect(200)).body.items.map((e: { text: string }) => e.text).join('\n');
  const page = async (path: string) => flat((await anna.get(path).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);

  it('holds the term while the e-mail fails, says so to owner and family, and sends a letter dated the day it arrives', async () => {
    sink.refusing = true;
    const provider = await createProvider(t.admin, { name: 'Vattenfall', channel: 'email', slaBusinessDays: 10, requiredDocuments: [], contactPoint: { name: 'Nabestaanden', email: 'nabestaanden@vattenfall.example' } });
    const estate = await createEstate(anna, { givenNames: 'Kees', surnamePrefix: undefined, surname: 'Jansen' });
    const son = await relative(t, anna, estate.id, 'Bram Jansen');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Energie', accountNumber: 'V-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
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
    const undelivered = 'Brief aan Vattenfall per e-mail nog niet bezorgd; de termijn van de aanbieder loopt nog niet.';
    expect(await contractOf(contract.id)).toMatchObject({ state: 'requested', dueAt: null, statusText: undelivered });
    expect(await page(`/app/contracts/${contract.id}`)).toContain(undelivered);
    const before = await ownerHistory(estate.id);
    expect(before).toContain('aan Vattenfall gemaakt, maar per e-mail nog niet bezorgd.');
    expect(before).not.toMatch(/aan Vattenfall verstuurd/);
    // The family reads of no letter sent, and finds none among its letters.
    expect(await familyHistory(son)).not.toContain('Brief verstuurd aan Vattenfall');
    expect((await son.get(`${API}/portal/letters`).expect(200)).body.items).toEqual([]);

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

    // The term counts from the day it arrived; now both read that it went.
    expect(await contractOf(contract.id)).toMatchObject({ state: 'requested', dueAt: due });
    expect((await anna.get(`${API}/queue`).expect(200)).body.parkedSteps).toEqual([]);
    expect(await ownerHistory(estate.id)).toContain('aan Vattenfall verstuurd (e-mail)');
    expect(await familyHistory(son)).toContain('Brief verstuurd aan Vattenfall');
    expect((await son.get(`${API}/portal/letters`).expect(200)).body.items).toEqual([expect.objectContaining({ id: remade.id })]);
  }, 240_000);
});
