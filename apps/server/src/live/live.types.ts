import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { DiffOp } from '../sign-off/sign-off.enums.js';
import { SectionRevision } from './section-revision.entity.js';
import { SectionRelayKind } from './relay.js';

@ObjectType({ description: 'What a client lacks of a section (Yjs sync step 2), and the server’s state to compare with.' })
export class SectionSync {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => String, { description: 'Base64 Yjs update holding everything the given state vector lacks.' })
  update!: string;

  @Field(() => String, { description: 'Base64 Yjs state vector of the server’s document, so the client can send what the server lacks.' })
  stateVector!: string;

  @Field(() => Int, { description: 'The section version this reflects.' })
  version!: number;
}

@ObjectType({ description: 'An acknowledged edit to a section, as broadcast to everyone who has it open.' })
export class SectionUpdateEvent {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => String, { description: 'Base64 Yjs update.' })
  update!: string;

  @Field(() => String, {
    description: 'The editor instance that sent it; a client skips its own. `merged` for an event merging several instances’ edits (it holds yours too: apply it, Yjs ignores what you have).',
  })
  clientId!: string;

  @Field(() => Int, { description: 'The section version after this update.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Who made the edit.' })
  authorId!: string | null;
}

@ObjectType({ description: 'A section’s edit as soon as the server has checked it, while it is committed; or word that edits relayed before were not (`kind`).' })
export class SectionRelayEvent {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => SectionRelayKind, { description: 'An edit, or a withdrawal of edits relayed before.' })
  kind!: SectionRelayKind;

  @Field(() => String, { nullable: true, description: 'Base64 Yjs update (an edit); null for a withdrawal.' })
  update!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The editor instance that sent it; a client skips its own. `merged` for an event merging several instances’ edits (apply it: Yjs ignores what you have). Null for a withdrawal, which is everyone’s.',
  })
  clientId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Who made the edit (null for a withdrawal, and for merged edits of several people).' })
  authorId!: string | null;
}

@ObjectType({ description: 'The result of sending an edit: it is committed when this arrives.' })
export class ApplySectionUpdatePayload {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => Int, { description: 'The section version after this update.' })
  version!: number;
}

@ObjectType({ description: 'One part of a word-level comparison of two versions of a section (`Section.diff`).' })
export class RevisionDiffPart {
  @Field(() => DiffOp, { description: 'Unchanged (EQUAL), inserted (INSERT) or deleted (DELETE) between the two ends.' })
  op!: DiffOp;

  @Field(() => String, { description: 'The text of this part (Markdown).' })
  text!: string;

  @Field(() => [User], { description: 'Who edited the section between the two ends, for inserted and deleted parts (the people who can have made the change); empty for unchanged parts.' })
  authors!: User[];
}

@ObjectType({ description: 'The named revision.' })
export class NameSectionRevisionPayload {
  @Field(() => SectionRevision, { description: 'The revision, with its new name.' })
  revision!: SectionRevision;
}
