import { Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Entry } from '../entries/entry.entity.js';
import { Access } from '../policy/access.js';
import { ReopenEntryInput, RequestReviewInput, SubmitEntryInput } from './dto/sign-off.inputs.js';
import { EntryWorkflowPayload } from './sign-off.types.js';
import * as workflow from './workflow.service.js';
import { InputArg } from '../common/input-arg.js';

@Resolver(() => Entry)
export class WorkflowResolver {
  @Authorized(Access.USER_WRITE)
  @Mutation(() => EntryWorkflowPayload, {
    description:
      'DRAFT -> IN_REVIEW (lead only): asks everyone whose role fills a sign-off slot to review. It becomes APPROVED by itself once every slot holds a current approval. Not a draft: CONFLICT.',
  })
  async requestReview(@InputArg(RequestReviewInput) input: RequestReviewInput, @Ctx() ctx: Context): Promise<EntryWorkflowPayload> {
    return { entry: await workflow.requestReview(ctx, input.entryId) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => EntryWorkflowPayload, {
    description: 'APPROVED -> SUBMITTED (lead only): the content freezes. Not approved (slots not held, open change requests, stale sign-offs): CONFLICT with the reasons in `extensions`.',
  })
  async submitEntry(@InputArg(SubmitEntryInput) input: SubmitEntryInput, @Ctx() ctx: Context): Promise<EntryWorkflowPayload> {
    return { entry: await workflow.submitEntry(ctx, input.entryId) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => EntryWorkflowPayload, { description: 'SUBMITTED -> IN_REVIEW (lead only), recorded with its reason; APPROVED again at once if every sign-off still holds. Not submitted: CONFLICT.' })
  async reopenEntry(@InputArg(ReopenEntryInput) input: ReopenEntryInput, @Ctx() ctx: Context): Promise<EntryWorkflowPayload> {
    return { entry: await workflow.reopenEntry(ctx, input.entryId, input.reason) };
  }
}
