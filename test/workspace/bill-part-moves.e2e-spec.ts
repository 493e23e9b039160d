import { flat, pdfText } from '../../letters/test-support';
import { API, binary } from '../support/fixtures';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { startTestApp, TestApp } from '../support/test-app';
import { telecomBillsDecided } from './support';

/**
 * bankend: the part of a bill decided payable from the estate that is for time after the end date is worked out from the end date
 * as it stands. The provider corrects its end date after the owner's decision: her pages, the API, the family's card and a letter
 * written after it say the part from the corrected date; her history keeps what the decision said and tells, at the correction, that
 * the part changed and why.
 */
describe('a bill decided payable from the estate, then the end date corrected', () => {
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

  const text = (html: string) => flat(html.replace(/<[^>]+>/g, ' ')).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
  type Owed = { reference: string; amount: number; afterEnd: boolean; afterEndPart: number | null };

  it('says the part from the corrected end date on her page, the API, the family’s card and a later report; her history says why it changed', async () => {
    // A telecom contract confirmed ended on 10 November: F-SPAN (€ 30,00 for November, € 20,00 of it after the 10th) and F-NA (11–20
    // November, wholly after), both held to and decided paid from the estate.
    const { owner, estate, c, desk, maria } = await telecomBillsDecided(t, 'Tel Eind', 'maria.eind@family.example');
    const page = async () => text((await owner.api.get(`/app/contracts/${c.id}`).set('Cookie', `steward_app=${owner.api.token}`).expect(200)).text);
    expect(await page()).toContain('Factuur F-SPAN, waarvan € 20,00 voor tijd na de einddatum (besloten is dat de nalatenschap die betaalt), € 30,00');
    // The family's e-mail of the decision goes the next morning; the correction comes a day after it.
    const mails = () => sink.messages.filter((m) => m.to && 'text' in m.to && m.to.text === 'maria.eind@family.example');
    const nextMorning = async () => {
      const before = mails().length;
      await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
      await sink.waitFor(sink.messages.length + 1);
      expect(mails().length).toBe(before + 1);
      return mails().slice(-1)[0].text!.replace(/\u00a0/g, ' ');
    };
    expect(await nextMorning()).toContain('Van rekening F-SPAN gaat € 20,00 over de tijd na de einddatum');

    // The provider corrects its end date to 20 November: 10 of November's 30 days are after it (€ 10,00); F-NA bills none.
    await desk.post(`${API}/provider-desk/requests/${c.id}/correct-completion`, { effectiveDate: '2026-11-20', reference: 'TEL-1' }).set('Idempotency-Key', `${c.id}-fix`).expect(200);
    await t.runDue();
    const after = await page();
    // On main: „Factuur F-SPAN, waarvan € 20,00 …" and „Factuur F-NA, voor tijd na de einddatum …", from the date corrected since.
    expect(after).toContain('Factuur F-SPAN, waarvan € 10,00 voor tijd na de einddatum (besloten is dat de nalatenschap die betaalt), € 30,00');
    expect(after).not.toContain('Factuur F-NA, voor tijd na de einddatum');
    expect(after).toContain('Factuur F-NA, € 12,50');
    // Her history: the decision as it was said, and at the correction what changed of the bills and why.
    expect(after).toContain('Factuur F-NA is voor tijd na de einddatum. Van factuur F-SPAN is € 20,00 voor tijd na de einddatum.');
    expect(after).toContain('Door de gecorrigeerde einddatum is van factuur F-SPAN nu € 10,00 voor tijd na de einddatum (was € 20,00). Door de gecorrigeerde einddatum is van factuur F-NA niets meer voor tijd na de einddatum (was € 12,50).');
    const api = (await owner.api.get(`${API}/estates/${estate.id}/bills-to-pay`).expect(200)).body.items as Owed[];
    const familyApi = (await maria.get(`${API}/portal/bills-to-pay`).expect(200)).body.items as Owed[];
    for (const items of [api, familyApi]) {
      expect(items).toEqual(expect.arrayContaining([
        expect.objectContaining({ reference: 'F-SPAN', amount: 30, afterEnd: true, afterEndPart: 10 }),
        expect.objectContaining({ reference: 'F-NA', amount: 12.5, afterEnd: false, afterEndPart: null }),
      ]));
    }
    const card = ((await maria.get(`${API}/portal/estate`).expect(200)).body.contracts.items as { id: string; statusText: string; nextStep: string }[]).find((x) => x.id === c.id)!;
    const family = text((await t.anonymous.get('/family').set('Cookie', `steward_family=${maria.token}`).expect(200)).text);
    for (const said of [`${card.statusText} ${card.nextStep}`.replace(/\u00a0/g, ' '), family]) {
      expect(said).toContain('rekening F-SPAN, waarvan € 10,00 voor tijd na de einddatum (uw contactpersoon heeft besloten dat die toch wordt betaald), € 30,00');
      expect(said).not.toContain('F-NA, voor tijd na de einddatum');
    }

    // A progress report written after the correction lists F-NA as a bill to pay, no longer „voor tijd na de einddatum".
    const reports = async () => ((await maria.get(`${API}/portal/letters`).expect(200)).body.items as { id: string; kind: string }[]).filter((l) => l.kind === 'progress_report').map((l) => l.id);
    await owner.api.post(`${API}/estates/${estate.id}/progress-report`).expect(202);
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const [report] = await reports();
    const letter = flat(await pdfText((await maria.get(`${API}/portal/letters/${report}/pdf`).buffer(true).parse(binary).expect(200)).body));
    expect(letter).toContain('F-SPAN');
    expect(letter).toContain('F-NA');
    expect(letter).not.toContain('F-NA, voor tijd na de einddatum');

    // The family's timeline and next morning's e-mail say what the correction moved, as her card says it.
    const moved = 'Door de gecorrigeerde einddatum gaat van rekening F-SPAN nu € 10,00 over de tijd na die datum. Door de gecorrigeerde einddatum gaat niets van rekening F-NA meer over de tijd na die datum.';
    const timeline = ((await maria.get(`${API}/portal/timeline?limit=100&lang=nl`).expect(200)).body.items as { text: string }[]).map((e) => e.text.replace(/\u00a0/g, ' '));
    expect(timeline.join('\n')).toContain(moved);
    const mail = await nextMorning();
    // On main the correction's line said the new end date alone: „Tel Eind heeft de einddatum gecorrigeerd: 20 november 2026 in plaats van 10 november 2026."
    expect(mail).toContain(moved);
    // A long story (two mornings' e-mails, a report) on a busy machine: more time than the default minute.
  }, 180_000);
});
