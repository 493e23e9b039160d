import { letterDate } from '../../letters';
import { API, createEstate, createProvider, letterText } from '../support/fixtures';
import { Session } from '../support/test-app';
import { Account, account, closeWorkspace, mainText, openWorkspace, signIn, Workspace } from '../workspace/support';

type Item = { actor: string; text: string };
type Letter = { id: string; kind: string; letterDate: string };

/**
 * What happens after an estate is reopened stays true for every reader: closing it again while a
 * contract is open names that contract (as closing an estate never closed does), the second final report
 * tells the reopening and what became of the late bills, and the family's timeline says who did what.
 */
describe('a reopened estate, told truly', () => {
  let w: Workspace;
  let joke: Account;
  let kpn: { id: string; name: string };

  const advance = (days: number) => w.t.admin.post(`${API}/admin/clock`, { advanceDays: days }).expect(200);
  const runDue = () => advance(0);
  const today = async () => String((await runDue()).body.now).slice(0, 10);
  const signInFamily = async (code: string) => w.t.as((await w.t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);
  const timeline = async (session: Session): Promise<Item[]> => (await session.get(`${API}/portal/timeline?limit=200`).expect(200)).body.items;
  const contractBody = (description: string, accountNumber: string) => ({ providerId: kpn.id, description, accountNumber, action: 'cancel' });
  /** December billed in full, weeks after the contract ended on 10 November: € 31,00 after the end date. */
  const lateBill = { reference: 'F-LAAT-1', invoiceDate: '2027-01-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 31 };
  const januaryBill = { reference: 'F-LAAT-2', invoiceDate: '2027-01-31', periodFrom: '2027-01-01', periodTo: '2027-01-31', amount: 27.5 };
  const collection = { agency: 'Incasso Noord', reference: 'INC-77', amount: 56 };

  /** An estate with one KPN contract, settled after its quiet period, its representative Els, closed by Joke (the final report sent). */
  async function closedEstate(surname: string) {
    const estate = await createEstate(joke.api, { givenNames: 'Wim', surname, surnamePrefix: undefined });
    const code = (await joke.api.post(`${API}/estates/${estate.id}/family-members`, { name: `Els ${surname}`, relation: 'dochter', role: 'representative', isHeir: true }).expect(201)).body.accessCode;
    const els = await signInFamily(code); // before the code runs out
    const contract = (await joke.api.post(`${API}/estates/${estate.id}/contracts`, contractBody('Internet en tv', `KPN-${surname}-1`)).expect(201)).body.id as string;
    await joke.api.post(`${API}/contracts/${contract}/request`).expect(200);
    await joke.api.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-10', reference: 'KPN-END' }).expect(200);
    await advance(70);
    await joke.api.post(`${API}/estates/${estate.id}/close`).expect(200);
    await runDue(); // the final report
    return { id: estate.id, contract, els };
  }

  /** The final reports of the estate, oldest first, each as the text pdf.js reads from its PDF. */
  async function finalReports(estateId: string): Promise<{ letter: Letter; text: string }[]> {
    const letters = ((await joke.api.get(`${API}/estates/${estateId}/letters?limit=100`).expect(200)).body.items as Letter[]).filter((l) => l.kind === 'final_report');
    const sorted = letters.sort((a, b) => a.letterDate.localeCompare(b.letterDate));
    return Promise.all(sorted.map(async (letter) => ({ letter, text: await letterText(joke.api, letter.id) })));
  }

  beforeAll(async () => {
    w = await openWorkspace();
    joke = await account(w.t, 'Joke Jansen', 'specialist', 'nl');
    kpn = await createProvider(w.t.admin, { name: 'KPN', requiredDocuments: [] });
  });
  afterAll(async () => {
    await closeWorkspace(w);
  });

  it('refuses to close while a contract is open by naming each with what it waits for, before any closing as after a reopen, on the API and in Dutch on the page', async () => {
    // Never closed: one KPN contract requested, another one ready to send.
    const fresh = await createEstate(joke.api, { givenNames: 'Wim', surname: 'Hendriks', surnamePrefix: undefined });
    const internet = (await joke.api.post(`${API}/estates/${fresh.id}/contracts`, contractBody('Internet en tv', 'KPN-H-1')).expect(201)).body.id as string;
    const mobile = (await joke.api.post(`${API}/estates/${fresh.id}/contracts`, contractBody('Mobiel', 'KPN-H-2')).expect(201)).body.id as string;
    await joke.api.post(`${API}/contracts/${internet}/request`).expect(200);
    const refused = await joke.api.post(`${API}/estates/${fresh.id}/close`).expect(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.type).toMatch(/\/contracts-open$/);
    expect(refused.body.openContracts).toEqual([
      {
        contractId: internet,
        label: 'KPN (Internet en tv)',
        state: 'requested',
        waitingOn: 'provider',
        statusTexts: { nl: expect.stringMatching(/^Beëindiging gevraagd bij KPN, antwoord aanbieder uiterlijk \d+ \w+ 20\d\d\.$/), en: expect.stringMatching(/^Cancellation requested from KPN/) },
      },
      { contractId: mobile, label: 'KPN (Mobiel)', state: 'ready', waitingOn: 'owner', statusTexts: { nl: 'Klaar: verzoek aan KPN kan worden verstuurd.', en: 'Ready: the request to KPN can be sent.' } },
    ]);
    expect(refused.body.errors).toEqual([
      { field: 'request', message: expect.stringMatching(/^KPN \(Internet en tv\) is not settled: Cancellation requested from KPN/) },
      { field: 'request', message: 'KPN (Mobiel) is not settled: Ready: the request to KPN can be sent.' },
    ]);
    // In Joke's Dutch, each contract with where it stands in her words.
    expect(refused.body.detail).toMatch(/^2 contracten zijn nog niet afgerond: KPN \(Internet en tv\) \(Beëindiging gevraagd bij KPN.*\); KPN \(Mobiel\) \(Klaar: verzoek aan KPN kan worden verstuurd\.\)\. Rond ze eerst af of trek ze in; dan kan de nalatenschap worden gesloten\. Er is niets gewijzigd\.$/);
    expect((await joke.api.get(`${API}/estates/${fresh.id}`).expect(200)).body.status).toBe('inProgress');

    // Reopened for a late bill: the same rule, naming the contract disputed again.
    const estate = await closedEstate('Veenstra');
    await joke.api.post(`${API}/estates/${estate.id}/reopen`, { reason: 'Nog een rekening van KPN' }).expect(200);
    const page = await signIn(w.browser, w.base, joke);
    await page.goto(`${w.base}/app/estates/${estate.id}`);
    // The page was opened while the estate was settling (its close form shown); the bill is recorded meanwhile.
    await joke.api.post(`${API}/contracts/${estate.contract}/invoice-after-end`, lateBill).expect(200);
    const again = await joke.api.post(`${API}/estates/${estate.id}/close`).expect(409);
    expect(again.body.type).toMatch(/\/contracts-open$/);
    expect(again.body.openContracts).toEqual([
      expect.objectContaining({ contractId: estate.contract, label: 'KPN', state: 'disputed', waitingOn: 'provider', statusTexts: expect.objectContaining({ nl: expect.stringMatching(/^Geschil loopt: €\s31,00 betwist \(factuur F-LAAT-1\), antwoord aanbieder uiterlijk/) }) }),
    ]);

    await page.click(`form[action$="/close"] button[type=submit]`);
    const text = await mainText(page);
    expect(text).toContain('De nalatenschap is niet afgesloten:');
    expect(text).toMatch(/Nog niet afgerond: KPN, wacht op KPN\. Geschil loopt: € 31,00 betwist \(factuur F-LAAT-1\), antwoord aanbieder uiterlijk \d+ \w+ 2027\./);
    expect(text).not.toMatch(/Dit kan nu niet meer/);
    await page.close();
    expect((await joke.api.get(`${API}/estates/${estate.id}`).expect(200)).body.status).toBe('inProgress');
  });

  it('tells in the second final report that the estate was reopened, when and why, and how each late bill and collection letter ended, not repeating the first report as news', async () => {
    const estate = await closedEstate('Dijkstra');
    const [first] = await finalReports(estate.id);
    const reopenedOn = await today();
    await joke.api.post(`${API}/estates/${estate.id}/reopen`, { reason: 'Nog rekeningen van KPN' }).expect(200);
    const id = estate.contract;
    await joke.api.post(`${API}/contracts/${id}/invoice-after-end`, lateBill).expect(200);
    await joke.api.post(`${API}/contracts/${id}/invoice-after-end`, januaryBill).expect(200);
    await joke.api.post(`${API}/contracts/${id}/collection-notice`, collection).expect(200);
    await joke.api.post(`${API}/contracts/${id}/collection-stopped`, { receivedVia: 'phone', answeredBy: 'provider', collection: 'stopped' }).expect(200);
    // KPN credits December; it holds to January, which the estate then pays.
    await joke.api.post(`${API}/contracts/${id}/dispute-answer/credit_note_sent`, { receivedVia: 'phone', amount: 31, invoiceReference: 'F-LAAT-1' }).expect(200);
    await joke.api.post(`${API}/contracts/${id}/dispute-answer/dispute_rejected`, { receivedVia: 'phone', reason: 'Januari is nog gebruikt', invoiceReference: 'F-LAAT-2' }).expect(200);
    await joke.api.post(`${API}/contracts/${id}/dispute-resolved`, { invoiceReference: 'F-LAAT-2', outcome: 'payFromEstate' }).expect(200);
    await advance(70);
    await joke.api.post(`${API}/estates/${estate.id}/close`).expect(200);
    await runDue();

    const reports = await finalReports(estate.id);
    expect(reports).toHaveLength(2);
    const second = reports[1].text;
    // The first report's opening was news then; the second says it follows it, and why the file was opened again.
    expect(first.text).toContain('Met deze brief rond ik de afwikkeling van de contracten van Wim Dijkstra');
    expect(second).not.toContain('Met deze brief rond ik de afwikkeling van de contracten van Wim Dijkstra');
    expect(second).toContain(`Op ${letterDate(first.letter.letterDate, 'nl')} stuurde ik u het eindverslag van de afwikkeling van de contracten van Wim Dijkstra`);
    expect(second).toContain(`Op ${letterDate(reopenedOn, 'nl')} heb ik het dossier weer geopend, met als reden: „Nog rekeningen van KPN”.`);
    // Each late bill and the collection letter, with how it ended as recorded.
    expect(second).toContain('Rekening F-LAAT-1 van KPN (€ 31,00): KPN heeft € 31,00 gecrediteerd.');
    expect(second).toContain('Rekening F-LAAT-2 van KPN (€ 27,50): wordt betaald uit de nalatenschap; die staat nog niet als betaald genoteerd.');
    expect(second).toContain('Incassobrief van Incasso Noord (kenmerk INC-77, € 56,00) over KPN: de incasso is gestopt.');
    expect(second).toContain('Hieronder ziet u hoe elk contract er nu voor staat.');
    // The bill still to pay is in the table too; the first report knew nothing of any of it.
    // A late bill held to and decided to be paid says what time it is for (the cell wraps after the amount) (README, familytruth).
    expect(second).toContain('Nog te betalen uit de nalatenschap Organisatie Factuur Bedrag KPN F-LAAT-2, voor tijd na € 27,50 de einddatum');
    // Its contract waits on a bill still to pay: not "Afgerond", as the portal groups it; its row says that first, then that the rest
    // is done (README, owedwords; pdf.js reads the cell's wrapped lines between those of the column beside it).
    expect(second).toContain('KPN Opzeggen: Internet Nog te betalen: zie ‘Nog te – en tv betalen uit de nalatenschap’ hieronder. Verder is het contract bij KPN afgehandeld.');
    expect(second).not.toContain('Afgerond Organisatie');
    expect(first.text).not.toMatch(/F-LAAT|heropend|weer geopend/);
  });

  it("tells the family who did what after a reopen: no owner's name on a step nobody took, no 'we wrote to the organisations' before anyone did", async () => {
    const estate = await closedEstate('Bosman');
    await joke.api.post(`${API}/estates/${estate.id}/reopen`, { reason: 'Nog een rekening van KPN' }).expect(200);
    await joke.api.post(`${API}/contracts/${estate.contract}/invoice-after-end`, lateBill).expect(200);
    await runDue();
    const afterBill = await timeline(estate.els);
    const reopened = afterBill.findIndex((e) => e.text.startsWith('Uw vaste contactpersoon heeft het dossier weer geopend'));
    expect(reopened).toBeGreaterThan(0);
    const since = afterBill.slice(0, reopened); // newest first
    expect(since).toContainEqual({ actor: 'Joke Jansen', text: 'Er kwam nog een rekening van KPN; we hebben bezwaar gemaakt.', contractId: estate.contract, at: expect.any(String) });
    // The estate followed the contract back into work: Steward's bookkeeping, told as such, not a letter Joke wrote.
    expect(since.map(({ actor, text }) => ({ actor, text }))).toContainEqual({ actor: 'Steward', text: 'Het dossier is weer in behandeling: een contract vraagt opnieuw aandacht.' });
    expect(since.map((e) => e.text).join('\n')).not.toContain('We hebben de organisaties aangeschreven');

    // A contract found after the reopen is added, not yet written to: nobody claims a letter went out.
    const other = await closedEstate('Visscher');
    await joke.api.post(`${API}/estates/${other.id}/reopen`, { reason: 'Vergeten abonnement gevonden' }).expect(200);
    await joke.api.post(`${API}/estates/${other.id}/contracts`, contractBody('Mobiel', 'KPN-V-2')).expect(201);
    await runDue();
    const items = await timeline(other.els);
    const since2 = items.slice(0, items.findIndex((e) => e.text.startsWith('Uw vaste contactpersoon heeft het dossier weer geopend')));
    expect(since2.map((e) => e.text).join('\n')).not.toContain('We hebben de organisaties aangeschreven');
    expect(since2.map(({ actor, text }) => ({ actor, text }))).toContainEqual({ actor: 'Joke Jansen', text: 'Er is nog een contract bijgekomen; het dossier blijft open tot ook dat is afgehandeld.' });
    // The contract that closed with the estate stays closed, and its card does not call the reopened file closed.
    const cards: { id: string; statusText: string }[] = (await other.els.get(`${API}/portal/contracts?limit=200`).expect(200)).body.items;
    expect(cards.find((c) => c.id === other.contract)?.statusText).toBe('Het contract bij KPN is volledig afgehandeld.');
  });
});
