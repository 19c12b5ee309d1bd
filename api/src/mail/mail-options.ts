/** How the application sends e-mail (see server.ts for the environment variables). */
export interface MailOptions {
  /** smtp://user:pass@host:port or smtps://…; unset: e-mails are written to the log instead. */
  smtpUrl?: string;
  /** Sender address; default "Bemanna <noreply@bemanna.local>". */
  from?: string;
  /** The app's public address, so a mail can link to the page it is about. */
  appUrl?: string;
  /** Where e-mails go when there is no SMTP server (default: standard output, the server's log). */
  log?: (text: string) => void;
}

export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');

export const DEFAULT_FROM = 'Bemanna <noreply@bemanna.local>';
