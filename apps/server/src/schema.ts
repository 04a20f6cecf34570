import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from './auth/auth.resolver.js';
import type { Context } from './common/context.js';
import { EntryResolver } from './entries/entry.resolver.js';
import { MembershipResolver } from './entries/membership.resolver.js';
import { checkAccess } from './policy/access.js';
import { SectionResolver } from './sections/section.resolver.js';
import { TemplateResolver } from './templates/template.resolver.js';

let schema: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process from the resolver classes. */
export function quorumSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [AuthResolver, TemplateResolver, EntryResolver, MembershipResolver, SectionResolver],
    validate: true,
    authChecker: ({ context }, levels) => checkAccess(context as Context, levels),
  }).then(describeRootTypes);
  return schema;
}

function describeRootTypes(built: GraphQLSchema): GraphQLSchema {
  built.getQueryType()!.description = 'Reads. Send a session cookie or `Authorization: Bearer <token>`.';
  built.getMutationType()!.description = 'Changes. Each takes one `input` argument and returns a payload; a failed one writes nothing.';
  return built;
}
