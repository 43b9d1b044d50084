/**
 * The last step of parsing: a level file that passed every check becomes a {@link Level}, with
 * times in seconds, `next`s as branch lists, defaults filled in and lookups by id.
 */
import type {
  DecisionArmSpec,
  Email,
  EndingNode,
  Level,
  LevelNode,
  Next,
  Workload,
} from '../model/level';
import { flattenLocale } from './check-locales';
import type { LocaleInput } from './check-locales';
import type { ArmFile, EmailFile, LevelFile, NextFile, NodeFile, WorkloadFile } from './schema';
import { parseTime } from './time';
import { branchesOf } from './walk';

/** Builds the validated level; call only when no check reported a problem. */
export function resolveLevel(file: LevelFile, locales: readonly LocaleInput[]): Level {
  const emails = byId(file.emails.map(resolveEmail));
  return {
    formatVersion: file.formatVersion,
    id: file.id,
    titleKey: file.titleKey,
    scenario: file.scenario,
    date: file.date,
    briefing: file.briefing,
    agent: file.agent,
    cast: byId(file.cast),
    emails,
    loadout: {
      ...file.loadout,
      defenses: file.loadout.defenses.map((card) => ({ ...card, upkeep: card.upkeep ?? 0 })),
    },
    workload: resolveWorkload(file.workload),
    start: file.start,
    nodes: byId(file.nodes.map((node) => resolveNode(node, emails))),
    nodeOrder: file.nodes.map((node) => node.id),
    strings: Object.fromEntries(
      locales.map((locale) => [locale.language, Object.fromEntries(flattenLocale(locale.tree))]),
    ),
  };
}

function byId<T extends { readonly id: string }>(items: readonly T[]): Record<string, T> {
  return Object.fromEntries(items.map((item) => [item.id, item]));
}

function resolveEmail(email: EmailFile): Email {
  return {
    ...email,
    cc: email.cc ?? [],
    time: parseTime(email.time),
    compartmentalized: email.compartmentalized ?? false,
  };
}

function resolveNext(next: NextFile): Next {
  return branchesOf(next);
}

function resolveNode(node: NodeFile, emails: Readonly<Record<string, Email>>): LevelNode {
  switch (node.kind) {
    case 'inbox':
      return {
        ...node,
        emails: sortByTime(
          node.emails.map((entry) => (typeof entry === 'string' ? { email: entry } : entry)),
          emails,
        ),
        next: resolveNext(node.next),
      };
    case 'choice':
      return {
        ...node,
        time: parseTime(node.time),
        options: node.options.map((option) => ({
          ...option,
          cost: option.cost ?? 0,
          next: resolveNext(option.next),
        })),
      };
    case 'decision':
      return {
        ...node,
        time: parseTime(node.time),
        harmful: resolveArm(node.harmful),
        benign: resolveArm(node.benign),
      };
    case 'split':
      return {
        ...node,
        time: parseTime(node.time),
        branches: node.branches.map((branch) => ({ ...branch, next: resolveNext(branch.next) })),
      };
    case 'ending':
      return { ...node, debrief: resolveDebrief(node.debrief) };
  }
}

/** Unconditional `questionKeys` first, then `questions`; `questionKeys` lists every key. */
function resolveDebrief(
  debrief: Extract<NodeFile, { kind: 'ending' }>['debrief'],
): EndingNode['debrief'] {
  const { questionKeys = [], questions = [], ...rest } = debrief;
  const all = [...questionKeys.map((key) => ({ key })), ...questions];
  return { ...rest, questionKeys: all.map((question) => question.key), questions: all };
}

/** The inbox fills in time order; emails with the same time keep the file's order. */
function sortByTime<T extends { email: string }>(
  entries: readonly T[],
  emails: Readonly<Record<string, Email>>,
): T[] {
  const timeOf = (entry: T) => emails[entry.email]?.time ?? 0;
  return [...entries].sort((left, right) => timeOf(left) - timeOf(right));
}

function resolveArm(arm: ArmFile): DecisionArmSpec {
  const { held, halted, ...rest } = arm;
  return {
    ...rest,
    oversight: arm.oversight ?? false,
    actionKind: arm.actionKind ?? 'external-mail',
    holdCost: arm.holdCost ?? 0,
    next: resolveNext(arm.next),
    ...(held === undefined ? {} : { held: resolveNext(held) }),
    ...(halted === undefined ? {} : { halted: resolveNext(halted) }),
  };
}

/**
 * A level without a workload has an empty queue, no cost limit beyond its cards' upkeep, and
 * the defaults below (they only matter once an agent action is queued).
 */
export const NO_WORKLOAD: Workload = {
  costLimit: 1000,
  unreviewed: 'sent',
  agentDeadline: 30,
  escalateCost: 0,
  items: [],
};

function resolveWorkload(workload: WorkloadFile | undefined): Workload {
  if (workload === undefined) {
    return NO_WORKLOAD;
  }
  const items = workload.items.map((item) => ({
    ...item,
    time: parseTime(item.time),
    deadline: parseTime(item.deadline),
    urgent: item.urgent ?? false,
  }));
  return { ...workload, items: [...items].sort((left, right) => left.time - right.time) };
}
