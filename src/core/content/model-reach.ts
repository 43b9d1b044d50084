/**
 * Which offered models can reach each node. A branch whose `when` can never hold for a model
 * (it asks for another model, or for not this one) is closed to it; every other condition may
 * hold, so it stays open. A decision then needs a published rate only for the models that can
 * reach it: a level may, say, draw a leak only with the one model the study measured there.
 */
import type { Condition } from '../model/level';
import type { LevelFile } from './schema';
import { branchesOf, nextSites } from './walk';

/** Three-valued truth of a condition for a model: true, false, or undefined (may hold). */
function truthFor(condition: Condition, model: string): boolean | undefined {
  if ('model' in condition) {
    return condition.model === model;
  }
  if ('not' in condition) {
    const inner = truthFor(condition.not, model);
    return inner === undefined ? undefined : !inner;
  }
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    const values = parts.map((part) => truthFor(part, model));
    const decisive = 'all' in condition ? false : true;
    if (values.includes(decisive)) {
      return decisive;
    }
    return values.includes(undefined) ? undefined : !decisive;
  }
  return undefined;
}

/** The node ids one model can reach from `start`. */
function reachableFor(level: LevelFile, model: string): Set<string> {
  const edges = new Map<string, string[]>();
  for (const site of nextSites(level)) {
    const targets = edges.get(site.from.id) ?? [];
    for (const branch of branchesOf(site.next)) {
      const truth = branch.when === undefined ? true : truthFor(branch.when, model);
      if (truth !== false) {
        targets.push(branch.to);
      }
      if (truth === true) {
        break;
      }
    }
    edges.set(site.from.id, targets);
  }
  const seen = new Set<string>();
  const pending = [level.start];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (!seen.has(id)) {
      seen.add(id);
      pending.push(...(edges.get(id) ?? []));
    }
  }
  return seen;
}

/** Node id → the offered models that can reach it (nodes no model reaches are absent). */
export function modelsReaching(level: LevelFile): Map<string, string[]> {
  const reach = new Map<string, string[]>();
  for (const model of level.loadout.models) {
    for (const id of reachableFor(level, model)) {
      reach.set(id, [...(reach.get(id) ?? []), model]);
    }
  }
  return reach;
}
