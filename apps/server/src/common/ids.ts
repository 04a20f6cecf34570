import type { ScalarCheck } from './argument-checks.js';
import { badInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else is bad input, not a database error. */
export function checkId(field: string, id: string): string {
  if (!UUID.test(id)) throw badInput(field, `${field} is not a valid id.`);
  return id.toLowerCase();
}

/**
 * For checkArguments (schema.ts): every ID argument and ID input field holds a UUID. PostgreSQL
 * refuses anything else in a uuid column with an error (an INTERNAL_SERVER_ERROR if it got there).
 */
export const WELL_FORMED_IDS: ScalarCheck = {
  appliesTo: (type) => type.name === 'ID',
  problem: (value, field) => (UUID.test(String(value)) ? undefined : `${field} is not a valid id.`),
};
