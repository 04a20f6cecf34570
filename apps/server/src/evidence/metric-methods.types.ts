import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A statistical method an analysis used, named with its reference (for readers, methods notes and exports).' })
export class AnalysisMethod {
  @Field(() => String, { description: 'The method, e.g. "Wilson score interval" or "Byar’s method".' })
  name!: string;

  @Field(() => String, { description: 'What it gives in this analysis, e.g. "A rate with 10 events or more".' })
  usedFor!: string;

  @Field(() => String, { description: 'Where it is described: the paper or book, and the PHEindicatormethods function that does the same where there is one.' })
  reference!: string;
}
