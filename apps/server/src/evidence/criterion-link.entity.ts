import { Check, Entity, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { Criterion } from '../sections/criterion.entity.js';
import { Section } from '../sections/section.entity.js';
import { Metric } from './metric.entity.js';
import { Testimonial } from './testimonial.entity.js';
import { UuidEntity } from '../database/uuid-entity.js';

/**
 * A judging criterion answered by one section, metric or testimonial of the same entry:
 * exactly one of the three is set. Deleting the target deletes the link.
 */
@Entity({ tableName: 'criterion_links' })
@Check({ name: 'criterion_links_one_target_check', expression: 'num_nonnulls(section_id, metric_id, testimonial_id) = 1' })
@Unique({ properties: ['criterion', 'section'] })
@Unique({ properties: ['criterion', 'metric'] })
@Unique({ properties: ['criterion', 'testimonial'] })
export class CriterionLink extends UuidEntity {
  @ManyToOne({ entity: () => Criterion, deleteRule: 'cascade' })
  criterion!: Rel<Criterion>;

  @ManyToOne({ entity: () => Section, deleteRule: 'cascade', nullable: true, index: true })
  section?: Rel<Section> | null;

  @ManyToOne({ entity: () => Metric, deleteRule: 'cascade', nullable: true, index: true })
  metric?: Rel<Metric> | null;

  @ManyToOne({ entity: () => Testimonial, deleteRule: 'cascade', nullable: true, index: true })
  testimonial?: Rel<Testimonial> | null;
}
