import type { ContractContext } from './contract.machine';
import { contractChangeText, contractStatusText } from './status-text';
import { ownerChangeText, ownerStatusText } from './status-text-owner';
import { providerAnswerText, providerStatusText } from './status-text-provider';
import { contractStep } from './wording';

/**
 * insurerwords (kifidrest's, kifidowner's and dropsrest's Not done): an insurer's bill is its nota, never „factuur", in its dispute's
 * and the complaints body's words; where Kifid hears the case every reader reads Kifid, never „de commissie"; (the desk's undo form of a bank's
 * drop: `src/words/drop-undone-words.spec.ts`). Energy reads byte for byte as before.
 */
describe('insurerwords: an insurer’s and a bank’s money and Kifid, named rightly', () => {
  const kifid = { body: { nl: 'het Klachteninstituut Financiële Dienstverlening (Kifid)', en: 'the Klachteninstituut Financiële Dienstverlening (Kifid)' }, filedOn: '2026-12-01', caseNumber: 'K-7' };
  const energyBody = { nl: 'de Geschillencommissie Energie', en: 'the Geschillencommissie Energie' };
  const p1 = { reference: 'P-1', invoiceDate: '2026-12-05', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 10, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 10 } };
  const contract = (open: object[]) =>
    ({ action: 'cancel', providerReference: null, effectiveDate: null, finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 1, lastRejectionReason: null, disputeRejectionReason: 'Premie tot de opzegging', openDisputes: open, openInformationRequest: null }) as unknown as ContractContext;
  const withKifid = contract([{ ...p1, committee: kifid }]);
  const withEnergy = contract([{ ...p1, committee: { ...kifid, body: energyBody } }]);
  const insurer = { providerName: 'Levensverzekeraar', insurance: 'life' as const };
  const plain = (s: string) => s.replace(/\u00a0/g, ' ');

  it("the owner reads an insurer's nota in its dispute and with Kifid, in Dutch and English", () => {
    expect(plain(ownerStatusText('disputed', contract([p1]), 'nl', { ...insurer, dueDate: '2026-12-20' }))).toBe('Geschil loopt: € 10,00 betwist (nota P-1), antwoord aanbieder uiterlijk 20 december 2026.');
    expect(plain(ownerStatusText('disputed', contract([p1]), 'en', { ...insurer, dueDate: '2026-12-20' }))).toBe('Dispute open: €10.00 disputed (bill P-1), provider\'s answer due by 20 December 2026.');
    expect(ownerStatusText('withCommittee', withKifid, 'nl', insurer)).toBe('Geschil over nota P-1 ligt bij het Klachteninstituut Financiële Dienstverlening (Kifid) (ingediend op 1 december 2026, zaaknummer K-7).');
    expect(ownerStatusText('withCommittee', withKifid, 'en', insurer)).toBe('Dispute about bill P-1 is with the Klachteninstituut Financiële Dienstverlening (Kifid) (filed on 1 December 2026, case number K-7).');
    const held = contractStep({ type: 'DISPUTE_REJECTED', invoiceReference: 'P-1' }, 'withCommittee', 'withCommittee', [], { openDisputes: [{ ...p1, committee: kifid, rejectionReason: 'Premie' }] });
    expect(ownerChangeText(held, withKifid, 'nl', 'Levensverzekeraar', { insurance: 'life' })).toBe('Levensverzekeraar houdt vast aan nota P-1 (reden: Premie tot de opzegging), die bij het Klachteninstituut Financiële Dienstverlening (Kifid) ligt: u hoeft niets te beslissen, Kifid beslist erover.');
    const credited = contractStep({ type: 'CREDIT_NOTE_SENT', invoiceReference: 'P-1', amount: 4 }, 'withCommittee', 'withCommittee', [], { openDisputes: [{ ...p1, committee: kifid, credited: 4 }] });
    expect(plain(ownerChangeText(credited, withKifid, 'nl', 'Levensverzekeraar', { insurance: 'life' }))).toBe('Creditnota van € 4,00 ontvangen van Levensverzekeraar voor nota P-1 terwijl het Klachteninstituut Financiële Dienstverlening (Kifid) die behandelt: een aanbod, nog € 6,00 betwist. De nota blijft bij Kifid tot u de uitspraak of een schikking vastlegt: neem het aanbod aan als schikking, of wacht op de uitspraak.');
    expect(plain(ownerChangeText(credited, withKifid, 'en', 'Levensverzekeraar', { insurance: 'life' }))).toMatch(/for bill P-1 while .*The bill stays with Kifid until/);
    // The family's offer names Kifid, not „de commissie".
    expect(plain(contractChangeText(credited, withKifid, 'nl', 'Levensverzekeraar', true, { insurance: 'life' }))).toContain('Dat is een aanbod: de rekening blijft bij Kifid tot de uitspraak, of tot uw contactpersoon');
    expect(plain(contractChangeText(credited, withKifid, 'en', 'Levensverzekeraar', false, { insurance: 'life' }))).toContain('That is an offer: the bill stays with Kifid until its decision');
  });

  it("the desk reads an insurer's nota with Kifid, and its thread names Kifid", () => {
    expect(providerStatusText('withCommittee', withKifid, 'nl', null, 'life')).toBe('Het geschil over nota P-1 ligt bij het Klachteninstituut Financiële Dienstverlening (Kifid) (ingediend op 1 december 2026, zaaknummer K-7); de contactpersoon legt de uitspraak vast zodra die er is.');
    const bills = [{ reference: 'P-1', amount: 10 }];
    expect(providerAnswerText('COMMITTEE_FILED', kifid, 'nl', undefined, bills, 'life')).toBe('Steward legde het geschil over nota P-1 voor aan het Klachteninstituut Financiële Dienstverlening (Kifid) op 1 december 2026, zaaknummer K-7; de zaak ligt nu bij Kifid');
    expect(providerAnswerText('COMMITTEE_FILED', kifid, 'en', undefined, bills, 'property')).toBe('Steward filed the dispute about bill P-1 with the Klachteninstituut Financiële Dienstverlening (Kifid) on 1 December 2026, case number K-7; the case is now with Kifid');
  });

  it('energy keeps its invoice and the committee, byte for byte', () => {
    const energy = { providerName: 'Stroomtest' };
    expect(ownerStatusText('withCommittee', withEnergy, 'nl', energy)).toBe('Geschil over factuur P-1 ligt bij de Geschillencommissie Energie (ingediend op 1 december 2026, zaaknummer K-7); de commissie noemt geen termijn voor haar uitspraak.');
    expect(plain(ownerStatusText('disputed', contract([p1]), 'nl', { ...energy, dueDate: '2026-12-20' }))).toBe('Geschil loopt: € 10,00 betwist (factuur P-1), antwoord aanbieder uiterlijk 20 december 2026.');
    const credited = contractStep({ type: 'CREDIT_NOTE_SENT', invoiceReference: 'P-1', amount: 4 }, 'withCommittee', 'withCommittee', [], { openDisputes: [{ ...p1, committee: { ...kifid, body: energyBody }, credited: 4 }] });
    expect(plain(ownerChangeText(credited, withEnergy, 'nl', 'Stroomtest'))).toContain('voor factuur P-1 terwijl de Geschillencommissie Energie die behandelt: een aanbod, nog € 6,00 betwist. De rekening blijft bij de commissie tot u');
    expect(plain(contractChangeText(credited, withEnergy, 'nl', 'Stroomtest', true))).toContain('Dat is een aanbod: de rekening blijft bij de commissie tot haar uitspraak, of tot');
    expect(providerAnswerText('COMMITTEE_FILED', { ...kifid, body: energyBody }, 'en', undefined, [{ reference: 'P-1', amount: 10 }])).toMatch(/; the case is now with the committee$/);
    expect(contractStatusText('withCommittee', withEnergy, 'nl', { ...energy, readsDebts: true })).toContain(' De commissie noemt geen vaste termijn voor haar uitspraak. ');
  });
  // kifidwords: the insurer's other dispute lines, its withdrawal, and the SKGZ by name.
  const p2 = { ...p1, reference: 'P-2', disputed: { ...p1.disputed, amount: 20 } };
  it("the desk reads an insurer's nota in its dispute, its held bills and its withdrawal", () => {
    expect(plain(providerStatusText('disputed', contract([p1]), 'nl', '2026-12-20', 'life'))).toBe('Bezwaar tegen nota P-1: het deel na de datum van overlijden, 1 december 2026 tot en met 31 december 2026, naar rato € 10,00. Graag een creditnota of gecorrigeerde nota, intrekking, of een gemotiveerde afwijzing uiterlijk 20 december 2026.');
    expect(plain(providerStatusText('disputed', contract([p1, p2]), 'nl', null, 'property'))).toMatch(/^Bezwaar tegen 2 nota’s, telkens het deel na de bevestigde einddatum: nota P-1, .* en nota P-2, .*; samen € 30,00\. Graag per nota een creditnota/);
    expect(plain(providerStatusText('disputed', contract([p1]), 'en', null, 'life'))).toMatch(/^Dispute of bill P-1: the part after the date of death/);
    // payoutdate: a payout request asked the premium stopped per the death, so the whole nota is after it; a property policy's is not.
    const held = contract([{ ...p1, rejectionReason: 'Premie' }, p2]);
    expect(plain(providerStatusText('disputed', held, 'nl', null, 'life'))).toMatch(/^Bezwaar tegen nota P-2: .* U heeft het bezwaar tegen nota P-1 afgewezen; de contactpersoon beslist hoe het verdergaat\.$/);
    expect(plain(providerStatusText('disputeRejected', contract([{ ...p1, credited: 4 }]), 'en', null, 'life'))).toBe('You credited €4.00 of bill P-1 (of the disputed €10.00, €6.00 is still open); the contact person decides how to proceed.');
    expect(plain(providerAnswerText('INVOICE_WITHDRAWN', { invoiceReference: 'P-1' }, 'nl', undefined, [{ reference: 'P-1', amount: 10 }], 'life'))).toMatch(/^U trok nota P-1 van € 10,00 in/);
    expect(providerAnswerText('INVOICE_WITHDRAWN', {}, 'en', undefined, [], 'life')).toMatch(/^You withdrew the bill/);
  });

  it("the owner reads an insurer's nota where the provider holds to it, rejects it, or withdraws it", () => {
    const rejected = contractStep({ type: 'DISPUTE_REJECTED', invoiceReference: 'P-1' }, 'disputed', 'disputeRejected', [], { openDisputes: [{ ...p1, rejectionReason: 'Premie' }] });
    expect(ownerChangeText(rejected, contract([p1]), 'nl', 'Levensverzekeraar', { insurance: 'life' })).toBe('Geschil over nota P-1 afgewezen door Levensverzekeraar (reden: Premie tot de opzegging).');
    expect(ownerChangeText(rejected, contract([p1]), 'en', 'Levensverzekeraar', { insurance: 'life' })).toBe('Dispute over bill P-1 rejected by Levensverzekeraar (reason: Premie tot de opzegging).');
    const withdrawn = contractStep({ type: 'INVOICE_WITHDRAWN', invoiceReference: 'P-1' }, 'disputed', 'settled', [], { openDisputes: [] });
    expect(ownerChangeText(withdrawn, contract([]), 'nl', 'Levensverzekeraar', { insurance: 'life' })).toBe('Nota P-1 ingetrokken door Levensverzekeraar; geschil gesloten.');
    expect(ownerChangeText(withdrawn, contract([]), 'en', 'Levensverzekeraar', { insurance: 'property' })).toBe('Levensverzekeraar withdrew bill P-1; dispute closed.');
    const kept = contractStep({ type: 'DEADLINE_PASSED' }, 'disputeRejected', 'disputeRejected', [], {});
    expect(plain(ownerChangeText(kept, contract([{ ...p1, credited: 4 }, { ...p2, rejectionReason: 'Premie' }]), 'nl', 'Levensverzekeraar', { insurance: 'life' }))).toBe('Nog geen beslissing over nota P-1 (Levensverzekeraar crediteerde € 4,00 van € 10,00) en nota P-2 (afgewezen door Levensverzekeraar).');
    const beside = contract([{ ...p1, rejectionReason: 'Premie' }, p2]);
    expect(plain(ownerStatusText('disputed', beside, 'nl', { ...insurer, dueDate: '2026-12-20' }))).toMatch(/antwoord aanbieder op nota P-2 uiterlijk 20 december 2026; beslissing nodig over nota P-1\.$/);
  });

  it("factuurrest: the desk's thread and the owner's undone drop, dropped claim and corrected end name an insurer's nota", () => {
    const bills = [{ reference: 'P-1', amount: 10 }];
    expect(plain(providerAnswerText('DISPUTE_REJECTED', { invoiceReference: 'P-1', reason: 'Premie' }, 'nl', undefined, bills, 'life'))).toBe('U wees het bezwaar af voor nota P-1 van € 10,00: Premie');
    expect(plain(providerAnswerText('CREDIT_NOTE_SENT', { invoiceReference: 'P-1', amount: 4 }, 'en', undefined, bills, 'property'))).toMatch(/^You sent a credit note of €4\.00 for bill P-1 of €10\.00/);
    expect(plain(providerAnswerText('DISPUTE_RESOLVED', { invoiceReference: 'P-1', outcome: 'payFromEstate' }, 'nl', undefined, bills, 'life'))).toBe('Steward sloot het bezwaar tegen nota P-1 van € 10,00 af: de nota wordt betaald uit de nalatenschap');
    expect(plain(providerAnswerText('DROP_UNDONE', {}, 'nl', undefined, [], 'health'))).toBe('Steward nam de vastgelegde intrekking van de nota terug: die was per vergissing vastgelegd; ons bezwaar tegen de nota loopt weer');
    const undone = contractStep({ type: 'DROP_UNDONE', invoiceReference: 'P-1' }, 'settled', 'disputed', [], { openDisputes: [p1] });
    expect(ownerChangeText(undone, contract([p1]), 'nl', 'Levensverzekeraar', { insurance: 'life' })).toBe('Intrekking teruggedraaid: Levensverzekeraar heeft nota P-1 niet ingetrokken (per vergissing vastgelegd). De nota staat weer open en wordt gevolgd zoals voor de intrekking.');
    expect(ownerChangeText(undone, contract([p1]), 'en', 'Levensverzekeraar', { insurance: 'life' })).toBe('Drop undone: Levensverzekeraar did not withdraw bill P-1 (recorded by mistake). The bill is open again and followed as before the drop.');
    const dropClaim = { type: 'COLLECTION_STOPPED', claimDropped: { bills, finalBill: null } };
    const dropped = contractStep(dropClaim, 'collectionStopRequested', 'settled', [], { openDisputes: [] });
    expect(plain(ownerChangeText(dropped, contract([]), 'nl', 'Levensverzekeraar', { insurance: 'life' }))).toContain('Levensverzekeraar liet de hele vordering vallen: nota P-1 (€ 10,00) ingetrokken; incasso gestopt.');
    const corrected = contractStep({ type: 'COMPLETION_CORRECTED', corrected: [{ field: 'effectiveDate', from: '2026-11-30', to: '2027-01-31' }] }, 'disputed', 'confirmed', [], { openDisputes: [] });
    expect(plain(ownerChangeText(corrected, contract([]), 'nl', 'Levensverzekeraar', { insurance: 'life' }))).toMatch(/ Geen nota valt nog na de einddatum: bezwaar ingetrokken, de nota wordt betaald\.$/);
    // A telecom provider keeps its invoice.
    expect(ownerChangeText(undone, contract([p1]), 'nl', 'KPN', {})).toContain('KPN heeft factuur P-1 niet ingetrokken');
  });

  it("notawords: a bank's dropped claim names its costs by their kenmerk, not „factuur”", () => {
    const dropClaim = { type: 'COLLECTION_STOPPED', claimDropped: { bills: [{ reference: 'AB-1', amount: 10 }], finalBill: null } };
    const dropped = contractStep(dropClaim, 'collectionStopRequested', 'settled', [], { openDisputes: [] });
    expect(plain(ownerChangeText(dropped, contract([]), 'nl', 'ING', { bankAccount: true }))).toContain('ING liet de hele vordering vallen: kosten met kenmerk AB-1 (€ 10,00) ingetrokken; incasso gestopt.');
    expect(plain(ownerChangeText(dropped, contract([]), 'en', 'ING', { bankAccount: true }))).toContain('ING dropped the whole claim: charge with reference AB-1 (€10.00) withdrawn; collection stopped.');
  });

  it("notawords: the owner reads an insurer's corrected nota by its notanummer and notadatum; an invoice keeps its factuurnummer", () => {
    const correction = { type: 'BILL_CORRECTED', invoiceReference: 'P-21', reference: 'P-12', periodFrom: '2026-12-01', periodTo: '2026-12-31', corrected: [{ field: 'reference', from: 'P-21', to: 'P-12' }, { field: 'invoiceDate', from: '2026-11-02', to: '2026-11-20' }] };
    const corrected = contractStep(correction, 'disputed', 'disputed', [], { openDisputes: [{ ...p1, reference: 'P-12' }] });
    expect(plain(ownerChangeText(corrected, contract([p1]), 'nl', 'Levensverzekeraar', { insurance: 'life' }))).toBe('Nota P-21 van Levensverzekeraar gecorrigeerd: het notanummer van P-21 naar P-12; de notadatum van 2 november 2026 naar 20 november 2026.');
    expect(plain(ownerChangeText(corrected, contract([p1]), 'en', 'Levensverzekeraar', { insurance: 'life' }))).toMatch(/^Bill P-21 from Levensverzekeraar corrected: the bill number from P-21 to P-12; the bill date from /);
    expect(plain(ownerChangeText(corrected, contract([p1]), 'nl', 'KPN', {}))).toMatch(/^Factuur P-21 van KPN gecorrigeerd: het factuurnummer van P-21 naar P-12; de factuurdatum van /);
  });

  it('the SKGZ is named where a sentence names the body again, never „de commissie"', () => {
    const skgz = { ...kifid, body: { nl: 'de Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ)', en: 'the Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ)' } };
    expect(providerAnswerText('COMMITTEE_FILED', skgz, 'nl', undefined, [{ reference: 'P-1', amount: 10 }], 'health')).toMatch(/; de zaak ligt nu bij de SKGZ$/);
    expect(providerAnswerText('COMMITTEE_FILED', skgz, 'en', undefined, [], 'health')).toMatch(/; the case is now with the SKGZ$/);
    const withSkgz = contract([{ ...p1, committee: skgz, credited: 4 }]);
    const credited = contractStep({ type: 'CREDIT_NOTE_SENT', invoiceReference: 'P-1', amount: 4 }, 'withCommittee', 'withCommittee', [], { openDisputes: [{ ...p1, committee: skgz, credited: 4 }] });
    expect(plain(ownerChangeText(credited, withSkgz, 'nl', 'Zorgverzekeraar', { insurance: 'health' }))).toContain('De nota blijft bij de SKGZ tot u de uitspraak of een schikking vastlegt');
    expect(plain(contractChangeText(credited, withSkgz, 'nl', 'Zorgverzekeraar', true, { insurance: 'health' }))).toContain('Dat is een aanbod: de rekening blijft bij de SKGZ tot de uitspraak, of tot');
    expect(plain(contractChangeText(credited, withSkgz, 'en', 'Zorgverzekeraar', true, { insurance: 'health' }))).toContain('That is an offer: the bill stays with the SKGZ until its decision');
    const held = contractStep({ type: 'DISPUTE_REJECTED', invoiceReference: 'P-1' }, 'withCommittee', 'withCommittee', [], { openDisputes: [{ ...p1, committee: skgz, rejectionReason: 'Premie' }] });
    expect(ownerChangeText(held, withSkgz, 'en', 'Zorgverzekeraar', { insurance: 'health' })).toMatch(/: nothing for you to decide, the SKGZ decides on it\.$/);
  });
});
