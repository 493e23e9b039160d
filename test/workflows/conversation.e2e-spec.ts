import { createHash } from 'node:crypto';
import { Browser, Page } from 'playwright-core';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { flat, pdfText, readPdf, listedEnclosures } from '../../letters/test-support';
import { longDate } from '../../workflows';
import { browse, closeBrowsing, signInDesk } from '../support/browser';
import { API, binary, createEstate, createProvider, postBatch } from '../support/fixtures';
import { SmtpSink } from '../support/smtp-sink';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * Issue 12: the whole conversation with one provider per channel, each letter read back as the
 * provider (or the agency) received it — from the desk, from the SMTP sink, from the print batch —
 * and every claim held against the contract's recorded timeline.
 *
 * request → information requested (two documents + a question) → supplied → confirmed → final bill
 * inside the period (no dispute) → bill for days after the end date (that part disputed) → credited
 * → collection notice (provider and agency) → resolved → a second bill after the end date left
 * unanswered → dispute escalation.
 */
const QUESTION = 'Wij hebben de verklaring van erfrecht en een kopie van het identiteitsbewijs van de erfgenaam nodig. Wie neemt de eindafrekening voor zijn rekening?';
const ANSWER = 'Maria de Vries is de enige erfgenaam; de eindafrekening gaat naar haar. Het gevraagde stuur ik mee.';
const END = '2026-11-30';
const DOCS = {
  death_certificate: { title: 'Akte van overlijden', line: 'AKTE VAN OVERLIJDEN', file: 'akte.pdf', pages: ['AKTE VAN OVERLIJDEN'] },
  certificate_of_inheritance: { title: 'Verklaring van erfrecht', line: 'VERKLARING VAN ERFRECHT', file: 'erfrecht.pdf', pages: ['VERKLARING VAN ERFRECHT BLAD 1', 'VERKLARING VAN ERFRECHT BLAD 2'] },
  id_document: { title: 'Identiteitsbewijs nabestaande', line: 'IDENTITEITSBEWIJS', file: 'id.pdf', pages: ['IDENTITEITSBEWIJS MARIA'] },
} as const;
type Kind = keyof typeof DOCS;
type Channel = 'portal' | 'email' | 'post';

interface LetterRow { id: string; kind: string; status: string; recipient: string; channel: string; letterDate: string; language: string }
interface TimelineRow { event: string; details: { event?: Record<string, unknown> } }
/** A letter as its addressee received it: its text and the documents that travelled with it (by title). */
interface Received { text: string; enclosures: string[] }

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** The lines a letter lists after "Bijlagen:", without their dash. */

async function pdfWithPages(lines: readonly string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const line of lines) doc.addPage([595, 842]).drawText(line, { x: 72, y: 760, size: 14, font });
  return Buffer.from(await doc.save());
}

describe('the whole conversation with a provider, per channel, every letter read back as received', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let browser: Browser;
  let base: string;
  let owner: Specialist;
  const files = {} as Record<Kind, Buffer>;
  const titleBySha = new Map<string, string>();

  beforeAll(async () => {
    ({ t, owner, sink } = await startWithOwner({ mailSink: true }));
    ({ base, browser } = await browse(t));
    for (const kind of Object.keys(DOCS) as Kind[]) {
      files[kind] = await pdfWithPages(DOCS[kind].pages);
      titleBySha.set(sha(files[kind]), DOCS[kind].title);
    }
  });
  afterAll(() => closeBrowsing({ browser, t }));

  /** A day passes between the moves, so each letter has its own date and a wrong date shows. */
  const nextDay = () => t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
  const detail = async (id: string) => (await owner.get(`${API}/contracts/${id}`).expect(200)).body as { state: string; letters: LetterRow[]; timeline: TimelineRow[] };
  const archived = async (letterId: string) => (await owner.get(`${API}/letters/${letterId}/pdf`).buffer(true).parse(binary).expect(200)).body as Buffer;

  /** The email as the sink received it: the letter PDF first, then its enclosures. */
  async function byEmail(letter: LetterRow): Promise<Received> {
    const mails = await sink.waitFor(sink.messages.length); // already delivered by the outbox run
    const mail = mails.find((m) => m.messageId === `<letter-${letter.id}@steward>`);
    expect(mail).toBeDefined();
    const [pdf, ...enclosures] = mail!.attachments;
    expect(sha(pdf.content)).toBe(sha(await archived(letter.id)));
    return { text: await pdfText(pdf.content), enclosures: enclosures.map((a) => titleBySha.get(sha(a.content)) ?? a.filename!) };
  }

  /** The envelope in the print batch: the letter's pages, then each enclosure's pages; its batch is marked posted, as the provider's term waits for that. */
  async function byPost(letter: LetterRow): Promise<Received> {
    await owner.post(`${API}/print-batches`).expect(200);
    for (const batch of (await owner.get(`${API}/print-batches`).expect(200)).body.items as { id: string }[]) {
      const listed = (await owner.get(`${API}/print-batches/${batch.id}`).expect(200)).body.letters as { id: string; pages: number }[];
      const at = listed.findIndex((l) => l.id === letter.id);
      if (at < 0) continue;
      const offset = listed.slice(0, at).reduce((n, l) => n + l.pages, 0);
      const printed = await readPdf((await owner.get(`${API}/print-batches/${batch.id}/pdf`).buffer(true).parse(binary).expect(200)).body);
      const envelope = printed.pages.slice(offset, offset + listed[at].pages).map((p) => flat(p.items.map((i) => i.str).join(' ')));
      const letterPages = (await readPdf(await archived(letter.id))).numPages;
      const enclosures = envelope.slice(letterPages).map((page) => (Object.values(DOCS).find((d) => page.includes(d.line))?.title ?? page));
      await postBatch(owner, batch.id);
      return { text: await pdfText(await archived(letter.id)), enclosures: enclosures.filter((title, i) => title !== enclosures[i - 1]) };
    }
    throw new Error(`letter ${letter.id} is in no print batch`);
  }

  /** The desk page in the browser: the thread links the letter and its enclosures, and serves each. */
  async function atDesk(page: Page, contractId: string, letter: LetterRow): Promise<Received> {
    await page.goto(`${base}/desk/requests/${contractId}`);
    const item = page.locator('ol.thread > li.letter', { has: page.locator(`a[href="/desk/requests/${contractId}/letters/${letter.id}"]`) });
    expect(await item.count()).toBe(1);
    const fetch = async (href: string) => {
      const res = await page.context().request.get(`${base}${href}`);
      expect(res.status()).toBe(200);
      return res.body();
    };
    const pdf = await fetch(`/desk/requests/${contractId}/letters/${letter.id}`);
    expect(sha(pdf)).toBe(sha(await archived(letter.id)));
    const links = await Promise.all((await item.locator('a[href*="/documents/"]').all()).map((a) => a.getAttribute('href')));
    const enclosures = await Promise.all(links.map(async (href) => titleBySha.get(sha(await fetch(href!))) ?? href!));
    return { text: await pdfText(pdf), enclosures };
  }

  const signIn = (email: string): Promise<Page> => signInDesk(browser, base, email, 'desk-password-1');

  /** Posts one desk form and checks the desk took it. */
  async function deskAnswer(page: Page, contractId: string, action: string, fields: Record<string, string | string[]>) {
    await page.goto(`${base}/desk/requests/${contractId}`);
    for (const [selector, value] of Object.entries(fields)) {
      if (Array.isArray(value)) await page.selectOption(selector, value);
      else await page.fill(selector, value);
    }
    await page.click(`form[action$="/${action}"] button`);
    await expect(page.textContent('[role=status]')).resolves.toContain('verwerkt');
  }

  const providers: Record<Channel, Record<string, unknown>> = {
    portal: { name: 'Stroom Portaal', channel: 'portal' },
    email: { name: 'Stroom Mail', channel: 'email', contactPoint: { name: 'Team Overlijden', email: 'overlijden@stroom-mail.example' } },
    post: { name: 'Stroom Post', channel: 'post', contactPoint: { name: 'Afdeling Nabestaanden', postalAddress: { street: 'Postbus 1484', postalCode: '5200 BM', city: "'s-Hertogenbosch", country: 'NL' } } },
  };

  it.each(['portal', 'email', 'post'] as Channel[])('%s: request → information → confirmed → bills → credit → collection → resolved → unanswered dispute escalated', async (channel) => {
    const provider = await createProvider(t.admin, { category: 'energy', slaBusinessDays: 5, requiredDocuments: ['death_certificate'], ...providers[channel] });
    const deskEmail = `desk@${channel}.conversation`;
    let page: Page | null = null;
    if (channel === 'portal') {
      await t.admin.post(`${API}/providers/${provider.id}/desk-users`, { email: deskEmail, name: 'Eva Smit', password: 'desk-password-1' }).expect(201);
      page = await signIn(deskEmail);
    }
    const received = (contractId: string, letter: LetterRow) => (channel === 'portal' ? atDesk(page!, contractId, letter) : channel === 'email' ? byEmail(letter) : byPost(letter));
    /** The provider's move: in the desk pages for a portal provider, recorded by the owner for the others. */
    const providerMoves = {
      askInformation: (id: string) =>
        page
          ? deskAnswer(page, id, 'request-information', { '#i-msg': QUESTION, '#i-docs': ['certificate_of_inheritance', 'id_document'] })
          : owner.post(`${API}/contracts/${id}/provider-answer/information_requested`, { receivedVia: channel, message: QUESTION, documentsNeeded: ['certificate_of_inheritance', 'id_document'] }).expect(200),
      confirm: (id: string) =>
        page ? deskAnswer(page, id, 'complete', { '#c-date': END, '#c-ref': 'SP-1' }) : owner.post(`${API}/contracts/${id}/provider-answer/completed`, { receivedVia: channel, effectiveDate: END, reference: 'SP-1' }).expect(200),
      credit: (id: string) => (page ? deskAnswer(page, id, 'credit-note', { '#cn-amount': '15,00' }) : owner.post(`${API}/contracts/${id}/dispute-answer/credit_note_sent`, { receivedVia: 'phone', amount: 15 }).expect(200)),
      // collwithdraw: no bill is disputed any more, so the collection stop is answered by its stop, not a bill withdrawn.
      stopCollection: (id: string) =>
        page
          ? deskAnswer(page, id, 'collection-stopped', { '#cs-note': 'Incasso gestopt.' })
          : owner.post(`${API}/contracts/${id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped', note: 'Incasso gestopt.' }).expect(200),
    };
    const letterOf = async (id: string, kind: string, recipient = provider.name) => {
      const letters = (await detail(id)).letters.filter((l) => l.kind === kind && l.recipient === recipient);
      expect(letters.map((l) => l.status)).toEqual(letters.map(() => 'sent'));
      return letters.at(-1)!;
    };

    // The request: the directory requires the death certificate, and only that travels.
    const estate = await createEstate(owner, { surname: `Gesprek-${channel}` });
    const uploaded = {} as Record<Kind, string>;
    for (const kind of Object.keys(DOCS) as Kind[]) {
      uploaded[kind] = (await owner.post(`${API}/estates/${estate.id}/documents`).field('kind', kind).attach('file', files[kind], DOCS[kind].file).expect(201)).body.id;
    }
    const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom en gas', accountNumber: 'SG-1', action: 'cancel' }).expect(201)).body as { id: string };
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    const request = await received(contract.id, await letterOf(contract.id, 'cancellation'));
    expect(listedEnclosures(request.text)).toEqual([DOCS.death_certificate.title]);
    expect(request.enclosures).toEqual([DOCS.death_certificate.title]);

    // Information requested: two documents and a question.
    await nextDay();
    await providerMoves.askInformation(contract.id);
    expect((await detail(contract.id)).state).toBe('informationRequested');
    if (page) {
      // Waiting on Steward, yet the provider keeps its final word (issue 12: no action remained).
      await page.goto(`${base}/desk/requests/${contract.id}`);
      expect(flat(await page.innerText('.next-move'))).toContain('Wacht op Steward');
      const forms = await Promise.all((await page.locator(`form[action^="/desk/requests/${contract.id}/"]`).all()).map((f) => f.getAttribute('action')));
      expect(forms).toEqual([`/desk/requests/${contract.id}/complete`, `/desk/requests/${contract.id}/reject`]);
    }

    // Supplied: both documents travel, and the letter quotes the question and the owner's answer.
    await nextDay();
    await owner.post(`${API}/contracts/${contract.id}/information-supplied`, { note: ANSWER, documentIds: [uploaded.certificate_of_inheritance, uploaded.id_document] }).expect(200);
    await t.runDue();
    const supplied = await received(contract.id, await letterOf(contract.id, 'information_supplied'));
    expect(flat(supplied.text)).toContain(`„${QUESTION}”`);
    expect(flat(supplied.text)).toContain(`Mijn antwoord: „${ANSWER}”`);
    expect(listedEnclosures(supplied.text)).toEqual([DOCS.certificate_of_inheritance.title, DOCS.id_document.title]);
    expect(supplied.enclosures).toEqual(listedEnclosures(supplied.text));
    if (page) expect(flat(await page.innerText('ol.thread'))).toContain(`Steward leverde de gevraagde informatie; antwoord: „${ANSWER}”`);

    // Confirmed.
    await nextDay();
    await providerMoves.confirm(contract.id);
    expect((await detail(contract.id)).state).toBe('confirmed');
    // The day it came: a confirmation the owner recorded is told by how and when it reached her (README, receivedvia).
    const confirmedOn = longDate(t.clock.today(), 'nl');

    // November's bill, billed in advance: for days up to the end date, payable, nothing disputed.
    const lettersBefore = (await detail(contract.id)).letters.length;
    const finalBill = await owner.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'E-1', invoiceDate: '2026-11-01', periodFrom: '2026-11-01', periodTo: END, amount: 58 }).expect(422);
    expect(finalBill.body.errors).toEqual([{ field: 'periodTo', message: expect.stringContaining('payable') }]);
    await t.runDue();
    expect(await detail(contract.id)).toMatchObject({ state: 'confirmed', letters: expect.objectContaining({ length: lettersBefore }) });

    // A bill for 16 November – 15 December (€ 30), billed in advance: only the 15 days after 30 November, € 15,00, are disputed.
    await nextDay();
    await owner.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'E-2', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await t.runDue();
    const dispute = flat((await received(contract.id, await letterOf(contract.id, 'dispute'))).text);
    expect(dispute).toContain('Uw factuur E-2 van 16 november 2026 betreft de periode 16 november 2026 tot en met 15 december 2026 en bedraagt € 30,00.');
    // The share is ours, pro rata per billed day, and the letter says so (not as if the invoice printed it).
    expect(dispute).toContain('Naar rato van de gefactureerde dagen (15 van 30) valt daarvan € 15,00 in de periode 1 december 2026 tot en met 15 december 2026, na de einddatum.');
    expect(dispute).toContain('Tegen het deel tot en met de einddatum maak ik geen bezwaar.');
    expect(dispute).toContain('Ik verzoek u voor € 15,00 een creditnota');
    expect(dispute).not.toContain('€ 30,00 een creditnota');

    // The provider credits the disputed part.
    await nextDay();
    await providerMoves.credit(contract.id);
    expect((await detail(contract.id)).state).toBe('confirmed');

    // A collection agency writes: the provider (on its channel) and the agency (by email) get the letter.
    await nextDay();
    await owner
      .post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Zuid', agencyEmail: `dossiers@incasso-${channel}.example`, reference: 'INC-4', amount: 74.5 })
      .expect(200);
    await t.runDue();
    await t.runDue();
    const collectionLetters = (await detail(contract.id)).letters.filter((l) => l.kind === 'collection_stop');
    expect(collectionLetters.map((l) => [l.recipient, l.channel, l.status, l.language])).toEqual([
      [provider.name, channel, 'sent', 'nl'],
      ['Incasso Zuid', 'email', 'sent', 'nl'],
    ]);
    const toProvider = flat((await received(contract.id, collectionLetters[0])).text);
    const toAgency = flat((await byEmail(collectionLetters[1])).text);
    expect(sink.messages.find((m) => m.messageId === `<letter-${collectionLetters[1].id}@steward>`)!.to).toMatchObject({ text: `dossiers@incasso-${channel}.example` });
    // Each addressee is told what it did: the provider confirmed the end, the agency sent the collection letter.
    expect(toProvider).toContain(`Incasso Zuid heeft een incassobrief met kenmerk INC-4 voor € 74,50 gestuurd over het contract Stroom en gas met klantnummer SG-1 van Jan de Gesprek-${channel}`);
    // Before the end date it is still to come; the channels' stories run one after another on one clock.
    const ended = `${collectionLetters[0].letterDate > END ? 'is' : 'wordt'} beëindigd per ${longDate(END, 'nl')}`;
    expect(toProvider).toContain(page ? `U heeft bevestigd dat dit contract ${ended}.` : `U heeft mij op ${confirmedOn} ${channel === 'email' ? 'per e-mail' : 'per brief'} laten weten dat dit contract ${ended}.`);
    expect(toProvider).toContain('Uw kenmerk: SP-1');
    expect(toAgency).toContain(`U heeft een incassobrief met kenmerk INC-4 voor € 74,50 gestuurd over het contract Stroom en gas met klantnummer SG-1 bij ${provider.name} van Jan de Gesprek-${channel}`);
    expect(toAgency).toContain(`${provider.name} heeft bevestigd dat dit contract ${ended}.`);
    expect(toAgency).not.toContain('U heeft bevestigd');
    expect(toAgency).toContain('Uw kenmerk: INC-4');
    for (const text of [toProvider, toAgency]) {
      // Letters go out within three months of the death on 2 November 2026: the deliberation period applies.
      expect(text).toContain('(artikel 4:185 lid 1 BW)');
      expect(text).toContain('(artikel 6:96 lid 6 BW)');
      expect(text).toContain('Deze brief houdt geen erkenning van de vordering of aanvaarding van de nalatenschap in.');
      const term = /Wilt u mij dit uiterlijk (\d+ \w+ \d{4}) schriftelijk bevestigen\?/.exec(text);
      expect(term).not.toBeNull();
      expect(text).not.toMatch(/vandaag/i);
      // The answer term is a real one: later than the letter's own date.
      expect(term![1]).not.toBe(longDate(collectionLetters[0].letterDate, 'nl'));
    }
    expect(toProvider).toContain('Ik schrijf Incasso Zuid hierover gelijktijdig.');
    expect(toAgency).toContain(`Ik schrijf ${provider.name} hierover gelijktijdig.`);

    // The provider stops the collection: resolved.
    await nextDay();
    await providerMoves.stopCollection(contract.id);
    expect((await detail(contract.id)).state).toBe('confirmed');

    // A second bill for days after the end date goes unanswered: the dispute escalates, once.
    await nextDay();
    await owner.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'E-3', invoiceDate: '2026-11-20', periodFrom: '2026-11-20', periodTo: '2026-12-19', amount: 60 }).expect(200);
    await t.runDue();
    // By post its term runs once the dispute letter is posted: the same day here.
    if (channel === 'post') await byPost(await letterOf(contract.id, 'dispute'));
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 10 }).expect(200);
    await t.runDue();
    const { state, letters, timeline } = await detail(contract.id);
    expect(state).toBe('disputeEscalated');
    const escalation = letters.filter((l) => l.kind === 'dispute_escalation');
    expect(escalation).toHaveLength(1);
    const text = flat((await received(contract.id, escalation[0])).text);

    // Every claim, held against the recorded history.
    const lastDispute = letters.filter((l) => l.kind === 'dispute' && l.status === 'sent').at(-1)!;
    const invoice = timeline.filter((e) => e.event === 'INVOICE_AFTER_END').at(-1)!.details.event!;
    const confirmation = timeline.find((e) => e.event === 'COMPLETE')!.details.event!;
    expect(invoice.reference).toBe('E-3');
    expect(text).toContain(`Op ${longDate(lastDispute.letterDate, 'nl')} heb ik namens de nabestaanden van Jan de Gesprek-${channel}, overleden op 2 november 2026, bezwaar gemaakt tegen uw factuur E-3`);
    // 20 November – 19 December is 30 days for € 60; the 19 days after the end date are € 38,00.
    expect(text).toContain(`€ 38,00 voor de periode 1 december 2026 tot en met 19 december 2026, na de einddatum ${longDate(String(confirmation.effectiveDate), 'nl')} die u heeft bevestigd.`);
    expect(text).toContain('Op dat bezwaar heb ik geen antwoord ontvangen.');
    // No reminder ever went out on this contract, so the letter mentions none.
    expect(letters.some((l) => l.kind === 'reminder')).toBe(false);
    expect(text).not.toMatch(/herinnering|geen reactie op ons verzoek/i);
    // The earlier, settled dispute (E-2) is not the one complained about.
    expect(text).not.toContain('E-2');
    expect(text).toContain('de Geschillencommissie Energie');
    await page?.close();
  });

  it("an English-language provider's collection stop is in English with the same legal footing; the agency's copy stays Dutch", async () => {
    const provider = await createProvider(t.admin, { name: 'Power Abroad', category: 'energy', language: 'en', requiredDocuments: [], channel: 'email', contactPoint: { name: 'Desk', email: 'desk@power-abroad.example' } });
    const estate = await createEstate(owner, { surname: 'Engels' });
    const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Power', accountNumber: 'PA-1', action: 'cancel' }).expect(201)).body as { id: string };
    await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await owner.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: END, reference: 'PA-R' }).expect(200);
    await owner.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Oost', agencyEmail: 'dossiers@incasso-oost.example', reference: 'INC-7', amount: 40 }).expect(200);
    await t.runDue();
    await t.runDue();
    const stops = (await detail(contract.id)).letters.filter((l) => l.kind === 'collection_stop');
    expect(stops.map((l) => [l.recipient, l.language, l.status, (l as unknown as { violations: unknown[] }).violations])).toEqual([
      ['Power Abroad', 'en', 'sent', []],
      ['Incasso Oost', 'nl', 'sent', []],
    ]);
    const [toProvider, toAgency] = await Promise.all(stops.map(async (l) => flat((await byEmail(l)).text)));
    expect(toProvider).toContain('(Article 4:185(1) of the Dutch Civil Code)');
    expect(toProvider).toContain('(Article 6:96(6) of the Dutch Civil Code)');
    // The statutory demand is no reminder of ours: an English letter once claimed one and was blocked.
    expect(toProvider).not.toMatch(/remind/i);
    expect(toProvider).toContain('This letter does not acknowledge the claim, nor does it accept the estate.');
    expect(toProvider).toMatch(/Please confirm this to me in writing by \d+ \w+ \d{4}\./);
    expect(toAgency).toContain('(artikel 4:185 lid 1 BW)');
    expect(toAgency).toContain('Deze brief houdt geen erkenning van de vordering of aanvaarding van de nalatenschap in.');
  });

  it('a reminder says what the provider did since the request that stands: acknowledged it, or nothing since the information it asked for', async () => {
    const provider = await createProvider(t.admin, { name: 'Stroom Stil', category: 'energy', slaBusinessDays: 5, requiredDocuments: [], channel: 'email', contactPoint: { name: 'Team', email: 'team@stroom-stil.example' } });
    // A deceased named like a claim ("de Herinnering") is a name, not a reminder.
    const estate = await createEstate(owner, { surname: 'Herinnering' });
    const open = async (accountNumber: string) =>
      ((await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber, action: 'cancel', confirmDuplicate: true }).expect(201)).body as { id: string }).id;
    const [acknowledged, resent, informed, silent] = [await open('ST-1'), await open('ST-2'), await open('ST-3'), await open('ST-4')];
    for (const id of [acknowledged, resent, informed, silent]) await owner.post(`${API}/contracts/${id}/request`).expect(200);
    await t.runDue();
    await owner.post(`${API}/contracts/${acknowledged}/provider-answer/acknowledged`, { receivedVia: 'phone', reference: 'ACK-1' }).expect(200);
    await owner.post(`${API}/contracts/${resent}/provider-answer/rejected`, { receivedVia: 'phone', reason: 'Dit klantnummer is bij ons niet bekend.' }).expect(200);
    await owner.post(`${API}/contracts/${informed}/provider-answer/information_requested`, { receivedVia: 'phone', message: QUESTION, documentsNeeded: [] }).expect(200);
    await nextDay();
    await owner.post(`${API}/contracts/${resent}/amend`, {}).expect(200);
    await owner.post(`${API}/contracts/${resent}/request`).expect(200);
    await owner.post(`${API}/contracts/${informed}/information-supplied`, { note: ANSWER }).expect(200);
    await t.runDue();
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 14 }).expect(200);
    await t.runDue();
    const reminder = async (id: string) => {
      const { letters } = await detail(id);
      const reminders = letters.filter((l) => l.kind === "reminder");
      expect(reminders.map((l) => [l.status, (l as unknown as { violations: unknown[] }).violations])).toEqual([["sent", []]]);
      return { letters, text: flat((await byEmail(reminders[0])).text) };
    };

    const ack = await reminder(acknowledged);
    expect(ack.text).toContain('U heeft de ontvangst van mijn verzoek bevestigd, maar ik heb nog geen bevestiging van de beëindiging ontvangen.');
    expect(ack.text).toContain('Uw kenmerk: ACK-1');
    expect(ack.text).not.toContain('nog geen antwoord');

    // Rejected, corrected and sent again a day later: the reminder cites the request that stands.
    const again = await reminder(resent);
    const [first, second] = again.letters.filter((l) => l.kind === 'cancellation');
    expect(first.letterDate).not.toBe(second.letterDate);
    expect(again.text).toContain(`Op ${longDate(second.letterDate, 'nl')} heb ik u namens de nabestaanden`);
    expect(again.text).not.toContain(`Op ${longDate(first.letterDate, 'nl')} heb ik u`);

    const info = await reminder(informed);
    const supplied = info.letters.find((l) => l.kind === 'information_supplied')!;
    expect(info.text).toContain(`Op ${longDate(supplied.letterDate, 'nl')} heb ik u de aanvullende informatie gestuurd waar u om vroeg. Daarop heb ik nog geen antwoord ontvangen.`);

    expect((await reminder(silent)).text).toContain('Ik heb nog geen antwoord van u ontvangen.');
  });
});
