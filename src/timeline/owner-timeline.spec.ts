import type { ContractProjection } from '../../workflows';
import { ownerTimelineText, type TimelineFacts } from './owner-timeline';

const projection: ContractProjection = {
  action: 'cancel', providerReference: 'KPN-1', effectiveDate: '2026-11-30', finalInvoiceAmount: null, remindersSent: 0, escalations: 0, disputes: 0,
  lastRejectionReason: null, openInformationRequest: null, openDispute: null, openDisputes: [], disputeRejectionReason: null, brpCheck: null, releaseAwaited: null,
};
const entry = (e: Partial<TimelineFacts>): TimelineFacts => ({ event: 'X', actorName: 'Anna de Boer', contractId: null, fromState: null, toState: null, summary: 'as stored', details: {}, ...e });

describe("the staff timeline in the reader's language", () => {
  it('says a new contract step again in Dutch and in English from its stored data', () => {
    const step = entry({ event: 'CONFIRM', contractId: 'c1', toState: 'confirmed', summary: 'Mobiel: Beëindiging bevestigd door KPN per 30 november 2026.', details: { wording: { description: 'Mobiel', providerName: 'KPN', projection } } });
    expect(ownerTimelineText(step, 'nl')).toBe('Mobiel: Beëindiging bevestigd door KPN per 30 november 2026.');
    expect(ownerTimelineText(step, 'en')).toBe('Mobiel: Cancellation confirmed by KPN as of 30 November 2026.');
  });

  it('says a contract step from its event and the state it left, not only the state it reached', () => {
    const wording = { description: 'Mobiel', providerName: 'KPN', projection };
    const credit = entry({ event: 'CREDIT_NOTE_SENT', contractId: 'c1', fromState: 'disputed', toState: 'confirmed', details: { event: { amount: 14.52, note: null }, effects: ['notify_family'], wording } });
    expect(ownerTimelineText(credit, 'nl')).toBe('Mobiel: Creditnota van €\u00a014,52 ontvangen van KPN; geschil gesloten.');
    expect(ownerTimelineText(credit, 'en')).toBe('Mobiel: Credit note of €14.52 received from KPN; dispute closed.');
    const kept = entry({ event: 'DEADLINE_PASSED', contractId: 'c1', fromState: 'escalated', toState: 'escalated', details: { event: {}, effects: ['notify_owner'], wording } });
    expect(ownerTimelineText(kept, 'nl')).toBe('Mobiel: Geen antwoord van KPN na de klacht: bellen.');
    const v1Complaint = entry({ ...kept, fromState: 'collectionStopRequested', toState: 'collectionStopRequested', details: { event: {}, effects: ['letter', 'notify_owner'], wording } });
    expect(ownerTimelineText(v1Complaint, 'en')).toBe('Mobiel: Complaint sent to KPN: collection not stopped.');
  });

  // insurancerest: the request step of an insurer or a bank said "Beëindiging gevraagd" (its stored data held no category).
  it('says what a request asked of an insurer and a bank: as the step stored it, or for an older step as the contract was first recorded', () => {
    const requested = (details: Record<string, unknown>) => entry({ event: 'REQUEST_SENT', contractId: 'c1', fromState: 'ready', toState: 'requested', details: { event: {}, effects: [], ...details } });
    const wording = { description: 'Uitvaartverzekering', providerName: 'Centraal Beheer', projection };
    expect(ownerTimelineText(requested({ wording: { ...wording, asked: { insurance: 'life' } } }), 'nl')).toBe('Uitvaartverzekering: Uitkering gevraagd bij Centraal Beheer.');
    // Stored before the step kept it: what the contract asked when first recorded (`StepAsked`), never what a correction made of it since.
    const older = requested({ wording });
    expect(ownerTimelineText(older, 'nl')).toBe('Uitvaartverzekering: Beëindiging gevraagd bij Centraal Beheer.');
    expect(ownerTimelineText(older, 'nl', undefined, new Map([['c1', { insurance: 'life' as const }]]))).toBe('Uitvaartverzekering: Uitkering gevraagd bij Centraal Beheer.');
    expect(ownerTimelineText(older, 'en', undefined, new Map([['c1', { bankAccount: true }]]))).toBe('Uitvaartverzekering: Block and balance requested from Centraal Beheer.');
    const added = entry({ event: 'contract.added', contractId: 'c1', details: { providerName: 'ING', description: 'Betaalrekening', action: 'cancel' } });
    expect(ownerTimelineText(added, 'nl', undefined, new Map([['c1', { bankAccount: true }]]))).toBe('ING: Betaalrekening (blokkeren en saldo opvragen) toegevoegd aan de inventaris.');
    expect(ownerTimelineText({ ...added, details: { ...added.details, asked: { insurance: 'unknown' } } }, 'en')).toBe('ING: Betaalrekening (report the death) added to the inventory.');
  });

  // bankmerge: with the step's `asked` (insurancerest), a bank's or an insurer's confirmation that gave only a date said "Beëindiging bevestigd".
  it("says a bank's or an insurer's confirmation that gave only a date as handled on it, never as an end; one that said what was done, as done", () => {
    const confirmed = (provider: string, asked: Record<string, unknown> | undefined, event: Record<string, unknown> = {}) =>
      entry({ event: 'COMPLETE', contractId: 'c1', fromState: 'requested', toState: 'confirmed', details: { event, effects: [], wording: { description: 'Rekening', providerName: provider, projection, ...(asked && { asked }) } } });
    expect(ownerTimelineText(confirmed('ING', { bankAccount: true }), 'nl')).toBe('Rekening: Afhandeling bevestigd door ING per 30 november 2026.');
    expect(ownerTimelineText(confirmed('ING', { bankAccount: true }), 'en')).toBe('Rekening: Completion confirmed by ING as of 30 November 2026.');
    expect(ownerTimelineText(confirmed('Centraal Beheer', { insurance: 'life' }), 'nl')).toBe('Rekening: Afhandeling bevestigd door Centraal Beheer per 30 november 2026.');
    // A step stored before it kept what was asked: as the contract was first recorded.
    expect(ownerTimelineText(confirmed('ING', undefined), 'nl', undefined, new Map([['c1', { bankAccount: true }]]))).toBe('Rekening: Afhandeling bevestigd door ING per 30 november 2026.');
    expect(ownerTimelineText(confirmed('ING', { bankAccount: true }, { done: 'accountBlocked', balance: 1234.56 }), 'nl')).toMatch(/^Rekening: ING heeft de rekening geblokkeerd; saldo per 30 november 2026: €\u00a01\.234,56/);
    // An end asked is still an end.
    expect(ownerTimelineText(confirmed('KPN', {}), 'nl')).toBe('Rekening: Beëindiging bevestigd door KPN per 30 november 2026.');
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
    const told = { ...handedOver, details: { ...handedOver.details, toldProviders: ['KPN', 'Vattenfall'] } };
    expect(ownerTimelineText(told, 'nl')).toBe('Pieter Bakker is nu de vaste contactpersoon (neemt over van Anna de Boer); KPN, Vattenfall worden op de hoogte gebracht van de nieuwe contactpersoon. Reden: Verlof');
    expect(ownerTimelineText(told, 'en')).toBe('Pieter Bakker is now the case owner (taking over from Anna de Boer); KPN, Vattenfall will be told who the new contact person is. Reason: Verlof');
    // No letter of its own when a letter made since names the new contact already: which one told the provider.
    const named = entry({ event: 'letter.contact_named', details: { recipient: 'KPN', letterDate: '2026-12-24', kind: 'dispute', contactName: 'Emma Clarke' } });
    expect(ownerTimelineText(named, 'nl')).toBe('Geen aparte brief over de nieuwe contactpersoon aan KPN: de brief van 24 december 2026 (bezwaar tegen factuur) noemt Emma Clarke al als contactpersoon.');
    expect(ownerTimelineText(named, 'en')).toBe('No separate letter about the new contact person to KPN: the letter of 24 December 2026 (dispute) already names Emma Clarke as the contact person.');
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
    // A title of the catalogue is said in the reader's language (the letter itself stays in the provider's); an older wording stays as written.
    const reminder = entry({ event: 'letter.sent', details: { title: 'Herinnering', recipient: 'KPN', channel: 'portal' } });
    expect(ownerTimelineText(reminder, 'en')).toBe('Letter "Reminder" sent to KPN (provider\'s desk).');
    expect(ownerTimelineText(reminder, 'nl')).toBe('Brief „Herinnering” aan KPN verstuurd (desk van de organisatie).');
    const posted = entry({ event: 'letter.posted', details: { recipient: 'Centraal Beheer', subject: 'Opzegging na overlijden: Inboedel, klantnummer CB-1, van Jan de Vries' } });
    expect(ownerTimelineText(posted, 'en')).toBe('Letter "Cancellation following a death: Inboedel, account number CB-1, of Jan de Vries" to Centraal Beheer posted.');
    // Why it was held back, in the owner's words (never the rule's code); a rule the catalogue does not know, in general words.
    const blocked = entry({ event: 'letter.blocked', details: { title: 'Opzegging', violations: [{ rule: 'addressed-to-deceased', where: 'address', message: '' }, { rule: 'no-bsn', where: 'body', message: '' }] } });
    expect(ownerTimelineText(blocked, 'nl')).toBe('Brief „Opzegging” tegengehouden: de brief is gericht aan de overledene of aan diens huisadres; de brief voldoet niet aan de regels voor brieven');
  });

  it('says a correction in each language when the entry recorded whose it is; an older contract correction stays as stored', () => {
    const changes = [{ field: 'accountNumber', from: '1234', to: '1243' }];
    const corrected = entry({ event: 'contract.corrected', details: { changes, about: 'KPN, Mobiel' } });
    expect(ownerTimelineText(corrected, 'nl')).toBe('KPN, Mobiel: het klantnummer gewijzigd van 1234 naar 1243.');
    expect(ownerTimelineText(corrected, 'en')).toBe('KPN, Mobiel: changed the customer number from 1234 to 1243.');
    expect(ownerTimelineText(entry({ event: 'contract.corrected', details: { changes } }), 'nl')).toBe('as stored');
    const transferDate = [{ field: 'requestedEndDate', from: '2026-12-01', to: '2026-12-15' }];
    const transfer = entry({ event: 'contract.corrected', details: { changes: transferDate, about: 'Eneco, Stroom', transfer: true } });
    expect(ownerTimelineText(transfer, 'nl')).toBe('Eneco, Stroom: de gewenste datum van overzetting gewijzigd van 1 december 2026 naar 15 december 2026.');
    expect(ownerTimelineText(transfer, 'en')).toBe('Eneco, Stroom: changed the requested transfer date from 1 December 2026 to 15 December 2026.');
    expect(ownerTimelineText(entry({ event: 'estate.corrected', details: { changes: [{ field: 'livedAlone', from: false, to: true }], toldProviders: [] } }), 'nl')).toBe('Of de overledene alleen woonde gewijzigd van nee naar ja.');
  });

  /** An entry said in Dutch and in English. */
  const both = (e: Partial<TimelineFacts>) => [ownerTimelineText(entry(e), 'nl'), ownerTimelineText(entry(e), 'en')];

  it('says an opened estate and an added contract in each language; older entries from their event alone', () => {
    expect(both({ event: 'estate.opened', toState: 'intake', details: { deceased: 'Jan de Vries', ownerName: 'Anna de Boer' } })).toEqual([
      'Nalatenschap van Jan de Vries geopend; vaste contactpersoon Anna de Boer.', 'Estate of Jan de Vries opened; case owner Anna de Boer.',
    ]);
    expect(both({ event: 'estate.opened', toState: 'intake', summary: 'Estate of Jan de Vries opened; case owner Anna de Boer.' })).toEqual(['Nalatenschap geopend.', 'Estate opened.']);
    expect(both({ event: 'contract.added', contractId: 'c1', toState: 'draft', details: { providerName: 'KPN', description: 'Mobiel', action: 'cancel' } })).toEqual([
      'KPN: Mobiel (opzeggen) toegevoegd aan de inventaris.', 'KPN: Mobiel (cancel) added to the inventory.',
    ]);
    expect(both({ event: 'contract.added', contractId: 'c1', toState: 'draft', details: { providerName: 'Eneco', description: 'Stroom', action: 'transfer' } })[0]).toBe('Eneco: Stroom (overzetten) toegevoegd aan de inventaris.');
    expect(both({ event: 'contract.added', contractId: 'c1', toState: 'draft', summary: 'KPN: Mobiel (to cancel) added to the inventory.' })).toEqual(['Contract toegevoegd aan de inventaris.', 'Contract added to the inventory.']);
  });

  it("says a document's upload, replacement, withdrawal and audience with its kind in the catalogue's words; older entries without the file's name", () => {
    expect(both({ event: 'document.uploaded', details: { documentId: 'd1', kind: 'death_certificate', fileName: 'akte.pdf' } })).toEqual([
      'Document toegevoegd: akte.pdf (overlijdensakte).', 'Document added: akte.pdf (death certificate).',
    ]);
    expect(both({ event: 'document.uploaded', summary: 'Document added: akte.pdf (death certificate).', details: { documentId: 'd1', kind: 'death_certificate' } })).toEqual([
      'Document toegevoegd: overlijdensakte.', 'Document added: death certificate.',
    ]);
    expect(both({ event: 'document.replaced', details: { kind: 'will', fileName: 'testament.pdf', newFileName: 'testament-2.pdf' } })).toEqual([
      'Document vervangen: testament.pdf (testament) door een nieuwe versie, testament-2.pdf.', 'Document replaced: testament.pdf (will) by a new version, testament-2.pdf.',
    ]);
    expect(both({ event: 'document.replaced', details: { kind: 'will' } })[0]).toBe('Document vervangen door een nieuwe versie: testament.');
    expect(both({ event: 'document.withdrawn', details: { kind: 'invoice', fileName: 'nota.pdf', reason: 'verkeerde nalatenschap' } })).toEqual([
      'Document ingetrokken: nota.pdf (factuur). Reden: verkeerde nalatenschap', 'Document withdrawn: nota.pdf (invoice). Reason: verkeerde nalatenschap',
    ]);
    expect(both({ event: 'document.withdrawn', details: { kind: 'invoice', reason: 'dubbel' } })[0]).toBe('Document ingetrokken: factuur. Reden: dubbel');
    expect(both({ event: 'document.corrected', details: { from: 'death_certificate', to: 'certificate_of_inheritance', fileName: 'akte.pdf' } })).toEqual([
      'Soort van akte.pdf gecorrigeerd: was „overlijdensakte”, nu „verklaring van erfrecht”.',
      'Kind of akte.pdf corrected: was "death certificate", now "certificate of inheritance".',
    ]);
    // docwords: her words for an "overig" one, and their end when its kind was corrected away, in her language (not the stored English summary).
    expect(both({ event: 'document.described', summary: 'Document scan.pdf: described as "uittreksel KvK" (was "").', details: { from: null, to: 'uittreksel KvK', kind: 'other', fileName: 'scan.pdf' } })).toEqual([
      'Omschrijving van scan.pdf: „uittreksel KvK”.', 'Description of scan.pdf: "uittreksel KvK".',
    ]);
    expect(both({ event: 'document.described', details: { from: 'uittreksel KvK', to: null, kind: 'certificate_of_inheritance', fileName: 'scan.pdf' } })).toEqual([
      'Omschrijving „uittreksel KvK” van scan.pdf vervallen: een omschrijving hoort alleen bij Overig, en het document is nu „verklaring van erfrecht”; brieven noemen het voortaan zo.',
      'Description "uittreksel KvK" of scan.pdf dropped: a description belongs to Other only, and the document is now "certificate of inheritance"; letters name it so from now on.',
    ]);
    expect(both({ event: 'document.audience_changed', details: { from: 'heirs', to: 'owner', kind: 'id_document', fileName: 'paspoort.pdf' } })).toEqual([
      'Wie paspoort.pdf (identiteitsbewijs) ziet is gewijzigd: was „De erfgenamen en de gemachtigde”, nu „Alleen ik (vaste contactpersoon)”.',
      'Who sees paspoort.pdf (id document) changed: was "The heirs and the representative", now "Only me (case owner)".',
    ]);
    expect(both({ event: 'document.audience_changed', summary: 'Document paspoort.pdf: audience changed from heirs to family.', details: { from: 'heirs', to: 'family' } })[0]).toBe(
      'Wie een document ziet is gewijzigd: was „De erfgenamen en de gemachtigde”, nu „Alle familieleden”.',
    );
  });

  it("says a family report with its kind, the family's words and what Steward did; the reporter is the entry's actor", () => {
    const report = { event: 'family_report.received', actorName: 'Truus Mulder', details: { kind: 'invoice_after_end', outcome: 'dispute_started', message: 'Nog een rekening van KPN.' } };
    expect(both(report)).toEqual([
      'Melding van Truus Mulder (factuur na de einddatum): „Nog een rekening van KPN.”; direct bezwaar gemaakt.',
      'Report from Truus Mulder (invoice after end): "Nog een rekening van KPN."; disputed straight away.',
    ]);
    expect(both({ ...report, details: { kind: 'other', outcome: null } })[0]).toBe('Melding van Truus Mulder (iets anders).'); // older: no message stored
    expect(both({ event: 'family_report.callback_requested', actorName: 'Truus Mulder', details: { kind: 'callback', message: 'Graag na vijven.' } })).toEqual([
      'Truus Mulder vraagt om teruggebeld te worden: „Graag na vijven.”.', 'Truus Mulder asked to be called back: "Graag na vijven.".',
    ]);
    expect(both({ event: 'family_report.handled', details: { kind: 'collection_letter' } })).toEqual(['Melding afgehandeld (incassobrief).', 'The report (collection letter) was handled.']);
    expect(both({ event: 'family_report.handled', details: { kind: 'callback' } })[0]).toBe('Melding afgehandeld (verzoek om terug te bellen).');
    expect(both({ event: 'family_report.handled', summary: 'The report of something else was handled.', details: { reportId: 'r1' } })).toEqual([
      'Een melding van de familie is afgehandeld.', 'A report from the family was handled.',
    ]);
    // A reported bill names her decision (familyrest): recorded as a bill of the contract as she knows it, or not, with her reply.
    const bill = { reference: 'F-1001', amount: 62, providerName: 'KPN', description: 'Internet' };
    expect(both({ event: 'family_report.handled', details: { kind: 'invoice_after_end', decision: 'bill_recorded', bill } }).map((s) => s.replace(/\u00a0/g, ' '))).toEqual([
      'Melding afgehandeld (factuur na de einddatum): vastgelegd als rekening F-1001 van KPN — Internet, € 62,00.',
      'The report (invoice after end) was handled: recorded as bill F-1001 of KPN — Internet, €62.00.',
    ]);
    expect(both({ event: 'family_report.handled', details: { kind: 'invoice_after_end', decision: 'nothing_to_do', reply: 'Al betwist.' } })).toEqual([
      'Melding afgehandeld (factuur na de einddatum) zonder de rekening vast te leggen. Antwoord aan de familie: „Al betwist.”',
      'The report (invoice after end) was handled without recording the bill. Reply to the family: "Al betwist."',
    ]);
    // Recorded before familyrest, without the bill: handled, as before.
    expect(both({ event: 'family_report.handled', details: { kind: 'invoice_after_end', decision: 'bill_recorded' } })[0]).toBe('Melding afgehandeld (factuur na de einddatum).');
  });

  it('says a family member added, invited and their data exported; older entries without the name', () => {
    const added = { event: 'family_member.added', details: { familyMemberId: 'm1', name: 'Sanne Jansen', relation: 'dochter', isHeir: true, isRepresentative: true } };
    expect(both(added)).toEqual(['Sanne Jansen (dochter, erfgenaam, gemachtigde van de erfgenamen) toegevoegd.', 'Sanne Jansen (dochter, heir, represents the heirs) added.']);
    expect(both({ ...added, details: { ...added.details, isHeir: false, isRepresentative: false } })[0]).toBe('Sanne Jansen (dochter) toegevoegd.');
    expect(both({ event: 'family_member.added', summary: 'Sanne Jansen (dochter) added.', details: { familyMemberId: 'm1' } })).toEqual(['Familielid toegevoegd.', 'Family member added.']);
    expect(both({ event: 'family_member.invited', details: { name: 'Sanne Jansen', byEmail: true } })).toEqual([
      'Sanne Jansen is uitgenodigd voor het familieportaal per e-mail.', 'Sanne Jansen was invited to the family portal by email.',
    ]);
    expect(both({ event: 'family_member.invited', details: { familyMemberId: 'm1' } })[0]).toBe('Een familielid is uitgenodigd voor het familieportaal.');
    expect(both({ event: 'family_member.data_exported', details: { name: 'Sanne Jansen' } })).toEqual([
      'Persoonsgegevens van Sanne Jansen geëxporteerd op verzoek (AVG art. 15/20).', 'Personal data of Sanne Jansen exported on request (AVG art. 15/20).',
    ]);
    expect(both({ event: 'family_member.data_exported', details: { familyMemberId: 'm1' } })[0]).toBe('Persoonsgegevens van een familielid geëxporteerd op verzoek (AVG art. 15/20).');
  });

  it("says a role change as the role alone, in each reader's words", () => {
    const changes = [{ field: 'role', from: 'heir', to: 'representative' }, { field: 'isRepresentative', from: false, to: true }];
    expect(both({ event: 'family_member.corrected', details: { changes, about: 'Sanne Jansen', toldProviders: [] } })).toEqual([
      'Sanne Jansen: de rol in het portaal gewijzigd van erfgenaam naar gemachtigde.', 'Sanne Jansen: changed the role in the portal from heir to representative.',
    ]);
  });

  it('says a bank statement read with its counts; an older entry without them', () => {
    expect(both({ event: 'statement.imported', details: { format: 'camt053', transactions: 120, recurring: 4 } })).toEqual([
      'Bankafschrift gelezen (120 transacties, 4 terugkerende betalingen bewaard; de andere transacties zijn niet opgeslagen).',
      'Bank statement read (120 transactions, 4 recurring payments kept; the other transactions were not stored).',
    ]);
    expect(both({ event: 'statement.imported', details: { format: 'camt053' } })[0]).toBe('Bankafschrift gelezen; alleen de terugkerende betalingen zijn bewaard.');
  });

  it('shows an entry it cannot say again as stored', () => {
    expect(ownerTimelineText(entry({ event: 'something.new' }), 'nl')).toBe('as stored');
  });
});
