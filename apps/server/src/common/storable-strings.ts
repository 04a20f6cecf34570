import { defaultFieldResolver, getNamedType, GraphQLError, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { badInput } from './errors.js';

/**
 * PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate (valid in a JavaScript string,
 * and in JSON as "\ud800") is stored as U+FFFD: the stored text would differ from what was
 * checked, hashed (the audit chain) and answered. Such strings are refused, not repaired.
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isStorable = (text: string) => !UNSTORABLE.test(text);

/**
 * The path (e.g. `input.values[0].label`) of the first string in a coerced value that
 * PostgreSQL cannot store as given, walking the value along its GraphQL input type.
 */
export function unstorableStringAt(value: unknown, type: GraphQLInputType, path: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (isNonNullType(type)) return unstorableStringAt(value, type.ofType, path);
  if (isListType(type)) {
    // A single value given for a list is coerced to a list of one.
    const items = Array.isArray(value) ? value : [value];
    for (let i = 0; i < items.length; i++) {
      const found = unstorableStringAt(items[i], type.ofType, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const found = unstorableStringAt((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`);
      if (found) return found;
    }
    return undefined;
  }
  // String, ID and any custom scalar whose value is text; enums are the schema's own words.
  return typeof value === 'string' && !isStorable(value) ? path : undefined;
}

/** Whether an argument's type can carry text at all (Int, Boolean and enums cannot). */
function carriesText(type: GraphQLInputType, seen = new Set<unknown>()): boolean {
  const named = getNamedType(type);
  if (seen.has(named)) return false;
  seen.add(named);
  if (isScalarType(named)) return !['Int', 'Float', 'Boolean'].includes(named.name);
  if (isInputObjectType(named)) return Object.values(named.getFields()).some((field) => carriesText(field.type, seen));
  return false;
}

function refusal(args: readonly GraphQLArgument[], values: Record<string, unknown>): GraphQLError | undefined {
  for (const arg of args) {
    const field = unstorableStringAt(values[arg.name], arg.type, arg.name);
    if (field) return badInput(field, `${field} contains a character that cannot be stored (a NUL or an unpaired UTF-16 surrogate).`);
  }
  return undefined;
}

/**
 * Checks every text argument of every field (queries, mutations, subscriptions, nested
 * fields), given as a literal or a variable, over any transport, before its resolver or
 * subscribe function runs: the one place where such strings are refused. It wraps the
 * schema's resolvers in place and returns the schema.
 */
export function refuseUnstorableStrings(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const args = field.args.filter((arg) => carriesText(arg.type));
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
