/**
 * What happens to partial responses (Qualtrics Finished = 0, a respondent who left early).
 *
 * Policy, default 'include': a partial response counts for every question it answered and
 * for none it did not (each metric's n says how many answers it has). A respondent who gave
 * an NPS answer and then closed the tab still gave that answer; dropping them would tilt the
 * score toward people patient enough to finish. 'exclude' keeps finished responses only
 * (what Qualtrics' own "Finished = True" filter shows). Either way a note says how many
 * partial responses there were, on which lines, and what was done with them.
 */
import type { ImportOptions } from '../types';

export type PartialPolicy = 'include' | 'exclude';

export const DEFAULT_PARTIAL_POLICY: PartialPolicy = 'include';

export function partialPolicy(options: Pick<ImportOptions, 'partialResponses'>): PartialPolicy {
  return options.partialResponses === 'exclude' ? 'exclude' : DEFAULT_PARTIAL_POLICY;
}

export interface PartialOutcome<T> {
  kept: T[];
  excluded: T[];
  /** Set when the file has partial responses. */
  note?: string;
}

export function applyPartialPolicy<T extends { finished: boolean; line: number }>(responses: readonly T[], policy: PartialPolicy): PartialOutcome<T> {
  const partial = responses.filter((r) => !r.finished);
  if (partial.length === 0) return { kept: [...responses], excluded: [] };
  const lines = partial.slice(0, 10).map((r) => r.line).join(', ') + (partial.length > 10 ? ', …' : '');
  const what = `${partial.length} partial response${partial.length === 1 ? '' : 's'} (line${partial.length === 1 ? '' : 's'} ${lines})`;
  if (policy === 'include') {
    return { kept: [...responses], excluded: [], note: `${what} included for the questions answered (partialResponses: include)` };
  }
  return { kept: responses.filter((r) => r.finished), excluded: partial, note: `${what} excluded (partialResponses: exclude)` };
}
