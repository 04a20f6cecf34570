import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Comment } from './comment.entity.js';

@ObjectType({ description: 'The passage a comment is about, followed through every edit since (see comments/comment-anchor.ts).' })
export class CommentAnchor {
  @Field(() => String, { description: 'The passage as it read when the comment was made.' })
  quote!: string;

  @Field(() => String, { description: 'What the passage reads now: edits inside it show, text added just before or after does not. Empty when deleted.' })
  currentText!: string;

  @Field(() => Boolean, { description: 'True when nothing of the passage is left (its text or its paragraph was deleted).' })
  deleted!: boolean;

  @Field(() => Boolean, { description: 'True when the passage reads differently from `quote` now.' })
  changed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Where the passage starts in `Section.text` now (UTF-16 offset); null when deleted.' })
  from!: number | null;

  @Field(() => Int, { nullable: true, description: 'Where it ends in `Section.text` now (exclusive); null when deleted.' })
  to!: number | null;

  @Field(() => String, { description: 'Base64 Yjs relative position of its start, for an editor to highlight it.' })
  start!: string;

  @Field(() => String, { description: 'Base64 Yjs relative position of its end.' })
  end!: string;
}

export enum ThreadState {
  ALL = 'all',
  OPEN = 'open',
  RESOLVED = 'resolved',
}
registerEnumType(ThreadState, {
  name: 'ThreadState',
  description: 'Which threads to list.',
  valuesConfig: { ALL: { description: 'Open and resolved.' }, OPEN: { description: 'Not resolved.' }, RESOLVED: { description: 'Resolved.' } },
});

@ObjectType({ description: 'The comment after the change.' })
export class CommentPayload {
  @Field(() => Comment, { description: 'The comment: for resolve and reopen, the thread’s opening comment.' })
  comment!: Comment;
}
