// The entry page in a real browser, against the production build on loopback:
//   - time from navigation to an editable section (the editor mounted on the synced text),
//     median of 5 cold loads (fresh browser profile, so nothing cached) and 5 warm ones;
//   - the JavaScript it ships, raw, gzip (level 9) and as sent (the server gzips), beside the dashboard's and the log-in page's.
// Baselines in the same run: /healthz (a static answer from the same server) and the log-in
// page (the app shell, no editor). Needs /usr/bin/chromium; run after `pnpm build`:
//   node bench/entry-page-load.mjs
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = new URL('../', import.meta.url).pathname;
const MAIN = createRequire(import.meta.url).resolve('@quorum/server/main');
const WEB_DIR = join(ROOT, 'apps/web/dist');
const CHROMIUM = '/usr/bin/chromium';
const RUNS = 5;
// playwright-core is the web app's dev dependency; borrow it from there.
const { chromium } = createRequire(join(ROOT, 'apps/web/package.json'))('playwright-core');

if (!existsSync(CHROMIUM)) {
  console.log(`entry-page-load: skipped, ${CHROMIUM} is not installed (on Debian: apt-get install chromium).`);
  process.exit(0);
}
for (const built of [MAIN, join(WEB_DIR, 'index.html')]) {
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`npx -y pnpm@12.4.2 run build\` first.`);
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

async function startServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-entry-page-'));
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', QUORUM_DATA_DIR: dataDir, QUORUM_WEB_DIR: WEB_DIR, DATABASE_URL: '', REDIS_URL: '', QUORUM_SEED_DEMO: 'true' };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk) && out.includes('Quorum is running') && resolve());
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

try {
  // Log in once; every measured load starts from this session's cookie.
  const setup = await browser.newContext();
  const page = await setup.newPage();
  await page.goto(`${server.url}/log-in`);
  await page.getByLabel('Email address').fill('nurse@demo.quorum.test');
  await page.getByLabel('Password', { exact: true }).fill('quorum-demo-2026');
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await page.getByRole('link', { name: /Closing the gap/ }).click();
  await page.getByRole('link', { name: 'Impact on patient safety', exact: true }).click();
  await page.locator('.ProseMirror[contenteditable="true"]').waitFor();
  const entryUrl = page.url();
  const session = await setup.storageState();
  await setup.close();

  /**
   * Milliseconds from navigation start until `selector` is in the page (or, with none, the load
   * event), and the scripts the page loaded. A mutation observer installed before the page's own
   * scripts notes the moment, so that polling adds nothing to it.
   */
  async function load(context, url, selector) {
    const tab = await context.newPage();
    await tab.addInitScript((wanted) => {
      if (!wanted) return;
      const check = () => !window.__readyAt && document.querySelector(wanted) && (window.__readyAt = performance.now());
      new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    }, selector);
    const scripts = [];
    const sent = [];
    tab.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push(response.body().catch(() => Buffer.alloc(0)));
      // The bytes that crossed the wire (the server gzips; a cached script sends none).
      sent.push(
        response
          .request()
          .sizes()
          .then((s) => s.responseBodySize)
          .catch(() => 0),
      );
    });
    await tab.goto(url, { waitUntil: 'load' });
    const ms = selector
      ? await (await tab.waitForFunction(() => window.__readyAt, undefined, { timeout: 30_000 })).jsonValue()
      : await tab.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
    const bodies = await Promise.all(scripts);
    const wire = (await Promise.all(sent)).reduce((n, b) => n + b, 0);
    await tab.close();
    return { ms, raw: bodies.reduce((n, b) => n + b.length, 0), gzip: bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0), wire };
  }

  const pages = [
    { name: '/healthz (static, baseline)', url: `${server.url}/healthz`, ready: null, signedIn: false },
    { name: 'log-in page (app shell)', url: `${server.url}/log-in`, ready: 'main input[name="email"]', signedIn: false },
    { name: 'dashboard', url: `${server.url}/`, ready: 'main table a[href^="/entries/"]', signedIn: true },
    { name: 'entry page, editable section', url: entryUrl, ready: '.ProseMirror[contenteditable="true"]', signedIn: true },
  ];

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const rows = [];
  for (const { name, url, ready, signedIn } of pages) {
    const cold = [];
    const warm = [];
    let shipped;
    for (let run = 0; run < RUNS; run++) {
      // Cold: a fresh profile, nothing cached. Warm: the same profile loading it again.
      const context = await browser.newContext(signedIn ? { storageState: session } : {});
      const first = await load(context, url, ready);
      cold.push(first.ms);
      warm.push((await load(context, url, ready)).ms);
      shipped ??= first;
      await context.close();
    }
    rows.push({ name, cold: median(cold), warm: median(warm), raw: shipped.raw, gzip: shipped.gzip, wire: shipped.wire });
  }

  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
  const ms = (value) => `${value.toFixed(0)} ms`.padStart(8);
  console.log(`\nPage load on loopback, production build (median of ${RUNS}; navigation start to ready, in Chromium)`);
  console.log('page                              cold       warm     JS raw   JS gzip-9   JS sent (cold)');
  for (const row of rows) console.log(`${row.name.padEnd(32)} ${ms(row.cold)}   ${ms(row.warm)}  ${kb(row.raw)}  ${kb(row.gzip)}    ${kb(row.wire)}`);
  const entry = rows.at(-1);
  const shell = rows[1];
  console.log(
    `\nEntry page to an editable section: ${entry.cold.toFixed(0)} ms cold, ${entry.warm.toFixed(0)} ms warm; ${(entry.cold / rows[0].cold).toFixed(1)}x /healthz, ${(entry.cold / shell.cold).toFixed(1)}x the log-in page.`,
  );
  console.log(
    `JavaScript for the entry page: ${(entry.gzip / 1024).toFixed(1)} KB gzip (${(entry.raw / 1024).toFixed(1)} KB raw; ${(entry.wire / 1024).toFixed(1)} KB sent by the server, which gzips); the dashboard's: ${(rows[2].gzip / 1024).toFixed(1)} KB gzip.`,
  );
} finally {
  await browser.close();
  await server.stop();
}
