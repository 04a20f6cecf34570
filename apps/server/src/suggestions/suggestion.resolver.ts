import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import type { Page } from '../common/connection.js';
import { InputArg } from '../common/input-arg.js';
import { Access } from '../policy/access.js';
import { Section } from '../sections/section.entity.js';
import { ResolveSuggestionInput, ResolveSuggestionsInput } from './dto/suggestion.inputs.js';
import { resolveSuggestion, resolveSuggestions, suggestionsPage } from './suggestion.service.js';
import { ResolveSuggestionsPayload, SuggestionConnection, type Suggestion } from './suggestion.types.js';

const MAY_EDIT = 'For whoever may edit the section (FORBIDDEN otherwise; CONFLICT once the entry is submitted).';

@Resolver(() => Section)
export class SuggestionResolver {
  @FieldResolver(() => SuggestionConnection, {
    description:
      'Pending suggestions (tracked changes) in the text, in the order they appear: made in Suggesting mode, they leave `text`, `markdown`, `wordCount` and `contentHash` (and so sign-offs) as they were until accepted.',
  })
  suggestions(
    @Root() section: Section,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string,
    @Arg('authorId', () => ID, { nullable: true, description: 'Only this person’s suggestions.' }) authorId?: string,
  ): Promise<Page<Suggestion>> {
    return suggestionsPage(ctx, section, first, after, authorId);
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => ResolveSuggestionsPayload, {
    description: `Accept a suggestion: the text takes it (its insertions kept, its deletions made), as an edit that makes the section’s sign-offs stale like any other, saved as a revision. ${MAY_EDIT} NOT_FOUND for a suggestion not pending in the section.`,
  })
  acceptSuggestion(@InputArg(ResolveSuggestionInput) input: ResolveSuggestionInput, @Ctx() ctx: Context): Promise<ResolveSuggestionsPayload> {
    return resolveSuggestion(ctx, input, 'ACCEPTED');
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => ResolveSuggestionsPayload, {
    description: `Reject a suggestion: its insertions go, its deletions are undone; the text (and so sign-offs) stays as it was. Saved as a revision. ${MAY_EDIT} NOT_FOUND for a suggestion not pending in the section.`,
  })
  rejectSuggestion(@InputArg(ResolveSuggestionInput) input: ResolveSuggestionInput, @Ctx() ctx: Context): Promise<ResolveSuggestionsPayload> {
    return resolveSuggestion(ctx, input, 'REJECTED');
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => ResolveSuggestionsPayload, { description: `Accept every pending suggestion in the section, or every one of one person’s (\`authorId\`), as one edit. ${MAY_EDIT}` })
  acceptSuggestions(@InputArg(ResolveSuggestionsInput) input: ResolveSuggestionsInput, @Ctx() ctx: Context): Promise<ResolveSuggestionsPayload> {
    return resolveSuggestions(ctx, input, 'ACCEPTED');
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => ResolveSuggestionsPayload, { description: `Reject every pending suggestion in the section, or every one of one person’s (\`authorId\`), as one edit. ${MAY_EDIT}` })
  rejectSuggestions(@InputArg(ResolveSuggestionsInput) input: ResolveSuggestionsInput, @Ctx() ctx: Context): Promise<ResolveSuggestionsPayload> {
    return resolveSuggestions(ctx, input, 'REJECTED');
  }
}
