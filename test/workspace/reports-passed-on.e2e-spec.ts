import { flat } from '../../letters/test-support';
import { longDate } from '../../workflows';
import { API, createEstate, createProvider } from '../support/fixtures';
import { Session, startWithOwner, TestApp } from '../support/test-app';
import { relative } from './support';

/**
 * A report to a relative whose portal access was withdrawn reaches nobody: Today puts it before its owner as her move, with who it
 * was for, which report and why it did not go. She passes it on another way and marks it so ("doorgegeven"): it leaves Today, and
 * the estate page and the API say when, by whom and how.
 */
describe('a report that reached nobody is passed on from Today', () => {
  let t: TestApp;
  let anna: Session;
  let bert: Session;
  let provider: { id: string };

  beforeAll(async () => {
    ({ t, owner: anna } = await startWithOwner());
    bert = await t.specialist('Bert Jansen');
    provider = await createProvider(t.admin, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
  });
  afterAll(() => t?.close());

  const advance = (days: number) => t.admin.post(`${API}/admin/clock`, { advanceDays: days }).expect(200);
  const page = async (path: string, session = anna) => flat((await session.get(path).set('Cookie', `steward_app=${session.token}`).expect(200)).text);
  const form = (path: string, body: Record<string, string>) => anna.post(path).set('Cookie', `steward_app=${anna.token}`).type('form').send(body);
  type ToPassOn = { letterId: string; estateId: string; kind: string; recipient: string; letterDate: string; accessWithdrawnAt: string; resolution: string };
  const toPassOn = async (session = anna) => (await session.get(`${API}/queue`).expect(200)).body.reportsToPassOn as ToPassOn[];
  type Listed = { id: string; kind: string; letterDate: string; notSentBecause: string | null; passedOn: { at: string; by: string; how: string; note: string | null } | null };
  const reports = async (estateId: string) => ((await anna.get(`${API}/estates/${estateId}/letters`).expect(200)).body.items as Listed[]).filter((l) => l.kind === 'progress_report');

  /** An estate of Anna's with one settled contract and Eva as its representative, whose portal access Anna withdrew; then a progress report. */
  async function reportToNobody(givenNames: string) {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: `${givenNames}-1`, action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: `${givenNames}-R1`, effectiveDate: '2026-11-30' }).expect(200);
    const eva = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Eva Mulder', email: `eva-${givenNames}@family.example`, relation: 'kind', isHeir: true, isRepresentative: true }).expect(201)).body;
    await anna.post(`${API}/estates/${estate.id}/family-members/${eva.id}/access/withdraw`).expect(200);
    await anna.post(`${API}/estates/${estate.id}/progress-report`).expect(202);
    await advance(0);
    const [report] = await reports(estate.id);
    expect(report.notSentBecause).toBe('portal-access-withdrawn');
    return { estate, eva, report };
  }

  it('shows the report on Today as her move with its reason; a mark without how is refused with the note kept; marked, it leaves Today and the estate page says so', async () => {
    const { estate, report } = await reportToNobody('Gerrit');
    const [item] = (await toPassOn()).filter((r) => r.estateId === estate.id);
    expect(item).toMatchObject({ letterId: report.id, kind: 'progress_report', recipient: 'Eva Mulder', resolution: 'pass_on_report' });

    const today = await page('/app');
    const row = today.slice(today.indexOf('Verslagen die niemand bereikten'));
    expect(row).toMatch(/voortgangsverslag voor Eva Mulder, \d{1,2} \w+ 2026/);
    expect(row).toMatch(/Uw zet<\/span> Niet verstuurd: portaaltoegang ingetrokken op \d{1,2} \w+ 2026\./);
    expect(row).toContain(`href="/app/estates/${estate.id}?from=today#family">Aan een ander familielid met toegang</a>`);
    expect(row).toContain('Markeren als doorgegeven');
    // Other owners do not see it.
    expect((await toPassOn(bert)).map((r) => r.letterId)).not.toContain(report.id);

    // No way chosen: refused at its field, in her words, the note as typed; nothing recorded.
    const refused = flat((await form(`/app/letters/${report.id}/passed-on`, { how: '', note: 'Met Eva gebeld' }).expect(422)).text);
    expect(refused).toContain(`<a href="#passed-on-${report.id}-how">Kies de manier van doorgeven</a>`);
    expect(refused).toContain('value="Met Eva gebeld"');
    // The API answers a field's shape as every owner call does: 400 naming the field (the page's form answers 422, as typed).
    const api = await anna.post(`${API}/letters/${report.id}/passed-on`, { note: 'Met Eva gebeld' }).expect(400);
    expect(api.body.errors).toEqual([expect.objectContaining({ field: 'how' })]);
    expect((await toPassOn()).map((r) => r.letterId)).toContain(report.id);

    // Marked: gone from Today, and the estate's letters say when, by whom, how.
    await form(`/app/letters/${report.id}/passed-on`, { how: 'phone', note: 'Met Eva gebeld' }).expect(303).expect('Location', '/app?done=passed-on#reports-to-pass-on');
    expect((await toPassOn()).map((r) => r.letterId)).not.toContain(report.id);
    const after = await page('/app?done=passed-on');
    expect(after).toContain('Vastgelegd: het verslag is doorgegeven.');
    expect(after).not.toContain('voortgangsverslag voor Eva Mulder');
    const estatePage = await page(`/app/estates/${estate.id}`);
    const from = estatePage.indexOf(`data-letter="${report.id}"`);
    const letterRow = estatePage.slice(from, estatePage.indexOf('</tr>', from));
    expect(letterRow).toMatch(/Doorgegeven<\/span> doorgegeven op \d{1,2} \w+ 2026 door Anna de Boer \(telefonisch\): Met Eva gebeld/);
    expect(estatePage).not.toContain('geef dit verslag zelf door');
    const [listed] = await reports(estate.id);
    expect(listed.passedOn).toEqual({ at: expect.any(String), by: 'Anna de Boer', how: 'phone', note: 'Met Eva gebeld' });
  });

  it('marks through the API once per Idempotency-Key, refuses a second mark and a report that reached its addressee, and answers 404 outside her reach', async () => {
    const { estate, report } = await reportToNobody('Kees');
    await bert.post(`${API}/letters/${report.id}/passed-on`, { how: 'post' }).expect(404);
    const first = await anna.post(`${API}/letters/${report.id}/passed-on`, { how: 'post' }).set('Idempotency-Key', 'per-post-kees').expect(200);
    expect(first.body.passedOn).toEqual({ at: expect.any(String), by: 'Anna de Boer', how: 'post', note: null });
    expect((await anna.post(`${API}/letters/${report.id}/passed-on`, { how: 'post' }).set('Idempotency-Key', 'per-post-kees').expect(200)).body).toEqual(first.body);
    const again = await anna.post(`${API}/letters/${report.id}/passed-on`, { how: 'phone' }).expect(409);
    expect(again.body.type).toMatch(/passed-on-already$/);
    expect(again.body.detail).toBe('Dit verslag staat al als doorgegeven. Er is niets gewijzigd.');

    // A new invitation gives the portal back: the next report reaches her, and there is nothing to pass on.
    const [eva] = (await anna.get(`${API}/estates/${estate.id}/family-members`).expect(200)).body.items as { id: string }[];
    await anna.post(`${API}/estates/${estate.id}/family-members/${eva.id}/invitation`).expect(201);
    await advance(1);
    await anna.post(`${API}/estates/${estate.id}/progress-report`).expect(202);
    await advance(0);
    const [reached] = await reports(estate.id);
    expect(reached.id).not.toBe(report.id);
    const nothing = await anna.post(`${API}/letters/${reached.id}/passed-on`, { how: 'phone' }).expect(409);
    expect(nothing.body.type).toMatch(/nothing-to-pass-on$/);
    expect((await toPassOn()).filter((r) => r.estateId === estate.id)).toEqual([]);
  });
  it('writes the mark in both histories: the owner reads who marked it, how and her note; the family reads that it was passed on, without the note', async () => {
    const { estate, report } = await reportToNobody('Henk');
    const sister = await relative(t, anna, estate.id, 'Joke');
    const letterDate = longDate(report.letterDate, 'nl');
    await anna.post(`${API}/letters/${report.id}/passed-on`, { how: 'in_person', note: 'Bij Eva thuis besproken' }).expect(200);

    const owners = ((await anna.get(`${API}/estates/${estate.id}/timeline?limit=200`).expect(200)).body.items as { event: string; summary: string; actor: { name: string } }[]).filter((e) => e.event === 'letter.passed_on');
    expect(owners).toEqual([expect.objectContaining({ summary: `Anna de Boer heeft het voortgangsverslag van ${letterDate} voor Eva Mulder doorgegeven (persoonlijk): Bij Eva thuis besproken` })]);
    expect(flat(await page(`/app/estates/${estate.id}`))).toContain(`Anna de Boer heeft het voortgangsverslag van ${letterDate} voor Eva Mulder doorgegeven (persoonlijk): Bij Eva thuis besproken`);

    const family = ((await sister.get(`${API}/portal/timeline`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(family).toContain(`Het voortgangsverslag van ${letterDate} bereikte Eva Mulder niet via het portaal; uw vaste contactpersoon heeft het op een andere manier doorgegeven.`);
    expect(JSON.stringify((await sister.get(`${API}/portal/timeline`).expect(200)).body)).not.toMatch(/thuis besproken|persoonlijk/);
  });
});
