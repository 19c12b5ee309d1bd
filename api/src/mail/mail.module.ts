import { type DynamicModule, Global, Module } from '@nestjs/common';
import { MAIL_OPTIONS, type MailOptions } from './mail-options';
import { MailService } from './mail.service';

@Global()
@Module({})
export class MailModule {
  static forRoot(options: MailOptions): DynamicModule {
    return {
      module: MailModule,
      providers: [{ provide: MAIL_OPTIONS, useValue: options }, MailService],
      exports: [MailService],
    };
  }
}
