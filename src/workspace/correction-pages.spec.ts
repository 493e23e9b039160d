import { contractCorrectionSection } from './correction-pages';
import type { ContractOverview } from './estate-overview.service';

/** The contract page's correction form, above it what a correction will do to the letters waiting for the post (README, digestrest). */
describe('the correction form, beside letters waiting for the post', () => {
  /** The parts of a contract page the correction section reads: KPN's cancellation, `remakes` its letters waiting unprinted. */
  const overview = (state: string, remakes: string[], out: boolean, remakesBy: 'post' | 'email' = 'post') =>
    ({
      contract: { id: 'c-1', state, action: 'cancel', provider: { id: 'p-1', name: 'KPN' }, description: 'Internet', accountNumber: 'K-1', requestedEndDate: null, transferToFamilyMemberId: null },
      correcting: { remakes, remakesBy, out, givesWay: 0 },
      complaintWithdrawal: null,
      providers: [{ id: 'p-1', name: 'KPN' }],
      familyMembers: [],
    }) as unknown as ContractOverview;
  const notice = (o: ContractOverview, lang: 'nl' | 'en') => /<p class="notice">([^<]*)<\/p>/.exec(String(contractCorrectionSection(lang, o)))?.[1].replace(/&#39;|&rsquo;/g, "'");

  it('names two letters waiting as letters, in Dutch and English', () => {
    const waiting = overview('reminded', ['cancellation', 'reminder'], false);
    expect(notice(waiting, 'nl')).toMatch(/^De brieven aan KPN \(opzegging en herinnering\) wachten nog op de post en zijn niet geprint: met een gecorrigeerde omschrijving, rekeningnummer of einddatum worden die brieven opnieuw gemaakt en gaan de eerdere versies niet weg;/);
    expect(notice(waiting, 'en')).toMatch(/^The letters to KPN \(cancellation and reminder\) are still waiting for the post and have not been printed: with a corrected description, account number or end date those letters are made again and the earlier versions do not go out;/);
  });

  it('names one letter waiting as one letter', () => {
    expect(notice(overview('requested', ['cancellation'], false), 'nl')).toMatch(/^De brief aan KPN \(opzegging\) wacht nog op de post en is niet geprint:/);
  });

  it('names two letters waiting beside a request that went out as letters', () => {
    const beside = overview('reminded', ['reminder', 'reminder'], true);
    expect(notice(beside, 'nl')).toContain('Nog op de post wachten, niet geprint: de brieven aan KPN (herinnering); die worden opnieuw gemaakt met de gecorrigeerde gegevens en de eerdere versies gaan niet weg.');
    expect(notice(beside, 'en')).toContain('Still waiting for the post, not printed: the letters to KPN (reminder); they are made again with the corrected details and the earlier versions do not go out.');
  });

  /** README queryplans: a request by e-mail whose sending has not started is made again too; it never waited for the post. */
  it('says a letter by e-mail has not been sent yet, not that it waits for the post', () => {
    const byEmail = overview('requested', ['cancellation'], false, 'email');
    expect(notice(byEmail, 'nl')).toMatch(/^De brief aan KPN \(opzegging\) is nog niet per e-mail verstuurd: met een gecorrigeerde omschrijving, rekeningnummer of einddatum wordt die brief opnieuw gemaakt en gaat de eerdere versie niet weg;/);
    expect(notice(byEmail, 'en')).toMatch(/^The letter to KPN \(cancellation\) has not been sent by email yet: with a corrected description, account number or end date that letter is made again/);
    expect(notice(overview('reminded', ['reminder'], true, 'email'), 'nl')).toContain('Nog niet per e-mail verstuurd: de brief aan KPN (herinnering); die wordt opnieuw gemaakt met de gecorrigeerde gegevens en de eerdere versie gaat niet weg.');
  });
});
