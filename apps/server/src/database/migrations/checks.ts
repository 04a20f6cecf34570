import type { Migration } from '@mikro-orm/migrations';

// Migrations say what they did then, not what the vocabulary says now: each writes out the values
// it adds, and takes the values that stood before from the migration that left them.

/** Values as the list a check's `in (…)` takes: 'A', 'B'. */
export const allowed = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Replaces the check on `table`.`column` (named as PostgreSQL names it, `<table>_<column>_check`) with one allowing `values`. */
export function replaceCheck(migration: Migration, table: string, column: string, values: readonly string[]) {
  migration.addSql(`alter table "${table}" drop constraint "${table}_${column}_check";`);
  migration.addSql(`alter table "${table}" add constraint "${table}_${column}_check" check ("${column}" in (${allowed(values)}));`);
}
