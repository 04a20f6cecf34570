import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { describedEnum, type EnumValue } from '../common/described-enum.js';
import { GroupLevel } from '../evidence/evidence.enums.js';
import { Metric } from '../evidence/metric.entity.js';
import { Section } from '../sections/section.entity.js';

export const FigureKind = describedEnum('FigureKind', 'Which sentence of a metric’s analysis a figure in the text is.', {
  CHANGE: 'A group’s change from baseline to follow-up (`GroupAnalysis.changeSentence`).',
  GAP: 'How a group’s gap with the reference group changed (`GroupAnalysis.gapSentence`).',
});
export type FigureKind = EnumValue<typeof FigureKind>;

export const FigureStatus = describedEnum('FigureStatus', 'Whether a figure in the text still says what the evidence says.', {
  CURRENT: 'The words read as the analysis words them now.',
  STALE: 'The analysis words it otherwise now (its values changed, or someone edited the words): `currentWording` is what it says now, and `updateFigure` puts it in.',
  UNAVAILABLE:
    'The analysis no longer gives this sentence (the metric was deleted, the group has no data, or its figures are now withheld): keep the words as written (`unlinkFigure`) or delete them.',
});
export type FigureStatus = EnumValue<typeof FigureStatus>;

@ObjectType({
  description:
    'Words in a section’s text inserted from a metric’s analysis (the editor’s “Insert a figure”), followed as the data changes: never rewritten silently, since approvals are of the words as they read, but flagged STALE until someone who may edit takes the new wording (`updateFigure`).',
})
export class SectionFigure {
  @Field(() => ID, { description: 'The metric’s id as the words carry it, also once the metric is gone.' })
  metricId!: string;

  @Field(() => Metric, { nullable: true, description: 'The metric the words came from; null if it was deleted.' })
  metric!: Metric | null;

  @Field(() => GroupLevel, { description: 'The analysis’ grouping the sentence came from.' })
  level!: GroupLevel;

  @Field(() => String, { description: 'The group the sentence is about, as the analysis names it.' })
  group!: string;

  @Field(() => FigureKind, { description: 'Which of the group’s sentences.' })
  kind!: FigureKind;

  @Field(() => String, { description: 'The words as they read in the section now.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The sentence as the analysis words it now; null when it gives none (UNAVAILABLE).' })
  currentWording!: string | null;

  @Field(() => FigureStatus, { description: 'Whether the words still say what the evidence says.' })
  status!: FigureStatus;
}

@InputType({ description: 'One figure in a section’s text, as it was read (`Section.figures`).' })
export class FigureInput {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => ID, { description: 'The figure’s metric (`SectionFigure.metric.id`).' })
  metricId!: string;

  @Field(() => GroupLevel, { description: '`SectionFigure.level`.' })
  level!: GroupLevel;

  @Field(() => String, { description: '`SectionFigure.group`.' })
  group!: string;

  @Field(() => FigureKind, { description: '`SectionFigure.kind`.' })
  kind!: FigureKind;

  @Field(() => String, {
    description: 'The words as read (`SectionFigure.text`): if they have changed since (someone typed in them), CONFLICT, so that what is replaced is what was read.',
  })
  text!: string;
}

@ObjectType({ description: 'The section after a figure in it was updated or unlinked.' })
export class FigurePayload {
  @Field(() => Section, { description: 'The section, its text and figures as they now read.' })
  section!: Section;
}

@ObjectType({ description: 'A figure in a section’s text that no longer says what the evidence says (STALE or UNAVAILABLE).' })
export class FigureOutOfStep {
  @Field(() => Section, { description: 'The section it is in.' })
  section!: Section;

  @Field(() => SectionFigure, { description: 'The figure.' })
  figure!: SectionFigure;
}
