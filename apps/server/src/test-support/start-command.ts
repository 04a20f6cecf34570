import { readFileSync } from 'node:fs';

/** The node flags the root package.json's `npm start` runs the built server with (the Docker image must use the same). */
export function startCommandNodeFlags(): string[] {
  const start = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')).scripts.start as string;
  return /\bnode ((?:--\S+ )*)apps\/server\/dist\/main\.js/.exec(start)![1].trim().split(' ');
}
