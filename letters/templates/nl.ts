import { addressLine } from '../address';
import { daysInclusive, euros, letterDate } from '../dates';
import { leaseEndsByLaw, NVB_PARTNER_BALANCE_LIMIT, withinDeliberationPeriod } from '../legal';
import { type DroppedClaim, leftToCredit, paidAfterDrop, paidOnDroppedBill } from '../../workflows/disputes';
import { claimAboveBilled, disputedTotal, undisputedPart } from '../../workflows/invoices';
import { capitalised, listed, nlAgreeing, quotedAtEnd, RECEIVED_VIA_WORDS } from '../../workflows/wording';
import { type BillFigureChange, type BillOnRecord, type Collection, CORRECTED_DATES, type CorrectedField, type Correction, type Enclosure, ERASURE_TERM, type EstateBill, type InsuranceKind, type Invoice, type Language, type LateEnd, type LateMatter, nobodyContinuesLease, type AskedBackToCome, type RefundToCome, type Reopening, type SentLetter, type StopReplaced, type ToldVia } from '../model';
import { agencyLetter, billedAfterDeath, billedAfterLawEnd, endUndoneFacts, repaymentLetters, holderAtTheDeceased, newHolderNamed, asksBank, asksNoEnd, asksPension, asLastRead, deathAsReadIn, deathCorrectionEffects, asRequested, billsHeld, billsToPay, changedSinceRequest, confirmedEnd, correctedPeriod, correctsConfirmedEnd, correctsTheEnd, disputedBills, disputeLetterOf, endToCome, type Facts, enclosedBesides, followedUp, followingTitle, inSentence, renewedFollowing, lastSent, lastSentLetter, laterStating, kindAsRequested, latestRequest, type Named, namedAlike, numbered, type NumberKind, numberKindOf, quotedInOpening, referredColleague, rejectedBefore, requestLetter, RESTATED, severalOpen, withdrawnPartOfClaim, type StatingKind, subjectContract, toldSince, transferred, type Words, alreadyPerDeath, balanceGivenPerOldDeath, correctsDeath, premiumStopMoves, correctsKind, coverKeptUntil, deathCarriedOtherwise, refundsCharge, headOfKinds, billNouns, billCompound, recoversPension, billsByNota, settledAtDeath, carriedAs, documentNamed } from './words';

const act = (f: Facts) => (transferred(f) ? 'over te zetten' : 'te beëindigen');
/** What the request asked the provider to do, as a noun: an insurance is not ended but claimed, kept or settled (`insuranceRequest`). */
const actNoun = (f: Facts) => (transferred(f) ? 'de tenaamstelling' : f.input.category === 'insurance' ? INSURANCE_NOUNS[f.input.insuranceKind ?? 'unknown'] : asksPension(f) ? 'het stoppen van de pensioenbetalingen' : 'de beëindiging');
const INSURANCE_NOUNS: Record<InsuranceKind | 'unknown', string> = { life: 'de uitkering', property: 'de voortzetting', health: 'de afwikkeling', unknown: 'de afwikkeling' };
/**
 * What we ask a bank, in the first letter and restated in every later one: block the account and report its balance per
 * the date of death (`died`, as the letter quotes it), never an end (NVB, legal.ts; audit71 F-C).
 */
const bankAsk = (account: Named, died: string) =>
  `rekening ${account.accountNumber} (${account.description}) te blokkeren voor nieuwe afschrijvingen, zodat er geen incasso’s of andere betalingen meer van worden afgeschreven, en mij schriftelijk het saldo per ${died}, de datum van overlijden, op te geven`;
/** "… te bevestigen" of what was asked: the end or transfer, or what a bank owes to `bankAsk` (the block confirmed, the balance given). */
const toConfirm = (f: Facts, when: string, how = ' schriftelijk') =>
  asksBank(f)
    ? `mij${when}${how} te bevestigen dat de rekening is geblokkeerd, en mij het saldo per ${f.dateOfDeath}, de datum van overlijden, op te geven`
    : `${actNoun(f)}${when}${how} te bevestigen`;
/** An IBAN is a rekeningnummer, not a klantnummer (audit71 F-A); an insurer numbers its policies, a pension fund its participants (`numberKindOf`). */
const NUMBER_WORDS: Record<NumberKind, string> = { policy: 'polisnummer', iban: 'rekeningnummer', customer: 'klantnummer', pension: 'pensioennummer' };
const contractOf = (f: Facts) => `het contract ${f.description} met ${numbered(nl, f, f.accountNumber)}`;
const death = (f: Facts) => `${f.deceasedFull}, geboren op ${f.dateOfBirth}, is op ${f.dateOfDeath} overleden. Het laatste woonadres was ${f.deceasedAddress}.`;
/** Named only when the provider's category has one; never a vague "the ombudsman for your sector". */
const complaintsBody = (f: Facts) => {
  const body = f.input.complaintsBody;
  return body ? ` Blijft een passende reactie uit, dan leg ik de zaak voor aan ${body.name}${body.ifAffiliated ? ', als u daarbij bent aangesloten' : ''}.` : '';
};
const due = (f: Facts) => (f.dueDate ? `, graag uiterlijk ${f.dueDate}` : '');
/** The progress report's word on paying: of the bills, the claim(s) of a collection agency, or both, as the table above lists them. */
const toPay = (open: EstateBill[]) => {
  if (!open.length) return 'U hoeft zelf niets te doen; ik houd alles in de gaten.';
  const held = billsHeld(open);
  const one = open.length === 1;
  const what = { invoice: one ? 'de rekening' : 'de rekeningen', claim: one ? 'de vordering' : 'de vorderingen', both: 'de rekeningen en vorderingen' }[held];
  return `Voor de contracten hoeft u zelf niets te doen; ik houd alles in de gaten. Alleen ${what} hierboven onder ‘${nl.estateBills.headings.open}’ ${one ? 'moet' : 'moeten'} nog worden betaald.`;
};
/**
 * refundrest: each refund a provider confirmed that has not all come, as recorded (provider, kenmerk, what is left; no sum for an
 * addressee who does not read the estate's debts), with the day Steward expects it said as its own term: no rule of law gives a
 * provider a term to pay a refund back (src/refunds/refund.rules.ts). One paragraph, or none.
 */
const refundsToCome = (letterDate: string, refunds: RefundToCome[] = [], askedBack: AskedBackToCome[] = []): string[] =>
  refunds.length || askedBack.length
    ? [
        [
          ...refunds.map((r) => `Nog niet ontvangen: ${r.provider} betaalt ${r.amount === null ? 'nog een bedrag' : nl.money(r.amount)} terug aan de nalatenschap${r.reference ? ` (eindafrekening ${r.reference})` : ''}. Ik verwacht het bedrag uiterlijk op ${nl.date(r.expectedBy)} op de rekening van de nalatenschap; die termijn houd ik zelf aan, het is geen wettelijke termijn.`),
          // askclose: money asked back after a dropped claim, as its letters asked it; agencyafter: a day asked by that passed before this letter is said to have passed.
          ...askedBack.map((a) => `Nog niet ontvangen: ${a.provider} liet de vordering vallen, ook eindafrekening ${a.reference}, waarop uit de nalatenschap ${a.amount === null ? 'een bedrag' : nl.money(a.amount)} was betaald. Ik heb ${a.provider} op ${nl.date(a.askedOn)} per brief gevraagd dat bedrag terug te betalen${a.remindedOn ? `, en op ${nl.date(a.remindedOn)} nog eens met een herinnering` : ''}, uiterlijk op ${nl.date(a.payBy)}; die termijn houd ik zelf aan, het is geen wettelijke termijn.${a.payBy < letterDate ? ' Die termijn is verstreken.' : ''}${a.partCame ? (a.left === null ? ' Een deel daarvan is nog niet ontvangen.' : ` Daarvan is ${nl.money(a.left)} nog niet ontvangen.`) : ''}`),
          'In het familieportaal ziet u wanneer het is ontvangen.',
        ].join(' '),
      ]
    : [];
/** Whom the owner acts for: the power of attorney only when it travels with the letter, else what is recorded. */
const authority = (f: Facts) =>
  f.powerOfAttorneyEnclosed
    ? 'Ik treed op namens de erfgenamen; de volmacht is bijgevoegd.'
    : f.input.representative
      ? `Ik treed op in opdracht van de nabestaanden, vertegenwoordigd door ${f.input.representative}.`
      : 'Ik treed op in opdracht van de nabestaanden.';
/** Who did what an earlier letter did: I, or the colleague who signed it before the estate was handed over ("heeft mijn collega … u"). */
const byWhom = (colleague: string | null | undefined, me = 'heb ik') => (colleague ? `heeft mijn collega ${colleague}` : me);
/** The request as the one who signed it may call it; after a handover it is ours, not mine. */
const theRequest = (f: Facts) => (requestLetter(f)?.colleague ? 'ons verzoek' : 'mijn verzoek');
const noAcceptance = 'Deze brief houdt geen erkenning van aansprakelijkheid of aanvaarding van de nalatenschap in.';
const refund = (f: Facts) => `Een eventueel tegoed kunt u overmaken naar rekening ${f.estateAccount}.`;

/** What a cancellation asks, by the provider's category (legal footing in legal.ts). */
function cancellationRequest(f: Facts): string[] {
  switch (f.input.category) {
    case 'bank':
      // NVB: a bank blocks the account and reports the balance; it does not end an account per the date of death.
      return [
        `Ik verzoek u ${bankAsk(f, f.dateOfDeath)}${due(f)}.`,
        f.certificateOfInheritanceEnclosed
          ? `Wilt u mij laten weten of u naast de bijlagen nog iets nodig heeft om het saldo vrij te geven en de rekening op te heffen? Het saldo kan daarna naar de boedelrekening ${f.estateAccount}.`
          : `Een verklaring van erfrecht gaat niet mee. Volgens de afspraken van de banken (NVB) is die in principe niet nodig als er een langstlevende echtgenoot of geregistreerd partner is, er geen testament is en het saldo niet hoger is dan ${nl.money(NVB_PARTNER_BALANCE_LIMIT)}, onder de verdere voorwaarden van uw bank. Wilt u mij laten weten welke documenten u in dit geval nodig heeft om het saldo vrij te geven en de rekening op te heffen? Het saldo kan daarna naar de boedelrekening ${f.estateAccount}.`,
      ];
    case 'housing': {
      const { deceased } = f.input;
      if (nobodyContinuesLease(f.input.livedWith)) {
        // Only what is recorded: a lodger lived there, so the deceased did not live alone, yet nobody continues the lease (art. 7:268 lid 2 and 6 BW).
        const who = f.input.livedWith === 'lodger' ? `Wie bij ${f.deceasedFull} inwoonde, was geen medehuurder en had met de overledene geen duurzame gemeenschappelijke huishouding` : `${f.deceasedFull} woonde alleen`;
        return [
          `${who}; niemand zet de huur voort. De huurovereenkomst eindigt daarom op ${nl.date(leaseEndsByLaw(deceased.dateOfDeath))} (artikel 7:268 lid 6 BW).`,
          `Wilt u deze einddatum schriftelijk aan mij bevestigen${due(f)} en met mij een afspraak maken voor de oplevering van de woning? Wilt u de automatische incasso per de einddatum stoppen en de eindafrekening aan mij sturen? ${refund(f)}`,
        ];
      }
      // Held by the rules while anyone may continue the lease (rules.ts, art. 7:268 BW): no notice, only the question.
      return [
        `Wie met ${f.deceasedFull} in de woning woonde, kan de huur voortzetten (artikel 7:268 BW); daarom zeg ik ${contractOf(f)} niet op.`,
        `Wilt u mij laten weten hoe de huur na het overlijden doorloopt${due(f)}? ${refund(f)}`,
      ];
    }
    case 'insurance':
      return insuranceRequest(f);
    case 'pension':
      return pensionRequest(f);
    default:
      return [
        `Ik verzoek u ${contractOf(f)} kosteloos en zonder opzegtermijn te beëindigen per ${f.endDate}.${
          f.input.category === 'telecom' ? ' Wilt u daarbij afzien van een opzegvergoeding en van de resterende termijnen van een lopende contractperiode?' : ''
        }${f.input.category === 'energy' ? ' Wilt u de eindafrekening baseren op de meterstanden op de einddatum, en mij laten weten hoe u die standen wilt ontvangen als u ze nog niet heeft?' : ''}`,
        `Wilt u de automatische incasso per de einddatum stoppen, na de einddatum geen kosten meer in rekening brengen en de eindafrekening aan mij sturen? ${refund(f)} Wilt u mij de einddatum schriftelijk bevestigen${due(f)}?`,
      ];
  }
}

/** Where premium paid for the time after the death can go: the estate's account. */
const premiumRefund = (f: Facts) => `Een terugbetaling van premie kan naar rekening ${f.estateAccount}.`;

/**
 * What a request to an insurer asks, by the kind of insurance recorded (`InsuranceKind`); never an end per the date of death.
 * - life: the death is the insured event (a funeral policy pays out, also in kind: art. 7:925 BW); the payout goes to the
 *   beneficiaries the policy names, or without one to the estate (cvisser.info, "Begunstigden"), so no one is named here.
 * - property: the estate may still need the cover (an empty house, a car still to be sold). Art. 7:948 BW (wetboekplus.nl,
 *   "Gevolgen overdracht van een zaak") is about an overdracht of the insured thing: its insurance passes to the acquirer
 *   with the risk (lid 1) and lapses a month later unless the acquirer declares it continued (lid 2). That is a later sale
 *   or handing over by the heirs, not the death, so the letter cites it not. Afdeling 2 (schadeverzekering) has a rule on
 *   ending the insurance at a death ("Opzegging van de verzekering bij overlijden", lawyrup.nl's outline of afd. 2) whose
 *   text we could not read: the letter names no right to end and no term, only that we do not end it and ask how it continues.
 * - health: a zorgverzekering ends by the insured's death (valkenswaard.nl, "Wanneer eindigt mijn zorgverzekering?", Kluwer);
 *   no article is cited, and no end date asked: only the settlement.
 * - not recorded: the insurer is asked what it needs and how the policy continues or ends.
 */
function insuranceRequest(f: Facts): string[] {
  switch (f.input.insuranceKind) {
    case 'life':
      return [
        `Ik meld u het overlijden en verzoek u de uitkering uit ${contractOf(f)} af te handelen. Wilt u mij uw claimformulieren sturen of laten weten welke stukken u nodig heeft${due(f)}? De uitkering is voor de begunstigde(n) die in de polis staan, of als er geen begunstigde is voor de nalatenschap; wilt u mij laten weten aan wie u uitkeert?`,
        `Ik verzoek u daarnaast de premie-incasso per ${f.dateOfDeath} te stoppen en premie die is betaald voor de tijd na het overlijden terug te betalen, als de polis dat bepaalt. ${premiumRefund(f)}`,
      ];
    case 'property':
      return [
        `Ik zeg ${contractOf(f)} niet op per de datum van overlijden: de nalatenschap kan de dekking nog nodig hebben zolang wat verzekerd is niet is ontruimd, verkocht of verdeeld.`,
        `Wilt u de verzekering laten doorlopen en mij laten weten hoe die na het overlijden wordt voortgezet${due(f)}? Wilt u de premienota’s voortaan aan mij sturen? Zodra de verzekering niet meer nodig is, laat ik u dat weten.`,
      ];
    case 'health':
      return [`Wilt u de verzekering afwikkelen per de datum van overlijden, de premie-incasso stoppen, premie die is betaald voor de tijd na het overlijden terugbetalen en mij de eindafrekening sturen${due(f)}? ${premiumRefund(f)}`];
    default:
      return [
        `Ik zeg de verzekering hiermee niet op. Wilt u mij laten weten wat u van mij nodig heeft en hoe ${contractOf(f)} na het overlijden doorloopt of eindigt${due(f)}? Keert de verzekering uit bij overlijden, wilt u mij dan uw claimformulieren sturen?`,
        premiumRefund(f),
      ];
  }
}

/**
 * pensionletter (audit103 F2): what a pension fund is asked. A fund pays out, so it is told of the death, asked to stop its payments per
 * the date of death as its rules have it, to state what it still pays or asks back, and whether a nabestaandenpensioen follows; never to
 * end a contract, stop a direct debit or charge no costs. Only what these sources say:
 * - https://www.bpfhibin.nl/gepensioneerd/overlijden/ (a fund's own page): the fund hears of a death in the Netherlands from the
 *   municipality; for a death abroad the nabestaanden must report it; a partner may receive a partnerpensioen.
 * - https://www.spw.nl/werkgevers/handige-tools/tools-voor-u/communicatieplanner/levensgebeurtenissen/overlijden (a fund): it writes
 *   to the nabestaanden; the partner, ex-partner and children may be entitled to nabestaandenpensioen.
 * - https://www.abp.nl/pensioen-bij-abp/speciaal-voor/gepensioneerden/te-veel-ontvangen-pensioen: pension paid in excess is asked back.
 * So the letter names no month the payments end in, no amount and no one entitled: it asks the fund, which knows its rules.
 */
function pensionRequest(f: Facts): string[] {
  return [
    `Ik meld u het overlijden en verzoek u de betalingen uit ${contractOf(f)} te stoppen per de datum van overlijden, zoals uw pensioenreglement dat bepaalt.`,
    `Wilt u mij een overzicht sturen van wat u over de tijd tot het overlijden nog betaalt of als te veel betaald terugvraagt${due(f)}? Wilt u mij ook laten weten of er een nabestaandenpensioen volgt en aan wie u daarover schrijft?`,
  ];
}

/**
 * The new holder's particulars, for the provider's own transfer form. Every channel hands the letter straight to
 * the provider (e-mail, the desk, or a print batch the office posts), so it carries no consent or mandate for her
 * to sign: nothing records that she agreed, and a direct-debit mandate is her own consent to the provider
 * (EPC016-06 SEPA Direct Debit Core Scheme Rulebook, 4.1 The Mandate). The IBAN stands as a particular only.
 */
function newHolderBlock(f: Facts): string {
  const h = f.input.newHolder;
  const a = h?.address;
  // Two particulars a line, as on a form (README, Letters → One page).
  return [
    `Nieuwe contracthouder: ${h?.name} · Geboortedatum: ${h?.dateOfBirth ? nl.date(h.dateOfBirth) : undefined}`,
    `Adres: ${a ? addressLine(a) : undefined}`,
    `E-mail: ${h?.email} · Telefoon: ${h?.phone}`,
    `IBAN: ${f.newHolderIban}`,
  ].join('\n');
}

/**
 * What became of our latest request, as recorded: the provider acknowledged it, or has not answered
 * the information it asked for, or has not answered at all. Never "no answer" after an answer.
 */
function unanswered(f: Facts): string {
  if (f.input.history?.acknowledgedSinceRequest)
    return `U heeft de ontvangst van ${theRequest(f)} bevestigd, maar ik heb nog geen ${asksBank(f) ? 'bevestiging van de blokkering en geen opgave van het saldo' : `bevestiging van ${actNoun(f)}`} ontvangen.`;
  const last = latestRequest(f);
  return last?.kind === 'information_supplied'
    ? `Op ${nl.date(last.date)} ${byWhom(last.colleague)} u de aanvullende informatie gestuurd waar u om vroeg. Daarop heb ik nog geen antwoord ontvangen.`
    : 'Ik heb nog geen antwoord van u ontvangen.';
}

/** What the provider confirmed: an end, or a transfer to the new holder (named when recorded and told); "wordt" while that date is still to come. */
const settledAs = (f: Facts, date: string) => {
  const verb = endToCome(f) ? 'wordt' : 'is';
  if (asksNoEnd(f)) return `${verb} afgehandeld per ${date}`;
  return transferred(f) ? `per ${date} ${verb} overgezet${newHolderNamed(f) ? ` op naam van ${newHolderNamed(f)}` : ''}` : `${verb} beëindigd per ${date}`;
};
// bankwords3: the agency confirmed nothing; it reads the date as the provider's („de datum die ING bevestigde").
const endWord = (f: Facts) => (transferred(f) ? 'de datum van overzetting' : asksNoEnd(f) ? `de datum die ${confirmedBy(f)} bevestigde` : 'de einddatum');
/** Who confirmed, as the reader is told: the provider itself („u"), or to its collection agency the provider by name. */
const confirmedBy = (f: Facts) => (f.input.collection?.to === 'agency' ? f.input.collection.provider : 'u');
/** "de einddatum 31 december 2026 die u heeft bevestigd", or of a request that asked no end "2 november 2026, de datum die u bevestigde". */
const confirmedDate = (f: Facts) => (asksNoEnd(f) ? `${confirmedEnd(f)}, ${endWord(f)}` : `${endWord(f)} ${confirmedEnd(f)} die u heeft bevestigd`);
/**
 * rentlaw2: the end a bill stated again was disputed from: a lease's end by law named with its day (art. 7:268 lid 6 BW, as the dispute
 * letter cites it, `billedAfterLawEnd`), else the end date as the letter names it (`endWord`); `confirmed`, that end with its confirmed day.
 */
const endDisputedFrom = (f: Facts, bill: { disputed: { from: string } | null } | null | undefined, confirmed = false) => {
  const lawEnd = billedAfterLawEnd(f, bill);
  return lawEnd ? `de einddatum van rechtswege (${nl.date(lawEnd)})` : confirmed ? confirmedDate(f) : endWord(f);
};
/** "U heeft mij op 3 december 2026 telefonisch laten weten dat": an answer the case owner recorded, how and when it reached her. */
const toldThat = (told: ToldVia) => `U heeft ${told.colleague ? `mijn collega ${told.colleague}` : 'mij'} op ${nl.date(told.on)} ${RECEIVED_VIA_WORDS.nl[told.via]} laten weten dat`;
/** Why the disputed part is not the estate's to pay: after a transfer it is the new holder's bill (to an agency, unnamed: `newHolderNamed`). */
const notOwed = (f: Facts, it: string) =>
  !transferred(f) ? `${it} is niet verschuldigd`
  : f.input.collection?.to === 'agency' ? `${it} is niet door de nalatenschap verschuldigd`
  : `${it} is niet door de nalatenschap verschuldigd, maar hoort op naam van ${newHolderNamed(f) ?? 'de nieuwe contracthouder'} te worden gefactureerd`;

/**
 * The part we dispute, as it was worked out: the whole invoice when it bills only days after the end
 * date, else its share pro rata to the days billed (workflows/invoices.ts) — our sum, not the invoice's.
 */
function disputedSentence(f: Facts): string {
  const i = f.input.invoice;
  if (!i) return '';
  // rentlaw: a lease's bill counted from its end by law says so (`billedAfterLawEnd`), not the later date its landlord confirmed.
  // payoutdate: a premium counted from the death our payout request asked it stopped per (`billedAfterDeath`) says so, and claims no
  // more than the request: no rule ends a premium at the death (`premiumStoppedAtDeath`), so only as far as the policy sets none after it.
  const death = billedAfterDeath(f) !== null;
  const end = billedAfterLawEnd(f) ? 'de einddatum van rechtswege' : death ? 'de datum van overlijden' : endWord(f);
  const owed = (it: string) => (death ? `voor zover de polisvoorwaarden geen premie na het overlijden bepalen, is ${it} niet verschuldigd` : notOwed(f, it));
  if (i.disputed.from === i.periodFrom) return `Die periode ligt geheel na ${end}. Ik maak bezwaar tegen de hele ${billNouns(f).one}; ${owed('die')}.`;
  const share = `${daysInclusive(i.disputed.from, i.disputed.to)} van ${daysInclusive(i.periodFrom, i.periodTo)}`;
  return `Naar rato van de gefactureerde dagen (${share}) valt daarvan ${nl.money(i.disputed.amount)} in de periode ${nl.date(i.disputed.from)} tot en met ${nl.date(i.disputed.to)}, na ${end}. Tegen dat deel maak ik bezwaar; ${owed('het')}. Tegen het deel tot en met ${end} maak ik geen bezwaar.`;
}

/** releasedispute: beside a bank's disputed charge, that its release is still not recorded though its term passed (the term as recorded; no law). */
const releaseLate = (f: Facts): string[] =>
  f.input.history?.releaseTermPassed ? [`Het saldo heeft u nog niet overgemaakt naar de boedelrekening, hoewel de termijn daarvoor liep tot en met ${nl.date(f.input.history.releaseTermPassed)}.`] : [];

/**
 * bankwords2: the days of a bank's charge after the confirmed date of all the days it goes over („28 van 30"), as its dispute
 * counted them: a bank's costs go over days, they bill no period of use, so a later letter says the share as the dispute did.
 */
const chargeShare = (c: Pick<Invoice, 'periodFrom' | 'periodTo'>, d: { from: string; to: string }) => `${daysInclusive(d.from, d.to)} van ${daysInclusive(c.periodFrom, c.periodTo)}`;

/**
 * A bank's charge (`refundsCharge`): booked off the account on a day, no invoice with a period of use; its days count only for the
 * share after the date the bank confirmed, pro rata as `disputedSentence`. Asked back, never declared not owed (audit79 DISP-2): our
 * own request keeps the account blocked for the estate until its balance is released, and the heirs succeed in the deceased's
 * obligations (art. 4:182 lid 1 BW), so nothing recorded says its costs after that date are not owed.
 */
function chargeDisputed(f: Facts, i: Invoice | null | undefined = f.input.invoice): string {
  if (!i) return '';
  const charged = `U heeft op ${nl.date(i.invoiceDate)} kosten van ${nl.money(i.amount)} in rekening gebracht (kenmerk ${i.reference}).`;
  if (i.disputed.from === i.periodFrom) return `${charged} Die kosten gaan over de tijd na ${endWord(f)}.`;
  return `${charged} Naar rato van de dagen waarover ze gaan (${chargeShare(i, i.disputed)}) valt daarvan ${nl.money(i.disputed.amount)} na ${endWord(f)}. Tegen het deel tot en met ${endWord(f)} maak ik geen bezwaar.`;
}

/**
 * What a dispute asks for the part disputed: a credit note or a corrected final bill; of a premium after a kept cover's end a credit
 * note for the premium only, as the insurer ended nothing and owes no final bill (keptcover); of an insurer's nota a corrected nota,
 * as it sends no final bill (stop72mends).
 */
const creditAsked = (f: Facts, article: '' | 'een ') =>
  coverKeptUntil(f) ? 'een creditnota voor de premie' : `een creditnota of ${article}gecorrigeerde ${billsByNota(f) ? 'nota' : 'eindafrekening'}`;
/**
 * fundwords2: what a dispute asks of a pension fund's recovery (`recoversPension`): a fund sends no invoice, so no credit note nor final
 * bill; it is asked to lower its recovery by the part disputed and send it corrected, or to withdraw it. Only that is asked: no more
 * is claimed of the law than that its claim is one of undue payment (art. 6:203 BW, `FUND_BILL_NOUNS`).
 */
const recoveryAsked = (f: Facts, by: string, several: boolean) =>
  `de ${billNouns(f)[several ? 'several' : 'one']} met ${by} te verlagen en mij ${several ? 'de gecorrigeerde terugvorderingen' : 'een gecorrigeerde terugvordering'} te sturen, of de ${billNouns(f)[several ? 'several' : 'one']} in te trekken`;

/** The number the agency files the claim under (as recorded from its letter), beside the provider's: its clerk finds the file by either. */
const theirDossier = (c: Collection | null | undefined) => (c?.dossierNumber ? nl.theirFile(c.dossierNumber) : '');
/**
 * "incassobrief met kenmerk INC-9 voor € 80,00": the collection letter by what is recorded of it. To the provider (`agencysFile`)
 * with the agency's file number too ("met kenmerk INC-9 en dossiernummer D-2026-0077"), should it write to the agency about it.
 */
const collectionLetter = (c: Collection | null | undefined, agencysFile = false) =>
  `incassobrief${c?.reference ? ` met kenmerk ${c.reference}` : ''}${agencysFile && c?.dossierNumber ? `${c.reference ? ' en' : ' met'} dossiernummer ${c.dossierNumber}` : ''}${c?.amount ? ` voor ${nl.money(c.amount)}` : ''}`;

/** The collection letter as recorded: who sent it (the agency itself, in its own letter), its reference and amount. */
function collectionOpening(f: Facts): string {
  const c = f.input.collection;
  const end = confirmedEnd(f);
  const letter = `een ${collectionLetter(c, c?.to !== 'agency')}`;
  if (c?.to === 'agency') {
    return `U heeft ${letter} gestuurd over ${contractOf(f)}${theirDossier(c)} bij ${c.provider} van ${f.deceasedFull}, overleden op ${f.dateOfDeath}.${end ? ` ${answeredThat(f, 'dit contract', end, c.provider)}.` : ''}`;
  }
  return `${c?.agency ? `${c.agency} heeft` : 'Er is'} ${letter} gestuurd over ${contractOf(f)} van ${f.deceasedFull}, overleden op ${f.dateOfDeath}.${end ? ` ${answeredThat(f, 'dit contract', end)}.` : ''}`;
}

/** agencyafter: how our earlier stop was wrongly addressed, by each particular the owner corrected since, as it stood then. */
const WRONG_NL: Record<StopReplaced['wrong'][number]['field'], string> = {
  agency: 'onder een verkeerde naam',
  agencyEmail: 'naar een verkeerd e-mailadres',
  agencyAddress: 'naar een verkeerd postadres',
  reference: 'met een verkeerd kenmerk',
  dossierNumber: 'met een verkeerd dossiernummer',
};
/** agencylang2: the language our earlier stop was in, when the agency's language was corrected since. */
const LANGUAGE_NL: Record<Language, string> = { nl: 'Nederlands', en: 'Engels' };
/** agencyafter: our stop sent again after a correction of the agency's particulars says, first, which earlier letter it replaces and what was wrong in it. */
const stopReplaced = (r: StopReplaced | null | undefined): string[] =>
  r ? [`Op ${nl.date(r.date)} ${byWhom(r.colleague)} u${r.inLanguage ? ` in het ${LANGUAGE_NL[r.inLanguage]}` : ''} een brief met hetzelfde verzoek gestuurd${r.wrong.length ? `, maar ${listed(r.wrong.map((w) => `${WRONG_NL[w.field]} (${w.was})`), 'nl')}` : ''}. Deze brief vervangt die brief${r.inLanguage ? '; hij is in de taal van uw brief' : ''}.`] : [];

/**
 * A bill disputed on this contract, as the record holds it: the letter that disputed it, the part after the end
 * date (not owed) and the part before it, and what became of it. The provider reads its own doings as "u", the
 * agency reads them as the provider's. Facts only: whether the collection is about this bill is not claimed.
 */
function billOnRecord(f: Facts, b: BillOnRecord): string {
  const c = f.input.collection;
  const provider = c?.to === 'agency' ? c.provider : null;
  const did = provider ? `${provider} heeft` : 'U heeft';
  const d = b.disputed;
  // bankletters: a bank's costs (`refundsCharge`) are booked back, never credited, and asked back, never declared not owed (`chargeDisputed`).
  const bank = refundsCharge(f);
  const bill = billNouns(f).one;
  const it = bank ? { the: 'de kosten', that: 'die kosten', That: 'Die kosten', credited: 'teruggeboekt' } : { the: `de ${bill}`, that: `die ${bill}`, That: `Die ${bill}`, credited: 'gecrediteerd' };
  const named = bank ? `de kosten${provider ? ` van ${provider}` : ''} met kenmerk` : provider ? `de ${bill} van ${provider} met nummer` : `uw ${bill}`;
  // rentlaw2: a rent bill disputed from the lease's end by law names that day, as its dispute letter did.
  const end = endDisputedFrom(f, b);
  const said = [
    `Op ${nl.date(b.disputedIn.date)} ${byWhom(b.disputedIn.colleague)} bezwaar gemaakt tegen ${named} ${b.reference} van ${nl.date(b.invoiceDate)}, een bedrag van ${nl.money(b.amount)}.`,
    !d
      ? `Met de juiste gegevens ${bank ? 'gaan die kosten alleen over' : `betreft ${it.that} alleen`} de tijd tot en met ${end}; het bezwaar ertegen is daarom ingetrokken.`
      : d.from === b.periodFrom
        ? bank
          ? `Die kosten gaan over de tijd na ${end}.`
          : `De hele ${bill} betreft de periode na ${end}; ${notOwed(f, 'die')}.`
        : `${bank ? `Naar rato van de dagen waarover ze gaan (${chargeShare(b, d)}) valt daarvan ${nl.money(d.amount)} na ${end}` : `Daarvan valt ${nl.money(d.amount)} in de periode ${nl.date(d.from)} tot en met ${nl.date(d.to)}, na ${end}; ${notOwed(f, 'dat deel')}`}. Tegen het deel tot en met ${end}, ${nl.money(undisputedPart({ amount: b.amount, disputed: d }))}, is geen bezwaar gemaakt.`,
  ];
  // An answer the case owner recorded says how it reached her, to the provider only: the agency reads what the provider did (README, receivedvia2).
  const told = provider ? undefined : b.toldVia;
  const credit = !b.credited ? null : told && b.standing === 'credited' ? `${toldThat(told)} u ${nl.money(b.credited)} van ${it.that} heeft ${it.credited}` : `${did} ${nl.money(b.credited)} van ${it.that} ${it.credited}`;
  // Part of the bill, or all of it: "Die factuur …" / "Van die factuur … € 55,00 …"; the verb singular, or plural of a bank's costs.
  const ofBill = (amount: number, [one, many]: [string, string], rest: string) => (amount === b.amount ? `${it.That} ${bank ? many : one} ${rest}.` : `Van ${it.that} ${one} ${nl.money(amount)} ${rest}.`);
  if (b.standing === 'open') said.push('Dat bezwaar loopt nog.');
  else if (b.standing === 'held' && d) said.push(credit ? `${credit}; over de overige ${nl.money(disputedTotal([{ disputed: d, credited: b.credited }]))} loopt het bezwaar nog.` : told ? `${toldThat(told)} u aan ${it.the} vasthoudt; het bezwaar loopt nog.` : `${provider ? `${provider} liet` : 'U liet'} weten aan ${it.the} vast te houden; het bezwaar loopt nog.`);
  else if (credit) said.push(`${credit}.`);
  if (b.standing === 'withdrawn') said.push(told ? `${toldThat(told)} u ${it.the} heeft ingetrokken.` : `${did} ${it.the} ingetrokken.`);
  if (b.standing === 'alreadyPaid') said.push(ofBill(leftToCredit(b), ['is', 'zijn'], 'al betaald'));
  if (b.standing === 'payFromEstate' || b.standing === 'owed') {
    const owed = b.owed ?? { amount: leftToCredit(b), paidOn: null };
    said.push(owed.paidOn ? ofBill(owed.amount, [`is op ${nl.date(owed.paidOn)}`, `zijn op ${nl.date(owed.paidOn)}`], 'betaald uit de nalatenschap') : ofBill(owed.amount, ['wordt', 'worden'], 'betaald uit de nalatenschap'));
  }
  return said.join(' ');
}

/**
 * The final bill the provider confirmed, owed and not objected to: said apart from the bills the stop objects to, so neither the
 * provider nor the agency reads the stop as a dispute of it. Paid from the estate only once that is recorded; no promise before.
 */
function finalBillNotDisputed(f: Facts): string[] {
  const c = f.input.collection;
  const b = c?.finalBill;
  if (!b) return [];
  const whose = c.to === 'agency' ? `de eindafrekening van ${c.provider}` : 'uw eindafrekening';
  return [`Tegen ${whose} van ${nl.money(b.amount)} (kenmerk ${b.reference}) maak ik geen bezwaar.${b.paidOn ? ` Die is op ${nl.date(b.paidOn)} betaald uit de nalatenschap.` : ''}`];
}

/**
 * A claim above the bills on record is asked about, not judged: the agency how it is made up, the provider
 * what it handed over. Costs are owed only as art. 6:96 lid 6 BW has it (the paragraph that follows).
 * stopclaim (audit96 F5): with a final bill not disputed on record the claim may cover it too: the sum with it is said, and the
 * agency is asked which bills it collects (`claimAboveBilled`); a claim above both is said to be above both.
 */
function claimAboveBills(f: Facts): string[] {
  const c = f.input.collection;
  const bills = c?.bills ?? [];
  const claim = claimAboveBilled(c?.amount, bills, c?.finalBill);
  if (!c?.amount || !claim) return [];
  const these = refundsCharge(f) ? 'deze kosten' : `deze ${billNouns(f)[bills.length > 1 ? 'several' : 'one']}`;
  const aboveBills = `is hoger dan het bedrag van ${bills.length > 1 && !refundsCharge(f) ? `${these} samen` : these} (${nl.money(claim.billed)})`;
  const above =
    claim.withFinalBill === null
      ? aboveBills
      : c.amount > claim.withFinalBill
        ? `is hoger dan het bedrag van ${these} en de eindafrekening samen (${nl.money(claim.withFinalBill)})`
        : `${aboveBills}; met de eindafrekening erbij is dat ${nl.money(claim.withFinalBill)}`;
  const which = claim.withFinalBill === null ? '' : `voor welke ${billNouns(f).several} u incasseert en `;
  return [
    c.to === 'agency'
      ? `Het bedrag van uw incassobrief, ${nl.money(c.amount)}, ${above}. Wilt u mij laten weten ${which}hoe dat bedrag is opgebouwd (hoofdsom, verrekende creditnota’s, kosten en rente)?`
      : `Het bedrag van de incassobrief, ${nl.money(c.amount)}, ${above}. Wilt u mij laten weten welk bedrag u ter incasso heeft gegeven, en waarvoor?`,
  ];
}

/** The request a later letter refers back to, by whoever signed it; a correction quotes the deceased as its opening does (`quotedAs`). */
const asked = (f: Facts, what: string, deceased = { name: f.deceasedFull, died: f.dateOfDeath, named: asRequested(f) as Named }) =>
  `Op ${f.previousLetterDate} ${byWhom(requestLetter(f)?.colleague)} u namens de nabestaanden van ${deceased.name}, overleden op ${deceased.died}, gevraagd ${askedOf(f, what, deceased)}.`;
/**
 * What the request asked, as it asked it. A lease ends by law or by notice, not at the landlord's hand: what every letter about it
 * asked is to confirm the end date. A bank was asked what `bankAsk` says, of the account and date of death as the letter quotes
 * them. An insurance was claimed, kept or settled as its kind has it (`insuranceRequest`).
 */
const askedOf = (f: Facts, what: string, quoted: { died: string; named: Named }) =>
  asksBank(f) ? bankAsk(quoted.named, quoted.died) : transferred(f) ? `${what} ${act(f)}` : f.input.category === 'housing' ? `de einddatum van ${what} te bevestigen` : f.input.category === 'insurance' ? INSURANCE_ASKED[kindAsRequested(f) ?? 'unknown'](what) : asksPension(f) ? `de betalingen uit ${what} te stoppen per de datum van overlijden` : `${what} ${act(f)}`;
const INSURANCE_ASKED: Record<InsuranceKind | 'unknown', (what: string) => string> = {
  life: (what) => `de uitkering uit ${what} af te handelen`,
  property: (what) => `${what} voor de nalatenschap te laten doorlopen`,
  health: (what) => `${what} af te wikkelen per de datum van overlijden`,
  unknown: (what) => `mij te laten weten hoe ${what} na het overlijden doorloopt of eindigt`,
};
/** The deceased and the account as a correction's opening quotes them (`quotedInOpening`): as printed if this letter corrects them, the correction that follows says what is right. */
const quotedAs = (f: Facts) => ({ name: quotedInOpening(f).deceasedName, died: nl.date(quotedInOpening(f).dateOfDeath), named: quotedInOpening(f) });
/** The contract as the request named it, not as corrected since. */
const requestedContract = (f: Facts) => `het contract ${asRequested(f).description} met ${numbered(nl, f, asRequested(f).accountNumber)}`;
/** " Op 3 december 2026 heb ik u laten weten dat het juiste klantnummer KPN-2223 is.": each restated fact a correction letter told anew since. */
const toldSentences = (f: Facts) =>
  toldSince(f, RESTATED)
    .map(({ letter, corrections }) => ` Op ${nl.date(letter.date)} ${byWhom(letter.colleague)} u laten weten dat ${corrections.map((c) => `${correctedWords(f, c.field)[0]} juiste ${correctedWords(f, c.field)[1]} ${c.to} is`).join(' en ')}.`)
    .join('') +
  // An insurer's kind corrected since: what was asked instead (README, insurancerest).
  toldSince(f, ['insuranceKind'])
    .flatMap(({ letter, corrections }) => corrections.map((c) => ` Op ${nl.date(letter.date)} ${byWhom(letter.colleague)} u in plaats daarvan gevraagd ${insuranceAskedOf(c.to)}.`))
    .join('');
/** What a request to an insurer of this kind asks, of "het contract" (a correction of the kind says it of the request it names). */
const insuranceAskedOf = (kind: string | null) => INSURANCE_ASKED[(kind as InsuranceKind | null) ?? 'unknown']('het contract');
/** What the request asked, as it asked it, and what was corrected since (README, Letters → later letters). */
const firstLetter = (f: Facts) => asked(f, requestedContract(f)) + toldSentences(f);

/**
 * A request sent again after the provider rejected the last one: that request as it was, the provider's
 * answer with its own reason and ours to it as recorded (so the provider's clerk sees why it comes again), and each of the contract's facts that differs now.
 */
function askedAgain(f: Facts): string[] {
  const before = rejectedBefore(f);
  if (!before) return [];
  return [
    [
      `Op ${nl.date(before.earlier.date)} ${byWhom(before.earlier.colleague)} u gevraagd ${asksBank(f) || f.input.category === 'insurance' ? askedOf(f, requestedContract(f), { died: f.dateOfDeath, named: asRequested(f) as Named }) : `${requestedContract(f)} ${act(f)}`}. Op ${nl.date(before.date)} liet u weten dat u dat verzoek niet kon verwerken (reden: „${before.reason}”).${before.answer ? ` Ons antwoord daarop: ${quotedAtEnd(before.answer, 'nl')}` : ''} Hierbij doe ik het verzoek opnieuw.${amendedNl(f)}`,
      ...changedSinceRequest(f).map((c) => correctionSentence(f, c, 'Het eerdere verzoek')),
      ...deathWrongBefore(f),
    ].join('\n'),
  ];
}

/** „De datum van overlijden in mijn eerdere brief was onjuist; …": a request sent again after the date was corrected since a letter printed another. */
const deathWrongBefore = (f: Facts) => {
  const carried = deathCarriedOtherwise(f);
  if (!carried) return [];
  return [`De datum van overlijden in ${carried.letter.colleague ? `de eerdere brief van mijn collega ${carried.letter.colleague}` : 'mijn eerdere brief'} was onjuist; de juiste datum is ${f.dateOfDeath}.`];
};

/** Each corrected fact with its article ("het juiste klantnummer", "de juiste einddatum"). */
const CORRECTED: Record<CorrectedField, [string, string]> = {
  description: ['de', 'omschrijving van het contract'],
  accountNumber: ['het', 'klantnummer'],
  requestedEndDate: ['de', 'gewenste einddatum'],
  effectiveDate: ['de', 'einddatum'],
  insuranceKind: ['de', 'soort verzekering'],
  deceasedName: ['de', 'naam van de overledene'],
  dateOfBirth: ['de', 'geboortedatum van de overledene'],
  dateOfDeath: ['de', 'overlijdensdatum'],
  deceasedAddress: ['het', 'adres van de overledene'],
  estateAccount: ['de', 'rekening voor een terugbetaling'],
  newHolderName: ['de', 'naam van de nieuwe contracthouder'],
  newHolderAddress: ['het', 'adres van de nieuwe contracthouder'],
  newHolderDateOfBirth: ['de', 'geboortedatum van de nieuwe contracthouder'],
  newHolderEmail: ['het', 'e-mailadres van de nieuwe contracthouder'],
  newHolderPhone: ['het', 'telefoonnummer van de nieuwe contracthouder'],
  newHolderIban: ['het', 'IBAN van de nieuwe contracthouder'],
};
/** The fact in this contract's words: a transfer has a date of transfer, not an end date; an insurer's number is its polisnummer (`numberKindOf`). */
const correctedWords = (f: Facts, field: CorrectedField): [string, string] =>
  field === 'effectiveDate' && asksNoEnd(f)
    ? ['de', f.input.collection?.to === 'agency' ? `datum in de bevestiging van ${f.input.collection.provider}` : 'datum in uw bevestiging']
    : field === 'accountNumber'
    ? ['het', NUMBER_WORDS[numberKindOf(f.input.category, f.accountNumber)]]
    : !transferred(f) ? CORRECTED[field] : field === 'requestedEndDate' ? ['de', 'gewenste datum van overzetting'] : field === 'effectiveDate' ? ['de', 'datum van overzetting'] : CORRECTED[field];
const correctedValue = (c: Correction, value: string) => (CORRECTED_DATES.includes(c.field) ? nl.date(value) : value);

/**
 * "Mijn verzoek vermeldde als klantnummer 1234; het juiste klantnummer is 1243." Only recorded values, old and new, said of
 * the letter (or letters) that printed the old one. Without a date a request asks for the date of death or else as soon
 * as possible (compose.ts): quoted so, and asked so again when the date is taken back.
 */
function correctionSentence(f: Facts, c: Correction, printedIn: string, several = false, readIn: SentLetter | null = null): string {
  const [article, what] = correctedWords(f, c.field);
  const asap = c.from === null && c.field === 'requestedEndDate';
  const [stated, asked] = several ? ['vermeldden', 'vroegen'] : ['vermeldde', 'vroeg'];
  // An insurer's kind is told by what was asked, never by the kind's name: the insurer acts on the request, not on our word for its policy.
  if (c.field === 'insuranceKind') return `${printedIn} ${asked} u ${insuranceAskedOf(c.from)}; in plaats daarvan vraag ik u ${insuranceAskedOf(c.to)}.`;
  const before = asap
    ? `${printedIn} ${asked} u het contract per ${nl.asSoonAsPossible(nl.date(deathAsReadIn(f, readIn)))}, ${act(f)}`
    : c.from === null
      ? `${printedIn} ${stated} geen ${what}`
      : `${printedIn} ${stated} als ${what} ${correctedValue(c, c.from)}`;
  const now =
    c.to !== null
      ? `${asap ? `${article} ${what}` : c.from === null ? (article === 'het' ? 'dat' : 'die') : `${article} juiste ${what}`} is ${correctedValue(c, c.to)}`
      : c.field === 'requestedEndDate'
        ? `graag ${transferred(f) ? 'zet u het contract nu over' : 'beëindigt u het contract nu'} per ${nl.asSoonAsPossible(f.dateOfDeath)}`
        : 'dat gegeven vervalt';
  return `${before}; ${now}.`;
}

/** The letter that first printed a corrected fact: our request, or to an agency our collection stop to it. */
function firstPrintedIn(f: Facts): string {
  const ours = agencyLetter(f);
  if (!ours) return capitalised(theRequest(f));
  return ours.colleague ? `De brief van mijn collega ${ours.colleague}` : 'Mijn brief';
}

/** A correction of the fact as the recipient last read it: in our request (to an agency: our letter), or in a correction letter since. */
function correctionLine(f: Facts, corrected: Correction): string {
  const { correction, toldIn } = asLastRead(f, corrected);
  // Our objections and collection stops since printed it too: each is named, so the provider corrects them all; those of one day alike once.
  const later = laterStating(f, corrected);
  const named = namedAlike([...(toldIn ? [toldIn] : []), ...later], (l) => laterLetter(f, l)).map(({ letter, count }) => laterLetter(f, letter, count));
  return correctionSentence(f, correction, capitalised(listed(toldIn ? named : [firstPrintedIn(f), ...named], 'nl')), later.length > 0, toldIn);
}

/** A later letter's noun when several of one day are named at once (`namedAlike`): "mijn correcties van 3 december 2026". */
const LATER_NOUNS = { brief: 'brieven', herinnering: 'herinneringen', klacht: 'klachten', bezwaar: 'bezwaren', correctie: 'correcties' } as const;

/** Each later letter that can print a corrected fact (`laterStating`), as its writer names it: article, noun, and what follows its date; a bill by its provider's noun (factuurrest: an insurer's nota, `billNouns`). */
const LATER_LETTERS: Record<StatingKind, (l: SentLetter, bill: string) => ['de' | 'het', keyof typeof LATER_NOUNS, string]> = {
  information_supplied: () => ['de', 'brief', ' met de gevraagde informatie'],
  reminder: () => ['de', 'herinnering', ''],
  escalation: () => ['de', 'klacht', ''],
  dispute: (l, bill) => ['het', 'bezwaar', l.bill ? ` tegen ${bill} ${l.bill}` : ''],
  dispute_escalation: () => ['de', 'klacht', ' over mijn onbeantwoorde bezwaar'],
  collection_stop: (l) => ['de', 'brief', ` over de incassobrief${l.collection?.agency ? ` van ${l.collection.agency}` : ''}`],
  withdrawal: () => ['de', 'brief', ' waarin ik het verzoek introk'],
  rejection_complaint: () => ['de', 'klacht', ' over uw afwijzing van het verzoek'],
  correction: () => ['de', 'correctie', ''],
  bill_correction: (_, bill) => ['de', 'correctie', ` op mijn bezwaar tegen een ${bill}`],
  document_erasure: () => ['de', 'brief', ' over een ingetrokken document'],
  document_correction: () => ['de', 'brief', ' met een gecorrigeerd document'],
  contact_change: () => ['de', 'brief', ' over de nieuwe contactpersoon'],
  release_reminder: () => ['de', 'herinnering', ' over de vrijgave van het saldo'],
  refund_reminder: () => ['de', 'herinnering', ' over de terugbetaling aan de nalatenschap'],
};

/**
 * "mijn bezwaar van 10 december 2026 tegen factuur F-01", "mijn brief van 15 december 2026 over de incassobrief van Incasso Noord": a later
 * letter that printed a corrected fact; `count` of them alike, "de correcties van mijn collega Anna de Boer van 3 december 2026".
 */
function laterLetter(f: Facts, l: SentLetter & { kind: StatingKind }, count = 1): string {
  const [article, noun, after] = LATER_LETTERS[l.kind](l, billNouns(f).one);
  const [the, nouns] = count > 1 ? ['de', LATER_NOUNS[noun]] : [article, noun];
  return `${l.colleague ? `${the} ${nouns} van mijn collega ${l.colleague}` : `mijn ${nouns}`} van ${nl.date(l.date)}${after}`;
}

/**
 * v15: the number the provider rejected on was wrong, so its rejection was right and our complaint about it is withdrawn
 * (`withdrawnComplaint`): said of the complaint as it went out, and only that; the correction above gives the right number.
 */
function complaintWithdrawal(f: Facts): string[] {
  const complaint = f.input.withdrawnComplaint;
  if (!complaint) return [];
  return [
    `${complaint.colleague ? `De klacht van mijn collega ${complaint.colleague}` : 'Mijn klacht'} van ${nl.date(complaint.date)} over uw afwijzing van ${theRequest(f)} trek ik hierbij in: die afwijzing was terecht, want het ${correctedWords(f, 'accountNumber')[1]} in ${theRequest(f)} was onjuist. U hoeft op de klacht niet meer te antwoorden.`,
  ];
}

/** What a corrected date of death changes in what the reader was told (`deathCorrectionEffects`), in one paragraph. */
function correctionEffects(f: Facts): string[] {
  const { lease, stop } = deathCorrectionEffects(f);
  const effects = [
    ...(lease ? [`Daardoor eindigt de huurovereenkomst volgens de wet op ${nl.date(lease.to)} in plaats van op ${nl.date(lease.from)} (artikel 7:268 lid 6 BW).`] : []),
    ...(stop
      ? [
          `${stop.letter.colleague ? `De brief van mijn collega ${stop.letter.colleague}` : 'Mijn brief'}${stop.toAgency ? '' : ' over de incasso'} wees op de drie maanden na het overlijden waarin op goederen van de nalatenschap geen verhaal kan worden genomen (artikel 4:185 lid 1 BW); die ${stop.ended ? 'liepen' : 'lopen'} daardoor tot en met ${nl.date(stop.end)}.`,
        ]
      : []),
  ];
  return effects.length ? [effects.join(' ')] : [];
}

/**
 * What a correction asks. Once the provider confirmed the end or transfer, the handling happened: only its
 * records change, and the date it confirmed stands, unless the correction is of what that date hangs on. Then
 * it says what to do if the date changes and that it stands without an answer: a question would wait for an
 * answer nobody follows up (the request is done on the desk, no term runs), so silence must mean something.
 */
function correctionAsk(f: Facts): string {
  const end = confirmedEnd(f);
  // A corrected kind restated its whole request above: only the records are left to ask.
  const handled = correctsKind(f) ? '' : ` en ${asksBank(f) ? bankCorrected(f) : `${actNoun(f)} met de juiste gegevens afhandelen`}`;
  if (!end) return `Wilt u dit in uw administratie aanpassen${handled}? Voor het overige blijft ${theRequest(f)} ongewijzigd.`;
  const confirmed = answeredThat(f, 'het contract', end);
  // What we objected to of a bill is what it bills after that date: it moves with it.
  const bills = disputedBills(f);
  const billed = bills.length ? ` Het deel van ${bills.length > 1 ? `de ${billNouns(f).several} ${listed(bills, 'nl')}` : `${billNouns(f).one} ${bills[0]}`} dat na ${endWord(f)} valt, verandert dan mee.` : '';
  // A bank's balance is per the date of death, a health policy ends at it (`settledAtDeath`): a corrected one asks either anew, unless
  // already given per the right day (`bankCorrected`); silence keeps nothing.
  if ((asksBank(f) || settledAtDeath(f)) && correctsDeath(f) && !alreadyPerDeath(f))
    return `${confirmed}.${balanceGivenPerOldDeath(f) ? ' Dat is het saldo per de overlijdensdatum die ik u eerder gaf.' : ''} Wilt u dit in uw administratie aanpassen en ${asksBank(f) ? bankCorrected(f) : `de verzekering afwikkelen per ${f.dateOfDeath}, de juiste datum van overlijden`}?${billed}${stillAwaited(f, ' ')}`;
  return correctsTheEnd(f) && !alreadyPerDeath(f)
    ? `${confirmed}. Wilt u dit in uw administratie aanpassen? Verandert ${endWord(f)} hierdoor, laat u mij dan de nieuwe datum ${newDateAt(f)}${billed} Hoor ik niets van u, dan blijft ${endWord(f)} ${end}.${stillAwaited(f, ' ')}`
    : premiumStopMoves(f)
      ? `${confirmed}; daaraan verandert niets. Mijn verzoek vroeg u ook de premie-incasso per de datum van overlijden te stoppen en premie die is betaald voor de tijd daarna terug te betalen, als de polis dat bepaalt. Wilt u dit in uw administratie aanpassen en dat doen per ${f.dateOfDeath}, de juiste datum van overlijden?${stillAwaited(f, ' ')}`
      : `${confirmed}; daaraan verandert niets. Wilt u dit in uw administratie aanpassen? ${stillAwaited(f, '') || 'Verder hoeft u niets te doen.'}`;
}

/**
 * What the provider confirmed, in every letter that restates it (correction, dispute, collection stop): what a bank or insurer
 * said it did (`history.answerDone`, bankanswer) — the block and the balance given, the payout taken up, its claim forms sent, the
 * cover kept for the estate, the policy settled —, or the date any other confirmation gave (`settledAs`). To the provider
 * "U heeft bevestigd dat …", or how and when it reached the case owner (`history.confirmedVia`; README, receivedvia); to a
 * collection agency of the `provider` ("Centraal Beheer heeft bevestigd dat het …").
 */
function answeredThat(f: Facts, contract: string, end: string, provider?: string): string {
  const d = f.input.history?.answerDone;
  const told = provider ? null : f.input.history?.confirmedVia;
  const said = provider ? `${provider} heeft bevestigd dat` : told ? toldThat(told) : 'U heeft bevestigd dat';
  if (!d) return `${said} ${contract} ${settledAs(f, end)}`;
  const it = provider ? 'het' : 'u';
  const did = {
    accountBlocked: `de rekening is geblokkeerd${d.balance === null ? '' : ` en dat het saldo per ${d.balanceOn ? nl.date(d.balanceOn) : end} ${nl.money(d.balance)} was`}`,
    payoutHandled: `${it} de uitkering in behandeling heeft genomen`,
    claimFormsSent: `${it} de formulieren voor de uitkering heeft gestuurd`,
    coverContinues: `de verzekering voor de nalatenschap doorloopt${d.coverUntil ? ` tot en met ${nl.date(d.coverUntil)}` : ''}`,
    coverSettled: `het contract ${endToCome(f) ? 'wordt' : 'is'} afgewikkeld per ${end}`,
    pensionStopped: `de pensioenbetalingen zijn gestopt per ${end}`,
  }[d.done];
  return `${said} ${did}`;
}

/**
 * A bank asked the balance per the date of death: a corrected date asks it anew per the right one. That is the balance the heirs
 * need: the erfbelasting takes "het verkregene … naar de waarde … op het tijdstip van de verkrijging" (art. 21 lid 1 Successiewet
 * 1956, https://www.viajuridica.nl/informatiesoorten/wetstoelichtingen/waardering-art-21-lid-1-sw), and an heir acquires at the death.
 * The letter asks; it does not give the reason. Any other corrected detail: the block and the balance handled with it.
 */
const bankCorrected = (f: Facts) =>
  (f.input.corrections ?? []).some((c) => c.field === 'dateOfDeath')
    ? `mij schriftelijk het saldo per ${f.dateOfDeath}, de juiste datum van overlijden, opgeven`
    : 'de blokkering van de rekening en de opgave van het saldo met de juiste gegevens afhandelen';

/**
 * What the provider still owes an answer to (`history.awaiting`): the confirmed end does not end it, so the correction
 * says that question stands, with the date the answer is due; empty when nothing is owed.
 */
function stillAwaited(f: Facts, before: string): string {
  const awaiting = f.input.history?.awaiting;
  if (!awaiting?.letters.length) return '';
  const letters = awaiting.letters.map((l) => (l.kind === 'collection_stop' ? stopRequest(l) : laterLetter(f, l as SentLetter & { kind: StatingKind })));
  return `${before}${capitalised(listed(letters, 'nl'))} ${letters.length > 1 ? 'blijven' : 'blijft'} staan${awaiting.due ? `; ik zie uw antwoord uiterlijk ${nl.date(awaiting.due)} tegemoet` : ''}.`;
}

/** "mijn verzoek van 23 december 2026 om de incasso van Incasso Noord op te schorten": what a collection stop asked (its letter's own words), not only what it was about. */
const stopRequest = (l: SentLetter) =>
  `${l.colleague ? `het verzoek van mijn collega ${l.colleague}` : 'mijn verzoek'} van ${nl.date(l.date)} om de incasso${l.collection?.agency ? ` van ${l.collection.agency}` : ''} op te schorten`;

/**
 * Where the provider tells a new end date: the desk takes no corrected confirmation while a bill is open or a collection
 * stop asked (`confirmationHeld`), so a desk provider is asked to write instead and told why; otherwise its usual answer.
 */
function newDateAt(f: Facts): string {
  const held = f.input.recipient.viaDesk ? f.input.history?.confirmationHeld : null;
  if (!held) return 'weten.';
  const { bills, collectionStop } = held;
  const open = [
    ...(bills.length ? [`het bezwaar tegen ${bills.length > 1 ? `de ${billNouns(f).several} ${listed(bills, 'nl')}` : `${billNouns(f).one} ${bills[0]}`}`] : []),
    ...(collectionStop ? ['het verzoek om de incasso op te schorten'] : []),
  ];
  return `per e-mail of brief weten: zolang ${listed(open, 'nl')} ${open.length > 1 ? 'lopen' : 'loopt'}, kunt u de bevestiging niet in het aanbiedersloket corrigeren.`;
}

/**
 * A correction to a collection agency of what our collection stop told it (the deceased's name or date of
 * death, the contract): that letter and the agency's own collection letter, each fact as the agency last read
 * it, and only a request to update its records: the stop itself stands.
 */
function agencyCorrection(f: Facts): string[] {
  const corrections = f.input.corrections ?? [];
  return [
    `${agencyOpening(f)} Hierbij corrigeer ik ${corrections.length > 1 ? 'enkele gegevens' : 'een gegeven'} uit die brief.`,
    corrections.map((correction) => correctionLine(f, correction)).join('\n'),
    ...correctionEffects(f),
    ...billsMoved(f),
    ...referenceMoved(f),
    agencyAsk(f),
  ];
}

/**
 * What a corrected end date did to each bill our stop named that was open (`collection.bills`): its disputed part counted
 * again from that date, or none left. The figures on record now; without such a bill nothing is said of bills.
 */
function billsMoved(f: Facts): string[] {
  const c = f.input.collection;
  const bills = correctsConfirmedEnd(f) ? (c?.bills ?? []) : [];
  if (!bills.length) return [];
  const ours = agencyLetter(f)?.colleague ? `de brief van mijn collega ${agencyLetter(f)?.colleague}` : 'mijn brief';
  // bankwords2: a bank's costs go over days and are booked back, asked back and never declared not owed, as in `billOnRecord`.
  const bank = refundsCharge(f);
  const now = (b: BillOnRecord) => {
    const d = b.disputed;
    const part = !d
      ? `${bank ? 'die gaan nu alleen over' : 'die betreft nu alleen'} de tijd tot en met ${endWord(f)}; het bezwaar ertegen is daarom ingetrokken.`
      : d.from === b.periodFrom
        ? bank ? `die gaan nu geheel over de tijd na ${endWord(f)}.` : `die betreft nu geheel de periode na ${endWord(f)}; ${notOwed(f, 'die')}.`
        : `${bank ? `naar rato van de dagen waarover ze gaan (${chargeShare(b, d)}) valt daarvan nu ${nl.money(d.amount)} na ${endWord(f)}` : `daarvan valt nu ${nl.money(d.amount)} in de periode ${nl.date(d.from)} tot en met ${nl.date(d.to)}, na ${endWord(f)}; ${notOwed(f, 'dat deel')}`}. Tegen het deel tot en met ${endWord(f)}, ${nl.money(undisputedPart({ amount: b.amount, disputed: d }))}, bestaat geen bezwaar.`;
    return `${bank ? 'Kosten met kenmerk' : capitalised(billNouns(f).one)} ${b.reference} van ${nl.date(b.invoiceDate)}, ${nl.money(b.amount)}: ${part}${d && b.credited ? ` ${c?.provider} heeft daarvan al ${nl.money(b.credited)} ${bank ? 'teruggeboekt' : 'gecrediteerd'}.` : ''}`;
  };
  const named = bank ? 'de kosten' : `de ${billNouns(f)[bills.length > 1 ? 'several' : 'one']}`;
  return [[`Daardoor verandert het deel na ${endWord(f)} van ${named} van ${c?.provider} die ${ours} noemde:`, ...bills.map(now)].join('\n')];
}

/** Our collection stop to the agency and the collection letter it answered: what a correction to the agency corrects. */
function agencyOpening(f: Facts): string {
  const ours = agencyLetter(f);
  const c = f.input.collection;
  const quoted = quotedInOpening(f);
  return `Op ${ours && nl.date(ours.date)} ${byWhom(ours?.colleague)} u geschreven naar aanleiding van uw ${collectionLetter(c)} over het contract ${quoted.description} met ${numbered(nl, f, quoted.accountNumber)}${theirDossier(c)} bij ${c?.provider} van ${quoted.deceasedName}, overleden op ${nl.date(quoted.dateOfDeath)}.`;
}
/**
 * collwho: the provider corrected its reference with the end date, and our stop quoted it with the final bill: named, so
 * "voor het overige ongewijzigd" is true of what is left.
 */
const referenceMoved = (f: Facts): string[] => {
  const r = f.input.referenceCorrected;
  return r ? [`Ook het kenmerk van ${f.input.collection?.provider} is gewijzigd: ${r.to} in plaats van ${r.from}.`] : [];
};
/** Only the agency's records change: the stop itself stands. */
const agencyAsk = (f: Facts) => `Wilt u dit in uw administratie aanpassen? Voor het overige blijft ${agencyLetter(f)?.colleague ? 'de brief van mijn collega' : 'mijn brief'} ongewijzigd.`;

/**
 * A corrected bill that our collection stop to the agency named: the figures as that letter (or our correction
 * of it since) had them, the bill as it is now and the part of it after the end date, said of what the provider
 * did, never "your invoice"; a bill that now bills nothing after the end date is no longer objected to.
 */
function agencyBillCorrection(f: Facts): string[] {
  const b = f.input.billCorrection;
  const c = f.input.collection;
  const lines = billCorrectionLines(f);
  const now = b?.corrected;
  return [
    `${agencyOpening(f)} Hierbij corrigeer ik ${lines.length > 1 ? 'enkele gegevens' : 'een gegeven'} uit die brief over de ${billNouns(f).one} van ${c?.provider} met nummer ${b?.named.reference}.`,
    lines.join('\n'),
    now?.disputed
      ? `Met de juiste gegevens betreft die ${billNouns(f).one} de periode ${nl.date(now.periodFrom)} tot en met ${nl.date(now.periodTo)} en bedraagt die ${nl.money(now.amount)}. ${disputedSentence(f)}${now.credited ? ` ${c?.provider} heeft daarvan al ${nl.money(now.credited)} gecrediteerd.` : ''}`
      : `Met de juiste gegevens betreft die ${billNouns(f).one} alleen de tijd tot en met ${endWord(f)}${confirmedEnd(f) ? ` (${confirmedEnd(f)})` : ''}; het bezwaar ertegen is daarom ingetrokken.`,
    agencyAsk(f),
  ];
}

/**
 * A dropped objection told to an agency whose collection stop named the bill (README, agencytold): that stop, the bill as
 * the provider's by the number the stop named, what happens with it, and only then what the agency may do: say what it claims
 * for it, or update its records. The rest of the stop (its costs, other bills) stands; no amount is stated.
 */
function agencyWithdrawal(f: Facts): string[] {
  const o = f.input.withdrawnObjection;
  const c = f.input.collection;
  const bill = billNouns(f).one;
  return [
    // olddebts: made again after a handover, the stop was a colleague's letter: she named the objection, which is ours now (as the title says).
    `${agencyOpening(f)} Daarin noemde ${agencyLetter(f)?.colleague ? 'mijn collega ons' : 'ik mijn'} bezwaar tegen de ${bill} van ${c?.provider} met nummer ${o?.reference}.`,
    `Dat bezwaar trek ik hierbij in: de ${bill} ${o?.outcome === 'alreadyPaid' ? 'is al betaald' : 'wordt betaald uit de nalatenschap'}.`,
    `${o?.outcome === 'alreadyPaid' ? '' : `Vordert u voor deze ${bill} een bedrag, laat u mij dan weten welk bedrag en op welke rekening het kan worden betaald. `}${agencyAsk(f)}`,
  ];
}

/**
 * collagency: the provider ended the collection our stop to the agency asked to halt (it stopped it, dropped the whole claim, or
 * withdrew the last disputed bill): that stop, what the provider let us know and on which day it was recorded, and only then the ask to
 * close the file and write no more to the estate or the family; whom to write to is every letter's closing (`correspondence`). No
 * law: nothing is claimed of the agency's duties.
 */
function agencyCollectionEnded(f: Facts): string[] {
  const c = f.input.collection;
  const e = f.input.collectionEnded;
  // audit91 F10: bills withdrawn that are only part of the agency's claim: that part stops, the file is not asked closed.
  const part = withdrawnPartOfClaim(f);
  const what = e?.rest ? restWithdrawn(e.rest, e.toldOn, billNouns(f).one) : e?.why === 'claimDropped' ? 'de hele vordering is ingetrokken' : e?.why === 'billWithdrawn' ? withdrawnBills(e, billNouns(f)) : 'de incasso is gestopt';
  return [
    // agencylate: sent again after a correction of the agency's particulars, it names first the earlier one it replaces.
    ...stopReplaced(c?.replaces),
    agencyOpening(f),
    `${c?.provider} heeft ons op ${e ? nl.date(e.toldOn) : ''} laten weten dat ${what}.${e?.rest?.paidFinalBill ? ` ${finalBillPaid(e.rest, e.toldOn)}` : ''}`,
    part === null
      ? 'Ik verzoek u daarom uw dossier te sluiten en over deze vordering geen brieven meer te sturen aan de nalatenschap of de nabestaanden.'
      : `Ik verzoek u ${e!.bills!.length > 1 ? `die ${billNouns(f).several} (samen ${nl.money(part)})` : `die ${billNouns(f).one}`} uit uw vordering te halen, niet meer te innen en daarover geen brieven meer te sturen aan de nalatenschap of de nabestaanden.`,
  ];
}

/**
 * dropmore: the provider's drop that our `collection_ended` letter told the agency of was recorded by mistake and undone: that
 * letter, by its day, and what it said; that the bill was not withdrawn and our objection stands; its ask withdrawn, our stop's
 * standing. Only what the record holds, and no law beyond what the stop cited (it is named, not restated).
 */
function agencyCollectionEndUndone(f: Facts): string[] {
  const { c, e, stop, ended, several } = endUndoneFacts(f);
  // claimundo: the provider said the whole claim was dropped and then that this was a mistake: its word, not a bill we misrecorded.
  const claim = e?.why === 'claimDropped';
  return [
    agencyOpening(f),
    `Op ${ended ? nl.date(ended.date) : ''} ${byWhom(ended?.colleague)} u daarna geschreven dat ${c?.provider} ons op ${e ? nl.date(e.toldOn) : ''} had laten weten dat ${claim ? 'de hele vordering is ingetrokken' : e ? withdrawnBills(e, billNouns(f)) : ''}.`,
    claim
      ? `${c?.provider} heeft ons later laten weten dat dat een vergissing was: de vordering is niet ingetrokken.`
      : `Dat is bij ons per vergissing zo vastgelegd: ${c?.provider} heeft die ${billNouns(f)[several ? 'several' : 'one']} niet ingetrokken, en het bezwaar ertegen loopt nog.`,
    `Het verzoek in die brief van ${ended ? nl.date(ended.date) : ''} vervalt daarom. Het verzoek in ${stop?.colleague ? 'de brief van mijn collega' : 'mijn brief'} van ${stop ? nl.date(stop.date) : ''} blijft staan.`,
  ];
}

/** collrest: "factuur F-12 (€ 30,00) is ingetrokken" (an insurer's its nota: `billNouns`), or every bill the provider withdrew at once; a letter from before named one by its number. */
function withdrawnBills(e: NonNullable<Facts['input']['collectionEnded']>, bill: ReturnType<typeof billNouns>): string {
  if (!e.bills?.length) return `${bill.one} ${e.reference} is ingetrokken`;
  const named = e.bills.map((b) => `${b.reference} (${nl.money(b.amount)})`);
  return named.length === 1 ? `${bill.one} ${named[0]} is ingetrokken` : `de ${bill.several} ${listed(named, 'nl')} zijn ingetrokken`;
}

/**
 * dropday (audit89 F2): the provider withdrew the whole claim, the final bill included (its whole amount), named bill by bill; what
 * the estate had paid of it is said apart (`finalBillPaid`). The agency needs no word on asking it back: its collection is over.
 */
function restWithdrawn(rest: DroppedClaim, toldOn: string, bill: string): string {
  const paid = paidOnDroppedBill(rest, toldOn)!;
  const named = [`eindafrekening ${paid.reference} (${nl.money(paid.whole)})`, ...rest.bills.map((b) => `${bill} ${b.reference} (${nl.money(b.amount)})`)];
  return `de hele vordering is ingetrokken, ook ${listed(named, 'nl')}`;
}
/** dropday: what the estate paid of that final bill and on which day, as recorded: all of it or a part, before the provider's word or after it. */
function finalBillPaid(rest: DroppedClaim, toldOn: string): string {
  const p = paidOnDroppedBill(rest, toldOn)!;
  const [on, part] = [nl.date(p.paidOn), p.paid < p.whole ? `${nl.money(p.paid)} ` : ''];
  if (p.afterDrop) return part ? `Daarvan is daarna, op ${on}, nog ${part}uit de nalatenschap betaald.` : `Die eindafrekening is daarna, op ${on}, nog uit de nalatenschap betaald.`;
  return part ? `Daarvan was op ${on} al ${part}uit de nalatenschap betaald.` : `Die eindafrekening was op ${on} al uit de nalatenschap betaald.`;
}

/** The objection as the one who signed the dispute letter may call it; after a handover it is ours, not mine. */
const theObjection = (f: Facts) => (referredColleague(f, 'bill_correction') ? 'ons bezwaar' : 'mijn bezwaar');

/** "Mijn bezwaar vermeldde als bedrag € 24,98; het juiste bedrag is € 42,98." Only recorded values, old (as last told) and new; the period as one line. */
function billCorrectionLines(f: Facts): string[] {
  const b = f.input.billCorrection;
  if (!b) return [];
  // Said of the letter the reader last read it in: the objection (to an agency: our collection stop), or a correction of it since.
  const readIn = !b.toldIn ? (agencyLetter(f) ? firstPrintedIn(f) : capitalised(theObjection(f))) : b.toldIn.colleague ? `De correctie van mijn collega ${b.toldIn.colleague} van ${nl.date(b.toldIn.date)}` : `Mijn correctie van ${nl.date(b.toldIn.date)}`;
  const said = (what: string, from: string, to: string) => `${readIn} vermeldde als ${what} ${from}; ${what.endsWith('nummer') || ['kenmerk', 'bedrag'].includes(what) ? 'het' : 'de'} juiste ${what} is ${to}.`;
  // bankletters: a bank's charge has a kenmerk and the day it was charged, no invoice (`refundsCharge`); notawords: an insurer's nota its notanummer and notadatum.
  const one: Partial<Record<BillFigureChange['field'], (c: BillFigureChange) => string>> = {
    reference: (c) => said(refundsCharge(f) ? 'kenmerk' : `${billCompound(f)}nummer`, String(c.from), String(c.to)),
    invoiceDate: (c) => said(refundsCharge(f) ? 'datum van de kosten' : `${billCompound(f)}datum`, nl.date(String(c.from)), nl.date(String(c.to))),
    amount: (c) => said('bedrag', nl.money(Number(c.from)), nl.money(Number(c.to))),
  };
  const period = correctedPeriod(b);
  const span = ([from, to]: [string, string]) => `${nl.date(from)} tot en met ${nl.date(to)}`;
  // bankrest: a bank's costs bill no period of use; they go over days, as its dispute counts them (`chargeDisputed`).
  const spanSaid = (p: NonNullable<typeof period>) => (refundsCharge(f) ? `${readIn} vermeldde dat de kosten gaan over ${span(p.from)}; ze gaan over ${span(p.to)}.` : said('periode', span(p.from), span(p.to)));
  return [...b.changes.flatMap((c) => one[c.field]?.(c) ?? []), ...(period ? [spanSaid(period)] : [])];
}

/** How a late bill or collection letter ended, said after its name (only what the record holds: `LateEnd`). */
const LATE_ENDS: Record<LateEnd, (m: LateMatter) => string> = {
  credited: (m) => `${m.provider} heeft ${nl.money(m.credited)} gecrediteerd.`,
  withdrawn: (m) => (m.kind === 'bill' ? `${m.provider} heeft de rekening ingetrokken.` : 'de vordering is ingetrokken.'),
  paid: (m) => `betaald uit de nalatenschap op ${nl.date(m.paidOn!)}.`,
  toPay: () => 'wordt betaald uit de nalatenschap; die staat nog niet als betaald genoteerd.',
  alreadyPaid: () => 'die was al betaald.',
  settled: (m) => (m.kind === 'bill' ? 'het bezwaar is afgehandeld.' : 'de zaak is afgehandeld.'),
  stopped: () => 'de incasso is gestopt.',
  open: (m) => (m.kind === 'bill' ? 'ons bezwaar loopt nog.' : 'ons verzoek de incasso op te schorten loopt nog.'),
};

/** "Rekening F-2 van KPN (€ 31,00): KPN heeft € 31,00 gecrediteerd." A credit beside another end is said first. */
function lateMatterLine(m: LateMatter): string {
  const about = [m.reference && `kenmerk ${m.reference}`, m.amount !== null && nl.money(m.amount)].filter(Boolean).join(', ');
  const what = m.kind === 'bill'
    ? `Rekening ${m.reference} van ${m.provider}${m.amount !== null ? ` (${nl.money(m.amount)})` : ''}`
    : `Incassobrief van ${m.agency ?? 'een incassobureau'}${about ? ` (${about})` : ''} over ${m.provider}`;
  const credit = m.credited && m.end !== 'credited' ? `${m.provider} heeft ${nl.money(m.credited)} gecrediteerd; ` : '';
  // The provider's word the case owner recorded says how it reached us, as the portal does (README, receivedvia2).
  return `${what}: ${credit}${LATE_ENDS[m.end](m)}${m.via ? ` Dit werd ons ${RECEIVED_VIA_WORDS.nl[m.via]} doorgegeven.` : ''}`;
}

/**
 * A final report after a reopening, up to its table: the earlier report is not news again; what is, is the
 * reopening (when, by whom, why), the contracts added and what became of each late bill and collection letter.
 */
function reopenedIntro(f: Facts, r: Reopening): string[] {
  const about = `de afwikkeling van de contracten van ${f.deceasedFull}, overleden op ${f.dateOfDeath}`;
  const before = !r.earlierReport
    ? `${capitalised(about)}, was afgerond.`
    : r.earlierReport.fromMeToYou
      ? `Op ${nl.date(r.earlierReport.date)} stuurde ik u het eindverslag van ${about}.`
      : `Op ${nl.date(r.earlierReport.date)} is het eindverslag van ${about}, verstuurd.`;
  return [
    `${before} Op ${nl.date(r.on)} ${byWhom(r.colleague)} het dossier weer geopend${r.reason ? `, met als reden: „${r.reason}”` : ''}.`,
    ...(r.added.length ? [`Er ${r.added.length === 1 ? 'kwam nog een contract' : 'kwamen nog contracten'} bij: ${listed(r.added, 'nl')}.`] : []),
    ...(r.matters.length ? [`Na het heropenen kwam dit binnen, en zo is het afgelopen:\n${r.matters.map(lateMatterLine).join('\n')}`] : []),
    'Met deze brief rond ik de afwikkeling opnieuw af. Hieronder ziet u hoe elk contract er nu voor staat.',
  ];
}

export const nl: Words = {
  insuranceTitle: 'Melding van overlijden',
  insurerTitles: {
    dispute: 'Bezwaar tegen nota na einddatum',
    transferDispute: 'Bezwaar tegen nota na overzetting',
    'noEndDispute.death': 'Bezwaar tegen nota na de datum van overlijden',
    'noEndDispute.confirmed': 'Bezwaar tegen nota na de datum die u bevestigde',
    dispute_escalation: 'Klacht over het uitblijven van een reactie op mijn bezwaar tegen uw nota',
    'our.dispute_escalation': 'Klacht over het uitblijven van een reactie op ons bezwaar tegen uw nota',
    disputesEscalation: 'Klacht over het uitblijven van een reactie op mijn bezwaar tegen uw nota’s',
    'our.disputesEscalation': 'Klacht over het uitblijven van een reactie op ons bezwaar tegen uw nota’s',
    bill_correction: 'Correctie op mijn bezwaar tegen uw nota',
    'our.bill_correction': 'Correctie op ons bezwaar tegen uw nota',
    dispute_withdrawal: 'Intrekking van mijn bezwaar tegen uw nota',
    'our.dispute_withdrawal': 'Intrekking van ons bezwaar tegen uw nota',
    'agencyWithdrawal.mine': 'Intrekking van mijn bezwaar tegen een nota',
    'agencyWithdrawal.ours': 'Intrekking van ons bezwaar tegen een nota',
  },
  fundTitles: {
    dispute: 'Bezwaar tegen terugvordering na einddatum',
    transferDispute: 'Bezwaar tegen terugvordering na overzetting',
    'noEndDispute.death': 'Bezwaar tegen terugvordering na de datum van overlijden',
    'noEndDispute.confirmed': 'Bezwaar tegen terugvordering na de datum die u bevestigde',
    dispute_escalation: 'Klacht over het uitblijven van een reactie op mijn bezwaar tegen uw terugvordering',
    'our.dispute_escalation': 'Klacht over het uitblijven van een reactie op ons bezwaar tegen uw terugvordering',
    disputesEscalation: 'Klacht over het uitblijven van een reactie op mijn bezwaar tegen uw terugvorderingen',
    'our.disputesEscalation': 'Klacht over het uitblijven van een reactie op ons bezwaar tegen uw terugvorderingen',
    bill_correction: 'Correctie op mijn bezwaar tegen uw terugvordering',
    'our.bill_correction': 'Correctie op ons bezwaar tegen uw terugvordering',
    dispute_withdrawal: 'Intrekking van mijn bezwaar tegen uw terugvordering',
    'our.dispute_withdrawal': 'Intrekking van ons bezwaar tegen uw terugvordering',
    'agencyWithdrawal.mine': 'Intrekking van mijn bezwaar tegen een terugvordering',
    'agencyWithdrawal.ours': 'Intrekking van ons bezwaar tegen een terugvordering',
  },
  bankTitle: 'Blokkering rekening en opgave saldo na overlijden',
  titles: {
    cancellation: 'Opzegging na overlijden',
    transfer: 'Verzoek tot tenaamstelling na overlijden',
    information_supplied: 'Aanvullende informatie',
    reminder: 'Herinnering',
    escalation: 'Klacht over het uitblijven van een reactie',
    dispute: 'Bezwaar tegen factuur na einddatum',
    dispute_escalation: 'Klacht over het uitblijven van een reactie op mijn bezwaar tegen uw factuur',
    collection_stop: 'Dringend – incasso opschorten',
    withdrawal: 'Intrekking van mijn verzoek',
    rejection_complaint: 'Klacht over de afwijzing van mijn verzoek',
    correction: 'Correctie op mijn verzoek',
    bill_correction: 'Correctie op mijn bezwaar tegen uw factuur',
    document_erasure: 'Verzoek om een document te verwijderen',
    document_correction: 'Gecorrigeerde versie van een document',
    contact_change: 'Nieuwe contactpersoon',
    progress_report: 'Voortgangsverslag',
    final_report: 'Eindverslag',
    dispute_withdrawal: 'Intrekking van mijn bezwaar tegen uw factuur',
    release_reminder: 'Herinnering: vrijgave van het saldo',
    reminder_withdrawal: 'Intrekking van mijn herinnering over de vrijgave van het saldo',
    refund_reminder: 'Herinnering: terugbetaling aan de nalatenschap',
    repayment_request: 'Verzoek tot terugbetaling: vordering ingetrokken',
    collection_ended: 'Incasso beëindigd: verzoek uw dossier te sluiten',
    collection_end_undone: 'Correctie: de incasso is niet beëindigd',
    repayment_withdrawn: 'Intrekking van het verzoek tot terugbetaling',
  },
  ourTitles: {
    kinds: {
      dispute_withdrawal: 'Intrekking van ons bezwaar tegen uw factuur',
      dispute_escalation: 'Klacht over het uitblijven van een reactie op ons bezwaar tegen uw factuur',
      withdrawal: 'Intrekking van ons verzoek',
      rejection_complaint: 'Klacht over de afwijzing van ons verzoek',
      correction: 'Correctie op ons verzoek',
      bill_correction: 'Correctie op ons bezwaar tegen uw factuur',
    },
    disputesEscalation: 'Klacht over het uitblijven van een reactie op ons bezwaar tegen uw facturen',
  },
  transferDisputeTitle: 'Bezwaar tegen factuur na overzetting',
  noEndDisputeTitles: { death: 'Bezwaar tegen factuur na de datum van overlijden', confirmed: 'Bezwaar tegen factuur na de datum die u bevestigde', keptCover: 'Bezwaar tegen premie na het einde van de dekking', chargeDeath: 'Bezwaar tegen kosten na de datum van overlijden', chargeConfirmed: 'Bezwaar tegen kosten na de datum die u bevestigde' },
  agencyCorrectionTitles: { mine: 'Correctie op mijn brief over uw incasso', ours: 'Correctie op onze brief over uw incasso' },
  agencyWithdrawalTitles: { mine: 'Intrekking van mijn bezwaar tegen een factuur', ours: 'Intrekking van ons bezwaar tegen een factuur' },
  disputesEscalationTitle: 'Klacht over het uitblijven van een reactie op mijn bezwaar tegen uw facturen',
  repaymentReminderTitle: 'Herinnering: terugbetaling na ingetrokken vordering',
  partWithdrawnTitle: 'Ingetrokken door de aanbieder: verzoek dit niet meer te innen',
  chargeTitles: {
    mine: {
      dispute_escalation: 'Klacht over het uitblijven van een reactie op mijn bezwaar tegen kosten',
      disputesEscalation: 'Klacht over het uitblijven van een reactie op mijn bezwaar tegen kostenposten',
      bill_correction: 'Correctie op mijn bezwaar tegen kosten',
      dispute_withdrawal: 'Intrekking van mijn bezwaar tegen kosten',
    },
    ours: {
      dispute_escalation: 'Klacht over het uitblijven van een reactie op ons bezwaar tegen kosten',
      disputesEscalation: 'Klacht over het uitblijven van een reactie op ons bezwaar tegen kostenposten',
      bill_correction: 'Correctie op ons bezwaar tegen kosten',
      dispute_withdrawal: 'Intrekking van ons bezwaar tegen kosten',
    },
  },
  yourReference: 'Uw kenmerk',
  ourReference: 'Ons kenmerk',
  subjectLabel: 'Betreft',
  enclosuresLabel: 'Bijlagen',
  greetingOrganisation: 'Geachte heer, mevrouw,',
  greetingPerson: (name) => `Beste ${name},`,
  greetingFamily: 'Geachte nabestaanden,',
  closing: () => 'Met vriendelijke groet,',
  premiumDisputeThanks: 'Ik zie uw creditnota graag tegemoet.',
  chargeDisputeThanks: 'Ik zie de terugboeking graag tegemoet.',
  recoveryDisputeThanks: 'Ik zie uw gecorrigeerde terugvordering of de intrekking ervan graag tegemoet.',
  notaDisputeThanks: 'Ik zie uw creditnota of gecorrigeerde nota graag tegemoet.',
  thanks: {
    cancellation: 'Alvast dank voor uw hulp bij de afwikkeling.',
    transfer: 'Alvast dank voor uw hulp bij de afwikkeling.',
    information_supplied: 'Alvast dank voor uw hulp bij de afwikkeling.',
    reminder: 'Ik zie uw antwoord graag tegemoet.',
    escalation: 'Ik zie uw antwoord binnen de genoemde termijn tegemoet.',
    dispute: 'Ik zie uw creditnota of gecorrigeerde eindafrekening graag tegemoet.',
    dispute_escalation: 'Ik zie uw antwoord binnen de genoemde termijn tegemoet.',
    collection_stop: 'Ik zie uw bevestiging binnen de genoemde termijn tegemoet.',
    withdrawal: 'Dank u voor de moeite die u er al voor heeft gedaan.',
    rejection_complaint: 'Ik zie uw gemotiveerde antwoord binnen de genoemde termijn tegemoet.',
    correction: 'Excuses voor het ongemak en alvast dank voor uw hulp.',
    bill_correction: 'Excuses voor het ongemak en alvast dank voor uw hulp.',
    document_erasure: 'Dank u voor uw medewerking.',
    document_correction: 'Excuses voor het ongemak.',
    contact_change: 'Dank u voor uw medewerking.',
    progress_report: '',
    final_report: '',
    dispute_withdrawal: 'Dank u voor de moeite die u er al voor heeft gedaan.',
    release_reminder: 'Ik zie uw bevestiging van de overboeking graag tegemoet.',
    reminder_withdrawal: 'Excuses voor het ongemak.',
    refund_reminder: 'Ik zie de terugbetaling graag tegemoet.',
    repayment_request: 'Ik zie de terugbetaling graag tegemoet.',
    collection_ended: 'Dank u voor uw medewerking.',
    collection_end_undone: 'Excuses voor de verwarring.',
    repayment_withdrawn: 'Excuses voor de verwarring.',
  },
  viaDesk: 'Verzonden via het aanbiedersloket van Steward',
  // Two lines: one would run out of the envelope window (the layout spec), and a report is printed as any letter.
  viaPortal: (notified) => ['Geplaatst in het familieportaal', ...(notified ? [`Bericht per e-mail aan ${notified}`] : [])],
  role: 'Nabestaandenspecialist',
  attention: 't.a.v.',
  inTheNameOf: 't.n.v.',
  deliveredVia: 'Verzonden via',
  numberWords: NUMBER_WORDS,
  subjects: {
    final_report: (deceased) => `Eindverslag afwikkeling contracten van ${deceased}`,
    progress_report: (deceased) => `Voortgang afwikkeling contracten van ${deceased}`,
    contract: (title, description, accountNumber, deceased, number) => `${title}: ${description}, ${NUMBER_WORDS[number]} ${accountNumber}, van ${deceased}`,
  },
  theirFile: (dossierNumber) => ` (uw dossiernummer ${dossierNumber})`,
  body: (kind, f) => {
    switch (kind) {
      case 'cancellation':
        return [...askedAgain(f), death(f), `Ik regel de afwikkeling van de lopende contracten van ${f.deceasedFormal}. ${authority(f)}`, ...cancellationRequest(f), noAcceptance];
      case 'transfer':
        return [
          ...askedAgain(f),
          death(f),
          `${authority(f)} Omdat ${f.deceasedFormal} dit niet meer zelf kan ondertekenen, verzoek ik u ${contractOf(f)} per ${f.endDate} over te zetten op naam van ${f.input.newHolder?.name} (${f.input.newHolder?.relation}). Wilt u uw eigen formulier voor de tenaamstelling en, als u per automatische incasso int, uw machtigingsformulier naar ${f.input.newHolder?.name} sturen op het adres of e-mailadres hieronder? ${f.input.newHolder?.name} ondertekent die zelf; deze brief bevat geen toestemming of machtiging van de nieuwe contracthouder. Wilt u de kosten tot die datum in een eindafrekening aan mij sturen en de tenaamstelling schriftelijk bevestigen${due(f)}?`,
          newHolderBlock(f),
          noAcceptance,
        ];
      case 'information_supplied': {
        const following = f.input.followsLater ?? [];
        const followUp = followedUp(f);
        const { also, besides } = enclosedBesides(f);
        const one = following.length === 1;
        return [
          f.input.informationForRelease
            ? `U heeft ${contractOf(f)} van ${f.deceasedFull}, overleden op ${f.dateOfDeath}, geblokkeerd. Voor de vrijgave van het saldo stuur ik u wat u daarvoor nodig heeft.`
            : `U vroeg om aanvullende informatie over ${contractOf(f)} van ${f.deceasedFull}, overleden op ${f.dateOfDeath}${f.input.informationMessage ? `: ${quotedAtEnd(f.input.informationMessage, 'nl')}` : '.'}`,
          ...(followUp
            ? [
                ...(followUp.promised.length
                  ? [`${followUp.earlier ? `Op ${nl.date(followUp.earlier.date)} ${byWhom(followUp.earlier.colleague)} u daarop een deel gestuurd` : 'U kreeg daarop eerder een deel'}; later zou${followUp.promised.length > 1 ? 'den' : ''} volgen: ${listed(followUp.promised, 'nl')}.${followUp.enclosedNow.length ? ` Nu bijgevoegd: ${listed(followUp.enclosedNow, 'nl')}.` : ''}`]
                  : []),
                // v16: only what is recorded: the day it was withdrawn; a new one enclosed now, or still to follow.
                // answerrest: one of her own words ("het ingevulde claimformulier") takes no article of ours: "een nieuw exemplaar van".
                // olddebts3: withdrawn by a colleague (a handover since): sent by us, withdrawn by her, never „ik".
                ...followUp.renewed.map((d) => `${d.described ? `Wat ${d.withdrawnBy ? 'wij u eerder stuurden' : 'ik u eerder stuurde'} als ${d.title}` : `${capitalised(nlAgreeing(d.kind).the)} ${d.title} ${nlAgreeing(d.kind).which} ${d.withdrawnBy ? 'wij u eerder stuurden' : 'ik u eerder stuurde'}`}, ${byWhom(d.withdrawnBy)} op ${nl.date(d.withdrawnOn)} ingetrokken. ${d.enclosedNow ? 'Nu bijgevoegd' : 'Er volgt'}${d.enclosedNow ? ':' : ''} ${renewedNl(d)}.`),
              ]
            : []),
          // insurerletters: every document that travels is announced, the one she was not asked for too (audit73 F-H).
          ...(besides.length ? [`${also ? 'Ook bijgevoegd' : 'Bijgevoegd'}: ${listed(besides.map(enclosedNl), 'nl')}.`] : []),
          ...(f.input.informationAnswer ? [`Mijn antwoord: ${quotedAtEnd(f.input.informationAnswer, 'nl')}`] : []),
          // Data minimisation (art. 5 lid 1 onder c AVG): the will names more than who the heirs are, which is all a provider needs.
          ...(f.input.willNotSent
            ? ['U vroeg om het testament; dat stuur ik niet mee, want het regelt de hele verdeling van de nalatenschap, terwijl de verklaring van erfrecht vermeldt wie de erfgenamen zijn, en ik deel niet meer persoonsgegevens dan daarvoor nodig is (artikel 5 lid 1 onder c AVG).']
            : []),
          // Not "ik stuur het u": most documents are de-words (de volmacht, de verklaring van erfrecht); "dat stuk" fits any kind.
          following.length
            ? `Volgt later: ${listed(following.map((d) => { const withdrawn = renewedFollowing(f, d); const expected = d.expectedOn ? ` (naar verwachting uiterlijk ${nl.date(d.expectedOn)})` : ''; return withdrawn ? `${renewedNl({ kind: d.kind, title: followingTitle(d), described: Boolean(d.description) })}${expected}, in plaats van ${d.description ? 'het eerder gestuurde dat' : `${nlAgreeing(d.kind).the} eerder gestuurde ${nlAgreeing(d.kind).which}`} ${withdrawn.by ? `mijn collega ${withdrawn.by} op ${nl.date(withdrawn.on)} heeft ingetrokken` : `ik op ${nl.date(withdrawn.on)} heb ingetrokken`}` : `${followingTitle(d)}${expected}`; }), 'nl')}. Ik stuur u ${one ? 'dat stuk zodra ik het' : 'die stukken zodra ik ze'} heb; daarna verzoek ik u ${asksBank(f) ? toConfirm(f, '') : `${actNoun(f)} af te ronden`}.`
            : f.input.informationForRelease
              ? `Ik verzoek u nu het saldo vrij te geven naar de boedelrekening en mij de vrijgave${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} schriftelijk te bevestigen.`
              : `Ik verzoek u ${asksBank(f) ? toConfirm(f, ` nu${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''}`) : `${actNoun(f)} nu af te ronden en mij die${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} schriftelijk te bevestigen`}.`,
        ];
      }
      case 'reminder':
        return [
          firstLetter(f),
          `${unanswered(f)} Voor de nabestaanden is het belangrijk dat dit snel geregeld is.`,
          `Ik verzoek u ${toConfirm(f, f.dueDate ? ` uiterlijk ${f.dueDate}` : ' zo spoedig mogelijk')}.`,
        ];
      // v19: the bank blocked the account and let its term for the release pass: what it said, and the release asked again.
      case 'release_reminder':
        return [
          `${f.deceasedFull} is op ${f.dateOfDeath} overleden. ${answeredThat(f, contractOf(f), confirmedEnd(f) ?? f.dateOfDeath)}.`,
          'Ik heb nog geen bericht van u dat het saldo is overgemaakt naar de boedelrekening. Voor de nabestaanden is het belangrijk dat dit snel geregeld is.',
          `Ik verzoek u het saldo over te maken naar de boedelrekening ${f.estateAccount} en mij de overboeking${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} schriftelijk te bevestigen. Heeft u daarvoor nog iets van mij nodig, laat u mij dat dan weten.`,
        ];
      // paiddrop: a payment on a claim the provider withdrew is asked back as undue (onverschuldigde betaling, art. 6:203 BW: wie een
      // ander zonder rechtsgrond een goed heeft gegeven, is gerechtigd het gegevene terug te vorderen). The letter states only the
      // facts recorded — the withdrawal and its day, the payment and its day — and asks repayment by Steward's own term; it names
      // no article and claims no more than that the estate asks the money back.
      case 'repayment_request': {
        const r = f.input.repaymentRequest!;
        // askback: a reminder says when it was first asked and what came since (as recorded), and asks what is left by a new day.
        const again = r.reminder;
        return [
          // dropday (audit89 F1, F2): the whole claim withdrawn, the final bill included, on the day the provider said so; then what was
          // paid of it and when, before that day or after it (money paid on a claim already withdrawn is asked back alike).
          `${f.deceasedFull} is op ${f.dateOfDeath} overleden. U heeft ${r.toldColleague ? `mijn collega ${r.toldColleague}` : 'mij'} op ${nl.date(r.droppedOn)} laten weten dat u de hele vordering op ${contractOf(f)} heeft ingetrokken, ook uw eindafrekening met kenmerk ${r.reference}${r.whole ? ` van ${nl.money(r.whole)}` : ''}.`,
          paidAfterDrop(r.paidOn, r.droppedOn)
            ? `Daarna is uit de nalatenschap op ${nl.date(r.paidOn)} nog ${nl.money(r.amount)} op die eindafrekening betaald.`
            : `Uit de nalatenschap was daarvoor op ${nl.date(r.paidOn)} al ${nl.money(r.amount)} op die eindafrekening betaald.`,
          ...(again
            ? [`Op ${nl.date(again.askedOn)} ${byWhom(repaymentLetters(f)[0]?.colleague)} u gevraagd dit bedrag terug te betalen. ${again.received > 0 ? `Daarvan heb ik tot nu toe ${nl.money(again.received)} ontvangen op de rekening van de nalatenschap${again.lastReceivedOn ? `, laatst op ${nl.date(again.lastReceivedOn)}` : ''}; ${nl.money(again.left)} is nog niet ontvangen.` : 'Ik heb het nog niet ontvangen op de rekening van de nalatenschap.'}`]
            : []),
          `Ik verzoek u ${again ? `${again.received > 0 ? 'het resterende bedrag' : 'het betaalde bedrag'} van ${nl.money(again.left)}` : `het betaalde bedrag van ${nl.money(r.amount)}`} uiterlijk ${nl.date(r.payBy)} terug te betalen op de rekening van de nalatenschap ${f.estateAccount}, onder vermelding van ${r.reference}. Heeft u het al terugbetaald, laat u mij dan weten op welke dag en naar welke rekening.`,
        ];
      }
      // refundletter: only what is recorded (the confirmation's day, kenmerk and amount, what came, the estate account) and
      // Steward's own term (`payBy`, no rule of law gives a provider one for a refund): no threat, no law claimed.
      case 'refund_reminder': {
        const r = f.input.refundReminder!;
        const told = f.input.history?.confirmedVia;
        const bill = `een eindafrekening${r.reference ? ` met kenmerk ${r.reference}` : ''}`;
        return [
          // A confirmation the owner recorded says how and when it reached her (as `answeredThat` does): the day she recorded it
          // is not the day the provider confirmed. One given in the desk is the provider's own, on its day.
          told
            ? `${f.deceasedFull} is op ${f.dateOfDeath} overleden. ${toldThat(told)} u voor ${contractOf(f)} ${bill} heeft opgemaakt, waarin u ${nl.money(r.amount)} terugbetaalt aan de nalatenschap.`
            : `${f.deceasedFull} is op ${f.dateOfDeath} overleden. U bevestigde op ${nl.date(r.confirmedOn)} voor ${contractOf(f)} ${bill}, waarin u ${nl.money(r.amount)} terugbetaalt aan de nalatenschap.`,
          r.received > 0
            ? `Daarvan heb ik tot nu toe ${nl.money(r.received)} ontvangen op de rekening van de nalatenschap${r.lastReceivedOn ? `, laatst op ${nl.date(r.lastReceivedOn)}` : ''}; ${nl.money(r.left)} is nog niet ontvangen.`
            : 'Dat bedrag heb ik nog niet ontvangen op de rekening van de nalatenschap.',
          `Ik verzoek u ${r.received > 0 ? 'het resterende bedrag van' : 'het bedrag van'} ${nl.money(r.left)} uiterlijk ${nl.date(r.payBy)} over te maken naar de rekening van de nalatenschap ${f.estateAccount}${r.reference ? `, onder vermelding van ${r.reference}` : ''}. Heeft u het al overgemaakt, laat u mij dan weten op welke dag en naar welke rekening.`,
        ];
      }
      // remindwithdraw: the block the bank's reminder named was taken back (recorded by mistake): that reminder withdrawn, nothing more said.
      case 'reminder_withdrawal': {
        const reminded = lastSentLetter(f, 'release_reminder');
        return [
          `${reminded?.colleague ? `De herinnering van mijn collega ${reminded.colleague}` : 'Mijn herinnering'} van ${reminded ? letterDate(reminded.date, 'nl') : ''} over de vrijgave van het saldo van ${contractOf(f)} van ${f.deceasedFull}, overleden op ${f.dateOfDeath}, trek ik in: daarin stond dat u had bevestigd dat de rekening is geblokkeerd, maar dat was ten onrechte vastgelegd.`,
          'U hoeft op die herinnering niet te reageren. Mijn verzoek over deze rekening blijft staan.',
        ];
      }
      case 'escalation': {
        const reminded = lastSentLetter(f, 'reminder');
        const reminder = reminded && (reminded.colleague ? `de herinnering van mijn collega ${reminded.colleague}` : 'mijn herinnering');
        return [
          firstLetter(f),
          `${unanswered(f)}${reminded ? ` Ook op ${reminder} van ${nl.date(reminded.date)} heb ik geen antwoord ontvangen.` : ''} Hierbij dien ik daarom een klacht in.`,
          `Ik verzoek u deze zaak met voorrang te behandelen en ${toConfirm(f, f.dueDate ? ` uiterlijk ${f.dueDate}` : '', '')}.${complaintsBody(f)}`,
        ];
      }
      case 'dispute': {
        const i = f.input.invoice;
        const end = confirmedEnd(f);
        const lawEnd = billedAfterLawEnd(f);
        const death = billedAfterDeath(f);
        const stopAsked = death && ` ${death.askedOn ? `Ons verzoek van ${nl.date(death.askedOn)}` : 'Ons verzoek'} vroeg u de premie-incasso per ${nl.date(death.death)}, de datum van overlijden, te stoppen.`;
        return [
          `${f.deceasedFull} is op ${f.dateOfDeath} overleden.${end ? ` ${answeredThat(f, contractOf(f), end)}.` : ''}${lawEnd ? ` De huurovereenkomst eindigt echter van rechtswege op ${nl.date(lawEnd)}, omdat niemand de huur voortzet (artikel 7:268 lid 6 BW).` : ''}${stopAsked || ''}`,
          refundsCharge(f)
            ? chargeDisputed(f)
            : `Uw ${billNouns(f).one} ${i?.reference} van ${i && nl.date(i.invoiceDate)} betreft de periode ${i && nl.date(i.periodFrom)} tot en met ${i && nl.date(i.periodTo)} en bedraagt ${i && nl.money(i.amount)}. ${disputedSentence(f)}`,
          ...releaseLate(f),
          refundsCharge(f)
            ? `Ik verzoek u de kosten van ${i && nl.money(i.disputed.amount)} terug te boeken op de rekening en mij dit${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} schriftelijk te laten weten.`
            : `Ik verzoek u ${recoversPension(f) ? recoveryAsked(f, nl.money(i?.disputed.amount ?? 0), false) : `voor ${i && nl.money(i.disputed.amount)} ${creditAsked(f, 'een ')} te sturen, of de ${billNouns(f).one} in te trekken`}, en mij dit${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} schriftelijk te laten weten.`,
        ];
      }
      case 'dispute_escalation': {
        const i = f.input.invoice;
        const open = f.input.openInvoices ?? [];
        if (severalOpen(f)) {
          return [
            // A colleague wrote some of them: said of us, which is true of each.
            `Namens de nabestaanden van ${f.deceasedFull}, overleden op ${f.dateOfDeath}, ${referredColleague(f, kind) ? 'is' : 'heb ik'} bezwaar gemaakt tegen ${open.length} ${refundsCharge(f) ? 'kostenposten die u in rekening bracht' : `${billNouns(f).several} van u`} voor ${contractOf(f)}, telkens voor de dagen na ${open.every((b) => billedAfterLawEnd(f, b)) ? endDisputedFrom(f, open[0], true) : confirmedDate(f)}; ${referredColleague(f, kind) ? 'onze' : 'mijn'} laatste bezwaarbrief is van ${lastSent(f, 'dispute')}. Het gaat om:`,
            open
              .map((b) =>
                refundsCharge(f)
                  ? `Kosten van ${nl.date(b.invoiceDate)} (kenmerk ${b.reference}): ${nl.money(b.disputed.amount)} over ${nl.date(b.disputed.from)} tot en met ${nl.date(b.disputed.to)}.`
                  : `${capitalised(billNouns(f).one)} ${b.reference} van ${nl.date(b.invoiceDate)}: ${nl.money(b.disputed.amount)} voor de periode ${nl.date(b.disputed.from)} tot en met ${nl.date(b.disputed.to)}.`,
              )
              .join('\n'),
            'Op geen van deze bezwaren heb ik een antwoord ontvangen. Hierbij dien ik daarom een klacht in.',
            ...releaseLate(f),
            refundsCharge(f)
              ? `Ik verzoek u${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} deze kosten, samen ${nl.money(disputedTotal(open))}, terug te boeken op de rekening.${complaintsBody(f)}`
              : `Ik verzoek u${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} ${recoversPension(f) ? recoveryAsked(f, `deze bedragen, samen ${nl.money(disputedTotal(open))},`, true) : `voor elk van deze bedragen, samen ${nl.money(disputedTotal(open))}, ${creditAsked(f, '')} te sturen, of de ${billNouns(f).several} in te trekken`}.${complaintsBody(f)}`,
          ];
        }
        const disputed = disputeLetterOf(f, i?.reference);
        return [
          `${disputed ? `Op ${letterDate(disputed.date, 'nl')} ${byWhom(disputed.colleague)} namens` : 'Namens'} de nabestaanden van ${f.deceasedFull}, overleden op ${f.dateOfDeath}, ${disputed ? '' : 'is '}bezwaar gemaakt tegen ${
            refundsCharge(f) && i
              ? `${i.disputed.amount === i.amount ? '' : `${nl.money(i.disputed.amount)} van `}de kosten van ${nl.money(i.amount)} die u op ${nl.date(i.invoiceDate)} in rekening bracht voor ${contractOf(f)} (kenmerk ${i.reference}), na ${confirmedDate(f)}.`
              : `uw ${billNouns(f).one} ${i?.reference} voor ${contractOf(f)}: ${i && nl.money(i.disputed.amount)} voor de periode ${i && nl.date(i.disputed.from)} tot en met ${i && nl.date(i.disputed.to)}, na ${endDisputedFrom(f, i, true)}.`
          }`,
          'Op dat bezwaar heb ik geen antwoord ontvangen. Hierbij dien ik daarom een klacht in.',
          ...releaseLate(f),
          refundsCharge(f)
            ? `Ik verzoek u${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} die kosten terug te boeken op de rekening.${complaintsBody(f)}`
            : `Ik verzoek u${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} ${recoversPension(f) ? recoveryAsked(f, 'dat bedrag', false) : `voor dat bedrag ${creditAsked(f, '')} te sturen, of de ${billNouns(f).one} in te trekken`}.${complaintsBody(f)}`,
        ];
      }
      case 'collection_stop': {
        const c = f.input.collection;
        return [
          ...stopReplaced(c?.replaces),
          collectionOpening(f),
          ...(c?.bills ?? []).map((b) => billOnRecord(f, b)),
          ...finalBillNotDisputed(f),
          ...claimAboveBills(f),
          ...(withinDeliberationPeriod(f.input.deceased.dateOfDeath, f.input.letterDate)
            ? ['Gedurende drie maanden na het overlijden kan op goederen van een nalatenschap die niet door alle erfgenamen zuiver is aanvaard geen verhaal worden genomen, tenzij de schuldeiser hiertoe ook in geval van faillissement van de erflater had kunnen overgaan (artikel 4:185 lid 1 BW).']
            : []),
          // Art. 6:96 lid 6 BW as the courts read it: the fourteen days run from the day after the demand was received (HR 25 november 2016, ECLI:NL:HR:2016:2704).
          'Is de schuldenaar een consument, dan zijn buitengerechtelijke incassokosten pas verschuldigd als hij na het intreden van het verzuim vruchteloos is aangemaand te betalen binnen veertien dagen, te rekenen vanaf de dag na ontvangst van de aanmaning, met vermelding van de gevolgen van niet betalen, waaronder de hoogte van die kosten (artikel 6:96 lid 6 BW). Is zo’n aanmaning niet gestuurd of is die termijn niet verstreken, dan zijn geen incassokosten verschuldigd. Is er wel zo’n aanmaning gestuurd, wilt u mij dan een afschrift sturen?',
          `Ik verzoek u de incasso op te schorten, de incassokosten te laten vervallen en de nabestaanden hierover niet meer te benaderen. Wilt u mij dit${f.dueDate ? ` uiterlijk ${f.dueDate}` : ' binnen veertien dagen'} schriftelijk bevestigen?${c?.copyTo ? ` Ik schrijf ${c.copyTo} hierover gelijktijdig.` : ''}`,
          'Deze brief houdt geen erkenning van de vordering of aanvaarding van de nalatenschap in.',
        ];
      }
      case 'collection_ended':
        return agencyCollectionEnded(f);
      case 'collection_end_undone':
        return agencyCollectionEndUndone(f);
      // repaywithdraw: the claim's drop undone on the provider's word, the money asked back was owed: the request lapses. Only what
      // is recorded (the letters that asked, the amount, the day the provider said so); no law beyond the request's own.
      case 'repayment_withdrawn': {
        const r = f.input.repaymentWithdrawn!;
        const [first, ...reminders] = repaymentLetters(f);
        return [
          `${f.deceasedFull} is op ${f.dateOfDeath} overleden. Op ${first ? letterDate(first.date, 'nl') : ''} ${byWhom(first?.colleague)} u gevraagd ${nl.money(r.amount)} terug te betalen die uit de nalatenschap op uw eindafrekening met kenmerk ${r.reference} was betaald, omdat u de hele vordering op ${contractOf(f)} had ingetrokken${reminders.length ? `, en u daaraan herinnerd op ${listed(reminders.map((l) => letterDate(l.date, 'nl')), 'nl')}` : ''}.`,
          `U heeft ${r.toldColleague ? `mijn collega ${r.toldColleague}` : 'mij'} op ${nl.date(r.toldOn)} laten weten dat dat een vergissing was: de vordering is niet ingetrokken. Dat verzoek vervalt daarom: u hoeft het bedrag niet terug te betalen.`,
          // repayback: what her receipts recorded back is owed to the provider again (the claim stood); only then is more asked after.
          ...(r.repaid
            ? [`U heeft al ${nl.money(r.repaid.amount)} terugbetaald (ontvangen op de rekening van de nalatenschap, laatst op ${nl.date(r.repaid.lastOn)}). Dat bedrag is de nalatenschap u weer verschuldigd.`, ...(r.repaid.amount < r.amount ? ['Heeft u meer terugbetaald, laat u mij dan weten welk bedrag en op welke dag.'] : [])]
            : ['Heeft u al iets terugbetaald, laat u mij dan weten welk bedrag en op welke dag.']),
        ];
      }
      case 'dispute_withdrawal': {
        if (f.input.collection?.to === 'agency') return agencyWithdrawal(f);
        // Sent only once the dispute letter of this bill went out (ContractsService.tellObjectionsDropped): it names that letter.
        const o = f.input.withdrawnObjection;
        const disputed = disputeLetterOf(f, o?.reference);
        return [
          `Op ${disputed ? letterDate(disputed.date, 'nl') : ''} ${byWhom(disputed?.colleague)} namens de nabestaanden van ${f.deceasedFull}, overleden op ${f.dateOfDeath}, bezwaar gemaakt tegen ${refundsCharge(f) ? `de kosten met kenmerk ${o?.reference} die u in rekening bracht` : `uw ${billNouns(f).one} ${o?.reference}`} voor ${contractOf(f)}.`,
          refundsCharge(f)
            ? // bankletters: costs the bank booked off the account, no longer asked back, borne by the estate or paid already, as the owner recorded.
              `Dat bezwaar trek ik hierbij in: ${o?.outcome === 'alreadyPaid' ? 'de kosten zijn al betaald' : 'de kosten komen ten laste van de nalatenschap'}. U hoeft de kosten niet meer terug te boeken en op het bezwaar niet meer te antwoorden.`
            : // coverrest: withdrawn because the insurer's own later cover end takes the premium in (coverfix): the letter says so, in the insurer's recorded words.
              `${o?.insideCover ? `U heeft bevestigd dat de verzekering voor de nalatenschap doorloopt${o.insideCover.until ? ` tot en met ${nl.date(o.insideCover.until)}` : ''}; de premie valt daarbinnen. ` : ''}Dat bezwaar trek ik hierbij in: ${o?.outcome === 'alreadyPaid' ? `de ${billNouns(f).one} is al betaald` : o?.credit ? `de ${billNouns(f).one} wordt betaald uit de nalatenschap, verminderd met uw creditering: ${nl.money(leftToCredit(o.credit))} (${nl.money(o.credit.amount)} gefactureerd, ${nl.money(o.credit.credited)} gecrediteerd)` : `de ${billNouns(f).one} wordt betaald uit de nalatenschap`}. U hoeft op het bezwaar niet meer te antwoorden.`,
        ];
      }
      case 'withdrawal': {
        // Other requests to this provider stand: a clerk must not read this letter as withdrawing them all.
        const others = (f.input.otherRequests ?? []).map((o) => `${o.description} (${numbered(nl, f, o.accountNumber)})`);
        // This one as the provider knows it, as the subject names it: a correction held back changed our record, not its file.
        const known = subjectContract('withdrawal', f);
        if (!others.length) return [firstLetter(f), 'Dit verzoek trek ik hierbij in. U hoeft er niets meer mee te doen.'];
        return [
          firstLetter(f),
          `Alleen dit verzoek, voor ${known.description} (${numbered(nl, f, known.accountNumber)}), trek ik hierbij in; daarmee hoeft u voor dit contract niets meer te doen. ${others.length > 1 ? `Mijn verzoeken voor ${listed(others, 'nl')} blijven staan.` : `Mijn verzoek voor ${others[0]} blijft staan.`}`,
        ];
      }
      case 'rejection_complaint': {
        // Only what is recorded: the request, the provider's rejection with its own reason, and the owner's grounds as she wrote them.
        const before = rejectedBefore(f);
        return [
          firstLetter(f),
          `${before ? `Op ${nl.date(before.date)} liet u weten dat u dat verzoek niet kon verwerken (reden: „${before.reason}”). ` : ''}Met die afwijzing ben ik het niet eens. Hierbij dien ik daarom een klacht in.`,
          ...(f.input.complaintGrounds ? [`Mijn bezwaren: ${quotedAtEnd(f.input.complaintGrounds, 'nl')}`] : []),
          `Ik verzoek u uw afwijzing te heroverwegen en mij${f.dueDate ? ` uiterlijk ${f.dueDate}` : ''} een gemotiveerd antwoord te sturen.${complaintsBody(f)}`,
        ];
      }
      case 'correction':
        if (f.input.collection?.to === 'agency') return agencyCorrection(f);
        return [
          `${asked(f, `het contract ${asRequested(f).description}`, quotedAs(f))} Hierbij corrigeer ik ${(f.input.corrections ?? []).length > 1 ? 'enkele gegevens' : 'een gegeven'} uit dat verzoek${(f.input.corrections ?? []).some((c) => laterStating(f, c).length) ? ' en uit latere brieven' : ''}.`,
          // One correction per line: a provider updates them one by one.
          (f.input.corrections ?? []).map((c) => correctionLine(f, c)).join('\n'),
          // A claims clerk acts on the request as a whole: the new kind's, in the words its first letter uses.
          ...(correctsKind(f) ? insuranceRequest(f) : []),
          ...correctionEffects(f),
          ...complaintWithdrawal(f),
          correctionAsk(f),
        ];
      case 'bill_correction': {
        if (f.input.collection?.to === 'agency') return agencyBillCorrection(f);
        const b = f.input.billCorrection;
        const lines = billCorrectionLines(f);
        const c = b?.corrected;
        return [
          `Hierbij corrigeer ik ${lines.length > 1 ? 'enkele gegevens' : 'een gegeven'} uit ${theObjection(f)} tegen ${refundsCharge(f) ? `de kosten met kenmerk ${b?.named.reference}` : `${billNouns(f).one} ${b?.named.reference}`} van ${b && nl.date(b.named.invoiceDate)} voor ${contractOf(f)} van ${f.deceasedFull}, overleden op ${f.dateOfDeath}.`,
          // One correction per line, as in a correction of the request.
          lines.join('\n'),
          // bankletters: a bank's charge as corrected, as its dispute said it (`chargeDisputed`), booked back in part or not at all.
          refundsCharge(f) && c
            ? c.disputed
              ? `Met de juiste gegevens: ${chargeDisputed(f, { ...c, disputed: c.disputed })}${c.credited ? ` U boekte daarvan al ${nl.money(c.credited)} terug; ${theObjection(f)} geldt nog voor ${nl.money(disputedTotal([{ disputed: c.disputed, credited: c.credited }]))}.` : ''} Voor het overige blijft ${theObjection(f)} ongewijzigd.`
              : `Met de juiste gegevens gaan deze kosten alleen over de tijd tot en met ${endWord(f)}${confirmedEnd(f) ? ` (${confirmedEnd(f)})` : ''}. ${capitalised(theObjection(f))} tegen deze kosten trek ik daarom in; u hoeft er niets meer mee te doen.`
          : c?.disputed
            ? `Met de juiste gegevens betreft uw ${billNouns(f).one} ${c.reference} de periode ${nl.date(c.periodFrom)} tot en met ${nl.date(c.periodTo)} en bedraagt die ${nl.money(c.amount)}. ${disputedSentence(f)}${c.credited ? ` U crediteerde daarvan al ${nl.money(c.credited)}; ${theObjection(f)} geldt nog voor ${nl.money(disputedTotal([{ disputed: c.disputed, credited: c.credited }]))}.` : ''} Voor het overige blijft ${theObjection(f)} ongewijzigd.`
            : // The bill is owed: the provider need not answer an objection we no longer make.
              `Met de juiste gegevens betreft deze ${billNouns(f).one} alleen de tijd tot en met ${endWord(f)}${confirmedEnd(f) ? ` (${confirmedEnd(f)})` : ''}. ${capitalised(theObjection(f))} tegen deze ${billNouns(f).one} trek ik daarom in; u hoeft er niets meer mee te doen.`,
        ];
      }
      case 'document_erasure': {
        // docwithdraw (audit75 F-3): each letter by its title and day, each file by the name the provider got it under.
        const [carrier, standing] = [f.input.erasure?.carriedBy, f.input.erasure?.stands ?? undefined].map((c) => carriedAs(nl, f, c, (t) => `„${t}”`, 'als bestand'));
        // docwords: an "overig" one by her words, never the bare „Document”.
        const quoted = (words: string) => `„${words}”`;
        return [
          // insurerletters: named by the letter that carried it, which the provider can find, beside our dossier's day.
          `Over ${contractOf(f)} van ${f.deceasedFull}, overleden op ${f.dateOfDeath}, heeft u ${f.input.erasure?.sentBy ? `van mijn collega ${f.input.erasure.sentBy}` : 'van mij'} dit document ontvangen: ${f.input.erasure?.description || f.input.erasure?.title}, ${f.input.erasure?.sentWith ? `met de brief${carrier.title} van ${nl.date(f.input.erasure.sentWith)}${carrier.file} (in ons dossier vastgelegd op ${nl.date(f.input.erasure.recordedOn)})` : `in ons dossier vastgelegd op ${f.input.erasure && nl.date(f.input.erasure.recordedOn)}`}.`,
          // v16: only when the question it answered is open again for it (README, answerback); no date, none is recorded.
          // insurerletters: a newer one of its kind that went since stands, said by the day it reached the provider.
          `${f.input.erasure?.withdrawnBy ? `Mijn collega ${f.input.erasure.withdrawnBy} heeft` : 'Ik heb'} dit document ingetrokken; het maakt geen deel meer uit van ${theRequest(f)}.${f.input.erasure?.newOneFollows ? ` Er volgt ${nlAgreeing(f.input.erasure.kind).aNew} ${documentNamed(f.input.erasure.title, f.input.erasure.description, quoted)}.` : ''}${
            f.input.erasure?.stands ? ` ${capitalised(nlAgreeing(f.input.erasure.kind).the)} ${documentNamed(f.input.erasure.title, f.input.erasure.stands.description, quoted)} ${nlAgreeing(f.input.erasure.kind).which} ${f.input.erasure.stands.colleague ? `mijn collega ${f.input.erasure.stands.colleague}` : 'ik'} u op ${nl.date(f.input.erasure.stands.on)} stuurde${standing.title ? ` met de brief${standing.title}` : ''}${standing.file}, blijft geldig.` : ''
          }`,
          `Wilt u het document verwijderen, met alle kopieën die u ervan heeft (ook in e-mail en in uw klantdossier), en mij binnen ${ERASURE_TERM.nl} bevestigen dat het is verwijderd?${f.input.recipient.viaDesk ? ' Dat kan ook met één klik in het aanbiedersloket.' : ''}`,
        ];
      }
      case 'document_correction': {
        // docreplace (audit75 F-9): the provider had the earlier version from us; it is told which, and gets the corrected one. No more is said of the error than that there was one.
        const d = f.input.correctedDocument!;
        const named = d.described ? inSentence(d.title) : `${nlAgreeing(d.kind).the} ${inSentence(d.title)}`;
        // docdesc: a version she withdrew was asked back by a deletion request ("Ik heb dit document ingetrokken"): this letter says so, and brings the right one.
        const what = d.withdrawnOn ? `${capitalised(nlAgreeing(d.kind).which)} ${byWhom(d.withdrawnBy)} op ${nl.date(d.withdrawnOn)} ingetrokken; hierbij de juiste versie.` : 'Daarin stond een fout; hierbij de gecorrigeerde versie.';
        return [
          `Over ${contractOf(f)} van ${f.deceasedFull}, overleden op ${f.dateOfDeath}: op ${nl.date(d.sentOn)} stuurde ${d.sentBy ? `mijn collega ${d.sentBy}` : 'ik'} u ${named}. ${what}`,
          d.withdrawnOn ? 'Wilt u deze versie gebruiken?' : 'Wilt u de gecorrigeerde versie gebruiken in plaats van de eerdere?',
        ];
      }
      case 'contact_change':
        // Told once, to a provider whose latest letter a colleague signed (README, Handovers → letters); the closing asks for the post.
        return [
          `Over ${contractOf(f)} van ${f.deceasedFull}, overleden op ${f.dateOfDeath}, had u tot nu toe contact met mijn collega ${f.input.previousContact}.`,
          'Ik heb de afwikkeling van mijn collega overgenomen en ben vanaf nu uw contactpersoon; verder verandert er niets.',
        ];
      case 'progress_report':
        return [
          `Graag laat ik u weten hoe het staat met de afwikkeling van de contracten van ${f.deceasedFull}, overleden op ${f.dateOfDeath}.`,
          ...refundsToCome(f.input.letterDate, f.input.refundsToCome, f.input.askedBackToCome),
          // With a bill still to pay in the table above, the family has that to do (audit).
          `In het familieportaal ziet u per contract steeds wat er nu gebeurt en wanneer. ${toPay(billsToPay(f))}`,
          'Komt er een rekening of een brief op naam van uw dierbare, stuur die dan naar mij door of meld die in het portaal. Heeft u vragen, bel of mail mij gerust.',
        ];
      case 'final_report':
        return [
          ...(f.input.reopening
            ? reopenedIntro(f, f.input.reopening)
            : [`Met deze brief rond ik de afwikkeling van de contracten van ${f.deceasedFull}, overleden op ${f.dateOfDeath}, af. Hieronder leest u wat er met elk contract is gebeurd.`]),
          ...refundsToCome(f.input.letterDate, f.input.refundsToCome, f.input.askedBackToCome),
          'Komt er toch nog een rekening of een brief op naam van uw dierbare, stuur die dan naar mij door. Ik handel het voor u af.',
          'Ik wens u veel sterkte in de komende tijd.',
        ];
    }
  },
  tableAfter: (kind, f) => (kind === 'final_report' && f.input.reopening ? reopenedIntro(f, f.input.reopening).length - 1 : 0),
  postedBefore: (dates, termHere) =>
    `${
      dates.length === 1
        ? `Een brief met hetzelfde verzoek, gedateerd ${dates[0]}, stuurde ik u naar uw vorige adres`
        : `Brieven met hetzelfde verzoek, gedateerd ${listed(dates, 'nl')}, stuurde ik u elk naar een adres dat daarna is gecorrigeerd`
    }; mogelijk ontvangt u die ook. Het gaat om één verzoek${termHere ? ': voor uw antwoord geldt de termijn in deze brief' : ''}.`,
  correspondence: (f) => {
    const holder = holderAtTheDeceased(f);
    return holder
      ? `Wilt u alle verdere correspondentie over de afwikkeling aan mij richten, per post op het adres bovenaan deze brief of per e-mail aan ${f.ownerEmail}? Post voor ${holder} als nieuwe contracthouder kunt u op naam van ${holder} naar het adres van de overledene sturen: dat is ook het adres van ${holder}.`
      : `Wilt u alle verdere correspondentie aan mij richten, per post op het adres bovenaan deze brief of per e-mail aan ${f.ownerEmail}, en niet meer aan het adres van de overledene?`;
  },
  asSoonAsPossible: (dateOfDeath) => `${dateOfDeath} (de datum van overlijden), of anders zo spoedig mogelijk`,
  accountClosed: (dateOfDeath) => `opheffen nadat het saldo is vrijgegeven; tot dan blokkeren voor nieuwe afschrijvingen en het saldo per ${dateOfDeath} (de datum van overlijden) opgeven`,
  insuranceAsked: {
    life: () => 'geen: gevraagd is de uitkering af te handelen, niet de verzekering te beëindigen',
    property: () => 'geen: de verzekering wordt niet opgezegd en loopt door voor de nalatenschap',
    health: (dateOfDeath) => `afwikkelen per ${dateOfDeath} (de datum van overlijden)`,
    unknown: () => 'geen: de verzekering wordt met dit verzoek niet opgezegd',
  },
  pensionStopped: (dateOfDeath) => `betalingen stoppen per ${dateOfDeath} (de datum van overlijden)`,
  leaseEndsByLaw: (endsOn) => `${endsOn}: de huur eindigt van rechtswege (artikel 7:268 lid 6 BW)`,
  leaseContinues: 'geen: de huur wordt niet opgezegd, omdat wie in de woning woonde de huur kan voortzetten (artikel 7:268 BW)',
  date: (iso) => letterDate(iso, 'nl'),
  money: (amount) => euros(amount, 'nl'),
  standings: {
    headings: { done: 'Afgerond', provider: 'Wacht op de organisatie', owner: 'Wacht op ons' },
    columns: (group) => ['Organisatie', 'Wat we vroegen', 'Stand van zaken', group === 'done' ? 'Per' : 'Uiterlijk'],
    // A bank account and an insurance are not ended (README, bankbalance, insuranceclaim): the row says what was asked, as the family's card does.
    asked: { cancel: 'Opzeggen', transfer: 'Overzetten', bank: 'Rekening blokkeren en saldo opvragen', life: 'Uitkering aanvragen', property: 'Verzekering laten doorlopen', health: 'Verzekering afwikkelen', unknown: 'Overlijden melden', pension: 'Pensioenbetalingen stoppen' },
    termPassed: (date) => `termijn tot en met ${date} verstreken`,
    // Done with the organisation but not for the family: what is still to pay, where the table lists it (a reader of the debts), or only that there is.
    billsOwed: (listed) => (listed ? `Nog te betalen: zie ‘${nl.estateBills.headings.open}’ hieronder.` : 'Er is nog een rekening van dit contract te betalen uit de nalatenschap.'),
    // A relative's report about it that waits on me (README familyopen): why a finished contract is not under "done".
    reported: 'Een melding van de familie over dit contract ligt nog bij mij.',
  },
  // What the record holds, said as such: who pays from the estate is the heirs' business, not this letter's.
  estateBills: {
    headings: { open: 'Nog te betalen uit de nalatenschap', paid: 'Betaald uit de nalatenschap', received: 'Ontvangen door de nalatenschap' },
    receivedColumns: ['Organisatie', 'Wat', 'Bedrag', 'Ontvangen op'],
    refund: 'Terugbetaling',
    askedBack: (reference) => `Teruggevraagd (eindafrekening ${reference})`,
    balanceReleased: 'Saldo naar de boedelrekening',
    amountNotGiven: 'bedrag niet opgegeven',
    // fundwords2: a fund's recovery is headed as one, not as an invoice (`billHeads`).
    columns: (paid, heads) => ['Organisatie', headOfKinds(heads.map((h) => ({ invoice: 'factuur', claim: 'vordering', recovery: 'terugvordering', repaid: 'terugbetaald bedrag' })[h]), 'of'), 'Bedrag', ...(paid ? ['Betaald op'] : [])],
    // Paying the estate's debts without reservation is conduct that can accept the estate outright (art. 4:192 lid 1 BW: "gedragingen
    // waaruit ... ondubbelzinnig en zonder voorbehoud"; the courts weigh all circumstances): so "kan", and the notary first, as the portal says.
    openNote: (held, count, afterEnd) =>
      `Volgens het dossier ${count === 1 ? `wordt deze ${held === 'claim' ? 'vordering' : 'rekening'} betaald uit de nalatenschap; die staat` : `worden deze ${{ invoice: 'rekeningen', claim: 'vorderingen', both: 'rekeningen en vorderingen' }[held]} betaald uit de nalatenschap; ze staan`} nog niet als betaald genoteerd.${afterEnd ? ` ${afterEnd === 1 ? 'De rekening voor tijd na de einddatum staat hier omdat besloten is dat die' : 'De rekeningen voor tijd na de einddatum staan hier omdat besloten is dat die'} toch uit de nalatenschap ${afterEnd === 1 ? 'wordt' : 'worden'} betaald.` : ''} Hebben de erfgenamen nog niet gekozen hoe zij de nalatenschap aanvaarden? Overleg dan eerst met de notaris voordat u betaalt: wie als erfgenaam zonder voorbehoud schulden van de nalatenschap betaalt, kan daarmee de nalatenschap zuiver aanvaarden (artikel 4:192 lid 1 BW). Heeft u vragen over het betalen, neem dan contact met mij op.`,
    // A final bill has no invoice number of its own: the provider named it with its confirmation.
    finalBill: (reference) => `Eindafrekening (kenmerk ${reference})`,
    // fundwords: a pension fund's final bill is what it asks back (`FUND_BILL_NOUNS`, its source there).
    recovery: (reference) => `Terugvordering van te veel betaald pensioen (kenmerk ${reference})`,
    // repaybill: what the provider paid back of money we asked back, owed to it again: its drop of the claim was undone (the claim stood).
    repaidAgain: 'Terugbetaald bedrag weer verschuldigd (ingetrokken vordering teruggedraaid)',
    untilEnd: (reference) => `${reference}, deel tot en met de einddatum`,
    afterEnd: (reference) => `${reference}, voor tijd na de einddatum`,
    // A collection letter names no invoice of the provider: its claim is named as the agency's.
    collection: (agency, reference) => `Vordering van ${agency || 'het incassobureau'}${reference && reference !== agency ? ` (kenmerk ${reference})` : ''}`,
  },
};

/** An enclosure in running text: "verklaring van erfrecht", "een nieuwe verklaring van erfrecht" after another went (`renews`; het identiteitsbewijs: "een nieuw"). */
/**
 * amenddoc: what the request sent again encloses that she chose with her amend and the provider did not have, in place of the
 * earlier one of its kind that no longer goes: „Nu bijgevoegd: een nieuwe verklaring van erfrecht, in plaats van de eerdere die ik u op … stuurde."
 */
const amendedNl = (f: Facts) => {
  const now = f.input.enclosures.filter((e) => e.amended);
  const named = (e: Enclosure) => {
    const was = e.amended?.replaces;
    if (!was) return inSentence(e.title);
    const { the, which, aNew } = nlAgreeing(e.kind);
    return `${aNew} ${inSentence(e.title)}, in plaats van ${the} eerdere ${which} ${was.colleague ? `mijn collega ${was.colleague}` : 'ik'} u op ${nl.date(was.on)} stuurde`;
  };
  return now.length ? ` Nu bijgevoegd: ${listed(now.map(named), 'nl')}.` : '';
};
const enclosedNl = (e: Enclosure) => (e.renews ? `${nlAgreeing(e.kind).aNew} ${inSentence(e.title)}` : inSentence(e.title));

/** v16: the new one of a withdrawn document in running text: "een nieuwe verklaring van erfrecht", or of her own words "een nieuw exemplaar van het ingevulde claimformulier" (answerrest). */
const renewedNl = (d: { kind: string; title: string; described: boolean }) => (d.described ? `een nieuw exemplaar van ${d.title}` : `${nlAgreeing(d.kind).aNew} ${d.title}`);
