/**
 * The cross-reference pass: every id named anywhere exists and is of the right kind, every
 * branch list ends in a default, and every defense hook has the target it needs.
 */
import type { LayerHook } from '../defenses/defense-table';
import { LAYER_CARDS } from '../defenses/defense-table';
import type { Condition, DebriefCondition } from '../model/level';
import type { CheckContext } from './level-index';
import type { PathSegment } from './issue-path';
import type { ArmFile } from './schema';
import { parseTime } from './time';
import { branchesOf, conditionSites, inboxEmailIds, nextSites } from './walk';

/** Runs every reference check, recording problems in the context's collector. */
export function checkReferences(context: CheckContext): void {
  checkTargets(context);
  checkCastReferences(context);
  checkEmailReferences(context);
  checkConditions(context);
  checkDebriefs(context);
  checkChoices(context);
  checkHooks(context);
  checkLoadout(context);
  checkWorkload(context);
}

function checkTargets({ level, index, file, issues }: CheckContext): void {
  if (!index.nodes.has(level.start)) {
    issues.add('ERR_UNKNOWN_TARGET', file, ['start'], `no node has id "${level.start}"`);
  }
  for (const site of nextSites(level)) {
    const branches = branchesOf(site.next);
    branches.forEach((branch, position) => {
      const path = typeof site.next === 'string' ? site.path : [...site.path, position, 'to'];
      if (!index.nodes.has(branch.to)) {
        issues.add('ERR_UNKNOWN_TARGET', file, path, `no node has id "${branch.to}"`);
      }
    });
    if (branches[branches.length - 1]?.when !== undefined) {
      const message = 'the last branch must have no "when", so that one branch always matches';
      issues.add('ERR_NO_DEFAULT_BRANCH', file, [...site.path, branches.length - 1], message);
    }
  }
}

function checkCastReferences({ level, index, file, issues }: CheckContext): void {
  const need = (id: string, path: PathSegment[]) => {
    if (!index.cast.has(id)) {
      issues.add('ERR_UNKNOWN_REFERENCE', file, path, `no cast member has id "${id}"`);
    }
  };
  need(level.agent, ['agent']);
  level.emails.forEach((email, position) => {
    const path: PathSegment[] = ['emails', position];
    need(email.from, [...path, 'from']);
    email.to.forEach((id, i) => need(id, [...path, 'to', i]));
    (email.cc ?? []).forEach((id, i) => need(id, [...path, 'cc', i]));
  });
}

function checkEmailReferences(context: CheckContext): void {
  const { level, index, file, issues } = context;
  const used = new Set<string>();
  const need = (id: string, path: PathSegment[]) => {
    used.add(id);
    if (!index.emails.has(id)) {
      issues.add('ERR_UNKNOWN_REFERENCE', file, path, `no email has id "${id}"`);
    }
  };
  level.nodes.forEach((node, nodePosition) => {
    const path: PathSegment[] = ['nodes', nodePosition];
    for (const { id, position } of inboxEmailIds(node)) {
      need(id, [...path, 'emails', position]);
    }
    if (node.kind === 'decision') {
      node.leverage.forEach((id, i) => need(id, [...path, 'leverage', i]));
      for (const arm of ['harmful', 'benign'] as const) {
        const action = node[arm].action;
        if (action !== undefined) {
          need(action, [...path, arm, 'action']);
        }
      }
    }
  });
  reportUnusedEmails(context, used);
}

function reportUnusedEmails({ level, file, issues }: CheckContext, used: Set<string>): void {
  level.emails.forEach((email, position) => {
    if (!used.has(email.id)) {
      const message = `email "${email.id}" is never delivered by an inbox node or an agent action`;
      issues.add('ERR_UNUSED_EMAIL', file, ['emails', position, 'id'], message);
    }
  });
}

function checkConditions(context: CheckContext): void {
  for (const { condition, path } of conditionSites(context.level)) {
    const problem = conditionProblem(condition, context);
    if (problem !== undefined) {
      context.issues.add('ERR_UNKNOWN_REFERENCE', context.file, path, problem);
    }
  }
}

/**
 * Debrief facts' and questions' conditions name what exists (`attempted`, `flagged` and
 * `queued` name a decision), and every ending asks at least one question.
 */
function checkDebriefs(context: CheckContext): void {
  context.level.nodes.forEach((node, nodePosition) => {
    if (node.kind !== 'ending') {
      return;
    }
    const path: PathSegment[] = ['nodes', nodePosition, 'debrief'];
    const { facts, questionKeys = [], questions = [] } = node.debrief;
    if (questionKeys.length + questions.length === 0) {
      const message = 'a debrief needs at least one question ("questionKeys" or "questions")';
      context.issues.add('ERR_SHAPE', context.file, path, message);
    }
    const sites = [
      ...facts.map((fact, i) => ({ when: fact.when, at: [...path, 'facts', i, 'when'] })),
      ...questions.map((q, i) => ({ when: q.when, at: [...path, 'questions', i, 'when'] })),
    ];
    for (const { when, at } of sites) {
      if (when !== undefined) {
        checkDebriefCondition(when, at, context);
      }
    }
  });
}

function checkDebriefCondition(
  condition: DebriefCondition,
  path: PathSegment[],
  context: CheckContext,
): void {
  if ('all' in condition || 'any' in condition) {
    const [field, parts] = 'all' in condition ? ['all', condition.all] : ['any', condition.any];
    parts.forEach((part, i) => checkDebriefCondition(part, [...path, field, i], context));
    return;
  }
  if ('not' in condition) {
    checkDebriefCondition(condition.not, [...path, 'not'], context);
    return;
  }
  const problem =
    'attempted' in condition || 'flagged' in condition || 'queued' in condition
      ? decisionProblem(
          'attempted' in condition
            ? condition.attempted
            : 'flagged' in condition
              ? condition.flagged
              : condition.queued,
          context,
        )
      : conditionProblem(condition, context);
  if (problem !== undefined) {
    context.issues.add('ERR_UNKNOWN_REFERENCE', context.file, path, problem);
  }
}

function decisionProblem(id: string, { level, index }: CheckContext): string | undefined {
  const node = level.nodes[index.nodes.get(id) ?? -1];
  return node?.kind === 'decision' ? undefined : `no decision node has id "${id}"`;
}

/** What a leaf condition names that does not exist, or undefined. */
function conditionProblem(condition: Condition, { level, index }: CheckContext) {
  if ('model' in condition && !level.loadout.models.includes(condition.model)) {
    return `model "${condition.model}" is not offered in loadout.models`;
  }
  if ('goalFraming' in condition && !index.framings.has(condition.goalFraming)) {
    return `no goal framing has id "${condition.goalFraming}"`;
  }
  if ('visited' in condition && !index.nodes.has(condition.visited)) {
    return `no node has id "${condition.visited}"`;
  }
  if ('read' in condition && !index.emails.has(condition.read)) {
    return `no email has id "${condition.read}"`;
  }
  return 'chose' in condition ? choseProblem(condition.chose, { level, index }) : undefined;
}

function choseProblem(
  chose: { node: string; option: string },
  { level, index }: Pick<CheckContext, 'level' | 'index'>,
): string | undefined {
  const node = level.nodes[index.nodes.get(chose.node) ?? -1];
  if (node?.kind !== 'choice') {
    return `no choice node has id "${chose.node}"`;
  }
  const known = node.options.some((option) => option.id === chose.option);
  return known ? undefined : `choice "${chose.node}" has no option "${chose.option}"`;
}

function checkChoices({ level, file, issues }: CheckContext): void {
  level.nodes.forEach((node, position) => {
    if (node.kind === 'choice' && node.options.every((option) => option.when !== undefined)) {
      const message = 'at least one option must have no "when", so the player can always choose';
      issues.add('ERR_NO_UNCONDITIONAL_OPTION', file, ['nodes', position, 'options'], message);
    }
  });
}

function checkHooks({ level, file, issues }: CheckContext): void {
  const offered = new Set(level.loadout.defenses.map((card) => card.id));
  level.nodes.forEach((node, position) => {
    if (node.kind !== 'decision') {
      return;
    }
    for (const arm of ['harmful', 'benign'] as const) {
      const path: PathSegment[] = ['nodes', position, arm];
      for (const problem of hookProblems(node[arm], offered)) {
        issues.add('ERR_MISSING_HOOK_TARGET', file, [...path, problem.field], problem.message);
      }
    }
  });
}

/** The offered card that plays a hook, if any. */
function offeredHook(offered: ReadonlySet<string>, hook: LayerHook): string | undefined {
  return LAYER_CARDS.find((card) => card.hook === hook && offered.has(card.id))?.id;
}

function hookProblems(arm: ArmFile, offered: ReadonlySet<string>) {
  const problems: { field: string; message: string }[] = [];
  const approval = offeredHook(offered, 'approval');
  if (arm.oversight === true && approval !== undefined && arm.held === undefined) {
    problems.push({
      field: 'held',
      message: `${approval} is offered: say where a held action leads`,
    });
  }
  if (arm.oversight === true && arm.action === undefined) {
    problems.push({ field: 'action', message: 'oversight queues an action: name its email' });
  }
  const flag = offeredHook(offered, 'flag');
  if (flag !== undefined && arm.halted === undefined) {
    const message = `${flag} is offered: say where halting the agent on a flag leads`;
    problems.push({ field: 'halted', message });
  }
  if (flag !== undefined && arm.monitor === undefined) {
    const message = `${flag} is offered: say what it shows when it flags this arm (a category and an excerpt)`;
    problems.push({ field: 'monitor', message });
  }
  return problems;
}

function checkLoadout({ level, index, file, issues }: CheckContext): void {
  const { loadout } = level;
  if (!loadout.models.includes(loadout.defaultModel)) {
    const message = `the default model "${loadout.defaultModel}" is not in loadout.models`;
    issues.add('ERR_LOADOUT', file, ['loadout', 'defaultModel'], message);
  }
  if (!index.framings.has(loadout.defaultGoalFraming)) {
    const message = `no goal framing has id "${loadout.defaultGoalFraming}"`;
    issues.add('ERR_LOADOUT', file, ['loadout', 'defaultGoalFraming'], message);
  }
  loadout.defenses.forEach((card, position) => {
    if (card.cost > loadout.budget) {
      const message = `card "${card.id}" costs ${card.cost}, more than the budget of ${loadout.budget}`;
      issues.add('ERR_LOADOUT', file, ['loadout', 'defenses', position, 'cost'], message);
    }
  });
}

/**
 * The queue's items: addressed to the cast, due after they arrive, ids unique and distinct from
 * the emails' (the queue shows both kinds of id side by side).
 */
function checkWorkload({ level, index, file, issues }: CheckContext): void {
  const items = level.workload?.items ?? [];
  const seen = new Set<string>();
  items.forEach((item, position) => {
    const path: PathSegment[] = ['workload', 'items', position];
    if (seen.has(item.id) || index.emails.has(item.id)) {
      const message = `id "${item.id}" is used twice (item ids differ from each other and from email ids)`;
      issues.add('ERR_DUPLICATE_ID', file, [...path, 'id'], message);
    }
    seen.add(item.id);
    item.to.forEach((id, i) => {
      if (!index.cast.has(id)) {
        issues.add(
          'ERR_UNKNOWN_REFERENCE',
          file,
          [...path, 'to', i],
          `no cast member has id "${id}"`,
        );
      }
    });
    if (parseTime(item.deadline) <= parseTime(item.time)) {
      const message = `the deadline ${item.deadline} is not after the item arrives at ${item.time}`;
      issues.add('ERR_SHAPE', file, [...path, 'deadline'], message);
    }
  });
}
