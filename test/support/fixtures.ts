import PDFDocument from 'pdfkit';
import type { Response } from 'superagent';
import request from 'supertest';
import type { Session, TestApp } from './test-app';
import { flat, pdfText } from '../../letters/test-support';

export const API = '/api/v1';

export function deceased(overrides: Record<string, unknown> = {}) {
  return {
    givenNames: 'Jan',
    surnamePrefix: 'de',
    surname: 'Vries',
    gender: 'male',
    dateOfBirth: '1946-05-14',
    dateOfDeath: '2026-11-02',
    address: { street: 'Keizersgracht 112', postalCode: '1015 CV', city: 'Amsterdam', country: 'NL' },
    ...overrides,
  };
}

/** The estate account every refund goes to: letters asking for one are blocked without it. */
export const ESTATE_ACCOUNT = { iban: 'NL91 ABNA 0417 1643 00', holder: 'Erven J. de Vries' };

/** What a provider needs to put a contract in a family member's name. */
export const HOLDER_PARTICULARS = {
  address: { street: 'Lindenlaan 3', postalCode: '3511 AB', city: 'Utrecht', country: 'NL' },
  dateOfBirth: '1975-02-28',
  phone: '+31 6 1234 5678',
  iban: 'NL44RABO0123456789',
};

export function providerBody(overrides: Record<string, unknown> = {}) {
  return {
    name: `Provider ${Math.random().toString(36).slice(2, 8)}`,
    category: 'telecom',
    contactPoint: { name: 'Team Nabestaanden', email: 'nabestaanden@provider.example' },
    channel: 'portal',
    slaBusinessDays: 10,
    requiredDocuments: ['death_certificate'],
    language: 'nl',
    ...overrides,
  };
}

export async function createEstate(session: Session, overrides: Record<string, unknown> = {}) {
  const res = await session.post(`${API}/estates`, { deceased: deceased(overrides), estateAccount: ESTATE_ACCOUNT }).expect(201);
  return res.body as { id: string; reference: string; owner: { id: string; name: string }; status: string };
}

export async function createProvider(admin: Session, overrides: Record<string, unknown> = {}) {
  const res = await admin.post(`${API}/providers`, providerBody(overrides)).expect(201);
  return res.body as { id: string; name: string };
}

/** The provider's desk API, on a token the administrator issued it (as its integration would use one). */
export async function deskOf(t: TestApp, providerId: string, label?: string): Promise<Session> {
  return t.as((await t.admin.post(`${API}/providers/${providerId}/tokens`, { label }).expect(201)).body.token);
}

/** A provider, created by the administrator, and its desk API (`deskOf`): where most desk stories begin. */
export async function providerWithDesk(t: TestApp, overrides: Record<string, unknown> = {}, label?: string) {
  const provider = await createProvider(t.admin, overrides);
  return { provider, desk: await deskOf(t, provider.id, label) };
}

/**
 * A contract of the estate requested of the desk's provider and confirmed by its desk for `effectiveDate` (deskanswer2, corrnews): ready
 * for a correction after the confirmation. Its id.
 */
export async function confirmedByDesk(t: TestApp, owner: Session, estateId: string, { provider, desk }: Awaited<ReturnType<typeof providerWithDesk>>, description: string, effectiveDate = '2026-11-20'): Promise<string> {
  const contract = (await owner.post(`${API}/estates/${estateId}/contracts`, { providerId: provider.id, description, accountNumber: `${description}-1`, action: 'cancel' }).expect(201)).body;
  await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
  await t.runDue();
  await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate, reference: 'R-7' }).expect(200);
  return contract.id as string;
}

/** A person at the provider's desk, made by the administrator. */
export interface DeskUser {
  email: string;
  password?: string;
  name?: string;
}

/** The web desk as `user` sees it: the desk user created, signed in, and an agent that carries the session cookie. */
export async function deskWebOf(t: TestApp, providerId: string, { email, password = 'desk-password-1', name = 'Desk' }: DeskUser) {
  await t.admin.post(`${API}/providers/${providerId}/desk-users`, { email, name, password }).expect(201);
  const web = request.agent(t.app.getHttpServer());
  await web.post('/desk/login').type('form').send({ email, password, next: '/desk' }).expect(303);
  return web;
}

/** A minimal but real one-page PDF: enough for upload type checks, and it prints as a (blank) page. */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** supertest body parser that keeps a binary response (PDF, zip) as a Buffer. */
export function binary(res: Response, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/**
 * Moves the virtual clock forward to `date` (never back), running what became due: a bill can only be
 * recorded once it has arrived, so a story with later bills first lets their day come.
 */
export async function clockTo(admin: Session, date: string): Promise<void> {
  const { today } = (await admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string };
  const days = Math.round((Date.parse(date) - Date.parse(today)) / 86_400_000);
  if (days > 0) await admin.post(`${API}/admin/clock`, { advanceDays: days }).expect(200);
}

/** The owner's round at the post for one batch: download its PDF (print it), then mark it posted by the sha256 printed. */
export async function postBatch(session: Session, batchId: string) {
  // Downloading is printing: the batch named is the one downloaded (a letter whose term had passed is set apart then).
  await session.get(`${API}/print-batches/${batchId}/pdf`).expect(200);
  const { sha256 } = (await session.get(`${API}/print-batches/${batchId}`).expect(200)).body as { sha256: string };
  return (await session.post(`${API}/print-batches/${batchId}/posted`, { sha256 }).expect(200)).body;
}

/** "Alles wat wacht nu printen", then every batch of the owner's printed and marked posted. */
export async function postEverything(session: Session): Promise<void> {
  for (const id of (await session.post(`${API}/print-batches`).expect(200)).body.batchIds as string[]) await postBatch(session, id);
}

/** A letter's text as pdf.js reads it back from its PDF, whitespace folded (`flat`), fetched as `session` may (the owner, a desk). */
export async function letterText(session: Session, letterId: string): Promise<string> {
  return flat(await pdfText((await session.get(`${API}/letters/${letterId}/pdf`).buffer(true).parse(binary).expect(200)).body));
}

/** A one-page PDF that says `words`, so a letter or print batch read back shows which document it holds. */
export function paper(words: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text(words);
    doc.end();
  });
}
