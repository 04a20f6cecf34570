import { ArrayMaxSize, IsInt, IsOptional, Length, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

const BODY = 'The comment, 1 to 10,000 characters of plain text; write @mentions as text and list who they are in `mentionedUserIds`.';
const MENTIONS = 'Members mentioned (user ids, at most 20): each gets a notification.';

@InputType({
  description:
    'The passage a comment is about: either `quote` (text as it appears in `Section.text`; if not found as given, case, spacing and the kind of quote marks and dashes are ignored), or `start` and `end` (Yjs relative positions from an editor).',
})
export class CommentAnchorInput {
  @Field(() => String, {
    nullable: true,
    description: 'The passage as in `Section.text` (may span paragraphs, separated by a blank line). Case, spacing and the kind of quote marks and dashes need not match.',
  })
  @IsOptional()
  @Length(1, 5000, { message: 'quote must be 1 to 5,000 characters.' })
  quote?: string | null;

  @Field(() => Int, { nullable: true, description: 'Which appearance of `quote` is meant, from 0 (the first).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  occurrence?: number | null;

  @Field(() => String, { nullable: true, description: 'Base64 `Y.encodeRelativePosition` of the passage’s start, in a Y.XmlText of the section’s `content` fragment (assoc 0).' })
  @IsOptional()
  @Length(1, 1000)
  start?: string | null;

  @Field(() => String, { nullable: true, description: 'Base64 `Y.encodeRelativePosition` of the passage’s end (assoc -1, attached to its last character).' })
  @IsOptional()
  @Length(1, 1000)
  end?: string | null;
}

@InputType({ description: 'A new comment thread on a section.' })
export class AddCommentInput {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => String, { description: BODY })
  @Length(1, 10000, { message: 'Write a comment of 1 to 10,000 characters.' })
  body!: string;

  @Field(() => [ID], { nullable: true, description: MENTIONS })
  @IsOptional()
  @ArrayMaxSize(20)
  mentionedUserIds?: string[] | null;

  @Field(() => CommentAnchorInput, { nullable: true, description: 'The quoted passage the comment is about; none for the section as a whole.' })
  @IsOptional()
  @ValidateNested()
  anchor?: CommentAnchorInput | null;
}

@InputType({ description: 'A reply in a thread.' })
export class ReplyToCommentInput {
  @Field(() => ID, { description: 'The thread’s opening comment, or any reply in it (replies do not nest).' })
  commentId!: string;

  @Field(() => String, { description: BODY })
  @Length(1, 10000, { message: 'Write a reply of 1 to 10,000 characters.' })
  body!: string;

  @Field(() => [ID], { nullable: true, description: MENTIONS })
  @IsOptional()
  @ArrayMaxSize(20)
  mentionedUserIds?: string[] | null;
}

@InputType({ description: 'New text for one of your comments.' })
export class EditCommentInput {
  @Field(() => ID, { description: 'The comment (yours).' })
  commentId!: string;

  @Field(() => String, { description: BODY })
  @Length(1, 10000, { message: 'Write a comment of 1 to 10,000 characters.' })
  body!: string;

  @Field(() => [ID], { nullable: true, description: `${MENTIONS} Only members newly mentioned are notified.` })
  @IsOptional()
  @ArrayMaxSize(20)
  mentionedUserIds?: string[] | null;
}

@InputType({ description: 'One of your comments to delete; it stays as a tombstone.' })
export class DeleteCommentInput {
  @Field(() => ID, { description: 'The comment (yours).' })
  commentId!: string;
}

@InputType({ description: 'A thread to resolve.' })
export class ResolveCommentInput {
  @Field(() => ID, { description: 'The thread’s opening comment, or any reply in it.' })
  commentId!: string;
}

@InputType({ description: 'A resolved thread to reopen.' })
export class ReopenCommentInput {
  @Field(() => ID, { description: 'The thread’s opening comment, or any reply in it.' })
  commentId!: string;
}
