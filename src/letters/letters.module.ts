import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContractsModule } from '../contracts/contracts.module';
import { EstatesModule } from '../estates/estates.module';
import { LetterInputBuilder } from './letter-input.service';
import { Letter } from './letter.entity';
import { LettersController } from './letters.controller';
import { LettersService } from './letters.service';
import { MailService } from './mail.service';

@Module({
  imports: [TypeOrmModule.forFeature([Letter]), EstatesModule, ContractsModule],
  controllers: [LettersController],
  providers: [LettersService, LetterInputBuilder, MailService],
  exports: [LettersService],
})
export class LettersModule {}
