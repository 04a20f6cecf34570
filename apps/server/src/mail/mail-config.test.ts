import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../config.js';

/** QUORUM_SMTP_URL and QUORUM_MAIL_FROM are read and checked with every other setting, before anything starts. */
describe('mail settings', () => {
  it('are off unless both are set, and then carry the outbox’s defaults', () => {
    expect(configFromEnv({}).mail).toBeUndefined();
    const mail = configFromEnv({ QUORUM_SMTP_URL: 'smtps://quorum:secret@smtp.example.nhs.uk:465', QUORUM_MAIL_FROM: 'Quorum <quorum@example.nhs.uk>' }).mail;
    expect(mail).toEqual({ smtpUrl: 'smtps://quorum:secret@smtp.example.nhs.uk:465', from: 'Quorum <quorum@example.nhs.uk>', pollMs: 2000, retryMs: 30_000, sendTimeoutMs: 60_000, digestHour: 7 });
  });

  it('refuse a half-set pair, a wrong scheme, an empty sender and an impossible hour, naming each and never the password', () => {
    const wrong = (env: NodeJS.ProcessEnv) => {
      try {
        configFromEnv(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(wrong({ QUORUM_SMTP_URL: 'smtp://relay.example.nhs.uk:25' })).toContain('QUORUM_MAIL_FROM must be the address mail comes from');
    expect(wrong({ QUORUM_MAIL_FROM: 'quorum@example.nhs.uk' })).toContain('QUORUM_SMTP_URL is not');
    const scheme = wrong({ QUORUM_SMTP_URL: 'https://user:hunter2@relay.example.nhs.uk', QUORUM_MAIL_FROM: 'quorum@example.nhs.uk' });
    expect(scheme).toContain('QUORUM_SMTP_URL must be an SMTP URL');
    expect(scheme).not.toContain('hunter2');
    expect(wrong({ QUORUM_SMTP_URL: 'smtp://relay.example.nhs.uk', QUORUM_MAIL_FROM: '  ' })).toContain('QUORUM_MAIL_FROM is empty');
    expect(wrong({ QUORUM_SMTP_URL: 'smtp://relay.example.nhs.uk', QUORUM_MAIL_FROM: 'not an address' })).toContain('QUORUM_MAIL_FROM must be');
    expect(wrong({ QUORUM_SMTP_URL: 'smtp://relay.example.nhs.uk', QUORUM_MAIL_FROM: 'q@example.nhs.uk', QUORUM_MAIL_DIGEST_HOUR: '24' })).toContain('QUORUM_MAIL_DIGEST_HOUR');
  });
});
