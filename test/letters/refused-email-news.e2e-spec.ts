import { flat } from '../../letters/test-support';
import { longDate } from '../../workflows';
import { API, createEstate, createProvider } from '../support/fixtures';
import { familyDigests, nextFamilyDigest, SmtpSink } from '../support/smtp-sink';
import { Session, Specialist, startWithOwner, TestApp } from '../support/test-app';

/**
 * Audit 77 (MAIL-2, MAIL-1): an insurer's mail server refused our dispute (550). The family's email said twice "we bereiden een
 * brief voor … zodra alles klopt" — the letter was made and sent, nothing was left to put in order — and its later delivery
 * was no news; the owner's Today named neither the provider nor the refused address. Now the family reads once that the letter
 * could not be delivered and that their contact person sees to it, and, the day it arrives, that it did; Today's row names both.
 */
describe('an e-mail the provider refused: told truly to the family and the owner', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let anna: Specialist;

  beforeAll(async () => ({ t, owner: anna, sink } = await startWithOwner({ mailSink: true })));
  afterAll(() => t?.close());

  const lettersOf = async (estateId: string) => (await anna.get(`${API}/estates/${estateId}/letters`).expect(200)).body.items as { id: string; kind: string; letterDate: string; deliveryStatus: string }[];
  const today = async () => flat((await anna.get('/app').set('Cookie', `steward_app=${anna.token}`).expect(200)).text);
  const ownerHistory = async (estateId: string) => (await anna.get(`${API}/estates/${estateId}/timeline`).expect(200)).body.items.map((e: { summary: string }) => e.summary) as string[];
  const card = async (member: Session) => (await member.get(`${API}/portal/contracts`).expect(200)).body.items[0].statusText as string;
  const lines = (text: string) => text.split('\n').filter((line) => line.startsWith('- '));

  /** An insurer by e-mail, a relative with an address, and a contract whose cover the insurer confirmed ended on 30 November. */
  const confirmed = async (name: string, address: string) => {
    const provider = await createProvider(t.admin, { name, channel: 'email', slaBusinessDays: 10, requiredDocuments: [], contactPoint: { name: 'Nabestaanden', email: address } });
    const estate = await createEstate(anna, { surnamePrefix: undefined, surname: `Familie ${name}` });
    const email = `${name.toLowerCase().replace(/\W/g, '')}@family.example`;
    const code = (await anna.post(`${API}/estates/${estate.id}/family-members`, { name: 'Maria', email, relation: 'partner', isHeir: true, isRepresentative: true }).expect(201)).body.accessCode;
    const member = t.as((await t.anonymous.post(`${API}/portal/access`, { code }).expect(200)).body.accessToken);
    const contract = (await anna.post(`${API}/estates/${estate.id}/contracts`, { providerId: provider.id, description: 'Energie', accountNumber: `${name}-1`, action: 'cancel' }).expect(201)).body.id as string;
    await anna.post(`${API}/contracts/${contract}/request`).expect(200);
    await t.runDue();
    await anna.post(`${API}/contracts/${contract}/provider-answer/completed`, { receivedVia: 'phone', effectiveDate: '2026-11-30', reference: `${name}-R` }).expect(200);
    await t.runDue();
    // The day's news (the confirmation) goes out first: what follows is the next email's.
    expect(await nextFamilyDigest(t.admin, sink, email, 0)).toContain(name);
    return { provider, estate, member, email, contract, digests: familyDigests(sink, email).length };
  };
  /** A bill after the end date: its dispute goes by e-mail the same day. */
  const billAfterEnd = async (contract: string) => {
    await anna.post(`${API}/contracts/${contract}/invoice-after-end`, { reference: 'NB-1', invoiceDate: t.clock.today(), periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 41 }).expect(200);
    await t.runDue();
  };

  it('tells the family once that the dispute could not be delivered, then that it arrived; Today names the insurer and the refused address', async () => {
    const { provider, estate, member, email, contract, digests } = await confirmed('Refusal Energie', 'nabestaanden@refusal.example');
    sink.refused.add('nabestaanden@refusal.example');
    await billAfterEnd(contract);
    // Every attempt refused, ten minutes apart: the step is parked on Today.
    for (let i = 0; i < 8; i++) {
      t.clock.advanceDays(1 / 144);
      await t.runDue();
    }
    const [dispute] = (await lettersOf(estate.id)).filter((l) => l.kind === 'dispute');
    expect(dispute).toMatchObject({ deliveryStatus: 'failed' });

    const refused = 'Onze brief aan Refusal Energie kon nog niet per e-mail worden bezorgd; uw vaste contactpersoon zorgt ervoor dat hij alsnog aankomt.';
    expect(await card(member)).toBe(refused);
    const owner = await today();
    expect(owner).toContain('Automatische stap vastgelopen: een brief per e-mail bezorgen aan Refusal Energie (nabestaanden@refusal.example). Laatste fout: de ontvanger weigerde het bericht (foutcode 550).');

    const told = lines(await nextFamilyDigest(t.admin, sink, email, digests));
    expect(told).toEqual([`- Refusal Energie: Er kwam een rekening van Refusal Energie; we maken er bezwaar tegen. ${refused}`]);
    expect(told.join('\n')).not.toContain('zodra alles klopt');

    // The administrator corrects the address: the letter is made anew for it and arrives; the next email says so.
    await t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: { name: 'Nabestaanden', email: 'post@refusal.example' }, language: 'nl' }).expect(200);
    await t.runDue();
    await t.runDue();
    expect((await lettersOf(estate.id)).filter((l) => l.kind === 'dispute').map((l) => l.deliveryStatus)).toEqual(['delivered', 'failed']);
    expect(await card(member)).not.toContain('kon nog niet per e-mail worden bezorgd');
    const later = lines(await nextFamilyDigest(t.admin, sink, email, digests + 1));
    expect(later).toContainEqual(expect.stringMatching(/^- Onze brief aan Refusal Energie \(„Bezwaar .*”\) kon eerst niet per e-mail worden bezorgd; nu is hij bezorgd\.$/));
    // Her timeline says of the dispute's step that it was sent and arrived later, not that it waited until everything was in order.
    const timeline = ((await member.get(`${API}/portal/timeline`).expect(200)).body.items as { text: string }[]).map((e) => e.text);
    expect(timeline).toContainEqual(expect.stringContaining('We hebben een brief aan Refusal Energie per e-mail verstuurd; die kon eerst niet worden bezorgd en is later aangekomen.'));
    expect(timeline.join('\n')).not.toContain('toen alles klopte');
    // The owner's history: the refused version was not sent, the one for the corrected address was.
    const history = await ownerHistory(estate.id);
    expect(history.filter((line) => line.startsWith('Brief „Bezwaar tegen factuur na einddatum” aan Refusal Energie'))).toEqual([
      'Brief „Bezwaar tegen factuur na einddatum” aan Refusal Energie verstuurd (e-mail).',
      'Brief „Bezwaar tegen factuur na einddatum” aan Refusal Energie gemaakt, maar niet per e-mail verstuurd: het e-mailadres van Refusal Energie is gecorrigeerd in het adressenbestand voordat hij wegging. Er is een nieuwe brief voor gemaakt.',
    ]);
  }, 240_000);

  it('corrected while the refused dispute is still retried: its refused versions are not called sent, on any page of the history', async () => {
    const { provider, estate, contract } = await confirmed('Harbour Retry', 'claims@harbour-retry.example');
    sink.refused.add('claims@harbour-retry.example');
    await billAfterEnd(contract);
    // Refused each day, and made anew each next day (its date no longer true): three versions, none parked.
    await t.runDue(1);
    await t.runDue(1);
    const refused = (await lettersOf(estate.id)).filter((l) => l.kind === 'dispute');
    expect(refused.map((l) => l.deliveryStatus)).toEqual(['failed', 'failed', 'failed']);
    expect((await anna.get(`${API}/queue`).expect(200)).body.parkedSteps).toEqual([]);

    await t.admin.patch(`${API}/providers/${provider.id}`, { contactPoint: { name: 'Claims', email: 'claims@hbins.example' } }).expect(200);
    await t.runDue();
    await t.runDue();
    const disputes = (await lettersOf(estate.id)).filter((l) => l.kind === 'dispute');
    expect(disputes.map((l) => l.deliveryStatus)).toEqual(['delivered', 'failed', 'failed', 'failed']);
    // The newest page of the history, as the estate page shows it: only letter entries, the dispute's step further back. It read the
    // refused versions as "verstuurd (e-mail)" (whether a letter arrived was read only beside a step that wrote one).
    // The refused versions by the dates they bear, oldest first, and the line that tells one replaced by the next.
    const [first, second, third] = refused.map((l) => l.letterDate).sort();
    const replacedLine = (date: string, by: string) =>
      `Brief „Bezwaar tegen factuur na einddatum” van ${longDate(date, 'nl')} aan Harbour Retry is per e-mail niet bezorgd en vervangen door de brief van ${longDate(by, 'nl')}.`;
    const newest = (await anna.get(`${API}/estates/${estate.id}/timeline?limit=4`).expect(200)).body.items.map((e: { summary: string }) => e.summary) as string[];
    expect(newest).toEqual([
      'Brief „Bezwaar tegen factuur na einddatum” aan Harbour Retry verstuurd (e-mail).',
      expect.stringContaining('het e-mailadres van Harbour Retry is gecorrigeerd in het adressenbestand'),
      // audit80 SMTP-1: a refused version made anew says so in a line of its own, by the date of the letter that replaced it.
      replacedLine(second, third),
      'Brief „Bezwaar tegen factuur na einddatum” aan Harbour Retry gemaakt, maar niet per e-mail verstuurd: het e-mailadres van Harbour Retry is gecorrigeerd in het adressenbestand voordat hij wegging. Er is een nieuwe brief voor gemaakt.',
    ]);
    // The whole history alike: one version went, the three refused did not; the two refused ones made anew each day are told
    // replaced, the third (set apart for the corrected address) by its own line alone.
    const whole = await ownerHistory(estate.id);
    expect(whole.filter((line) => line.includes('Bezwaar tegen factuur na einddatum') && line.includes('verstuurd (e-mail)'))).toHaveLength(1);
    expect(whole.filter((line) => line.includes('vervangen door de brief van')).sort()).toEqual([replacedLine(first, second), replacedLine(second, third)].sort());
  }, 240_000);
});
