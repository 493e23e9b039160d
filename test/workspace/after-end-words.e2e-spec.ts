import { flat } from '../../letters/test-support';
import { API, providerWithDesk } from '../support/fixtures';
import { owedBillContracts } from '../support/owed-bills';
import { SmtpSink } from '../support/smtp-sink';
import { Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * A bill for December after the 30 November end date, held to by the provider, which the owner decided the estate pays
 * all the same (`afterEnd`): the owner's pages and the family's daily email say it is such a bill, not just "factuur F-01"
 * (README, owedwords). Only what is recorded: a bill after the end date, and a decision that the estate pays it.
 */
describe('a bill for time after the end date that the estate pays, in the owner’s words and the daily email', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let anna: Specialist;
  let owedContract: ReturnType<typeof owedBillContracts>['owedContract'];

  beforeAll(async () => {
    ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true }));
    const { provider, desk } = await providerWithDesk(t, { name: 'Stroomlaat', category: 'energy', channel: 'portal', slaBusinessDays: 5, requiredDocuments: [] });
    ({ owedContract } = owedBillContracts(anna, provider, desk));
  });
  afterAll(() => t?.close());

  /** A workspace page as read: its text without the markup. */
  const page = async (path: string) => flat((await t.anonymous.get(path).set('Cookie', `steward_app=${anna.token}`).expect(200)).text.replace(/<[^>]+>/g, ' '));
  const switchTo = (to: 'nl' | 'en') => anna.post('/app/language').set('Cookie', `steward_app=${anna.token}`).type('form').send({ to }).expect(303);

  it("says so on the contract page, the estate page and Today, in Dutch and in English, and Today's API marks it", async () => {
    const { id, estateId } = await owedContract('Henk');
    const contract = await page(`/app/contracts/${id}`);
    // The bills to pay, the summary's "still open" and the next step all name it so.
    expect(contract).toMatch(/Te betalen uit de nalatenschap .*Factuur F-01, voor tijd na de einddatum \(besloten is dat de nalatenschap die betaalt\), €.24,98 · verschuldigd sinds/);
    expect(contract).toMatch(/Factuur F-01, voor tijd na de einddatum \(besloten is dat de nalatenschap die betaalt\), €.24,98: nog te betalen/);
    expect(await page(`/app/estates/${estateId}`)).toMatch(/Stroomlaat: factuur F-01, voor tijd na de einddatum \(besloten is dat de nalatenschap die betaalt\), €.24,98/);
    expect(await page('/app')).toMatch(/Henk.*Stroomlaat: factuur F-01, voor tijd na de einddatum \(besloten is dat de nalatenschap die betaalt\), €.24,98/);
    expect(contract).toMatch(/Nog te betalen uit de nalatenschap: Factuur F-01, voor tijd na de einddatum \(besloten is dat de nalatenschap die betaalt\), €.24,98\. Leg de betaling/);
    // The history of the decision says the bill is for time after the end date: contract page, estate page and the API.
    const decided = /Stroom: Geschil met Stroomlaat afgesloten \(door u vastgelegd\): factuur F-01 \(€.24,98\) wordt betaald uit de nalatenschap\. Factuur F-01 is voor tijd na de einddatum\./;
    expect(contract).toMatch(decided);
    expect(await page(`/app/estates/${estateId}`)).toMatch(decided);
    const history = ((await anna.get(`${API}/estates/${estateId}/timeline?limit=200`).expect(200)).body.items as { summary: string }[]).map((e) => e.summary);
    expect(history).toContainEqual(expect.stringMatching(new RegExp(`^${decided.source}$`)));
    const today = (await anna.get(`${API}/queue`).expect(200)).body.billsToPay as { contractId: string; afterEnd: boolean; untilEnd: boolean }[];
    expect(today.find((b) => b.contractId === id)).toMatchObject({ afterEnd: true, untilEnd: false });

    await switchTo('en');
    try {
      expect(await page(`/app/contracts/${id}`)).toMatch(/Invoice F-01, for time after the end date \(it was decided that the estate pays it\), €.?24\.98: still to pay/);
      expect(await page(`/app/estates/${estateId}`)).toMatch(/Stroomlaat: invoice F-01, for time after the end date \(it was decided that the estate pays it\), €.?24\.98/);
      expect(await page('/app')).toMatch(/Stroomlaat: invoice F-01, for time after the end date \(it was decided that the estate pays it\), €.?24\.98/);
      const decidedEn = /Stroom: Dispute with Stroomlaat closed \(recorded by you\): invoice F-01 \(€.?24\.98\) is paid from the estate\. Invoice F-01 is for time after the end date\./;
      expect(await page(`/app/contracts/${id}`)).toMatch(decidedEn);
      expect(await page(`/app/estates/${estateId}`)).toMatch(decidedEn);
    } finally {
      await switchTo('nl');
    }
  });

  it('says so in the daily email to the heirs, in their language, and not to a relative who does not read the debts', async () => {
    const { estateId } = await owedContract('Wim');
    const member = (name: string, email: string, heir: boolean, isRepresentative: boolean, language: 'nl' | 'en') =>
      anna.post(`${API}/estates/${estateId}/family-members`, { name, email, relation: heir ? 'kind' : 'buurvrouw', isHeir: heir, isRepresentative, language }).expect(201);
    await member('Ria Laat', 'ria@family.example', true, true, 'nl');
    await member('Rob Laat', 'rob@family.example', true, false, 'en');
    await member('Lies Buur', 'lies@family.example', false, false, 'nl');
    // The day's effects run (the news is written), then the day's email goes out.
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 0 }).expect(200);
    const before = sink.messages.length;
    await t.admin.post(`${API}/admin/clock`, { advanceDays: 1 }).expect(200);
    await sink.waitFor(before + 3);
    const digestTo = (to: string) => sink.messages.slice(before).find((m) => m.to && 'text' in m.to && m.to.text === to)!.text!;
    const ria = digestTo('ria@family.example');
    expect(ria).toMatch(/- Stroomlaat: Stroomlaat houdt vast aan rekening F-01 \(€.24,98\)\. Deze rekening wordt betaald uit de nalatenschap\. Rekening F-01 gaat over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch wordt betaald\.\n/);
    // Where the contract stands: the bill that waits first (README, owedwords), then the confirmation that is still true.
    expect(ria).toMatch(/- Stroomlaat: Nog te betalen uit de nalatenschap voor het contract bij Stroomlaat: rekening F-01, voor tijd na de einddatum \(uw contactpersoon heeft besloten dat die toch wordt betaald\), €.24,98\. Stroomlaat heeft bevestigd dat het contract eindigt op 30 november 2026\./);
    const rob = digestTo('rob@family.example');
    expect(rob).toMatch(/- Stroomlaat: Stroomlaat maintains bill F-01 \(€.?24\.98\)\. This bill will be paid from the estate\. Bill F-01 is for time after the end date; your contact person decided it is to be paid after all\.\n/);
    expect(rob).toMatch(/- Stroomlaat: Still to be paid from the estate for the contract with Stroomlaat: bill F-01, for time after the end date \(your contact person decided it is to be paid after all\), €.?24\.98\. Stroomlaat has confirmed/);
    // A neighbour reads no bill's number or amount (README, Bills to pay): that the decision is about time after the end date
    // (README, afterendwords), and that one is still to pay, first.
    const lies = digestTo('lies@family.example');
    expect(lies).not.toMatch(/F-01|€/);
    expect(lies).toContain('- Stroomlaat: Stroomlaat houdt vast aan de rekening; die wordt betaald uit de nalatenschap. Die rekening gaat over de tijd na de einddatum; uw contactpersoon heeft besloten dat die toch wordt betaald.\n');
    expect(lies).toContain('- Stroomlaat: Er is nog een rekening van het contract bij Stroomlaat te betalen uit de nalatenschap. Stroomlaat heeft bevestigd');
  });
});
