import { answersTheRequest, estateHeadline, requestNeverWent, requestsNotOut, type RequestOnEstate } from './request-letter.rules';

const contract = (state: string, standing: RequestOnEstate['requestLetter'] = null, name = 'KPN'): RequestOnEstate => ({ state, provider: { name }, requestLetter: standing });

describe('reqheld: a request whose letter has not gone out', () => {
  it('takes no answer to the request itself while it is requested', () => {
    for (const event of ['ACKNOWLEDGE', 'COMPLETE', 'REQUEST_INFORMATION', 'REJECT']) expect(answersTheRequest(event, 'requested')).toBe(true);
    // A reminder's letter chases a request the provider has; a withdrawal or a bill is no answer to the request.
    expect(answersTheRequest('COMPLETE', 'reminded')).toBe(false);
    expect(answersTheRequest('WITHDRAW', 'requested')).toBe(false);
    expect(answersTheRequest('INVOICE_AFTER_END', 'requested')).toBe(false);
    // Only a letter the letter check holds surely never went; one for the post or on its way may be answered by phone first.
    expect(requestNeverWent('heldBack')).toBe(true);
    for (const standing of ['awaitingPost', 'beingMade', 'beingSent', 'undelivered', null] as const) expect(requestNeverWent(standing)).toBe(false);
  });

  it('says in the headline whether requests went, and names those held', () => {
    expect(estateHeadline('nl', 'inProgress', [contract('requested', { standing: 'heldBack' })])).toBe('Lopend: verzoeken klaar, maar tegengehouden door de briefcontrole: de brief aan KPN is nog niet verstuurd. Waarom staat bij het contract en onder Brieven.');
    expect(estateHeadline('en', 'inProgress', [contract('requested', { standing: 'beingMade' })])).toBe('In progress: requests ready, but not sent yet.');
    expect(estateHeadline('nl', 'inProgress', [contract('requested', { standing: 'heldBack' }), contract('acknowledged', null, 'Eneco')])).toBe('Lopend: verzoeken verstuurd, contracten in behandeling. De briefcontrole houdt de brief aan KPN tegen; waarom staat bij het contract.');
    expect(estateHeadline('nl', 'inProgress', [contract('draft')])).toBe('Lopend: contracten in behandeling.');
    expect(estateHeadline('nl', 'settling', [contract('requested', { standing: 'heldBack' })])).toBe('Alle contracten afgehandeld: eindverslag en sluiting.');
  });

  it('reads no request out while every request waits for its letter, and names those held', () => {
    expect(requestsNotOut([contract('requested', { standing: 'heldBack' }), contract('draft')])).toEqual({ held: ['KPN'], sent: false, waiting: true });
    expect(requestsNotOut([contract('requested', { standing: 'awaitingPost' })])).toEqual({ held: [], sent: false, waiting: true });
    // One went: requests are out, the held one is still named.
    expect(requestsNotOut([contract('requested', { standing: 'heldBack' }), contract('requested', null, 'Eneco')])).toEqual({ held: ['KPN'], sent: true, waiting: true });
    expect(requestsNotOut([contract('confirmed'), contract('withdrawn')])).toEqual({ held: [], sent: true, waiting: false });
    expect(requestsNotOut([contract('withdrawn'), contract('draft')])).toEqual({ held: [], sent: false, waiting: false });
    
  });
});
