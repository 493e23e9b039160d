import { API } from '../support/fixtures';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

describe('authentication and accounts', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('signs in with email and password and never returns the password hash', async () => {
    const res = await t.anonymous.post(`${API}/auth/login`, { email: ADMIN.email.toUpperCase(), password: ADMIN.password }).expect(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.user).toMatchObject({ email: ADMIN.email, role: 'admin' });
    expect(JSON.stringify(res.body)).not.toMatch(/hash/i);
  });

  it('answers a wrong password with 401 problem+json', async () => {
    const res = await t.anonymous.post(`${API}/auth/login`, { email: ADMIN.email, password: 'wrong-password' }).expect(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    // Nobody is known yet: Dutch, as the login pages speak unless asked ?lang=en.
    expect(res.body).toMatchObject({ status: 401, title: 'Eerst inloggen', detail: 'Het e-mailadres of het wachtwoord klopt niet.' });
  });

  it('requires a bearer token and rejects a forged one', async () => {
    await t.anonymous.get(`${API}/estates`).expect(401);
    await t.as('not-a-token').get(`${API}/estates`).expect(401);
  });

  it('lets only administrators create accounts', async () => {
    const anna = await t.specialist('Anna de Boer');
    const res = await anna.post(`${API}/users`, { email: 'x@test.example', name: 'X', password: 'long-enough-1', role: 'admin' }).expect(403);
    expect(res.body.type).toMatch(/forbidden/);
  });

  it('refuses a second account with the same email in any case', async () => {
    const body = { email: 'same@test.example', name: 'Same', password: 'long-enough-1', role: 'specialist' };
    await t.admin.post(`${API}/users`, body).expect(201);
    const res = await t.admin.post(`${API}/users`, { ...body, email: 'SAME@test.example' }).expect(409);
    expect(res.body.detail).toBe('A user with email address SAME@test.example already exists. Nothing was changed.');
  });

  it('names each invalid field of a new account', async () => {
    const res = await t.admin.post(`${API}/users`, { email: 'nope', name: '', password: 'short', role: 'king', shoeSize: 44 }).expect(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'name', 'password', 'role', 'shoeSize']));
    expect(res.body.errors).toContainEqual({ field: 'shoeSize', message: 'is not a known field' });
  });

  it('serves OpenAPI and a health check that looks at the database', async () => {
    const docs = await t.anonymous.get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/v1/estates', '/api/v1/estates/{id}/handover', '/api/v1/auth/login']));
    const health = await t.anonymous.get('/health').expect(200);
    expect(health.body.info.database.status).toBe('up');
  });
});
