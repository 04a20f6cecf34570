import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Section } from '../sections/section.entity.js';

@ObjectType({ description: 'A passage of a section’s text linked as answering a criterion, followed through every edit since (as a comment’s passage is).' })
export class LinkedPassage {
  @Field(() => ID, { description: 'Stable identifier (give it in `CriterionPassageInput.id` to keep the passage).' })
  id!: string;

  @Field(() => Section, { description: 'The section whose text holds it.' })
  section!: Section;

  @Field(() => String, { description: 'What the passage reads now: edits inside it show, text added just before or after does not. Empty when lost.' })
  quote!: string;

  @Field(() => String, { description: 'The passage as it read when it was linked.' })
  quoteWhenLinked!: string;

  @Field(() => Boolean, { description: 'True when nothing of the passage is left (its text or its paragraph was deleted): it no longer answers the criterion.' })
  lost!: boolean;

  @Field(() => Int, { nullable: true, description: 'Where the passage starts in the section’s text now (UTF-16 offset, as comment anchors count); null when lost.' })
  from!: number | null;

  @Field(() => Int, { nullable: true, description: 'Where it ends (exclusive); null when lost.' })
  to!: number | null;

  @Field(() => String, { description: 'Base64 Yjs relative position of its start, for an editor to select it.' })
  start!: string;

  @Field(() => String, { description: 'Base64 Yjs relative position of its end.' })
  end!: string;
}
