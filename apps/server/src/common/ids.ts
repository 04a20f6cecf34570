import { defaultFieldResolver, getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLArgument, type GraphQLError, type GraphQLField, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { badInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else is bad input, not a database error. */
export function checkId(field: string, id: string): string {
  if (!UUID.test(id)) throw badInput(field, `${field} is not a valid id.`);
  return id.toLowerCase();
}

/** The path (e.g. `input.mentionedUserIds[1]`) of the first ID in a coerced value that is not a UUID. */
export function malformedIdAt(value: unknown, type: GraphQLInputType, path: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (isNonNullType(type)) return malformedIdAt(value, type.ofType, path);
  if (isListType(type)) {
    // A single value given for a list is coerced to a list of one.
    const items = Array.isArray(value) ? value : [value];
    for (let i = 0; i < items.length; i++) {
      const found = malformedIdAt(items[i], type.ofType, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const found = malformedIdAt((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`);
      if (found) return found;
    }
    return undefined;
  }
  return type.name === 'ID' && !UUID.test(String(value)) ? path : undefined;
}

function carriesIds(type: GraphQLInputType, seen = new Set<unknown>()): boolean {
  const named = getNamedType(type);
  if (seen.has(named)) return false;
  seen.add(named);
  if (isInputObjectType(named)) return Object.values(named.getFields()).some((field) => carriesIds(field.type, seen));
  return named.name === 'ID';
}

function refusal(args: readonly GraphQLArgument[], values: Record<string, unknown>): GraphQLError | undefined {
  for (const arg of args) {
    const field = malformedIdAt(values[arg.name], arg.type, arg.name);
    if (field) return badInput(field, `${field} is not a valid id.`);
  }
  return undefined;
}

/**
 * Every id the API takes is a UUID, and PostgreSQL refuses anything else in a uuid column with
 * an error (an INTERNAL_SERVER_ERROR if it reached the database). So every ID argument and ID
 * input field of every field (queries, mutations, subscriptions, nested fields), as a literal
 * or a variable, is checked before its resolver or subscribe function runs: one place, not a
 * checkId in each resolver. Wraps the schema's resolvers in place and returns the schema.
 */
export function refuseMalformedIds(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const args = field.args.filter((arg) => carriesIds(arg.type));
      if (args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, values, context, info) => {
        const refused = refusal(args, values);
        if (refused) throw refused;
        return resolve(source, values, context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, values, context, info) => {
          const refused = refusal(args, values);
          if (refused) throw refused;
          return subscribe(source, values, context, info);
        };
      }
    }
  }
  return schema;
}
