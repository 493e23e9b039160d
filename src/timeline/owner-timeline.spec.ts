import type { ContractProjection } from '../../workflows';
import { ownerTimelineText, type TimelineFacts } from './owner-timeline';

const projection: ContractProjection = {
  action: 'cancel', providerReference: 'KPN-1', effectiveDate: '2026-11-30', finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 0,
  lastRejectionReason: null, openInformationRequest: null, openDispute: null, disputeRejectionReason: null, brpCheck: null,
};
const entry = (e: Partial<TimelineFacts>): TimelineFacts => ({ event: 'X', contractId: null, toState: null, summary: 'as stored', details: {}, ...e });

describe("the staff timeline in the reader's language", () => {
  it('says a new contract step again in Dutch and in English from its stored data', () => {
    const step = entry({ event: 'CONFIRM', contractId: 'c1', toState: 'confirmed', summary: 'Mobiel: Beëindiging bevestigd door KPN per 30 november 2026.', details: { wording: { description: 'Mobiel', providerName: 'KPN', projection } } });
    expect(ownerTimelineText(step, 'nl')).toBe('Mobiel: Beëindiging bevestigd door KPN per 30 november 2026.');
    expect(ownerTimelineText(step, 'en')).toBe('Mobiel: Cancellation confirmed by KPN as of 30 November 2026.');
  });

  it('says a BRP check with the owner’s note in each language', () => {
    const step = entry({ event: 'BRP_CHECKED', contractId: 'c1', toState: 'informedByBrp', details: { wording: { description: 'Polis', providerName: 'CZ', projection: { ...projection, brpCheck: { outcome: 'informed', note: 'polis gestopt' } } } } });
    expect(ownerTimelineText(step, 'nl')).toBe('Polis: Gecontroleerd bij CZ: al geïnformeerd via de BRP (polis gestopt); geen brief nodig.');
    expect(ownerTimelineText(step, 'en')).toBe('Polis: Checked with CZ: already informed through the BRP (polis gestopt); no letter needed.');
  });

  it("says an estate step from the state it reached, also an entry written before entries carried data", () => {
    const step = entry({ event: 'CONTRACT_ADDED', toState: 'inventory', summary: 'Estate status: taking inventory of contracts.' });
    expect(ownerTimelineText(step, 'nl')).toBe('Nalatenschap: Inventarisatie: contracten in kaart brengen.');
    expect(ownerTimelineText(step, 'en')).toBe('Estate: Inventory: listing the contracts.');
  });

  it('says a handover and its undoing in each language; an older entry without the names stays as stored', () => {
    const handedOver = entry({ event: 'estate.handed_over', details: { toName: 'Pieter Bakker', fromName: 'Anna de Boer', reason: 'Verlof' } });
    expect(ownerTimelineText(handedOver, 'nl')).toBe('Pieter Bakker is nu de vaste contactpersoon (neemt over van Anna de Boer). Reden: Verlof');
    expect(ownerTimelineText(handedOver, 'en')).toBe('Pieter Bakker is now the case owner (taking over from Anna de Boer). Reason: Verlof');
    const undone = entry({ event: 'estate.handover_undone', details: { toName: 'Anna de Boer', insteadName: 'Pieter Bakker' } });
    expect(ownerTimelineText(undone, 'nl')).toBe('Overdracht teruggedraaid: Anna de Boer is weer de vaste contactpersoon (in plaats van Pieter Bakker).');
    const old = entry({ event: 'estate.handed_over', summary: 'Pieter Bakker is now the case owner (taking over from Anna de Boer). Reason: leave', details: { toName: 'Pieter Bakker' } });
    expect(ownerTimelineText(old, 'nl')).toBe(old.summary);
  });

  it("says a letter without its checksum: a new one in each language, an old one as stored but for the SHA-256", () => {
    const sent = entry({ event: 'letter.sent', details: { sha256: 'ab'.repeat(32), title: 'Opzegging', recipient: 'KPN', channel: 'portal' } });
    expect(ownerTimelineText(sent, 'nl')).toBe('Brief „Opzegging” aan KPN verstuurd (desk van de organisatie).');
    expect(ownerTimelineText(sent, 'en')).toBe('Letter "Opzegging" sent to KPN (provider\'s desk).');
    const old = entry({ event: 'letter.sent', summary: 'Letter "Opzegging" to KPN (portal), SHA-256 3fa9c2d41b0e…', details: { sha256: '3fa9c2d41b0e' } });
    expect(ownerTimelineText(old, 'nl')).toBe('Letter "Opzegging" to KPN (portal)');
    const blocked = entry({ event: 'letter.blocked', details: { title: 'Opzegging', violations: [{ rule: 'no-bsn', where: 'body' }] } });
    expect(ownerTimelineText(blocked, 'nl')).toBe('Brief „Opzegging” tegengehouden: no-bsn (body)');
  });

  it('says a correction in each language when the entry recorded whose it is; an older contract correction stays as stored', () => {
    const changes = [{ field: 'accountNumber', from: '1234', to: '1243' }];
    const corrected = entry({ event: 'contract.corrected', details: { changes, about: 'KPN, Mobiel' } });
    expect(ownerTimelineText(corrected, 'nl')).toBe('KPN, Mobiel: het klantnummer gewijzigd van 1234 naar 1243.');
    expect(ownerTimelineText(corrected, 'en')).toBe('KPN, Mobiel: changed the customer number from 1234 to 1243.');
    expect(ownerTimelineText(entry({ event: 'contract.corrected', details: { changes } }), 'nl')).toBe('as stored');
    expect(ownerTimelineText(entry({ event: 'estate.corrected', details: { changes: [{ field: 'livedAlone', from: false, to: true }], toldProviders: [] } }), 'nl')).toBe('Of de overledene alleen woonde gewijzigd van nee naar ja.');
  });

  it('shows any other entry as stored', () => {
    expect(ownerTimelineText(entry({ event: 'document.uploaded' }), 'nl')).toBe('as stored');
  });
});
