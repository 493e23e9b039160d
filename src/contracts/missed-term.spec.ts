import { type ContractContext, missedQuestion } from '../../workflows';
import { providerWords } from '../words';
import { callAfter, type RecordedCall } from './calls';
import { missedTermText } from './contract-views.service';
import { termsInRow, unansweredTerms } from './contract-workflow.service';

/** What each reader is told of a term the contract's state let pass: true to what the machine did about it, and naming the answer it left open. */
describe('missedTermText', () => {
  const missed = { dueDate: '2027-02-12', withLetter: false, since: '2027-02-12', count: 1, unansweredSince: '2027-02-12' };
  const bill = (reference: string) => ({ reference, invoiceDate: '2027-01-02', amount: 30, periodFrom: '2027-01-01', periodTo: '2027-01-31', disputed: { from: '2027-01-01', to: '2027-01-31', amount: 30 } });
  const cancel = { action: 'cancel', openDisputes: [bill('F-1')] } as unknown as ContractContext;
  const transfer = { action: 'transfer' } as unknown as ContractContext;
  const family = (state: Parameters<typeof missedTermText>[1], context = cancel, lang: 'nl' | 'en' = 'nl') => missedTermText(missed, state, context, {}, 'KPN', '2027-02-26', 'family', lang).status;

  it('tells the family the provider missed its term and, when only the owner was alerted, that the owner calls', () => {
    expect(missedTermText(missed, 'escalated', cancel, {}, 'KPN', '2027-02-26', 'family', 'nl')).toEqual({
      status: 'KPN heeft niet binnen de termijn (tot en met 12 februari 2027) bevestigd dat het contract wordt beëindigd.',
      next: 'Uw vaste contactpersoon neemt persoonlijk contact op met KPN.',
    });
  });

  // audit88 F9: on and after the chase day the card still names the agency the owner calls with the provider, as it did the day before.
  it('tells the family the owner calls the collection agency too when the collection stop went unconfirmed', () => {
    const next = (lang: 'nl' | 'en') => missedTermText(missed, 'collectionStopRequested', cancel, {}, 'Telfort', null, 'family', lang).next;
    expect(next('nl')).toBe('Uw vaste contactpersoon neemt persoonlijk contact op met Telfort en het incassobureau.');
    expect(next('en')).toBe('Your contact person will contact Telfort and the collection agency personally.');
  });

  it('tells the family we wrote again only when the step wrote, and keeps the state’s own next step', () => {
    expect(missedTermText({ ...missed, withLetter: true }, 'disputed', cancel, {}, 'KPN', '2027-02-26', 'family', 'nl')).toEqual({
      status: 'KPN heeft niet binnen de termijn (tot en met 12 februari 2027) gereageerd op ons bezwaar tegen rekening F-1. We hebben KPN opnieuw geschreven.',
      next: null,
    });
    expect(missedTermText({ ...missed, withLetter: true }, 'disputed', cancel, {}, 'KPN', '2027-02-26', 'family', 'en').status).toBe(
      'KPN did not answer our objection to bill F-1 within the term (until 12 February 2027). We have written to KPN again.',
    );
  });

  it('names the question each state left unanswered, for the family (audit: never "did not answer" beside an answer given)', () => {
    expect(family('collectionStopRequested')).toBe('KPN heeft niet binnen de termijn (tot en met 12 februari 2027) bevestigd dat de incasso is gestopt.');
    expect(family('collectionStopRequested', cancel, 'en')).toBe('KPN did not confirm within the term (until 12 February 2027) that the collection has stopped.');
    expect(family('escalated', transfer)).toBe('KPN heeft niet binnen de termijn (tot en met 12 februari 2027) bevestigd dat het contract op de nieuwe naam wordt gezet.');
    expect(family('escalated', transfer, 'en')).toBe('KPN did not confirm within the term (until 12 February 2027) that the contract is transferred.');
    const two = { action: 'cancel', openDisputes: [bill('F-1'), bill('F-2')] } as unknown as ContractContext;
    expect(family('disputeEscalated', two)).toBe('KPN heeft niet binnen de termijn (tot en met 12 februari 2027) gereageerd op onze klacht over de rekeningen F-1 en F-2.');
    expect(family('disputeEscalated', two, 'en')).toBe('KPN did not answer our complaint about the bills F-1 and F-2 within the term (until 12 February 2027).');
  });

  it('tells the owner whose term passed and which answer is missing, the provider’s without a new term (the state’s status has the one a letter gave)', () => {
    const owner = (state: Parameters<typeof missedTermText>[1], lang: 'nl' | 'en' = 'nl') => missedTermText(missed, state, cancel, {}, 'KPN', '2027-02-26', 'owner', lang).status;
    expect(owner('collectionStopRequested')).toBe('Termijn van KPN tot en met 12 februari 2027 verstreken zonder antwoord op de incassostop.');
    expect(owner('escalated')).toBe('Termijn van KPN tot en met 12 februari 2027 verstreken zonder antwoord op de klacht over de beëindiging.');
    expect(owner('disputeEscalated')).toBe('Termijn van KPN tot en met 12 februari 2027 verstreken zonder antwoord op de klacht over factuur F-1.');
    expect(owner('collectionStopRequested', 'en')).toBe("KPN's term until 12 February 2027 passed without an answer to the collection stop.");
    expect(missedTermText(missed, 'rejected', cancel, {}, 'KPN', null, 'owner', 'nl').status).toBe('Uw termijn tot en met 12 februari 2027 is verstreken.');
  });

  // bankwords: a bank was asked to block the account, an insurer by its kind; nothing was asked to end, so no reader is told of a "beëindiging".
  it('names the answer a bank or an insurer left open after the complaint as the answer to our request, never an end', () => {
    const bank = { bankAccount: true };
    expect(missedTermText(missed, 'escalated', cancel, bank, 'Zuidbank', null, 'owner', 'nl').status).toBe('Termijn van Zuidbank tot en met 12 februari 2027 verstreken zonder antwoord op de klacht over het uitblijven van een antwoord.');
    expect(missedTermText(missed, 'escalated', cancel, bank, 'Zuidbank', null, 'owner', 'en').status).toBe("Zuidbank's term until 12 February 2027 passed without an answer to the complaint about the missing answer.");
    expect(missedTermText(missed, 'escalated', cancel, { insurance: 'life' }, 'Aegon', null, 'family', 'nl').status).toBe('Aegon heeft niet binnen de termijn (tot en met 12 februari 2027) geantwoord op ons verzoek.');
    expect(missedTermText(missed, 'escalated', cancel, bank, 'Zuidbank', null, 'family', 'en').status).toBe('Zuidbank did not answer our request within the term (until 12 February 2027).');
    expect(providerWords('nl').request.missedTerm('12 februari 2027', missedQuestion('escalated', cancel, 'bank'))).toBe('De termijn tot en met 12 februari 2027 is verstreken zonder uw antwoord op ons verzoek.');
    expect(providerWords('en').request.missedTerm('12 February 2027', missedQuestion('escalated', cancel, 'life'))).toBe('The term until 12 February 2027 passed without your answer to our request.');
    expect(providerWords('nl').request.informationSuppliedNext('cancel', '5 januari 2027', 'bank')).toBe('Wacht op u: beantwoord ons verzoek, of laat weten wat er nog ontbreekt, uiterlijk 5 januari 2027.');
    expect(providerWords('en').request.informationSuppliedNext('cancel', null, 'bank')).toBe('Waiting on you: answer our request, or tell us what is still missing.');
  });

  it('counts the owner’s own terms missed one after another since the first, and says a provider late since its first missed term when no letter went since', () => {
    const thrice = { dueDate: '2027-03-12', withLetter: false, since: '2027-02-12', count: 3, unansweredSince: '2027-02-12' };
    expect(missedTermText(thrice, 'rejected', cancel, {}, 'KPN', '2027-03-26', 'owner', 'nl').status).toBe('Uw termijn is 3× verlopen sinds 12 februari 2027; nieuwe termijn tot en met 26 maart 2027.');
    expect(missedTermText(thrice, 'rejected', cancel, {}, 'KPN', '2027-03-26', 'owner', 'en').status).toBe('Your term has passed 3 times since 12 February 2027; new term until 26 March 2027.');
    expect(missedTermText(thrice, 'escalated', cancel, {}, 'KPN', null, 'owner', 'nl').status).toBe('Termijn van KPN tot en met 12 februari 2027 verstreken zonder antwoord op de klacht over de beëindiging.');
    expect(missedTermText(thrice, 'escalated', cancel, {}, 'KPN', null, 'family', 'nl').status).toContain('(tot en met 12 februari 2027)');
    // A letter gave the provider a new term each time: the one it let pass last is said.
    expect(missedTermText({ ...thrice, withLetter: true }, 'disputed', cancel, {}, 'KPN', '2027-03-26', 'owner', 'nl').status).toContain('tot en met 12 maart 2027');
  });

  it('tells the family of our own missed term the date it was planned for and, in the next step’s place, the new one: each once (audit)', () => {
    expect(missedTermText(missed, 'disputeRejected', cancel, {}, 'KPN', '2027-02-26', 'family', 'nl')).toEqual({
      status: 'Dit duurt langer dan gepland: het stond voor uiterlijk 12 februari 2027. Uw vaste contactpersoon heeft er een herinnering over gekregen.',
      next: 'Het staat nu voor uiterlijk 26 februari 2027.',
    });
    expect(missedTermText(missed, 'informationRequested', cancel, {}, 'KPN', '2027-02-26', 'family', 'en').next).toBe('It is now due by 26 February 2027.');
    expect(missedTermText(missed, 'rejected', cancel, {}, 'KPN', null, 'family', 'nl').next).toBeNull();
  });

  it('says the call the owner made after the provider’s term, never the call as still to come: the family its outcome only when shared', () => {
    const call: RecordedCall = { calledOn: '2027-02-15', party: 'provider', organisation: 'KPN', person: 'Sanne', outcome: 'Bevestiging volgt.', shared: false, description: 'Internet' };
    const answered = { ...missed, count: 0 };
    expect(missedTermText(answered, 'escalated', cancel, {}, 'KPN', null, 'family', 'nl', call)).toEqual({
      status: 'KPN heeft niet binnen de termijn (tot en met 12 februari 2027) bevestigd dat het contract wordt beëindigd. Uw vaste contactpersoon heeft op 15 februari 2027 met KPN gebeld.',
      next: 'We wachten op het antwoord van KPN; uw vaste contactpersoon volgt dat op.',
    });
    expect(missedTermText(answered, 'escalated', cancel, {}, 'KPN', null, 'family', 'en', { ...call, shared: true }).status).toBe(
      'KPN did not confirm within the term (until 12 February 2027) that the contract ends. Your contact person called KPN on 15 February 2027. Bevestiging volgt.',
    );
    // The owner: what the call recorded, and the day her alert comes back (or plainly that none will), never both.
    expect(missedTermText(answered, 'escalated', cancel, {}, 'KPN', null, 'owner', 'nl', call, '2027-03-01')).toEqual({
      status: 'Termijn van KPN tot en met 12 februari 2027 verstreken zonder antwoord op de klacht over de beëindiging. Gebeld op 15 februari 2027 met KPN (Sanne): Bevestiging volgt.',
      next: 'Antwoord van KPN afwachten. Blijft het uit tot en met 1 maart 2027, dan staat het weer op Vandaag om KPN opnieuw te bellen.',
    });
    expect(missedTermText(answered, 'escalated', cancel, {}, 'KPN', null, 'owner', 'en', { ...call, outcome: 'Confirmation follows' }, '2027-03-01')).toEqual({
      status: "KPN's term until 12 February 2027 passed without an answer to the complaint about the cancellation. Called KPN (Sanne) on 15 February 2027: Confirmation follows.",
      next: "Await KPN's answer. If none comes by 1 March 2027, it is back on Today to call KPN again.",
    });
    expect(missedTermText(answered, 'escalated', cancel, {}, 'KPN', null, 'owner', 'nl', call, null).next).toBe('Antwoord van KPN afwachten. Er loopt geen termijn meer: blijft het antwoord uit, bel KPN dan opnieuw.');
  });

  it('once the next term passed after the call too: the call stays said to the owner, the answer no longer awaited; the family reads the call to come', () => {
    const call: RecordedCall = { calledOn: '2027-02-15', party: 'provider', organisation: 'KPN', person: null, outcome: 'Bevestiging volgt', shared: true, description: 'Internet' };
    const passedAgain = { dueDate: '2027-03-01', withLetter: false, since: '2027-02-12', count: 1, unansweredSince: '2027-02-12' };
    expect(missedTermText(passedAgain, 'escalated', cancel, {}, 'KPN', null, 'owner', 'nl', call, '2027-03-15')).toEqual({
      status: 'Termijn van KPN tot en met 12 februari 2027 verstreken zonder antwoord op de klacht over de beëindiging. Gebeld op 15 februari 2027 met KPN: Bevestiging volgt.',
      next: null,
    });
    expect(missedTermText(passedAgain, 'escalated', cancel, {}, 'KPN', null, 'family', 'nl', call).next).toBe(missedTermText(passedAgain, 'escalated', cancel, {}, 'KPN', null, 'family', 'nl').next);
  });
});

describe('callAfter', () => {
  const call = (calledOn: string, outcome: string): RecordedCall => ({ calledOn, party: 'provider', organisation: 'KPN', person: null, outcome, shared: false, description: 'Internet' });

  it('takes the latest call made after the missed term, of one day the last written; none made on or before it', () => {
    expect(callAfter([call('2027-02-12', 'same day'), call('2027-02-01', 'before')], '2027-02-12')).toBeNull();
    expect(callAfter([call('2027-02-16', 'later'), call('2027-02-15', 'written after, made before'), call('2027-02-10', 'backdated')], '2027-02-12')!.outcome).toBe('later');
    expect(callAfter([call('2027-02-15', 'first'), call('2027-02-15', 'second')], '2027-02-12')!.outcome).toBe('second');
  });
});

describe('unansweredTerms', () => {
  const call = (calledOn: string): RecordedCall => ({ calledOn, party: 'provider', organisation: 'KPN', person: null, outcome: 'Gebeld', shared: false, description: 'Internet' });
  // Three terms passed in a row: 12 February, 20 February, 1 March.
  const escalated = { state: 'escalated' as const, missedTerm: { dueDate: '2027-03-01', withLetter: false, since: '2027-02-12', count: 3, unansweredSince: '2027-02-12' } };
  const terms = termsInRow(escalated.missedTerm, ['2027-01-10', '2027-02-12', '2027-02-20', '2027-03-01']);

  it('takes the terms of the row by their days: the first and latest as kept, those between from the timeline, none of an earlier row', () => {
    expect(terms).toEqual(['2027-02-12', '2027-02-20', '2027-03-01']);
    // Days written before they were kept: the first and the latest are known all the same.
    expect(termsInRow(escalated.missedTerm, [])).toEqual(['2027-02-12', '2027-03-01']);
  });

  it('counts each term no call made after its last day answers, an older one answered by a call recorded later', () => {
    expect(unansweredTerms(escalated, terms, [])).toBe(3);
    expect(unansweredTerms(escalated, terms, [call('2027-03-02')])).toBe(0);
    // Between the first and second term: the first is answered, the two after it are not.
    expect(unansweredTerms(escalated, terms, [call('2027-02-13')])).toBe(2);
    // On a term's last day, or before the row: not an answer to it.
    expect(unansweredTerms(escalated, terms, [call('2027-02-20'), call('2027-02-01')])).toBe(2);
    expect(unansweredTerms(escalated, terms, [call('2027-02-21'), call('2027-02-13')])).toBe(1);
  });

  it('weighs no call when the move is not the owner’s: a letter went again, or the term is her own', () => {
    expect(unansweredTerms({ ...escalated, missedTerm: { ...escalated.missedTerm, withLetter: true } }, terms, [call('2027-03-02')])).toBeNull();
    expect(unansweredTerms({ ...escalated, state: 'ready' as const }, terms, [call('2027-03-02')])).toBeNull();
  });
});
