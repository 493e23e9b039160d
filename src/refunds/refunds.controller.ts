import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { ApiDoc, ApiProblems } from '../common/openapi';
import { PageQueryDto, positionOf } from '../common/paging';
import { IdParam } from '../common/uuid-param';
import { Idempotent } from '../idempotency/idempotency.interceptor';
import { RefundAnswersDto, RefundReceivedDto } from './refunds.dto';
import { moneyToReceiveOf, RefundsService } from './refunds.service';

/** The owner's side of the money providers confirmed they owe the estate: which is still to come, and recording it received. */
@ApiTags('estates')
@ApiProblems(401, 404)
@Roles('admin', 'specialist')
@Controller()
export class RefundsController {
  constructor(private readonly refunds: RefundsService) {}

  @ApiDoc({
    summary: 'Refunds still to receive by the estate',
    description:
      'A page of the refunds providers confirmed they owe the estate (a final bill below nil on the confirmation) of which something is still to come, by contract: `amount` confirmed, `received` so far, `left`, `confirmedOn`, `expectedBy` (30 days after the confirmation: Steward’s term, no rule of law) and `late`. `nextCursor` continues it.',
    problems: [400],
  })
  @Get('estates/:id/refunds-to-receive')
  toReceive(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() query: PageQueryDto) {
    return this.refunds.openPageForOwner(principal, id, positionOf(moneyToReceiveOf(id), query.cursor, ['uuid']), query.limit);
  }

  @ApiDoc({
    summary: 'Record that a refund reached the estate account',
    description: 'What came in and on which day; less than what is left keeps the rest open (the refund as it then stands is answered). On a contract without a refund, of the money asked back by `repayment-request` (answered as it then stands: `amount`, `askedOn`, `payBy`, `received`, `left`, `late`). `answers` says which on a contract with both (`refund` or `askedBack`): each has its own receipts and sum; 422 naming `answers` when the contract has not that one. 409 `no-refund` on a contract with neither; 422 naming `amount` above what is left (rule `moreThanLeft`), or `receivedOn` after today or before the confirmation.',
    problems: [400, 409, 422],
  })
  @Post('contracts/:id/refund-received')
  @Idempotent()
  @HttpCode(200)
  received(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Body() dto: RefundReceivedDto) {
    return this.refunds.recordReceivedByOwner(principal, id, dto);
  }

  @ApiDoc({
    summary: 'Ask the provider by letter for a refund past its term',
    description: 'A `refund_reminder` letter through the provider’s channel: the confirmation (day, kenmerk, amount), what was received so far, the estate account, and a new term of 14 days (Steward’s, no rule of law). The refund as it then stands is answered, with `remindedOn` and `remindedPayBy`; it is late again only after that day. On a contract without a refund, of the money asked back by `repayment-request` once past its `payBy`: the same `repayment_request` letter, saying when it was first asked and what came since, with a new `payBy`. The query parameter `answers` says which on a contract with both (422 naming it when the contract has not that one). 409 `no-refund` on a contract without one, `refund-not-late` before its term passed or once all of it came.',
    problems: [409, 422],
  })
  @Post('contracts/:id/refund-reminder')
  @Idempotent()
  @HttpCode(200)
  remind(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() query: RefundAnswersDto) {
    return this.refunds.remindByOwner(principal, id, query.answers);
  }

  @ApiDoc({
    summary: 'Ask the provider by letter to pay back a final bill paid before it dropped the claim',
    description: 'A `repayment_request` letter through the provider’s channel: what the estate paid of the final bill and when, the day the drop was recorded, the estate account, and a term of 14 days (Steward’s, no rule of law). Answers the bill with `askedOn` and `payBy`, and `followed`: the money then followed as a refund (`received`, `left`, `late`; recorded by `refund-received`, reminded by `refund-reminder`). 409 `nothing-to-ask-back` on a contract without such a bill, `asked-back-already` once asked.',
    problems: [409],
  })
  @Post('contracts/:id/repayment-request')
  @Idempotent()
  @HttpCode(200)
  askBack(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string) {
    return this.refunds.askBackByOwner(principal, id);
  }

  @ApiDoc({ summary: 'Undo the latest receipt of a refund', description: 'The amount it recorded is to receive again, on the timeline. The query parameter `answers` (optional, as that of `refund-received`) says of which money on a contract with both; the other keeps its receipts. 409 when nothing of it is recorded received; 422 naming `answers` when the contract has not that money.', problems: [409, 422] })
  @Post('contracts/:id/refund-received/undo')
  @Idempotent()
  @HttpCode(200)
  undo(@CurrentPrincipal() principal: StaffPrincipal, @IdParam() id: string, @Query() query: RefundAnswersDto) {
    return this.refunds.undoByOwner(principal, id, query.answers);
  }
}
