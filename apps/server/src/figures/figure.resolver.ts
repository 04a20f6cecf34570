import { Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { InputArg } from '../common/input-arg.js';
import { Access } from '../policy/access.js';
import { Section } from '../sections/section.entity.js';
import { sectionFigures, unlinkFigureWords, updateFigure } from './figure.service.js';
import { FigureInput, FigurePayload, SectionFigure } from './figure.types.js';

const MAY_EDIT = 'For whoever may edit the section (FORBIDDEN otherwise; CONFLICT once the entry is submitted, or when the words changed since they were read).';

@Resolver(() => Section)
export class FigureResolver {
  @FieldResolver(() => [SectionFigure], { description: 'Figures from the evidence in the text, in the order they appear, each with whether it still says what the evidence says.' })
  figures(@Root() section: Section, @Ctx() ctx: Context): Promise<SectionFigure[]> {
    return sectionFigures(ctx, section);
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => FigurePayload, {
    description: `Put the evidence’s current wording in place of a figure’s words (where they read \`text\`): an edit like any other, so approvals of the old words go stale; saved as a revision. Nothing changes for a CURRENT figure. ${MAY_EDIT} NOT_FOUND for no such figure.`,
  })
  updateFigure(@InputArg(FigureInput) input: FigureInput, @Ctx() ctx: Context): Promise<FigurePayload> {
    return updateFigure(ctx, input);
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => FigurePayload, { description: `Keep a figure’s words as written, no longer followed: the text is unchanged. ${MAY_EDIT} NOT_FOUND for no such figure.` })
  unlinkFigure(@InputArg(FigureInput) input: FigureInput, @Ctx() ctx: Context): Promise<FigurePayload> {
    return unlinkFigureWords(ctx, input);
  }
}
