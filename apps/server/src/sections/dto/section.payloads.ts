import { Field, ObjectType } from 'type-graphql';
import { Section } from '../section.entity.js';

@ObjectType({ description: 'The changed section.' })
export class SectionPayload {
  @Field(() => Section, { description: 'The section after the change.' })
  section!: Section;
}
