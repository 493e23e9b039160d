import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { trimmedOrLeftOut } from '../common/trim';
import { IsEuros } from '../common/money';
import { IsCalendarDate } from '../common/date';
import { RECEIPT_ANSWERS, type ReceiptAnswers } from './refund.rules';

/** askboth: which money a receipt, its undo or a reminder is of, on a contract that may have both. */
export class RefundAnswersDto {
  @ApiPropertyOptional({ enum: RECEIPT_ANSWERS, description: '`refund`: the refund the provider confirmed; `askedBack`: the money asked back by `repayment-request`. Left out: the refund, or on a contract without one the money asked back. 422 naming `answers` when the contract has not that one (rule `noRefund`, `notAskedBack`)' })
  @IsOptional()
  @IsIn(RECEIPT_ANSWERS)
  answers?: ReceiptAnswers;
}

/** What came in of a refund the provider confirmed (or askback's money asked back), on which day. */
export class RefundReceivedDto extends RefundAnswersDto {
  @ApiProperty({ example: 85.4, description: 'in euros: what reached the estate account; at most what is still to receive (422, rule `moreThanLeft`)' })
  @IsEuros(0.01, 1_000_000)
  amount: number;

  @IsCalendarDate({ example: '2027-01-10', description: 'the day it reached the estate account: not after today (422, rule `future`), nor before the date of death (422, rule `beforeDeath`); it may lie before the provider confirmed: a transfer can come before its answer' })
  receivedOn: string;
}

/** refundclose: the provider's report at its desk that it paid (some of) the refund it confirmed, and the day of its transfer. */
export class RefundPaidDto {
  @ApiProperty({ example: 85.4, description: 'in euros: what you transferred to the estate account; at most what is still to be received (422, rule `moreThanLeft`)' })
  @IsEuros(0.01, 1_000_000)
  amount: number;

  @IsCalendarDate({ example: '2027-01-08', description: 'the day of your transfer: not after today (422, rule `future`), nor before the date of death (422, rule `beforeDeath`); it may lie before your confirmation, as when you paid with your final bill' })
  paidOn: string;

  @ApiPropertyOptional({ example: 'NL-OVB-2026-4471', description: "your transfer's reference (its betalingskenmerk or description), up to 100 characters: the case owner reads it beside your report to find the transfer on the estate account" })
  @IsOptional()
  @Transform(trimmedOrLeftOut)
  @IsString()
  @MaxLength(100)
  reference?: string;
}
