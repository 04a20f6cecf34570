import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Section } from '../sections/section.entity.js';
import { pendingSuggestions } from './pending-suggestions.js';

/** What the entry's side list of sections shows beside each title besides words and sign-offs (which Section has already): open comments and pending suggestions. */
@Resolver(() => Section)
export class SectionCountsResolver {
  @FieldResolver(() => Int, { description: 'How many of its comment threads are open (not resolved), as `comments(state: OPEN).totalCount` counts them, without reading them.' })
  openThreadCount(@Root() section: Section, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.openThreadCount.load(section.id);
  }

  @FieldResolver(() => Int, { description: 'How many suggestions are pending in its text (made in Suggesting mode, not yet accepted or rejected).' })
  async pendingSuggestionCount(@Root() section: Section, @Ctx() ctx: Context): Promise<number> {
    return pendingSuggestions(await ctx.loaders.liveDocument.load(section.id)).length;
  }
}
