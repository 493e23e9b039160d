import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Min } from 'class-validator';
import type { PrintedBatch } from './print-batches.service';

/** "Op de post gedaan": the batch as the owner printed it, so a batch that changed since is refused (409) rather than counted as sent. One field is required (the service says so in the owner's words). */
export class MarkPostedDto implements PrintedBatch {
  @ApiPropertyOptional({ description: "The printed PDF's sha256, as the batch listed it. Required unless `letterCount` is given", example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be the 64 hexadecimal characters of the batch listed' })
  sha256?: string;

  @ApiPropertyOptional({ description: 'The number of letters printed, as the batch listed it. Required unless `sha256` is given', example: 3 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  letterCount?: number;
}

/** handover4: the estate's letters of a colleague's batch as Today listed them (`lettersInOthersBatches[].letterCount`), so a change since is refused (409). */
export class EstatePostedDto {
  @ApiProperty({ description: "The number of this estate's letters in the batch, as Today listed them (`lettersInOthersBatches[].letterCount`)", example: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  letterCount!: number;
}
