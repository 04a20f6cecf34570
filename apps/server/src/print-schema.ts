import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { quorumSchema } from './schema.js';

/** The committed schema file other tools read; a test fails when it is stale. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await quorumSchema()))}\n`;
}

export const SCHEMA_FILE = new URL('../schema.graphql', import.meta.url);

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  writeFileSync(SCHEMA_FILE, await printedSchema());
  console.log(`wrote ${SCHEMA_FILE.pathname}`);
}
