import type { Team } from './factories.js';
import { FIGURE_SENTENCES } from './operations.js';

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
