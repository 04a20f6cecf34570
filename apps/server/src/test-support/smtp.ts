import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it: its envelope, and its raw text with quoted-printable undone. */
export interface ReceivedMail {
  to: string[];
  raw: string;
  /** Headers and bodies, quoted-printable decoded, for looking for links and words. */
  text: string;
}

/** Undoes quoted-printable (soft line breaks, =XX bytes) as UTF-8; nodemailer sends text that way (mailer.ts). */
export function decodeQuotedPrintable(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/**
 * A real SMTP server on loopback (the `smtp-server` package) for the mail tests: it keeps what
 * it accepts, and can refuse (`refuseWith = 451`) or be stopped and started again on its port.
 */
export class TestSmtp {
  readonly received: ReceivedMail[] = [];
  /** While set, every message is refused with this reply code (e.g. 451, a temporary failure). */
  refuseWith: number | undefined;
  refusals = 0;
  private server: SMTPServer | undefined;

  private constructor(public port: number) {}

  static async start(port = 0): Promise<TestSmtp> {
    const smtp = new TestSmtp(port);
    await smtp.listen();
    return smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async listen(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (this.refuseWith) {
            this.refusals++;
            const error = Object.assign(new Error('Try again later'), { responseCode: this.refuseWith });
            return callback(error);
          }
          const raw = Buffer.concat(chunks).toString('latin1');
          this.received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, text: decodeQuotedPrintable(raw) });
          callback();
        });
      },
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Mail received for `address`. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address));
  }

  /** Waits until `count` messages for `address` have arrived (or `within` ms pass), and returns them. */
  async waitFor(address: string, count = 1, within = 10_000): Promise<ReceivedMail[]> {
    const until = Date.now() + within;
    while (this.to(address).length < count) {
      if (Date.now() > until) throw new Error(`${this.to(address).length} of ${count} mails to ${address} arrived within ${within} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.to(address);
  }
}

/** The first link in a mail's text that starts with `prefix`. */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const found = mail.text.match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s"<>]*`));
  if (!found) throw new Error(`No link starting ${prefix} in:\n${mail.text}`);
  return found[0];
}
