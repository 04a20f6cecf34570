import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entry } from '../../entries/entry.entity.js';
import { Criterion } from '../../sections/criterion.entity.js';
import { Metric } from '../metric.entity.js';
import { Testimonial } from '../testimonial.entity.js';

@ObjectType({ description: 'The metric after the change.' })
export class MetricPayload {
  @Field(() => Metric, { description: 'The metric.' })
  metric!: Metric;
}

@ObjectType({ description: 'The deletion.' })
export class DeleteMetricPayload {
  @Field(() => ID, { description: 'Id of the metric that no longer exists.' })
  deletedMetricId!: string;

  @Field(() => Entry, { description: 'Its entry.' })
  entry!: Entry;
}

@ObjectType({ description: 'The values written.' })
export class MetricValuesPayload {
  @Field(() => Metric, { description: 'The metric, with its values and analysis.' })
  metric!: Metric;

  @Field(() => Int, { description: 'How many values were written.' })
  written!: number;
}

@ObjectType({ description: 'The testimonial after the change.' })
export class TestimonialPayload {
  @Field(() => Testimonial, { description: 'The testimonial.' })
  testimonial!: Testimonial;
}

@ObjectType({ description: 'The criterion with its links.' })
export class LinkCriterionPayload {
  @Field(() => Criterion, { description: 'The criterion; see its `linked…` fields.' })
  criterion!: Criterion;
}
