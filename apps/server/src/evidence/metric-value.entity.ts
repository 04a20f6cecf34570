import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import type { EthnicCategoryCode } from '@quorum/stats';
import { ETHNIC_CODES } from './evidence.enums.js';
import { Metric } from './metric.entity.js';

/**
 * One cell of a metric: its figures for one period and one ethnic category (and, for a rate
 * entered by age band, one age band). Counts for
 * proportions and rates, mean/sd/n for means; the other columns stay null. Read through
 * `Metric.values`, which hides small numbers from those who may not see them.
 */
@Entity({ tableName: 'metric_values' })
@Unique({ properties: ['metric', 'period', 'ethnicCode', 'ageBand'] })
// The service checks all this first, with messages; the database refuses it whatever the path.
// A rate may exceed 1 per person, so numerator <= denominator is checked for proportions only, by the service.
@Check({ name: 'metric_values_figures_check', expression: '(numerator >= 0) AND (denominator >= 0) AND (sd >= (0)::double precision) AND (n >= 0)' })
export class MetricValue {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Metric, deleteRule: 'cascade' })
  metric!: Rel<Metric>;

  @Property({ type: 'text' })
  period!: string;

  @Enum({ items: () => ETHNIC_CODES })
  ethnicCode!: EthnicCategoryCode;

  /** One age band of the 2013 European Standard Population (a RATE metric's values by age band, for age-standardised rates), or '' for all ages. */
  @Property({ type: 'text' })
  ageBand: string = '';

  @Property({ type: 'integer', nullable: true })
  numerator?: number | null;

  @Property({ type: 'integer', nullable: true })
  denominator?: number | null;

  @Property({ type: 'double', nullable: true })
  mean?: number | null;

  @Property({ type: 'double', nullable: true })
  sd?: number | null;

  @Property({ type: 'integer', nullable: true })
  n?: number | null;
}
