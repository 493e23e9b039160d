import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, SystemClock, VirtualClock } from '../clock/clock';
import { StewardConfig } from './config';

/** Makes the validated configuration and the one clock injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: StewardConfig, clock?: Clock): DynamicModule {
    const theClock =
      clock ??
      (config.STEWARD_CLOCK === 'virtual'
        ? new VirtualClock(config.STEWARD_CLOCK_START ? new Date(`${config.STEWARD_CLOCK_START}T09:00:00+01:00`) : undefined)
        : new SystemClock());
    return {
      module: ConfigModule,
      providers: [
        { provide: StewardConfig, useValue: config },
        { provide: Clock, useValue: theClock },
      ],
      exports: [StewardConfig, Clock],
    };
  }
}
