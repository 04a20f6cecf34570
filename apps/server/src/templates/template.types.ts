import { Field, Int, ObjectType } from 'type-graphql';
import { RoleEnum } from '../common/enums.js';
import type { Role } from '@quorum/domain';

@ObjectType({ description: 'A sign-off a section needs, filled by a current approval from any one of its roles.' })
export class SignOffSlot {
  @Field(() => String, { description: 'Stable key within the section, e.g. "clinician".' })
  key!: string;

  @Field(() => String, { description: 'What the slot means, e.g. "A clinician (medic or nurse)".' })
  label!: string;

  @Field(() => [RoleEnum], { description: 'Roles any one of which can fill the slot.' })
  roles!: Role[];
}

@ObjectType({ description: 'A section as the template defines it.' })
export class TemplateSection {
  @Field(() => String, { description: 'Stable key, e.g. "safety-impact".' })
  key!: string;

  @Field(() => String, { description: 'Section title.' })
  title!: string;

  @Field(() => String, { description: 'Guidance for writers.' })
  guidance!: string;

  @Field(() => Int, { description: 'Default word limit.' })
  wordLimit!: number;

  @Field(() => [String], { description: 'The judging criteria the section must answer.' })
  criteria!: string[];

  @Field(() => [SignOffSlot], { description: 'The sign-offs the section needs.' })
  signOffSlots!: SignOffSlot[];
}
