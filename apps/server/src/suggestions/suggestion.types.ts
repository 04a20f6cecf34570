import type { Role } from '@quorum/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Comment } from '../comments/comment.entity.js';
import { ConnectionType } from '../common/connection.js';
import { describedEnum, type EnumValue } from '../common/described-enum.js';
import { RoleEnum } from '../common/enums.js';
import { Section } from '../sections/section.entity.js';

export const SuggestionKind = describedEnum('SuggestionKind', 'What a suggestion does to the text.', {
  INSERT: 'It adds `insertedText` (and, when `deletedText` is not empty, replaces that with it).',
  DELETE: 'It removes `deletedText`.',
  FORMAT: 'It changes the formatting of `text` only (the same words removed and added formatted otherwise).',
});
export type SuggestionKind = EnumValue<typeof SuggestionKind>;

@ObjectType({
  description:
    'A pending suggestion (tracked change) in a section’s text: marks in its Yjs document (`insertion` / `deletion` with this id) that leave `Section.text` unchanged until someone who may edit accepts it.',
})
export class Suggestion {
  @Field(() => ID, { description: 'The suggestion’s id as its marks carry it: "<author’s user id>~<random>".' })
  id!: string;

  @Field(() => User, { nullable: true, description: 'Who made it; null if their account is gone.' })
  author!: User | null;

  @Field(() => RoleEnum, { nullable: true, description: 'The author’s role in the entry when they made it; null when not recorded (made while the server was not told of it).' })
  role!: Role | null;

  @Field(() => SuggestionKind, { description: 'Insertion, deletion or formatting.' })
  kind!: SuggestionKind;

  @Field(() => String, { description: 'The text concerned: what it inserts (INSERT, FORMAT) or deletes (DELETE); blocks separated by a line break.' })
  text!: string;

  @Field(() => String, { description: 'What it would add (empty for a deletion).' })
  insertedText!: string;

  @Field(() => String, { description: 'What it would remove (empty for an insertion).' })
  deletedText!: string;

  @Field(() => Date, { nullable: true, description: 'When it was made (its first update reached the server); null when not recorded.' })
  createdAt!: Date | null;

  @Field(() => Comment, {
    nullable: true,
    description: 'The comment thread about it, if any: the oldest open thread anchored (`addComment`’s `anchor.start`) on text it inserts or deletes.',
  })
  thread!: Comment | null;
}

export const SuggestionConnection = ConnectionType(Suggestion, 'Suggestion');

@ObjectType({ description: 'The section after suggestions were accepted or rejected, and which.' })
export class ResolveSuggestionsPayload {
  @Field(() => Section, { description: 'The section, its text as it now reads.' })
  section!: Section;

  @Field(() => [ID], { description: 'The ids of the suggestions accepted or rejected (none when there were none to act on).' })
  suggestionIds!: string[];
}
