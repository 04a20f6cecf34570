import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTemplate, TemplateError } from './templates.js';

const loadTemplates = () => [parseTemplate(JSON.parse(readFileSync(new URL('../templates/psa-2021-minority-ethnic-outcomes.json', import.meta.url), 'utf8')))];

describe('award templates', () => {
  it('the built-in award brief has five sections, one per group of judging criteria', () => {
    const [brief] = loadTemplates();
    expect(brief.key).toBe('psa-2021-minority-ethnic-outcomes');
    expect(brief.sections.map((s) => s.criteria.length)).toEqual([3, 4, 2, 3, 3]);
    expect(brief.sections.every((s) => s.signOffSlots.length > 0)).toBe(true);
  });

  it('rejects a template with an unknown role, naming where', () => {
    const [brief] = loadTemplates();
    const bad = structuredClone(brief) as unknown as { sections: { signOffSlots: { roles: string[] }[] }[] };
    bad.sections[1].signOffSlots[0].roles = ['SURGEON'];
    expect(() => parseTemplate(bad, 'bad.json')).toThrow(new TemplateError('bad.json: sections[1].signOffSlots[0].roles has unknown role SURGEON'));
  });

  it('rejects duplicate section keys and missing fields', () => {
    const [brief] = loadTemplates();
    expect(() => parseTemplate({ ...brief, sections: [brief.sections[0], brief.sections[0]] })).toThrow(/duplicate keys/);
    expect(() => parseTemplate({ ...brief, name: '' })).toThrow(/name must be a non-empty string/);
  });
});
