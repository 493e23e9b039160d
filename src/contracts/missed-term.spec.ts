import { missedTermText } from './contract-views.service';

/** What each reader is told of a term the contract's state let pass: true to what the machine did about it. */
describe('missedTermText', () => {
  const missed = { dueDate: '2027-02-12', withLetter: false };

  it('tells the family the provider missed its term and, when only the owner was alerted, that the owner calls', () => {
    expect(missedTermText(missed, 'escalated', 'KPN', '2027-02-26', 'family', 'nl')).toEqual({
      status: 'KPN heeft niet binnen de termijn (tot en met 12 februari 2027) geantwoord.',
      next: 'Uw vaste contactpersoon neemt persoonlijk contact op met KPN.',
    });
  });

  it('tells the family we wrote again only when the step wrote, and keeps the state’s own next step', () => {
    expect(missedTermText({ ...missed, withLetter: true }, 'disputed', 'KPN', '2027-02-26', 'family', 'nl')).toEqual({
      status: 'KPN heeft niet binnen de termijn (tot en met 12 februari 2027) geantwoord. We hebben KPN opnieuw geschreven.',
      next: null,
    });
    expect(missedTermText({ ...missed, withLetter: true }, 'disputed', 'KPN', '2027-02-26', 'family', 'en').status).toBe(
      'KPN did not answer within the term (until 12 February 2027). We have written to KPN again.',
    );
  });

  it('tells the owner whose term passed, and the new one', () => {
    expect(missedTermText(missed, 'collectionStopRequested', 'KPN', '2027-02-26', 'owner', 'nl').status).toBe(
      'Termijn van KPN tot en met 12 februari 2027 verstreken zonder antwoord; nieuwe termijn tot en met 26 februari 2027.',
    );
    expect(missedTermText(missed, 'rejected', 'KPN', null, 'owner', 'nl').status).toBe('Uw termijn tot en met 12 februari 2027 is verstreken.');
  });
});
