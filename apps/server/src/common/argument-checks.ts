import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLScalarType,
  type GraphQLSchema,
} from 'graphql';
import { badInput, type DomainError } from './errors.js';

/** A check of the scalar values in arguments, e.g. "every ID is a UUID". */
export interface ScalarCheck {
  /** Which scalar types it looks at. */
  appliesTo(type: GraphQLScalarType): boolean;
  /** What is wrong with a (coerced) value at `field`, e.g. `input.values[0].label`, or undefined. */
  problem(value: unknown, field: string): string | undefined;
  /** The form resolvers receive a value in once it passed (e.g. an id in lower case); as given without it. */
  canonical?(value: unknown): unknown;
}

/** The first problem in a coerced argument value, walking it along its GraphQL input type. */
export function problemIn(value: unknown, type: GraphQLInputType, path: string, check: ScalarCheck): { field: string; message: string } | undefined {
  if (value === null || value === undefined) return undefined;
  if (isNonNullType(type)) return problemIn(value, type.ofType, path, check);
  if (isListType(type)) {
    // A single value given for a list is coerced to a list of one.
    const items = Array.isArray(value) ? value : [value];
    for (let i = 0; i < items.length; i++) {
      const found = problemIn(items[i], type.ofType, `${path}[${i}]`, check);
      if (found) return found;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const found = problemIn((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`, check);
      if (found) return found;
    }
    return undefined;
  }
  if (!isScalarType(type) || !check.appliesTo(type)) return undefined;
  const message = check.problem(value, path);
  return message === undefined ? undefined : { field: path, message };
}

/** A coerced argument value with every scalar the check looks at in its canonical form (a copy where one changed). */
function canonicalIn(value: unknown, type: GraphQLInputType, check: ScalarCheck): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return canonicalIn(value, type.ofType, check);
  if (isListType(type)) return Array.isArray(value) ? value.map((item) => canonicalIn(item, type.ofType, check)) : canonicalIn(value, type.ofType, check);
  if (isInputObjectType(type)) {
    const fields = { ...(value as Record<string, unknown>) };
    for (const field of Object.values(type.getFields())) {
      if (field.name in fields) fields[field.name] = canonicalIn(fields[field.name], field.type, check);
    }
    return fields;
  }
  return isScalarType(type) && check.appliesTo(type) && check.canonical ? check.canonical(value) : value;
}

/** Whether an argument's type can hold a scalar the check looks at. */
function reaches(type: GraphQLInputType, check: ScalarCheck, seen = new Set<unknown>()): boolean {
  const named = getNamedType(type);
  if (seen.has(named)) return false;
  seen.add(named);
  if (isScalarType(named)) return check.appliesTo(named);
  if (isInputObjectType(named)) return Object.values(named.getFields()).some((field) => reaches(field.type, check, seen));
  return false;
}

function refusal(args: readonly GraphQLArgument[], values: Record<string, unknown>, checks: readonly ScalarCheck[]): DomainError | undefined {
  for (const check of checks) {
    for (const arg of args) {
      const found = problemIn(values[arg.name], arg.type, arg.name, check);
      if (found) return badInput(found.field, found.message);
    }
  }
  return undefined;
}

/** The argument values as resolvers receive them: checked ones in their canonical form. */
function canonicalArgs(args: readonly GraphQLArgument[], values: Record<string, unknown>, checks: readonly ScalarCheck[]): Record<string, unknown> {
  let canonical = values;
  for (const check of checks) {
    if (!check.canonical) continue;
    for (const arg of args) {
      if (arg.name in canonical) canonical = { ...canonical, [arg.name]: canonicalIn(canonical[arg.name], arg.type, check) };
    }
  }
  return canonical;
}

/**
 * Runs the checks on every argument of every field (queries, mutations, subscriptions, nested
 * fields), given as a literal or a variable, over any transport, before its resolver or
 * subscribe function runs: the one place where values the database cannot take are refused,
 * as BAD_USER_INPUT naming the argument's path; resolvers then receive the values in their
 * canonical form (ids in lower case). Wraps the schema's resolvers in place (only fields whose
 * arguments can hold a checked scalar) and returns the schema.
 */
export function checkArguments(schema: GraphQLSchema, checks: readonly ScalarCheck[]): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const args = field.args.filter((arg) => checks.some((check) => reaches(arg.type, check)));
      if (args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, values, context, info) => {
        const refused = refusal(args, values, checks);
        if (refused) throw refused;
        return resolve(source, canonicalArgs(args, values, checks), context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, values, context, info) => {
          const refused = refusal(args, values, checks);
          if (refused) throw refused;
          return subscribe(source, canonicalArgs(args, values, checks), context, info);
        };
      }
    }
  }
  return schema;
}
