import type { Transporter } from 'nodemailer';
import type { MailConfig } from '../config.js';
import type { ComposedMail } from './compose.js';

/** A refusal the SMTP server gave, or a connection that failed: retried by the worker either way. */
export class SendFailure extends Error {
  constructor(
    message: string,
    /** The SMTP reply code, when the server answered (451, 550, …). */
    readonly responseCode?: number,
  ) {
    super(message);
  }
}

/** Sends one message through QUORUM_SMTP_URL; resolves once the SMTP server has accepted it. */
export class Mailer {
  // Made on the first send, so that nodemailer (about 14 MB) is loaded only where mail is sent:
  // a server without QUORUM_SMTP_URL imports this file but never makes a Mailer.
  private transport?: Promise<Transporter>;

  constructor(private readonly config: MailConfig) {}

  private async transporter(): Promise<Transporter> {
    const { default: nodemailer } = await import('nodemailer');
    // No pool: a connection per message keeps a broken connection from failing the next one.
    const url = new URL(this.config.smtpUrl);
    const secure = url.protocol === 'smtps:';
    return nodemailer.createTransport({
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      connectionTimeout: this.config.sendTimeoutMs,
      greetingTimeout: this.config.sendTimeoutMs,
      socketTimeout: this.config.sendTimeoutMs,
    });
  }

  /** `messageId`: the same for every attempt at one outbox row, so that a mail sent again after a crash is known by mail systems as the one they have. */
  async send(to: string, mail: ComposedMail, unsubscribeLink: string | null, messageId: string): Promise<void> {
    try {
      this.transport ??= this.transporter();
      await (
        await this.transport
      ).sendMail({
        from: this.config.from,
        to,
        messageId,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        textEncoding: 'quoted-printable',
        list: unsubscribeLink ? { unsubscribe: { url: unsubscribeLink, comment: 'Stop emails of this kind' } } : undefined,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      const e = error as Error & { responseCode?: number; code?: string };
      // The reply's text only (it may echo the address); never the message.
      throw new SendFailure(`${e.code ?? 'ERROR'}${e.responseCode ? ` ${e.responseCode}` : ''}: ${e.message.slice(0, 300)}`, e.responseCode);
    }
  }

  close(): void {
    void this.transport?.then((t) => t.close()).catch(() => undefined);
  }
}
