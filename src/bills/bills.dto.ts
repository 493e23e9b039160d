import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate } from '../common/date';
import { trimmed } from '../common/trim';


/** Which bill of the contract: its invoice number, as the list of bills to pay names it. */
export class BillNamedDto {
  @ApiProperty({ example: 'F-2027-000123', description: 'the invoice number of a bill owed by the estate (422 for one that is not; 409 while it is still disputed)' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference: string;
}

/** A bill owed by the estate, paid on a day. */
export class BillPaidDto extends BillNamedDto {
  @IsCalendarDate({ example: '2026-12-05', description: 'the day it was paid: not after today (422, rule `future`), nor before the day the bill became owed (422, rule `beforeOwed`)' })
  paidOn: string;
}

/** The portal names the contract in the body: a relative's routes carry no ids of their own. */
export class FamilyBillNamedDto extends BillNamedDto {
  @ApiProperty({ format: 'uuid', description: "a contract of the relative's estate (404 for any other)" })
  @IsUUID()
  contractId: string;
}

export class FamilyBillPaidDto extends FamilyBillNamedDto {
  @IsCalendarDate({ example: '2026-12-05', description: 'the day it was paid: not after today (422, rule `future`), nor before the day the bill became owed (422, rule `beforeOwed`)' })
  paidOn: string;
}

