import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { Estate } from './estate.entity';
import { EstatesController } from './estates.controller';
import { EstatesService } from './estates.service';
import { EstateWorkflow } from './estate-workflow.service';
import { FamilyMember } from './family-member.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Estate, FamilyMember]), IdempotencyModule],
  controllers: [EstatesController],
  providers: [EstatesService, EstateWorkflow],
  exports: [EstatesService, EstateWorkflow],
})
export class EstatesModule {}
