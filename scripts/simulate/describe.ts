/**
 * English text for what core returns as keys: provenance bases, tags, assumptions and errors.
 * (Core carries keys, never prose; this CLI is one of its text renderers.)
 */
import type { AssumptionName, Basis, OddsError, ProvenanceTag } from '../../src/core';
import { DEFAULT_ASSUMPTIONS, conditionKey, conditionsWithRate } from '../../src/core';
import type { CommandError } from './command';

/** What each basis means. */
export const BASIS_TEXT: Readonly<Record<Basis, string>> = {
  'published-rate': 'published rate of this model in this condition',
  'condition-switch': "switched to the study's measured cell for the new condition",
  'prohibition-measured': 'measured with the Figure 12 prohibition for exactly this model and cell',
  'prohibition-extrapolated':
    "Figure 12's Claude Opus 4 ratio (with / without prohibition) applied to this rate",
  'prohibition-extrapolated-other-scenario':
    'no prohibition measured for murder: the weaker measured ratio (espionage, Figure 12) applied',
  'leverage-path-closed':
    'compartmentalization: the agent cannot reach the leverage, so the harmful path is closed',
  'monitor-detection': 'runtime monitor flags the attempt (assumption, untested at scale)',
  'monitor-false-alarm':
    'runtime monitor flags an episode without an attempt (assumption, untested at scale)',
  'reviewer-catch': 'a human reviewer stops the action before it is sent (assumption)',
  'no-defense-deployed': 'impossible: the defense this outcome needs is not deployed',
  'layers-independent':
    'two defenses combined as if independent (assumption: the study measured no combination)',
};

/** What each tag means. */
export const TAG_TEXT: Readonly<Record<ProvenanceTag, string>> = {
  measured: 'a published rate for exactly this model and condition',
  extrapolated: 'a published effect applied beyond where it was measured',
  assumption: 'a game-design parameter the study has no number for',
  structural: 'follows from the rules of the table',
};

/** Why each assumption has its default (see src/core/odds/assumptions.ts). */
export const ASSUMPTION_TEXT: Readonly<Record<AssumptionName, string>> = {
  'catch-rate': `reviewer catch rate; default ${DEFAULT_ASSUMPTIONS.catchRate}. Not a rate of the study: the only published hint is a separate 2025 study (arXiv 2510.05192) where an escalation channel cut blackmail from 38.73 % to 1.21 %`,
  'detection-rate': `monitor detection rate; default ${DEFAULT_ASSUMPTIONS.detectionRate}; untested at scale`,
  'false-alarm-rate': `monitor false-alarm rate; default ${DEFAULT_ASSUMPTIONS.falseAlarmRate}; untested at scale`,
};

/** A list for a message: `a, b, c`. */
function list(items: readonly string[]): string {
  return items.join(', ');
}

/** The message for a command-line error. */
export function describeCommandError(error: CommandError): string {
  switch (error.kind) {
    case 'unknown-flag':
      return `Unknown flag "${error.flag}". Valid flags: ${list(error.validFlags)}.`;
    case 'flag-not-available':
      return `${error.flag} is not available yet: ${error.reason}.`;
    case 'missing-value':
      return `${error.flag} needs a value.`;
    case 'unexpected-argument':
      return `Unexpected argument "${error.argument}": every value follows its flag, e.g. --model "Claude Opus 4".`;
    case 'repeated-flag':
      return `${error.flag} is given twice.`;
    case 'missing-flag':
      return `Missing ${error.flag}. Choose one of: ${list(error.choices)}.`;
    case 'invalid-choice':
      return `Unknown ${error.flag} "${error.value}". Choose one of: ${list(error.choices)}.`;
    case 'invalid-number':
      return `${error.flag} "${error.value}" is not valid: expected ${error.expected}.`;
  }
}

/** The message for an odds error: what is missing and what would work instead. */
export function describeOddsError(error: OddsError): string {
  if (error.kind === 'invalid-assumption') {
    return `The assumption ${error.name} must be from 0 to 1, got ${error.value}.`;
  }
  const published = conditionsWithRate(error.model).map(conditionKey);
  return [
    `No published rate: the study did not publish ${error.model} in ${error.conditionKey}` +
      `${error.variant === 'baseline' ? '' : ` (${error.variant})`}. A missing cell is never filled with 0 or a guess.`,
    `Models with a published rate for ${error.conditionKey}: ${error.modelsWithCondition.length > 0 ? list(error.modelsWithCondition) : 'none'}.`,
    `Conditions published for ${error.model}: ${list(published)}.`,
  ].join('\n');
}
