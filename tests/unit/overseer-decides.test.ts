/**
 * Issue "The overseer decides": in every shipped level the loadout is a trade-off (no loadout is
 * best on both harm and cost), the objective asks for both, the reviewer has a workload in which
 * the agent's action arrives whichever way the dice fell, and at least one choice changes what
 * can happen, not only which email appears.
 */
import { describe, expect, it } from 'vitest';
import {
  dominantLoadout,
  enumerateEndings,
  type Level,
  levelFrontier,
  type Loadout,
} from '../../src/core';
import { LEVEL_IDS, loadShippedLevel } from './level-catalog';
import { defenseSets } from './level-walk';

/** The outcome probabilities of a level under a loadout and one option at one choice. */
function outcomes(level: Level, loadout: Loadout, node: string, option: string) {
  const result = enumerateEndings({ level, loadout, policy: { options: { [node]: option } } });
  return result.ok ? result.value.outcomes : undefined;
}

/** Choices (node/option pairs) whose option changes the outcome odds under some loadout. */
function consequentialChoices(level: Level): string[] {
  const found: string[] = [];
  for (const id of level.nodeOrder) {
    const node = level.nodes[id];
    if (node?.kind !== 'choice') continue;
    for (const defenses of defenseSets(level)) {
      const loadout: Loadout = {
        model: level.loadout.defaultModel,
        goalFraming: level.loadout.defaultGoalFraming,
        defenses,
      };
      const first = node.options[0];
      if (first === undefined) continue;
      const base = outcomes(level, loadout, id, first.id);
      for (const option of node.options.slice(1)) {
        const other = outcomes(level, loadout, id, option.id);
        if (base === undefined || other === undefined) continue;
        const differs = (['harm', 'averted', 'no-harm', 'unreported'] as const).some(
          (outcome) => Math.abs(base[outcome] - other[outcome]) > 1e-9,
        );
        if (differs) found.push(`${id}/${option.id}`);
      }
      if (found.length > 0) return found;
    }
  }
  return found;
}

describe.each(LEVEL_IDS)('level %s', (id) => {
  let cached: Level | undefined;
  const load = (): Level => (cached ??= loadShippedLevel(id));

  it('has no loadout that is best on both harm and expected cost', () => {
    const level = load();
    const rows = levelFrontier(level);
    if (!rows.ok) throw new Error(rows.error.message);
    expect(dominantLoadout(rows.value)?.defenses ?? null).toBeNull();
    // More than one loadout is worth choosing.
    expect(rows.value.filter((row) => row.onFrontier).length).toBeGreaterThanOrEqual(2);
  });

  it('states the objective with its cost limit in every language', () => {
    const level = load();
    const limit = level.workload.costLimit;
    for (const [language, strings] of Object.entries(level.strings)) {
      const text = strings[level.briefing.objectiveKey] ?? '';
      const written = [String(limit), String(limit).replace('.', ',')];
      expect(
        written.some((form) => text.includes(form)),
        `${language}: "${text}" should state ${limit} hours`,
      ).toBe(true);
    }
  });

  it('gives the reviewer a workload, with the agent’s action queued on either arm', () => {
    const level = load();
    if (!level.loadout.defenses.some((card) => card.id === 'oversight')) return;
    expect(level.workload.items.length).toBeGreaterThanOrEqual(4);
    expect(level.workload.items.some((item) => item.urgent)).toBe(true);
    for (const nodeId of level.nodeOrder) {
      const node = level.nodes[nodeId];
      if (node?.kind !== 'decision' || !node.harmful.oversight) continue;
      expect(
        node.benign.oversight && node.benign.action !== undefined,
        `${nodeId}: the benign arm queues an action too, or an item's mere arrival gives the attempt away`,
      ).toBe(true);
    }
  });

  it('has a choice that changes what can happen, not only which email appears', () => {
    const level = load();
    expect(consequentialChoices(level)).not.toEqual([]);
  }, 60_000);
});
