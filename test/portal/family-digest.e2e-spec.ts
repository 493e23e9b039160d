import { API, createEstate, createProvider } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { startTestApp, TestApp } from '../support/test-app';

describe('the daily email to the family', () => {
  let t: TestApp;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const digests = (to: string) => sink.messages.filter((m) => m.subject?.startsWith('Nieuws over') && m.to && 'text' in m.to && m.to.text === to);
  const nextDay = () => t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);

  it("sends each family member with an email one email a day with the day's news, and nothing when there is none", async () => {
    const anna = await t.specialist('Anna de Boer', '+31 20 555 0101');
    const bert = await t.specialist('Bert Jansen');
    const kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [] });
    const estate = await createEstate(anna);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria de Vries', email: 'maria@family.example', relation: 'partner', isHeir: true, isRepresentative: true }).expect(201);
    await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Kees de Vries', relation: 'zoon', isHeir: true, isRepresentative: false }).expect(201);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'K-1', action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    const other = await createEstate(bert, { givenNames: 'Zoë', surnamePrefix: undefined, surname: "d'Ancona", gender: 'unknown' });
    await bert.post(`${API}/estates/${other.id}/family-members`, { name: 'Sam', email: 'sam@family.example', relation: 'kind', isHeir: true, isRepresentative: true }).expect(201);
    const otherContract = (await bert.post(`${API}/estates/${other.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: 'K-2', action: 'cancel' }).expect(201)).body;
    await bert.post(`${API}/contracts/${otherContract.id}/request`).expect(200);

    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    expect(digests('maria@family.example')).toHaveLength(0); // the day's news goes out at five, not per event

    await nextDay();
    await sink.waitFor(2);
    const [first] = digests('maria@family.example');
    expect(first.subject).toBe('Nieuws over de afwikkeling voor Jan de Vries');
    expect(first.text).toMatch(/- KPN: We hebben KPN gevraagd het contract te beëindigen; KPN moet uiterlijk \d+ \w+ 2026 antwoorden\./);
    expect(first.text).toContain('http://localhost:3000/family');
    expect(first.replyTo?.text).toContain('@test.example');
    expect(first.text).not.toContain("d'Ancona");
    const [sams] = digests('sam@family.example');
    expect(sams.subject).toBe("Nieuws over de afwikkeling voor Zoë d'Ancona");
    expect(sams.text).not.toContain('Jan de Vries');
    expect(sink.messages.filter((m) => m.subject?.startsWith('Nieuws over'))).toHaveLength(2); // Kees has no email address

    await nextDay();
    expect(digests('maria@family.example')).toHaveLength(1); // no news, no email

    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { effectiveDate: '2026-11-30', reference: 'KPN-9' }).expect(200);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    await nextDay();
    await sink.waitFor(3);
    const second = digests('maria@family.example')[1];
    expect(second.text).toContain('KPN heeft bevestigd dat het contract eindigt op 30 november 2026.');
    expect(second.text).not.toContain('KPN moet uiterlijk');
  });
});
