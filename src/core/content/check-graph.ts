/**
 * The graph pass: every node is reachable from `start`, an ending is reachable from every node,
 * the graph has no cycle (a day only moves forward), and time never runs backwards along an edge.
 * Conditions are ignored here: an edge exists if some branch names it.
 */
import type { CheckContext } from './level-index';
import type { NodeFile } from './schema';
import { parseTime } from './time';
import { branchesOf, nextSites } from './walk';

type Edges = ReadonlyMap<string, readonly { to: string; path: (string | number)[] }[]>;

/** Runs the graph checks; unknown targets were reported by the reference pass and are skipped. */
export function checkGraph(context: CheckContext): void {
  const edges = buildEdges(context);
  const reachable = reachableFrom([context.level.start], edges);
  context.level.nodes.forEach((node, position) => {
    if (!reachable.has(node.id)) {
      const message = `node "${node.id}" cannot be reached from start "${context.level.start}"`;
      context.issues.add('ERR_UNREACHABLE_NODE', context.file, ['nodes', position, 'id'], message);
    }
  });
  checkEndingsReachable(context, edges);
  checkCycles(context, edges);
  checkTimeOrder(context, edges);
}

function buildEdges({ level, index }: CheckContext): Edges {
  const edges = new Map<string, { to: string; path: (string | number)[] }[]>();
  for (const node of level.nodes) {
    edges.set(node.id, []);
  }
  for (const site of nextSites(level)) {
    branchesOf(site.next).forEach((branch, position) => {
      if (index.nodes.has(branch.to)) {
        const path = typeof site.next === 'string' ? site.path : [...site.path, position, 'to'];
        edges.get(site.from.id)?.push({ to: branch.to, path });
      }
    });
  }
  return edges;
}

function reachableFrom(starts: readonly string[], edges: Edges): Set<string> {
  const seen = new Set<string>();
  const pending = [...starts];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (!seen.has(id)) {
      seen.add(id);
      pending.push(...(edges.get(id) ?? []).map((edge) => edge.to));
    }
  }
  return seen;
}

function checkEndingsReachable({ level, file, issues }: CheckContext, edges: Edges): void {
  const reverse = new Map<string, { to: string; path: (string | number)[] }[]>();
  for (const [from, outgoing] of edges) {
    for (const edge of outgoing) {
      reverse.set(edge.to, [...(reverse.get(edge.to) ?? []), { to: from, path: edge.path }]);
    }
  }
  const endings = level.nodes.filter((node) => node.kind === 'ending').map((node) => node.id);
  const canEnd = reachableFrom(endings, reverse);
  level.nodes.forEach((node, position) => {
    if (!canEnd.has(node.id)) {
      const message = `no ending can be reached from node "${node.id}"`;
      issues.add('ERR_NO_ENDING_REACHABLE', file, ['nodes', position, 'id'], message);
    }
  });
}

/** Depth-first search with colours; reports the edge that closes each cycle. */
function checkCycles({ level, file, issues }: CheckContext, edges: Edges): void {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const edge of edges.get(id) ?? []) {
      const seen = state.get(edge.to);
      if (seen === 'open') {
        const message = `this edge to "${edge.to}" closes a cycle; a day only moves forward`;
        issues.add('ERR_CYCLE', file, edge.path, message);
      } else if (seen === undefined) {
        visit(edge.to);
      }
    }
    state.set(id, 'done');
  };
  for (const node of level.nodes) {
    if (!state.has(node.id)) {
      visit(node.id);
    }
  }
}

function checkTimeOrder(context: CheckContext, edges: Edges): void {
  const { level, index, file, issues } = context;
  for (const node of level.nodes) {
    const leaves = timeSpan(node, context)?.last;
    for (const edge of edges.get(node.id) ?? []) {
      const target = level.nodes[index.nodes.get(edge.to) ?? -1];
      const arrives = target === undefined ? undefined : timeSpan(target, context)?.first;
      if (leaves !== undefined && arrives !== undefined && arrives < leaves) {
        const message = `"${edge.to}" starts before "${node.id}" ends: time runs backwards`;
        issues.add('ERR_TIME_ORDER', file, edge.path, message);
      }
    }
  }
  level.nodes.forEach((node, position) => checkActionTimes(node, position, context));
}

/** The agent acts at or after the moment it decides. */
function checkActionTimes(
  node: NodeFile,
  position: number,
  { level, index, file, issues }: CheckContext,
) {
  if (node.kind !== 'decision') {
    return;
  }
  for (const arm of ['harmful', 'benign'] as const) {
    const email = level.emails[index.emails.get(node[arm].action ?? '') ?? -1];
    if (email !== undefined && parseTime(email.time) < parseTime(node.time)) {
      const message = `the action email "${email.id}" is sent before the decision at ${node.time}`;
      issues.add('ERR_TIME_ORDER', file, ['nodes', position, arm, 'action'], message);
    }
  }
}

/** The earliest and latest time a node occupies, or undefined if it has none (endings). */
function timeSpan(node: NodeFile, { level, index }: CheckContext) {
  const emailTime = (id: string) => {
    const email = level.emails[index.emails.get(id) ?? -1];
    return email === undefined ? undefined : parseTime(email.time);
  };
  const times: (number | undefined)[] = [];
  if (node.kind === 'inbox') {
    times.push(
      ...node.emails.map((entry) => emailTime(typeof entry === 'string' ? entry : entry.email)),
    );
  } else if (node.kind === 'choice' || node.kind === 'decision' || node.kind === 'split') {
    times.push(parseTime(node.time));
  }
  if (node.kind === 'decision') {
    // The decision ends when its last action is sent; it starts at its own time.
    const actions = [node.harmful.action, node.benign.action];
    const last = Math.max(parseTime(node.time), ...actions.map((id) => emailTime(id ?? '') ?? 0));
    return { first: parseTime(node.time), last };
  }
  const known = times.filter((time): time is number => time !== undefined);
  return known.length === 0 ? undefined : { first: Math.min(...known), last: Math.max(...known) };
}
