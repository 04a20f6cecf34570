import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { limitRefused } from './format-error.js';

/** The web app's largest read (all of a section's open and resolved threads, 100 each) costs about 33,000. */
export const MAX_QUERY_COST = 50000;

/**
 * graphql-armor's count (a field 1, an object 2 plus 1.5 × its fields, a list × its `first`),
 * but with `first` as the request will run it: a literal, a variable's value or the argument's
 * default alike. A validation rule sees no variables, so `first: $n` used to cost as `first: 1`.
 */
const armorLikeCost: ComplexityEstimator = ({ args, childComplexity, field, node }) => {
  // Introspection reads the schema, not the database (graphql-armor left it out too).
  if (field.name === '__schema' || field.name === '__type') return 0;
  if (!node.selectionSet) return 1;
  const first = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : 1;
  return (2 + 1.5 * childComplexity) * Math.max(1, first);
};

/**
 * Costs of operations whose cost no variable can change, by document and operation name: an
 * editor sends the same edit mutation many times a second, each with new variables, and
 * counting it each time was a fortieth of the server's time under load. A memo beside the
 * (cached, parsed) document it describes.
 */
const fixedCosts = new WeakMap<DocumentNode, Map<string, number>>();
const variableFree = new WeakMap<DocumentNode, boolean>();

/** Whether no variable reaches what the cost reads: a `first`/`last` argument, or an @include/@skip. */
function costIgnoresVariables(document: DocumentNode): boolean {
  let free = variableFree.get(document);
  if (free === undefined) {
    free = true;
    visit(document, {
      Variable: (_node, _key, parent, _path, ancestors) => {
        for (const a of [...ancestors, parent]) {
          if (!a || Array.isArray(a)) continue;
          if (!('kind' in a)) continue;
          if ((a.kind === 'Argument' && (a.name.value === 'first' || a.name.value === 'last')) || (a.kind === 'Directive' && (a.name.value === 'include' || a.name.value === 'skip'))) {
            free = false;
            return BREAK;
          }
        }
        return undefined;
      },
    });
    variableFree.set(document, free);
  }
  return free;
}

/** The operation's cost with these variables; Infinity if it has too many fields to count. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): number {
  const fixed = costIgnoresVariables(document);
  const known = fixed ? fixedCosts.get(document)?.get(operationName ?? '') : undefined;
  if (known !== undefined) return known;
  try {
    const cost = getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables: variables ?? {}, estimators: [armorLikeCost] });
    // Only a cost counted in full is kept (never the 0 of variables that do not fit, below).
    if (fixed) fixedCosts.set(document, (fixedCosts.get(document) ?? new Map()).set(operationName ?? '', cost));
    return cost;
  } catch (error) {
    // Its one refusal of its own: more than 10,000 fields, whatever they cost.
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) return Infinity;
    // Variables that do not fit their types: execution refuses them, with their field, before any resolver runs.
    return 0;
  }
}

/**
 * The refusal of an operation that costs more than MAX_QUERY_COST, or undefined. Both
 * transports call it once the variables are known, before executing (app.ts for HTTP,
 * graphql-websocket.ts), and answer with it as with any validation error.
 */
export function costRefusal(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): GraphQLError | undefined {
  const cost = queryCost(schema, document, operationName, variables);
  if (cost <= MAX_QUERY_COST) return undefined;
  const found = Number.isFinite(cost) ? `found ${Math.ceil(cost)}` : 'found more than 10,000 fields';
  return new GraphQLError(limitRefused(`Query Cost limit of ${MAX_QUERY_COST} exceeded, ${found}.`), {
    // Over HTTP, a refusal before execution is a 400, as graphql-armor's was.
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}

/** For Apollo (HTTP): the cost check once the operation and its variables are known. */
export function refuseCostlyOperations<T extends object>(schema: GraphQLSchema): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request }) {
          const refusal = costRefusal(schema, document, operationName, request.variables);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
