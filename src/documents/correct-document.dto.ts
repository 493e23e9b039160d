import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { trimmed } from '../common/trim';
import { DOCUMENT_AUDIENCES, DocumentAudience } from './document-audience';
import { DOCUMENT_KINDS, DocumentKind } from './document.entity';

/**
 * docdesc: her words for an "overig" document ("uittreksel Kamer van Koophandel"), which letters print after "een document:"
 * and the desk shows: one line of at most 200 characters (a line break or tab would break the letter's sentence).
 */
export const DocumentDescription = () =>
  applyDecorators(
    ApiPropertyOptional({ maxLength: 200, example: 'uittreksel Kamer van Koophandel', description: 'For a document of kind `other` only (422 otherwise): what it is, as letters and the desk name it ("een document: …"). Blank clears it.' }),
    IsOptional(),
    Transform(trimmed),
    IsString(),
    MaxLength(200),
    Matches(/^[^\p{Cc}]*$/u, { message: 'must be one line, without control characters' }),
  );

/** `PATCH /documents/:id`: its kind corrected, who in the family sees it, her words for an "overig" one; at least one. */
export class CorrectDocumentDto {
  @ApiPropertyOptional({ enum: DOCUMENT_AUDIENCES, description: 'owner only, the representative, the heirs (and the representative), or all family members' })
  @IsOptional()
  @IsIn(DOCUMENT_AUDIENCES)
  audience?: DocumentAudience;

  @ApiPropertyOptional({ enum: DOCUMENT_KINDS, description: 'What the document is, when it was recorded as the wrong kind (a bank statement\'s is fixed: 409)' })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;

  @DocumentDescription()
  description?: string;
}
