import { describe, expect, it } from 'vitest';
import {
  BASES,
  DEFENSES,
  EMAIL_TAGS,
  GOAL_VALUES,
  OUTCOME_CLASSES,
  PROVENANCE_TAGS,
  RATE_VARIANTS,
  SCENARIOS,
  URGENCIES,
} from '../core';
import { COMMON_RESOURCES, LANGUAGES } from './i18n';

type Tree = { readonly [key: string]: unknown };

function has(tree: Tree, path: string): boolean {
  let node: unknown = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) {
      return false;
    }
    node = (node as Tree)[part];
  }
  return typeof node === 'string';
}

// Every word of a core vocabulary that the UI shows must have a key in every locale.
const REQUIRED = [
  ...SCENARIOS.map((value) => `scenario.${value}`),
  ...URGENCIES.map((value) => `urgency.${value}`),
  ...GOAL_VALUES.map((value) => `goal.value.${value}`),
  ...PROVENANCE_TAGS.map((value) => `provenance.${value}`),
  ...RATE_VARIANTS.map((value) => `sources.variant.${value}`),
  ...DEFENSES.flatMap((value) => [
    `defense.${value}.name`,
    `defense.${value}.text`,
    `defense.${value}.cost`,
  ]),
  ...BASES.map((value) => `loadout.basis.${value}`),
  ...EMAIL_TAGS.map((value) => `tag.${value}`),
  ...OUTCOME_CLASSES.map((value) => `day.outcome.${value}`),
];

describe('core vocabularies on screen', () => {
  it.each(LANGUAGES)(
    '%s has a text for every scenario, variant, card, tag and outcome',
    (language) => {
      const missing = REQUIRED.filter((key) => !has(COMMON_RESOURCES[language], key));
      expect(missing).toEqual([]);
    },
  );
});
