import { providerWords } from '.';
import type { FieldError } from '../common/problem';
import { billerNamed } from '../contracts/bill.rules';
import { webhooksPage } from '../provider-desk/desk-pages';
import { COMMITTEE_DECISION_CORRECTED } from '../timeline/decision-corrections';
import { ownerTimelineText } from '../timeline/owner-timeline';
import { errorText } from '../web/fields';
import type { CommitteeDecision } from '../../workflows/committee';

/**
 * notawords3 (notawords2's Not done): an insurer's desk reads its „nota" (en „bill") in every refusal about its bills, and its webhooks page
 * names a disputed request by whose bill it is; a Kifid decision corrected before the correction's entry kept whose bill it was reads „nota"
 * in the owner's history too, from the contract itself. Anyone else's reads as before.
 */
describe("notawords3: an insurer's desk refusals, its webhooks page and an older corrected decision name its „nota\"", () => {
  const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
  const said = (lang: 'nl' | 'en', error: FieldError, biller: 'insurer' | undefined, bookedBack = false) => nbsp(errorText(providerWords(lang).errors, billerNamed([error], biller, bookedBack)[0], lang));
  const open: FieldError = { field: 'invoiceReference', message: 'which', rule: 'openBill', limit: 'P-1, P-2' };
  const above: FieldError = { field: 'amount', message: 'above', rule: 'aboveBill', limit: '12.00' };
  const rejected: FieldError = { field: 'invoiceReference', message: 'rejected', rule: 'rejectedAlready', limit: 'P-1' };
  const credited: FieldError = { field: 'effectiveDate', message: 'credited', rule: 'creditTakenBack', limit: 'P-1' };

  it("words an insurer's refused answer about its bills by its nota, in Dutch and English; an invoice's as before", () => {
    expect(said('nl', open, 'insurer')).toBe('Nota: kies een van de betwiste nota’s (P-1, P-2).');
    expect(said('nl', { ...open, limit: '' }, 'insurer')).toBe('Nota: er is geen betwiste nota open.');
    expect(said('nl', above, 'insurer')).toBe('Bedrag: de creditnota is hoger dan wat er van de nota openstaat (€ 12,00).');
    expect(said('nl', rejected, 'insurer')).toBe('Nota: U heeft het bezwaar tegen nota P-1 al afgewezen (zie Verloop); dat antwoord staat en hoeft niet opnieuw.');
    expect(said('nl', credited, 'insurer')).toMatch(/^Einddatum of datum overzetting: U heeft nota P-1 al gecrediteerd, voor minstens wat er met deze einddatum nog betwist zou zijn/);
    expect(said('en', open, 'insurer')).toBe('Bill: choose one of the disputed bills (P-1, P-2).');
    expect(said('en', above, 'insurer')).toBe('Amount: the credit note is more than what is left of the bill (€12.00).');
    expect(said('en', rejected, 'insurer')).toMatch(/^Bill: You already rejected the dispute about bill P-1 /);
    expect(said('en', credited, 'insurer')).toMatch(/^End date or transfer date: You already credited bill P-1, /);
    for (const error of [open, above, rejected, credited]) expect(said('nl', error, 'insurer')).not.toMatch(/factuur|facturen/i);
    // An invoice's refusals read as before.
    expect(said('nl', open, undefined)).toBe('Factuur: kies een van de betwiste facturen (P-1, P-2).');
    expect(said('nl', above, undefined)).toBe('Bedrag: de creditnota is hoger dan wat er van de factuur openstaat (€ 12,00).');
    expect(said('nl', credited, undefined)).toMatch(/^Einddatum of datum overzetting: U heeft factuur P-1 al gecrediteerd/);
  });

  it('tells an insurer that no nota of its is disputed to withdraw, and what a corrected date would take back of its nota', () => {
    const [nl, en] = [providerWords('nl'), providerWords('en')];
    expect(nl.nota.request.nothingToWithdraw).toBe('Er is geen betwiste nota die u kunt intrekken: Steward vroeg alleen de incasso op te schorten. Is de incasso gestopt, meld dat dan met „Incasso gestopt”. Er is niets gewijzigd.');
    expect(en.nota.request.nothingToWithdraw).toMatch(/^No disputed bill is open for you to withdraw: /);
    expect(nl.nota.request.creditTakenBack('P-1')).toMatch(/^U heeft nota P-1 al gecrediteerd, /);
    expect(en.nota.request.creditTakenBack('P-1')).toMatch(/^You already credited bill P-1, /);
    expect(nl.request.nothingToWithdraw).toMatch(/^Er is geen betwiste factuur die u kunt intrekken/);
  });

  it("names a disputed request on the webhooks page by whose bill it is; the event's type stays as sent", () => {
    const delivery = { id: 'd1', eventId: 'e1', eventType: 'request.disputed', requestId: 'r1', url: 'https://hooks.example/in', createdAt: new Date('2026-11-20T10:00:00Z'), status: 'delivered', attempts: 1, lastError: null };
    const page = (lang: 'nl' | 'en', biller: 'bank' | 'insurer' | 'fund' | undefined) =>
      webhooksPage(lang, 'Interpolis', [], { items: [delivery], nextCursor: null } as unknown as Parameters<typeof webhooksPage>[3], new Map([['r1', 'NL-1']]), {}, false, biller);
    expect(page('nl', 'insurer')).toContain('Bezwaar tegen nota<br>');
    expect(page('nl', 'insurer')).not.toContain('Bezwaar tegen factuur');
    expect(page('en', 'insurer')).toContain('Bill disputed<br>');
    expect(page('nl', 'bank')).toContain('Bezwaar tegen kosten<br>');
    expect(page('nl', 'fund')).toContain('Bezwaar tegen terugvordering<br>');
    expect(page('nl', undefined)).toContain('Bezwaar tegen factuur<br>');
    expect(page('en', undefined)).toContain('Invoice disputed<br>');
  });

  it("reads an insurer's nota in the owner's history of a decision corrected before its entry kept whose bill it was", () => {
    const kifid = { nl: 'het Klachteninstituut Financiële Dienstverlening (Kifid)', en: 'the Klachteninstituut Financiële Dienstverlening (Kifid)' };
    const from: CommitteeDecision = { body: kifid, filedOn: '2026-11-23', caseNumber: 'K-1', decision: 'billUpheld', decidedOn: '2026-11-23', amount: null };
    const details = { decisionId: 'x', providerName: 'Interpolis', description: 'Uitvaartpolis', reference: 'P-9', left: 30, from, to: { ...from, decision: 'billDropped' } };
    const entry = { event: COMMITTEE_DECISION_CORRECTED, actorName: 'Anna', contractId: 'c1', fromState: null, toState: null, summary: 'stored', details };
    const insurer = nbsp(ownerTimelineText(entry, 'nl', undefined, new Map([['c1', { insurance: 'life' as const }]])));
    expect(insurer).toMatch(/^Interpolis, Uitvaartpolis: Uitspraak van het Klachteninstituut Financiële Dienstverlening \(Kifid\) over nota P-9 gecorrigeerd\. .*nota P-9 van Interpolis/);
    expect(insurer).not.toMatch(/factuur/);
    // Anyone else's reads „factuur", as does one whose entry kept its biller.
    expect(ownerTimelineText(entry, 'nl', undefined, new Map([['c1', {}]]))).toContain('over factuur P-9 gecorrigeerd');
    expect(ownerTimelineText({ ...entry, details: { ...details, biller: 'insurer' } }, 'nl', undefined, new Map([['c1', {}]]))).toContain('over nota P-9 gecorrigeerd');
  });
});
