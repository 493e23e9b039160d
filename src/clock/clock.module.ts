import { Module } from '@nestjs/common';
import { ClockService } from './clock.service';

/** Owns `virtual_clock`; the clock itself is provided by ConfigModule (global). */
@Module({ providers: [ClockService], exports: [ClockService] })
export class ClockModule {}
