import { badInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else is bad input, not a database error. */
export function checkId(field: string, id: string): string {
  if (!UUID.test(id)) throw badInput(field, `${field} is not a valid id.`);
  return id.toLowerCase();
}
