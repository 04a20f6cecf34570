// Runs every benchmark in turn. Build first (`pnpm build`); `npm run bench` does both.
import { spawnSync } from 'node:child_process';

for (const file of [
  'entry-page-queries.mjs',
  'cold-start.mjs',
  'start.mjs',
  'live-latency.mjs',
  'many-sections.mjs',
  'large-section.mjs',
  'suggestion-check.mjs',
  'comment-threads-queries.mjs',
  'dashboard-queries.mjs',
  'entry-page-load.mjs',
  'schema-fuzz.mjs',
]) {
  const result = spawnSync(process.execPath, [new URL(file, import.meta.url).pathname], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
