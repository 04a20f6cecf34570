import { CombinedGraphQLErrors } from '@apollo/client';
import type { FormError } from '../forms/error-summary';
import { formErrors } from '../forms/api-errors';
import { signOffPlace } from '../submit/missing-items';

interface WorkflowSection {
  id: string;
  title: string;
  signOffSlots: { key: string; label: string }[];
}

/** What a refused submission's CONFLICT carries besides its message (see the server's workflow.service.ts). */
interface NotApproved {
  missingSlots?: { sectionId: string; slotKey: string }[];
  openChangeRequestIds?: string[];
  staleSignOffIds?: string[];
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * A workflow move's refusal as error summary items. A submission refused for want of approval
 * becomes one plain sentence per missing sign-off (naming the section and who is needed), and
 * one each for open change requests and stale sign-offs; anything else is the server's message.
 * Each missing sign-off links to its section's sign-off form, where it is given.
 */
export function workflowErrors(error: unknown, sections: WorkflowSection[], entryId: string): FormError[] {
  const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
  const details = (first?.extensions ?? {}) as NotApproved;
  if (first?.extensions?.code !== 'CONFLICT' || !(details.missingSlots || details.openChangeRequestIds || details.staleSignOffIds)) return formErrors(error);
  // One line per section, naming every sign-off it still needs.
  const missing = new Map<string, string[]>();
  for (const { sectionId, slotKey } of details.missingSlots ?? []) {
    const slot = sections.find((s) => s.id === sectionId)?.signOffSlots.find((s) => s.key === slotKey);
    missing.set(sectionId, [...(missing.get(sectionId) ?? []), slot?.label ?? slotKey]);
  }
  const reasons: FormError[] = [...missing].map(([sectionId, labels]) => ({
    message: `“${sections.find((s) => s.id === sectionId)?.title ?? 'A section'}” still needs ${labels.length === 1 ? 'a sign-off' : `${labels.length} sign-offs`}: ${labels.join('; ')}`,
    to: signOffPlace(entryId, sectionId),
  }));
  const requests = details.openChangeRequestIds?.length ?? 0;
  if (requests) {
    reasons.push({
      message: `${requests} ${plural(requests, 'request for changes is', 'requests for changes are')} still open: change the section, or ask whoever asked to sign off again`,
    });
  }
  const stale = details.staleSignOffIds?.length ?? 0;
  if (stale) {
    reasons.push({
      message: `${stale} ${plural(stale, 'sign-off no longer counts', 'sign-offs no longer count')} because the section changed after it was given: it needs signing off again`,
    });
  }
  return [{ message: 'The entry cannot be submitted until every section is signed off:' }, ...reasons];
}
