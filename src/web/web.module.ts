import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { FormSubmissions, OneTimeFormInterceptor } from './form-submissions';
import { SameOriginGuard } from './same-origin.guard';
import { AssetsController } from './upload-progress';

/** What every web page's post goes through (the same-origin check and the one-time form key), and the pages' one script. */
@Module({
  controllers: [AssetsController],
  providers: [FormSubmissions, { provide: APP_GUARD, useClass: SameOriginGuard }, { provide: APP_INTERCEPTOR, useClass: OneTimeFormInterceptor }],
})
export class WebModule {}
