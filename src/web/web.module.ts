import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { FormSubmissions, OneTimeFormInterceptor } from './form-submissions';
import { SameOriginGuard } from './same-origin.guard';

/** What every web page's post goes through: the same-origin check and the one-time form key. */
@Module({
  providers: [FormSubmissions, { provide: APP_GUARD, useClass: SameOriginGuard }, { provide: APP_INTERCEPTOR, useClass: OneTimeFormInterceptor }],
})
export class WebModule {}
