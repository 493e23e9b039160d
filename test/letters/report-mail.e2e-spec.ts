import { flat, pdfText } from '../../letters/test-support';
import { API, binary, createEstate, createProvider, letterText } from '../support/fixtures';
import { SmtpSink } from '../support/smtp-sink';
import { Session, startWithOwner, TestApp } from '../support/test-app';

/**
 * A report to the family reaches the relative it is addressed to as the letter says: an email in their language with a link to
 * it in the portal (the report itself stays there), or, for a relative without an email address, the portal only, and the
 * letter then says so. The day after closing, the daily email tells where the final report is instead of promising it.
 */
describe('the reports to the family are delivered as they say', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let anna: Session;
  let provider: { id: string };

  beforeAll(async () => {
    ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true }));
    provider = await createProvider(t.admin, { name: 'Stroomtest', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
  });
  afterAll(() => t?.close());

  const advance = (days: number) => t.admin.post(`${API}/admin/clock`, { advanceDays: days }).expect(200);
  const mailsTo = (to: string, subject: RegExp) => sink.messages.filter((m) => m.to && 'text' in m.to && m.to.text === to && subject.test(m.subject ?? ''));
  /** Waits for the `count`th email to `to` whose subject matches. */
  const mailTo = async (to: string, subject: RegExp, count = 1) => {
    const until = Date.now() + 15_000;
    while (mailsTo(to, subject).length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    return mailsTo(to, subject)[count - 1];
  };
  const REPORT_MAIL = /^(Voortgangsverslag|Eindverslag|Progress report|Final report) /;

  async function relative(estateId: string, body: Record<string, unknown>): Promise<Session> {
    const member = (await anna.post(`${API}/estates/${estateId}/family-members`, { relation: 'kind', isHeir: true, isRepresentative: false, ...body }).expect(201)).body;
    return t.as((await t.anonymous.post(`${API}/portal/access`, { code: member.accessCode }).expect(200)).body.accessToken);
  }

  /** An estate whose one contract the provider confirmed ended. */
  async function settledEstate(givenNames: string) {
    const estate = await createEstate(anna, { givenNames });
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Stroom', accountNumber: `${givenNames}-1`, action: 'cancel' }).expect(201)).body;
    await anna.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await anna.post(`${API}/contracts/${contract.id}/provider-answer/completed`, { receivedVia: 'phone', reference: `${givenNames}-R1`, effectiveDate: '2026-11-30' }).expect(200);
    return estate;
  }

  /** The newest report of a kind as the relative finds it in the portal: its id and its text read back from the PDF. */
  async function report(family: Session, kind: 'progress_report' | 'final_report') {
    const letters = (await family.get(`${API}/portal/letters`).expect(200)).body.items as { id: string; kind: string }[];
    const letter = letters.find((l) => l.kind === kind)!;
    return { id: letter.id, text: flat(await pdfText((await family.get(`${API}/portal/letters/${letter.id}/pdf`).buffer(true).parse(binary).expect(200)).body)) };
  }

  it('emails the relative a report is addressed to, in their language, a link to it in the portal and no copy; the letter says so; once', async () => {
    const estate = await settledEstate('Henk');
    const maria = await relative(estate.id, { name: 'Maria de Vries', email: 'maria@family.example', isRepresentative: true, language: 'en' });
    await relative(estate.id, { name: 'Piet de Vries', email: 'piet@family.example' });

    await anna.post(`${API}/estates/${estate.id}/progress-report`).expect(202);
    await advance(0);
    const progress = await report(maria, 'progress_report');
    // Written in her language, as the e-mail about it is (README, familywords).
    expect(progress.text).toContain('Maria de Vries Placed in the family portal Notice by email to maria@family.example');
    expect(progress.text).toContain('Progress on the contracts of Henk');
    expect(progress.text).not.toMatch(/Verzonden via|Sent via|Voortgang/);
    const mail = await mailTo('maria@family.example', REPORT_MAIL);
    expect(mail.subject).toMatch(/^Progress report on the estate of Henk /);
    expect(mail.text).toContain('Dear Maria de Vries,');
    expect(mail.text).toContain('Your contact person has addressed a progress report on the contracts of Henk');
    expect(mail.text).toMatch(new RegExp(`^https?://\\S+/family/letters/${progress.id}$`, 'm'));
    expect(mail.text).toContain('The report is not attached to this email');
    expect(mail.attachments).toHaveLength(0);
    expect(mail.messageId).toBe(`<report-${progress.id}@steward>`);
    // Only the relative it is addressed to is written to, and only once however often the work runs.
    await advance(0);
    expect(mailsTo('maria@family.example', REPORT_MAIL)).toHaveLength(1);
    expect(mailsTo('piet@family.example', REPORT_MAIL)).toHaveLength(0);

    // The final report on closing, in her language too.
    await advance(70);
    await anna.post(`${API}/estates/${estate.id}/close`).expect(200);
    await advance(0);
    const final = await report(maria, 'final_report');
    expect(final.text).toContain('Placed in the family portal Notice by email to maria@family.example');
    expect(final.text).toContain('Final report on the contracts of Henk');
    const finalMail = await mailTo('maria@family.example', REPORT_MAIL, 2);
    expect(finalMail.subject).toMatch(/^Final report on the estate of Henk /);
    expect(finalMail.text).toContain(`/family/letters/${final.id}`);

    // The next day's news does not promise the report that went: each relative reads where it is.
    const [pietsBefore, mariasBefore] = [mailsTo('piet@family.example', /^Nieuws over/).length, mailsTo('maria@family.example', /^News about/).length];
    await advance(1);
    const piet = await mailTo('piet@family.example', /^Nieuws over/, pietsBefore + 1);
    expect(piet.text).toContain('Het dossier is afgesloten: alles is afgehandeld. Het eindverslag is aan Maria de Vries gericht; u leest het ook in het familieportaal, bij de brieven.');
    expect(piet.text).not.toContain('Er volgt een eindverslag');
    const own = await mailTo('maria@family.example', /^News about/, mariasBefore + 1);
    expect(own.text).toContain('The file is closed: everything is settled. The final report is addressed to you; you will find it in the family portal, with the letters.');
    expect(own.text).not.toContain('A final report follows');
  });

  it('puts the report of a relative without an email address in the portal only, and the letter says just that', async () => {
    const estate = await settledEstate('Kees');
    const ria = await relative(estate.id, { name: 'Ria Smit', isRepresentative: true });
    await relative(estate.id, { name: 'Lotte Smit', email: 'lotte@family.example' });
    await anna.post(`${API}/estates/${estate.id}/progress-report`).expect(202);
    await advance(0);
    const progress = await report(ria, 'progress_report');
    expect(progress.text).toMatch(/Ria Smit Geplaatst in het familieportaal (?!Bericht)/);
    expect(progress.text).not.toMatch(/Verzonden via|bericht per e-mail/);
    await advance(0);
    expect(mailsTo('lotte@family.example', REPORT_MAIL)).toHaveLength(0);
  });

  it('still addresses a report to a relative whose portal access was withdrawn, emails them no link they could not open, and tells the owner to hand it on', async () => {
    const estate = await settledEstate('Gerrit');
    const eva = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Eva Mulder', email: 'eva@family.example', relation: 'kind', isHeir: true, isRepresentative: true }).expect(201)).body;
    type Listed = { id: string; kind: string; notSentBecause: string | null };
    const reports = async () => ((await anna.get(`${API}/estates/${estate.id}/letters`).expect(200)).body.items as Listed[]).filter((l) => l.kind === 'progress_report');
    const estatePage = async () => flat((await anna.get(`/app/estates/${estate.id}`).set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
    const HAND_ON = 'Eva Mulder heeft geen toegang meer tot het familieportaal en kreeg geen bericht; geef dit verslag zelf door (per post of persoonlijk).';

    // A report e-mailed while she had access stays sent when the access is withdrawn afterwards.
    await anna.post(`${API}/estates/${estate.id}/progress-report`).expect(202);
    await advance(0);
    expect(await mailTo('eva@family.example', REPORT_MAIL)).toBeDefined();
    await anna.post(`${API}/estates/${estate.id}/family-members/${eva.id}/access/withdraw`).expect(200);
    expect((await reports()).map((r) => r.notSentBecause)).toEqual([null]);
    expect(await estatePage()).not.toContain(HAND_ON);

    await advance(1);
    await anna.post(`${API}/estates/${estate.id}/progress-report`).expect(202);
    await advance(0);
    const [progress, emailed] = await reports();
    expect([progress.notSentBecause, emailed.notSentBecause]).toEqual(['portal-access-withdrawn', null]);
    const text = await letterText(anna, progress.id);
    expect(text).toMatch(/Eva Mulder Geplaatst in het familieportaal (?!Bericht)/);
    expect(text).not.toContain('eva@family.example');
    await advance(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(mailsTo('eva@family.example', REPORT_MAIL)).toHaveLength(1);
    // The estate's letters say it plainly, on that report's row only.
    const page = await estatePage();
    expect(page).toContain(`<tr data-letter="${progress.id}">`);
    expect(page.split(HAND_ON)).toHaveLength(2);
    expect(page.slice(page.indexOf(`data-letter="${progress.id}"`), page.indexOf(HAND_ON))).toContain('Niet verstuurd');

    // A new invitation gives her the portal back, and the report in it: nothing is left to hand on.
    await anna.post(`${API}/estates/${estate.id}/family-members/${eva.id}/invitation`).expect(201);
    expect((await reports()).map((r) => r.notSentBecause)).toEqual([null, null]);
    expect(await estatePage()).not.toContain(HAND_ON);
  });
});
