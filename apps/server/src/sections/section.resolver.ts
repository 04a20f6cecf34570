import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Access } from '../policy/access.js';
import { SignOffSlot } from '../templates/template.types.js';
import { Criterion } from './criterion.entity.js';
import { SetSectionWordLimitInput } from './dto/section.inputs.js';
import { SectionPayload } from './dto/section.payloads.js';
import { Section } from './section.entity.js';
import { sectionFor, setWordLimit } from './section.service.js';
import { InputArg } from '../common/input-arg.js';

@Resolver(() => Section)
export class SectionResolver {
  @Authorized(Access.USER)
  @Query(() => Section, { description: 'One section of an entry you are a member of, e.g. for the next page of its comments. Anyone else gets NOT_FOUND.' })
  section(@Arg('id', () => ID, { description: 'The section’s id.' }) id: string, @Ctx() ctx: Context): Promise<Section> {
    return sectionFor(ctx, id, 'entry.read');
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => SectionPayload, { description: 'Change a section’s word limit. Lead only.' })
  async setSectionWordLimit(@InputArg(SetSectionWordLimitInput) input: SetSectionWordLimitInput, @Ctx() ctx: Context): Promise<SectionPayload> {
    return { section: await setWordLimit(ctx, input.sectionId, input.wordLimit) };
  }

  @FieldResolver(() => [Criterion], { description: 'The judging criteria this section must answer, in order.' })
  criteria(@Root() section: Section, @Ctx() ctx: Context): Promise<Criterion[]> {
    return ctx.loaders.criteriaOfSection.load(section.id);
  }

  @FieldResolver(() => [SignOffSlot], { description: 'The sign-offs this section needs.' })
  signOffSlots(@Root() section: Section): SignOffSlot[] {
    return section.signOffSlots;
  }
}
