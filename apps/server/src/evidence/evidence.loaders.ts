import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { CriterionLink } from './criterion-link.entity.js';
import { CriterionPassage } from './criterion-passage.entity.js';
import { Metric } from './metric.entity.js';
import { MetricValue } from './metric-value.entity.js';
import { Testimonial } from './testimonial.entity.js';

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map(keys.map((k) => [k, [] as T[]]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/** The evidence feature's per-request loaders (spread into common/loaders.ts): one SQL statement per kind of row. */
export function createEvidenceLoaders(em: EntityManager) {
  return {
    metricsOfEntry: new DataLoader<string, Metric[]>(async (entryIds) => {
      const rows = await em.find(Metric, { entry: { $in: [...entryIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupBy(entryIds, rows, (m) => m.entry.id);
    }),
    valuesOfMetric: new DataLoader<string, MetricValue[]>(async (metricIds) => {
      const rows = await em.find(MetricValue, { metric: { $in: [...metricIds] } });
      return groupBy(metricIds, rows, (v) => v.metric.id);
    }),
    testimonialsOfEntry: new DataLoader<string, Testimonial[]>(async (entryIds) => {
      const rows = await em.find(Testimonial, { entry: { $in: [...entryIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupBy(entryIds, rows, (t) => t.entry.id);
    }),
    /** With the linked section, metric or testimonial loaded in the same statement. */
    linksOfCriterion: new DataLoader<string, CriterionLink[]>(async (criterionIds) => {
      const rows = await em.find(CriterionLink, { criterion: { $in: [...criterionIds] } }, { populate: ['section', 'metric', 'testimonial'], strategy: 'joined' });
      return groupBy(criterionIds, rows, (l) => l.criterion.id);
    }),
    /** Passages linked to each criterion, oldest first, with their sections. */
    passagesOfCriterion: new DataLoader<string, CriterionPassage[]>(async (criterionIds) => {
      const rows = await em.find(CriterionPassage, { criterion: { $in: [...criterionIds] } }, { populate: ['section'], strategy: 'joined', orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupBy(criterionIds, rows, (p) => p.criterion.id);
    }),
  };
}
