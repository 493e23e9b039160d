import { IsIn, IsOptional } from 'class-validator';

export class RequestFilterDto {
  @IsOptional()
  @IsIn(['open', 'all'])
  status?: 'open' | 'all';
}
