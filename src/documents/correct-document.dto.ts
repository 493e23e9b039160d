import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DOCUMENT_AUDIENCES, DocumentAudience } from './document-audience';
import { DOCUMENT_KINDS, DocumentKind } from './document.entity';

/** `PATCH /documents/:id`: its kind corrected, who in the family sees it, or both; at least one. */
export class CorrectDocumentDto {
  @ApiPropertyOptional({ enum: DOCUMENT_AUDIENCES, description: 'owner only, the representative, the heirs (and the representative), or all family members' })
  @IsOptional()
  @IsIn(DOCUMENT_AUDIENCES)
  audience?: DocumentAudience;

  @ApiPropertyOptional({ enum: DOCUMENT_KINDS, description: 'What the document is, when it was recorded as the wrong kind (a bank statement\'s is fixed: 409)' })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;
}
