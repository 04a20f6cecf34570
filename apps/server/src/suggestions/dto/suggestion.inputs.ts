import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'One suggestion in a section.' })
export class ResolveSuggestionInput {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => String, { description: 'The suggestion (`Suggestion.id`).' })
  suggestionId!: string;
}

@InputType({ description: 'Every pending suggestion in a section, or every one of one person’s.' })
export class ResolveSuggestionsInput {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => ID, { nullable: true, description: 'Only this person’s suggestions; all when left out.' })
  authorId?: string | null;
}
