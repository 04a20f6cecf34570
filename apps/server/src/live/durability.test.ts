import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ApiClient } from '../test-support/api-client.js';
import { freePort } from '../test-support/free-port.js';
import { graphql } from '../test-support/gql/index.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';

/**
 * An acknowledged edit is never lost: the server process is killed with SIGKILL straight
 * after acknowledging a burst of edits, and after a restart every one of them is there.
 * Runs against the embedded database in a data folder, or TEST_DATABASE_URL when set.
 */
const MAIN = new URL('../../dist/main.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'quorum-durability-'));
let child: ChildProcess | undefined;
let db: TestDatabase | undefined;

afterAll(async () => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  await db?.drop();
});

function start(port: number, databaseUrl: string | undefined): Promise<void> {
  child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: String(port), QUORUM_DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '', QUORUM_SEED_DEMO: 'true', QUORUM_DEMO_CONTENT: 'false' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Quorum is running') && resolve());
    child!.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

describe('durability', () => {
  it('every acknowledged edit survives kill -9 and a restart', async () => {
    db = await createTestDatabase();
    const port = await freePort();
    await start(port, db.url);
    const lead = new ApiClient(`http://127.0.0.1:${port}`);
    await lead.ok(
      graphql(`
        mutation DurabilityLogIn {
          logIn(input: { email: "lead@demo.quorum.test", password: "quorum-demo-2026" }) {
            user {
              id
            }
          }
        }
      `),
    );
    const sectionId = (
      await lead.ok(
        graphql(`
          query DurabilitySectionIds {
            entries {
              nodes {
                sections {
                  id
                }
              }
            }
          }
        `),
      )
    ).entries.nodes[0].sections[0].id;

    // A burst: many edits in flight at once, as several editors would send them, each
    // independent of the others so that their arrival order does not matter.
    const acknowledged: string[] = [];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const doc = new Y.Doc();
        const paragraph = new Y.XmlElement('paragraph');
        doc.getXmlFragment('content').insert(0, [paragraph]);
        paragraph.insert(0, [new Y.XmlText(`w${i}`)]);
        return lead
          .ok(
            graphql(`
              mutation DurabilityApply($i: ApplySectionUpdateInput!) {
                applySectionUpdate(input: $i) {
                  version
                }
              }
            `),
            {
              i: { sectionId, update: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'), clientId: `burst-${i}` },
            },
          )
          .then(() => acknowledged.push(`w${i}`));
      }),
    );
    child!.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));

    await start(port, db.url);
    const STORED = graphql(`
      query DurabilityStored($id: ID!) {
        sectionSync(sectionId: $id) {
          version
        }
        entries {
          nodes {
            sections {
              id
              text
            }
          }
        }
      }
    `);
    const { text: stored } = (await lead.ok(STORED, { id: sectionId })).entries.nodes[0].sections[0];
    expect(acknowledged).toHaveLength(40);
    for (const word of acknowledged) expect(stored.split('\n\n')).toContain(word);
    child!.kill('SIGTERM');
  });
});
