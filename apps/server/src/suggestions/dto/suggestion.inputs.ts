import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'One suggestion in a section.' })
export class ResolveSuggestionInput {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => String, { description: 'The suggestion (`Suggestion.id`).' })
  suggestionId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The words it inserts as read (`Suggestion.insertedText`). When given and the suggestion has changed since (its author typed on), it is refused with CONFLICT, so that what is accepted is what was read.',
  })
  insertedText?: string | null;

  @Field(() => String, { nullable: true, description: 'The words it deletes as read (`Suggestion.deletedText`), checked as `insertedText` is.' })
  deletedText?: string | null;
}

@InputType({ description: 'Every pending suggestion in a section, or every one of one person’s.' })
export class ResolveSuggestionsInput {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => ID, { nullable: true, description: 'Only this person’s suggestions; all when left out.' })
  authorId?: string | null;
}
