import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { API, createEstate, createProvider } from '../support/fixtures';
import { browse, Browsing, closeBrowsing } from '../support/browser';
import { Session, startTestApp, TestApp } from '../support/test-app';

export interface Account {
  id: string;
  name: string;
  email: string;
  password: string;
  api: Session;
}

/**
 * A specialist whose email and password are known, so a browser can sign in as them. The workspace
 * speaks Dutch unless a person switches; tests written against the English words sign in as someone
 * who chose English, and the Dutch pages have tests of their own.
 */
export async function account(t: TestApp, name: string, role: 'specialist' | 'admin' = 'specialist', language: 'nl' | 'en' = 'en'): Promise<Account> {
  const email = `${name.split(' ')[0].toLowerCase()}-${randomBytes(3).toString('hex')}@test.example`;
  const password = 'workspace-pw-1';
  const res = await t.admin.post(`${API}/users`, { email, name, password, role, language }).expect(201);
  return { id: res.body.id, name, email, password, api: await t.login(email, password) };
}

/** A fresh browser page without JavaScript (the workspace must work without it), signed in through the login form. */
export async function signIn(browser: Browser, base: string, who: { email: string; password: string }): Promise<Page> {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(`${base}/app`);
  await page.waitForURL(/\/app\/login/);
  await page.fill('#email', who.email);
  await page.fill('#password', who.password);
  await page.click('main button[type=submit]');
  await page.waitForURL(`${base}/app`);
  return page;
}

/** The visible text of the page's main region, whitespace folded. */
export async function mainText(page: Page): Promise<string> {
  return (await page.innerText('main')).replace(/\s+/g, ' ');
}

export interface Workspace extends Browsing {
  t: TestApp;
  anna: Account;
}

/** A listening app on a fresh database, a browser, and one specialist (Anna): what every browser test here starts from. */
export async function openWorkspace(env?: NodeJS.ProcessEnv): Promise<Workspace> {
  const t = await startTestApp({ env });
  return { t, ...(await browse(t)), anna: await account(t, 'Anna de Boer') };
}

export const closeWorkspace: (w: Partial<Workspace>) => Promise<void> = closeBrowsing;

/** A relative (an heir, not the representative) added by the case owner: their single-use access code. */
export async function relativeCode(owner: Session, estateId: string, name: string): Promise<string> {
  return (await owner.post(`${API}/estates/${estateId}/family-members`, { name, relation: 'child', isHeir: true, isRepresentative: false }).expect(201)).body.accessCode;
}

/** A relative added by the case owner and signed in to the family portal with their single-use code. */
export async function relative(t: TestApp, owner: Session, estateId: string, name: string): Promise<Session> {
  return t.as((await t.anonymous.post(`${API}/portal/access`, { code: await relativeCode(owner, estateId, name) }).expect(200)).body.accessToken);
}

/** A phone without JavaScript: the portal's forms must work as plain HTML on the smallest screen it serves. */
export const phoneWithoutScript = (browser: Browser): Promise<BrowserContext> => browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

/** The refusals a form came back with, as listed above it. */
export const formErrors = (page: Page): Promise<string[]> => page.locator('.error[role=alert] li').allInnerTexts();

/**
 * An estate with Maria as its relative and one contract with `providerId` whose request went out (the clock stepped
 * so its letter is made): the start of every missed-term story.
 */
export async function requestedContract(t: TestApp, owner: Session, providerId: string, givenNames: string): Promise<{ id: string; estateId: string; member: Session }> {
  const estate = await createEstate(owner, { givenNames });
  const member = await relative(t, owner, estate.id, 'Maria');
  const contract = (await owner.post(`${API}/estates/${estate.id}/contracts`, { providerId, description: 'Internet', accountNumber: `K-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
  await owner.post(`${API}/contracts/${contract.id}/request`).expect(200);
  await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
  return { id: contract.id, estateId: estate.id, member };
}

/**
 * Anna's Dutch account, KPN (10 business days, no documents required) with its API desk and a desk user signed in on
 * the web desk, and Anna signed in on the workspace: the readers of every missed-term story.
 */
export async function missedTermReaders(t: TestApp): Promise<{ anna: Account; kpn: { id: string; name: string }; desk: Session; deskWeb: request.Agent; ownerWeb: request.Agent }> {
  const anna = await account(t, 'Anna de Boer', 'specialist', 'nl');
  const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [], slaBusinessDays: 10 });
  const desk = t.as((await t.admin.post(`${API}/providers/${kpn.id}/tokens`, {}).expect(201)).body.token);
  await t.admin.post(`${API}/providers/${kpn.id}/desk-users`, { email: 'desk@kpn.example', name: 'Eva Smit', password: 'desk-password-1' }).expect(201);
  const deskWeb = request.agent(t.app.getHttpServer());
  await deskWeb.post('/desk/login').type('form').send({ email: 'desk@kpn.example', password: 'desk-password-1' }).expect(303);
  const ownerWeb = request.agent(t.app.getHttpServer());
  await ownerWeb.post('/app/login').type('form').send({ email: anna.email, password: anna.password, next: '/app' }).expect(303);
  return { anna, kpn, desk, deskWeb, ownerWeb };
}

/**
 * billsplit, bankend: a telecom contract `name` confirmed ended on 10 November with two bills after the end, held to by its desk and
 * decided paid from the estate at once: F-SPAN (€ 30,00 for November, € 20,00 of it after the 10th) and F-NA (11–20 November, wholly
 * after); Maria (heir, point of contact, `email` when given) signed in to the portal.
 */
export async function telecomBillsDecided(t: TestApp, name: string, email?: string) {
  const owner = await account(t, `Olga ${name}`, 'specialist', 'nl');
  const p = await createProvider(t.admin, { name, category: 'telecom', requiredDocuments: [], language: 'nl' });
  const estate = await createEstate(owner.api);
  const member = (await owner.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', isHeir: true, isRepresentative: true, language: 'nl', ...(email && { email }) }).expect(201)).body as { accessCode: string };
  const maria = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
  const c = (await owner.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Mobiel', accountNumber: '0612345678' }).expect(201)).body as { id: string };
  await owner.api.post(`${API}/contracts/${c.id}/request`).expect(200);
  await t.runDue();
  const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
  await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-10', reference: 'TEL-1' }).set('Idempotency-Key', `${c.id}-end`).expect(200);
  await owner.api.post(`${API}/contracts/${c.id}/invoice-after-end`, { reference: 'F-SPAN', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 30 }).expect(200);
  await owner.api.post(`${API}/contracts/${c.id}/invoice-after-end`, { reference: 'F-NA', invoiceDate: '2026-11-20', periodFrom: '2026-11-11', periodTo: '2026-11-20', amount: 12.5 }).expect(200);
  await t.runDue();
  for (const ref of ['F-SPAN', 'F-NA']) await desk.post(`${API}/provider-desk/requests/${c.id}/reject-dispute`, { invoiceReference: ref, reason: 'Terecht' }).set('Idempotency-Key', `${c.id}-${ref}`).expect(200);
  // The owner's word settles both bills at once: one step, both sentences.
  await owner.api.post(`${API}/contracts/${c.id}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);
  return { owner, estate, c, desk, maria };
}

/**
 * bankdebts, bankforms: a bank of `name` in `lang` that blocked the account on 2 November, its costs AB-1 over November disputed by the
 * owner; with the relative Maria (heir, point of contact) signed in to the portal in the same language, and the bank's desk.
 */
export async function bankCostsDisputed(t: TestApp, lang: 'nl' | 'en', name: string) {
  const blocked = await bankBlocked(t, lang, name, 1234.56);
  await blocked.owner.api.post(`${API}/contracts/${blocked.c.id}/invoice-after-end`, { reference: 'AB-1', invoiceDate: '2026-11-20', periodFrom: '2026-11-01', periodTo: '2026-11-30', amount: 3.95 }).expect(200);
  await t.runDue();
  return blocked;
}

/** askwords: a bank of `name` in `lang` that blocked the account on 2 November with `balance` (below nil: overdrawn, a debt of the estate), Maria signed in as above. */
export async function bankBlocked(t: TestApp, lang: 'nl' | 'en', name: string, balance: number) {
  const owner = await account(t, `Olga ${name}`, 'specialist', lang);
  const p = await createProvider(t.admin, { name, category: 'bank', requiredDocuments: [], language: lang });
  const estate = await createEstate(owner.api);
  const member = (await owner.api.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', relation: 'partner', isHeir: true, isRepresentative: true, language: lang }).expect(201)).body as { accessCode: string };
  const c = (await owner.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: p.id, action: 'cancel', description: 'Betaalrekening', accountNumber: 'NL69INGB0123456789' }).expect(201)).body as { id: string };
  await owner.api.post(`${API}/contracts/${c.id}/request`).expect(200);
  await t.runDue();
  const desk = t.as((await t.admin.post(`${API}/providers/${p.id}/tokens`, { label: 'desk' }).expect(201)).body.token);
  const maria = t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
  // The relative chose her language (remembered on her, as the portal's switch does).
  await t.anonymous.post('/family/language').set('Cookie', `steward_family=${maria.token}`).type('form').send({ to: lang, next: '/family' }).expect(303);
  await desk.post(`${API}/provider-desk/requests/${c.id}/complete`, { effectiveDate: '2026-11-02', reference: 'ING-NB-7781', done: 'accountBlocked', balance }).set('Idempotency-Key', `${c.id}-block`).expect(200);
  return { owner, estate, c, desk, maria };
}

/**
 * A contract at a fresh KPN in a fresh estate of `owner`, with `calls` calls recorded on it one by one, outcomes „Gesprek 1.”
 * to „Gesprek n.” (a long list of calls, and a history as long): its id and the day the calls were made.
 */
export async function contractWithCalls(t: TestApp, owner: Account, calls: number): Promise<{ id: string; today: string }> {
  const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
  const estate = await createEstate(owner.api, { givenNames: 'Bep' });
  const { id } = (await owner.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: `K-${calls}`, action: 'cancel' }).expect(201)).body as { id: string };
  const today = ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
  for (let n = 1; n <= calls; n++) await owner.api.post(`${API}/contracts/${id}/calls`, { calledOn: today, party: 'provider', outcome: `Gesprek ${n}.` }).expect(201);
  return { id, today };
}
