import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTeam } from '../test-support/factories.js';
import { LiveEditor } from '../test-support/live-editor.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { readBackupKey, restoreBackup, takeBackup } from './backup.js';
import { createScratchDatabase } from './scratch-database.js';

// Backups (README, Operations): taken while the server runs with data, restored into a fresh
// database, and the data is there when a server starts on it.

const folders: string[] = [];
const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers.reverse()) await server.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const folder = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `quorum-${name}-`));
  folders.push(dir);
  return dir;
};

async function started(overrides: Record<string, string>): Promise<TestServer> {
  const server = await startTestServer(overrides);
  servers.push(server);
  return server;
}

/** Types `words` as a new paragraph of the section, acknowledged once committed. */
async function write(server: TestServer, sectionId: string, cookie: string, words: string): Promise<void> {
  const editor = new LiveEditor(server.url, sectionId, cookie, 'writer');
  await editor.connect();
  await editor.appendParagraph(words);
  editor.disconnect();
}

/** The section's text as a new editor receives it. */
async function textOf(server: TestServer, sectionId: string, cookie: string): Promise<string> {
  const editor = new LiveEditor(server.url, sectionId, cookie, 'reader');
  await editor.connect();
  const text = editor.doc.getXmlFragment('content').toString();
  editor.disconnect();
  return text;
}

// On the embedded database's leg only: the PostgreSQL server's leg tests pg_dump (below).
describe.skipIf(process.env.TEST_DATABASE_URL)('the embedded database', () => {
  let running: { server: TestServer; dataDir: string } | undefined;

  it('is copied while the server runs and edits arrive, and a server started on the restored copy has the data as of the copy', async () => {
    const dataDir = folder('data');
    const server = await started({ QUORUM_DATA_DIR: dataDir });
    running = { server, dataDir };
    const team = await createTeam(server);
    const cookie = team.members.NURSE.client.cookie!;
    const [section] = team.sectionIds;
    await write(server, section, cookie, 'Kept in the backup.');

    // Edits keep arriving while the copy is taken: it holds each whole or not at all.
    let typing = true;
    const typist = (async () => {
      for (let i = 0; typing; i++) await write(server, team.sectionIds[1], cookie, `Meanwhile ${i}.`);
    })();
    const file = join(folder('backups'), 'quorum.tar.gz');
    const bytes = await takeBackup({ serverUrl: server.url, dataDir, out: file });
    typing = false;
    await typist;
    expect(bytes).toBe(statSync(file).size);
    expect(existsSync(`${file}.part`)).toBe(false);
    await write(server, section, cookie, 'Written after the backup.');

    // Into the live folder: refused, it is not empty.
    await expect(restoreBackup(file, dataDir)).rejects.toThrow(/is not empty/);
    const restored = join(folder('restored'), 'data');
    await restoreBackup(file, restored);
    const copy = await started({ QUORUM_DATA_DIR: restored });
    const text = await textOf(copy, section, cookie); // the session was copied too
    expect(text).toContain('Kept in the backup.');
    expect(text).not.toContain('Written after the backup.');
    expect(await textOf(server, section, cookie)).toContain('Written after the backup.');
  });

  it('POST /backup answers only a request from this machine that brings the data folder’s key', async () => {
    const { server, dataDir } = running!;
    const key = readBackupKey(dataDir);
    expect(statSync(join(dataDir, 'quorum-backup.key')).mode & 0o077).toBe(0); // its owner's alone
    const ask = (headers: Record<string, string>) => fetch(`${server.url}/backup`, { method: 'POST', headers });
    expect((await ask({})).status).toBe(403);
    expect((await ask({ authorization: 'Bearer not-the-key' })).status).toBe(403);
    expect((await ask({ authorization: `Bearer ${key}`, 'x-forwarded-for': '203.0.113.9' })).status).toBe(403);
    const answer = await ask({ authorization: `Bearer ${key}` });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/gzip');
    expect(Buffer.from(await answer.arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // gzip
  });
});

// A PostgreSQL server is backed up with its own tools: pg_dump while Quorum runs, pg_restore
// into a new database. Run when the tests use one (TEST_DATABASE_URL) and pg_dump is installed.
const pgDump = (() => {
  try {
    return execFileSync('pg_dump', ['--version']).toString();
  } catch {
    return undefined;
  }
})();

describe.runIf(process.env.TEST_DATABASE_URL && pgDump)('a PostgreSQL server', () => {
  it('pg_dump while Quorum runs, pg_restore into a new database: a server started on it has the data', async () => {
    const source = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'quorum_backup');
    const target = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'quorum_restore');
    try {
      const server = await started({ DATABASE_URL: source.url });
      const team = await createTeam(server);
      const cookie = team.members.NURSE.client.cookie!;
      await write(server, team.sectionIds[0], cookie, 'Kept by pg_dump.');
      const file = join(folder('pg'), 'quorum.dump');
      execFileSync('pg_dump', ['--format=custom', `--file=${file}`, source.url]);
      execFileSync('pg_restore', ['--no-owner', `--dbname=${target.url}`, file]);
      const copy = await started({ DATABASE_URL: target.url });
      expect(await textOf(copy, team.sectionIds[0], cookie)).toContain('Kept by pg_dump.');
    } finally {
      for (const server of servers.splice(0)) await server.stop();
      await source.drop();
      await target.drop();
    }
  });
});
