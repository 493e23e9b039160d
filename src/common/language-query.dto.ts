import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { type Language, LANGUAGES } from '../../workflows/wording';

/**
 * `?lang=`: the language one answer is asked in, else the caller's. deskrules: its choices are the validator's (`documentQueryLimits`
 * writes them into the document), so the document cannot list a language the server refuses; another answers 400 naming `lang`.
 */
export class LanguageQueryDto {
  @ApiPropertyOptional({ description: "the language of the answer's words (its description says the default)" })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}
