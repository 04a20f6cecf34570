import { sectionSchema, type FigureSource } from '@quorum/section-content';
import { addMetricWithValues } from './evidence-factories.js';
import type { Team } from './factories.js';
import { APPLY, FIGURE_SENTENCES } from './operations.js';
import { editorUpdate } from './suggesting.js';
import type { TestServer } from './test-server.js';

// Black Caribbean (M) and White British (A) patients, before and after: the ONS groups "Black…"
// and "White". AFTER moves the Black group's follow-up, so its change sentence reads otherwise.
export const FIGURE_VALUES_BEFORE = 'period,ethnic_code,numerator,denominator\n2023,M,60,100\n2023,A,80,100\n2024,M,75,100\n2024,A,82,100\n';
export const FIGURE_VALUES_AFTER = 'period,ethnic_code,numerator,denominator\n2023,M,60,100\n2023,A,80,100\n2024,M,90,100\n2024,A,82,100\n';

/** The Black group's change sentence for the metric as the analysis words it now (read by the lead). */
export async function blackChange(team: Team, metricId: string) {
  const metric = (await team.members.LEAD.client.ok(FIGURE_SENTENCES, { id: team.entryId })).entry!.metrics.find((m) => m.id === metricId)!;
  const group = metric.analysis.groups.find((g) => g.group.startsWith('Black'))!;
  return { group: group.group, sentence: group.changeSentence! };
}

/**
 * A metric with FIGURE_VALUES_BEFORE, and its Black group's change sentence written by the lead
 * as a figure, a paragraph of its own at the end of the section (as "Insert a figure" puts it).
 */
export async function addChangeFigure(server: TestServer, team: Team, sectionId: string) {
  const lead = team.members.LEAD.client;
  const metricId = await addMetricWithValues(server, team, {}, FIGURE_VALUES_BEFORE);
  const { group, sentence } = await blackChange(team, metricId);
  const source: FigureSource = { metricId, level: 'ONS_GROUP', group, kind: 'CHANGE' };
  const figure = sectionSchema.nodes.paragraph.create(null, sectionSchema.text(sentence, [sectionSchema.marks.figure.create(source)]));
  await lead.ok(APPLY, { i: { sectionId, update: await editorUpdate(lead, sectionId, (s) => s.tr.insert(s.doc.content.size, figure)), clientId: 'lead' } });
  return { metricId, sentence, source };
}
