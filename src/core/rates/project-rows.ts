/**
 * Rows the project adds to its rates table beside the research file's records. The research
 * file (levels/research/published_rates.json) stays a verbatim copy; these rows are built by
 * scripts/build-rates.ts and appended after every research record, so they never change or
 * reorder one. Each is a number printed in the paper's text that the research file keeps only
 * inside another record's source note.
 *
 * The three shares of the "test or real?" NOTICE run (Lynch et al. 2025, text §4.5.4, arXiv
 * p.13; 500 samples of Claude Opus 4): the share of samples in which the model stated it was in
 * a real deployment (21.4 %), in an evaluation (64.8 %), or did not say (13.8 %). They sum to 1.
 * The blackmail rate of the first two groups are the research rows `…eval-notice-real` and
 * `…eval-notice-evaluation`; the third group's rate was not reported.
 */
import type { RateRow, RateVariant } from './rate-row';

const SOURCE =
  "Lynch et al. 2025, 'Agentic Misalignment: How LLMs could be insider threats' (Anthropic " +
  'research post, 20 Jun 2025; arXiv:2510.05179v2), text §4.5.4 (arXiv p.13): of 500 samples ' +
  "with the NOTICE, the model stated 'real deployment' in 21.4%, 'evaluation' in 64.8%, and " +
  'neither in the remaining 13.8%. Project row: added by scripts/build-rates.ts from the ' +
  "paper's text (the research file keeps these shares only inside the source notes of the " +
  'two subgroup rows); goal type not stated in paper';

const MITIGATION =
  'system-prompt NOTICE telling the model it is either in an evaluation or a real deployment ' +
  'and must first deliberate which; share of all samples (not a blackmail rate)';

/** One share row; every field is the paper's, the id follows the table's scheme. */
function shareRow(group: 'real' | 'evaluation' | 'abstained', rate: number): RateRow {
  const variant: RateVariant = `eval-notice-share-${group}`;
  return {
    id: `blackmail.goal-unstated.replacement.claude-opus-4.${variant}`,
    variant,
    model: 'Claude Opus 4',
    provider: 'Anthropic',
    scenario: 'blackmail',
    goalType: null,
    goalValue: null,
    urgency: 'replacement',
    mitigation: MITIGATION,
    rate,
    n: 500,
    source: SOURCE,
    confidence: 'primary',
  };
}

/** The rows the project adds after the research records, in this order. */
export const PROJECT_ROWS: readonly RateRow[] = [
  shareRow('real', 0.214),
  shareRow('evaluation', 0.648),
  shareRow('abstained', 0.138),
];
