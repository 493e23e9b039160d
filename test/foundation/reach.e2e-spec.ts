import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import { freePort } from '../../src/database/embedded-postgres';
import { MAX_ATTEMPTS } from '../../src/runtime/outbox.service';
import { Workers } from '../../src/runtime/workers.service';
import { API, binary, createEstate, createProvider, TINY_PDF } from '../support/fixtures';
import { apiDocument, Operation, operationsOf } from '../support/openapi-operations';
import { camt053Chunks, DATE_OF_DEATH, join, scenario } from '../support/statement-fixtures';
import { Session, startTestApp, TestApp } from '../support/test-app';
import { readZip } from '../support/zip';

/**
 * "Authorization is not found": every operation of the API, called by everyone who must not reach the
 * object it names, answers 404 — exactly as it answers for an id that does not exist — and changes nothing.
 *
 * The rule applied (README, Architecture → "Authorization is not found", and src/auth/auth.guard.ts):
 * - no credentials: 401, whatever the id;
 * - a credential of another audience (family or provider on a staff route, staff or family at the desk,
 *   staff or provider in the portal): 404;
 * - a caller of the route's audience with an object outside their reach: 404;
 * - 403 only for a staff route closed to the caller's whole role (`@Roles('admin')`): the operation
 *   documents 403, the problem is `forbidden`, and a random id gets the very same answer (so the object
 *   played no part in it).
 * Never a 2xx, 409, 422 or 5xx; the answer for another estate's real id equals the answer for a random one.
 *
 * Two worlds: Anna's estate (family member Maria, contract to provider X) is the callers' home; Bert's
 * estate (family member Piet, contracts to Y, an email provider and a post provider) is what they aim at.
 */

type Kind =
  | 'estate'
  | 'contract'
  | 'member'
  | 'handover'
  | 'document'
  | 'letter'
  | 'printBatch'
  | 'parkedStep'
  | 'familyReport'
  | 'webhookEndpoint'
  | 'webhookDelivery'
  | 'provider'
  | 'token'
  | 'deskUser'
  | 'user'
  | 'finding'
  | 'call'
  | 'readdressNotice'
  | 'notification'
  | 'statementImport';
type Ids = Record<Kind, string>;

/** The kind of object a path parameter names, read from the collection in front of it. */
const KIND_OF_COLLECTION: Record<string, Kind> = {
  estates: 'estate',
  contracts: 'contract',
  // A desk request is the contract addressed to the provider.
  requests: 'contract',
  'family-members': 'member',
  handovers: 'handover',
  documents: 'document',
  // A deletion request is named by the withdrawn document it asks back.
  erasures: 'document',
  letters: 'letter',
  'print-batches': 'printBatch',
  'parked-steps': 'parkedStep',
  'family-reports': 'familyReport',
  reports: 'familyReport',
  webhooks: 'webhookEndpoint',
  'webhook-deliveries': 'webhookDelivery',
  providers: 'provider',
  tokens: 'token',
  'desk-users': 'deskUser',
  users: 'user',
  calls: 'call',
  'readdress-notices': 'readdressNotice',
  notifications: 'notification',
  // relupload: a relative's own statement (`/portal/statements/{id}/withdraw`) is named by its import.
  statements: 'statementImport',
};

/** An id that names nothing, of the shape the kind's route takes. */
function randomIdOf(kind: Kind): string {
  return kind === 'parkedStep' ? `deadline-${randomUUID()}` : randomUUID();
}

/** One call's ids: the path parameters by name, and the statement finding a body names. */
interface Target {
  params: Record<string, string>;
  finding: string;
}

interface Fill {
  /** A valid body, so the call passes validation and reaches the reach check. */
  body?: (target: Target) => object;
  upload?: { fields: Record<string, string>; file: () => Buffer; name: string };
  /** Why every specialist may use this staff route on any object: no specialist is outside its reach. */
  sharedWithStaff?: string;
  /** Why the estate's previous owner may still use it. */
  formerOwnerMay?: string;
}

/**
 * Every operation with a path parameter, and how to call it. An operation missing here fails the test:
 * a new route is swept from the day it appears.
 */
const FILL: Record<string, Fill> = {
  'POST /api/v1/users/{id}/deactivate': {},
  'POST /api/v1/users/{id}/activate': {},
  'GET /api/v1/providers/{id}/scorecard': { sharedWithStaff: "the provider directory and its scorecards are every case owner's (README, Dashboard)" },
  'GET /api/v1/providers/{id}': { sharedWithStaff: "the provider directory is every case owner's: they pick providers from it" },
  'PATCH /api/v1/providers/{id}': { body: () => ({ slaBusinessDays: 3 }) },
  'POST /api/v1/providers/{id}/tokens': { body: () => ({ label: 'reach' }) },
  'GET /api/v1/providers/{id}/tokens': {},
  'DELETE /api/v1/providers/{id}/tokens/{tokenId}': {},
  'POST /api/v1/providers/{id}/desk-users': { body: () => ({ email: `intruder-${randomUUID()}@desk.example`, name: 'Intruder', password: 'intruder-password-1' }) },
  'GET /api/v1/providers/{id}/desk-users': {},
  'POST /api/v1/providers/{id}/desk-users/{userId}/deactivate': {},
  'POST /api/v1/providers/{id}/desk-users/{userId}/activate': {},
  'GET /api/v1/estates/{id}': {},
  'PATCH /api/v1/estates/{id}': { body: () => ({ deceased: { surname: 'Overgenomen' } }) },
  'POST /api/v1/estates/{id}/close': {},
  'POST /api/v1/estates/{id}/reopen': { body: () => ({ reason: 'Een vergeten abonnement gevonden.' }) },
  'POST /api/v1/estates/{id}/progress-report': {},
  'POST /api/v1/estates/{id}/family-members': { body: () => ({ name: 'Indringer', relation: 'neef', isHeir: false, isRepresentative: false }) },
  'GET /api/v1/estates/{id}/family-members': {},
  'GET /api/v1/estates/{id}/family-members/{memberId}': {},
  'PATCH /api/v1/estates/{id}/family-members/{memberId}': { body: () => ({ relation: 'buurman' }) },
  'GET /api/v1/estates/{id}/timeline': {},
  'POST /api/v1/estates/{id}/handover': { body: () => ({ toUserId: world.anna.userId, reason: 'Ik neem dit dossier over.' }) },
  'POST /api/v1/estates/{id}/handovers/{handoverId}/undo': { formerOwnerMay: 'the previous owner undoes a handover within a day (README, Handovers)' },
  'POST /api/v1/estates/{id}/documents': { upload: { fields: { kind: 'death_certificate' }, file: () => TINY_PDF, name: 'akte.pdf' } },
  'GET /api/v1/estates/{id}/documents': {},
  'GET /api/v1/documents/{id}': {},
  'PATCH /api/v1/documents/{id}': { body: () => ({ audience: 'family' }) },
  'POST /api/v1/documents/{id}/replace': { upload: { fields: {}, file: () => TINY_PDF, name: 'akte.pdf' } },
  'POST /api/v1/documents/{id}/withdraw': { body: () => ({ reason: 'Verkeerd document.' }) },
  'GET /api/v1/documents/{id}/history': {},
  'GET /api/v1/documents/{id}/correction-letters': {},
  'POST /api/v1/documents/{id}/correction-letters': {},
  'POST /api/v1/contracts/{id}/information-supplied': { body: () => ({ note: 'Hierbij de gevraagde gegevens.' }) },
  'POST /api/v1/contracts/{id}/erasures/{documentId}/confirm': {},
  'POST /api/v1/estates/{id}/contracts': { body: () => ({ providerId: world.x.id, description: 'Mobiel abonnement', accountNumber: '06-999', action: 'cancel' }) },
  'GET /api/v1/estates/{id}/contracts': {},
  'GET /api/v1/contracts/{id}': {},
  'PATCH /api/v1/contracts/{id}': { body: () => ({ description: 'Gewijzigd' }) },
  'POST /api/v1/contracts/{id}/request': {},
  // The answer is the enum's first: acknowledged, credit_note_sent.
  'POST /api/v1/contracts/{id}/provider-answer/{answer}': { body: () => ({ receivedVia: 'phone', reference: 'R-1' }) },
  'POST /api/v1/contracts/{id}/brp-check': { body: () => ({ outcome: 'informed', note: 'gecontroleerd' }) },
  'POST /api/v1/contracts/{id}/amend': { body: () => ({ note: 'aangepast' }) },
  'POST /api/v1/contracts/{id}/complain': { body: () => ({ grounds: 'De erfgenamen mogen opzeggen.' }) },
  'POST /api/v1/contracts/{id}/balance-released': { body: () => ({ receivedVia: 'phone', releasedOn: '2027-01-12' }) },
  'POST /api/v1/contracts/{id}/bills-owed': { body: () => ({ invoiceDate: '2026-11-20', amount: 14.5, reference: 'P-1', periodFrom: '2026-12-01', periodTo: '2026-12-31' }) },
  'POST /api/v1/contracts/{id}/invoice-after-end': { body: () => ({ invoiceDate: '2026-11-20', amount: 49.95, reference: 'F-1', periodFrom: '2026-12-01', periodTo: '2026-12-31' }) },
  'POST /api/v1/contracts/{id}/bill-corrected': { body: () => ({ invoiceReference: 'F-1', invoiceDate: '2026-11-20', amount: 59.95, reference: 'F-1', periodFrom: '2026-12-01', periodTo: '2026-12-31' }) },
  'POST /api/v1/contracts/{id}/collection-notice': { body: () => ({ agency: 'Incassobureau Noord', reference: 'I-1', amount: 49.95 }) },
  'POST /api/v1/contracts/{id}/collection-notice-corrected': { body: () => ({ agency: 'Incassobureau Noord', reference: 'I-2', amount: 49.95 }) },
  'POST /api/v1/contracts/{id}/drop-undone': { body: () => ({ invoiceReference: 'F-1' }) },
  'POST /api/v1/contracts/{id}/agency-stop-undone': { body: () => ({ receivedVia: 'post', toldOn: '2026-11-20' }) },
  'POST /api/v1/contracts/{id}/drop-day-corrected': { body: () => ({ toldOn: '2026-12-01' }) },
  'POST /api/v1/contracts/{id}/dispute-answer/{answer}': { body: () => ({ amount: 10, receivedVia: 'phone' }) },
  'POST /api/v1/contracts/{id}/dispute-resolved': { body: () => ({ note: 'opgelost' }) },
  'POST /api/v1/contracts/{id}/committee-filed': { body: () => ({ filedOn: '2026-12-01', caseNumber: 'G-1' }) },
  'POST /api/v1/contracts/{id}/committee-decision': { body: () => ({ decision: 'billDropped', decidedOn: '2026-12-01' }) },
  'POST /api/v1/contracts/{id}/committee-filing-corrected': { body: () => ({ filedOn: '2026-12-01', caseNumber: 'G-2' }) },
  'POST /api/v1/contracts/{id}/committee-decision-corrected': { body: () => ({ decision: 'billLowered', decidedOn: '2026-12-01', amount: 10 }) },
  'POST /api/v1/contracts/{id}/later-end-date/handled': { body: () => ({ note: 'gebeld' }) },
  'POST /api/v1/contracts/{id}/answer-withdrawn/handled': { body: () => ({}) },
  'POST /api/v1/contracts/{id}/collection-stopped': { body: () => ({ note: 'incasso gestopt', receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped' }) },
  'POST /api/v1/contracts/{id}/withdraw': { body: () => ({ reason: 'Niet meer nodig.' }) },
  'POST /api/v1/contracts/{id}/take-back-confirmation': { body: () => ({ reason: 'Bij het verkeerde contract vastgelegd.' }) },
  'POST /api/v1/contracts/{id}/calls': { body: () => ({ calledOn: '2026-01-01', party: 'provider', outcome: 'Gebeld.' }) },
  'GET /api/v1/contracts/{id}/calls': {},
  'GET /api/v1/contracts/{id}/timeline': {},
  'GET /api/v1/contracts/{id}/calls/{callId}': {},
  'PATCH /api/v1/contracts/{id}/calls/{callId}': { body: () => ({ outcome: 'Overgenomen.' }) },
  'DELETE /api/v1/contracts/{id}/calls/{callId}': {},
  'GET /api/v1/estates/{id}/bills-to-pay': {},
  'GET /api/v1/estates/{id}/bills-paid': {},
  'POST /api/v1/contracts/{id}/bills-paid': { body: () => ({ reference: 'F-1', paidOn: '2026-11-23' }) },
  'POST /api/v1/contracts/{id}/bills-paid/undo': { body: () => ({ reference: 'F-1' }) },
  'GET /api/v1/estates/{id}/refunds-to-receive': {},
  'POST /api/v1/contracts/{id}/refund-received': { body: () => ({ amount: 10, receivedOn: '2026-11-23' }) },
  'POST /api/v1/contracts/{id}/refund-received/undo': {},
  'POST /api/v1/contracts/{id}/refund-reminder': {},
  'POST /api/v1/contracts/{id}/repayment-request': {},
  'GET /api/v1/estates/{id}/letters': {},
  'GET /api/v1/letters/{id}/pdf': {},
  'GET /api/v1/contracts/{id}/letter-preview': {},
  'POST /api/v1/letters/{id}/retry': {},
  'POST /api/v1/letters/{id}/passed-on': { body: () => ({ how: 'phone' }) },
  'POST /api/v1/letters/{id}/returned': { body: () => ({ returnedOn: '2026-11-23' }) },
  'POST /api/v1/letters/{id}/return-checked': {},
  'POST /api/v1/readdress-notices/{id}/seen': {},
  'POST /api/v1/notifications/{id}/read': {},
  'GET /api/v1/print-batches/{id}': {},
  'GET /api/v1/print-batches/{id}/pdf': {},
  'POST /api/v1/print-batches/{id}/posted': { body: () => ({ letterCount: 1 }) },
  'POST /api/v1/estates/{id}/print-batches/{batchId}/posted': { body: () => ({ letterCount: 1 }) },
  'GET /api/v1/provider-desk/requests/{id}': {},
  'POST /api/v1/provider-desk/requests/{id}/acknowledge': { body: () => ({ reference: 'R-1' }) },
  'POST /api/v1/provider-desk/requests/{id}/complete': { body: () => ({ effectiveDate: '2026-12-31', reference: 'R-1' }) },
  'POST /api/v1/provider-desk/requests/{id}/balance-released': { body: () => ({ releasedOn: '2027-01-12' }) },
  'POST /api/v1/provider-desk/requests/{id}/refund-paid': { body: () => ({ amount: 10, paidOn: '2026-11-23' }) },
  'POST /api/v1/provider-desk/requests/{id}/handover-appointment': { body: () => ({ on: '2026-12-30', time: '10:00', place: 'Keizersgracht 112' }) },
  'POST /api/v1/provider-desk/requests/{id}/correct-completion': { body: () => ({ effectiveDate: '2026-12-31', reference: 'R-1' }) },
  'POST /api/v1/provider-desk/requests/{id}/request-information': { body: () => ({ message: 'Graag de verklaring van erfrecht.', documentsNeeded: ['certificate_of_inheritance'] }) },
  'POST /api/v1/provider-desk/requests/{id}/reject': { body: () => ({ reason: 'Onbekend klantnummer.' }) },
  'POST /api/v1/provider-desk/requests/{id}/withdraw-rejection': { body: () => ({ note: 'Klant alsnog gevonden.' }) },
  'POST /api/v1/provider-desk/requests/{id}/credit-note': { body: () => ({ amount: 10 }) },
  'POST /api/v1/provider-desk/requests/{id}/invoice-withdrawn': { body: () => ({ note: 'ingetrokken' }) },
  'POST /api/v1/provider-desk/requests/{id}/drop-undone': { body: () => ({ invoiceReference: 'F-1' }) },
  'POST /api/v1/provider-desk/requests/{id}/reject-dispute': { body: () => ({ reason: 'Verbruik voor de einddatum.' }) },
  'POST /api/v1/provider-desk/requests/{id}/collection-stopped': { body: () => ({ note: 'Incasso gestopt.' }) },
  'GET /api/v1/provider-desk/requests/{id}/documents/{documentId}': {},
  'POST /api/v1/provider-desk/requests/{id}/erasures/{documentId}/confirm': {},
  'GET /api/v1/provider-desk/requests/{id}/letters/{letterId}': {},
  'DELETE /api/v1/provider-desk/webhooks/{id}': {},
  'POST /api/v1/provider-desk/webhook-deliveries/{id}/replay': {},
  'GET /api/v1/portal/letters/{id}/pdf': {},
  'PATCH /api/v1/portal/reports/{id}': { body: () => ({ message: 'Toch een andere brief.' }) },
  'POST /api/v1/portal/reports/{id}/withdraw': {},
  'POST /api/v1/portal/documents/{id}/withdraw': {},
  'POST /api/v1/portal/statements/{id}/withdraw': {},
  'POST /api/v1/estates/{id}/family-members/{memberId}/invitation': {},
  'POST /api/v1/estates/{id}/family-members/{memberId}/access/withdraw': {},
  'POST /api/v1/family-reports/{id}/handle': { body: () => ({ reply: 'Afgehandeld.' }) },
  'POST /api/v1/family-reports/{id}/document': { body: () => ({ kind: 'certificate_of_inheritance' }) },
  'POST /api/v1/family-reports/{id}/bill': { body: () => ({ invoiceDate: '2026-01-05', periodFrom: '2026-01-01', periodTo: '2026-01-31', amount: 31, reference: 'F-1' }) },
  'POST /api/v1/estates/{id}/statements': { upload: { fields: {}, file: () => Buffer.from(join(camt053Chunks(scenario()))), name: 'afschrift.xml' } },
  'GET /api/v1/estates/{id}/statement-findings': {},
  // The findings named are the estate's own kind of object: Bert's for Bert's estate, random for a random one.
  'POST /api/v1/estates/{id}/statement-findings/contracts': { body: (target) => ({ findingIds: [target.finding] }) },
  'GET /api/v1/estates/{id}/access-log': {},
  'GET /api/v1/estates/{id}/family-members/{memberId}/personal-data': {},
  'POST /api/v1/queue/parked-steps/{id}/retry': {},
  'POST /api/v1/providers/{id}/webhooks': { body: () => ({ url: 'https://hooks.intruder.example/steward' }) },
  'GET /api/v1/providers/{id}/webhooks': {},
  'DELETE /api/v1/providers/{id}/webhooks/{endpointId}': {},
  'GET /api/v1/providers/{id}/webhook-deliveries': {},
  'POST /api/v1/providers/{id}/webhook-deliveries/{deliveryId}/replay': {},
};

/**
 * Operations without a path parameter have no object to aim at: their reach is the credential's. Their
 * reads are checked for leaks below (no id or name of Bert's world in the answer); their writes are listed
 * here, each with why an id sweep does not apply or where their body ids are checked.
 */
const WRITES_WITHOUT_PATH_ID: Record<string, string> = {
  'POST /api/v1/admin/clock': 'simulation: moves the virtual clock, names no object',
  'POST /api/v1/auth/login': 'public: a password login',
  'POST /api/v1/users': 'administrators only: creates an account, names no object',
  'POST /api/v1/providers': 'administrators only: adds to the directory, names no object',
  'POST /api/v1/estates': "creates an estate; `ownerId` of someone else is a 422 for a specialist (test/foundation/estates), it names no estate",
  'POST /api/v1/print-batches': "prints the caller's own postal letters only",
  'POST /api/v1/notifications/read': "marks read the notifications of the caller's own estates only (ownernotif)",
  'POST /api/v1/provider-desk/requests/acknowledge': 'body ids: swept below (BODY_ID_PROBES)',
  'POST /api/v1/provider-desk/requests/complete': 'body ids: swept below (BODY_ID_PROBES)',
  'POST /api/v1/provider-desk/webhooks': "registers an endpoint for the caller's own provider",
  'POST /api/v1/portal/access': 'public: turns an access code into a session',
  'POST /api/v1/portal/access/new-link': 'public: answers alike for every address',
  'POST /api/v1/portal/reports': 'body id (contractId): swept below (BODY_ID_PROBES)',
  'POST /api/v1/portal/feedback': "rates the caller's own estate, names no object",
  'POST /api/v1/portal/bills-paid': 'body id (contractId): swept below (BODY_ID_PROBES)',
  'POST /api/v1/portal/bills-paid/undo': 'body id (contractId): swept below (BODY_ID_PROBES)',
};

/** What the previous owner still reads of the estate, and why: these fields are left out of her leak check. */
const FORMER_OWNER_READS: Record<string, string[]> = {
  // "Handed over by you", with its undo button, for a day (README, Handovers); checked again after that day.
  'GET /api/v1/queue': ['sentHandovers'],
};

/** The probe naming Bert's objects only (the other names one of the caller's own objects first). */
const BERTS = 'Bert’s ids';

/** The Idempotency-Key provider Y answered Bert's request with. */
const Y_KEY = 'reach-y-acknowledge-1';

/** Query parameters a read without path parameter requires. */
const REQUIRED_QUERY: Record<string, string> = {
  'GET /api/v1/provider-desk/requests/export': 'from=2026-10-01&to=2026-12-31',
};

type Audience = 'staff' | 'provider' | 'family';
/** Routes of more than one audience (`@For('staff', 'family')`): a family member downloads the documents meant for them. */
const SHARED_AUDIENCES: Record<string, Audience[]> = { 'GET /api/v1/documents/{id}': ['staff', 'family'] };
/** The route's audiences as its guard sees them (`@For`): the desk and the portal live under their own paths. */
function audiencesOf(op: Operation): Audience[] {
  if (op.path.startsWith(`${API}/provider-desk/`)) return ['provider'];
  if (op.path.startsWith(`${API}/portal/`)) return ['family'];
  return SHARED_AUDIENCES[key(op)] ?? ['staff'];
}

interface Caller {
  name: string;
  audience: Audience | null;
  session: Session;
  role?: 'specialist';
  /**
   * An administrator reaches every estate and provider on staff routes, so only a mismatch is outside
   * their reach there: one object's id under another's path (Bert's member under Anna's estate).
   */
  seesAll?: boolean;
  /** Owned Bert's estate until she handed it over to him. */
  formerOwner?: boolean;
  /** The caller's own objects, for calls that mix one of them with Bert's. */
  own: Partial<Ids>;
}

// Filled in beforeAll; the fills above read it when called.
const world = {} as {
  anna: Session & { userId: string };
  x: { id: string };
};

describe('authorization answers 404 for anything outside the caller’s reach, on every operation', () => {
  let t: TestApp;
  let bert: Session & { userId: string };
  let piet: Session;
  let yDesk: Session;
  let bertIds: Ids;
  let callers: Caller[];
  /** Anna's world, for the calls that hide one of Bert's ids in a body. */
  let home: { anna: Session; xApi: Session; maria: Session; estateA: string; contractA: string };
  let deceasedB: string;

  beforeAll(async () => {
    // Dead mail server: the email provider's letter parks after its attempts (a parked step of Bert's estate).
    // Webhooks may reach a closed local port, so Y's endpoint fails quickly instead of waiting on DNS.
    t = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${await freePort()}`, STEWARD_WEBHOOKS_ALLOW_PRIVATE: 'true' } });
    const server = t.app.getHttpServer();
    const anna = await t.specialist('Anna de Boer');
    bert = await t.specialist('Bert Jansen');
    const carla = await t.specialist('Carla Smit');
    world.anna = anna;

    const x = await createProvider(t.admin, { name: 'Provider X' });
    const y = await createProvider(t.admin, { name: 'Provider Y' });
    const mail = await createProvider(t.admin, { name: 'Provider Mail', channel: 'email', requiredDocuments: [], contactPoint: { name: 'Desk', email: 'desk@mail.example' } });
    const post = await createProvider(t.admin, {
      name: 'Provider Post',
      channel: 'post',
      requiredDocuments: [],
      contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 1', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL' } },
    });
    world.x = x;
    const tokenOf = async (providerId: string) => (await t.admin.post(`${API}/providers/${providerId}/tokens`, { label: 'desk' }).expect(201)).body as { id: string; token: string };
    const xToken = await tokenOf(x.id);
    const yToken = await tokenOf(y.id);
    const deskUser = async (providerId: string, email: string) =>
      (await t.admin.post(`${API}/providers/${providerId}/desk-users`, { email, name: 'Desk', password: 'desk-password-1' }).expect(201)).body as { id: string };
    await deskUser(x.id, 'desk@x.example');
    const yDeskUser = await deskUser(y.id, 'desk@y.example');
    // A desk user's session is a bearer credential too (the cookie holds the same signed token).
    const deskSession = async (email: string) => {
      const login = await request(server).post('/desk/login').type('form').send({ email, password: 'desk-password-1' }).expect(303);
      return t.as(String(login.headers['set-cookie']).match(/steward_desk=([^;]+)/)![1]);
    };
    // Y's own reads go through its desk user: its API token's last use is part of what must not change.
    yDesk = await deskSession('desk@y.example');
    const webhook = (await yDesk.post(`${API}/provider-desk/webhooks`, { url: `https://127.0.0.1:${await freePort()}/steward` }).expect(201)).body as { id: string };

    // Anna's estate: the callers' home.
    const estateA = await createEstate(anna);
    const memberA = (await anna.post(`${API}/estates/${estateA.id}/family-members`, { name: 'Maria de Vries', relation: 'dochter', isHeir: true, isRepresentative: true }).expect(201)).body;
    const documentA = (await anna.post(`${API}/estates/${estateA.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201)).body;
    const contractA = (await anna.post(`${API}/estates/${estateA.id}/contracts`, { providerId: x.id, description: 'Mobiel', accountNumber: 'X-A', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contractA.id}/request`).expect(200);

    // Bert's estate, received from Carla (so it has a handover), with a name found nowhere else.
    deceasedB = 'Wróbel-Kowalska';
    const estateB = await createEstate(carla, { givenNames: 'Łucja', surnamePrefix: undefined, surname: deceasedB, gender: 'female', dateOfDeath: DATE_OF_DEATH });
    const { handover } = (await carla.post(`${API}/estates/${estateB.id}/handover`, { toUserId: bert.userId, reason: 'Carla gaat met verlof' }).expect(201)).body;
    const memberB = (await bert.post(`${API}/estates/${estateB.id}/family-members`, { name: 'Piet Kowalski', relation: 'zoon', isHeir: true, isRepresentative: true }).expect(201)).body;
    const documentB = (await bert.post(`${API}/estates/${estateB.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte.pdf').expect(201)).body;
    const contractOf = async (providerId: string, accountNumber: string) => {
      const contract = (await bert.post(`${API}/estates/${estateB.id}/contracts`, { providerId, description: 'Abonnement', accountNumber, action: 'cancel' }).expect(201)).body as { id: string };
      await bert.post(`${API}/contracts/${contract.id}/request`).expect(200);
      return contract.id;
    };
    const contractB = await contractOf(y.id, 'Y-B');
    const callB = (await bert.post(`${API}/contracts/${contractB}/calls`, { calledOn: t.clock.today(), party: 'provider', outcome: 'Gebeld met Y.' }).expect(201)).body as { id: string };
    const mailContractB = await contractOf(mail.id, 'MAIL-B');
    await contractOf(post.id, 'POST-B');
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200); // the request letters are written
    const imported = await bert.post(`${API}/estates/${estateB.id}/statements`).attach('file', Buffer.from(join(camt053Chunks(scenario()))), 'afschrift.xml').expect(201);
    expect(imported.body.seriesCount).toBeGreaterThan(0);
    const { items: findings, imports } = (await bert.get(`${API}/estates/${estateB.id}/statement-findings`).expect(200)).body as { items: { id: string }[]; imports: { id: string }[] };
    const [printBatch] = (await bert.post(`${API}/print-batches`).expect(200)).body.batchIds as string[];
    // The email letter's delivery fails on every round until it is parked.
    for (let i = 0; i <= MAX_ATTEMPTS; i++) {
      t.clock.advanceDays(1 / 24);
      await t.app.get(Workers).runDueWork();
    }
    const parked = (await bert.get(`${API}/queue`).expect(200)).body.parkedSteps as { id: string; contractId: string | null }[];
    const parkedStep = parked.find((p) => p.contractId === mailContractB)!;
    expect(parkedStep).toBeDefined();
    const signIn = async (code: string) => t.as((await t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);
    piet = await signIn(memberB.accessCode);
    const report = (await piet.post(`${API}/portal/reports`, { kind: 'other', contractId: contractB, message: 'Er komt nog post van Y.' }).expect(201)).body;
    const maria = await signIn(memberA.accessCode);
    await yDesk.post(`${API}/provider-desk/requests/${contractB}/acknowledge`, { reference: 'Y-1' }).set('Idempotency-Key', Y_KEY).expect(200);
    const deliveries = (await yDesk.get(`${API}/provider-desk/webhook-deliveries`).expect(200)).body.items as { id: string }[];
    // The post provider's letter posted, then its address corrected: Bert's Today row about it (README, printaddr).
    const downloaded = await bert.get(`${API}/print-batches/${printBatch}/pdf`).buffer(true).parse(binary).expect(200);
    await bert.post(`${API}/print-batches/${printBatch}/posted`, { sha256: createHash('sha256').update(downloaded.body as Buffer).digest('hex') }).expect(200);
    await t.admin.patch(`${API}/providers/${post.id}`, { contactPoint: { name: 'Nabestaanden', postalAddress: { street: 'Postbus 2', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL' } } }).expect(200);
    const [readdressNotice] = (await bert.get(`${API}/queue`).expect(200)).body.readdressNotices as { noticeId: string }[];
    // ownernotif: Y asks Bert a question on a contract of its own, which his notifications tell him.
    const askedB = (await bert.post(`${API}/estates/${estateB.id}/contracts`, { providerId: y.id, description: 'Internet', accountNumber: 'Y-B2', action: 'cancel' }).expect(201)).body.id as string;
    await bert.post(`${API}/contracts/${askedB}/request`).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await yDesk.post(`${API}/provider-desk/requests/${askedB}/request-information`, { message: 'Graag het klantnummer.', documentsNeeded: [] }).set('Idempotency-Key', `${askedB}-q`).expect(200);
    await t.app.get(Workers).runDueWork();
    const [notification] = (await bert.get(`${API}/notifications`).expect(200)).body.items as { id: string }[];
    const letterOf = async (session: Session, estateId: string, contractId: string) =>
      ((await session.get(`${API}/estates/${estateId}/letters`).expect(200)).body.items as { id: string; contractId: string }[]).find((l) => l.contractId === contractId)!.id;

    bertIds = {
      estate: estateB.id,
      contract: contractB,
      member: memberB.id,
      handover: handover.id,
      document: documentB.id,
      letter: await letterOf(bert, estateB.id, contractB),
      printBatch,
      parkedStep: parkedStep.id,
      familyReport: report.id,
      webhookEndpoint: webhook.id,
      webhookDelivery: deliveries[0].id,
      provider: y.id,
      token: yToken.id,
      deskUser: yDeskUser.id,
      user: bert.userId,
      finding: findings[0].id,
      call: callB.id,
      readdressNotice: readdressNotice.noticeId,
      notification: notification.id,
      statementImport: imports[0].id,
    };
    for (const [kind, id] of Object.entries(bertIds)) expect([kind, id]).toEqual([kind, expect.any(String)]);
    const annaOwn: Partial<Ids> = { estate: estateA.id, contract: contractA.id, member: memberA.id, document: documentA.id, letter: await letterOf(anna, estateA.id, contractA.id) };
    const xApi = t.as(xToken.token);
    home = { anna, xApi, maria, estateA: estateA.id, contractA: contractA.id };
    callers = [
      { name: 'no credentials', audience: null, session: t.anonymous as Session, own: {} },
      { name: 'specialist Anna', audience: 'staff', role: 'specialist', session: anna, own: annaOwn },
      { name: "provider X's API token", audience: 'provider', session: xApi, own: { contract: contractA.id, document: documentA.id, letter: annaOwn.letter, provider: x.id } },
      { name: "provider X's desk user", audience: 'provider', session: await deskSession('desk@x.example'), own: { contract: contractA.id, document: documentA.id, letter: annaOwn.letter, provider: x.id } },
      // Handing over leaves her with every id of the estate, and no reach any more.
      { name: 'Carla (handed the estate over to Bert)', audience: 'staff', role: 'specialist', formerOwner: true, session: carla, own: {} },
      { name: "Maria (family of Anna's estate)", audience: 'family', session: maria, own: {} },
      // An administrator reaches every estate on staff routes; at the desk and in the portal they are a stranger.
      { name: 'administrator', audience: 'staff', session: t.admin, seesAll: true, own: { estate: estateA.id, contract: contractA.id, provider: x.id } },
    ];
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  /** Bert's world as its owners see it: his estate, the desk of Y, the portal of Piet, the administrator's view of Y and Bert. */
  async function snapshot(): Promise<Record<string, string>> {
    const ids = bertIds;
    const reads: [Session, string][] = [
      [bert, `/estates/${ids.estate}`],
      [bert, `/estates/${ids.estate}/contracts`],
      [bert, `/contracts/${ids.contract}`],
      [bert, `/contracts/${ids.contract}/calls`],
      [bert, `/estates/${ids.estate}/timeline`],
      [bert, `/estates/${ids.estate}/letters`],
      [bert, `/estates/${ids.estate}/family-members`],
      [bert, `/estates/${ids.estate}/documents`],
      [bert, `/documents/${ids.document}`],
      [bert, `/estates/${ids.estate}/statement-findings`],
      [bert, `/print-batches/${ids.printBatch}`],
      [bert, '/family-reports'],
      [bert, '/queue'],
      [yDesk, `/provider-desk/requests/${ids.contract}`],
      [yDesk, '/provider-desk/requests'],
      [yDesk, '/provider-desk/webhooks'],
      [yDesk, '/provider-desk/webhook-deliveries'],
      [piet, '/portal/estate'],
      [piet, '/portal/timeline'],
      [piet, '/portal/contracts'],
      [piet, '/portal/documents'],
      [piet, '/portal/reports'],
      [piet, '/portal/bills-to-pay'],
      [piet, '/portal/bills-paid'],
      [bert, `/estates/${ids.estate}/bills-to-pay`],
      [bert, `/estates/${ids.estate}/bills-paid`],
      [t.admin, `/providers/${ids.provider}`],
      [t.admin, `/providers/${ids.provider}/tokens`],
      [t.admin, `/providers/${ids.provider}/desk-users`],
      [t.admin, `/providers/${ids.provider}/webhooks`],
      [t.admin, '/users'],
    ];
    const seen: Record<string, string> = {};
    for (const [session, path] of reads) {
      const res = await session.get(`${API}${path}`).buffer(true).parse(binary);
      seen[path] = `${res.status} ${res.body.toString('latin1')}`; // latin1: every byte kept, so equal means byte-identical
    }
    return seen;
  }

  /** The views of Bert's estate in its access log by anyone but Bert and the administrator. */
  async function viewsByOthers(): Promise<unknown[]> {
    const views: { user: { id: string } }[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { items: { user: { id: string } }[]; nextCursor: string | null } = (await t.admin.get(`${API}/estates/${bertIds.estate}/access-log?limit=200${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body;
      views.push(...page.items);
      cursor = page.nextCursor;
    }
    const admin = (await t.admin.get(`${API}/users`).expect(200)).body.items.find((u: { role: string }) => u.role === 'admin').id;
    return views.filter((v) => v.user.id !== bert.userId && v.user.id !== admin);
  }

  it('sweeps every operation with a path parameter, as everyone outside its reach, and nothing changes', async () => {
    const operations = operationsOf(apiDocument(t.app));
    const withPathId = operations.filter((op) => op.parameters.some((p) => p.in === 'path'));
    const unknown = withPathId.map(key).filter((k) => !(k in FILL));
    expect(unknown).toEqual([]); // a new route: say in FILL how to call it
    expect(Object.keys(FILL).filter((k) => !withPathId.some((op) => key(op) === k))).toEqual([]); // a route that is gone

    const before = await snapshot();
    const viewsBefore = await viewsByOthers();
    const failures: string[] = [];
    let calls = 0;
    const closedToRole = new Set<string>();
    const swept = new Map<string, Set<string>>();
    const started = Date.now();
    for (const op of withPathId) {
      const fill = FILL[key(op)];
      for (const caller of callers) {
        const inAudience = caller.audience !== null && audiencesOf(op).includes(caller.audience);
        if (caller.role === 'specialist' && inAudience && fill.sharedWithStaff) continue;
        if (caller.formerOwner && fill.formerOwnerMay) continue;
        const probes = probesFor(op, inAudience ? caller.own : {}).filter(([label]) => !(caller.seesAll && inAudience && label === BERTS));
        for (const [label, victim, random] of probes) {
          const answers = [];
          for (const target of [victim, random]) {
            const res = await call(caller.session, op, fill, target);
            calls++;
            swept.set(caller.name, (swept.get(caller.name) ?? new Set()).add(key(op)));
            answers.push(res);
          }
          const [mine, nothing] = answers.map(problemOf);
          const where = `${caller.name}: ${op.method} ${op.path} (${label})`;
          const expected = caller.audience === null ? 401 : 404;
          const roleClosed = caller.role === 'specialist' && inAudience && op.responses.includes('403') && mine.status === 403 && /forbidden$/.test(mine.type);
          if (roleClosed) closedToRole.add(key(op));
          if (mine.status !== expected && !roleClosed) failures.push(`${where} → ${mine.status} ${mine.raw}`);
          else if (!mine.problem) failures.push(`${where} → ${mine.status} without problem+json`);
          else if (JSON.stringify(mine.shape) !== JSON.stringify(nothing.shape)) failures.push(`${where} → ${mine.raw}, but a random id → ${nothing.raw}`);
        }
      }
    }
    const after = await snapshot();
    const perCaller = [...swept].map(([name, ops]) => `${name} ${ops.size}`).join(', ');
    console.log(`reach: ${calls} calls over ${withPathId.length} operations in ${((Date.now() - started) / 1000).toFixed(1)} s (operations per caller: ${perCaller}); 403 to specialists (administrators only): ${[...closedToRole].join(', ')}`);
    expect(failures).toEqual([]);
    expect(Object.keys(after).filter((path) => after[path] !== before[path])).toEqual([]);
    expect(after).toEqual(before);
    // No refused call was logged as a view of Bert's estate (README: every view of an estate is logged).
    expect(await viewsByOthers()).toEqual(viewsBefore);
  }, 300_000);

  it('answers an id of Bert’s world hidden in a body exactly as an id that does not exist, and changes nothing', async () => {
    const { anna, xApi, maria, estateA, contractA } = home;
    // Anna's contract waits for information, so the owner's answer with its enclosures is taken.
    await xApi.post(`${API}/provider-desk/requests/${contractA}/request-information`, { message: 'Graag de akte.', documentsNeeded: ['death_certificate'] }).expect(200);
    // A 404 belongs where the route answers per id (a batch item, a report's contract, a desk request);
    // a body field naming an object of another estate may be refused as a 422 on that field (README,
    // Errors: "an heir of another estate"), as long as Bert's id reads exactly like a random one.
    const probes: { what: string; id: string; send: (id: string) => request.Test; statusOf?: (res: request.Response) => number; allowed: number[] }[] = [
      { what: 'Maria reports on a contract of Bert’s estate', id: bertIds.contract, send: (id) => maria.post(`${API}/portal/reports`, { kind: 'other', contractId: id, message: 'Post van Y.' }), allowed: [404] },
      // Maria represents her estate, so it is the contract, not her role, that is out of reach.
      { what: 'Maria marks a bill of Bert’s estate paid', id: bertIds.contract, send: (id) => maria.post(`${API}/portal/bills-paid`, { contractId: id, reference: 'F-1', paidOn: '2026-11-23' }), allowed: [404] },
      { what: 'Maria undoes a payment in Bert’s estate', id: bertIds.contract, send: (id) => maria.post(`${API}/portal/bills-paid/undo`, { contractId: id, reference: 'F-1' }), allowed: [404] },
      { what: 'X acknowledges a request to Y in a batch', id: bertIds.contract, send: (id) => xApi.post(`${API}/provider-desk/requests/acknowledge`, { requests: [{ id }] }), statusOf: (res) => res.body[0]?.status, allowed: [404] },
      {
        what: 'X completes a request to Y in a batch',
        id: bertIds.contract,
        send: (id) => xApi.post(`${API}/provider-desk/requests/complete`, { requests: [{ id, effectiveDate: '2026-12-31', reference: 'R-1' }] }),
        statusOf: (res) => res.body[0]?.status,
        allowed: [404],
      },
      // Y answered this request under this key: X's call with it must not get Y's stored answer.
      { what: 'X acknowledges a request to Y with Y’s Idempotency-Key', id: bertIds.contract, send: (id) => xApi.post(`${API}/provider-desk/requests/${id}/acknowledge`, {}).set('Idempotency-Key', Y_KEY), allowed: [404] },
      { what: 'Anna encloses Bert’s document in her answer', id: bertIds.document, send: (id) => anna.post(`${API}/contracts/${contractA}/information-supplied`, { note: 'Hierbij.', documentIds: [id] }), allowed: [404, 422] },
      { what: 'Anna turns Bert’s finding into her contract', id: bertIds.finding, send: (id) => anna.post(`${API}/estates/${estateA}/statement-findings/contracts`, { findingIds: [id] }), allowed: [404, 422] },
      {
        what: 'Anna transfers her contract to Bert’s heir',
        id: bertIds.member,
        send: (id) => anna.post(`${API}/estates/${estateA}/contracts`, { providerId: world.x.id, description: 'Energie', accountNumber: 'E-1', action: 'transfer', transferToFamilyMemberId: id }),
        allowed: [404, 422],
      },
    ];
    const before = await snapshot();
    const failures: string[] = [];
    for (const { what, id, send, statusOf = (res: request.Response) => res.status, allowed } of probes) {
      const random = randomUUID();
      const mine = await send(id);
      const nothing = await send(random);
      // Each answer with its id taken out: Bert's and the random one must read the same.
      const without = (res: request.Response, named: string) => `${res.status} ${JSON.stringify(res.body).split(named).join('<id>')}`;
      if (!allowed.includes(statusOf(mine)) || without(mine, id) !== without(nothing, random)) failures.push(`${what}: ${without(mine, id)} / random: ${without(nothing, random)}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("shows nothing of Bert's estate in any list, page or download without a path id", async () => {
    const operations = operationsOf(apiDocument(t.app)).filter((op) => !op.parameters.some((p) => p.in === 'path'));
    expect(operations.filter((op) => op.method !== 'GET').map(key).filter((k) => !(k in WRITES_WITHOUT_PATH_ID))).toEqual([]);
    const markers = [deceasedB, bertIds.estate, bertIds.contract, bertIds.member, bertIds.document, bertIds.letter, bertIds.handover, bertIds.familyReport, bertIds.finding, bertIds.printBatch, bertIds.parkedStep, bertIds.webhookEndpoint, bertIds.webhookDelivery, bertIds.notification, 'Piet Kowalski'];
    // The markers are what these reads show their rightful readers.
    const own = `${(await bert.get(`${API}/estates`).expect(200)).text} ${(await yDesk.get(`${API}/provider-desk/requests`).expect(200)).text}`;
    expect([deceasedB, bertIds.estate, bertIds.contract].filter((m) => !own.includes(m))).toEqual([]);
    const leaks: string[] = [];
    let reads = 0;
    const read = async (caller: Caller, op: Operation, allowed: string[] = []) => {
      const query = REQUIRED_QUERY[key(op)];
      const res = await caller.session.get(`${op.path}${query ? `?${query}` : ''}`).buffer(true).parse(binary);
      reads++;
      if (res.status >= 400) {
        // Administrators only (403) is the whole role's answer, not a leak.
        if (!(res.status === 403 && op.responses.includes('403'))) leaks.push(`${caller.name}: GET ${op.path} → ${res.status}`);
        return;
      }
      const type = String(res.headers['content-type']);
      let text = /zip/.test(type) ? [...(await readZip(res.body)).values()].map((b) => b.toString('utf8')).join('\n') : res.body.toString('utf8');
      if (allowed.length) text = JSON.stringify({ ...JSON.parse(text), ...Object.fromEntries(allowed.map((field) => [field, null])) });
      const found = markers.filter((m) => text.includes(m));
      if (found.length) leaks.push(`${caller.name}: GET ${op.path} shows ${found.join(', ')}`);
    };
    const gets = operations.filter((o) => o.method === 'GET');
    for (const op of gets) {
      for (const caller of callers.filter((c) => c.audience !== null && audiencesOf(op).includes(c.audience) && !c.seesAll)) {
        await read(caller, op, caller.formerOwner ? (FORMER_OWNER_READS[key(op)] ?? []) : []);
      }
    }
    // Once the day to undo in has passed, the previous owner's Today no longer names the estate either.
    t.clock.advanceDays(25 / 24);
    const carla = callers.find((c) => c.formerOwner)!;
    for (const op of gets.filter((o) => key(o) in FORMER_OWNER_READS)) await read(carla, op);
    console.log(`reach: ${reads} reads without a path id checked for leaks`);
    expect(leaks).toEqual([]);
  });

  /**
   * Pairs of calls: the first with Bert's ids, the second the same with random ids. Every parameter
   * Bert's; and where the route names two objects, the caller's own first object with Bert's second.
   */
  function probesFor(op: Operation, own: Partial<Ids>): [string, Target, Target][] {
    const params = op.parameters.filter((p) => p.in === 'path');
    const kinds = params.map((p) => (p.schema?.enum ? null : kindOf(op, p.name)));
    const target = (pick: (kind: Kind, i: number) => string, finding: string): Target => ({
      params: Object.fromEntries(params.map((p, i) => [p.name, p.schema?.enum ? String(p.schema.enum[0]) : pick(kinds[i]!, i)])),
      finding,
    });
    const probes: [string, Target, Target][] = [[BERTS, target((k) => bertIds[k], bertIds.finding), target(randomIdOf, randomIdOf('finding'))]];
    const first = kinds[0];
    const mine = first && own[first];
    if (mine && kinds.filter(Boolean).length > 1) {
      probes.push([`own ${first} with Bert’s`, target((k, i) => (i === 0 ? mine : bertIds[k]), bertIds.finding), target((k, i) => (i === 0 ? mine : randomIdOf(k)), randomIdOf('finding'))]);
    }
    return probes;
  }
});

function key(op: Operation): string {
  return `${op.method} ${op.path}`;
}

function kindOf(op: Operation, param: string): Kind {
  const segments = op.path.split('/');
  const collection = segments[segments.indexOf(`{${param}}`) - 1];
  const kind = KIND_OF_COLLECTION[collection];
  if (!kind) throw new Error(`${key(op)}: no kind of object known for {${param}} after /${collection}/; add it to KIND_OF_COLLECTION`);
  return kind;
}

function call(session: Session, op: Operation, fill: Fill, target: Target): Promise<request.Response> {
  const path = Object.entries(target.params).reduce((at, [name, value]) => at.replace(`{${name}}`, value), op.path);
  const body = fill.body?.(target);
  let req: request.Test;
  switch (op.method) {
    case 'GET':
      req = session.get(path);
      break;
    case 'DELETE':
      req = session.delete(path);
      break;
    case 'PATCH':
      req = session.patch(path, body ?? {});
      break;
    default:
      req = session.post(path, body);
  }
  if (fill.upload) {
    for (const [name, value] of Object.entries(fill.upload.fields)) req = req.field(name, value);
    req = req.attach('file', fill.upload.file(), fill.upload.name);
  }
  return req.buffer(true).parse(binary);
}

interface Answer {
  status: number;
  type: string;
  problem: boolean;
  /** What may not differ between an id outside reach and one that does not exist. */
  shape: object;
  raw: string;
}

function problemOf(res: request.Response): Answer {
  const text = (res.body as Buffer).toString('utf8');
  const problem = String(res.headers['content-type']).startsWith('application/problem+json');
  const body = problem ? (JSON.parse(text) as { type: string; title: string; status: number; detail: string }) : null;
  return {
    status: res.status,
    type: body?.type ?? '',
    problem: problem && body?.status === res.status,
    shape: { status: res.status, type: body?.type, title: body?.title, detail: body?.detail },
    raw: text.slice(0, 200),
  };
}
