import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv, listenHost } from './config.js';
import { startCommandNodeFlags } from './test-support/start-command.js';

const templatesDir = mkdtempSync(join(tmpdir(), 'quorum-config-'));
afterAll(() => rmSync(templatesDir, { recursive: true, force: true }));

/** The message configFromEnv refuses `env` with. */
function refusal(env: Record<string, string>): string {
  try {
    configFromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('settings from the environment', () => {
  it('has the documented defaults', () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({
      port: 4000,
      host: undefined,
      databaseUrl: undefined,
      redisUrl: undefined,
      publicUrl: 'http://localhost:4000',
      secureCookies: false,
      sessionTtlHours: 168,
      seedDemo: true,
      demoContent: true,
      maxUpdateBytes: 1048576,
      compactEvery: 500,
      revisionIntervalMs: 300_000,
      revisionIdleMs: 30_000,
      documentIdleMs: 60_000,
      presenceTimeoutMs: 30_000,
      sessionRecheckMs: 60_000,
    });
  });

  it('reads valid values, booleans in any case and as yes/no or 1/0', () => {
    const config = configFromEnv({
      PORT: '0',
      DATABASE_URL: 'postgresql://quorum:secret@db:5432/quorum',
      REDIS_URL: 'redis://redis:6379',
      QUORUM_PUBLIC_URL: 'https://quorum.example.nhs.uk/',
      QUORUM_SEED_DEMO: 'FALSE',
      QUORUM_DEMO_CONTENT: 'no',
      QUORUM_SESSION_TTL_HOURS: '12',
      QUORUM_TEMPLATES_DIR: templatesDir,
      QUORUM_PRESENCE_TIMEOUT_SECONDS: '45',
    });
    expect(config).toMatchObject({ port: 0, seedDemo: false, demoContent: false, sessionTtlHours: 12, templatesDir, presenceTimeoutMs: 45_000 });
    // Without the trailing slash, so that invitation links do not get two.
    expect(config.publicUrl).toBe('https://quorum.example.nhs.uk');
    expect(config.secureCookies).toBe(true);
    expect(configFromEnv({ QUORUM_SECURE_COOKIES: '1' }).secureCookies).toBe(true);
    expect(configFromEnv({ QUORUM_SECURE_COOKIES: 'Yes', QUORUM_PUBLIC_URL: 'http://localhost:4000' }).secureCookies).toBe(true);
    expect(configFromEnv({ QUORUM_SECURE_COOKIES: 'false', QUORUM_PUBLIC_URL: 'https://quorum.example.nhs.uk' }).secureCookies).toBe(false);
  });

  it('treats an empty DATABASE_URL or REDIS_URL as unset', () => {
    expect(configFromEnv({ DATABASE_URL: '', REDIS_URL: '' })).toMatchObject({ databaseUrl: undefined, redisUrl: undefined });
  });

  it('refuses a port that is empty, not a number or out of range', () => {
    expect(refusal({ PORT: '' })).toContain('PORT must be a whole number from 0 to 65535');
    expect(refusal({ PORT: 'http' })).toContain('it is "http"');
    expect(refusal({ PORT: '65536' })).toContain('PORT must be');
    expect(refusal({ PORT: '80.5' })).toContain('PORT must be');
  });

  it('refuses counts, seconds and bytes that are not positive whole numbers', () => {
    expect(refusal({ QUORUM_SESSION_TTL_HOURS: '-1' })).toContain('QUORUM_SESSION_TTL_HOURS must be a whole number of hours');
    expect(refusal({ QUORUM_COMPACT_EVERY: 'abc' })).toContain('QUORUM_COMPACT_EVERY must be a whole number of updates, 1 or more; it is "abc"');
    expect(refusal({ QUORUM_PRESENCE_TIMEOUT_SECONDS: 'thirty' })).toContain('QUORUM_PRESENCE_TIMEOUT_SECONDS must be a whole number of seconds');
    expect(refusal({ QUORUM_MAX_UPDATE_BYTES: '1mb' })).toContain('QUORUM_MAX_UPDATE_BYTES must be a whole number of bytes');
    expect(refusal({ QUORUM_REVISION_SECONDS: '0' })).toContain('QUORUM_REVISION_SECONDS');
    // A timer longer than 2^31 - 1 ms would fire at once.
    expect(refusal({ QUORUM_DOCUMENT_IDLE_SECONDS: '3000000' })).toContain('from 1 to 2147483');
  });

  it('refuses booleans other than true/false, yes/no and 1/0', () => {
    expect(refusal({ QUORUM_SEED_DEMO: 'off' })).toContain('QUORUM_SEED_DEMO must be true or false');
    expect(refusal({ QUORUM_SECURE_COOKIES: '' })).toContain('QUORUM_SECURE_COOKIES must be true or false');
    expect(refusal({ QUORUM_DEMO_CONTENT: 'ture' })).toContain('QUORUM_DEMO_CONTENT');
  });

  it('refuses URLs of the wrong kind, without repeating a password', () => {
    expect(refusal({ QUORUM_PUBLIC_URL: 'quorum.example.nhs.uk' })).toContain('QUORUM_PUBLIC_URL must be the http:// or https:// address');
    expect(refusal({ QUORUM_PUBLIC_URL: 'ftp://quorum.example.nhs.uk' })).toContain('QUORUM_PUBLIC_URL');
    expect(refusal({ QUORUM_PUBLIC_URL: '' })).toContain('QUORUM_PUBLIC_URL');
    const database = refusal({ DATABASE_URL: 'mysql://quorum:hunter2@db/quorum' });
    expect(database).toContain('DATABASE_URL must be a PostgreSQL URL');
    expect(database).not.toContain('hunter2');
    expect(refusal({ REDIS_URL: 'localhost:6379' })).toContain('REDIS_URL must be a Redis URL');
  });

  it('refuses a templates folder that does not exist, and empty paths', () => {
    expect(refusal({ QUORUM_TEMPLATES_DIR: join(templatesDir, 'missing') })).toContain('QUORUM_TEMPLATES_DIR must be a folder that exists');
    expect(refusal({ QUORUM_DATA_DIR: ' ' })).toContain('QUORUM_DATA_DIR is empty');
    expect(refusal({ HOST: '' })).toContain('HOST is empty');
  });

  it('listens on this computer only while the demo accounts (public password) exist, unless HOST says otherwise', () => {
    expect(listenHost(configFromEnv({}), true)).toBe('127.0.0.1');
    expect(listenHost(configFromEnv({}), false)).toBe('0.0.0.0');
    expect(listenHost(configFromEnv({ HOST: '0.0.0.0' }), true)).toBe('0.0.0.0');
    expect(listenHost(configFromEnv({ HOST: ' 10.1.2.3 ' }), false)).toBe('10.1.2.3');
  });

  it('takes an audit key of 32 characters or more, and refuses a shorter or empty one without repeating it', () => {
    expect(configFromEnv({}).auditKey).toBeUndefined();
    expect(configFromEnv({ QUORUM_AUDIT_KEY: 'k'.repeat(32) }).auditKey).toBe('k'.repeat(32));
    const short = refusal({ QUORUM_AUDIT_KEY: 'hunter2-but-longer' });
    expect(short).toContain('QUORUM_AUDIT_KEY must be at least 32 characters');
    expect(short).not.toContain('hunter2');
    expect(refusal({ QUORUM_AUDIT_KEY: '' })).toContain('QUORUM_AUDIT_KEY must be at least 32 characters');
  });

  it('the Docker image and the compose file never seed the demo accounts unless asked', () => {
    const root = new URL('../../../', import.meta.url);
    expect(readFileSync(new URL('Dockerfile', root), 'utf8')).toMatch(/^ENV .*\bQUORUM_SEED_DEMO=false\b/m);
    expect(readFileSync(new URL('docker-compose.yml', root), 'utf8')).toMatch(/^\s+QUORUM_SEED_DEMO: "false"$/m);
  });

  it('the Docker image runs the server with the node flags npm start uses', () => {
    const root = new URL('../../../', import.meta.url);
    const flags = startCommandNodeFlags();
    expect(flags.length).toBeGreaterThan(0);
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(readFileSync(new URL('Dockerfile', root), 'utf8'))![1]) as string[];
    expect(cmd).toEqual(['node', ...flags, 'apps/server/dist/main.js']);
  });

  it('names every variable at fault in one error', () => {
    const message = refusal({ PORT: 'x', QUORUM_COMPACT_EVERY: 'abc', QUORUM_SEED_DEMO: 'maybe' });
    expect(
      message
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(' ')[0]),
    ).toEqual(['PORT', 'QUORUM_SEED_DEMO', 'QUORUM_COMPACT_EVERY']);
  });
});
