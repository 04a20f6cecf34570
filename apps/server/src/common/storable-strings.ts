import type { ScalarCheck } from './argument-checks.js';

/**
 * PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate (valid in a JavaScript string,
 * and in JSON as "\ud800") is stored as U+FFFD: the stored text would differ from what was
 * checked, hashed (the audit chain) and answered. Such strings are refused, not repaired.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isStorable = (text: string) => !text.includes('\0') && !LONE_SURROGATE.test(text);

/** For checkArguments (schema.ts): String, ID and any custom scalar whose value is text. */
export const STORABLE_TEXT: ScalarCheck = {
  appliesTo: (type) => !['Int', 'Float', 'Boolean'].includes(type.name),
  problem: (value, field) => (typeof value === 'string' && !isStorable(value) ? `${field} contains a character that cannot be stored (a NUL or an unpaired UTF-16 surrogate).` : undefined),
};
