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

@ObjectType({ description: 'The testimonial after the change, and whether its consent had to be reset.' })
export class UpdateTestimonialPayload {
  @Field(() => Testimonial, { description: 'The testimonial.' })
  testimonial!: Testimonial;

  @Field(() => Boolean, {
    description:
      'True when consent had been given and this change reset it to NOT_RECORDED (the words changed, or the entry now names the person differently): record consent again before it can be exported.',
  })
  consentReset!: boolean;
}

@ObjectType({ description: 'The deletion.' })
export class DeleteTestimonialPayload {
  @Field(() => ID, { description: 'Id of the testimonial that no longer exists.' })
  deletedTestimonialId!: string;

  @Field(() => Entry, { description: 'Its entry.' })
  entry!: Entry;
}

@ObjectType({ description: 'The criterion with its links.' })
export class LinkCriterionPayload {
  @Field(() => Criterion, { description: 'The criterion; see its `linked…` fields.' })
  criterion!: Criterion;
}
