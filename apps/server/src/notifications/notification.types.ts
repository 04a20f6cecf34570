import { ArrayMaxSize, IsBoolean, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: 'Notifications to mark read: some by id, or all of them.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'Your notifications to mark read (at most 100).' })
  @IsOptional()
  @ArrayMaxSize(100)
  notificationIds?: string[] | null;

  @Field(() => Boolean, { defaultValue: false, description: 'True: mark every unread notification of yours read.' })
  @IsBoolean()
  all!: boolean;
}

@ObjectType({ description: 'How many were marked, and how many are left unread.' })
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'Notifications marked read now.' })
  marked!: number;

  @Field(() => Int, { description: 'Your unread notifications left.' })
  unreadCount!: number;
}
