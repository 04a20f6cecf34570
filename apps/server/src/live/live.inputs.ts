import { IsInt, Length, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'An edit to a section’s Yjs document.' })
export class ApplySectionUpdateInput {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => String, { description: 'Base64 (standard alphabet, padded) Yjs update; at most 1 MB decoded unless configured otherwise.' })
  @Length(1, 3_000_000, { message: 'update must be a non-empty base64 string.' })
  update!: string;

  @Field(() => String, { description: 'Identifies the sending editor instance (e.g. its Yjs clientID), echoed to subscribers.' })
  @Length(1, 100, { message: 'clientId must be 1 to 100 characters.' })
  clientId!: string;
}

@InputType({ description: 'New content for a section, in Markdown, for tools that do not speak Yjs.' })
export class ReplaceSectionContentInput {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => String, {
    description:
      'The whole new content as Markdown (CommonMark): paragraphs, headings (levels 1-3; deeper ones become 3), bold, italic, ~~strike~~, inline code, links, lists, quotes, code blocks and rules. Tables and images are refused (BAD_USER_INPUT); raw HTML stays text.',
  })
  @MaxLength(500_000, { message: 'markdown must be at most 500,000 characters.' })
  markdown!: string;

  @Field(() => Int, { description: 'The `Section.version` the content was based on; if the section has changed since, the write is refused with CONFLICT.' })
  @IsInt()
  @Min(0)
  baseVersion!: number;
}

@InputType({ description: 'A revision to bring back.' })
export class RestoreSectionRevisionInput {
  @Field(() => ID, { description: 'The revision (see `Section.revisions`).' })
  revisionId!: string;
}

@InputType({ description: 'A name for a saved revision, e.g. "Sent to the patient panel".' })
export class NameSectionRevisionInput {
  @Field(() => ID, { description: 'The revision (see `Section.revisions`).' })
  revisionId!: string;

  @Field(() => String, { nullable: true, description: 'The name, up to 120 characters, shown in the history; empty or null removes it.' })
  @MaxLength(120, { message: 'A revision name is at most 120 characters.' })
  name?: string | null;
}
