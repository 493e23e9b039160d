import { Client } from 'pg';
import { API, binary, createEstate, createProvider, providerBody, TINY_PDF, HOLDER_PARTICULARS } from '../support/fixtures';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

describe('providers, documents and the contract inventory', () => {
  let t: TestApp;
  let anna: Specialist;
  let db: Client;

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  describe('provider directory', () => {
    it('is managed by administrators and searchable by specialists', async () => {
      const kpn = await createProvider(t.admin, { name: 'KPN Test', category: 'telecom' });
      await createProvider(t.admin, { name: 'Eneco Test', category: 'energy' });
      const found = await anna.get(`${API}/providers?q=kpn`).expect(200);
      expect(found.body.items.map((p: { name: string }) => p.name)).toEqual(['KPN Test']);
      const energy = await anna.get(`${API}/providers?category=energy`).expect(200);
      expect(energy.body.items.map((p: { name: string }) => p.name)).toEqual(['Eneco Test']);
      await anna.post(`${API}/providers`, providerBody()).expect(403);
      const patched = await t.admin.patch(`${API}/providers/${kpn.id}`, { slaBusinessDays: 5, language: 'en' }).expect(200);
      expect(patched.body).toMatchObject({ slaBusinessDays: 5, language: 'en', contactPoint: { name: 'Team Nabestaanden' } });
    });

    it('needs the address the chosen channel writes to', async () => {
      const email = await t.admin.post(`${API}/providers`, providerBody({ channel: 'email', contactPoint: { name: 'Desk' } })).expect(422);
      expect(email.body.errors).toEqual([{ field: 'contactPoint.email', message: 'is required when the channel is email' }]);
      const post = await t.admin.post(`${API}/providers`, providerBody({ channel: 'post', contactPoint: { name: 'Desk' } })).expect(422);
      expect(post.body.errors[0].field).toBe('contactPoint.postalAddress');
    });

    it('names invalid enum values and numbers', async () => {
      const res = await t.admin.post(`${API}/providers`, providerBody({ category: 'bakery', slaBusinessDays: 0, requiredDocuments: ['passport photo'], language: 'fr' })).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['category', 'language', 'requiredDocuments', 'slaBusinessDays']);
    });

    it('answers 404 for an unknown provider', async () => {
      await anna.get(`${API}/providers/00000000-0000-4000-8000-000000000000`).expect(404);
    });
  });

  describe('documents', () => {
    it('stores a PDF with its checksum and logs every view', async () => {
      const estate = await createEstate(anna);
      const up = await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'death_certificate').attach('file', TINY_PDF, 'akte van overlijden.pdf').expect(201);
      expect(up.body).toMatchObject({ kind: 'death_certificate', mediaType: 'application/pdf', sizeBytes: TINY_PDF.length, fileName: 'akte van overlijden.pdf' });
      const down = await anna.get(`${API}/documents/${up.body.id}`).buffer(true).parse(binary).expect(200);
      expect(Buffer.compare(down.body as Buffer, TINY_PDF)).toBe(0);
      const views = await db.query('SELECT viewer_type FROM document_views WHERE document_id = $1', [up.body.id]);
      expect(views.rows).toEqual([{ viewer_type: 'staff' }]);
      const list = await anna.get(`${API}/estates/${estate.id}/documents`).expect(200);
      expect(list.body.items).toHaveLength(1);
    });

    it('refuses files that are not PDF, PNG or JPEG whatever their name says, and missing files', async () => {
      const estate = await createEstate(anna);
      const fake = await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'will').attach('file', Buffer.from('MZ\x90\x00 not a pdf'), 'testament.pdf').expect(415);
      expect(fake.body.errors).toEqual([{ field: 'file', message: 'must be a PDF, PNG or JPEG file' }]);
      // The detail in the owner's words (Anna works in Dutch), as her page says it.
      expect(fake.body.detail).toBe('Kies een PDF-, PNG- of JPEG-bestand. Er is niets gewijzigd.');
      const none = await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'will').expect(400);
      expect(none.body.errors).toEqual([{ field: 'file', message: 'a file is required' }]);
      const kind = await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'selfie').attach('file', TINY_PDF, 'x.pdf').expect(400);
      expect(kind.body.errors[0].field).toBe('kind');
    });

    it('refuses documents over 10 MB as problem+json naming file (not the upload library\'s "File too large"), a new version too, and 404 outside reach', async () => {
      const estate = await createEstate(anna);
      const big = Buffer.concat([TINY_PDF, Buffer.alloc(10 * 1024 * 1024)]);
      // The detail in the owner's words (Anna works in Dutch), as her page says it; the field's message stays the API's English.
      const detail = 'Het bestand is te groot: kies een bestand van hooguit 10 MB. Er is niets gewijzigd.';
      const tooLarge = { type: 'https://steward.example/problems/too-large', status: 413, detail, errors: [{ field: 'file', message: 'must be at most 10 MB' }] };
      const res = await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'will').attach('file', big, 'big.pdf').expect(413);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject(tooLarge);
      // A client that sends the file before the other fields is refused for the file too, not for a missing kind.
      expect((await anna.post(`${API}/estates/${estate.id}/documents`).attach('file', big, 'big.pdf').field('kind', 'will').expect(413)).body).toMatchObject(tooLarge);
      const will = (await anna.post(`${API}/estates/${estate.id}/documents`).field('kind', 'will').attach('file', TINY_PDF, 'testament.pdf').expect(201)).body;
      expect((await anna.post(`${API}/documents/${will.id}/replace`).attach('file', big, 'big.pdf').expect(413)).body).toMatchObject(tooLarge);
      // Whose estate it is comes first: another specialist's upload is not told the size.
      const other = await t.specialist('Bert Buiten');
      await other.post(`${API}/estates/${estate.id}/documents`).field('kind', 'will').attach('file', big, 'big.pdf').expect(404);
      expect((await anna.get(`${API}/estates/${estate.id}/documents`).expect(200)).body.items).toHaveLength(1);
    });
  });

  describe('contracts', () => {
    let estate: { id: string };
    let provider: { id: string; name: string };
    let heirId: string;

    beforeAll(async () => {
      estate = await createEstate(anna);
      provider = await createProvider(t.admin, { name: 'Vattenfall Test', category: 'energy' });
      heirId = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', email: 'maria@family.example', relation: 'partner', isHeir: true, isRepresentative: true, ...HOLDER_PARTICULARS }).expect(201)).body.id;
    });

    it('adds a cancellation and a transfer to an heir, each starting as a draft on the timeline', async () => {
      const cancel = await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: '800.1', action: 'cancel', requestedEndDate: '2026-12-01' }).expect(201);
      expect(cancel.body).toMatchObject({ state: 'draft', action: 'cancel', requestedEndDate: '2026-12-01', provider: { name: 'Vattenfall Test' } });
      const transfer = await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Gas', accountNumber: '800.2', action: 'transfer', transferToFamilyMemberId: heirId }).expect(201);
      expect(transfer.body.transferToFamilyMemberId).toBe(heirId);
      const got = await anna.get(`${API}/contracts/${transfer.body.id}`).expect(200);
      expect(got.body.timeline).toEqual([expect.objectContaining({ event: 'contract.added', toState: 'draft' })]);
      const all = await anna.get(`${API}/estates/${estate.id}/contracts`).expect(200);
      expect(all.body.items).toHaveLength(2);
    });

    it('refuses inconsistent contracts with the field that is wrong', async () => {
      const other = await createEstate(anna);
      const strangerId = (await anna.post(`${API}/estates/${other.id}/family-members`, { name: 'Someone Else', relation: 'son', isHeir: true, isRepresentative: false }).expect(201)).body.id;
      const cases: [object, number, string][] = [
        [{ action: 'transfer' }, 400, 'transferToFamilyMemberId'],
        [{ action: 'transfer', transferToFamilyMemberId: strangerId }, 422, 'transferToFamilyMemberId'],
        [{ action: 'cancel', requestedEndDate: '2026-10-01' }, 422, 'requestedEndDate'],
        [{ action: 'cancel', providerId: '00000000-0000-4000-8000-000000000000' }, 422, 'providerId'],
        [{ action: 'pause' }, 400, 'action'],
      ];
      for (const [overrides, status, field] of cases) {
        const res = await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Internet', accountNumber: '9', ...overrides });
        expect({ status: res.status, fields: res.body.errors?.map((e: { field: string }) => e.field) }).toEqual({ status, fields: expect.arrayContaining([field]) });
      }
      const { rows } = await db.query('SELECT count(*)::int AS n FROM contracts WHERE account_number = $1', ['9']);
      expect(rows[0].n).toBe(0);
    });
  });
});
