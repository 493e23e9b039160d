import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { SameOriginGuard } from './same-origin.guard';

/** What every web page's post goes through: the same-origin check. */
@Module({
  providers: [{ provide: APP_GUARD, useClass: SameOriginGuard }],
})
export class WebModule {}
