import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActivityItemResolver, EntryActivityResolver } from './activity/activity.resolver.js';
import { AuthResolver } from './auth/auth.resolver.js';
import type { Context } from './common/context.js';
import { EntryResolver } from './entries/entry.resolver.js';
import { ExportResolver } from './export/export.resolver.js';
import { MembershipResolver } from './entries/membership.resolver.js';
import { CoverageResolver } from './evidence/coverage.resolver.js';
import { EntryEvidenceResolver } from './evidence/entry-evidence.resolver.js';
import { MetricResolver } from './evidence/metric.resolver.js';
import { TestimonialResolver } from './evidence/testimonial.resolver.js';
import { MetricImportResolver } from './evidence/metric-import.resolver.js';
import { ActivityValueChangesResolver, AuditValueChangesResolver } from './evidence/value-changes.resolver.js';
import { LiveResolver, SectionRevisionResolver } from './live/live.resolver.js';
import { PresenceResolver } from './live/presence.resolver.js';
import { checkArguments } from './common/argument-checks.js';
import { WELL_FORMED_IDS } from './common/ids.js';
import { STORABLE_TEXT } from './common/storable-strings.js';
import { checkAccess } from './policy/access.js';
import { SectionResolver } from './sections/section.resolver.js';
import { TemplateResolver } from './templates/template.resolver.js';
import { AuditResolver, EntryAuditResolver } from './audit/audit.resolver.js';
import { CommentResolver, SectionCommentsResolver } from './comments/comment.resolver.js';
import { NotificationResolver, UserNotificationsResolver } from './notifications/notification.resolver.js';
import { SectionSignOffResolver, SignOffResolver } from './sign-off/sign-off.resolver.js';
import { WorkflowResolver } from './sign-off/workflow.resolver.js';
import { MailResolver } from './mail/mail.resolver.js';
import { SectionCountsResolver } from './waiting/section-counts.resolver.js';
import { UserWaitingResolver } from './waiting/waiting.resolver.js';
import { SuggestionResolver } from './suggestions/suggestion.resolver.js';
import { FigureResolver } from './figures/figure.resolver.js';

let schema: Promise<GraphQLSchema> | undefined;

// type-graphql insists on a pubSub as soon as there are subscriptions, even when each brings
// its own `subscribe` function. Ours all do (they check permissions, then read the server's
// own PubSub, see live/pubsub.ts), so topic-based subscriptions must never reach this.
const topicsNotUsed = {
  publish(): never {
    throw new Error('Publish through the server PubSub (live/pubsub.ts), not type-graphql topics.');
  },
  subscribe(): never {
    throw new Error('Give every @Subscription a `subscribe` function.');
  },
};

/** The GraphQL schema, built once per process from the resolver classes. */
export function quorumSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [
      AuthResolver,
      TemplateResolver,
      EntryResolver,
      MembershipResolver,
      SectionResolver,
      LiveResolver,
      SectionRevisionResolver,
      SuggestionResolver,
      FigureResolver,
      PresenceResolver,
      MetricResolver,
      MetricImportResolver,
      TestimonialResolver,
      CoverageResolver,
      EntryEvidenceResolver,
      CommentResolver,
      SectionCommentsResolver,
      SignOffResolver,
      SectionSignOffResolver,
      WorkflowResolver,
      AuditResolver,
      EntryAuditResolver,
      EntryActivityResolver,
      ActivityItemResolver,
      ActivityValueChangesResolver,
      AuditValueChangesResolver,
      NotificationResolver,
      UserNotificationsResolver,
      ExportResolver,
      MailResolver,
      UserWaitingResolver,
      SectionCountsResolver,
    ],
    validate: true,
    authChecker: ({ context }, levels) => checkAccess(context as Context, levels),
    pubSub: topicsNotUsed,
  })
    .then(describeRootTypes)
    // Values the database cannot take as given, refused before any resolver runs.
    .then((built) => checkArguments(built, [WELL_FORMED_IDS, STORABLE_TEXT]));
  return schema;
}

function describeRootTypes(built: GraphQLSchema): GraphQLSchema {
  built.getQueryType()!.description = 'Reads. Send a session cookie or `Authorization: Bearer <token>`.';
  built.getMutationType()!.description = 'Changes. Each takes one `input` argument and returns a payload; a failed one writes nothing.';
  built.getSubscriptionType()!.description = 'Live events over the WebSocket at /graphql (graphql-ws protocol).';
  return built;
}
