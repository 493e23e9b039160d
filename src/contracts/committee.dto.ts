import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { namingTheBill } from './contract-events.dto';
import { IsCalendarDate } from '../common/date';
import { IsEuros } from '../common/money';
import { trimmed } from '../common/trim';
import { COMMITTEE_DECISIONS, type CommitteeDecisionKind } from '../../workflows/committee';

/** What a filing says besides its bill. */
class CommitteeFiledBody {
  @IsCalendarDate({ example: '2027-01-12', description: 'the day you submitted the dispute to the complaints body; not after today (422, rule `future`)' })
  filedOn!: string;

  @ApiPropertyOptional({ example: '2027-004512', description: 'the case number the complaints body gave, if any' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  caseNumber?: string;
}

/** What a decision says besides its bill. */
class CommitteeDecisionBody {
  @ApiProperty({
    enum: COMMITTEE_DECISIONS,
    description: '`billDropped`: for the family, nothing to pay; `billLowered`: for the family, to pay only `amount`; `billUpheld`: for the provider, paid from the estate; `settled`: the parties settled while it ran, `amount` what is paid (0 or left out: nothing)',
  })
  @IsIn(COMMITTEE_DECISIONS)
  decision!: CommitteeDecisionKind;

  @IsCalendarDate({ example: '2027-04-20', description: 'the day of the decision (or the settlement); not after today (422, rule `future`), nor before the filing (422)' })
  decidedOn!: string;

  @ApiPropertyOptional({ example: 12.5, description: 'with `billLowered` (required then, 422 naming it) or `settled`: what the estate pays of the bill, at most what is billed of it (422 naming it)' })
  @IsOptional()
  @IsEuros(0, 1_000_000)
  amount?: number;
}

const BILL = 'the invoice number of the disputed bill; required while more than one bill is disputed, optional with one';
/** committee: the owner took a bill's dispute to the provider's complaints body (the Geschillencommissie for telecom and energy). */
export class CommitteeFiledDto extends namingTheBill(CommitteeFiledBody, `${BILL}; without it every disputed bill goes`) {}
/** comcorr: the filing as it should have been recorded (day and case number; a case number left out is none). */
export class CommitteeFilingCorrectedDto extends namingTheBill(CommitteeFiledBody, `${BILL}; one the complaints body has (409 naming it otherwise); without it every bill the body has`) {}
/** committee: what the complaints body decided about a bill with it. */
export class CommitteeDecisionDto extends namingTheBill(CommitteeDecisionBody, `${BILL}; one the complaints body has (409 naming it otherwise)`) {}

/** comcorr2: the decision as it should have been recorded (what was decided, its day and amount). */
export class CommitteeDecisionCorrectedDto extends namingTheBill(CommitteeDecisionBody, `${BILL}; one with a decision of the complaints body recorded (409 naming it otherwise); without it the newest decision`) {}

/** The owner's word that the bill is settled, as the complaints body decided it (completed from the bill by `decidedEvent`). */
export const committeeDecisionEvent = (dto: CommitteeDecisionDto) => ({
  type: 'DISPUTE_RESOLVED',
  note: null,
  invoiceReference: dto.invoiceReference ?? null,
  outcome: null,
  committee: { decision: dto.decision, decidedOn: dto.decidedOn, amount: dto.amount ?? null },
});
