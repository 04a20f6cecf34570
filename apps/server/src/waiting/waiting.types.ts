import { Field, ID, ObjectType } from 'type-graphql';
import { describedEnum, type EnumValue } from '../common/described-enum.js';
import { Entry } from '../entries/entry.entity.js';
import { Section } from '../sections/section.entity.js';

export const WaitingKind = describedEnum('WaitingKind', 'Why something is waiting for you.', {
  SIGN_OFF_NEEDED: 'A section in review needs a sign-off your role can give, and you have not given yours on it as it now reads.',
  APPROVAL_STALE: 'A section changed after you approved it: your approval no longer counts until you sign it off again.',
  MENTIONED: 'Someone mentioned you in an open comment thread, and you have not written in it since.',
  REPLY_AWAITED: 'Someone else wrote last in an open comment thread you took part in.',
  OVER_WORD_LIMIT: 'A section you may edit is over its word limit.',
  SUGGESTIONS_PENDING: 'Others’ suggestions wait in the text of a section you may edit, to be accepted or rejected.',
});
export type WaitingKind = EnumValue<typeof WaitingKind>;

/** An item is computed when asked for, never stored: its id names what it is about, so it is the same on each read. */
@ObjectType({ description: 'Something waiting for you in an entry, with where to deal with it.' })
export class WaitingItem {
  @Field(() => ID, { description: 'Stable while the item waits: its kind and what it is about (a section or a thread).' })
  id!: string;

  @Field(() => WaitingKind, { description: 'What kind of thing is waiting.' })
  kind!: WaitingKind;

  @Field(() => Entry, { description: 'The entry it is in.' })
  entry!: Entry;

  @Field(() => Section, { description: 'The section it is about.' })
  section!: Section;

  @Field(() => String, { description: 'What is waiting, in a short sentence.' })
  message!: string;

  @Field(() => String, { description: 'Where to deal with it: a path in the web app, as notifications link (e.g. /entries/<id>/review/<sectionId>).' })
  path!: string;

  @Field(() => Date, { description: 'Since when it has been waiting (the comment, the edit or the sign-off it follows).' })
  createdAt!: Date;
}
