import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { PageQueryDto, positionOf } from '../common/paging';
import { IdParam } from '../common/uuid-param';
import { TIMELINE_CURSOR } from '../timeline/timeline.service';
import { DatedBillDto } from '../contracts/contract-events.dto';
import { BillNamedDto, BillPaidDto } from './bills.dto';
import { billLists, BillsService, PAID_BILLS_CURSOR } from './bills.service';
import { Idempotent } from '../idempotency/idempotency.interceptor';

/** The owner's side of the bills the estate owes: which are still to pay, which are paid, and recording a payment. */
@ApiTags('estates')
@ApiProblems(401, 404)
@Roles('admin', 'specialist')
@Controller()
export class BillsController {
  constructor(private readonly bills: BillsService) {}

  @ApiDoc({
    summary: 'Bills still to pay from the estate',
    description:
      'A page of the bills the estate owes and nobody marked paid yet, newest first: a bill the provider held to that you decided is paid from the estate (`dispute-resolved` with `payFromEstate`; `afterEnd: true`: it bills time after the end date, all of it, or when it was disputed in part `afterEndPart`, the part that does, the rest billing days up to it; else `afterEndPart` is null), a bill a correction took out of the dispute, and the final bill the provider confirmed with the end (`finalBill: true`, named by the confirmation\'s `reference`; above nil only: a refund is not listed), as the latest correction left it; and of a bill disputed in part, the part up to the end date our dispute letter accepts (`untilEnd: true`, from the day of the dispute, while the rest is disputed; `transferred: true`: its contract was taken over, so that part runs up to the transfer date); a premium of a cover the insurer keeps for the estate (`keptCoverPremium: true`, with `dueOn`, the day its bill says it is due, or null); the debit of an overdrawn account the bank blocked, a debt of the estate to the bank (`overdrawnOn`: the day of its balance, else null; `reference` is the bank\'s reference of its answer, `amount` the debit as a sum owed); `bankCharge: true`: a bank’s costs charged to the account, named as costs, never an invoice; `repaidAgain: true`: what the provider paid back of money asked back, owed to it again once its drop of the claim was undone (no invoice; `reference` is Steward’s). `nextCursor` continues it.',
    problems: [400],
  })
  @Get('estates/:id/bills-to-pay')
  toPay(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() query: PageQueryDto) {
    return this.bills.openPageForOwner(principal, id, positionOf(billLists.toPay(id), query.cursor, TIMELINE_CURSOR), query.limit);
  }

  @ApiDoc({ summary: 'Bills paid from the estate', description: 'A page of the bills marked paid, with the day paid, the latest marked first (`finalBill: true`: the final bill; `overdraft: true`: the debit of an overdrawn account, named by the bank’s reference; `bankCharge: true`: a bank’s costs; `recovery: true`: a pension fund’s final bill, its recovery of pension paid in excess; `collectionAgency`: the agency whose claim it paid, else null); `nextCursor` continues it.', problems: [400] })
  @Get('estates/:id/bills-paid')
  paid(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() query: PageQueryDto) {
    return this.bills.paidPageForOwner(principal, id, positionOf(billLists.paid(id), query.cursor, PAID_BILLS_CURSOR), query.limit);
  }

  @ApiDoc({
    summary: 'Record a premium the estate owes for a cover kept for it',
    description:
      'A property insurer that keeps the cover for the estate (it answered `coverContinues`, or the request asked so) bills its premium, which the estate owes: the bill joins the bills to pay (owner and family) and both timelines; nothing is disputed and no letter goes out. 409 `not-kept-cover` on any other contract or before the insurer answered; 422 naming the field for a bill dated ahead (`invoiceDate`), a period read back to front (`periodTo`), a period after `coverUntil`, the last day the cover continues (`periodFrom`, rule `afterCover`: record that as a bill after the end), a due date before the bill\'s (`dueOn`), or a number recorded already on the contract (`reference`).',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/bills-owed')
  @Idempotent()
  recordOwed(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: DatedBillDto) {
    return this.bills.recordOwedByOwner(principal, id, dto);
  }

  @ApiDoc({
    summary: 'Record that a bill owed by the estate is paid',
    description:
      'The bill (by its invoice number) leaves the list of bills to pay, on the owner’s and the family’s timeline. 422 naming `reference` for a bill the estate does not owe, or `paidOn` for a day after today or before the bill became owed; 409 for a bill still disputed or marked paid already. Also on a closed estate: it sends nothing.',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/bills-paid')
  @Idempotent()
  markPaid(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: BillPaidDto) {
    return this.bills.markPaidByOwner(principal, id, dto);
  }

  @ApiDoc({ summary: 'Undo a recorded payment', description: 'Undoes the bill’s latest payment, on both timelines: the whole bill is to pay again, or, for a bill raised after it was paid, only the remainder paid last (the payment before it stands). 409 when it is not marked paid; 422 naming `reference` for a bill the estate does not owe.', problems: [400, 409, 422] })
  @Post('contracts/:id/bills-paid/undo')
  @Idempotent()
  @HttpCode(200)
  undo(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: BillNamedDto) {
    return this.bills.undoByOwner(principal, id, dto);
  }
}
