import { readFileSync } from 'node:fs';
import { isEnumType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from './print-schema.js';
import { quorumSchema } from './schema.js';

const ownTypes = (schema: GraphQLSchema) => Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));

describe('the committed schema', () => {
  it('apps/server/schema.graphql matches the code (run `pnpm --filter @quorum/server print-schema` after a change)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await quorumSchema();
    const missing: string[] = [];
    for (const type of ownTypes(schema)) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('every mutation takes exactly one `input` argument and returns a payload object', async () => {
    const mutations = Object.values((await quorumSchema()).getMutationType()!.getFields());
    const odd = mutations.filter((m) => m.args.length !== 1 || m.args[0].name !== 'input' || !m.type.toString().endsWith('Payload!'));
    expect(odd.map((m) => m.name)).toEqual([]);
  });
});
