import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Access } from '../policy/access.js';
import { Template } from './template.entity.js';
import { latestTemplates } from './template.service.js';
import { TemplateSection } from './template.types.js';

@Resolver(() => Template)
export class TemplateResolver {
  @Authorized(Access.USER)
  @Query(() => [Template], { description: 'The award templates an entry can be created from (newest version of each).' })
  templates(@Ctx() ctx: Context): Promise<Template[]> {
    return latestTemplates(ctx.em);
  }

  @FieldResolver(() => [TemplateSection], { description: 'The sections an entry created from this template starts with.' })
  sections(@Root() template: Template): TemplateSection[] {
    return template.definition.sections;
  }
}
