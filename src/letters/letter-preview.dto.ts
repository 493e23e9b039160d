import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LETTER_KINDS, type LetterKind } from '../../letters';

/** What a preview answers in: its text and rules as JSON, or the letter rendered as a PDF when it passes them. */
export const PREVIEW_FORMATS = ['json', 'pdf'] as const;

/** A contract's next letter previewed: which letter (default: the next its request sends) and how (deskrules: the choices are the validator's, for the document too). */
export class LetterPreviewQueryDto {
  @ApiPropertyOptional({ description: 'the letter to preview; default the one the contract sends next' })
  @IsOptional()
  @IsIn(LETTER_KINDS)
  kind?: LetterKind;

  @ApiPropertyOptional({ description: '`pdf` renders the letter when it breaks no rule; default `json`' })
  @IsOptional()
  @IsIn(PREVIEW_FORMATS)
  format?: (typeof PREVIEW_FORMATS)[number];
}
