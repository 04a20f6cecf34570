import type { ScalarCheck } from './argument-checks.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id in its one stored form (a UUID in lower case), or undefined when it is not a UUID. */
export function canonicalId(value: string): string | undefined {
  return UUID.test(value) ? value.toLowerCase() : undefined;
}

/**
 * For checkArguments (schema.ts): every ID argument and ID input field holds a UUID, and
 * resolvers receive it in lower case, the form the database gives back, so that nothing past
 * the boundary compares or looks up ids in another case. PostgreSQL refuses anything else in a
 * uuid column with an error (an INTERNAL_SERVER_ERROR if it got there). The schema keeps the
 * `ID` type rather than a custom UUID scalar: clients' variables are typed `ID!`.
 */
export const WELL_FORMED_IDS: ScalarCheck = {
  appliesTo: (type) => type.name === 'ID',
  problem: (value, field) => (canonicalId(String(value)) === undefined ? `${field} is not a valid id.` : undefined),
  canonical: (value) => canonicalId(String(value)),
};
