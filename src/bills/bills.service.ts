import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { askedInstead, type AskedInstead, type ContractContext, coverContinuesForEstate, longDate, openDisputesOf, type FinalBillPaid } from '../../workflows';
import { type Actor, actorOf, type FamilyPrincipal, type StaffPrincipal } from '../auth/principal';
import { Clock, dutchDate } from '../clock/clock';
import { CREATED_AT_CURSOR, createdAtPage, DEFAULT_PAGE_SIZE, filledPage, listOf, type Page, type Position, positionOf } from '../common/paging';
import { type FieldError, NotFoundProblem, ProblemException, ValidationProblem, WHOLE_REQUEST } from '../common/problem';
import { type BillsPaid, ContractViews, type UnpaidBill } from '../contracts/contract-views.service';
import { ContractWorkflow } from '../contracts/contract-workflow.service';
import { type Contract, requestAsked } from '../contracts/contract.entity';
import { ContractsService } from '../contracts/contracts.service';
import { providerLabels } from '../contracts/provider-label';
import { EstatesService } from '../estates/estates.service';
import { BILL_PAYMENT_EVENTS, type BillPaymentDetails, type OwedPremiumDetails } from '../timeline/bill-payments';
import { type PaidBillDropped, TIMELINE_CURSOR, timelineLists, TimelineService, type TimelineView } from '../timeline/timeline.service';
import { CONFIRMATION_EVENTS } from '../timeline/recorded-answers';
import { BillPayment } from './bill-payment.entity';
import type { DatedBillDto } from '../contracts/contract-events.dto';
import type { BillNamedDto, BillPaidDto, FamilyBillNamedDto, FamilyBillPaidDto } from './bills.dto';
import { chargeNamed } from '../contracts/bill.rules';
import { billLeftOf, billsOwedOf, claimsSettled, debtSince, droppedPaymentUndoProblem, overdraftPaidByContract, owedBillsOf, owedPremiumProblems, owedSinceOf, paidOnProblem, stillToPay, undisputedPart, untilEndNow, untilEndPaidByContract } from './owed-bills';
import { openUndisputedPartSql } from '../runtime/workflow-runtime.service';
import { readsEstateDebts } from '../documents/document-audience';
import { type Lang, ownerWords } from '../words';
import { timelineRows } from '../timeline/timeline-rows';
import { correctedDecisionOwedSql } from '../timeline/decision-corrections';
import { EstateWorkflow, type SumsLeft, sumsLeftOf } from '../estates/estate-workflow.service';

/** A bill the estate owes, as its lists name it. */
export interface OwedBill {
  contractId: string;
  /** The provider as the family's timeline names it: with the contract beside it when the estate has several with it. */
  provider: string;
  reference: string;
  /** What is still billed: the bill less any credit note. */
  amount: number;
  /** The final bill the provider confirmed with the contract's end: `reference` is then the confirmation's reference (it has no invoice number). */
  finalBill: boolean;
  /** The part up to the end date of a bill disputed in part (`reference` is the bill's): owed from the day of the dispute while the rest is disputed (false once a credit note closed it: `amount` is then what it left). */
  untilEnd: boolean;
  /** What a collection agency claimed (its name; `reference` is its reference), settled as paid from the estate; null for a bill of the provider. */
  collectionAgency: string | null;
  /** A bill for time after the end date that the owner decided is paid from the estate all the same (`OwedFigures.afterEnd`). */
  afterEnd: boolean;
  /** Of an `afterEnd` bill disputed in part, what bills time after the end date (`OwedFigures.afterEndPart`); null when all of it does. */
  afterEndPart: number | null;
  /** A premium of the cover the insurer keeps for the estate (`OwedFigures.keptCoverPremium`): listed as such. */
  keptCoverPremium: boolean;
  /** The day a premium recorded as owed is due, when its bill named one; null for any other bill. */
  dueOn: string | null;
  /** bankdebt: the debit of an overdrawn account a bank blocked, per this day (`OwedFigures.overdrawnOn`); null for any other bill. */
  overdrawnOn: string | null;
  /** bankdebts: a bank's costs (a charge recorded against a bank's contract, `chargedByBank`): listed as costs, never an invoice. */
  bankCharge: boolean;
  /** audit104: its contract was taken over by a relative (`action` transfer): its `untilEnd` part is up to the transfer date, not an end. */
  transferred: boolean;
  /** fundanswer: a pension fund's final bill, its recovery of pension paid in excess: named so, never an „eindafrekening". */
  recovery: boolean;
  /** repaybill: money the provider paid back, owed to it again once its drop of the claim was undone (`OwedFigures.repaidAgain`): no invoice. */
  repaidAgain: boolean;
  /** When it became owed: the owner's word that it is paid from the estate, or the correction that took it out of the dispute. */
  decidedAt: string;
  /** The day it was paid, once someone marked it so; null while nothing of it is paid. */
  paidOn: string | null;
  /** What was paid of it (null while unpaid): less than `amount` when a correction raised the bill after the payment (`stillToPay`). */
  paidAmount: number | null;
}

/** A bill the estate owed, marked paid, as the paid list names it. */
export interface PaidBill {
  contractId: string;
  provider: string;
  reference: string;
  amount: number;
  finalBill: boolean;
  /** overdraftrest: the payment of an overdrawn account's debit, named as the overdraft it paid, never as a bill (audit79 BD-2). */
  overdraft: boolean;
  /** bankdebts: the payment of a bank's costs, named as its costs (`OwedBill.bankCharge`). */
  bankCharge: boolean;
  /** bankwords3: the collection agency whose claim this paid, as its payment's timeline entry recorded it; null for a bill of the provider, or an entry written before it was kept. */
  collectionAgency: string | null;
  /** fundwords: a pension fund's final bill, its recovery of pension paid in excess, named so once paid as while owed (`OwedBill.recovery`). */
  recovery: boolean;
  paidOn: string;
}

/** The paid list's cursor: when each bill was marked paid, then its row's id. */
export const PAID_BILLS_CURSOR = CREATED_AT_CURSOR;

/** The bills' lists, by estate (the owner's and a relative who reads the debts see the same rows); Today's across estates is the timeline's. */
export const billLists = {
  toPay: (estateId: string) => listOf('bills-to-pay', estateId),
  paid: (estateId: string) => listOf('bills-paid', estateId),
};

/** How many owed steps are read at a time when every one is wanted (a contract has a few at most, an estate a few more). */
const OWED_BATCH = 200;

/** The family's refusals are worded by their code where they reach the family (`FamilyDetailsInterceptor`, the portal's pages); the owner's speak their language. */
const FAMILY_DETAILS: Lang = 'en';

/**
 * bankwords3: how a refusal names what a contract leaves owed. The owner reads a bank's as its costs or an overdraft's debit, never an
 * invoice (`chargeDetails`, `chargeNamed`), as her list of them does (`contract.charge.billsOwedText`); bankdebts: so does the family
 * (its `*Charge` refusals: an amount, never a rekening), and every list of debts names a bank's costs as costs (`OwedBill.bankCharge`).
 */
type OwedNamed = 'bill' | 'bank' | 'fund';
const NAMING: Partial<Record<AskedInstead, OwedNamed>> = { bank: 'bank', pension: 'fund' };
const namingOf = (contract: Contract): OwedNamed => NAMING[askedInstead(contract.action, requestAsked(contract)) ?? 'unknown'] ?? 'bill';
/** bankdebts: a bill of a bank's contract that is neither an overdraft's debit nor an agency's claim: the bank's costs. */
const chargedByBank = (named: OwedNamed, bill: { finalBill: boolean; overdraft: boolean; collectionAgency?: string | null }) => named === 'bank' && slotOf(bill) === 'invoice' && !bill.collectionAgency;
const refusedAs = (named: OwedNamed, errors: FieldError[]) => (named === 'bank' ? chargeNamed(errors, false) : errors);

/**
 * What the latest credit note that closed the bill of INVOICE_AFTER_END step `t` left to pay of it (`billLeft`, added by
 * the services; `creditLeftOf` in JS), or NULL when none did: a step recorded before it was kept leaves nothing owed.
 */
const BILL_LEFT_SQL = `(SELECT (c.details -> 'event' -> 'billLeft' ->> 'amount')::numeric FROM ${timelineRows} c
  WHERE c.contract_id = t.contract_id AND c.event = 'CREDIT_NOTE_SENT' AND c.details -> 'event' -> 'billLeft' ->> 'reference' = t.details -> 'event' ->> 'reference' ORDER BY c.seq DESC LIMIT 1)`;

/**
 * What is owed of the bill of INVOICE_AFTER_END step `t` once an end-date correction took it out of the dispute (`billsOwed`
 * on COMPLETION_CORRECTED, `billsOwedOf` in JS), or NULL when none did.
 */
const END_DATE_OWED_SQL = `(SELECT (o ->> 'amount')::numeric FROM ${timelineRows} c, jsonb_array_elements(c.details -> 'event' -> 'billsOwed') o
  WHERE c.contract_id = t.contract_id AND c.event = 'COMPLETION_CORRECTED' AND jsonb_typeof(c.details -> 'event' -> 'billsOwed') = 'array' AND o ->> 'reference' = t.details -> 'event' ->> 'reference' ORDER BY c.seq DESC LIMIT 1)`;

/**
 * The bills a step (timeline entry `t`, one of `TimelineService`'s BILLS_OWED) left owed, in SQL as `owedBillsOf` and
 * `billsOfSteps` read them: each bill the owner's word settled (as it stood; a complaints body's decision as last corrected) or the collection it settled, the bill a correction took out of the
 * dispute (less what was credited on it), the final bill a confirmation recorded, the part up to the end date of a bill
 * disputed in part (as its dispute stands now), or once an end-date correction took it out of the dispute all of it, also of
 * a bill disputed in full (END_DATE_OWED_SQL), or once a credit note closed it what it left to pay (BILL_LEFT_SQL; none once the dispute ended
 * otherwise: that step says what is owed); a kept cover's premium recorded as owed (`bill.owed`); an overdrawn account's debit (`overdraftOf`); repaybill: what
 * the provider paid back, owed again by an undo of its claim's drop (`repaidAgain`). As `untilEndNow` reads them. Only amounts to pay (above nil).
 */
const STEP_BILLS = `(SELECT * FROM (
    SELECT s ->> 'reference', coalesce(${correctedDecisionOwedSql('t', "s ->> 'reference'")}, (s ->> 'amount')::numeric), false, false FROM jsonb_array_elements(CASE WHEN t.event = 'DISPUTE_RESOLVED' AND jsonb_typeof(t.details -> 'event' -> 'settled') = 'array' THEN t.details -> 'event' -> 'settled' ELSE '[]' END) s
    UNION ALL SELECT coalesce(t.details -> 'event' -> 'collection' ->> 'reference', t.details -> 'event' -> 'collection' ->> 'agency', ''), (t.details -> 'event' -> 'collection' ->> 'amount')::numeric, false, false WHERE t.event = 'DISPUTE_RESOLVED' AND jsonb_typeof(t.details -> 'event' -> 'collection' -> 'amount') = 'number'
    UNION ALL SELECT t.details -> 'event' ->> 'reference', (t.details -> 'event' ->> 'amount')::numeric - coalesce((t.details -> 'event' ->> 'credited')::numeric, 0), false, false WHERE t.event = 'BILL_CORRECTED'
    UNION ALL SELECT NULL, (t.details -> 'wording' -> 'projection' ->> 'finalInvoiceAmount')::numeric, true, false WHERE t.event IN ('COMPLETE', 'COMPLETION_CORRECTED')
    UNION ALL SELECT t.details -> 'event' ->> 'reference', coalesce(${openUndisputedPartSql('t.contract_id', "t.details -> 'event' ->> 'reference'")}, ${END_DATE_OWED_SQL}, ${BILL_LEFT_SQL}), false, false WHERE t.event = 'INVOICE_AFTER_END'
    UNION ALL SELECT t.details ->> 'reference', (t.details ->> 'amount')::numeric, false, false WHERE t.event = 'bill.owed'
    UNION ALL SELECT t.details -> 'event' ->> 'reference', -(t.details -> 'event' ->> 'balance')::numeric, false, true WHERE t.event IN ('COMPLETE', 'COMPLETION_CORRECTED') AND t.details -> 'event' ->> 'done' = 'accountBlocked' AND jsonb_typeof(t.details -> 'event' -> 'balance') = 'number'
    UNION ALL SELECT t.details #>> '{event,repaymentWithdrawn,owedAs}', (t.details #>> '{event,repaymentWithdrawn,repaid}')::numeric, false, false WHERE t.event = 'CLAIM_DROP_UNDONE' AND jsonb_typeof(t.details #> '{event,repaymentWithdrawn,owedAs}') = 'string'
  ) bill (reference, amount, final_bill, overdraft) WHERE bill.amount > 0)`;

/**
 * A step that left a bill still to pay: one of its bills has no payment that covers it in `bill_payments` (a payment
 * found as `PAYMENT_OF` finds it, by the unique `(contract_id, bill_reference)` or the contract's one final bill or overdraft), so
 * Today's pages hold unpaid bills only, however many paid ones came before them.
 */
const STILL_TO_PAY = `EXISTS (SELECT 1 FROM ${STEP_BILLS} bill WHERE NOT EXISTS (
  SELECT 1 FROM bill_payments p WHERE p.contract_id = t.contract_id
    AND (CASE WHEN bill.final_bill THEN p.final_bill WHEN bill.overdraft THEN p.overdraft ELSE p.bill_reference = bill.reference AND NOT p.final_bill AND NOT p.overdraft END) AND p.amount >= bill.amount))`;

/**
 * The bills the estate owes (what the contract steps left owed, read from the timeline) and which of them
 * are paid (`bill_payments`, this module's table). Payment is the family's business with the estate's
 * money, not a step in the conversation with the provider: no contract workflow is involved.
 * Who may mark a bill paid, or undo it: the case owner (staff access rule) and the estate's representative.
 */
@Injectable()
export class BillsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly timeline: TimelineService,
    private readonly contracts: ContractsService,
    private readonly workflow: ContractWorkflow,
    private readonly estates: EstatesService,
    private readonly views: ContractViews,
    private readonly estateWorkflow: EstateWorkflow,
  ) {}

  onModuleInit(): void {
    this.views.readUnpaidBillsWith((contracts) => this.unpaidOf(contracts));
    this.views.readBillsPaidWith((contracts) => this.paidOf(contracts));
    // refunddesk: the estate's bills still to pay, kept in its closing step as the family's heading says them.
    this.estateWorkflow.readBillsToPayWith((manager, estateId) => this.toPayInEstate(estateId, manager));
    // famstatus: a contract's bills still to pay, kept in its settled step as the heading sums the estate's.
    this.workflow.readBillsLeftWith((manager, estateId, contractId) => this.toPayInEstate(estateId, manager, contractId));
    // collclaim2: a final bill the estate paid is not dropped with the claim (the desk's answer and the owner's record of it).
    this.contracts.readFinalBillPaidWith((manager, contract, reference) => this.finalBillPaid(manager, contract, reference));
  }

  /**
   * What the estate paid of the contract's final bill (paiddrop: in full or in part) and the day of the latest payment, as recorded, or null.
   * decisionowes: given `reference`, of that bill of the provider instead (a complaints body's decision's bill).
   */
  private async finalBillPaid(manager: EntityManager, contract: Pick<Contract, 'id' | 'estateId'>, reference?: string): Promise<FinalBillPaid | null> {
    const isBill = (b: OwedBill) => (reference === undefined ? b.finalBill : !b.finalBill && b.overdrawnOn === null && b.reference === reference);
    const paid = (await this.ofContracts([contract], manager)).find((b) => b.contractId === contract.id && isBill(b) && b.paidOn !== null && (b.paidAmount ?? 0) > 0);
    return paid ? { amount: paid.paidAmount!, paidOn: paid.paidOn! } : null;
  }

  /**
   * refunddesk: of the estate's bills (famstatus: of one contract's, `contractId`), those still to pay (what is left of each): how many
   * and their total, as the family's heading sums them.
   */
  async toPayInEstate(estateId: string, manager: EntityManager = this.db.manager, contractId?: string): Promise<SumsLeft | null> {
    return sumsLeftOf((await this.ofEstate(estateId, manager)).filter((b) => contractId === undefined || b.contractId === contractId).map(stillToPay).filter((left) => left > 0));
  }

  /**
   * Of these contracts, what of their debts is marked paid: the bills disputed in part whose part up to the end date is
   * (`untilEndPaidByContract`), and the day an overdraft was paid in full (`overdraftPaidByContract`).
   */
  async paidOf(contracts: Pick<Contract, 'id' | 'estateId'>[]): Promise<BillsPaid> {
    const wanted = new Set(contracts.map((c) => c.id));
    const owed = (await Promise.all([...new Set(contracts.map((c) => c.estateId))].map((estateId) => this.ofEstate(estateId)))).flat().filter((b) => wanted.has(b.contractId));
    return { untilEnd: untilEndPaidByContract(owed), overdraft: overdraftPaidByContract(owed) };
  }

  /** Of these contracts, the bills the estate still owes, each with what is still to pay of it (read once per estate). */
  async unpaidOf(contracts: Pick<Contract, 'id' | 'estateId'>[]): Promise<Map<string, UnpaidBill[]>> {
    const unpaid = new Map<string, UnpaidBill[]>();
    const wanted = new Set(contracts.map((c) => c.id));
    for (const estateId of new Set(contracts.map((c) => c.estateId))) {
      for (const b of await this.ofEstate(estateId)) {
        if (!wanted.has(b.contractId) || stillToPay(b) <= 0) continue;
        unpaid.set(b.contractId, [...(unpaid.get(b.contractId) ?? []), { reference: b.reference, amount: stillToPay(b), finalBill: b.finalBill, untilEnd: b.untilEnd, collectionAgency: b.collectionAgency, afterEnd: b.afterEnd, afterEndPart: b.afterEndPart, keptCoverPremium: b.keptCoverPremium, dueOn: b.dueOn, overdrawnOn: b.overdrawnOn, bankCharge: b.bankCharge, transferred: b.transferred, recovery: b.recovery, repaidAgain: b.repaidAgain }]);
      }
    }
    return unpaid;
  }

  /** Part of the retention purge (one transaction per estate). */
  async eraseEstate(manager: EntityManager, estateId: string): Promise<void> {
    await manager.query('DELETE FROM bill_payments WHERE estate_id = $1', [estateId]);
  }

  /**
   * One page of the bills still to pay, newest decision first; `after` is a decoded TIMELINE_CURSOR (the
   * step that left them owed). A page ends at a step, so all bills one step left owed are on one page.
   * `manager`: the caller's transaction, when it reads them inside one (the family digest).
   */
  async openPage(estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE, manager: EntityManager = this.db.manager): Promise<Page<OwedBill>> {
    const page = await filledPage(
      billLists.toPay(estateId),
      timelineLists.billsOwed(estateId),
      (position, room) => this.owedSteps(estateId, position, room, undefined, manager),
      (step: OwedBill[]) => {
        const open = step.filter((b) => stillToPay(b) > 0);
        return open.length ? open : null;
      },
      TIMELINE_CURSOR,
      after,
      limit,
    );
    return { items: page.items.flat(), nextCursor: page.nextCursor };
  }

  /** One page of the bills marked paid, the latest marked first; `after` is a decoded PAID_BILLS_CURSOR. */
  async paidPage(estateId: string, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<PaidBill>> {
    const page = await createdAtPage(billLists.paid(estateId), this.db.manager.createQueryBuilder(BillPayment, 'b').where('b.estate_id = :estateId', { estateId }), 'b', after, limit);
    const named = page.items.length ? await this.contractsNamed(estateId) : new Map<string, ContractNamed>();
    const agencies = await this.agenciesPaid(page.items);
    return { items: page.items.map((b) => paidView(b, named, agencies.get(paymentKey(b.contractId, b.billReference, slotOf(b))) ?? null)), nextCursor: page.nextCursor };
  }

  /**
   * bankwords3: of a page of payments, the agency whose claim each paid, by payment. bankentries: read from what the payment was for — the
   * decision that left the claim owed (`owedBillsOf`: the collection it settled as paid from the estate) — not from the payment's own
   * entry, which kept no agency before bankwords3. One read of the page's contracts' decisions.
   */
  private async agenciesPaid(payments: BillPayment[]): Promise<Map<string, string>> {
    const invoices = payments.filter((b) => slotOf(b) === 'invoice');
    if (!invoices.length) return new Map();
    const decisions = await this.timeline.detailsOfContracts(this.db.manager, [...new Set(invoices.map((b) => b.contractId))], ['DISPUTE_RESOLVED']);
    return new Map([...new Set(decisions.map((d) => d.contractId))].flatMap((id) => [...claimsSettled(decisions.filter((d) => d.contractId === id))].map(([reference, agency]): [string, string] => [paymentKey(id, reference, 'invoice'), agency])));
  }

  /** A relative's page of the bills still to pay; one who does not read the estate's debts finds none (404, `readsEstateDebts`). */
  async openPageForFamily(p: FamilyPrincipal, after: Position | null, limit?: number): Promise<Page<OwedBill>> {
    await this.requireDebtsReader(p);
    return this.openPage(p.estateId, after, limit);
  }

  async paidPageForFamily(p: FamilyPrincipal, after: Position | null, limit?: number): Promise<Page<PaidBill>> {
    await this.requireDebtsReader(p);
    return this.paidPage(p.estateId, after, limit);
  }

  private async requireDebtsReader(p: FamilyPrincipal): Promise<void> {
    const member = await this.estates.familyMember(p.familyMemberId);
    if (!member || !readsEstateDebts(member)) throw new NotFoundProblem();
  }

  /** The owner's view of the estate's bills still to pay (the staff access rule: 404 outside reach). */
  async openPageForOwner(principal: StaffPrincipal, estateId: string, after: Position | null, limit?: number): Promise<Page<OwedBill>> {
    return this.openPage((await this.estates.requireAccess(principal, estateId)).id, after, limit);
  }

  async paidPageForOwner(principal: StaffPrincipal, estateId: string, after: Position | null, limit?: number): Promise<Page<PaidBill>> {
    return this.paidPage((await this.estates.requireAccess(principal, estateId)).id, after, limit);
  }

  /** Every bill one contract left owed, newest first, paid or not: the contract page's list (a contract has a few at most). */
  ofContract(contract: Pick<Contract, 'id' | 'estateId'>, manager: EntityManager = this.db.manager): Promise<OwedBill[]> {
    return this.everyOwed(contract.estateId, manager, [contract.id]);
  }

  /**
   * famrest: every bill these contracts left owed, newest first, each with its `contractId`: one read per estate among them (a page
   * of a relative's reports is one estate's), not one per contract. One estate after another: the manager may be a transaction's.
   */
  async ofContracts(contracts: Pick<Contract, 'id' | 'estateId'>[], manager: EntityManager = this.db.manager): Promise<OwedBill[]> {
    const bills: OwedBill[] = [];
    for (const estateId of new Set(contracts.map((c) => c.estateId))) {
      bills.push(...(await this.everyOwed(estateId, manager, contracts.filter((c) => c.estateId === estateId).map((c) => c.id))));
    }
    return bills;
  }

  /** Every bill the estate was left owing, newest first, paid or not: the reports to the family list them all. */
  ofEstate(estateId: string, manager: EntityManager = this.db.manager): Promise<OwedBill[]> {
    return this.everyOwed(estateId, manager);
  }

  private async everyOwed(estateId: string, manager: EntityManager, contractIds?: string[]): Promise<OwedBill[]> {
    const bills: OwedBill[] = [];
    for (let after: Position | null = null; ; ) {
      const page = await this.owedSteps(estateId, after, OWED_BATCH, contractIds, manager);
      bills.push(...page.items.flat());
      if (!page.nextCursor) break;
      after = positionOf(timelineLists.billsOwed(estateId, contractIds), page.nextCursor, TIMELINE_CURSOR);
    }
    // A part up to the end date kept for its payment (`billsOfSteps`) gives way to the step that ended its dispute owing the bill
    // itself: that bill carries the same payment, which is listed once.
    const whole = new Set(bills.filter((b) => !b.untilEnd).map((b) => paymentKey(b.contractId, b.reference, owedSlot(b))));
    return bills.filter((b) => !b.untilEnd || !whole.has(paymentKey(b.contractId, b.reference, owedSlot(b))));
  }

  /**
   * keptcover: a premium of a property cover the insurer keeps for the estate (`coverContinuesForEstate`), recorded as a bill the
   * estate owes: no workflow event, no dispute, no letter; it joins the bills to pay and both timelines. Only once the insurer
   * answered (the contract takes a bill now) and only on such a cover (409 `not-kept-cover` otherwise); its figures as
   * `owedPremiumProblems` checks them (422 naming the field). The contract's workflow is locked, so one number is recorded once.
   */
  recordOwedByOwner(principal: StaffPrincipal, contractId: string, dto: DatedBillDto): Promise<OwedBill> {
    return this.db.transaction(async (manager) => {
      const contract = await this.contracts.requireAccess(principal, contractId, manager);
      await this.estates.assertOpen(manager, contract.estateId, principal.lang);
      const standing = await this.workflow.lock(manager, contract.id);
      const asked = requestAsked(contract);
      if (!standing?.accepts('INVOICE_AFTER_END') || !coverContinuesForEstate(contract.action, asked)) {
        throw new ProblemException(409, 'not-kept-cover', ownerWords(principal.lang).errors.details.notKeptCover(contract.provider.name), {
          errors: [{ field: WHOLE_REQUEST, message: 'only the premium of a cover the insurer keeps for the estate, once it answered, is recorded as owed', rule: 'coverContinues' }],
        });
      }
      const recorded = [...(await this.ofContract(contract, manager)).map((b) => b.reference), ...openDisputesOf(standing.context).map((d) => d.reference)];
      const problems = owedPremiumProblems(dto, this.clock.today(), asked.answerDone?.coverUntil ?? null, recorded);
      if (problems.length) throw new ValidationProblem(problems);
      const details: OwedPremiumDetails = { providerName: contract.provider.name, description: contract.description, reference: dto.reference, amount: dto.amount, invoiceDate: dto.invoiceDate, periodFrom: dto.periodFrom, periodTo: dto.periodTo, dueOn: dto.dueOn ?? null };
      await this.timeline.append(manager, {
        estateId: contract.estateId,
        contractId: contract.id,
        actor: actorOf(principal),
        event: BILL_PAYMENT_EVENTS.owed,
        summary: `Premium ${dto.reference} of ${contract.provider.name} (${dto.amount.toFixed(2)}, ${dto.periodFrom} to ${dto.periodTo}) recorded as owed by the estate.`,
        details: { ...details },
      });
      return (await this.ofContract(contract, manager)).find((b) => b.reference === dto.reference)!;
    });
  }

  markPaidByOwner(principal: StaffPrincipal, contractId: string, dto: BillPaidDto): Promise<PaidBill> {
    return this.db.transaction(async (manager) => {
      const contract = await this.contracts.requireAccess(principal, contractId, manager);
      return this.markPaid(manager, contract, dto, actorOf(principal), principal.lang, namingOf(contract));
    });
  }

  undoByOwner(principal: StaffPrincipal, contractId: string, dto: BillNamedDto): Promise<OwedBill> {
    return this.db.transaction(async (manager) => {
      const contract = await this.contracts.requireAccess(principal, contractId, manager);
      return this.undo(manager, contract, dto.reference, actorOf(principal), principal.lang, namingOf(contract));
    });
  }

  /** The estate's representative marks a bill paid: they pay from the estate's account. Other relatives read the list only (403). */
  markPaidByFamily(p: FamilyPrincipal, dto: FamilyBillPaidDto): Promise<PaidBill> {
    return this.db.transaction(async (manager) => {
      const contract = await this.representativesContract(manager, p, dto);
      return this.markPaid(manager, contract, dto, actorOf(p), FAMILY_DETAILS, namingOf(contract));
    });
  }

  undoByFamily(p: FamilyPrincipal, dto: FamilyBillNamedDto): Promise<OwedBill> {
    return this.db.transaction(async (manager) => {
      const contract = await this.representativesContract(manager, p, dto);
      return this.undo(manager, contract, dto.reference, actorOf(p), FAMILY_DETAILS, namingOf(contract));
    });
  }

  /** A contract of the relative's estate (404 for any other, as for one that does not exist), for its representative (403 for another relative). */
  private async representativesContract(manager: EntityManager, p: FamilyPrincipal, dto: FamilyBillNamedDto): Promise<Contract> {
    const contract = await this.contracts.findInEstate(p.estateId, dto.contractId, manager);
    if (!contract) throw new NotFoundProblem();
    if ((await this.estates.familyMember(p.familyMemberId, manager))?.role !== 'representative') {
      throw new ProblemException(403, 'representative-only', "Only the estate's representative records that a bill is paid from the estate (they pay it from the estate's account). Ask them, or your case owner. Nothing was changed.", {
        errors: [{ field: 'request', message: 'only the representative may record a payment', rule: 'representativeOnly' }],
      });
    }
    return contract;
  }

  /**
   * Marks a bill paid; one a correction raised after its payment is paid in full by its remainder (the row then
   * holds the whole amount and the day of the last payment, and keeps the payment before in `earlier` for an undo).
   */
  private async markPaid(manager: EntityManager, contract: Contract, dto: BillPaidDto, actor: Actor, lang: Lang, named: OwedNamed): Promise<PaidBill> {
    const { details, chargeDetails } = ownerWords(lang).errors;
    const bill = await this.owedBill(manager, contract, dto.reference, lang, named);
    const paying = stillToPay(bill);
    const overdraft = bill.overdrawnOn !== null;
    if (bill.paidOn && paying === 0) {
      throw new ProblemException(409, 'bill-paid-already', named === 'bank' ? chargeDetails.billPaidAlready(bill.reference, bill.paidOn, overdraft) : details.billPaidAlready(bill.reference, bill.paidOn), {
        errors: refusedAs(named, [{ field: 'reference', message: `is marked paid already, on ${bill.paidOn}`, rule: 'paidAlready', limit: bill.paidOn }]),
      });
    }
    const problem = paidOnProblem(dto.paidOn, this.clock.today(), dutchDate(new Date(bill.decidedAt)));
    if (problem) throw new ValidationProblem(refusedAs(named, [problem]));
    const [row] = (
      bill.paidOn
        ? // An UPDATE answers [rows, count]; only the payment seen above, so one marked at the same moment answers 409.
          ((await manager.query(`UPDATE bill_payments SET earlier = earlier || jsonb_build_array(jsonb_build_object('amount', amount, 'paidOn', paid_on::text)), amount = $4, paid_on = $5 WHERE contract_id = $1 AND ${PAYMENT_OF} AND amount = $6 RETURNING id`, [contract.id, bill.reference, owedSlot(bill), bill.amount, dto.paidOn, bill.paidAmount]))[0] as { id: string }[])
        : await manager.query(
            `INSERT INTO bill_payments (estate_id, contract_id, bill_reference, amount, final_bill, overdraft, paid_on, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT DO NOTHING RETURNING id`,
            [contract.estateId, contract.id, bill.reference, bill.amount, bill.finalBill, bill.overdrawnOn !== null, dto.paidOn, this.clock.now()],
          )
    ) as { id: string }[];
    // Marked at the same moment by someone else: theirs stands.
    if (!row) {
      throw new ProblemException(409, 'bill-paid-already', named === 'bank' ? chargeDetails.billPaidJustNow(bill.reference, overdraft) : details.billPaidJustNow(bill.reference), {
        errors: refusedAs(named, [{ field: 'reference', message: 'is marked paid already', rule: 'paidAlready' }]),
      });
    }
    await this.record(manager, contract, actor, BILL_PAYMENT_EVENTS.paid, { ...bill, amount: paying, paidOn: dto.paidOn }, `Bill ${bill.reference} of ${contract.provider.name} (${paying.toFixed(2)}) marked paid from the estate on ${dto.paidOn}.`);
    return { contractId: contract.id, provider: bill.provider, reference: bill.reference, amount: paying, finalBill: bill.finalBill, overdraft: bill.overdrawnOn !== null, bankCharge: bill.bankCharge, collectionAgency: bill.collectionAgency, recovery: bill.recovery, paidOn: dto.paidOn };
  }

  /**
   * Undoes the bill's latest payment: a top-up of a bill raised after it was paid restores the payment before it
   * (the rest is to pay again), any other deletes the payment (the whole bill is to pay again).
   */
  private async undo(manager: EntityManager, contract: Contract, reference: string, actor: Actor, lang: Lang, named: OwedNamed): Promise<OwedBill> {
    // famclosed (audit85 CLOSED-1): a closed estate's final report states its payments; an undo then (a relative's mis-tap, or the
    // owner's) would contradict it and tell nobody. The owner reopens the file first (with the reason), the family asks her. Marking a
    // bill still to pay as paid stays open: closing may leave one to pay, and paying it is what its report asked.
    if (await this.estates.isClosed(manager, contract.estateId)) {
      throw new ProblemException(409, 'estate-closed', ownerWords(lang).errors.details.paidInClosedEstate, {
        errors: refusedAs(named, [{ field: 'reference', message: 'is in the final report of the closed estate; reopen the estate to undo it', rule: 'paidInClosedEstate' }]),
      });
    }
    const dropped = await this.timeline.paidBillDropped(contract.id, manager);
    if (dropped?.reference === reference) return this.undoDropped(manager, contract, dropped, actor, lang, named);
    const bill = await this.owedBill(manager, contract, reference, lang, named);
    const [payment] = (await manager.query(
      `SELECT id, amount::float8 AS amount, paid_on::text AS "paidOn", earlier -> -1 AS before FROM bill_payments WHERE contract_id = $1 AND ${PAYMENT_OF} FOR UPDATE`,
      [contract.id, bill.reference, owedSlot(bill)],
    )) as { id: string; amount: number; paidOn: string; before: { amount: number; paidOn: string } | null }[];
    if (!payment) {
      const { details, chargeDetails } = ownerWords(lang).errors;
      throw new ProblemException(409, 'bill-not-paid', named === 'bank' ? chargeDetails.billNotPaid(bill.reference, bill.overdrawnOn !== null) : details.billNotPaid(bill.reference), {
        errors: refusedAs(named, [{ field: 'reference', message: 'is not marked paid', rule: 'notMarkedPaid' }]),
      });
    }
    const { before } = payment;
    if (before) await manager.query(`UPDATE bill_payments SET amount = $2, paid_on = $3, earlier = earlier - (-1) WHERE id = $1`, [payment.id, before.amount, before.paidOn]);
    else await manager.query('DELETE FROM bill_payments WHERE id = $1', [payment.id]);
    const undone = before ? Math.round((payment.amount - before.amount) * 100) / 100 : payment.amount;
    // corrpaid (audit91 F8): what is open now, as the bill stands (a correction after the payment may have changed it), is said, not the payment's sum.
    const open = Math.round((bill.amount - (before?.amount ?? 0)) * 100) / 100;
    await this.record(manager, contract, actor, BILL_PAYMENT_EVENTS.undone, { ...bill, amount: undone, paidOn: payment.paidOn }, `Payment of bill ${bill.reference} of ${contract.provider.name} (${undone.toFixed(2)}, ${payment.paidOn}) undone: ${before ? 'the earlier payment stands, the rest' : 'the bill'} is open again (${open.toFixed(2)}).`, open);
    return { ...bill, paidOn: before?.paidOn ?? null, paidAmount: before?.amount ?? null };
  }

  /**
   * dropdesk (audit90 G6): the undo of the final bill's payment recorded before its provider dropped the claim (no longer owed, so not
   * found among the bills owed): the whole payment recorded of it is undone, and the bill stays dropped; refused once it was asked back
   * (`droppedPaymentUndoProblem`). The drop's record of it no longer holds after the undo (`TimelineService.paidBillDropped`).
   */
  private async undoDropped(manager: EntityManager, contract: Contract, dropped: PaidBillDropped, actor: Actor, lang: Lang, named: OwedNamed): Promise<OwedBill> {
    const problem = droppedPaymentUndoProblem(dropped);
    if (problem) throw new ProblemException(409, 'asked-back-already', ownerWords(lang).errors.details.paidAskedBackUndo(dropped.reference, contract.provider.name, longDate(dropped.askedOn!, lang)), { errors: refusedAs(named, [problem]) });
    const [payment] = (await manager.query(`DELETE FROM bill_payments WHERE contract_id = $1 AND final_bill RETURNING amount::float8 AS amount, paid_on::text AS "paidOn"`, [contract.id])) as { amount: number; paidOn: string }[][];
    const paid = (payment ?? [])[0];
    if (!paid) throw new ProblemException(409, 'bill-not-paid', ownerWords(lang).errors.details.billNotPaid(dropped.reference), { errors: refusedAs(named, [{ field: 'reference', message: 'is not marked paid', rule: 'notMarkedPaid' }]) });
    const bill: OwedBill = { contractId: contract.id, provider: contract.provider.name, reference: dropped.reference, amount: paid.amount, finalBill: true, untilEnd: false, collectionAgency: null, afterEnd: false, afterEndPart: null, keptCoverPremium: false, dueOn: null, overdrawnOn: null, bankCharge: false, transferred: contract.action === 'transfer', recovery: false, repaidAgain: false, decidedAt: paid.paidOn, paidOn: null, paidAmount: null };
    await this.record(manager, contract, actor, BILL_PAYMENT_EVENTS.undone, { ...bill, paidOn: paid.paidOn }, `Payment of final bill ${dropped.reference} of ${contract.provider.name} (${paid.amount.toFixed(2)}, ${paid.paidOn}), recorded before ${contract.provider.name} dropped the claim, undone: the claim stays dropped.`);
    return bill;
  }

  private record(manager: EntityManager, contract: Contract, actor: Actor, event: string, bill: OwedBill & { paidOn: string }, summary: string, open?: number): Promise<void> {
    const details: BillPaymentDetails = { providerName: contract.provider.name, description: contract.description, reference: bill.reference, amount: bill.amount, paidOn: bill.paidOn, ...(bill.finalBill && { finalBill: true }), ...(bill.collectionAgency !== null && { collectionAgency: bill.collectionAgency }), ...(bill.overdrawnOn !== null && { overdrawnOn: bill.overdrawnOn }), ...(bill.repaidAgain && { repaidAgain: true }), ...(open !== undefined && { open }) };
    return this.timeline.append(manager, { estateId: contract.estateId, contractId: contract.id, actor, event, summary, details: { ...details } });
  }

  /**
   * The owed bill of the contract with this invoice number (the newest, should a number come back). One that
   * is still disputed answers 409, any other 422 naming `reference` with the bills the contract does owe.
   */
  private async owedBill(manager: EntityManager, contract: Contract, reference: string, lang: Lang, named: OwedNamed): Promise<OwedBill> {
    const owed = await this.ofContract(contract, manager);
    const bill = owed.find((b) => b.reference === reference);
    if (bill) return bill;
    const standing = (await this.workflow.standings(manager, [contract.id])).get(contract.id);
    if (standing && openDisputesOf(standing.context).some((d) => d.reference === reference)) {
      const { details, chargeDetails } = ownerWords(lang).errors;
      throw new ProblemException(409, 'bill-still-disputed', (named === 'bank' ? chargeDetails : details).billStillDisputed(reference, contract.provider.name), {
        errors: refusedAs(named, [{ field: 'reference', message: 'is still disputed, not owed', rule: 'stillDisputed' }]),
      });
    }
    const list = [...new Set(owed.map((b) => b.reference))].join(', ');
    throw new ValidationProblem(refusedAs(named, [{ field: 'reference', message: list ? `names no bill owed by the estate on this contract; owed: ${list}` : 'names no bill owed by the estate: this contract has none', rule: 'notOwed', limit: list }]));
  }

  /** A page of the steps that left bills owed, each as its bills as they stand (paid or not); `contractId`: only that contract's. */
  private async owedSteps(estateId: string, after: Position | null, limit: number, contractIds?: string[], manager: EntityManager = this.db.manager): Promise<Page<OwedBill[]>> {
    const page = await this.timeline.billsOwedPage(estateId, after, limit, contractIds, manager);
    return { items: await this.billsOfSteps(page.items.map((entry) => ({ ...entry, estateId })), manager), nextCursor: page.nextCursor };
  }

  /**
   * Today's bills to pay (`ownerId` null: every estate's): each bill still to pay with its estate, oldest first, by
   * the step that left it owed; `after` is a decoded TIMELINE_CURSOR. The steps are read with STILL_TO_PAY, so a page
   * holds `limit` steps each with a bill to pay, however many paid ones are older. A page ends at a step, as
   * `openPage`'s do (a step that settled several bills brings them all).
   */
  async unpaidAcross(ownerId: string | null, after: Position | null, limit = DEFAULT_PAGE_SIZE): Promise<Page<OwedBill & { estateId: string }>> {
    const page = await this.timeline.billsOwedAcross(ownerId, after, limit, STILL_TO_PAY);
    const steps = await this.billsOfSteps(page.items, this.db.manager);
    const items = steps.flatMap((bills, i) => bills.filter((b) => stillToPay(b) > 0).map((b) => ({ ...b, amount: stillToPay(b), estateId: page.items[i].estateId })));
    return { items, nextCursor: page.nextCursor };
  }

  /** Each step's bills as they stand now (paid or not), with the provider as each estate's family names it. */
  private async billsOfSteps(steps: (TimelineView & { estateId: string })[], manager: EntityManager): Promise<OwedBill[][]> {
    if (!steps.length) return [];
    const contractIds = [...new Set(steps.map((e) => e.contractId!))];
    const estateIds = [...new Set(steps.map((e) => e.estateId))];
    const [namedByEstate, payments] = await Promise.all([
      Promise.all(estateIds.map((id) => this.contractsNamed(id, manager))),
      manager.query('SELECT contract_id AS "contractId", bill_reference AS reference, final_bill AS "finalBill", overdraft, paid_on::text AS "paidOn", amount::float8 AS amount FROM bill_payments WHERE contract_id = ANY($1)', [contractIds]) as Promise<{ contractId: string; reference: string; finalBill: boolean; overdraft: boolean; paidOn: string; amount: number }[]>,
    ]);
    const named = new Map(namedByEstate.flatMap((byContract) => [...byContract]));
    const paid = new Map(payments.map((p) => [paymentKey(p.contractId, p.reference, slotOf(p)), p]));
    const owed = steps.map((entry) => ({ entry, bills: owedBillsOf({ ...entry, toState: entry.toState ?? '' }) }));
    // The part up to the end date is owed while the rest is disputed: as the dispute stands now (a correction or a credit
    // note may have changed it since); what ended the dispute since is read from its steps (`untilEndNow`): an end-date
    // correction that made the bill owed (`billsOwed`, the latest for that bill), a credit note that closed it (`billLeft`).
    const parted = [...new Set(owed.filter((o) => o.bills.some((b) => b.untilEnd)).map((o) => o.entry.contractId!))];
    // One after another: the manager may be a transaction's, whose client runs one query at a time (pg@9 refuses a second one queued on it).
    const standings = parted.length ? await this.workflow.standings(manager, parted) : new Map<string, { context: ContractContext }>();
    const closing = parted.length ? await this.timeline.detailsOfContracts(manager, parted, ['CREDIT_NOTE_SENT', 'COMPLETION_CORRECTED']) : [];
    const left = new Map(closing.flatMap((c) => billLeftOf(c.details).map((b) => [`${c.contractId}/${b.reference}`, b.amount] as [string, number])));
    const endDateOwed = new Map(closing.flatMap((c) => billsOwedOf(c.details).map((b): [string, { amount: number; at: string }] => [`${c.contractId}/${b.reference}`, { amount: b.amount, at: c.at }])));
    // A final bill or an overdraft named anew by a correction of its reference alone is owed since the step that made it known (debtSince).
    const renamed = [...new Set(owed.filter((o) => o.entry.event === 'COMPLETION_CORRECTED' && o.bills.some((b) => owedSlot(b) !== 'invoice')).map((o) => o.entry.contractId!))];
    const confirmations = await this.timeline.detailsOfContracts(manager, renamed, CONFIRMATION_EVENTS);
    return owed.map(({ entry, bills }) =>
      bills.flatMap((b) => {
        const payment = paid.get(paymentKey(entry.contractId!, b.reference, owedSlot(b)));
        const key = `${entry.contractId}/${b.reference}`;
        // A bill disputed in full had no part to pay: a payment under its number is then of the whole bill as a later step owed it, none left of a part.
        const now = b.untilEnd
          ? untilEndNow({ open: undisputedPart(openDisputesOf(standings.get(entry.contractId!)?.context ?? {}), b.reference), endDateOwed: endDateOwed.get(key)?.amount, creditLeft: left.get(key), paid: b.amount > 0 ? payment?.amount : undefined })
          : { amount: b.amount, untilEnd: false };
        if (!now) return [];
        return {
          contractId: entry.contractId!,
          provider: named.get(entry.contractId!)?.provider ?? '',
          reference: b.reference,
          amount: now.amount,
          finalBill: b.finalBill,
          untilEnd: now.untilEnd,
          collectionAgency: b.collectionAgency,
          afterEnd: b.afterEnd,
          afterEndPart: b.afterEndPart,
          keptCoverPremium: b.keptCoverPremium,
          dueOn: b.dueOn,
          overdrawnOn: b.overdrawnOn,
          bankCharge: chargedByBank(named.get(entry.contractId!)?.naming ?? 'bill', { ...b, overdraft: b.overdrawnOn !== null }),
          transferred: named.get(entry.contractId!)?.transferred ?? false,
          recovery: b.finalBill && named.get(entry.contractId!)?.naming === 'fund',
          repaidAgain: b.repaidAgain,
          decidedAt: b.untilEnd ? owedSinceOf(entry.at, b.amount, endDateOwed.get(key)?.at) : owedSlot(b) !== 'invoice' ? debtSince(confirmations.filter((c) => c.contractId === entry.contractId), entry.id, entry.at, owedSlot(b) === 'overdraft') : entry.at,
          paidOn: payment?.paidOn ?? null,
          paidAmount: payment?.amount ?? null,
        };
      }),
    );
  }

  /** The estate's providers as the family names them, and how each contract's bills are named (a bank's are its costs), by contract. */
  private async contractsNamed(estateId: string, manager: EntityManager = this.db.manager): Promise<Map<string, ContractNamed>> {
    const contracts = await this.contracts.inEstate(estateId, manager);
    const labels = providerLabels(contracts);
    return new Map(contracts.map((c) => [c.id, { provider: labels.get(c.id) ?? '', naming: namingOf(c), transferred: c.action === 'transfer' }]));
  }
}

/**
 * Which payment is a bill's (`$3`: its `PaymentSlot`): an invoice's by its number; a contract's final bill by being its final bill,
 * an overdraft by being its overdraft (one of each at a time; overdraftrest), so a payment stays with it when a correction renames
 * its reference or changes its amount.
 */
const PAYMENT_OF = "(CASE $3::text WHEN 'final' THEN final_bill WHEN 'overdraft' THEN overdraft ELSE bill_reference = $2 AND NOT final_bill AND NOT overdraft END)";
type PaymentSlot = 'final' | 'overdraft' | 'invoice';
/** What a bill's payment is found by: its being the contract's final bill or overdraft, else its reference. */
const slotOf = (bill: { finalBill: boolean; overdraft: boolean }): PaymentSlot => (bill.finalBill ? 'final' : bill.overdraft ? 'overdraft' : 'invoice');
const owedSlot = (bill: Pick<OwedBill, 'finalBill' | 'overdrawnOn'>): PaymentSlot => slotOf({ finalBill: bill.finalBill, overdraft: bill.overdrawnOn !== null });
const paymentKey = (contractId: string, reference: string, slot: PaymentSlot) => (slot === 'invoice' ? `${contractId}/${reference}` : `${contractId} ${slot}`);

/** A contract of the estate as its bills are listed: its provider as the family names it, and whether its bills are a bank's costs. */
interface ContractNamed {
  provider: string;
  naming: OwedNamed;
  transferred: boolean;
}

/** `collectionAgency`: the agency whose claim it paid (`agenciesPaid`): its claim, never the provider's bill or a bank's costs. */
const paidView = (b: BillPayment, named: Map<string, ContractNamed>, collectionAgency: string | null): PaidBill => {
  const contract = named.get(b.contractId);
  return { contractId: b.contractId, provider: contract?.provider ?? '', reference: b.billReference, amount: b.amount, finalBill: b.finalBill, overdraft: b.overdraft, bankCharge: chargedByBank(contract?.naming ?? 'bill', { ...b, collectionAgency }), collectionAgency, recovery: b.finalBill && contract?.naming === 'fund', paidOn: b.paidOn };
};
