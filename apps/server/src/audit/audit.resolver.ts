import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, type Page } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { Entry } from '../entries/entry.entity.js';
import { Access } from '../policy/access.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { AuditEvent } from './audit-event.entity.js';
import { auditLogPage, verifyAuditChain } from './audit.service.js';
import { auditDataFor } from '../evidence/value-changes.resolver.js';

export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent');

@ObjectType({ description: 'The result of checking an entry’s audit log link by link.' })
export class AuditVerification {
  @Field(() => Boolean, {
    description:
      'True when every record follows the one before and matches its hash, and the server’s setting can vouch for each: with an audit key, each hash is keyed with it (see `unvouchedCount`).',
  })
  valid!: boolean;

  @Field(() => Int, { description: 'Records checked and found sound, from the first.' })
  checkedCount!: number;

  @Field(() => Int, { description: 'The last sound record’s `seq`.' })
  headSeq!: number;

  @Field(() => String, { description: 'The last sound record’s hash: keep it elsewhere to detect later removal of records from the end.' })
  headHash!: string;

  @Field(() => Int, { nullable: true, description: 'The first broken link: the `seq` of the record that is missing, altered or out of chain.' })
  brokenAtSeq!: number | null;

  @Field(() => ID, { nullable: true, description: 'Id of the record found at the broken link (for a missing record, the one found in its place).' })
  brokenEventId!: string | null;

  @Field(() => String, { nullable: true, description: 'What is wrong, in a sentence or two: the broken link, or which records cannot be vouched for and why.' })
  problem!: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the audit key (QUORUM_AUDIT_KEY) this check used; null when none is set, and only plain SHA-256 links could be checked.' })
  keyId!: string | null;

  @Field(() => Int, {
    description:
      'Records in chain whose hash this check cannot vouch for: with a key, those written without it (before it was set, or by someone rewriting the log) or under another key; without one, those written under a key. `problem` names them.',
  })
  unvouchedCount!: number;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized(Access.USER)
  @Query(() => AuditVerification, { description: 'Checks an entry’s hash-chained audit log and reports its first broken link. Lead and managers.' })
  async verifyAuditLog(@Arg('entryId', () => ID, { description: 'The entry.' }) entryId: string, @Ctx() ctx: Context): Promise<AuditVerification> {
    await authorizeEntry(ctx, entryId, 'audit.read');
    return verifyAuditChain(ctx.em, entryId);
  }

  @FieldResolver(() => String, {
    description:
      'Details of the record as JSON (ids, roles, states); the hash covers them in canonical form. A metric value change shows its figures only to those who may see every value (`figuresWithheld` otherwise).',
  })
  async data(@Root() event: AuditEvent, @Ctx() ctx: Context): Promise<string> {
    return JSON.stringify(await auditDataFor(ctx, event));
  }
}

@Resolver(() => Entry)
export class EntryAuditResolver {
  @FieldResolver(() => AuditEventConnection, {
    description: 'The entry’s audit log, newest first: sign-offs, workflow moves, membership changes, and its members’ token and log-in events. Lead and managers (FORBIDDEN otherwise).',
  })
  async auditLog(
    @Root() entry: Entry,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string,
  ): Promise<Page<AuditEvent>> {
    await authorizeEntry(ctx, entry.id, 'audit.read');
    return auditLogPage(ctx.em, entry.id, first, after ?? undefined);
  }
}
