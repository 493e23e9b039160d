import { providerWords } from '.';
import type { CommitteeDecision } from '../../workflows/committee';
import { DECISION_CORRECTED } from '../../workflows/committee-wording';
import { providerAnswerText, providerConflictText } from '../../workflows/status-text-provider';

/**
 * notawords2 (notawords' and deskevents' Not done): an insurer's bill is its nota, never „factuur", in its desk's answer forms, its refusals,
 * its lines about a dropped claim and in the owner's history of a corrected decision; anyone else's reads as before.
 */
describe("notawords2: an insurer's desk forms and the owner's history name its „nota\"", () => {
  const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

  it("labels the desk's answer forms, its second rejection and its undo form by the insurer's nota (nl, en)", () => {
    const [nl, en] = [providerWords('nl'), providerWords('en')];
    expect({ ...nl.fields, ...nl.nota.fields }.invoiceReference).toBe('Over welke nota');
    expect({ ...nl.answers, ...nl.nota.answers }.withdrawn).toBe('Nota ingetrokken');
    expect({ ...en.fields, ...en.nota.fields }.invoiceReference).toBe('Which bill');
    expect({ ...en.answers, ...en.nota.answers }.withdrawn).toBe('Bill withdrawn');
    expect(nl.nota.request.rejectedAlready('P-2')).toBe('U heeft het bezwaar tegen nota P-2 al afgewezen (zie Verloop); dat antwoord staat en hoeft niet opnieuw.');
    expect(en.nota.request.rejectedAlready('P-2')).toBe('You already rejected the dispute about bill P-2 (see Exchange); that answer stands and need not be given again.');
    expect(nl.nota.request.dropUndoneText('P-2')).toMatch(/^U meldde dat nota P-2 is ingetrokken\. .* ons bezwaar tegen de nota loopt dan weer zoals daarvoor/);
    expect(en.nota.request.dropUndoneText('')).toMatch(/^You reported that the bill is withdrawn\. .* our objection to the bill then stands again/);
    // An invoice's forms read as before.
    expect(nl.fields.invoiceReference).toBe('Over welke factuur');
    expect(nl.request.dropUndoneText('F-1')).toMatch(/^U meldde dat factuur F-1 is ingetrokken/);
  });

  it("names an insurer's dropped bills its nota's on its desk, and why its confirmation waits on the dispute", () => {
    const dropped = { answeredBy: 'provider', collection: 'stopped', claimDropped: { finalBill: null, bills: [{ reference: 'P-2', amount: 14.5 }] } };
    expect(nbsp(providerAnswerText('COLLECTION_STOPPED', dropped, 'nl', undefined, [], 'life'))).toBe('U liet de hele vordering vallen: nota P-2 (€ 14,50) ingetrokken; de incasso is gestopt');
    expect(nbsp(providerAnswerText('COLLECTION_STOPPED', dropped, 'en', undefined, [], 'life'))).toBe('You dropped the whole claim: bill P-2 (€14.50) withdrawn; the debt collection was stopped');
    expect(nbsp(providerAnswerText('COLLECTION_STOPPED', dropped, 'nl'))).toBe('U liet de hele vordering vallen: factuur P-2 (€ 14,50) ingetrokken; de incasso is gestopt');
    expect(providerConflictText('COMPLETION_CORRECTED', 'provider', 'disputed', 'nl', undefined, false, 'insurer')).toMatch(/^Zolang wij bezwaar maken tegen een nota, /);
    expect(providerConflictText('COMPLETION_CORRECTED', 'steward', 'disputeRejected', 'nl', undefined, false, 'insurer')).toMatch(/nu beslist de contactpersoon over de nota\./);
    expect(providerConflictText('COMPLETION_CORRECTED', 'provider', 'disputed', 'nl')).toMatch(/^Zolang wij bezwaar maken tegen een factuur, /);
  });

  it("the owner's history names an insurer's bill its nota when the complaints body's decision on it is corrected", () => {
    const kifid = { nl: 'het Klachteninstituut Financiële Dienstverlening (Kifid)', en: 'the Klachteninstituut Financiële Dienstverlening (Kifid)' };
    const from: CommitteeDecision = { body: kifid, filedOn: '2026-11-23', caseNumber: 'K-1', decision: 'billUpheld', decidedOn: '2026-11-23', amount: null };
    const correction = { reference: 'P-9', left: 30, from, to: { ...from, decision: 'billDropped' as const }, biller: 'insurer' as const };
    const nl = nbsp(DECISION_CORRECTED.owner.nl(correction, 'Interpolis'));
    expect(nl).toMatch(/^Uitspraak van het Klachteninstituut Financiële Dienstverlening \(Kifid\) over nota P-9 gecorrigeerd\. U legde eerder vast: .*nota P-9 van Interpolis/);
    expect(nl).not.toMatch(/factuur/);
    // A correction recorded before it knew whose bill (no `biller`) reads as it did.
    expect(DECISION_CORRECTED.owner.nl({ ...correction, biller: undefined }, 'Interpolis')).toContain('over factuur P-9 gecorrigeerd');
  });
});
