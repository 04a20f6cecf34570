import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parseTemplate, type EntryTemplate } from '@quorum/domain';
import { Template } from './template.entity.js';

export const BUILT_IN_TEMPLATES_DIR = join(dirname(createRequire(import.meta.url).resolve('@quorum/domain/package.json')), 'templates');

/** Every `*.json` template in a folder, parsed and checked; a bad file stops the start with its reason. */
export function readTemplates(dir: string): EntryTemplate[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parseTemplate(JSON.parse(readFileSync(join(dir, name), 'utf8')), join(dir, name)));
}

/**
 * Stores each template version once. A changed template must come with a new version:
 * entries keep the version they were created from.
 */
export async function installTemplates(em: EntityManager, templates: EntryTemplate[]): Promise<void> {
  for (const t of templates) {
    const existing = await em.findOne(Template, { key: t.key, version: t.version });
    if (!existing) em.create(Template, { key: t.key, version: t.version, name: t.name, award: t.award, description: t.description, definition: t });
    // The award's label is not content an entry keeps: a corrected one (the year dropped from
    // "Patient Safety Awards 2021", which exports printed on every entry) reaches stored versions too.
    else if (existing.award !== t.award) existing.award = t.award;
  }
  await em.flush();
}

/** The newest version of each template. */
export async function latestTemplates(em: EntityManager): Promise<Template[]> {
  const all = await em.find(Template, {}, { orderBy: { key: 'asc', version: 'desc' } });
  return all.filter((t, i) => i === 0 || all[i - 1].key !== t.key);
}
