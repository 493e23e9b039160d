import request from 'supertest';
import { flat, pdfText } from '../../letters/test-support';
import { longDate } from '../../workflows';
import { API, binary, createEstate } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { Session, startWithOwner, TestApp } from '../support/test-app';
import { Account, missedTermReaders } from '../workspace/support';

/**
 * askclose: money asked back after KPN dropped a claim whose final bill of € 45,00 the estate had paid is told to the end: the
 * contract's status box (owner and family, nl and en) says it is being asked back and when the reminder goes, the desk's report
 * carries its transfer's reference to the owner, the family's daily e-mail tells KPN's report as its word, and the final report lists it.
 */
describe('money asked back after a dropped claim, told to the end', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let anna: Account;
  let kpn: { id: string; name: string };
  let desk: Session;
  let ownerWeb: request.Agent;

  beforeAll(async () => {
    ({ t, sink } = await startWithOwner({ mailSink: true }));
    ({ anna, kpn, desk, ownerWeb } = await missedTermReaders(t));
  });
  afterAll(() => t?.close());

  /** A KPN contract whose final bill KPN-A-1 of € 45,00 the estate paid, then KPN dropped the whole claim and Anna asked the € 45,00 back. Maria (nl) and Tom (en) read the estate's debts. */
  async function askedBack(givenNames: string) {
    const today = t.clock.today();
    const estate = await createEstate(anna.api, { givenNames });
    const member = async (name: string, language: 'nl' | 'en') => {
      const made = (await anna.api.post(`${API}/estates/${estate.id}/family-members`, { name, relation: 'child', isHeir: true, isRepresentative: language === 'nl', language, email: `${name.toLowerCase()}-${givenNames.toLowerCase()}@family.example` }).expect(201)).body as { accessCode: string };
      return t.as((await t.anonymous.post(`${API}/portal/access`, { code: made.accessCode }).expect(200)).body.accessToken);
    };
    const [maria, tom] = [await member('Maria', 'nl'), await member('Tom', 'en')];
    const contract = (await anna.api.post(`${API}/estates/${estate.id}/contracts`, { providerId: kpn.id, description: 'Mobiel', accountNumber: `K-${givenNames}`, action: 'cancel' }).expect(201)).body as { id: string };
    await anna.api.post(`${API}/contracts/${contract.id}/request`).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/complete`, { effectiveDate: '2026-11-30', reference: 'KPN-A-1', finalInvoiceAmount: 45 }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/bills-paid`, { reference: 'KPN-A-1', paidOn: today }).expect(201);
    await anna.api.post(`${API}/contracts/${contract.id}/invoice-after-end`, { reference: 'F-41', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30 }).expect(200);
    await anna.api.post(`${API}/contracts/${contract.id}/collection-notice`, { agency: 'Intrum', agencyEmail: 'dossiers@intrum.example', reference: `INT-${givenNames}`, amount: 75 }).expect(200);
    await t.runDue();
    await desk.post(`${API}/provider-desk/requests/${contract.id}/collection-stopped`, { claimDropped: true }).expect(200);
    const asked = (await anna.api.post(`${API}/contracts/${contract.id}/repayment-request`).expect(200)).body as { askedOn: string; payBy: string };
    return { estate, contract, maria, tom, today, asked, mail: { maria: `maria-${givenNames.toLowerCase()}@family.example`, tom: `tom-${givenNames.toLowerCase()}@family.example` } };
  }
  const squeezed = (text: string) => text.replace(/[ \t\r\n]+/g, ' ').replace(/\u00a0/g, ' ');
  const nextStepOf = async (family: Session, id: string, lang = 'nl') => squeezed(((await family.get(`${API}/portal/estate?lang=${lang}`).expect(200)).body.contracts.items as { id: string; nextStep: string }[]).find((c) => c.id === id)!.nextStep);

  it('says in the status box, to the owner and the family, nl and en, that the € 45,00 is asked back and when the reminder goes', async () => {
    const { contract, maria, tom, asked } = await askedBack('Lieke');
    const [nlAsked, nlPayBy, enAsked, enPayBy] = [longDate(asked.askedOn, 'nl'), longDate(asked.payBy, 'nl'), longDate(asked.askedOn, 'en'), longDate(asked.payBy, 'en')];

    // The owner's page: its status box beside the „Teruggevraagd" card, no longer „afgehandeld".
    const page = squeezed((await ownerWeb.get(`/app/contracts/${contract.id}`).expect(200)).text);
    const box = page.slice(page.indexOf('class="status"'), page.indexOf('id="asked-back"'));
    expect(box).toContain(`KPN liet de vordering vallen; de € 45,00 die al betaald was op eindafrekening KPN-A-1 is op ${nlAsked} per brief teruggevraagd. Dat is nog niet ontvangen.`);
    expect(box).toContain(`Staat het er na ${nlPayBy} nog niet, dan zet Vandaag de herinnering aan KPN voor u klaar.`);
    expect(box).not.toMatch(/afgehandeld/i);

    // The API, in English when asked.
    const en = (await anna.api.get(`${API}/contracts/${contract.id}?lang=en`).expect(200)).body as { statusText: string; statusTexts: { nl: string }; nextStep: string };
    expect(en.statusText).toBe(`KPN dropped the claim; the €45.00 already paid on final bill KPN-A-1 was asked back by letter on ${enAsked}. It has not been received yet.`);
    expect(en.nextStep).toBe(`Record its receipt under “Asked back” once the amount is on the estate account. If it has not come by ${enPayBy}, Today sets out the reminder to KPN for you.`);
    expect(en.statusTexts.nl).toContain('per brief teruggevraagd');

    // The family's card: the money awaited, and the reminder after the letter's day.
    expect(await nextStepOf(maria, contract.id)).toBe(`We wachten tot de € 45,00 op de rekening van de nalatenschap staat. Staat het er na ${nlPayBy} nog niet, dan sturen we KPN een herinnering.`);
    expect(await nextStepOf(tom, contract.id, 'en')).toBe(`We are waiting for the €45.00 to reach the estate account. If it has not come by ${enPayBy}, we will send KPN a reminder.`);

    // Past that day the reminder is due: both say so.
    await t.runDue(15);
    expect(await nextStepOf(maria, contract.id)).toBe(`We wachten tot de € 45,00 op de rekening van de nalatenschap staat. Dat had uiterlijk ${nlPayBy} moeten zijn; we sturen KPN een herinnering.`);
    expect((await anna.api.get(`${API}/contracts/${contract.id}`).expect(200)).body.nextStep).toContain(`De termijn liep af op ${nlPayBy}: stuur KPN een herinnering`);
  });

  it('takes the reference of the desk’s transfer and shows it to the owner; the family’s e-mail tells KPN’s report as its word, not as money received', async () => {
    const { contract, today, mail } = await askedBack('Sven');
    await nextFamilyDigest(t.admin, sink, mail.maria, 0);
    const before = { maria: familyDigests(sink, mail.maria).length, tom: familyDigests(sink, mail.tom).length };

    const tooLong = await desk.post(`${API}/provider-desk/requests/${contract.id}/refund-paid`, { amount: 45, paidOn: t.clock.today(), reference: 'X'.repeat(101) }).expect(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'reference' })]);
    const reported = (await desk.post(`${API}/provider-desk/requests/${contract.id}/refund-paid`, { amount: 45, paidOn: t.clock.today(), reference: ' NL-OVB-4471 ' }).expect(200)).body;
    expect(reported.askedBack.reportedPaid.reports).toEqual([expect.objectContaining({ amount: 45, reference: 'NL-OVB-4471' })]);
    const paidOn = t.clock.today();

    const page = squeezed((await ownerWeb.get(`/app/contracts/${contract.id}`).expect(200)).text);
    expect(page).toContain(`KPN meldt € 45,00 overgemaakt op ${longDate(paidOn, 'nl')} met kenmerk NL-OVB-4471. Dat is de melding van KPN, nog geen ontvangst`);

    const maria = squeezed(await nextFamilyDigest(t.admin, sink, mail.maria, before.maria));
    expect(maria).toContain(`KPN meldt dat het € 45,00 van het teruggevraagde bedrag op ${longDate(paidOn, 'nl')} heeft terugbetaald. Dat is de melding van KPN; het is nog niet als ontvangen op de rekening van de nalatenschap vastgelegd.`);
    const tom = squeezed(familyDigests(sink, mail.tom)[before.tom]?.text ?? '');
    expect(tom).toContain(`KPN reports having paid back €45.00 of the amount asked back on ${longDate(paidOn, 'en')}. That is KPN's report; it has not yet been recorded as received on the estate account.`);
    expect(today).toBeTruthy();
  });

  it('lists in the final report what came back of the money asked back and what is still asked, with its letter and term', async () => {
    const { estate, contract, maria, asked } = await askedBack('Ruud');
    await anna.api.post(`${API}/contracts/${contract.id}/refund-received`, { amount: 20, receivedOn: t.clock.today(), answers: 'askedBack' }).expect(200);
    const receivedOn = t.clock.today();
    await t.runDue(70);
    await anna.api.post(`${API}/estates/${estate.id}/close`).expect(200);
    await t.runDue();
    const report = ((await maria.get(`${API}/portal/estate`).expect(200)).body.letters.items as { id: string; kind: string }[]).find((l) => l.kind === 'final_report')!;
    const text = flat(await pdfText((await maria.get(`${API}/portal/letters/${report.id}/pdf`).buffer(true).parse(binary).expect(200)).body));
    expect(text).toContain(`Nog niet ontvangen: KPN liet de vordering vallen, ook eindafrekening KPN-A-1, waarop uit de nalatenschap € 45,00 was betaald. Ik heb KPN op ${longDate(asked.askedOn, 'nl')} per brief gevraagd dat bedrag terug te betalen, uiterlijk op ${longDate(asked.payBy, 'nl')}; die termijn houd ik zelf aan, het is geen wettelijke termijn. Die termijn is verstreken. Daarvan is € 25,00 nog niet ontvangen.`);
    // The table's cell wraps: its second line („(eindafrekening …)") is read after the row.
    expect(text).toMatch(new RegExp(`Ontvangen door de nalatenschap .*KPN Teruggevraagd € 20,00 ${longDate(receivedOn, 'nl')} \\(eindafrekening KPN-A-1\\)`));
    expect(text).toMatch(/Wacht op de organisatie .*KPN Opzeggen: Mobiel KPN liet de vordering vallen; de (– )?€ 45,00 die al betaald was, vragen we terug: we vroegen KPN per brief het uiterlijk .+ terug te betalen\. Daarvan is € 25,00 nog niet ontvangen\./);
    expect(text).not.toMatch(/Afgerond .*KPN Opzeggen: Mobiel/);
  });
});
