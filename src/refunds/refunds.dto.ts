import { ApiProperty } from '@nestjs/swagger';
import { IsEuros } from '../common/money';
import { IsCalendarDate } from '../common/date';

/** What came in of a refund the provider confirmed, on which day. */
export class RefundReceivedDto {
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
}
