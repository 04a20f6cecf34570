import { IsInt, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A section’s new word limit.' })
export class SetSectionWordLimitInput {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => Int, { description: 'Words allowed, 1 to 10,000.' })
  @IsInt()
  @Min(1, { message: 'wordLimit must be at least 1.' })
  @Max(10000, { message: 'wordLimit must be at most 10,000.' })
  wordLimit!: number;
}
