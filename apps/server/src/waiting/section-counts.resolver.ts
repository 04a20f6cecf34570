import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Section } from '../sections/section.entity.js';

/** What the entry's side list of sections shows beside each title besides words and sign-offs (which Section has already). */
@Resolver(() => Section)
export class SectionCountsResolver {
  @FieldResolver(() => Int, { description: 'How many of its comment threads are open (not resolved), as `comments(state: OPEN).totalCount` counts them, without reading them.' })
  openThreadCount(@Root() section: Section, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.openThreadCount.load(section.id);
  }
}
