/**
 * What must still hold after a fuzz run: the server answers /healthz, and the audit log of every
 * entry anyone can see verifies (a string stored other than as hashed breaks the chain).
 */
import type { FuzzTeam } from './fuzz-team.js';

export interface AfterFuzz {
  healthz: number;
  /** Entry id → what verifyAuditLog said (as the first person allowed to ask). */
  audit: Map<string, { valid: boolean; problem?: string | null; checkedCount?: number }>;
  /** Entries nobody could verify (no lead or manager among the personas). */
  unverified: string[];
}

async function post(url: string, headers: Record<string, string>, query: string, variables?: unknown): Promise<any> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return response.json();
}

export async function checkAfterFuzz(url: string, team: FuzzTeam): Promise<AfterFuzz> {
  const healthz = (await fetch(`${url}/healthz`)).status;
  const audit: AfterFuzz['audit'] = new Map();
  const seen = new Set<string>();
  for (const persona of team.personas.values()) {
    if (persona.name === 'anonymous' || persona.name === 'logs-out') continue;
    let after: string | null = null;
    for (;;) {
      const page: any = await post(url, persona.headers, 'query($after: String) { entries(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }', { after });
      const entries = page.data?.entries;
      if (!entries) break;
      for (const { id } of entries.nodes) {
        seen.add(id);
        if (audit.has(id)) continue;
        const answer = await post(url, persona.headers, 'query($id: ID!) { verifyAuditLog(entryId: $id) { valid problem checkedCount } }', { id });
        if (answer.data?.verifyAuditLog) audit.set(id, answer.data.verifyAuditLog);
      }
      if (!entries.pageInfo.hasNextPage) break;
      after = entries.pageInfo.endCursor;
    }
  }
  return { healthz, audit, unverified: [...seen].filter((id) => !audit.has(id)) };
}
