import { type DefenseId, type Level, legalDefenseSets } from '../../src/core';

/** Every affordable set of the level's defense cards (core's one budget rule). */
export function defenseSets(level: Level): DefenseId[][] {
  return legalDefenseSets(level.loadout.defenses, level.loadout.budget);
}

/** Every combination of options at the level's choice nodes. */
export function optionPolicies(level: Level): Record<string, string>[] {
  let policies: Record<string, string>[] = [{}];
  for (const id of level.nodeOrder) {
    const node = level.nodes[id];
    if (node?.kind === 'choice') {
      policies = policies.flatMap((policy) =>
        node.options.map((option) => ({ ...policy, [node.id]: option.id })),
      );
    }
  }
  return policies;
}
