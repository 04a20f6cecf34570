#!/usr/bin/env node
// Installs the dependencies (pnpm, frozen lockfile) unless they were installed from the same
// lockfile and manifests already: `pnpm install --frozen-lockfile` with nothing to do still costs
// 1.5 to 4 s (npx finding pnpm, pnpm reading the tree), a third of a second `npm start`.
// The inputs: the lockfile, the workspace file, every package.json of the workspace, and the
// platform (the prebuilt binaries are per platform). Their hash is written into node_modules
// after a successful install; deleting node_modules, or changing any input, installs again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The workspace's packages (pnpm-workspace.yaml): apps/*, packages/* and bench.
const manifests = ['apps', 'packages'].flatMap((dir) => readdirSync(join(root, dir)).map((name) => `${dir}/${name}/package.json`)).filter((file) => existsSync(join(root, file)));
const INPUTS = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', 'bench/package.json', ...manifests.sort()];
const stamp = join(root, 'node_modules', '.quorum-install-hash');

const hash = createHash('sha256').update(`${process.platform}-${process.arch}\0`);
for (const file of INPUTS) {
  const path = join(root, file);
  hash.update(`${file}\0`).update(existsSync(path) ? readFileSync(path) : '(absent)');
}
const inputs = hash.digest('hex');

if (existsSync(join(root, 'node_modules', '.modules.yaml')) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === inputs) {
  console.log('Install: the dependencies match the lockfile; nothing to install.');
  process.exit(0);
}
const run = spawnSync('npx', ['-y', 'pnpm@12.4.2', 'install', '--frozen-lockfile'], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
writeFileSync(stamp, `${inputs}\n`);
