/**
 * A schema-driven fuzzer for the GraphQL API, shared by the CI test (schema-fuzz.test.ts) and the
 * bench run (bench/schema-fuzz.mjs). From the introspected schema it builds, for every Query and
 * Mutation field, a fast-check arbitrary of whole requests: random, boundary and wrong-typed
 * values, nulls, NUL bytes, lone surrogates, numbers beyond Int and JSON's double (1e400 as a
 * variable), 1 MB strings, empty and long lists, real ids (so that mutations get past NOT_FOUND
 * into the deep code) and bad ones, sent as one of several people.
 *
 * `problemsOf` says what is wrong with an answer: a 5xx, an error without `extensions.code`, an
 * INTERNAL_SERVER_ERROR, a BAD_USER_INPUT without `extensions.field`.
 */
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A JSON value written as is into the request body, for numbers JSON.stringify cannot write (1e400). */
export class RawJson {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Who sends a request: the headers that sign them in (none for anonymous). */
export interface Persona {
  name: string;
  headers: Record<string, string>;
}

/** Real values found on the server, by type (ids) and by field name (e.g. contentHash, version, token). */
export interface Pools {
  /** Ids by GraphQL type name, e.g. Section → [...]. */
  ids: Map<string, string[]>;
  /** Scalar values seen under a field name, e.g. contentHash → [...]. */
  values: Map<string, unknown[]>;
}

/** One generated request. `variables` may hold RawJson values. */
export interface FuzzOperation {
  persona: string;
  /** e.g. "mutation addComment". */
  operation: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface FuzzResult {
  status: number;
  body: any;
  problems: string[];
  codes: string[];
}

export async function introspect(url: string): Promise<GraphQLSchema> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const body = (await response.json()) as { data: IntrospectionQuery };
  return buildClientSchema(body.data);
}

type OperationKind = 'query' | 'mutation' | 'subscription';

/** Every Query and Mutation field (and with `subscriptions`, every Subscription field): what the fuzzer covers. */
export function rootFields(schema: GraphQLSchema, subscriptions = false): { kind: OperationKind; field: GraphQLField<unknown, unknown> }[] {
  const of = (kind: OperationKind, type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field }));
  return [...of('query', schema.getQueryType()), ...of('mutation', schema.getMutationType()), ...(subscriptions ? of('subscription', schema.getSubscriptionType()) : [])];
}

// ---------------------------------------------------------------------------------------------
// Values

const MEGABYTE = 'x'.repeat(1 << 20);
const LONG = 'Lorem ipsum dolor sit amet. '.repeat(4000);

/** Strings PostgreSQL cannot store as given, or that often break code: the heart of the fuzz. */
const NASTY_STRINGS = [
  '',
  ' ',
  '          ',
  '\u0000',
  'nul \u0000 inside',
  'nb \ud800',
  '\udfff lone low',
  '\ud83d',
  'emoji 🏥 and RTL \u202e text',
  '\u2028\u2029',
  "'; drop table users; --",
  '<script>alert(1)</script>',
  '${7*7} {{7*7}}',
  '%s%n%x',
  '../../../etc/passwd',
  'NaN',
  'Infinity',
  '-0',
  '1e400',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '0x7fffffff',
];

const PLAUSIBLE_STRINGS = [
  'A title',
  'Looks good to me',
  'lead@demo.quorum.test',
  'nobody@example.nhs.uk',
  'quorum-demo-2026',
  '# Heading\n\nSome **bold** text and a list:\n\n- one\n- two',
  'period,ethnic_code,numerator,denominator\n2022,A,10,20\n2024,A,12,20',
  'period,ethnic_code,value\n2022,H,3.5',
  '2022',
  '2024',
  'MEDIC',
  'A',
];

const GENERIC_STRING: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLAUSIBLE_STRINGS) },
  { weight: 6, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant(LONG) },
  { weight: 1, arbitrary: fc.constant(MEGABYTE) },
);

/** A small valid Yjs update of a document of its own: a paragraph in `content`. */
function yjsUpdate(kind: 'paragraph' | 'empty' | 'other-root' | 'string-in-fragment', text: string): string {
  const doc = new Y.Doc();
  if (kind === 'paragraph') {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    doc.getXmlFragment('content').insert(0, [paragraph]);
  } else if (kind === 'other-root') {
    doc.getMap('other').set('k', text);
  } else if (kind === 'string-in-fragment') {
    doc.getXmlFragment('content').insert(0, [new Y.XmlText(text)]);
  }
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
}

const BASE64: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom('paragraph', 'empty', 'other-root', 'string-in-fragment') as fc.Arbitrary<'paragraph'>, fc.string({ maxLength: 12 }))
      .map(([kind, text]) => yjsUpdate(kind, text)),
  },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes).toString('base64')) },
  { weight: 1, arbitrary: fc.constantFrom('AAA=', 'AA==', '', '====', 'not base64!', 'AAAAAAAAAAAA', '/w==') },
  { weight: 1, arbitrary: GENERIC_STRING },
);

const HUGE_NUMBERS: unknown[] = [
  2147483647,
  2147483648,
  -2147483648,
  -2147483649,
  Number.MAX_SAFE_INTEGER,
  new RawJson('9007199254740993'),
  new RawJson('1e400'),
  new RawJson('-1e400'),
  new RawJson('1e-400'),
  new RawJson('123456789012345678901234567890'),
  1e308,
  -1e308,
  5e-324,
  -0,
];

const INT: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -3, max: 120 }) },
  { weight: 3, arbitrary: fc.constantFrom(...HUGE_NUMBERS) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(1.5, '12', 'NaN', 'Infinity', true, '') },
);

const FLOAT: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 3, arbitrary: fc.constantFrom(...HUGE_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom('NaN', 'Infinity', '-Infinity', '1.5', true) },
);

const DATE_TIME: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 2, arbitrary: fc.constantFrom('2024-13-45T99:00:00Z', '', 'yesterday', '+275760-09-13T00:00:00.001Z', '0000-00-00', '2024-02-30') },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_NUMBERS) },
);

const BAD_IDS = ['', 'not-an-id', '0', '-1', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '1e400', 'x'.repeat(300)];

/** Any value of the wrong shape, for any type. */
const WRONG: fc.Arbitrary<unknown> = fc.constantFrom<unknown>('wrong', 7, 1.25, true, {}, [], [null], { nested: { deep: 1 } }, new RawJson('1e400'), '\u0000');

/** The type name an argument named like `sectionId` or `commentIds` points at. */
function idTypeOf(name: string): string | undefined {
  const match = /^(.*?)Ids?$/.exec(name);
  if (!match || !match[1]) return undefined;
  return match[1][0].toUpperCase() + match[1].slice(1);
}

/** Real ids of the type an argument or field name points at (sectionId → Section). */
function ownIds(name: string, pools: Pools): string[] {
  const typeName = idTypeOf(name)?.toLowerCase();
  if (!typeName) return [];
  const types = [...pools.ids.entries()];
  // sectionId → Section; revisionId → SectionRevision; tokenId → ApiToken.
  return (types.find(([t]) => t.toLowerCase() === typeName) ?? types.find(([t]) => t.toLowerCase().endsWith(typeName)))?.[1] ?? [];
}

function idArbitrary(name: string, pools: Pools): fc.Arbitrary<unknown> {
  const all = [...pools.ids.values()].flat();
  const own = ownIds(name, pools);
  const choices: fc.WeightedArbitrary<unknown>[] = [
    { weight: 2, arbitrary: fc.constantFrom(...BAD_IDS) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: GENERIC_STRING },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(12345, new RawJson('1e400')) },
  ];
  if (all.length) choices.push({ weight: 3, arbitrary: fc.constantFrom(...all) });
  if (own.length) choices.push({ weight: 12, arbitrary: fc.constantFrom(...own) });
  return fc.oneof(...choices);
}

/** Where real values for an argument or field of this name were pooled (`after` takes an `endCursor`). */
function pooledName(name: string): string {
  if (name === 'after') return 'endCursor';
  if (name === 'ethnicCode' || name === 'referenceCode') return 'code';
  if (name === 'slotKey') return 'key';
  return name;
}

function stringArbitrary(name: string, pools: Pools): fc.Arbitrary<unknown> {
  const seen = (pools.values.get(pooledName(name)) ?? []).filter((v) => typeof v === 'string');
  const lower = name.toLowerCase();
  const special =
    lower === 'update' || lower === 'statevector'
      ? BASE64
      : lower === 'csv'
        ? fc.oneof(
            fc.constantFrom(PLAUSIBLE_STRINGS[6], PLAUSIBLE_STRINGS[7]),
            fc
              .array(fc.constantFrom('2022,A,1,2', '2024,H,5,9', 'x,y,z', ',,,,', '2022,A,-1,0', '2022,A,1e400,1'), { maxLength: 8 })
              .map((rows) => ['period,ethnic_code,numerator,denominator', ...rows].join('\n')),
            GENERIC_STRING,
          )
        : lower.includes('email')
          ? fc.oneof(fc.emailAddress(), fc.constantFrom('lead@demo.quorum.test', 'observer@demo.quorum.test', 'NOT AN EMAIL', 'a@b'), GENERIC_STRING)
          : undefined;
  const choices: fc.WeightedArbitrary<unknown>[] = [{ weight: 6, arbitrary: special ?? GENERIC_STRING }];
  if (seen.length) choices.push({ weight: 4, arbitrary: fc.constantFrom(...seen) });
  return fc.oneof(...choices);
}

/**
 * A value for an input type. `wild`: mostly fitting, but often boundary or hostile values,
 * sometimes null, missing or of the wrong type. Tame: values that fit (real ids, plausible
 * text), so that the request gets past validation into the code behind it.
 */
export function valueArbitrary(type: GraphQLInputType, name: string, pools: Pools, wild: boolean, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    if (!wild) return tameValue(type.ofType, name, pools, depth);
    return fc.oneof({ weight: 30, arbitrary: nullableValue(type.ofType, name, pools, depth) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: WRONG });
  }
  const inner = wild ? nullableValue(type, name, pools, depth) : tameValue(type, name, pools, depth);
  if (!wild) return fc.oneof({ weight: 4, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(undefined) });
  return fc.oneof({ weight: 12, arbitrary: inner }, { weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: WRONG });
}

const TAME_STRING: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...PLAUSIBLE_STRINGS), fc.string({ minLength: 1, maxLength: 40 }), fc.lorem({ maxCount: 12 }));

function tameValue(type: GraphQLInputType, name: string, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(valueArbitrary(type.ofType, name, pools, false, depth + 1), { maxLength: 3 });
  if (isInputObjectType(type)) {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of Object.values(type.getFields())) model[field.name] = valueArbitrary(field.type, field.name, pools, false, depth + 1);
    return fc.record(model).map(withoutUndefined);
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (!isScalarType(type)) return fc.constant(null);
  const seen = pools.values.get(pooledName(name)) ?? [];
  const lower = name.toLowerCase();
  switch (type.name) {
    case 'ID': {
      const own = ownIds(name, pools);
      const all = [...pools.ids.values()].flat();
      return own.length ? fc.constantFrom(...own) : all.length ? fc.constantFrom(...all) : fc.uuid();
    }
    case 'String': {
      const strings = seen.filter((v) => typeof v === 'string');
      if (lower === 'update') return fc.string({ maxLength: 12 }).map((text) => yjsUpdate('paragraph', text));
      if (lower === 'statevector') return fc.constantFrom('AA==', 'AQAA');
      if (lower === 'csv') return fc.constantFrom(PLAUSIBLE_STRINGS[6], PLAUSIBLE_STRINGS[7]);
      if (lower.includes('email')) return fc.oneof(fc.emailAddress(), fc.constantFrom('lead@demo.quorum.test', 'medic@demo.quorum.test'));
      if (lower === 'date') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      return strings.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...strings) }, { weight: 1, arbitrary: TAME_STRING }) : TAME_STRING;
    }
    case 'Int': {
      const ints = seen.filter((v) => typeof v === 'number');
      return ints.length ? fc.oneof(fc.constantFrom(...ints), fc.integer({ min: 0, max: 100 })) : fc.integer({ min: 0, max: 100 });
    }
    case 'Float':
      return fc.double({ min: 0, max: 1000, noNaN: true });
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    default:
      return TAME_STRING;
  }
}

function nullableValue(type: GraphQLInputType, name: string, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = valueArbitrary(type.ofType, name, pools, true, depth + 1);
    return fc.oneof(
      { weight: 2, arbitrary: fc.constant([]) },
      { weight: 6, arbitrary: fc.array(item, { minLength: 1, maxLength: 4 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 50, maxLength: 120 }) },
      // More bad values than graphql-js reports errors for (50).
      { weight: 1, arbitrary: fc.array(WRONG, { minLength: 51, maxLength: 80 }) },
      { weight: 1, arbitrary: item },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      const value = valueArbitrary(field.type, field.name, pools, true, depth + 1);
      // Required fields are nearly always there; optional ones often left out.
      model[field.name] = isNonNullType(field.type) ? fc.oneof({ weight: 25, arbitrary: value }, { weight: 1, arbitrary: fc.constant(undefined) }) : fc.option(value, { nil: undefined, freq: 2 });
    }
    return fc.oneof({ weight: 20, arbitrary: fc.record(model) }, { weight: 1, arbitrary: fc.record({ ...model, unknownField: GENERIC_STRING }) }).map(withoutUndefined);
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', values[0].toLowerCase(), '', '\u0000') });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return idArbitrary(name, pools);
      case 'String':
        return stringArbitrary(name, pools);
      case 'Int': {
        const seen = (pools.values.get(name) ?? []).filter((v) => typeof v === 'number');
        return seen.length ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...seen) }, { weight: 3, arbitrary: INT }) : INT;
      }
      case 'Float':
        return FLOAT;
      case 'Boolean':
        return fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom<unknown>('true', 0, 1) });
      case 'DateTimeISO':
        return DATE_TIME;
      default:
        return fc.oneof(GENERIC_STRING, INT);
    }
  }
  return WRONG;
}

function withoutUndefined(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

// ---------------------------------------------------------------------------------------------
// Documents

/**
 * A selection of the fields that take no required argument, `depth` object levels down.
 * `leaf` picks the scalar fields (all by default); fields named in `omit` are left out.
 */
export function selectionOf(type: GraphQLOutputType, depth: number, leaf: (name: string) => boolean = () => true, omit: string[] = []): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) return '{ __typename }';
  if (!isObjectType(named)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (omit.includes(field.name)) continue;
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    if (isLeafType(getNamedType(field.type))) {
      if (leaf(field.name)) parts.push(field.name);
    } else if (depth > 0) parts.push(`${field.name} ${selectionOf(field.type, depth - 1, leaf, omit)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/**
 * Like selectionOf, but the fields that take arguments get them (written into the document):
 * connections' `first` and `after`, filters, and fields whose arguments are required.
 */
function selectionArbitrary(type: GraphQLOutputType, depth: number, pools: Pools): fc.Arbitrary<string> {
  const named = getNamedType(type);
  if (isLeafType(named)) return fc.constant('');
  if (isUnionType(named) || isInterfaceType(named)) return fc.constant('{ __typename }');
  if (!isObjectType(named)) return fc.constant('');
  const parts: fc.Arbitrary<string>[] = [fc.constant('__typename')];
  for (const field of Object.values(named.getFields())) {
    const leaf = isLeafType(getNamedType(field.type));
    if (!leaf && depth <= 0) continue;
    const sub = leaf ? fc.constant('') : selectionArbitrary(field.type, depth - 1, pools);
    if (field.args.length === 0) {
      parts.push(sub.map((s) => `${field.name} ${s}`));
      continue;
    }
    const argument = (arg: GraphQLArgument) => {
      const value = fc.oneof({ weight: 2, arbitrary: valueArbitrary(arg.type, arg.name, pools, false) }, { weight: 1, arbitrary: valueArbitrary(arg.type, arg.name, pools, true) });
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      return (required ? value : fc.option(value, { nil: undefined, freq: 2 })).map((v) => (v === undefined ? '' : `${arg.name}: ${literalOf(v, arg.type)}`));
    };
    const args = fc.tuple(...field.args.map(argument)).map((list) => (list.some(Boolean) ? `(${list.filter(Boolean).join(', ')})` : ''));
    parts.push(fc.tuple(args, sub).map(([a, s]) => `${field.name}${a} ${s}`));
  }
  return fc.tuple(...parts).map((list) => `{ ${list.join(' ')} }`);
}

/** A GraphQL literal for a value (for arguments written into the document instead of variables). */
export function literalOf(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map((v) => literalOf(v, isListType(type) ? type.ofType : isNonNullType(type) && isListType(type.ofType) ? type.ofType.ofType : type)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    return `{ ${Object.entries(value)
      .filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k))
      .map(([k, v]) => `${k}: ${literalOf(v, fields[k]?.type ?? named)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string' && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return String(value);
}

/** How each argument is passed: as a variable (mostly), a literal, left out, or a variable declared with the wrong type. */
type ArgumentStyle = 'variable' | 'literal' | 'omitted' | 'wrong-declaration';

const ARGUMENT_STYLE: fc.Arbitrary<ArgumentStyle> = fc.oneof(
  { weight: 20, arbitrary: fc.constant('variable' as const) },
  { weight: 3, arbitrary: fc.constant('literal' as const) },
  { weight: 1, arbitrary: fc.constant('omitted' as const) },
  { weight: 1, arbitrary: fc.constant('wrong-declaration' as const) },
);

function operationArbitrary(kind: OperationKind, field: GraphQLField<unknown, unknown>, personas: string[], pools: Pools, depth: number): fc.Arbitrary<FuzzOperation> {
  const args = field.args;
  const selection = selectionArbitrary(field.type, depth, pools);
  // `entry(id:)` takes an Entry's id, as `entryId` elsewhere does.
  const nameOf = (arg: GraphQLArgument) => (arg.name === 'id' ? `${field.name}Id` : arg.name);
  const wildArgument = (arg: GraphQLArgument) => fc.record({ style: ARGUMENT_STYLE, value: valueArbitrary(arg.type, nameOf(arg), pools, true) });
  const tameArgument = (arg: GraphQLArgument) =>
    fc.record({ style: fc.constantFrom<ArgumentStyle>('variable', 'variable', 'variable', 'literal'), value: valueArbitrary(arg.type, nameOf(arg), pools, false) });
  // Half the requests are tame, so that they get past validation to the code behind it.
  const chosenArgs = fc.oneof(fc.tuple(...args.map(tameArgument)), fc.tuple(...args.map(wildArgument)));
  return fc.record({ persona: fc.constantFrom(...personas), args: chosenArgs, selection }).map(({ persona, args: chosen, selection }) => {
    const declarations: string[] = [];
    const passed: string[] = [];
    const variables: Record<string, unknown> = {};
    args.forEach((arg, i) => {
      const { style, value } = chosen[i];
      if (style === 'omitted') return;
      if (style === 'literal') {
        passed.push(`${arg.name}: ${literalOf(value, arg.type)}`);
        return;
      }
      const declared = style === 'wrong-declaration' ? (String(arg.type).startsWith('String') ? 'Int' : 'String') : String(arg.type);
      declarations.push(`$${arg.name}: ${declared}`);
      passed.push(`${arg.name}: $${arg.name}`);
      if (value !== undefined) variables[arg.name] = value;
    });
    const header = declarations.length ? `(${declarations.join(', ')})` : '';
    const call = passed.length ? `(${passed.join(', ')})` : '';
    return { persona, operation: `${kind} ${field.name}`, query: `${kind} Fuzz${header} { ${field.name}${call} ${selection} }`, variables };
  });
}

/**
 * Requests for every Query and Mutation field, the same number of each field on average.
 * `depth` is how many object levels each answer selects (2 reaches e.g. an entry's sections' fields).
 */
export function requestArbitrary(
  schema: GraphQLSchema,
  personas: string[],
  pools: Pools,
  options: { depth?: number; exclude?: string[]; only?: string[]; sendersFor?: Record<string, string[]>; subscriptions?: boolean } = {},
): fc.Arbitrary<FuzzOperation> {
  const fields = rootFields(schema, options.subscriptions).filter(({ field }) => !options.exclude?.includes(field.name) && (!options.only || options.only.includes(field.name)));
  return fc.oneof(...fields.map(({ kind, field }) => operationArbitrary(kind, field, options.sendersFor?.[field.name] ?? personas, pools, options.depth ?? 1)));
}

/**
 * Batches of requests in which about one in six is sent twice in a row, so that with several in
 * flight the two race (the same removal, invitation or sign-off at the same moment).
 */
export function batchArbitrary(requests: fc.Arbitrary<FuzzOperation>, maxLength = 40): fc.Arbitrary<FuzzOperation[]> {
  const item = fc.oneof({ weight: 5, arbitrary: requests.map((op) => [op]) }, { weight: 1, arbitrary: requests.map((op) => [op, op]) });
  return fc.array(item, { minLength: 1, maxLength, size: 'max' }).map((items) => items.flat());
}

// ---------------------------------------------------------------------------------------------
// Sending and checking

/** The request body, writing RawJson values as they are (JSON.stringify cannot write 1e400). */
export function bodyOf(operation: FuzzOperation): string {
  const raws: string[] = [];
  const json = JSON.stringify({ query: operation.query, variables: operation.variables }, (_key, value) => {
    if (value instanceof RawJson) {
      raws.push(value.text);
      return `@@raw-json-${raws.length - 1}@@`;
    }
    return value;
  });
  return json.replace(/"@@raw-json-(\d+)@@"/g, (_m, i) => raws[Number(i)]);
}

/** What is wrong with an answer; empty when it is a proper answer or a proper refusal. */
export function problemsOf(status: number, body: any): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  if (!body || typeof body !== 'object') {
    problems.push(`HTTP ${status} without a GraphQL body`);
    return problems;
  }
  for (const error of body.errors ?? []) {
    const code = error?.extensions?.code;
    if (typeof code !== 'string') problems.push(`an error without extensions.code: ${JSON.stringify(error?.message)}`);
    else if (code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR at ${JSON.stringify(error.path ?? [])}`);
    else if (code === 'BAD_USER_INPUT' && (typeof error.extensions.field !== 'string' || !error.extensions.field)) {
      problems.push(`BAD_USER_INPUT without extensions.field: ${JSON.stringify(error.message).slice(0, 200)}`);
    }
  }
  if (status === 200 && !('data' in body)) problems.push('HTTP 200 without data');
  return problems;
}

export async function send(url: string, persona: Persona, operation: FuzzOperation, timeoutMs = 30_000): Promise<FuzzResult> {
  let status = 0;
  let body: any;
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...persona.headers },
      body: bodyOf(operation),
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    const text = await response.text();
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  } catch (error) {
    return { status: 0, body: undefined, problems: [`no answer: ${(error as Error).message}`], codes: [] };
  }
  const codes: string[] = (body?.errors ?? []).map((e: any) => String(e?.extensions?.code ?? 'NO_CODE'));
  return { status, body, problems: problemsOf(status, body), codes: codes.length ? codes : ['OK'] };
}

/** RawJson as the nearest JSON value (graphql-ws writes its own JSON: 1e400 goes as null). */
function plainJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? {}, (_key, v) => (v instanceof RawJson ? Number(v.text) : v)));
}

/**
 * Sends an operation over the WebSocket (graphql-ws), a connection of its own signed in as the
 * persona (cookie on the upgrade, a token in connection_init), and collects what comes within
 * `waitMs`: a subscription's first events or its refusal, a query's or mutation's answer.
 * A close with 4500 or 1011 (the server's internal error) is a problem, as over HTTP a 5xx.
 */
export async function sendOverWebSocket(url: string, persona: Persona, operation: FuzzOperation, waitMs = 300): Promise<FuzzResult> {
  const { authorization, ...headers } = persona.headers;
  class HeaderSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({ url: `${url.replace('http', 'ws')}/graphql`, webSocketImpl: HeaderSocket, retryAttempts: 0, connectionParams: authorization ? { authorization } : undefined });
  const errors: any[] = [];
  const problems: string[] = [];
  let closed: number | undefined;
  try {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, waitMs);
      client.subscribe(
        { query: operation.query, variables: plainJson(operation.variables) as Record<string, unknown> },
        {
          next: (result) => errors.push(...(result.errors ?? [])),
          error: (error) => {
            if (Array.isArray(error)) errors.push(...error);
            else if (error && typeof (error as { code?: unknown }).code === 'number') closed = (error as { code: number }).code;
            else problems.push(`WebSocket error: ${String((error as Error)?.message ?? error)}`);
            clearTimeout(timer);
            resolve();
          },
          complete: () => {
            clearTimeout(timer);
            resolve();
          },
        },
      );
    });
  } finally {
    await client.dispose();
  }
  if (closed === 4500 || closed === 1011) problems.push(`WebSocket closed with ${closed} (internal error)`);
  problems.push(...problemsOf(200, { data: null, errors }));
  const codes: string[] = errors.map((e: any) => String(e?.extensions?.code ?? 'NO_CODE'));
  if (closed !== undefined) codes.push(`CLOSE_${closed}`);
  return { status: closed ?? 101, body: { errors }, problems, codes: codes.length ? codes : ['OK'] };
}

/** Sends operations with at most `concurrency` in flight, in order of starting (over HTTP unless `how` says otherwise). */
export async function sendAll(url: string, personas: Map<string, Persona>, operations: FuzzOperation[], concurrency: number, how: typeof send = send): Promise<FuzzResult[]> {
  const results: FuzzResult[] = new Array(operations.length);
  let next = 0;
  const worker = async () => {
    while (next < operations.length) {
      const i = next++;
      results[i] = await how(url, personas.get(operations[i].persona)!, operations[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, operations.length) }, worker));
  return results;
}

/** A request as a reader can replay it: long strings shortened, RawJson shown as its text. */
export function describeOperation(operation: FuzzOperation): string {
  const variables = JSON.stringify(operation.variables ?? {}, (_key, value) => {
    if (value instanceof RawJson) return `<raw JSON ${value.text}>`;
    if (typeof value === 'string' && value.length > 120) return `<${value.length} chars: ${JSON.stringify(value.slice(0, 40)).slice(1, -1)}…>`;
    return value;
  });
  const query = operation.query.replace(/"((?:[^"\\]|\\.){120,})"/g, (_m, text: string) => `"<${text.length} chars: ${text.slice(0, 40)}…>"`);
  return `as ${operation.persona}: ${query}\n  variables: ${variables}`;
}

// ---------------------------------------------------------------------------------------------
// Pools

/** Collects every object's id (by __typename) and every scalar (by field name) of an answer. */
export function collectInto(pools: Pools, data: unknown, field = ''): void {
  if (Array.isArray(data)) {
    for (const item of data) collectInto(pools, item, field);
    return;
  }
  if (data && typeof data === 'object') {
    const object = data as Record<string, unknown>;
    if (typeof object.id === 'string' && typeof object.__typename === 'string') add(pools.ids, object.__typename, object.id);
    for (const [key, value] of Object.entries(object)) collectInto(pools, value, key);
    return;
  }
  if (field && field !== '__typename' && field !== 'id' && (typeof data === 'string' || typeof data === 'number') && String(data).length < 2000) {
    add(pools.values, field, data);
  }
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key) ?? [];
  if (!list.includes(value) && list.length < 50) list.push(value);
  map.set(key, list);
}

export function emptyPools(): Pools {
  return { ids: new Map(), values: new Map() };
}
