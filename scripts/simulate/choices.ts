/**
 * The choices `npm run simulate` offers, spelled as its flags take them.
 */
import { GOAL_VALUES } from '../../src/core';

/** Every goal the study's grid knows, as `--goal` takes it. */
export const GOAL_CHOICES: readonly string[] = [
  ...GOAL_VALUES.filter((value) => value !== 'none').map((value) => `explicit:${value}`),
  ...GOAL_VALUES.filter((value) => value !== 'none').map((value) => `latent:${value}`),
  'ambiguous',
  'none',
];
