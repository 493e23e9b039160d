import { flat, pdfText } from '../../letters/test-support';
import { addBusinessDays, longDate } from '../../workflows';
import { API, binary, clockTo, createEstate, createProvider } from '../support/fixtures';
import { Session, startWithOwner, TestApp } from '../support/test-app';
import { relative, requestedContract } from '../workspace/support';

/**
 * The progress report, read back from its PDF as the family downloads it: a provider's term that passed is told as
 * passed (the portal's sentence, the date column "termijn tot en met … verstreken", never a date still to come), the
 * call the owner made about it is told as the portal tells it, and a collection agency's claim to pay is named a claim.
 */
describe('the progress report tells a passed term, the call made about it, and a claim as a claim', () => {
  let t: TestApp;
  let anna: Session;
  let kpn: { id: string; name: string };

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    kpn = await createProvider(t.admin, { name: 'KPN', requiredDocuments: [], slaBusinessDays: 10 });
  });
  afterAll(() => t?.close());

  const nl = (date: string) => longDate(date, 'nl');
  const today = async () => ((await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200)).body as { today: string }).today;
  const dueAt = async (id: string) => ((await anna.get(`${API}/contracts/${id}`).expect(200)).body as { dueAt: string }).dueAt;
  const letPass = async (due: string) => clockTo(t.admin, addBusinessDays(due, 1));
  const card = async (member: Session, id: string) => ((await member.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string }[]).find((c) => c.id === id)!;

  /** Asks for a progress report and returns the newest one as the family downloads it, as text. */
  async function progressReport(estateId: string, family: Session): Promise<string> {
    const reports = async () => ((await family.get(`${API}/portal/letters`).expect(200)).body.items as { id: string; kind: string }[]).filter((l) => l.kind === 'progress_report').map((l) => l.id);
    const before = await reports();
    await anna.post(`${API}/estates/${estateId}/progress-report`).expect(202);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const added = (await reports()).filter((r) => !before.includes(r));
    expect(added).toHaveLength(1);
    return flat(await pdfText((await family.get(`${API}/portal/letters/${added[0]}/pdf`).buffer(true).parse(binary).expect(200)).body));
  }

  it("says KPN's term passed instead of a date to come, as the portal says it, and then the call that was made", async () => {
    const { id, estateId, member } = await requestedContract(t, anna, kpn.id, 'Jan');
    // The request's term and the reminder's pass with a letter; the complaint's passes with none: the owner is to call.
    await letPass(await dueAt(id));
    await letPass(await dueAt(id));
    const missed = await dueAt(id);
    await letPass(missed);

    const passed = `KPN heeft niet binnen de termijn (tot en met ${nl(missed)}) bevestigd dat het contract wordt beëindigd.`;
    const report = await progressReport(estateId, member);
    expect(report).toContain(passed);
    // The cells wrap side by side: pdf.js reads the date column's lines among the status's.
    expect(report).toMatch(new RegExp(`Wacht op de organisatie Organisatie Wat we vroegen Stand van zaken Uiterlijk KPN Opzeggen: Internet .*termijn tot en met .*${nl(missed)} .*verstreken`));
    // One rule: the family's card says the same.
    expect((await card(member, id)).statusText).toContain(passed);

    const day = await today();
    await anna.post(`${API}/contracts/${id}/calls`, { calledOn: day, party: 'provider', person: 'Sanne', outcome: 'KPN stuurt de bevestiging per post.', shareWithFamily: true }).expect(201);
    const called = `Uw vaste contactpersoon heeft op ${nl(day)} met KPN gebeld. KPN stuurt de bevestiging per post.`;
    const after = await progressReport(estateId, member);
    expect(after).toContain(`${passed} ${called}`);
    expect(after).toMatch(new RegExp(`Uiterlijk KPN Opzeggen: Internet .*termijn tot en met .*${nl(missed)} .*verstreken`));
    expect((await card(member, id)).statusText).toContain(called);
  });

  it("heads the bills column and words the note by what it lists: a collection agency's claim is a claim", async () => {
    const estate = await createEstate(anna, { givenNames: 'Wim' });
    const family = await relative(t, anna, estate.id, 'Maria');
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Internet', accountNumber: 'K-Wim', action: 'cancel' }).expect(201)).body as { id: string };
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: 'KPN-R1', effectiveDate: '2026-11-30' }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Incassobureau Noord', reference: 'INC-3', amount: 112.4 }).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/dispute-resolved`, { outcome: 'payFromEstate' }).expect(200);

    // The cell wraps: pdf.js reads its second line after the amount.
    const report = await progressReport(estate.id, family);
    expect(report).toMatch(/Nog te betalen uit de nalatenschap Organisatie Vordering Bedrag KPN Vordering van € 112,40 Incassobureau Noord \(kenmerk INC-3\)/);
    expect(report).toContain('Volgens het dossier wordt deze vordering betaald uit de nalatenschap; die staat nog niet als betaald genoteerd.');
    expect(report).not.toMatch(/Factuur|deze rekeningen/);
  });
});
