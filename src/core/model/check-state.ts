/**
 * Whether a saved {@link GameState} can continue a given level. A save is data from outside: an
 * older build may have written it, or a person may have edited it. Before the rules touch it,
 * every id it holds must name something in this level, and its shape must be the one this build
 * writes; otherwise the rules could throw or show a day that cannot happen.
 */
import type { Level } from './level';
import type { Result } from './result';
import { err, ok } from './result';
import type { GameState } from './state';
import { GAME_STATE_VERSION, QUEUE_STATUSES, REVIEWERS, STATUSES } from './state';
import { DECISION_ARMS, DEFENSES } from './vocabulary';

/** One reason a saved state does not fit a level. `field` is the state's field, dotted. */
export type StateProblem =
  | { readonly kind: 'not-an-object' }
  | { readonly kind: 'state-version'; readonly found: unknown; readonly expected: number }
  | { readonly kind: 'other-level'; readonly found: unknown; readonly expected: string }
  | { readonly kind: 'bad-field'; readonly field: string }
  | { readonly kind: 'unknown-node'; readonly field: string; readonly node: string }
  | { readonly kind: 'pending-not-a-decision'; readonly decision: string }
  | { readonly kind: 'unknown-ending'; readonly ending: string }
  | { readonly kind: 'unknown-email'; readonly field: string; readonly email: string }
  | { readonly kind: 'unknown-option'; readonly node: string; readonly option: string }
  | { readonly kind: 'unknown-loadout'; readonly field: string; readonly value: string }
  | { readonly kind: 'inconsistent-status'; readonly status: string; readonly detail: string };

export type StateProblemKind = StateProblem['kind'];

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isUint64(value: unknown): boolean {
  return (
    isRecord(value) &&
    [value['hi'], value['lo']].every(
      (half) => Number.isInteger(half) && (half as number) >= 0 && (half as number) < 2 ** 32,
    )
  );
}

function isRng(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value['world'])) {
    return false;
  }
  const world = value['world'];
  return world['algorithm'] === 'pcg32' && isUint64(world['state']) && isUint64(world['increment']);
}

function isDraw(value: unknown): boolean {
  return (
    isRecord(value) &&
    isFiniteNumber(value['roll']) &&
    isFiniteNumber(value['threshold']) &&
    typeof value['happened'] === 'boolean'
  );
}

function isArm(value: unknown): boolean {
  return (DECISION_ARMS as readonly unknown[]).includes(value);
}

function isRate(value: unknown): boolean {
  return isFiniteNumber(value) && value >= 0 && value <= 1;
}

/** Collects problems; each check adds what it finds and goes on, so every problem is listed. */
class Problems {
  readonly list: StateProblem[] = [];
  add(problem: StateProblem): void {
    this.list.push(problem);
  }
  field(field: string): void {
    this.add({ kind: 'bad-field', field });
  }
}

function checkNodeId(level: Level, value: unknown, field: string, problems: Problems): void {
  if (typeof value !== 'string') {
    problems.field(field);
  } else if (level.nodes[value] === undefined) {
    problems.add({ kind: 'unknown-node', field, node: value });
  }
}

function checkLoadout(level: Level, value: unknown, problems: Problems): void {
  if (!isRecord(value)) {
    problems.field('loadout');
    return;
  }
  const { model, goalFraming, defenses } = value;
  if (typeof model !== 'string') {
    problems.field('loadout.model');
  } else if (!level.loadout.models.includes(model)) {
    problems.add({ kind: 'unknown-loadout', field: 'loadout.model', value: model });
  }
  if (typeof goalFraming !== 'string') {
    problems.field('loadout.goalFraming');
  } else if (!level.loadout.goalFramings.some((framing) => framing.id === goalFraming)) {
    problems.add({ kind: 'unknown-loadout', field: 'loadout.goalFraming', value: goalFraming });
  }
  if (!isStringArray(defenses)) {
    problems.field('loadout.defenses');
    return;
  }
  for (const defense of defenses) {
    const offered = level.loadout.defenses.some((card) => card.id === defense);
    if (!offered || !(DEFENSES as readonly string[]).includes(defense)) {
      problems.add({ kind: 'unknown-loadout', field: 'loadout.defenses', value: defense });
    }
  }
}

function checkEmails(level: Level, state: Fields, problems: Problems): void {
  const { delivered, read } = state;
  if (!Array.isArray(delivered)) {
    problems.field('delivered');
  } else {
    delivered.forEach((item: unknown, index) => {
      const field = `delivered.${index}`;
      if (
        !isRecord(item) ||
        typeof item['email'] !== 'string' ||
        !isFiniteNumber(item['time']) ||
        typeof item['hiddenFromAgent'] !== 'boolean'
      ) {
        problems.field(field);
      } else if (level.emails[item['email']] === undefined) {
        problems.add({ kind: 'unknown-email', field, email: item['email'] });
      }
    });
  }
  if (!isStringArray(read)) {
    problems.field('read');
    return;
  }
  read.forEach((email, index) => {
    if (level.emails[email] === undefined) {
      problems.add({ kind: 'unknown-email', field: `read.${index}`, email });
    }
  });
}

function checkChoices(level: Level, value: unknown, problems: Problems): void {
  if (!isRecord(value)) {
    problems.field('choices');
    return;
  }
  for (const [nodeId, option] of Object.entries(value)) {
    const node = level.nodes[nodeId];
    if (node === undefined) {
      problems.add({ kind: 'unknown-node', field: `choices.${nodeId}`, node: nodeId });
    } else if (typeof option !== 'string') {
      problems.field(`choices.${nodeId}`);
    } else if (node.kind !== 'choice' || !node.options.some((known) => known.id === option)) {
      problems.add({ kind: 'unknown-option', node: nodeId, option });
    }
  }
}

function checkDecisions(level: Level, value: unknown, problems: Problems): void {
  if (!isRecord(value)) {
    problems.field('decisions');
    return;
  }
  for (const [nodeId, record] of Object.entries(value)) {
    const node = level.nodes[nodeId];
    if (node?.kind !== 'decision') {
      problems.add({ kind: 'unknown-node', field: `decisions.${nodeId}`, node: nodeId });
    } else if (
      !isRecord(record) ||
      !isArm(record['arm']) ||
      !isDraw(record['attempt']) ||
      (record['monitor'] !== undefined && !isDraw(record['monitor']))
    ) {
      problems.field(`decisions.${nodeId}`);
    }
  }
}

function checkPendingAndEnding(level: Level, state: Fields, problems: Problems): void {
  const { pending, ending } = state;
  if (pending !== null) {
    if (!isRecord(pending) || typeof pending['decision'] !== 'string' || !isArm(pending['arm'])) {
      problems.field('pending');
    } else if (level.nodes[pending['decision']]?.kind !== 'decision') {
      problems.add({ kind: 'pending-not-a-decision', decision: pending['decision'] });
    }
  }
  if (ending !== null) {
    if (typeof ending !== 'string') {
      problems.field('ending');
    } else if (level.nodes[ending]?.kind !== 'ending') {
      problems.add({ kind: 'unknown-ending', ending });
    }
  }
}

function checkScalars(level: Level, state: Fields, problems: Problems): void {
  if (!isFiniteNumber(state['clock']) || state['clock'] < 0) {
    problems.field('clock');
  }
  if (!Number.isInteger(state['cursor']) || (state['cursor'] as number) < 0) {
    problems.field('cursor');
  }
  if (state['node'] !== null) {
    checkNodeId(level, state['node'], 'node', problems);
  }
  if (!Array.isArray(state['visited'])) {
    problems.field('visited');
  } else {
    state['visited'].forEach((node: unknown, index) =>
      checkNodeId(level, node, `visited.${index}`, problems),
    );
  }
  if (!isRng(state['rng'])) {
    problems.field('rng');
  }
  const assumptions = state['assumptions'];
  if (
    !isRecord(assumptions) ||
    !['catchRate', 'detectionRate', 'falseAlarmRate'].every((name) => isRate(assumptions[name])) ||
    !isFiniteNumber(assumptions['reviewMinutes']) ||
    assumptions['reviewMinutes'] < 0
  ) {
    problems.field('assumptions');
  }
  if (!(REVIEWERS as readonly unknown[]).includes(state['reviewer'])) {
    problems.field('reviewer');
  }
  if (!Array.isArray(state['log'])) {
    problems.field('log');
  }
}

/** Every queue entry names a work item of the level or a decision's action, with its fields. */
function checkQueue(level: Level, value: unknown, problems: Problems): void {
  if (!Array.isArray(value)) {
    problems.field('queue');
    return;
  }
  value.forEach((entry: unknown, index) => {
    const field = `queue.${index}`;
    if (
      !isRecord(entry) ||
      typeof entry['item'] !== 'string' ||
      !(QUEUE_STATUSES as readonly unknown[]).includes(entry['status']) ||
      !isFiniteNumber(entry['arrived']) ||
      !isFiniteNumber(entry['deadline']) ||
      typeof entry['harmful'] !== 'boolean'
    ) {
      problems.field(field);
      return;
    }
    const decision = entry['decision'];
    const known =
      decision === null
        ? level.workload.items.some((item) => item.id === entry['item'])
        : typeof decision === 'string' && level.nodes[decision]?.kind === 'decision';
    if (!known) {
      problems.field(field);
    }
  });
}

/** The status must agree with where the story stands, or the screens would show nonsense. */
function checkStatus(level: Level, state: Fields, problems: Problems): void {
  const status = state['status'];
  if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) {
    problems.field('status');
    return;
  }
  const inconsistent = (detail: string) =>
    problems.add({ kind: 'inconsistent-status', status, detail });
  const node = typeof state['node'] === 'string' ? level.nodes[state['node']] : undefined;
  const beforeDay = status === 'briefing' || status === 'loadout';
  if (beforeDay && state['node'] !== null) {
    inconsistent('the day has not started, yet the state is at a node');
  }
  if (!beforeDay && state['node'] === null) {
    inconsistent('the day has started, yet the state is at no node');
  }
  if (status === 'awaiting-choice' && node !== undefined && node.kind !== 'choice') {
    inconsistent('waiting for a choice at a node that is not a choice');
  }
  const reviewing = status === 'awaiting-flag' || status === 'awaiting-approval';
  if (reviewing !== (state['pending'] !== null)) {
    inconsistent('a pending decision and the status disagree');
  }
  if ((status === 'ended') !== (state['ending'] !== null)) {
    inconsistent('an ending and the status disagree');
  }
}

/**
 * Checks that `state` (a value read from a save) is a state of this build for `level`: its
 * version, its level id, its shape, and that every node, pending decision, ending, email,
 * chosen option and loadout item it names exists in the level. Pure; never throws.
 * @returns the state, typed, or every problem found.
 */
export function checkStateAgainstLevel(
  level: Level,
  state: unknown,
): Result<GameState, StateProblem[]> {
  if (!isRecord(state)) {
    return err([{ kind: 'not-an-object' }]);
  }
  if (state['stateVersion'] !== GAME_STATE_VERSION) {
    // Another version's fields may mean other things: checking them would only mislead.
    return err([
      { kind: 'state-version', found: state['stateVersion'], expected: GAME_STATE_VERSION },
    ]);
  }
  if (state['levelId'] !== level.id) {
    return err([{ kind: 'other-level', found: state['levelId'], expected: level.id }]);
  }
  const problems = new Problems();
  checkScalars(level, state, problems);
  checkLoadout(level, state['loadout'], problems);
  checkEmails(level, state, problems);
  checkChoices(level, state['choices'], problems);
  checkDecisions(level, state['decisions'], problems);
  checkPendingAndEnding(level, state, problems);
  checkQueue(level, state['queue'], problems);
  checkStatus(level, state, problems);
  return problems.list.length === 0 ? ok(state as unknown as GameState) : err(problems.list);
}
