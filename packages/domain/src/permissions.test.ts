import { describe, expect, it } from 'vitest';
import { ENTRY_ACTION_RULES, ENTRY_ACTIONS, ENTRY_PERMISSIONS, roleCan, UNSUPPRESSED_ROLES, WRITE_ACTIONS } from './permissions.js';
import { ROLES } from './roles.js';

describe('the default permission matrix', () => {
  it('gives the roles that differ most what the product intends', () => {
    expect(ENTRY_ACTIONS.filter((a) => roleCan('PATIENT_REP', a))).toEqual(['entry.read', 'comment.write', 'section.suggest', 'signOff.give', 'testimonial.add']);
    expect(ENTRY_ACTIONS.filter((a) => roleCan('OBSERVER', a))).toEqual(['entry.read']);
    expect(ENTRY_ACTIONS.filter((a) => roleCan('MANAGER', a))).toEqual([
      'entry.read',
      'section.edit',
      'comment.write',
      'section.suggest',
      'signOff.give',
      'entry.export',
      'audit.read',
      'evidence.edit',
      'testimonial.add',
    ]);
    // The lead may do everything but change metric values: they see small numbers suppressed.
    expect(ENTRY_ACTIONS.filter((a) => !roleCan('LEAD', a))).toEqual(['evidence.values']);
  });

  it('only the roles that see every value unsuppressed may change values (a writer who could not see them could difference a hidden cell out)', () => {
    expect(ENTRY_PERMISSIONS['evidence.values']).toEqual(UNSUPPRESSED_ROLES);
    expect(UNSUPPRESSED_ROLES).toEqual(['ANALYST']);
    expect(WRITE_ACTIONS.has('evidence.values')).toBe(true);
  });

  it('every role can read, and only roles in the table are named', () => {
    for (const role of ROLES) expect(roleCan(role, 'entry.read')).toBe(true);
    for (const roles of Object.values(ENTRY_PERMISSIONS)) for (const r of roles) expect(ROLES).toContain(r);
  });

  it('suggesting is for everyone who may comment, so observers neither edit nor suggest', () => {
    expect(ENTRY_PERMISSIONS['section.suggest']).toEqual(ENTRY_PERMISSIONS['comment.write']);
    expect(roleCan('OBSERVER', 'section.suggest')).toBe(false);
    expect(WRITE_ACTIONS.has('section.suggest')).toBe(true);
  });

  it('evidence is edited by the section editors; testimonials also by patient representatives', () => {
    expect(ENTRY_PERMISSIONS['evidence.edit']).toEqual(ENTRY_PERMISSIONS['section.edit']);
    expect(ENTRY_PERMISSIONS['testimonial.add']).toEqual(ENTRY_PERMISSIONS['comment.write']);
  });

  it('reading is never a write action', () => {
    expect(WRITE_ACTIONS.has('entry.read')).toBe(false);
    expect(WRITE_ACTIONS.has('audit.read')).toBe(false);
    expect(WRITE_ACTIONS.has('evidence.edit') && WRITE_ACTIONS.has('testimonial.add')).toBe(true);
  });

  it('says each action once: a phrase for refusals and its own ability field for clients', () => {
    const abilities = ENTRY_ACTIONS.map((a) => ENTRY_ACTION_RULES[a].ability);
    expect(new Set(abilities).size).toBe(ENTRY_ACTIONS.length);
    for (const action of ENTRY_ACTIONS) {
      expect(ENTRY_ACTION_RULES[action].phrase, action).toMatch(/^[a-z].*[^.]$/);
      expect(ENTRY_ACTION_RULES[action].abilityDescription, action).toMatch(/^[A-Z].*\.$/);
    }
  });
});
