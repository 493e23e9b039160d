import { ApiProperty } from '@nestjs/swagger';
import { IsEuros } from '../common/money';
import { IsCalendarDate } from '../common/date';

/** What came in of a refund the provider confirmed, on which day. */
export class RefundReceivedDto {
  @ApiProperty({ example: 85.4, description: 'in euros: what reached the estate account; at most what is still to receive (422, rule `moreThanLeft`)' })
  @IsEuros(0.01, 1_000_000)
  amount: number;

  @IsCalendarDate({ example: '2027-01-10', description: 'the day it reached the estate account: not after today (422, rule `future`), nor before the confirmation (422, rule `beforeConfirmed`)' })
  receivedOn: string;
}
