import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:https';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { generate } from 'selfsigned';
import { Webhook } from 'standardwebhooks';
import { longDate } from '../../workflows';
import { dutchDate } from '../../src/clock/clock';
import { DataSource } from 'typeorm';
import { WebhookUrlOnce1763810950000 } from '../../migrations/1763810950000-WebhookUrlOnce';
import { OutboxService } from '../../src/runtime/outbox.service';
import { rerunFrom } from '../support/migration-rerun';
import { launchBrowser } from '../support/browser';
import { signIn } from '../workspace/support';
import { API, createEstate, createProvider, postBatch, TINY_PDF } from '../support/fixtures';
import { providerClient, ProviderClient } from '../support/provider-client';
import { ADMIN, Session, startWithOwner, TestApp } from '../support/test-app';

/**
 * A provider's own HTTPS receiver, as its developer would write one: it verifies every signature
 * with the Standard Webhooks library, answers 204, and can die in the middle of a request.
 */
class Receiver {
  /** Event ids in the order they arrived, a retry of one as often as it came. */
  readonly seen: string[] = [];
  /** Event ids answered with 2xx: taken, as far as Steward can know. */
  readonly acknowledged: string[] = [];
  readonly events = new Map<string, { type: string; data: { requestId: string } }>();
  badSignatures = 0;
  /** Dies (drops the connection unanswered, stops listening) on this arrival. */
  dieOn: number | null = null;
  /** While above 0: answers 200 and then a byte of its body every this many ms, a body that never ends (no single wait runs out). */
  trickleMs = 0;
  /** When the sender closed a trickled answer's connection (ms since the epoch). */
  trickleClosedAt: number | null = null;
  secret = '';
  port = 0;
  private server: Server | null = null;
  /** Every TCP connection, so a kill ends kept-alive ones too (closeAllConnections may miss one mid-handshake). */
  private readonly sockets = new Set<Socket>();

  constructor(private readonly tls: { key: string; cert: string }) {}

  async start(): Promise<void> {
    const server = createServer(this.tls, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        let event: { id: string; type: string; data: { requestId: string } };
        try {
          event = new Webhook(this.secret).verify(body, req.headers as Record<string, string>) as typeof event;
        } catch {
          this.badSignatures++;
          return void res.writeHead(400).end();
        }
        if (event.id !== req.headers['webhook-id']) this.badSignatures++;
        this.seen.push(event.id);
        this.events.set(event.id, event);
        if (this.dieOn === this.seen.length) {
          this.dieOn = null;
          req.socket.destroy();
          return void this.kill();
        }
        if (this.trickleMs) {
          res.writeHead(200, { 'content-type': 'text/plain' });
          const byte = setInterval(() => res.write('.'), this.trickleMs);
          return void req.socket.once('close', () => (clearInterval(byte), (this.trickleClosedAt = Date.now())));
        }
        this.acknowledged.push(event.id);
        res.writeHead(204).end();
      });
    });
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async kill(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    const closed = new Promise((resolve) => server.close(resolve));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}

/** A receiver's self-signed certificate, and Steward's settings to trust it through the CA file; loopback is allowed for tests only. */
async function trustedReceiver(): Promise<{ tls: { key: string; cert: string }; env: NodeJS.ProcessEnv }> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], { keyType: 'ec', notAfterDate: new Date(Date.now() + 86_400_000) });
  const folder = mkdtempSync(join(tmpdir(), 'steward-webhooks-'));
  writeFileSync(join(folder, 'receiver.pem'), pems.cert);
  return { tls: { key: pems.private, cert: pems.cert }, env: { STEWARD_WEBHOOKS_ALLOW_PRIVATE: 'true', STEWARD_WEBHOOKS_CA_FILE: join(folder, 'receiver.pem') } };
}

describe('webhooks', () => {
  let t: TestApp;
  let anna: Session;
  let kpn: { id: string };
  let kpnDesk: ProviderClient;
  let enecoDesk: ProviderClient;
  let eneco: { id: string };
  let receiver: Receiver;
  let browser: Browser;

  beforeAll(async () => {
    const trusted = await trustedReceiver();
    ({ t, owner: anna } = await startWithOwner({ env: trusted.env }));
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    eneco = await createProvider(t.admin, { name: 'Eneco', category: 'energy', requiredDocuments: [] });
    kpnDesk = providerClient(t.app.getHttpServer(), (await t.admin.post(`${API}/providers/${kpn.id}/tokens`, {}).expect(201)).body.token);
    enecoDesk = providerClient(t.app.getHttpServer(), (await t.admin.post(`${API}/providers/${eneco.id}/tokens`, {}).expect(201)).body.token);
    receiver = new Receiver(trusted.tls);
    await receiver.start();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await receiver?.kill();
    await browser?.close();
    await t?.close();
  });

  const drain = () => t.app.get(OutboxService).drain();
  const minutes = (n: number) => t.clock.advanceDays(n / 1440);
  const hours = (n: number) => minutes(n * 60);
  let base: string | undefined;
  /** The app on a port of its own, for the browser. */
  async function url(): Promise<string> {
    if (!base) {
      await t.app.listen(0, '127.0.0.1');
      base = await t.app.getUrl();
    }
    return base;
  }

  /** A new desk user of the provider signed in on its webhooks page in Chromium, for `look` to read. */
  async function onDeskWebhooksPage(providerId: string, email: string, look: (page: Page) => Promise<void>): Promise<void> {
    await t.admin.post(`${API}/providers/${providerId}/desk-users`, { email, name: 'Desk', password: 'desk-password-1' }).expect(201);
    const base = await url();
    const page = await browser.newPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${base}/desk/login?next=/desk/webhooks`);
      await page.fill('#email', email);
      await page.fill('#password', 'desk-password-1');
      await page.click('button[type=submit]');
      await page.waitForURL(`${base}/desk/webhooks`);
      await look(page);
    } finally {
      await page.close();
    }
  }

  /** A new request whose event fails at every attempt of the schedule (every wait is at most 10 hours, so each round is one attempt). */
  async function failingUntilParked(attempts: number): Promise<string> {
    await receiver.kill();
    const [request] = await requests(1, kpn.id);
    for (let attempt = 0; attempt < attempts; attempt++) {
      await drain();
      hours(10);
    }
    return request;
  }

  async function requests(count: number, providerId: string): Promise<string[]> {
    const estate = await createEstate(anna);
    const ids = [];
    for (let i = 0; i < count; i++) {
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: `Abonnement ${i}`, accountNumber: `ACC-${i}`, action: 'cancel' }).expect(201)).body;
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      ids.push(contract.id);
    }
    return ids;
  }

  /** A provider served by post, its desk, and an endpoint of its own on the receiver at `path`, which now verifies with its secret (the caller gives KPN's back). */
  async function heardByPost(fields: { name: string; category?: string }, path: string): Promise<{ provider: { id: string }; desk: ProviderClient }> {
    const postalAddress = { street: 'Postbus 9', postalCode: '3500 AA', city: 'Utrecht', country: 'NL' };
    const provider = await createProvider(t.admin, { ...fields, channel: 'post', requiredDocuments: [], contactPoint: { name: 'Nabestaanden', postalAddress } });
    const desk = providerClient(t.app.getHttpServer(), (await t.admin.post(`${API}/providers/${provider.id}/tokens`, {}).expect(201)).body.token);
    receiver.secret = (await desk.post('/api/v1/provider-desk/webhooks', { body: { url: `https://127.0.0.1:${receiver.port}/${path}` } }).expect(201)).body.secret;
    return { provider, desk };
  }

  /** A new KPN request's event: one delivery, to `url`, delivered, and it reached the receiver once with a good signature. */
  async function expectOneDeliveryOfANewRequest(url: string): Promise<void> {
    const [request] = await requests(1, kpn.id);
    await drain();
    const deliveries = (await kpnDesk.get('/api/v1/provider-desk/webhook-deliveries', { query: { limit: 20 } }).expect(200)).body.items.filter((d) => d.requestId === request);
    expect(deliveries).toEqual([expect.objectContaining({ url, status: 'delivered' })]);
    expect(receiver.seen.filter((id) => id === deliveries[0].eventId)).toHaveLength(1);
    expect(receiver.badSignatures).toBe(0);
  }

  it('registers only https endpoints and shows the secret once', async () => {
    const refused = await kpnDesk.post('/api/v1/provider-desk/webhooks', { body: { url: `http://127.0.0.1:${receiver.port}/hooks` } }).expect(422);
    expect(refused.body.errors).toEqual([{ field: 'url', message: 'Het webadres: vul een openbaar adres in dat met https:// begint, zonder gebruikersnaam, wachtwoord of #-deel.' }]);
    const endpoint = await kpnDesk.post('/api/v1/provider-desk/webhooks', { body: { url: `https://127.0.0.1:${receiver.port}/hooks` } }).expect(201);
    expect(endpoint.body.secret).toMatch(/^whsec_/);
    receiver.secret = endpoint.body.secret;
    const listed = await kpnDesk.get('/api/v1/provider-desk/webhooks', {}).expect(200);
    expect(listed.body).toEqual([{ id: endpoint.body.id, url: `https://127.0.0.1:${receiver.port}/hooks`, createdAt: expect.any(String) }]);
    expect(JSON.stringify(listed.body)).not.toContain('whsec_');
    // Another provider neither sees nor removes it.
    expect((await enecoDesk.get('/api/v1/provider-desk/webhooks', {}).expect(200)).body).toEqual([]);
    await enecoDesk.delete('/api/v1/provider-desk/webhooks/{id}', { path: { id: endpoint.body.id } }).expect(404);
  });

  it('delivers every event once per id after the receiver dies mid-stream and comes back', async () => {
    const kpnRequests = await requests(8, kpn.id);
    await requests(1, eneco.id); // not KPN's: never posted to KPN's endpoint
    receiver.dieOn = 3;
    await drain();
    const before = [...receiver.acknowledged];
    expect(receiver.seen.length).toBeGreaterThanOrEqual(3);
    expect(before.length).toBeLessThan(8);

    const waiting = (await kpnDesk.get('/api/v1/provider-desk/webhook-deliveries', { query: { status: 'pending' } }).expect(200)).body.items;
    expect(waiting.length).toBe(8 - before.length);
    expect(waiting[0]).toMatchObject({ attempts: 1, lastError: expect.any(String) });

    await receiver.start();
    const seenBefore = receiver.seen.length;
    minutes(1);
    await drain();

    const after = receiver.seen.slice(seenBefore);
    const all = (await kpnDesk.get('/api/v1/provider-desk/webhook-deliveries', { query: { limit: 20 } }).expect(200)).body.items;
    const eventIds = all.map((d) => d.eventId);
    expect(all.every((d) => d.status === 'delivered')).toBe(true);
    expect(new Set(eventIds).size).toBe(8);
    // None lost: every event arrived, and after the restart each one arrived once; all that were not taken before came then.
    expect(new Set(receiver.seen)).toEqual(new Set(eventIds));
    expect(new Set(after).size).toBe(after.length);
    expect(eventIds.filter((id) => !before.includes(id)).every((id) => after.includes(id))).toBe(true);
    expect(receiver.badSignatures).toBe(0);
    expect(new Set(eventIds.map((id) => receiver.events.get(id)!.data.requestId))).toEqual(new Set(kpnRequests));
    expect(eventIds.every((id) => receiver.events.get(id)!.type === 'request.created')).toBe(true);
  });

  it('tells the endpoint when information is supplied, a bill is disputed and a collection must stop, once each', async () => {
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'KPN-7', action: 'cancel' }).expect(201)).body;
    const inheritance = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'certificate_of_inheritance').attach('file', TINY_PDF, 'verklaring.pdf').expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const id = { path: { id: contract.id } };
    await kpnDesk.post('/api/v1/provider-desk/requests/{id}/request-information', { ...id, body: { message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] } }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Bijgaand de verklaring.', documentIds: [inheritance.id] }).expect(200);
    await kpnDesk.post('/api/v1/provider-desk/requests/{id}/complete', { ...id, body: { effectiveDate: '2026-11-30', reference: 'KPN-R7' } }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await kpnDesk.post('/api/v1/provider-desk/requests/{id}/credit-note', { ...id, body: { amount: 15 } }).expect(200);
    // The agency gets its own copy of the letter; the provider's endpoint hears of the collection stop once.
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noord', agencyEmail: 'dossiers@incasso-noord.example', reference: 'INC-9', amount: 80 }).expect(200);
    await drain();
    const types = [...receiver.events.values()].filter((e) => e.data.requestId === contract.id).map((e) => e.type);
    expect(types.sort()).toEqual(['request.collection_stopped', 'request.created', 'request.disputed', 'request.information_supplied']);
  });
  it('tells the endpoint when its request is corrected, a document it received is asked back, and the request is withdrawn', async () => {
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Televisie', accountNumber: 'KPN-8', action: 'cancel' }).expect(201)).body;
    const passport = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'other').attach('file', TINY_PDF, 'paspoort.pdf').expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const id = { path: { id: contract.id } };
    await kpnDesk.post('/api/v1/provider-desk/requests/{id}/request-information', { ...id, body: { message: 'Graag een identiteitsbewijs.', documentsNeeded: ['other'] } }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Bijgaand.', documentIds: [passport.id] }).expect(200);
    await drain();
    await anna.patch(`${API}/contracts/${contract.id}`, { accountNumber: 'KPN-88' }).expect(200);
    await anna.post(`${API}/documents/${passport.id}/withdraw`, { reason: 'Paspoort van de verkeerde persoon.' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/withdraw`, { reason: 'Het contract stond al op naam van de partner.' }).expect(200);
    await drain();
    const types = [...receiver.events.values()].filter((e) => e.data.requestId === contract.id).map((e) => e.type);
    expect(types.sort()).toEqual(['request.corrected', 'request.created', 'request.erasure_requested', 'request.information_supplied', 'request.withdrawn']);
  });

  it('tells the endpoint of a letter by post when its batch is marked posted, as the desk shows it; the desk dates information supplied by post from then', async () => {
    const kpnSecret = receiver.secret;
    const { provider: ziggo, desk: ziggoDesk } = await heardByPost({ name: 'Ziggo Post' }, 'ziggo');
    try {
      const estate = await createEstate(anna);
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: ziggo.id, description: 'Internet', accountNumber: 'ZG-1', action: 'cancel' }).expect(201)).body;
      const id = { path: { id: contract.id } };
      const heard = () => [...receiver.events.values()].filter((e) => e.data.requestId === contract.id).map((e) => e.type);
      const desk = async () => (await ziggoDesk.get('/api/v1/provider-desk/requests/{id}', id).expect(200)).body;
      let expectedSoFar: string[] = [];
      const printAndPost = async () => {
        for (const batchId of (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[]) {
          await drain();
          expect(heard()).toEqual(expectedSoFar); // printed is not posted: the endpoint hears nothing yet
          await postBatch(anna, batchId);
        }
        await drain();
      };

      // The request waits for the post: the desk says a letter is on its way, and the endpoint hears nothing of it.
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await drain();
      expect(await desk()).toMatchObject({ letterPending: true });
      expect(heard()).toEqual([]);
      // Posted: the desk shows the request, and its endpoint is told of it at that moment.
      await printAndPost();
      expect(await desk()).toMatchObject({ letterPending: false });
      expect(heard()).toEqual(['request.created']);

      await ziggoDesk.post('/api/v1/provider-desk/requests/{id}/request-information', { ...id, body: { message: 'Graag de verklaring van erfrecht.', documentsNeeded: [] } }).expect(200);
      await anna.post(`${API}/contracts/${contract.id}/information-supplied`, { note: 'Bijgaand de verklaring.' }).expect(200);
      await drain();
      expectedSoFar = ['request.created'];
      expect(heard()).toEqual(expectedSoFar);
      // Two days later the batch is posted: the endpoint hears of it then, and the desk says it went that day, not the day it was written.
      t.clock.advanceDays(2);
      const postedOn = dutchDate(t.clock.now());
      await printAndPost();
      expect(heard()).toEqual(['request.created', 'request.information_supplied']);
      const view = await desk();
      expect(view.statusText).toContain(`Steward heeft u op ${longDate(postedOn, 'nl')} de gevraagde informatie gestuurd`);
    } finally {
      receiver.secret = kpnSecret;
    }
  });

  it("deskevents: tells the endpoint once that our letter by post came back, never of the agency's copy; the desk lists it as „Onze brief kwam onbezorgd terug\"", async () => {
    const kpnSecret = receiver.secret;
    const { provider: retour, desk: retourDesk } = await heardByPost({ name: 'Retour Verzekeringen', category: 'insurance' }, 'retour');
    try {
      const estate = await createEstate(anna);
      const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: retour.id, description: 'Uitvaartverzekering', accountNumber: 'RV-1', action: 'cancel' }).expect(201)).body;
      const heard = () => [...receiver.events.values()].filter((e) => e.data.requestId === contract.id).map((e) => e.type);
      const letters = async () => (await anna.get(`${API}/contracts/${contract.id}`).expect(200)).body.letters as { id: string; recipient: string; deliveryStatus: string }[];
      const postAll = async () => {
        await drain();
        for (const batchId of (await anna.post(`${API}/print-batches`).expect(200)).body.batchIds as string[]) await postBatch(anna, batchId);
        await drain();
      };
      await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
      await postAll();
      expect(heard()).toEqual(['request.created']);

      // The envelope is back: the endpoint hears it once, also when her click is sent twice (the same Idempotency-Key).
      const [request] = await letters();
      const returned = () => anna.post(`${API}/letters/${request.id}/returned`, { returnedOn: t.clock.today(), reason: 'adres onbekend' }).set('Idempotency-Key', 'deskevents-returned');
      await returned().expect(200);
      await returned().expect(200);
      await drain();
      expect(heard()).toEqual(['request.created', 'request.letter_returned']);
      const deliveries = (await retourDesk.get('/api/v1/provider-desk/webhook-deliveries', { query: { limit: 20 } }).expect(200)).body.items.filter((d) => d.requestId === contract.id);
      expect(deliveries.map((d) => [d.eventType, d.status])).toEqual([['request.letter_returned', 'delivered'], ['request.created', 'delivered']]);
      expect(receiver.badSignatures).toBe(0);
      // The desk's own page of deliveries names the event in its words.
      await onDeskWebhooksPage(retour.id, 'desk@retour.example', async (page) => {
        await expect(page.locator(`tr:has-text("${deliveries[0].eventId}")`).textContent()).resolves.toContain('Onze brief kwam onbezorgd terug');
      });

      // The letter made anew is posted; then the agency's copy of a collection stop comes back: the agency is no endpoint of the provider's, so nothing more is heard.
      await postAll();
      await retourDesk.post('/api/v1/provider-desk/requests/{id}/complete', { path: { id: contract.id }, body: { effectiveDate: t.clock.today(), reference: 'RV-R1' } }).expect(200);
      const agencyAddress = { street: 'Postbus 9', postalCode: '9700 AA', city: 'Groningen', country: 'NL' };
      await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incasso Noordkaap', agencyAddress, reference: 'INC-9', amount: 60 }).expect(200);
      await postAll();
      const heardBefore = heard();
      expect(heardBefore).toContain('request.collection_stopped');
      const toAgency = (await letters()).find((l) => l.recipient === 'Incasso Noordkaap' && l.deliveryStatus === 'posted')!;
      await anna.post(`${API}/letters/${toAgency.id}/returned`, { returnedOn: t.clock.today(), reason: 'adres onbekend' }).expect(200);
      await drain();
      expect(heard()).toEqual(heardBefore);
    } finally {
      receiver.secret = kpnSecret;
    }
  });

  it("deskevents: tells the endpoint once that Steward corrected the complaints body's decision it recorded", async () => {
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Glasvezel', accountNumber: 'KPN-9', action: 'cancel' }).expect(201)).body;
    const id = { path: { id: contract.id } };
    const heard = () => [...receiver.events.values()].filter((e) => e.data.requestId === contract.id).map((e) => e.type);
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await kpnDesk.post('/api/v1/provider-desk/requests/{id}/complete', { ...id, body: { effectiveDate: '2026-11-30', reference: 'KPN-R9' } }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-9', invoiceDate: '2026-11-16', periodFrom: '2026-11-16', periodTo: '2026-12-15', amount: 30 }).expect(200);
    await drain();
    await kpnDesk.post('/api/v1/provider-desk/requests/{id}/reject-dispute', { ...id, body: { invoiceReference: 'F-9', reason: 'December was used' } }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/committee-filed`, { filedOn: t.clock.today(), caseNumber: 'GC-9' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/committee-decision`, { decision: 'billLowered', decidedOn: t.clock.today(), amount: 20 }).expect(200);
    await drain();
    const before = heard();
    expect(before).not.toContain('request.decision_corrected');

    const corrected = () => anna.post(`${API}/contracts/${contract.id}/committee-decision-corrected`, { decision: 'billLowered', decidedOn: t.clock.today(), amount: 12.5 }).set('Idempotency-Key', 'deskevents-decision');
    await corrected().expect(200);
    await corrected().expect(200);
    await drain();
    expect(heard()).toEqual([...before, 'request.decision_corrected']);
    const [delivery] = (await kpnDesk.get('/api/v1/provider-desk/webhook-deliveries', { query: { limit: 20 } }).expect(200)).body.items.filter((d) => d.requestId === contract.id);
    expect(delivery).toMatchObject({ eventType: 'request.decision_corrected', status: 'delivered' });
    // What the endpoint's developer then reads in the desk API: Steward's word in the thread.
    const thread = (await kpnDesk.get('/api/v1/provider-desk/requests/{id}', id).expect(200)).body.thread.map((i: { text: string }) => i.text);
    expect(thread.join('\n')).toContain('Steward corrigeerde wat het vastlegde van de uitspraak over factuur F-9');
  });

  it("rentkeys3: tells the corporation's endpoint once per handover appointment given or changed, with its fields; the desk lists it as „Afspraak voor de oplevering\"", async () => {
    const kpnSecret = receiver.secret;
    const home = await createProvider(t.admin, { name: 'Woonstad Keys', category: 'housing', requiredDocuments: [] });
    const homeDesk = providerClient(t.app.getHttpServer(), (await t.admin.post(`${API}/providers/${home.id}/tokens`, {}).expect(201)).body.token);
    receiver.secret = (await homeDesk.post('/api/v1/provider-desk/webhooks', { body: { url: `https://127.0.0.1:${receiver.port}/woonstad` } }).expect(201)).body.secret;
    try {
      const estate = await createEstate(anna, { livedWith: 'nobody' });
      const lease = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: home.id, description: 'Huur woning Coolsingel 40', accountNumber: 'WS-40', action: 'cancel' }).expect(201)).body.id as string;
      const id = { path: { id: lease } };
      type Heard = { type: string; data: { requestId: string; handoverAppointment?: unknown; previousAppointment?: unknown } };
      const heard = () => ([...receiver.events.values()] as Heard[]).filter((e) => e.data.requestId === lease);
      await anna.post(`${API}/contracts/${lease}/request`).expect(200);
      await drain();
      await homeDesk.post('/api/v1/provider-desk/requests/{id}/complete', { ...id, body: { effectiveDate: '2027-01-31', reference: 'WS-END' } }).expect(200);
      await drain();
      const before = heard().map((e) => e.type);
      expect(before).not.toContain('request.handover_appointment');

      // Given, its click sent twice (one Idempotency-Key), then again unchanged: one event, with the appointment as given.
      const appointment = { on: '2027-01-29', time: '10:00', place: 'Coolsingel 40, Rotterdam', bring: 'alle sleutels' };
      const give = (body: typeof appointment, key: string) => homeDesk.post('/api/v1/provider-desk/requests/{id}/handover-appointment', { ...id, header: { 'Idempotency-Key': key }, body });
      await give(appointment, 'rk3-1').expect(200);
      await give(appointment, 'rk3-1').expect(200);
      await give(appointment, 'rk3-2').expect(200);
      await drain();
      const appointed = heard().filter((e) => e.type === 'request.handover_appointment');
      expect(appointed.map((e) => e.data)).toEqual([{ requestId: lease, handoverAppointment: appointment, previousAppointment: null }]);

      // Moved to the afternoon: one more, naming what it was.
      await give({ ...appointment, time: '13:00–15:00' }, 'rk3-3').expect(200);
      await drain();
      expect(heard().filter((e) => e.type === 'request.handover_appointment').map((e) => e.data).slice(1)).toEqual([
        { requestId: lease, handoverAppointment: { ...appointment, time: '13:00–15:00' }, previousAppointment: appointment },
      ]);
      const deliveries = (await homeDesk.get('/api/v1/provider-desk/webhook-deliveries', { query: { limit: 20 } }).expect(200)).body.items.filter((d) => d.requestId === lease);
      expect(deliveries.filter((d) => d.eventType === 'request.handover_appointment').map((d) => d.status)).toEqual(['delivered', 'delivered']);
      expect(receiver.badSignatures).toBe(0);

      // The desk's own page of deliveries names the event in its words, nl and en.
      await onDeskWebhooksPage(home.id, 'desk@woonstad-keys.example', async (page) => {
        await expect(page.locator(`tr:has-text("${deliveries[0].eventId}")`).textContent()).resolves.toContain('Afspraak voor de oplevering');
        await page.click('form[action="/desk/language"] button');
        await page.goto(`${await url()}/desk/webhooks`);
        await expect(page.locator(`tr:has-text("${deliveries[0].eventId}")`).textContent()).resolves.toContain('Handover appointment');
      });
    } finally {
      receiver.secret = kpnSecret;
    }
  });

  it("lets an administrator register and remove a provider's endpoint; the provider sees it, a case owner cannot", async () => {
    const url = `https://127.0.0.1:${receiver.port}/eneco`;
    const created = await t.admin.post(`${API}/providers/${eneco.id}/webhooks`, { url }).expect(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    expect((await enecoDesk.get('/api/v1/provider-desk/webhooks', {}).expect(200)).body.map((e) => e.url)).toEqual([url]);
    await anna.post(`${API}/providers/${eneco.id}/webhooks`, { url }).expect(403);
    await t.admin.delete(`${API}/providers/${eneco.id}/webhooks/${created.body.id}`).expect(204);
    expect((await enecoDesk.get('/api/v1/provider-desk/webhooks', {}).expect(200)).body).toEqual([]);
    await enecoDesk.delete('/api/v1/provider-desk/webhooks/{id}', { path: { id: created.body.id } }).expect(404);
  });

  it('keeps trying an endpoint that is down for a day, and delivers once it is back without a replay', async () => {
    await receiver.kill();
    const [request] = await requests(1, kpn.id);
    for (let hour = 0; hour < 24; hour++) {
      await drain();
      hours(1);
    }
    const waiting = (await kpnDesk.get('/api/v1/provider-desk/webhook-deliveries', { query: { status: 'pending' } }).expect(200)).body.items;
    expect(waiting).toEqual([expect.objectContaining({ requestId: request, attempts: 7, lastError: expect.stringContaining('ECONNREFUSED') })]);

    // Attempts at 0, 1, 2, 3, 5, 10 and 20 hours; the next one, 10 hours later, finds it back.
    await receiver.start();
    for (let hour = 0; hour < 8; hour++) {
      hours(1);
      await drain();
    }
    expect(receiver.acknowledged).toContain(waiting[0].eventId);
    expect((await kpnDesk.get('/api/v1/provider-desk/webhook-deliveries', { query: { limit: 1 } }).expect(200)).body.items).toEqual([
      expect.objectContaining({ eventId: waiting[0].eventId, status: 'delivered', attempts: 8 }),
    ]);
  });

  it('parks a delivery after almost three days of failure, shows it in the desk and replays it from there', async () => {
    const request = await failingUntilParked(11);
    expect((await kpnDesk.get('/api/v1/provider-desk/webhook-deliveries', { query: { status: 'parked' } }).expect(200)).body.items).toEqual([]);
    await drain();
    const parked = (await kpnDesk.get('/api/v1/provider-desk/webhook-deliveries', { query: { status: 'parked' } }).expect(200)).body.items;
    expect(parked).toEqual([expect.objectContaining({ requestId: request, status: 'parked', attempts: 12, lastError: expect.stringContaining('ECONNREFUSED') })]);
    hours(100);
    await drain();
    expect((await kpnDesk.get('/api/v1/provider-desk/webhook-deliveries', { query: { status: 'parked' } }).expect(200)).body.items).toEqual([expect.objectContaining({ id: parked[0].id, attempts: 12 })]);
    // The administrator sees it; the case owner's queue does not (the endpoint is the provider's to fix); another provider cannot touch it.
    expect((await t.admin.get(`${API}/providers/${kpn.id}/webhook-deliveries?status=parked`).expect(200)).body.items.map((d: { id: string }) => d.id)).toEqual([parked[0].id]);
    expect((await anna.get(`${API}/queue`).expect(200)).body.parkedSteps).toEqual([]);
    await enecoDesk.post('/api/v1/provider-desk/webhook-deliveries/{id}/replay', { path: { id: parked[0].id } }).expect(404);

    await t.admin.post(`${API}/providers/${kpn.id}/desk-users`, { email: 'desk@kpn.example', name: 'KPN nazorg', password: 'desk-password-1' }).expect(201);
    const base = await url();
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/desk/login?next=/desk/webhooks`);
    await page.fill('#email', 'desk@kpn.example');
    await page.fill('#password', 'desk-password-1');
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/desk/webhooks`);
    await page.getByRole('link', { name: 'Vastgelopen' }).click();
    const row = page.locator('tbody tr');
    await expect(row.count()).resolves.toBe(1);
    await expect(row.locator('.delivery-status').textContent()).resolves.toContain('Vastgelopen');
    // The last error in the desk's Dutch (audit80 WH-1), not Node's English; the API keeps that for the receiver's developer.
    await expect(row.textContent()).resolves.toContain('Uw endpoint was niet bereikbaar.');
    await expect(row.textContent()).resolves.not.toContain('ECONNREFUSED');
    // The row names the endpoint it went to, and its request by Steward's reference, as the desk's list does.
    await expect(row.textContent()).resolves.toContain(`https://127.0.0.1:${receiver.port}/hooks`);
    const { ourReference } = (await kpnDesk.get('/api/v1/provider-desk/requests/{id}', { path: { id: request } }).expect(200)).body;
    await expect(row.getByRole('link', { name: ourReference }).getAttribute('href')).resolves.toBe(`/desk/requests/${request}`);

    await receiver.start();
    await row.locator('button', { hasText: 'Opnieuw versturen' }).click();
    await expect(page.textContent('[role=status]')).resolves.toContain('opnieuw verstuurd');
    await drain();
    expect(receiver.acknowledged).toContain(parked[0].eventId);
    await page.reload();
    await expect(page.locator(`tr:has-text("${parked[0].eventId}") .delivery-status`).textContent()).resolves.toBe('Afgeleverd');
    // On a phone the deliveries read as cards, nothing to scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    expect(await page.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('shows a replayed delivery as on its way, not as delivered at the time of its first send (audit81 WH-2)', async () => {
    const [request] = await requests(1, kpn.id);
    await drain();
    const ofRequest = async () => (await kpnDesk.get('/api/v1/provider-desk/webhook-deliveries', { query: { limit: 20 } }).expect(200)).body.items.filter((d) => d.requestId === request);
    const [delivered] = await ofRequest();
    expect(delivered).toMatchObject({ status: 'delivered', deliveredAt: expect.any(String) });
    minutes(5);
    const replayed = await kpnDesk.post('/api/v1/provider-desk/webhook-deliveries/{id}/replay', { path: { id: delivered.id } }).expect(200);
    expect(replayed.body).toMatchObject({ status: 'pending', attempts: 0, deliveredAt: null });
    expect(await ofRequest()).toEqual([expect.objectContaining({ status: 'pending', deliveredAt: null })]);
    await drain();
    const [again] = await ofRequest();
    expect(again).toMatchObject({ status: 'delivered', eventId: delivered.eventId });
    expect(Date.parse(again.deliveredAt!)).toBeGreaterThan(Date.parse(delivered.deliveredAt!));
  });

  it("gives the administrator a provider's webhooks page: parked first, paged, replay, an endpoint registered with its secret shown once, and removed", async () => {
    const request = await failingUntilParked(12);
    const base = await url();
    const page = await signIn(browser, base, ADMIN);
    await page.goto(`${base}/app/admin/providers/${kpn.id}`);
    await page.click('text=Webhook endpoints and deliveries');
    const parkedRows = page.locator('h2#parked + p + table tbody tr');
    await expect(parkedRows.count()).resolves.toBe(1);
    await expect(parkedRows.textContent()).resolves.toContain('The endpoint could not be reached.');
    await expect(parkedRows.locator('.delivery-status').textContent()).resolves.toBe('parked');
    const eventId = (await parkedRows.locator('.muted').textContent())!;
    expect(receiver.events.has(eventId)).toBe(false);

    // Paged: three at a time, the next page holds other deliveries.
    await page.goto(`${base}/app/admin/providers/${kpn.id}/webhooks?limit=3`);
    const allRows = page.locator('h2#deliveries + table tbody tr .muted');
    const first = await allRows.allTextContents();
    expect(first).toHaveLength(3);
    await page.locator('nav.pager a[rel=next]').last().click();
    const second = await allRows.allTextContents();
    expect(second).toHaveLength(3);
    expect(second.filter((id) => first.includes(id))).toEqual([]);

    await receiver.start();
    await page.goto(`${base}/app/admin/providers/${kpn.id}/webhooks`);
    await parkedRows.locator('button', { hasText: 'Send again' }).click();
    await expect(page.textContent('[role=status]')).resolves.toContain('sent again');
    await drain();
    expect(receiver.acknowledged).toContain(eventId);
    expect(receiver.events.get(eventId)!.data.requestId).toBe(request);
    await page.reload();
    await expect(page.textContent('h2#parked + p + p')).resolves.toBe('Nothing parked.');

    await page.fill('#url', 'http://hooks.kpn.example/steward');
    await page.click('form[action$="/webhooks"] button');
    await expect(page.textContent('[role=alert]')).resolves.toContain("Enter the endpoint's address as a public address starting with https://");
    const endpoint = `https://127.0.0.1:${receiver.port}/admin-registered`;
    await page.fill('#url', endpoint);
    await page.click('form[action$="/webhooks"] button');
    const secret = (await page.textContent('.secret'))!;
    expect(secret).toMatch(/^whsec_/);
    expect((await kpnDesk.get('/api/v1/provider-desk/webhooks', {}).expect(200)).body.map((e) => e.url)).toContain(endpoint);
    await page.goto(`${base}/app/admin/providers/${kpn.id}/webhooks`);
    expect(await page.content()).not.toContain(secret);
    // The same address again: refused at its field, and still listed once.
    await page.fill('#url', endpoint);
    await page.click('form[action$="/webhooks"] button');
    await expect(page.textContent('[role=alert]')).resolves.toContain('This address is registered already as an endpoint');
    expect((await kpnDesk.get('/api/v1/provider-desk/webhooks', {}).expect(200)).body.filter((e) => e.url === endpoint)).toHaveLength(1);

    await page.click(`button:has-text("Remove ${endpoint}")`);
    await expect(page.textContent('[role=status]')).resolves.toContain('removed');
    expect((await kpnDesk.get('/api/v1/provider-desk/webhooks', {}).expect(200)).body.map((e) => e.url)).not.toContain(endpoint);
    await page.close();
  });

  it('refuses a URL the provider has already, however it is spelled, and posts each event to it once', async () => {
    const [endpoint] = (await kpnDesk.get('/api/v1/provider-desk/webhooks', {}).expect(200)).body;
    const registeredAlready = 'U heeft dit adres al als endpoint; het krijgt elke gebeurtenis. Wilt u een nieuw geheim, verwijder het endpoint dan (DELETE /api/v1/provider-desk/webhooks/{endpointId}) en registreer het opnieuw. Er is niets gewijzigd.';
    for (const url of [endpoint.url, `HTTPS://127.0.0.1:${receiver.port}/hooks`]) {
      const refused = await kpnDesk.post('/api/v1/provider-desk/webhooks', { body: { url } }).expect(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({
        type: 'https://steward.example/problems/endpoint-registered-already',
        endpointId: endpoint.id,
        // deskwords: a Dutch desk reads the field's refusal in the words of its detail, this one a whole answer of its own.
        errors: [{ field: 'url', message: registeredAlready }],
        detail: registeredAlready,
      });
    }
    // Another provider may use the same receiver: its endpoint is its own.
    const enecoEndpoint = await enecoDesk.post('/api/v1/provider-desk/webhooks', { body: { url: endpoint.url } }).expect(201);
    await enecoDesk.delete('/api/v1/provider-desk/webhooks/{id}', { path: { id: enecoEndpoint.body.id } }).expect(204);
    expect((await kpnDesk.get('/api/v1/provider-desk/webhooks', {}).expect(200)).body).toEqual([endpoint]);

    await expectOneDeliveryOfANewRequest(endpoint.url);
  });

  it('keeps the oldest endpoint of a URL a provider had twice before the rule, so each event reaches it once', async () => {
    const [endpoint] = (await kpnDesk.get('/api/v1/provider-desk/webhooks', {}).expect(200)).body;
    const source = t.app.get(DataSource);
    await rerunFrom(source, WebhookUrlOnce1763810950000, async () => {
      // Registered again a day later, spelled in capitals, as the old code let it be.
      await source.query(
        `INSERT INTO webhook_endpoints (provider_id, url, secret_encrypted, created_at)
         SELECT provider_id, $2, secret_encrypted, created_at + interval '1 day' FROM webhook_endpoints WHERE id = $1`,
        [endpoint.id, endpoint.url.replace('https://', 'HTTPS://')],
      );
    });
    expect((await kpnDesk.get('/api/v1/provider-desk/webhooks', {}).expect(200)).body).toEqual([endpoint]);
    await expectOneDeliveryOfANewRequest(endpoint.url);
  });
});

/**
 * An endpoint that answers 200 and then trickles its body, a byte a second: the socket's 10 s wait never runs out, and without a
 * deadline for the whole delivery it ran past the outbox lease, when a second worker takes the row and posts the event again.
 * Now a delivery ends at `STEWARD_SEND_SECONDS` after its claim, as an e-mail's send does (5 s here, 150 s by default: the lease
 * is 5 minutes), its connection closed, a failed attempt the desk reads.
 */
describe('a webhook endpoint that trickles its answer', () => {
  let t: TestApp;
  let anna: Session;
  let receiver: Receiver;

  beforeAll(async () => {
    const trusted = await trustedReceiver();
    ({ t, owner: anna } = await startWithOwner({ env: { ...trusted.env, STEWARD_SEND_SECONDS: '5' } }));
    receiver = new Receiver(trusted.tls);
    await receiver.start();
  });
  afterAll(async () => {
    await receiver?.kill();
    await t?.close();
  });

  it('ends the delivery at its deadline, closes the connection, and the desk API reads that the endpoint did not answer in time', async () => {
    const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    const desk = providerClient(t.app.getHttpServer(), (await t.admin.post(`${API}/providers/${kpn.id}/tokens`, {}).expect(201)).body.token);
    receiver.secret = (await desk.post('/api/v1/provider-desk/webhooks', { body: { url: `https://127.0.0.1:${receiver.port}/hooks` } }).expect(201)).body.secret;
    const estate = await createEstate(anna);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: 'KPN-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.app.get(OutboxService).drain(100, ['letter']); // the letter, and with it the event

    receiver.trickleMs = 1_000;
    const outbox = t.app.get(OutboxService);
    const started = Date.now();
    const first = outbox.drain(10, ['webhook']);
    for (const until = Date.now() + 5_000; !receiver.seen.length && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
    expect(receiver.seen).toHaveLength(1);
    expect(await outbox.drain(10, ['webhook'])).toBe(0); // the lease is the first worker's
    expect(await first).toBe(0);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(4_500);
    expect(took).toBeLessThan(8_000);
    for (const until = Date.now() + 2_000; receiver.trickleClosedAt === null && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
    expect(receiver.trickleClosedAt).not.toBeNull(); // our side closed it: nothing more is read
    receiver.trickleMs = 0;

    const [delivery] = (await desk.get('/api/v1/provider-desk/webhook-deliveries', { query: { limit: 5 } }).expect(200)).body.items;
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringMatching(/^No answer within [45] seconds\.$/) });
    // Its retry, after its backoff, is delivered once the endpoint answers.
    t.clock.advanceDays(1 / 24);
    expect(await outbox.drain(10, ['webhook'])).toBe(1);
    expect((await desk.get('/api/v1/provider-desk/webhook-deliveries', { query: { limit: 5 } }).expect(200)).body.items[0]).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(receiver.acknowledged).toEqual([delivery.eventId]);
  }, 60_000);
});
