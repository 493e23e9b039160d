import { CONTRACT_STATES, type ContractContext } from './contract.machine';
import { ESTATE_STATES } from './estate.machine';
import { disputedPart } from './invoices';
import { contractChangeText, contractNextStep, contractStatusText, contractStep, estateStatusText, estateStepText, longDate, type Language } from './status-text';
import { brpCheckText, ownerChangeText, ownerNextStep } from './status-text-owner';
import { providerAnswerText, providerConflictText, rejectionAnsweredText, rejectionAnswerOf } from './status-text-provider';

const cancel: ContractContext = {
  action: 'cancel',
  providerReference: 'KPN-1',
  effectiveDate: '2026-11-30',
  finalInvoiceAmount: null,
  remindersSent: 0,
  escalations: 0,
  disputes: 0,
  lastRejectionReason: null,
  openInformationRequest: null,
};
const transfer: ContractContext = { ...cancel, action: 'transfer' };
const LANGUAGES: Language[] = ['nl', 'en'];
/** The heirs' words: they read the estate's debts. */
const words = { providerName: 'KPN', dueDate: '2026-12-07', readsDebts: true };
/** A step into `to` by `event` from `from`, with what the event recorded. */
const step = (event: string, from: string | null, to: string, recorded: { amount?: number } = {}) => contractStep({ type: event, ...recorded }, from, to);

describe('plain-language contract status', () => {
  it('has a status and a next step for every state, in Dutch and English, with and without a due date', () => {
    for (const state of CONTRACT_STATES) {
      for (const lang of LANGUAGES) {
        for (const context of [cancel, transfer, { ...cancel, effectiveDate: null }]) {
          for (const w of [words, { providerName: 'KPN' }, { providerName: 'KPN', dueDate: null }]) {
            const status = contractStatusText(state, context, lang, w);
            const next = contractNextStep(state, context, lang, w);
            expect(status).toContain('KPN');
            for (const text of [status, next]) {
              expect(text).not.toMatch(/undefined|null|NaN|\$\{|  /);
              expect(text).toMatch(/^[A-Z].*\.$/);
            }
          }
        }
      }
      expect(contractStatusText(state, cancel, 'nl', words)).not.toBe(contractStatusText(state, cancel, 'en', words));
    }
  });

  it('tells for every state, in the past tense, what happened (for the family timeline)', () => {
    for (const state of CONTRACT_STATES) {
      for (const lang of LANGUAGES) {
        const change = contractChangeText(step('SOME_EVENT', null, state), transfer, lang, 'Eneco', true);
        expect(change).toContain('Eneco');
        expect(change).not.toMatch(/undefined|null|NaN|uiterlijk|\bby\b/);
        expect(change).not.toBe(contractStatusText(state, transfer, lang, { providerName: 'Eneco' }));
      }
    }
    expect(contractChangeText(step('REQUEST', 'ready', 'requested'), transfer, 'en', 'Vitens', true)).toBe('We asked Vitens in writing to transfer the contract.');
  });

  it('tells supplied information as sent, not as the request again', () => {
    const supplied = step('INFORMATION_SUPPLIED', 'informationRequested', 'requested');
    expect(contractChangeText(supplied, cancel, 'nl', 'KPN', true)).toBe('We hebben KPN de gevraagde informatie gestuurd.');
    expect(contractChangeText(supplied, cancel, 'en', 'KPN', true)).toBe('We sent KPN the information it asked for.');
  });

  it('tells a reminder and a complaint as a missing confirmation, also after the provider acknowledged', () => {
    for (const from of ['requested', 'acknowledged']) {
      expect(contractChangeText(step('DEADLINE_PASSED', from, 'reminded'), cancel, 'nl', 'KPN', true)).toBe('KPN bevestigde niet op tijd; we hebben een herinnering gestuurd.');
      expect(contractChangeText(step('DEADLINE_PASSED', from, 'reminded'), cancel, 'en', 'KPN', true)).toBe('KPN did not confirm in time; we sent a reminder.');
    }
    expect(contractChangeText(step('DEADLINE_PASSED', 'reminded', 'escalated'), cancel, 'nl', 'KPN', true)).toBe('KPN bevestigde ook na de herinnering niet; we hebben een klacht ingediend.');
    expect(contractChangeText(step('DEADLINE_PASSED', 'reminded', 'escalated'), cancel, 'en', 'KPN', true)).toBe('KPN still did not confirm after the reminder; we filed a complaint.');
  });

  it("tells v1's complaint after an unanswered dispute or collection stop as the complaint, not as the dispute or the stop again", () => {
    const complaint = (state: string, lang: Language) => contractChangeText(contractStep({ type: 'DEADLINE_PASSED' }, state, state, ['letter', 'notify_owner']), cancel, lang, 'KPN', true);
    expect(complaint('disputed', 'nl')).toBe('KPN reageerde niet op ons bezwaar; we hebben een klacht ingediend.');
    expect(complaint('collectionStopRequested', 'nl')).toBe('KPN bevestigde niet op tijd dat de incasso is gestopt; we hebben een klacht ingediend.');
    expect(complaint('collectionStopRequested', 'en')).toBe('KPN did not confirm in time that the collection has stopped; we filed a complaint.');
  });

  it("tells a dispute's end by how it ended, not as a fresh confirmation", () => {
    const credit = step('CREDIT_NOTE_SENT', 'disputed', 'confirmed', { amount: 14.52 });
    expect(contractChangeText(credit, cancel, 'nl', 'KPN', true)).toBe('KPN heeft een creditnota van €\u00a014,52 gestuurd; het bezwaar is afgehandeld.');
    expect(contractChangeText(credit, cancel, 'en', 'KPN', true)).toBe('KPN sent a credit note of €14.52; the dispute is settled.');
    expect(contractChangeText(step('CREDIT_NOTE_SENT', 'disputed', 'confirmed'), cancel, 'nl', 'KPN', true)).toBe('KPN heeft een creditnota gestuurd; het bezwaar is afgehandeld.');
    const withdrawn = step('INVOICE_WITHDRAWN', 'disputeEscalated', 'confirmed');
    expect(contractChangeText(withdrawn, cancel, 'nl', 'KPN', true)).toBe('KPN heeft de rekening ingetrokken; het bezwaar is afgehandeld.');
    expect(contractChangeText(withdrawn, cancel, 'en', 'KPN', true)).toBe('KPN withdrew the bill; the dispute is settled.');
    // A collected bill nobody disputed, withdrawn: no objection was settled (each reader, both languages).
    const undisputed = contractStep({ type: 'INVOICE_WITHDRAWN', billDisputed: false }, 'collectionStopRequested', 'confirmed');
    expect([true, false].flatMap((debts) => LANGUAGES.map((lang) => contractChangeText(undisputed, cancel, lang, 'KPN', debts)))).toEqual([
      'KPN heeft de rekening ingetrokken.', 'KPN withdrew the bill.', 'KPN heeft de rekening ingetrokken.', 'KPN withdrew the bill.',
    ]);
    expect(LANGUAGES.map((lang) => ownerChangeText(undisputed, cancel, lang, 'KPN'))).toEqual(['Factuur ingetrokken door KPN; er liep geen bezwaar tegen.', 'KPN withdrew the invoice; it was not disputed.']);
    // One that was disputed, or a step stored before it was recorded, reads as before.
    const disputedOne = contractStep({ type: 'INVOICE_WITHDRAWN', billDisputed: true }, 'collectionStopRequested', 'confirmed');
    expect(contractChangeText(disputedOne, cancel, 'nl', 'KPN', true)).toBe('KPN heeft de rekening ingetrokken; het bezwaar is afgehandeld.');
    expect(ownerChangeText(withdrawn, cancel, 'nl', 'KPN')).toBe('Factuur ingetrokken door KPN; geschil gesloten.');
    for (const from of ['disputed', 'disputeEscalated', 'disputeRejected']) {
      expect(contractChangeText(step('DISPUTE_RESOLVED', from, 'confirmed'), cancel, 'nl', 'KPN', true)).toBe('Het bezwaar tegen de rekening van KPN is afgehandeld.');
      expect(contractChangeText(step('DISPUTE_RESOLVED', from, 'confirmed'), cancel, 'en', 'KPN', true)).toBe("The objection to KPN's bill has been dealt with.");
    }
    expect(contractChangeText(step('DISPUTE_RESOLVED', 'collectionStopRequested', 'confirmed'), cancel, 'nl', 'KPN', true)).toBe('De incasso over KPN is afgehandeld.');
    expect(contractChangeText(step('DISPUTE_RESOLVED', 'collectionStopRequested', 'confirmed'), cancel, 'en', 'KPN', true)).toBe('The debt collection about KPN has been dealt with.');
    // The provider's own completion still reads as its confirmation.
    expect(contractChangeText(step('COMPLETE', 'acknowledged', 'confirmed'), cancel, 'nl', 'KPN', true)).toBe('KPN heeft bevestigd dat het contract wordt beëindigd.');
  });

  it('tells the family what happens with the bills the owner settled, as recorded, and that the objection to the rest stands', () => {
    const held = { reference: 'F-01', amount: 14.98, held: true };
    const settled = (outcome: string, bills: object[], more: object = {}) => contractStep({ type: 'DISPUTE_RESOLVED', outcome, settled: bills, ...more }, 'disputeRejected', 'confirmed');
    const both = (s: ReturnType<typeof settled>) => [contractChangeText(s, cancel, 'nl', 'KPN', true), contractChangeText(s, cancel, 'en', 'KPN', true)];
    expect(both(settled('alreadyPaid', [held]))).toEqual([
      'Rekening F-01 (€\u00a014,98) van KPN is al betaald; u hoeft er niets meer aan te doen.',
      'Bill F-01 (€14.98) from KPN has already been paid; you need not do anything about it.',
    ]);
    expect(both(settled('providerWithdrew', [held, { reference: 'F-12', amount: 31, held: false }]))).toEqual([
      'KPN heeft rekeningen F-01 (€\u00a014,98) en F-12 (€\u00a031,00) alsnog ingetrokken; u hoeft ze niet te betalen.',
      'KPN has withdrawn bills F-01 (€14.98) and F-12 (€31.00) after all; you need not pay them.',
    ]);
    // A bill the provider never answered, paid from the estate: no claim that the provider holds to it.
    expect(both(settled('payFromEstate', [{ reference: 'F-12', amount: 31, held: false }]))[0]).toBe('Rekening F-12 (€\u00a031,00) van KPN wordt betaald uit de nalatenschap.');
    const oneOfTwo = contractStep({ type: 'DISPUTE_RESOLVED', outcome: 'payFromEstate', settled: [held], invoiceReference: 'F-01' }, 'disputeRejected', 'disputed', [], { openDisputes: [{ reference: 'F-12' } as never] });
    expect(contractChangeText(oneOfTwo, cancel, 'nl', 'KPN', true)).toBe('KPN houdt vast aan rekening F-01 (€\u00a014,98). Deze rekening wordt betaald uit de nalatenschap. Ons bezwaar tegen rekening F-12 loopt nog.');
    // An unknown outcome, or none recorded, says what it always did.
    expect(both(settled('forgiven', [held]))[0]).toBe('Het bezwaar tegen de rekening van KPN is afgehandeld.');
  });

  it('tells the family that the provider credited part of a bill paid from the estate, never that it holds to it', () => {
    const partly = contractStep({ type: 'DISPUTE_RESOLVED', outcome: 'payFromEstate', settled: [{ reference: 'F-2027-0001', amount: 46, held: true, credited: 20 }] }, 'disputeRejected', 'confirmed');
    expect(contractChangeText(partly, cancel, 'nl', 'KPN', true)).toBe('KPN heeft € 20,00 van rekening F-2027-0001 gecrediteerd; de rest (€ 46,00) wordt betaald uit de nalatenschap.'.replace(/€ /g, '€\u00a0'));
    expect(contractChangeText(partly, cancel, 'en', 'KPN', true)).toBe('KPN has credited €20.00 of bill F-2027-0001; the rest (€46.00) will be paid from the estate.');
    // A relative who does not read debts reads no amounts.
    expect(contractChangeText(partly, cancel, 'nl', 'KPN', false)).toBe('KPN heeft de rekening voor een deel gecrediteerd; de rest wordt betaald uit de nalatenschap.');
    expect(contractChangeText(partly, cancel, 'en', 'KPN', false)).toBe('KPN has credited part of the bill; the rest will be paid from the estate.');
    // One bill credited in part, one held to in full: each as it was answered.
    const mixed = contractStep(
      { type: 'DISPUTE_RESOLVED', outcome: 'payFromEstate', settled: [{ reference: 'F-01', amount: 14.98, held: true }, { reference: 'F-02', amount: 46, held: true, credited: 20 }] },
      'disputeRejected',
      'confirmed',
    );
    expect(contractChangeText(mixed, cancel, 'nl', 'KPN', true)).toBe(
      'KPN houdt vast aan rekening F-01 (€ 14,98). Deze rekening wordt betaald uit de nalatenschap. KPN heeft € 20,00 van rekening F-02 gecrediteerd; de rest (€ 46,00) wordt betaald uit de nalatenschap.'.replace(/€ /g, '€\u00a0'),
    );
    expect(contractChangeText(mixed, cancel, 'nl', 'KPN', false)).toBe('KPN heeft een van de rekeningen voor een deel gecrediteerd en houdt vast aan de andere rekening; wat daarvan nog openstaat, wordt betaald uit de nalatenschap.');
  });

  it('writes Dutch in Dutch', () => {
    for (const state of CONTRACT_STATES) {
      for (const text of [contractStatusText(state, cancel, 'nl', words), contractNextStep(state, cancel, 'nl', words)]) {
        expect(text).not.toMatch(/\b(the|we will|you|by|and|contract with)\b/i);
      }
    }
  });

  it('states the deadline as a written-out date', () => {
    expect(contractStatusText('requested', cancel, 'nl', words)).toBe('We hebben KPN gevraagd het contract te beëindigen; KPN moet uiterlijk 7 december 2026 antwoorden.');
    expect(contractStatusText('requested', cancel, 'en', words)).toBe('We have asked KPN to end the contract; KPN should answer by 7 December 2026.');
    expect(contractNextStep('requested', cancel, 'nl', words)).toBe('Antwoordt KPN niet uiterlijk 7 december 2026, dan sturen we een herinnering.');
    expect(contractNextStep('requested', cancel, 'en', words)).toBe('If KPN has not answered by 7 December 2026, we will send a reminder.');
    // The dispute asks for a credit note, a corrected bill or the bill withdrawn: not only the last.
    expect(contractNextStep('disputed', cancel, 'nl', words)).toBe('We verwachten dat KPN de rekening uiterlijk 7 december 2026 corrigeert of intrekt; anders dienen we een klacht in.');
    expect(contractNextStep('disputed', cancel, 'en', words)).toBe('We expect KPN to correct or withdraw the bill by 7 December 2026; otherwise we will file a complaint.');
  });

  it('reads well without a due date', () => {
    expect(contractStatusText('requested', cancel, 'nl', { providerName: 'KPN' })).toBe('We hebben KPN gevraagd het contract te beëindigen; KPN moet binnenkort antwoorden.');
    expect(contractNextStep('requested', cancel, 'nl', { providerName: 'KPN' })).toBe('Antwoordt KPN niet op tijd, dan sturen we een herinnering.');
    expect(contractNextStep('confirmed', cancel, 'en', { providerName: 'KPN' })).toBe('If no further bill from KPN arrives in the coming weeks, this contract is settled.');
    expect(contractNextStep('escalated', cancel, 'nl', { providerName: 'KPN' })).toBe('Antwoordt KPN niet op tijd, dan neemt uw contactpersoon persoonlijk contact op met KPN.');
  });

  it('tells the family the complaint has its own term before the case owner calls', () => {
    expect(contractNextStep('escalated', cancel, 'nl', words)).toBe('Antwoordt KPN niet uiterlijk 7 december 2026, dan neemt uw contactpersoon persoonlijk contact op met KPN.');
    expect(contractNextStep('escalated', cancel, 'en', words)).toBe('If KPN has not answered by 7 December 2026, your contact person will contact KPN personally.');
  });

  it("after a transfer watches only for bills and mail in the deceased's name: the new holder's are no stray ones", () => {
    expect(contractNextStep('confirmed', transfer, 'nl', words)).toBe('Komt er tot en met 7 december 2026 geen rekening meer op naam van de overledene, dan is de overzetting afgehandeld.');
    expect(contractNextStep('confirmed', transfer, 'en', words)).toBe("If no further bill in the deceased's name arrives by 7 December 2026, the transfer is settled.");
    expect(contractStatusText('settled', transfer, 'nl', words)).toBe('De overzetting bij KPN is afgehandeld; het contract staat op naam van de nieuwe contracthouder.');
    expect(contractStatusText('settled', transfer, 'en', words)).toBe("The transfer with KPN is settled; the contract is in the new holder's name.");
    for (const state of ['settled', 'closed'] as const) {
      expect(contractNextStep(state, transfer, 'nl', words)).toBe('Er hoeft niets meer te gebeuren. Komt er nog post van KPN gericht aan de overledene, stuur die dan naar ons door.');
      expect(contractNextStep(state, transfer, 'en', words)).toBe('Nothing more needs to happen. Should mail from KPN addressed to the deceased still arrive, please forward it to us.');
      expect(contractNextStep(state, cancel, 'nl', words)).toBe('Er hoeft niets meer te gebeuren. Komt er toch nog post van KPN, stuur die dan naar ons door.');
    }
  });

  // famclosed (audit85 WORDS-1): the relative who now holds it reads her own name, not "de nieuwe contracthouder".
  it('names the new holder of a transfer once the caller knows them, in the settled and the confirmed words', () => {
    const named = { ...words, newHolder: 'Maria de Vries-Jansen' };
    expect(contractStatusText('closed', transfer, 'nl', named)).toBe('De overzetting bij KPN is afgehandeld; het contract staat op naam van Maria de Vries-Jansen.');
    expect(contractStatusText('settled', transfer, 'en', named)).toBe('The transfer with KPN is settled; the contract is in the name of Maria de Vries-Jansen.');
    expect(contractStatusText('confirmed', transfer, 'nl', named)).toBe('KPN heeft bevestigd dat het contract per 30 november 2026 op naam van Maria de Vries-Jansen staat. We letten erop dat alles klopt.');
    expect(contractStatusText('confirmed', transfer, 'en', named)).toBe('KPN has confirmed that the contract is in the name of Maria de Vries-Jansen as of 30 November 2026. We are making sure everything is right.');
  });

  it('tells a transfer from a cancellation, and names the confirmed date', () => {
    expect(contractStatusText('requested', transfer, 'nl', words)).toContain('het contract op een nieuwe naam te zetten');
    expect(contractStatusText('confirmed', cancel, 'en', words)).toContain('ends on 30 November 2026');
    expect(contractStatusText('confirmed', cancel, 'nl', words)).toContain('eindigt op 30 november 2026');
    expect(contractStatusText('confirmed', transfer, 'nl', words)).toBe('KPN heeft bevestigd dat het contract per 30 november 2026 op de nieuwe naam staat. We letten erop dat alles klopt.');
    expect(contractStatusText('confirmed', { ...cancel, effectiveDate: null }, 'nl', words)).toContain('dat het contract wordt beëindigd.');
  });

  it('says of a settled contract whose bill the estate still owes only that the rest is done: the bill is said before it', () => {
    const owed = { ...words, billsOwed: true };
    for (const state of ['settled', 'closed'] as const) {
      expect(contractStatusText(state, cancel, 'nl', owed)).toBe('Verder is het contract bij KPN afgehandeld.');
      expect(contractStatusText(state, cancel, 'en', owed)).toBe('Apart from that, the contract with KPN is settled.');
      expect(contractStatusText(state, transfer, 'nl', owed)).toBe('Verder is de overzetting bij KPN afgehandeld; het contract staat op naam van de nieuwe contracthouder.');
      expect(contractStatusText(state, transfer, 'en', owed)).toBe("Apart from that, the transfer with KPN is settled; the contract is in the new holder's name.");
    }
    // A confirmation still watched for late bills is not "done": its words stay as they are.
    expect(contractStatusText('confirmed', cancel, 'nl', owed)).toBe(contractStatusText('confirmed', cancel, 'nl', words));
  });

  it('keeps provider names as written, and starts a sentence with a capital when no name is given', () => {
    expect(contractStatusText('settled', cancel, 'nl', { providerName: 'bol.com' })).toBe('Het contract bij bol.com is volledig afgehandeld.');
    expect(contractStatusText('reminded', cancel, 'nl', { providerName: 'bol.com' })).toMatch(/^bol\.com heeft/);
    expect(contractStatusText('reminded', cancel, 'nl')).toMatch(/^De organisatie heeft de beëindiging nog niet bevestigd\./);
    expect(contractStatusText('requested', cancel, 'en')).toBe('We have asked the organisation to end the contract; the organisation should answer soon.');
  });

  describe('an open dispute: the family is told only what the dispute letter disputes', () => {
    // The letter disputes the days billed after the end date and accepts the days up to it.
    const bill = { reference: 'F-7', invoiceDate: '2027-01-05', periodFrom: '2026-11-01', periodTo: '2026-12-31', amount: 1229.35 };
    const disputing = (invoice: typeof bill): ContractContext => ({ ...cancel, disputes: 1, openDispute: { ...invoice, disputed: disputedPart(cancel.effectiveDate!, invoice)! } });
    const partly = disputing(bill); // 31 of 61 days: € 624,75 of € 1.229,35
    const wholly = disputing({ ...bill, periodFrom: '2026-12-01' });
    const v1: ContractContext = { ...cancel, disputes: 1 };
    const states = ['disputed', 'disputeEscalated'] as const;

    it('says the part up to the end date was paid once it is marked so, never that it is owed', () => {
      const paid = { ...words, untilEndPaid: ['F-7'] };
      expect(contractStatusText('disputed', partly, 'nl', paid)).toMatch(/; het deel tot en met 30 november 2026, de einddatum, is betaald\.$/);
      expect(contractStatusText('disputeEscalated', partly, 'en', paid)).toMatch(/; the part up to 30 November 2026, the end date, has been paid\.$/);
      expect(contractStatusText('disputed', partly, 'nl', paid)).not.toContain('verschuldigd');
    });

    it('needs paying only the part after the end date when that is less than the bill, and says the rest is owed', () => {
      for (const state of states) {
        const nl = contractStatusText(state, partly, 'nl', words);
        const en = contractStatusText(state, partly, 'en', words);
        expect(nl).toMatch(/ U hoeft het deel na de einddatum \(€\u00a0624,75\) niet te betalen zolang het bezwaar loopt; het deel tot en met 30 november 2026, de einddatum, is wel verschuldigd\.$/);
        expect(en).toMatch(/ You need not pay the part after the end date \(€624\.75\) while the dispute is open; the part up to 30 November 2026, the end date, is owed\.$/);
        expect(nl).not.toContain('U hoeft deze rekening niet te betalen');
        expect(en).not.toContain('You do not need to pay this bill');
      }
      // "Overschrijving" is a bank transfer in Dutch; the family reads "overzetting" everywhere else.
      expect(contractStatusText('disputed', { ...partly, action: 'transfer' }, 'nl', words)).toMatch(/^KPN heeft na de overzetting nog een rekening gestuurd\./);
      expect(contractStatusText('disputed', { ...partly, action: 'transfer' }, 'nl', words)).toContain('U hoeft het deel na de datum van de overzetting (€\u00a0624,75) niet te betalen');
      expect(contractStatusText('disputed', { ...partly, action: 'transfer' }, 'en', words)).toContain('the part up to 30 November 2026, the transfer date, is owed.');
    });

    it('needs not paying the whole bill only when the whole bill is disputed', () => {
      for (const state of states) {
        expect(contractStatusText(state, wholly, 'nl', words)).toMatch(/ U hoeft deze rekening niet te betalen zolang het bezwaar loopt\.$/);
        expect(contractStatusText(state, wholly, 'en', words)).toMatch(/ You do not need to pay this bill while the dispute is open\.$/);
      }
    });

    it('says nothing about paying when no amounts are recorded (a v1 dispute), only that we objected', () => {
      expect(contractStatusText('disputed', v1, 'nl', words)).toBe('KPN heeft na de einddatum nog een rekening gestuurd. We hebben bezwaar gemaakt en verwachten uiterlijk 7 december 2026 een reactie.');
      expect(contractStatusText('disputed', v1, 'en', words)).toBe('KPN sent a bill after the end date. We have disputed it and expect an answer by 7 December 2026.');
      expect(contractStatusText('disputeEscalated', v1, 'nl', words)).toBe('KPN heeft niet gereageerd op ons bezwaar tegen de rekening. We hebben een klacht ingediend.');
      expect(contractStatusText('disputeEscalated', v1, 'en', words)).toBe('KPN did not answer our objection to the bill. We have filed a complaint.');
      for (const state of states) for (const lang of LANGUAGES) expect(contractStatusText(state, v1, lang, words)).not.toMatch(/betalen|pay|€/);
    });
  });

  it('says something true for a state it does not know', () => {
    expect(contractStatusText('someFutureState' as never, cancel, 'nl', words)).toBe('We zijn bezig met het contract bij KPN.');
  });
});

describe('plain-language estate status', () => {
  it('describes every estate state in both languages', () => {
    for (const state of ESTATE_STATES) {
      const [nl, en] = LANGUAGES.map((lang) => estateStatusText(state, lang));
      expect(nl).toMatch(/^[A-Z].{10,}\.$/);
      expect(en).toMatch(/^[A-Z].{10,}\.$/);
      expect(nl).not.toBe(en);
    }
  });

  it('says at settling what was left that day, never "alle contracten zijn afgehandeld" beside it (closewords)', () => {
    const left = 'Alles is afgehandeld, behalve een terugbetaling van € 9,99 aan de nalatenschap die nog niet is ontvangen.';
    expect(estateStepText('ALL_CONTRACTS_SETTLED', 'settling', 'nl', left)).toBe(`${left} We ronden het dossier af.`);
    expect(estateStepText('ALL_CONTRACTS_SETTLED', 'settling', 'en', 'Everything is settled except a refund.')).toBe('Everything is settled except a refund. We are completing the file.');
    expect(estateStepText('ALL_CONTRACTS_SETTLED', 'settling', 'nl')).toBe('Alle contracten zijn afgehandeld; we ronden het dossier af.');
  });
});

describe('long dates', () => {
  it('writes dates out as the letters do', () => {
    expect(longDate('2026-11-22', 'nl')).toBe('22 november 2026');
    expect(longDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(longDate('2027-01-01', 'nl')).toBe('1 januari 2027');
  });
});

describe('a provider informed through the BRP', () => {
  it('asks the owner to check what the provider did by itself, per kind of provider, in both languages', () => {
    expect(brpCheckText('SVB', 'government', 'nl')).toBe('Waarschijnlijk al geïnformeerd via de BRP — controleren bij SVB: laatste betaling of aanslag, verrekening of terugvordering van te veel betaald, brief voor een contactpersoon, aangifte inkomstenbelasting.');
    expect(brpCheckText('PFZW', 'pension', 'nl')).toContain('terugvordering van te veel betaald pensioen');
    expect(brpCheckText('CZ', 'insurance', 'en')).toBe('Probably informed through the BRP already — check with CZ: policy stopped as of the day after the death, last premium collection, refund of premium paid in advance.');
    expect(brpCheckText('Gemeente', 'housing', 'en')).toContain('refund or recovery of any over-payment');
  });
});

describe("the desk's refusal of a corrected confirmation", () => {
  it('names the collection stop, not a dispute, while a collection stop is asked', () => {
    const nl = providerConflictText('COMPLETION_CORRECTED', 'provider', 'collectionStopRequested', 'nl');
    expect(nl).toContain('Wij vroegen u een incasso op te schorten, en onze brief daarover noemde de einddatum.');
    expect(nl).not.toContain('bezwaar');
    expect(providerConflictText('COMPLETION_CORRECTED', 'provider', 'collectionStopRequested', 'en')).toContain('Answer our request to suspend the collection first');
    expect(providerConflictText('COMPLETION_CORRECTED', 'provider', 'disputed', 'nl')).toContain('Beantwoord eerst het bezwaar');
  });
});

describe('a provider answer the case owner recorded, by how it reached her (README, receivedvia)', () => {
  const corrected = (receivedVia: string | undefined, changes: { field: string; from: unknown; to: unknown }[]) =>
    contractStep({ type: 'COMPLETION_CORRECTED', corrected: changes, ...(receivedVia && { receivedVia }) }, 'confirmed', 'confirmed');
  const cancel = { action: 'cancel' } as ContractContext;

  it('tells the family what the provider told her, not that it corrected anything; a value first recorded or taken away as such', () => {
    const date = [{ field: 'effectiveDate', from: '2026-11-30', to: '2026-11-29' }];
    expect(contractChangeText(corrected('phone', date), cancel, 'nl', 'KPN')).toBe('KPN gaf telefonisch door dat de einddatum 29 november 2026 is in plaats van 30 november 2026.');
    expect(contractChangeText(corrected('email', date), cancel, 'en', 'KPN')).toBe('KPN told us by email that the end date is 29 November 2026 instead of 30 November 2026.');
    const bill = [{ field: 'reference', from: 'K-1', to: 'K-2' }, { field: 'finalInvoiceAmount', from: 7.5, to: null }];
    expect(contractChangeText(corrected('post', bill), cancel, 'nl', 'KPN', true)).toBe('KPN gaf per brief door dat het kenmerk K-2 is in plaats van K-1 en de eindafrekening vervalt (was €\u00a07,50).');
    expect(contractChangeText(corrected('post', [{ field: 'finalInvoiceAmount', from: null, to: 12.5 }]), cancel, 'en', 'KPN', true)).toBe('KPN told us by letter that the final bill is €12.50.');
    // A relative who does not read the estate's debts reads no amount: that the final bill differs.
    expect(contractChangeText(corrected('post', bill), cancel, 'nl', 'KPN')).toBe('KPN gaf per brief door dat het kenmerk K-2 is in plaats van K-1. Ook de eindafrekening is gecorrigeerd.');
    expect(contractChangeText(corrected('phone', [bill[1]]), cancel, 'nl', 'KPN')).toBe('KPN gaf telefonisch door dat de eindafrekening anders is.');
    // Given in the desk (no way recorded): the provider corrected it.
    expect(contractChangeText(corrected(undefined, date), cancel, 'nl', 'KPN')).toBe('KPN heeft de einddatum gecorrigeerd: 29 november 2026 in plaats van 30 november 2026.');
  });

  it('ends the owner timeline entry with how it came', () => {
    const ack = contractStep({ type: 'ACKNOWLEDGE', receivedVia: 'phone' }, 'requested', 'acknowledged');
    expect(ownerChangeText(ack, cancel, 'nl', 'KPN')).toBe('Ontvangst bevestigd door KPN. Telefonisch ontvangen.');
    expect(ownerChangeText({ ...ack, receivedVia: 'email' }, cancel, 'en', 'KPN')).toBe('Receipt acknowledged by KPN. Received by email.');
    expect(ownerChangeText({ ...ack, receivedVia: null }, cancel, 'nl', 'KPN')).toBe('Ontvangst bevestigd door KPN.');
  });
});

describe('a collection stop recorded before the owner said who answered it (README, collrest)', () => {
  // Recorded by the owner (a way it reached her) before collwho asked who answered: the record does not say whether the provider or the agency did.
  const old = { type: 'COLLECTION_STOPPED', note: null, receivedVia: 'email' };
  const stopped = contractStep(old, 'collectionStopRequested', 'confirmed');
  const cancel = { action: 'cancel' } as ContractContext;

  it('says in every reader that who answered was not recorded, never that the provider did', () => {
    expect(ownerChangeText(stopped, cancel, 'nl', 'KPN')).toBe('Incasso gestopt; niet vastgelegd is of KPN of het incassobureau dit liet weten. Per e-mail ontvangen.');
    expect(ownerChangeText(stopped, cancel, 'en', 'KPN')).toBe('Collection stopped; it was not recorded whether KPN or the collection agency said so. Received by email.');
    expect(contractChangeText(stopped, cancel, 'nl', 'KPN')).toBe('Er is ons laten weten dat de incasso is gestopt; niet vastgelegd is of KPN of het incassobureau dat deed. Dit werd ons per e-mail doorgegeven.');
    expect(contractChangeText(stopped, cancel, 'en', 'KPN')).toBe('We were told that the debt collection has stopped; it was not recorded whether KPN or the collection agency told us. This was passed on to us by email.');
    expect(providerAnswerText('COLLECTION_STOPPED', old, 'nl', { by: 'Anna de Boer', via: 'email', overrides: false })).toBe('Steward (Anna de Boer) legde vast wat per e-mail werd doorgegeven, zonder vast te leggen of u of het incassobureau het gaf: De incasso is gestopt');
    expect(providerAnswerText('COLLECTION_STOPPED', old, 'en', { by: 'Anna de Boer', via: 'email', overrides: false })).toBe('Steward (Anna de Boer) recorded what was passed on by email, without recording whether you or the collection agency gave it: The debt collection was stopped');
  });

  it('still reads a stop given in the desk as the provider’s', () => {
    const desk = contractStep({ type: 'COLLECTION_STOPPED', note: null }, 'collectionStopRequested', 'confirmed');
    expect(ownerChangeText(desk, cancel, 'nl', 'KPN')).toBe('Incasso gestopt volgens KPN.');
    expect(contractChangeText(desk, cancel, 'nl', 'KPN')).toBe('KPN heeft laten weten dat de incasso is gestopt.');
  });
});

describe('deskterm: after a term on a Friday, and after the desk’s own rejection', () => {
  it('tells the owner the day the reminder goes while it waits for the working day after the term, and nothing once that day is gone', () => {
    const friday = { providerName: 'KPN', dueDate: '2026-12-11' };
    expect(ownerNextStep('requested', cancel, 'nl', { ...friday, today: '2026-12-11' })).toBe('Geen antwoord uiterlijk 11 december 2026: herinnering gaat automatisch.');
    expect(ownerNextStep('requested', cancel, 'nl', { ...friday, today: '2026-12-13' })).toBe('Geen antwoord uiterlijk 11 december 2026: herinnering gaat op 14 december 2026 automatisch.');
    expect(ownerNextStep('acknowledged', cancel, 'en', { ...friday, today: '2026-12-12' })).toBe('No confirmation by 11 December 2026: a reminder goes out automatically on 14 December 2026.');
    // Christmas: a term on Thursday 24 December 2026 is chased on Monday the 28th.
    expect(ownerNextStep('reminded', cancel, 'nl', { providerName: 'KPN', dueDate: '2026-12-24', today: '2026-12-26' })).toBe('Geen antwoord uiterlijk 24 december 2026: klacht gaat op 28 december 2026 automatisch.');
    expect(ownerNextStep('requested', cancel, 'nl', { ...friday, today: '2026-12-15' })).toBe('Geen antwoord uiterlijk 11 december 2026: herinnering gaat automatisch.');
  });

  it('tells the family on the card’s status line the day the reminder or complaint goes, and what follows it in the next step; as before up to the term and once that day is gone (famrest, famstatus)', () => {
    const friday = { providerName: 'KPN', dueDate: '2026-12-11' };
    expect(contractStatusText('requested', cancel, 'nl', { ...friday, today: '2026-12-11' })).toBe('We hebben KPN gevraagd het contract te beëindigen; KPN moet uiterlijk 11 december 2026 antwoorden.');
    expect(contractNextStep('requested', cancel, 'nl', { ...friday, today: '2026-12-11' })).toBe('Antwoordt KPN niet uiterlijk 11 december 2026, dan sturen we een herinnering.');
    // Sunday: the status line (which the daily email says) names the passed term and the day; the next step what comes after, once.
    const sunday = { ...friday, today: '2026-12-13' };
    expect(contractStatusText('requested', cancel, 'nl', sunday)).toBe('We hebben KPN gevraagd het contract te beëindigen. KPN antwoordde niet uiterlijk 11 december 2026; op 14 december 2026 sturen we een herinnering.');
    expect(contractNextStep('requested', cancel, 'nl', sunday)).toBe('Antwoordt KPN ook na de herinnering niet op tijd, dan dienen we een klacht in.');
    expect(contractStatusText('requested', cancel, 'en', { ...friday, today: '2026-12-12' })).toBe('We have asked KPN to end the contract. KPN did not answer by 11 December 2026; on 14 December 2026 we will send a reminder.');
    expect(contractNextStep('requested', cancel, 'en', { ...friday, today: '2026-12-12' })).toBe('If KPN does not answer in time after the reminder either, we will file a complaint.');
    expect(contractStatusText('acknowledged', cancel, 'nl', { ...friday, today: '2026-12-12' })).toBe('KPN heeft het verzoek ontvangen en behandelt het. KPN bevestigde niet uiterlijk 11 december 2026; op 14 december 2026 sturen we een herinnering.');
    expect(contractNextStep('acknowledged', cancel, 'nl', { ...friday, today: '2026-12-12' })).toBe('Bevestigt KPN ook na de herinnering niet op tijd, dan dienen we een klacht in.');
    expect(contractStatusText('acknowledged', cancel, 'en', { ...friday, today: '2026-12-14' })).toBe('KPN has received the request and is handling it. KPN did not confirm by 11 December 2026; on 14 December 2026 we will send a reminder.');
    expect(contractNextStep('acknowledged', cancel, 'en', { ...friday, today: '2026-12-14' })).toBe('If KPN does not confirm in time after the reminder either, we will file a complaint.');
    // Christmas: the complaint after a reminder whose term is Thursday 24 December goes on Monday the 28th; after it, the call.
    const christmas = { providerName: 'KPN', dueDate: '2026-12-24', today: '2026-12-26' };
    expect(contractStatusText('reminded', cancel, 'nl', christmas)).toBe('KPN heeft de beëindiging nog niet bevestigd. We hebben een herinnering gestuurd. KPN antwoordde niet uiterlijk 24 december 2026; op 28 december 2026 dienen we een klacht in.');
    expect(contractNextStep('reminded', cancel, 'nl', christmas)).toBe('Antwoordt KPN ook na de klacht niet op tijd, dan neemt uw contactpersoon persoonlijk contact op met KPN.');
    expect(contractStatusText('reminded', cancel, 'en', christmas)).toBe('KPN has not yet confirmed the cancellation. We have sent a reminder. KPN did not answer by 24 December 2026; on 28 December 2026 we will file a complaint.');
    expect(contractNextStep('reminded', cancel, 'en', christmas)).toBe('If KPN does not answer in time after the complaint either, your contact person will contact KPN personally.');
    // Never the same sentence twice on the card, nor a passed day as one still to come.
    for (const [state, words] of [['requested', sunday], ['acknowledged', sunday], ['reminded', christmas]] as const) {
      for (const lang of ['nl', 'en'] as const) {
        const status = contractStatusText(state, cancel, lang, words);
        const next = contractNextStep(state, cancel, lang, words);
        expect(status.split('. ').filter((sentence) => next.includes(sentence))).toEqual([]);
        expect(status).not.toMatch(/moet (nu )?uiterlijk|should (now )?answer by|verwachten we uiterlijk|expect a confirmation by/);
      }
    }
    // The owner reads the same day, from the same rule.
    expect(ownerNextStep('reminded', cancel, 'nl', christmas)).toContain('op 28 december 2026');
    expect(contractStatusText('requested', cancel, 'nl', { ...friday, today: '2026-12-15' })).toBe('We hebben KPN gevraagd het contract te beëindigen; KPN moet uiterlijk 11 december 2026 antwoorden.');
    expect(contractNextStep('requested', cancel, 'nl', { ...friday, today: '2026-12-15' })).toBe('Antwoordt KPN niet uiterlijk 11 december 2026, dan sturen we een herinnering.');
  });

  it('tells the family and the owner of a dispute, on the days after its Friday term, the day the complaint goes, never the passed day as to come (famrest2)', () => {
    const bill = { reference: 'F-41', invoiceDate: '2027-01-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 30 } };
    const dispute: ContractContext = { ...cancel, disputes: 1, openDispute: undefined, openDisputes: [bill] };
    const friday = { providerName: 'KPN', dueDate: '2027-02-19' };
    const saturday = { ...friday, today: '2027-02-20' };
    expect(contractStatusText('disputed', dispute, 'nl', saturday)).toBe('KPN heeft na de einddatum nog een rekening gestuurd. We hebben bezwaar gemaakt. KPN antwoordde niet uiterlijk 19 februari 2027; op 22 februari 2027 dienen we een klacht in.');
    expect(contractNextStep('disputed', dispute, 'nl', saturday)).toBe('Antwoordt KPN ook na de klacht niet op tijd, dan neemt uw contactpersoon persoonlijk contact op met KPN.');
    expect(contractStatusText('disputed', dispute, 'en', saturday)).toBe('KPN sent a bill after the end date. We have disputed it. KPN did not answer by 19 February 2027; on 22 February 2027 we will file a complaint.');
    expect(contractNextStep('disputed', dispute, 'en', saturday)).toBe('If KPN does not answer in time after the complaint either, your contact person will contact KPN personally.');
    // A bank's costs: asked booked back, the same day said.
    const bank = { providerName: 'ABN Audit', dueDate: '2026-12-18', today: '2026-12-19', bankAccount: true };
    expect(contractStatusText('disputed', dispute, 'nl', bank)).toBe('ABN Audit heeft kosten in rekening gebracht. We hebben gevraagd die kosten terug te boeken. ABN Audit antwoordde niet uiterlijk 18 december 2026; op 21 december 2026 dienen we een klacht in.');
    expect(contractStatusText('disputed', dispute, 'en', bank)).toBe('ABN Audit charged costs to the account. We have asked for them to be booked back. ABN Audit did not answer by 18 December 2026; on 21 December 2026 we will file a complaint.');
    expect(contractNextStep('disputed', dispute, 'nl', bank)).toBe('Antwoordt ABN Audit ook na de klacht niet op tijd, dan neemt uw contactpersoon persoonlijk contact op met ABN Audit.');
    // Beside a bill KPN holds to, the objection still open is named.
    const held: ContractContext = { ...dispute, disputes: 2, openDisputes: [{ ...bill, reference: 'F-40', rejectionReason: 'gebruikt' }, bill] };
    expect(contractStatusText('disputed', held, 'nl', saturday)).toContain('Ons bezwaar tegen de andere rekening loopt nog: KPN antwoordde niet uiterlijk 19 februari 2027; op 22 februari 2027 dienen we een klacht in.');
    expect(contractStatusText('disputed', held, 'en', saturday)).toContain('Our objection to the other bill still stands: KPN did not answer by 19 February 2027; on 22 February 2027 we will file a complaint.');
    for (const [c, w] of [[dispute, saturday], [dispute, bank], [held, saturday]] as const) {
      for (const lang of ['nl', 'en'] as const) expect(`${contractStatusText('disputed', c, lang, w)} ${contractNextStep('disputed', c, lang, w)}`).not.toMatch(/uiterlijk \d+ \w+ \d{4} (een reactie|corrigeert|terugboekt)|verwachten we uiterlijk|expect an answer by|back by|withdraw .* by/);
    }
    // A reader of the estate's debts reads the bill named, the same day.
    expect(contractStatusText('disputed', held, 'nl', { ...saturday, readsDebts: true })).toContain('Ons bezwaar tegen rekening F-41 loopt nog: KPN antwoordde niet uiterlijk 19 februari 2027; op 22 februari 2027 dienen we een klacht in.');
    expect(contractStatusText('disputed', dispute, 'en', { ...saturday, readsDebts: true })).toMatch(/^KPN sent a bill after the end date\. We have disputed it\. KPN did not answer by 19 February 2027; on 22 February 2027 we will file a complaint\./);
    // The owner reads the same day, from the same rule.
    expect(ownerNextStep('disputed', dispute, 'nl', saturday)).toBe('Geen antwoord uiterlijk 19 februari 2027: klacht over het geschil gaat op 22 februari 2027 automatisch.');
    expect(ownerNextStep('disputed', dispute, 'en', bank)).toBe('No answer by 18 December 2026: a complaint about the dispute goes out automatically on 21 December 2026.');
    // Up to the term, and once the complaint's day is gone, as before.
    expect(contractStatusText('disputed', dispute, 'nl', { ...friday, today: '2027-02-19' })).toBe('KPN heeft na de einddatum nog een rekening gestuurd. We hebben bezwaar gemaakt en verwachten uiterlijk 19 februari 2027 een reactie.');
    expect(contractNextStep('disputed', dispute, 'nl', { ...friday, today: '2027-02-23' })).toBe('We verwachten dat KPN de rekening uiterlijk 19 februari 2027 corrigeert of intrekt; anders dienen we een klacht in.');
  });

  it('tells the family after a complaint or a collection stop, on the days after its Friday term, the day the owner is alerted to call, never the passed day as to come (famgap)', () => {
    const friday = { providerName: 'KPN', dueDate: '2026-12-11' };
    const sunday = { ...friday, today: '2026-12-13' };
    const rejected: ContractContext = { ...cancel, lastRejectionReason: 'onvolledig' };
    const bill = { reference: 'F-41', invoiceDate: '2026-11-20', periodFrom: '2026-12-01', periodTo: '2026-12-31', amount: 30, disputed: { from: '2026-12-01', to: '2026-12-31', days: 31, amount: 30 } };
    const disputeOf = (c: ContractContext): ContractContext => ({ ...c, disputes: 1, openDisputes: [bill] });
    const stop = { ...sunday, readsDebts: true, collectionStopSentOn: '2026-11-27' };
    expect(contractStatusText('collectionStopRequested', cancel, 'nl', stop)).toBe(
      'Er kwam een brief van een incassobureau over het contract bij KPN. Op 27 november 2026 hebben we schriftelijk gevraagd de incasso op te schorten. Uw contactpersoon handelt dit af; u hoeft nu zelf niets te betalen. KPN bevestigde niet uiterlijk 11 december 2026 dat de incasso is gestopt; op 14 december 2026 krijgt uw contactpersoon daarvan bericht en neemt dan persoonlijk contact op met KPN en het incassobureau.',
    );
    expect(contractNextStep('collectionStopRequested', cancel, 'nl', sunday)).toBe('Uw contactpersoon laat u weten hoe het daarna verdergaat.');
    expect(contractStatusText('collectionStopRequested', cancel, 'en', { ...stop, readsDebts: false })).toMatch(
      / KPN did not confirm by 11 December 2026 that the collection has stopped; on 14 December 2026 your contact person is alerted and will then contact KPN and the collection agency personally\.$/,
    );
    expect(contractNextStep('collectionStopRequested', cancel, 'en', sunday)).toBe('Your contact person will let you know how it goes on after that.');
    expect(contractStatusText('escalated', cancel, 'nl', sunday)).toBe(
      'KPN heeft ook na onze herinnering de beëindiging niet bevestigd. We hebben een klacht ingediend. KPN bevestigde niet uiterlijk 11 december 2026; op 14 december 2026 krijgt uw contactpersoon daarvan bericht en neemt dan persoonlijk contact op met KPN.',
    );
    expect(contractStatusText('complained', rejected, 'en', sunday)).toBe(
      'KPN did not accept the request. We think that is wrong and have filed a written complaint. KPN did not answer by 11 December 2026; on 14 December 2026 your contact person is alerted and will then contact KPN personally.',
    );
    expect(contractStatusText('disputeEscalated', disputeOf(cancel), 'nl', { ...sunday, readsDebts: true })).toBe(
      'KPN heeft niet gereageerd op ons bezwaar tegen de rekening. We hebben een klacht ingediend. U hoeft deze rekening niet te betalen zolang het bezwaar loopt. KPN antwoordde niet uiterlijk 11 december 2026; op 14 december 2026 krijgt uw contactpersoon daarvan bericht en neemt dan persoonlijk contact op met KPN.',
    );
    for (const state of ['escalated', 'complained', 'disputeEscalated', 'collectionStopRequested'] as const) {
      for (const lang of ['nl', 'en'] as const) {
        for (const readsDebts of [true, false]) {
          const c = state === 'disputeEscalated' ? disputeOf(cancel) : state === 'complained' ? rejected : cancel;
          const card = `${contractStatusText(state, c, lang, { ...sunday, readsDebts })} ${contractNextStep(state, c, lang, { ...sunday, readsDebts })}`;
          expect(card).not.toMatch(/uiterlijk 11 december 2026 (of|antwoorden|,)|Antwoordt KPN niet uiterlijk|by 11 December 2026,|check by|should answer by/);
          expect(card).toContain(lang === 'nl' ? 'op 14 december 2026' : 'on 14 December 2026');
        }
      }
    }
    // Up to the term, and once the alert's day is gone (the missed-term words then say it), as before.
    expect(contractNextStep('collectionStopRequested', cancel, 'nl', { ...friday, today: '2026-12-11' })).toBe('We controleren uiterlijk 11 december 2026 of KPN de incasso heeft gestopt.');
    expect(contractNextStep('escalated', cancel, 'en', { ...friday, today: '2026-12-15' })).toBe('If KPN has not answered by 11 December 2026, your contact person will contact KPN personally.');
    expect(contractStatusText('complained', rejected, 'nl', { ...friday, today: '2026-12-15' })).toBe('KPN heeft het verzoek niet geaccepteerd. Wij vinden dat niet terecht en hebben schriftelijk een klacht ingediend; KPN moet uiterlijk 11 december 2026 antwoorden.');
  });

  it('names the case owner to a desk that rejected by mistake, with her phone only when recorded', () => {
    const owner = { name: 'Anna de Boer', email: 'anna@steward.example', phone: '+31 20 555 0199' };
    expect(providerConflictText('COMPLETE', 'steward', 'rejected', 'nl', owner)).toBe(
      'U heeft dit verzoek afgewezen; nu beslist de contactpersoon of het wordt aangepast of ingetrokken. Was de afwijzing een vergissing? Laat het Anna de Boer weten: anna@steward.example of +31 20 555 0199. Er is niets gewijzigd.',
    );
    expect(providerConflictText('ACKNOWLEDGE', 'steward', 'rejected', 'en', { ...owner, phone: null })).toBe(
      'You rejected this request; the contact person now decides whether to amend or withdraw it. Was the rejection a mistake? Tell Anna de Boer: anna@steward.example. Nothing was changed.',
    );
    // withdrawrej (v20): while she has not answered, the desk takes it back itself.
    expect(providerConflictText('COMPLETE', 'steward', 'rejected', 'en', owner, true)).toBe(
      'You rejected this request; the contact person now decides whether to amend or withdraw it. Was the rejection a mistake? Take it back here ("Take back your rejection") while Anna de Boer (anna@steward.example) has not answered it; the request then waits on your answer again. Nothing was changed.',
    );
  });

  it('tells a desk why its rejection can no longer be taken back: what the owner did, and how to reach her (withdrawrej)', () => {
    const owner = { name: 'Anna de Boer', email: 'anna@steward.example', phone: null };
    expect(rejectionAnsweredText('complained', true, owner, 'nl')).toBe(
      'De contactpersoon heeft een klacht ingediend over uw afwijzing; die kan niet meer worden ingetrokken. Beantwoord de klacht: u kunt het verzoek alsnog afhandelen. Was de afwijzing een vergissing? Laat het Anna de Boer weten: anna@steward.example. Er is niets gewijzigd.',
    );
    expect(rejectionAnsweredText('requested', true, owner, 'en')).toBe(
      'The contact person amended the request after your rejection and sent it again; your rejection can no longer be taken back. Answer the request as it stands now. Was the rejection a mistake? Tell Anna de Boer: anna@steward.example. Nothing was changed.',
    );
    // Amended, not sent again (audit86 WR-1): nothing to answer yet, and no promise that it goes.
    expect(rejectionAnsweredText('ready', true, owner, 'nl')).toBe(
      'De contactpersoon heeft het verzoek na uw afwijzing aangepast; uw afwijzing kan niet meer worden ingetrokken. Het aangepaste verzoek is nog niet verstuurd; stuurt de contactpersoon het opnieuw, dan ontvangt u het hier. Was de afwijzing een vergissing? Laat het Anna de Boer weten: anna@steward.example. Er is niets gewijzigd.',
    );
    expect(rejectionAnsweredText('withdrawn', true, owner, 'nl')).toContain('De contactpersoon heeft dit verzoek ingetrokken');
    expect(rejectionAnsweredText('requested', false, owner, 'nl')).toBe('U heeft dit verzoek niet afgewezen; er is geen afwijzing om in te trekken. Er is niets gewijzigd.');
    // Still rejected (an older version): the conflict's own words say it.
    expect(rejectionAnsweredText('rejected', true, owner, 'nl')).toBeNull();
  });

  it('reads what the owner did with a rejection, for the desk and for her own record of a take-back alike (deskback)', () => {
    expect(rejectionAnswerOf('rejected', true)).toBeNull();
    expect(rejectionAnswerOf('withdrawn', true)).toBe('withdrawn');
    expect(rejectionAnswerOf('complained', true)).toBe('complained');
    expect(['draft', 'ready'].map((state) => rejectionAnswerOf(state as 'draft', true))).toEqual(['amended', 'amended']);
    expect(['requested', 'acknowledged', 'confirmed'].map((state) => rejectionAnswerOf(state as 'requested', true))).toEqual(['amendedSent', 'amendedSent', 'amendedSent']);
    // Never rejected (or the rejection forgotten by a take-back): nothing to take back.
    expect(rejectionAnswerOf('requested', false)).toBe('none');
  });
});
