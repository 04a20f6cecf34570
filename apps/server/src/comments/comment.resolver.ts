import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { ConnectionType, type Page, PageArgs } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { Access } from '../policy/access.js';
import { Section } from '../sections/section.entity.js';
import { Comment } from './comment.entity.js';
import * as comments from './comment.service.js';
import { CommentAnchor, CommentPayload, ThreadState } from './comment.types.js';
import { AddCommentInput, DeleteCommentInput, EditCommentInput, ReopenCommentInput, ReplyToCommentInput, ResolveCommentInput } from './dto/comment.inputs.js';
import { InputArg } from '../common/input-arg.js';

export const CommentConnection = ConnectionType(Comment, 'Comment');

@Resolver(() => Comment)
export class CommentResolver {
  @Authorized(Access.USER_WRITE)
  @Mutation(() => CommentPayload, { description: 'Start a comment thread on a section, optionally on a quoted passage. Anyone who may comment (not observers).' })
  async addComment(@InputArg(AddCommentInput) input: AddCommentInput, @Ctx() ctx: Context): Promise<CommentPayload> {
    return { comment: await comments.addComment(ctx, input) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => CommentPayload, { description: 'Reply in a thread. The thread’s participants are notified, and anyone mentioned.' })
  async replyToComment(@InputArg(ReplyToCommentInput) input: ReplyToCommentInput, @Ctx() ctx: Context): Promise<CommentPayload> {
    return { comment: await comments.replyToComment(ctx, input) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => CommentPayload, { description: 'Change the text of one of your comments (others’: FORBIDDEN).' })
  async editComment(@InputArg(EditCommentInput) input: EditCommentInput, @Ctx() ctx: Context): Promise<CommentPayload> {
    return { comment: await comments.editComment(ctx, input) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => CommentPayload, { description: 'Delete one of your comments. It stays as a tombstone (`deleted`, empty body), keeping the thread’s replies.' })
  async deleteComment(@InputArg(DeleteCommentInput) input: DeleteCommentInput, @Ctx() ctx: Context): Promise<CommentPayload> {
    return { comment: await comments.deleteComment(ctx, input.commentId) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => CommentPayload, { description: 'Resolve a thread: its author, or anyone who may edit the section. Resolving a resolved thread changes nothing.' })
  async resolveComment(@InputArg(ResolveCommentInput) input: ResolveCommentInput, @Ctx() ctx: Context): Promise<CommentPayload> {
    return { comment: await comments.setResolved(ctx, input.commentId, true) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => CommentPayload, { description: 'Reopen a resolved thread: its author, or anyone who may edit the section.' })
  async reopenComment(@InputArg(ReopenCommentInput) input: ReopenCommentInput, @Ctx() ctx: Context): Promise<CommentPayload> {
    return { comment: await comments.setResolved(ctx, input.commentId, false) };
  }

  // Field resolvers run for comments already reached through an authorised entry or payload.
  @FieldResolver(() => String, { description: 'The text; empty once deleted.' })
  body(@Root() comment: Comment): string {
    return comment.body;
  }

  @FieldResolver(() => Boolean, { description: 'True once its author deleted it: a tombstone.' })
  deleted(@Root() comment: Comment): boolean {
    return !!comment.deletedAt;
  }

  @FieldResolver(() => User, { description: 'Who wrote it.' })
  async author(@Root() comment: Comment, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(comment.author.id))!;
  }

  @FieldResolver(() => [User], { description: 'Members it mentions.' })
  async mentions(@Root() comment: Comment, @Ctx() ctx: Context): Promise<User[]> {
    const users = await ctx.loaders.user.loadMany(comment.mentionIds);
    return users.filter((u): u is User => u instanceof User);
  }

  @FieldResolver(() => ID, { description: 'The section it is on.' })
  sectionId(@Root() comment: Comment): string {
    return comment.section.id;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The thread’s opening comment, for a reply; null for an opening comment.' })
  threadId(@Root() comment: Comment): string | null {
    return comment.thread?.id ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'True when the thread is resolved (always false on replies).' })
  resolved(@Root() comment: Comment): boolean {
    return !!comment.resolvedAt;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who resolved the thread.' })
  async resolvedBy(@Root() comment: Comment, @Ctx() ctx: Context): Promise<User | null> {
    return comment.resolvedBy ? ((await ctx.loaders.user.load(comment.resolvedBy.id)) ?? null) : null;
  }

  @FieldResolver(() => CommentAnchor, { nullable: true, description: 'The quoted passage the thread is about, as it reads now; null for a comment on the whole section, and on replies.' })
  anchor(@Root() comment: Comment, @Ctx() ctx: Context): Promise<CommentAnchor | null> {
    return comments.anchorOf(ctx, comment);
  }

  @FieldResolver(() => [Comment], { description: 'The replies, oldest first (empty on replies themselves).' })
  async replies(@Root() comment: Comment, @Ctx() ctx: Context): Promise<Comment[]> {
    return comment.thread ? [] : ctx.loaders.repliesOfThread.load(comment.id);
  }

  @FieldResolver(() => Int, { description: 'How many replies the thread has, tombstones included.' })
  async replyCount(@Root() comment: Comment, @Ctx() ctx: Context): Promise<number> {
    return comment.thread ? 0 : (await ctx.loaders.repliesOfThread.load(comment.id)).length;
  }
}

@Resolver(() => Section)
export class SectionCommentsResolver {
  @FieldResolver(() => CommentConnection, { description: 'Comment threads (their opening comments, with `replies`), newest first.' })
  comments(
    @Root() section: Section,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('state', () => ThreadState, { defaultValue: ThreadState.ALL, description: 'Open threads, resolved ones, or all.' }) state: ThreadState,
  ): Promise<Page<Comment>> {
    return comments.threadsOf(ctx, section, first, after ?? undefined, state);
  }
}
