/**
 * Visitors over the places of a level file where the same kind of thing occurs (every `next`,
 * every condition), each with its JSON path, so the checks stay short.
 */
import type { Branch, Condition } from '../model/level';
import type { PathSegment } from './issue-path';
import type { ArmFile, LevelFile, NextFile, NodeFile } from './schema';

/** A `next` in the file, with where it is and which node it leaves from. */
export interface NextSite {
  readonly next: NextFile;
  readonly path: PathSegment[];
  readonly from: NodeFile;
}

/** A `next` as a list of branches (a bare id is one branch with no `when`). */
export function branchesOf(next: NextFile): Branch[] {
  return typeof next === 'string' ? [{ to: next }] : next;
}

/** Every `next`, `held` and `halted` of every node. */
export function nextSites(level: LevelFile): NextSite[] {
  return level.nodes.flatMap((node, position) => nodeNextSites(node, ['nodes', position]));
}

function nodeNextSites(node: NodeFile, path: PathSegment[]): NextSite[] {
  switch (node.kind) {
    case 'inbox':
      return [{ next: node.next, path: [...path, 'next'], from: node }];
    case 'choice':
      return node.options.map((option, position) => ({
        next: option.next,
        path: [...path, 'options', position, 'next'],
        from: node,
      }));
    case 'decision':
      return [
        ...armNextSites(node.harmful, [...path, 'harmful'], node),
        ...armNextSites(node.benign, [...path, 'benign'], node),
      ];
    case 'split':
      return node.branches.map((branch, position) => ({
        next: branch.next,
        path: [...path, 'branches', position, 'next'],
        from: node,
      }));
    case 'ending':
      return [];
  }
}

function armNextSites(arm: ArmFile, path: PathSegment[], from: NodeFile): NextSite[] {
  const sites: NextSite[] = [{ next: arm.next, path: [...path, 'next'], from }];
  if (arm.held !== undefined) {
    sites.push({ next: arm.held, path: [...path, 'held'], from });
  }
  if (arm.halted !== undefined) {
    sites.push({ next: arm.halted, path: [...path, 'halted'], from });
  }
  return sites;
}

/** A condition in the file, with its path; nested conditions are visited too. */
export interface ConditionSite {
  readonly condition: Condition;
  readonly path: PathSegment[];
}

/** Every condition anywhere in the level, nested ones included. */
export function conditionSites(level: LevelFile): ConditionSite[] {
  const top = [...branchConditionSites(level), ...nodeConditionSites(level)];
  return top.flatMap((site) => expandCondition(site.condition, site.path));
}

function branchConditionSites(level: LevelFile): ConditionSite[] {
  return nextSites(level).flatMap((site) =>
    branchesOf(site.next).flatMap((branch, position) =>
      branch.when === undefined
        ? []
        : [{ condition: branch.when, path: [...site.path, position, 'when'] }],
    ),
  );
}

function nodeConditionSites(level: LevelFile): ConditionSite[] {
  return level.nodes.flatMap((node, nodePosition): ConditionSite[] => {
    const path: PathSegment[] = ['nodes', nodePosition];
    if (node.kind === 'inbox') {
      return node.emails.flatMap((entry, position) =>
        typeof entry === 'string'
          ? []
          : [{ condition: entry.when, path: [...path, 'emails', position, 'when'] }],
      );
    }
    if (node.kind === 'choice') {
      return node.options.flatMap((option, position) =>
        option.when === undefined
          ? []
          : [{ condition: option.when, path: [...path, 'options', position, 'when'] }],
      );
    }
    return [];
  });
}

function expandCondition(condition: Condition, path: PathSegment[]): ConditionSite[] {
  const self: ConditionSite = { condition, path };
  if ('all' in condition || 'any' in condition) {
    const [field, parts] = 'all' in condition ? ['all', condition.all] : ['any', condition.any];
    return [self, ...parts.flatMap((part, i) => expandCondition(part, [...path, field, i]))];
  }
  if ('not' in condition) {
    return [self, ...expandCondition(condition.not, [...path, 'not'])];
  }
  return [self];
}

/** The email ids an inbox node delivers, with their paths. */
export function inboxEmailIds(node: NodeFile): { id: string; position: number }[] {
  if (node.kind !== 'inbox') {
    return [];
  }
  return node.emails.map((entry, position) => ({
    id: typeof entry === 'string' ? entry : entry.email,
    position,
  }));
}
