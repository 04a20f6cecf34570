import { isRole, type Role } from './roles.js';

/**
 * An award template is data (JSON), not code: a new award's template is a new JSON file in
 * a templates folder (see the README), checked by `parseTemplate` when the server loads it.
 * The built-in ones are in this package's `templates/` folder.
 */
export interface SignOffSlotDefinition {
  /** Stable key within the section, e.g. "clinician". */
  key: string;
  /** What the slot means to a person, e.g. "A clinician (medic or nurse)". */
  label: string;
  /** Any one of these roles can fill the slot. */
  roles: Role[];
}

export interface SectionTemplate {
  key: string;
  title: string;
  guidance: string;
  wordLimit: number;
  /** The judging criteria this section must answer, as a checklist of prompts. */
  criteria: string[];
  signOffSlots: SignOffSlotDefinition[];
}

export interface EntryTemplate {
  key: string;
  version: number;
  name: string;
  award: string;
  description: string;
  sections: SectionTemplate[];
}

export class TemplateError extends Error {}

export function parseTemplate(raw: unknown, source = 'template'): EntryTemplate {
  const fail = (path: string, why: string): never => {
    throw new TemplateError(`${source}: ${path} ${why}`);
  };
  const text = (value: unknown, path: string, max = 5000): string =>
    typeof value === 'string' && value.trim().length > 0 && value.length <= max ? value : fail(path, `must be a non-empty string of at most ${max} characters`);
  const list = (value: unknown, path: string): unknown[] => (Array.isArray(value) && value.length > 0 ? value : fail(path, 'must be a non-empty array'));

  const t = (raw ?? {}) as Record<string, unknown>;
  const version = Number.isInteger(t.version) && (t.version as number) > 0 ? (t.version as number) : fail('version', 'must be a positive integer');
  const sections = list(t.sections, 'sections').map((value, i): SectionTemplate => {
    const s = (value ?? {}) as Record<string, unknown>;
    const at = `sections[${i}]`;
    const wordLimit = Number.isInteger(s.wordLimit) && (s.wordLimit as number) > 0 ? (s.wordLimit as number) : fail(`${at}.wordLimit`, 'must be a positive integer');
    return {
      key: text(s.key, `${at}.key`, 100),
      title: text(s.title, `${at}.title`, 200),
      guidance: text(s.guidance, `${at}.guidance`),
      wordLimit,
      criteria: list(s.criteria, `${at}.criteria`).map((c, j) => text(c, `${at}.criteria[${j}]`, 1000)),
      signOffSlots: (Array.isArray(s.signOffSlots) ? s.signOffSlots : []).map((slot, j) => {
        const o = (slot ?? {}) as Record<string, unknown>;
        const slotAt = `${at}.signOffSlots[${j}]`;
        const roles = list(o.roles, `${slotAt}.roles`).map((r) => (isRole(r) ? r : fail(`${slotAt}.roles`, `has unknown role ${String(r)}`)));
        return { key: text(o.key, `${slotAt}.key`, 100), label: text(o.label, `${slotAt}.label`, 200), roles };
      }),
    };
  });
  const keys = sections.map((s) => s.key);
  if (new Set(keys).size !== keys.length) fail('sections', 'have duplicate keys');
  return {
    key: text(t.key, 'key', 100),
    version,
    name: text(t.name, 'name', 200),
    award: text(t.award, 'award', 200),
    description: text(t.description, 'description'),
    sections,
  };
}
