#!/usr/bin/env node
// Builds only the workspace packages whose inputs changed since their last build, so that a
// second `npm start` with nothing changed answers in seconds instead of rebuilding everything
// (about 45 s on a 2-core machine).
//
// A package's inputs: every file git would keep under its folder (tracked, or untracked and not
// ignored: node_modules/, dist/ and .data/ are ignored), the lockfile, the root package.json and
// tsconfig.json, and the inputs of the workspace packages it depends on (a change in
// @quorum/domain rebuilds the server and the web app). Their hash is written into the package's
// dist/ after a successful build (dist/.inputs-hash): deleting dist/ forces a build, and a build
// that failed leaves no hash, so the next start builds again. Without git (a copy with no
// repository), every package is built, as before.
//
// `node scripts/build-if-changed.mjs --force` builds everything and records the hashes.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = '.inputs-hash';
const ROOT_INPUTS = ['pnpm-lock.yaml', 'package.json', 'tsconfig.json', 'pnpm-workspace.yaml'];
const PACKAGE_DIRS = ['packages/domain', 'packages/section-content', 'packages/stats', 'apps/server', 'apps/web'];
const force = process.argv.includes('--force');

/** name → { dir, deps: workspace packages it depends on }. */
const packages = new Map();
for (const dir of PACKAGE_DIRS) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  if (!manifest.scripts?.build) continue;
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => name.startsWith('@quorum/'));
  packages.set(manifest.name, { dir, deps });
}

/** The files git would keep in `dir`, or undefined when this is not a git work tree. */
function filesIn(dir) {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', dir], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return out.toString('utf8').split('\0').filter(Boolean).sort();
  } catch {
    return undefined;
  }
}

function hashFiles(hash, files) {
  for (const file of files) {
    const path = join(root, file);
    // A tracked file deleted from the work tree is still listed by git: its absence is an input too.
    const content = existsSync(path) && statSync(path).isFile() ? readFileSync(path) : Buffer.from('(absent)');
    hash.update(`${file}\0${content.length}\0`).update(content);
  }
}

const hashes = new Map();
/** The hash of a package's inputs and of its workspace dependencies' inputs; undefined without git. */
function inputsHash(name) {
  if (hashes.has(name)) return hashes.get(name);
  const { dir, deps } = packages.get(name);
  const files = filesIn(dir);
  let result;
  if (files) {
    const hash = createHash('sha256');
    hashFiles(hash, ROOT_INPUTS);
    hashFiles(hash, files);
    for (const dep of deps.filter((d) => packages.has(d)).sort()) {
      const depHash = inputsHash(dep);
      if (depHash === undefined) return undefined;
      hash.update(`${dep}\0${depHash}`);
    }
    result = hash.digest('hex');
  }
  hashes.set(name, result);
  return result;
}

const stampOf = (name) => join(root, packages.get(name).dir, 'dist', STAMP);
const upToDate = (name) => {
  const hash = inputsHash(name);
  return !force && hash !== undefined && existsSync(stampOf(name)) && readFileSync(stampOf(name), 'utf8').trim() === hash;
};

const started = performance.now();
const stale = [...packages.keys()].filter((name) => !upToDate(name));
if (stale.length === 0) {
  console.log(`Build: every package is up to date with its sources (checked in ${Math.round(performance.now() - started)} ms); nothing to build.`);
  process.exit(0);
}
console.log(`Build: ${stale.join(', ')} (changed since the last build, or never built).`);
// pnpm orders the filtered packages so that a dependency is built before what depends on it.
const filters = stale.flatMap((name) => ['--filter', name]);
const run = spawnSync('npx', ['-y', 'pnpm@12.4.2', '-r', '--workspace-concurrency=1', ...filters, 'run', 'build'], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
for (const name of stale) {
  const hash = inputsHash(name);
  if (hash !== undefined && existsSync(dirname(stampOf(name)))) writeFileSync(stampOf(name), `${hash}\n`);
}
console.log(`Build: done in ${((performance.now() - started) / 1000).toFixed(1)} s (${stale.map((name) => relative(root, dirname(stampOf(name)))).join(', ')}).`);
