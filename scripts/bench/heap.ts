/**
 * What the heap keeps across replays of level 1, by heap snapshot diff:
 * `npx tsx scripts/bench/heap.ts [replays=20] [--top=25] [--save | --from-saved] [--jitless]` (`--save` keeps
 * the three snapshots in `dist-heap-snapshots/`, to open in DevTools' Memory panel or to report
 * on again with `--from-saved`, without a browser; `--jitless` runs V8 without its compilers, to
 * tell compiled code from data).
 *
 * Builds an unminified copy of the game into `dist-heap/` when the sources are newer than it (so a
 * snapshot names the source's classes), then plays level 1 the way `npm run bench` section e does
 * (title → level 1 → debrief → title, reduced motion) and takes a heap snapshot through the Chrome
 * DevTools Protocol after replay 1, 2 and the last, each after a forced garbage collection.
 *
 * It prints, by constructor (the snapshot's class name: an object's constructor, a closure's
 * function, a DOM node's tag, "(string)" …), the count and self size that grew from replay 2 to
 * the last (replay 1 → 2 holds warm-up: code compiled and caches filled once), then the objects
 * allocated after replay 2 that are still alive at the end, grouped the same way, each with one
 * shortest path from the GC roots that keeps a sample alive. Snapshot ids are stable within one
 * page, so "allocated after replay 2" is "id above the second snapshot's highest id".
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/chromium';
import { serveFolder } from '../../tests/e2e/static-server';
import { buildUnminified } from './lab-page';
import { VIEWPORT } from './load';
import { installProbes } from './page-probes';
import { playableRoute, replayOnce } from './playthrough';

/** Where the probe builds its unminified copy (git-ignored as `dist-*`). */
const HEAP_OUT = resolve('dist-heap');
/** What the build is made from: rebuilt when any of these is newer than the build. */
const SOURCES = ['src', 'levels', 'public', 'index.html', 'vite.config.ts'];

/** The parts of a V8 heap snapshot the probe reads (`.heapsnapshot` JSON). */
interface RawSnapshot {
  readonly snapshot: {
    readonly meta: {
      readonly node_fields: readonly string[];
      readonly node_types: readonly [readonly string[], ...unknown[]];
      readonly edge_fields: readonly string[];
      readonly edge_types: readonly [readonly string[], ...unknown[]];
    };
  };
  readonly nodes: readonly number[];
  readonly edges: readonly number[];
  readonly strings: readonly string[];
}

/** A parsed snapshot: one entry per node, edges as flat arrays, and the first edge of each node. */
export interface Snapshot {
  readonly count: number;
  readonly ids: Uint32Array;
  readonly selfSize: Float64Array;
  /** The node's class name, as the DevTools "Summary" groups it. */
  readonly className: readonly string[];
  readonly firstEdge: Uint32Array;
  readonly edgeType: readonly string[];
  readonly edgeName: readonly string[];
  readonly edgeTo: Uint32Array;
  readonly maxId: number;
}

function newestMtime(path: string): number {
  if (!existsSync(path)) {
    return 0;
  }
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestMtime(join(path, entry))),
    stat.mtimeMs,
  );
}

/** Builds the unminified copy when the sources changed since the last build. */
async function buildIfNeeded(): Promise<void> {
  const built = join(HEAP_OUT, 'index.html');
  const sourcesAt = Math.max(...SOURCES.map((source) => newestMtime(resolve(source))));
  if (existsSync(built) && statSync(built).mtimeMs > sourcesAt) {
    return;
  }
  process.stderr.write('heap: building an unminified copy of the game into dist-heap/\n');
  await buildUnminified(HEAP_OUT);
}

/** The class name DevTools' Summary view groups a node under. */
function classNameOf(type: string, name: string): string {
  switch (type) {
    case 'object':
    case 'native':
      return name;
    case 'closure':
      return `${name || '(anonymous)'}()`;
    case 'string':
    case 'concatenated string':
    case 'sliced string':
      return '(string)';
    case 'code':
      return '(compiled code)';
    case 'hidden':
    case 'object shape':
      return `(${type}) ${name.split(' ')[0] ?? ''}`.trim();
    default:
      return `(${type})`;
  }
}

export function parseSnapshot(json: string): Snapshot {
  const raw = JSON.parse(json) as RawSnapshot;
  const meta = raw.snapshot.meta;
  const nodeWidth = meta.node_fields.length;
  const edgeWidth = meta.edge_fields.length;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const field = (fields: readonly string[], name: string): number => {
    const index = fields.indexOf(name);
    if (index < 0) {
      throw new Error(`heap snapshot has no "${name}" field`);
    }
    return index;
  };
  const nType = field(meta.node_fields, 'type');
  const nName = field(meta.node_fields, 'name');
  const nId = field(meta.node_fields, 'id');
  const nSize = field(meta.node_fields, 'self_size');
  const nEdges = field(meta.node_fields, 'edge_count');
  const eType = field(meta.edge_fields, 'type');
  const eName = field(meta.edge_fields, 'name_or_index');
  const eTo = field(meta.edge_fields, 'to_node');
  const count = raw.nodes.length / nodeWidth;
  const edgeCount = raw.edges.length / edgeWidth;
  const ids = new Uint32Array(count);
  const selfSize = new Float64Array(count);
  const className: string[] = new Array<string>(count);
  const firstEdge = new Uint32Array(count + 1);
  let maxId = 0;
  let edge = 0;
  for (let node = 0; node < count; node += 1) {
    const base = node * nodeWidth;
    const id = raw.nodes[base + nId] ?? 0;
    ids[node] = id;
    maxId = Math.max(maxId, id);
    selfSize[node] = raw.nodes[base + nSize] ?? 0;
    const type = nodeTypes[raw.nodes[base + nType] ?? 0] ?? '?';
    className[node] = classNameOf(type, raw.strings[raw.nodes[base + nName] ?? 0] ?? '');
    firstEdge[node] = edge;
    edge += raw.nodes[base + nEdges] ?? 0;
  }
  firstEdge[count] = edge;
  const edgeType: string[] = new Array<string>(edgeCount);
  const edgeName: string[] = new Array<string>(edgeCount);
  const edgeTo = new Uint32Array(edgeCount);
  for (let index = 0; index < edgeCount; index += 1) {
    const base = index * edgeWidth;
    const type = edgeTypes[raw.edges[base + eType] ?? 0] ?? '?';
    const nameOrIndex = raw.edges[base + eName] ?? 0;
    edgeType[index] = type;
    edgeName[index] =
      type === 'element' || type === 'hidden'
        ? `[${nameOrIndex}]`
        : (raw.strings[nameOrIndex] ?? `${nameOrIndex}`);
    edgeTo[index] = (raw.edges[base + eTo] ?? 0) / nodeWidth;
  }
  return { count, ids, selfSize, className, firstEdge, edgeType, edgeName, edgeTo, maxId };
}

export async function takeSnapshot(
  cdp: CDPSession,
  saveAs?: string,
): Promise<{ snapshot: Snapshot; used: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }): void => {
    chunks.push(event.chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const json = chunks.join('');
  if (saveAs !== undefined) {
    writeFileSync(saveAs, json);
  }
  return { snapshot: parseSnapshot(json), used: usage.usedSize };
}

/** The self size of the engine's compiled code in a snapshot (V8's code objects and their data). */
export function compiledCodeSize(snapshot: Snapshot): number {
  let total = 0;
  for (let node = 0; node < snapshot.count; node += 1) {
    if (snapshot.className[node] === '(compiled code)') {
      total += snapshot.selfSize[node] ?? 0;
    }
  }
  return total;
}

interface ClassTotals {
  count: number;
  size: number;
}

function totalsByClass(
  snapshot: Snapshot,
  keep?: (node: number) => boolean,
): Map<string, ClassTotals> {
  const totals = new Map<string, ClassTotals>();
  for (let node = 0; node < snapshot.count; node += 1) {
    if (keep !== undefined && !keep(node)) {
      continue;
    }
    const name = snapshot.className[node] ?? '?';
    const entry = totals.get(name) ?? { count: 0, size: 0 };
    entry.count += 1;
    entry.size += snapshot.selfSize[node] ?? 0;
    totals.set(name, entry);
  }
  return totals;
}

/** One retaining path per node: a breadth-first walk from the root, weak edges skipped. */
export interface Retainers {
  /** The edge that first reached each node, or -1. */
  readonly via: Int32Array;
  /** The node that edge belongs to, or -1. */
  readonly parent: Int32Array;
}

export function shortestRetainers(snapshot: Snapshot): Retainers {
  const via = new Int32Array(snapshot.count).fill(-1);
  const parent = new Int32Array(snapshot.count).fill(-1);
  const queue = new Uint32Array(snapshot.count);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  parent[0] = 0;
  while (head < tail) {
    const node = queue[head++] ?? 0;
    const end = snapshot.firstEdge[node + 1] ?? 0;
    for (let edge = snapshot.firstEdge[node] ?? 0; edge < end; edge += 1) {
      const type = snapshot.edgeType[edge];
      if (type === 'weak' || type === 'shortcut') {
        continue;
      }
      const to = snapshot.edgeTo[edge] ?? 0;
      if (parent[to] === -1) {
        parent[to] = node;
        via[to] = edge;
        queue[tail++] = to;
      }
    }
  }
  return { via, parent };
}

export function retainerPath(snapshot: Snapshot, retainers: Retainers, node: number): string {
  const steps: string[] = [];
  let at = node;
  for (let depth = 0; depth < 16 && at !== 0; depth += 1) {
    const edge = retainers.via[at] ?? -1;
    if (edge < 0) {
      steps.push(`${snapshot.className[at] ?? '?'} (not reachable from the root)`);
      break;
    }
    steps.push(`${snapshot.className[at] ?? '?'}`, `.${snapshot.edgeName[edge] ?? '?'}`);
    at = retainers.parent[at] ?? 0;
  }
  return steps.join(' ← ');
}

/** A class name that says what code owns a node (not V8's or Blink's internals). */
function isOwner(name: string): boolean {
  return !name.startsWith('(') && !name.startsWith('system') && !name.startsWith('blink::');
}

/**
 * The nodes of one class grouped by their nearest owner on the shortest retaining path: the
 * first ancestor that is a named closure, object or DOM node, with the edge it holds them by.
 */
export function ownersOf(
  snapshot: Snapshot,
  retainers: Retainers,
  nodes: readonly number[],
): { owner: string; count: number; size: number }[] {
  const groups = new Map<string, { owner: string; count: number; size: number }>();
  for (const node of nodes) {
    let at = node;
    let owner = '(not reachable from the root)';
    for (let depth = 0; depth < 40 && at > 0; depth += 1) {
      const edge = retainers.via[at] ?? -1;
      const parent = retainers.parent[at] ?? -1;
      if (edge < 0 || parent < 0) {
        break;
      }
      const name = snapshot.className[parent] ?? '?';
      if (isOwner(name) || parent === 0) {
        owner = `${name.slice(0, 60)} .${snapshot.edgeName[edge] ?? '?'}`;
        break;
      }
      at = parent;
    }
    const group = groups.get(owner) ?? { owner, count: 0, size: 0 };
    group.count += 1;
    group.size += snapshot.selfSize[node] ?? 0;
    groups.set(owner, group);
  }
  return [...groups.values()].sort((x, y) => y.size - x.size);
}

/** What the JIT makes and keeps for a function: code, its metadata, its feedback. */
const CODE_CLASSES = new Set([
  '(compiled code)',
  'system / ProtectedFixedArray',
  'system / SharedFunctionInfoWrapper',
  'system / WeakArrayList',
  '(object shape) system',
]);

/**
 * Who keeps a node alive, from the root end of its shortest retaining path: Playwright's
 * injected scripts (the driver, held through the DevTools console), the page's own window, or
 * the engine's internals (code caches, maps, Blink's tables).
 */
export function originOf(snapshot: Snapshot, retainers: Retainers, node: number): string {
  let at = node;
  let origin = 'engine internals';
  for (let depth = 0; depth < 200 && at > 0; depth += 1) {
    const edge = retainers.via[at] ?? -1;
    if (edge < 0) {
      return 'not reachable from the root';
    }
    const name = snapshot.className[at] ?? '';
    const edgeName = snapshot.edgeName[edge] ?? '';
    if (edgeName.includes('DevTools console') || name.startsWith('InjectedScript')) {
      origin = 'the driver (Playwright in the page)';
    } else if (name.startsWith('Window') || name.startsWith('HTMLDocument')) {
      origin = 'the page (window, document)';
    }
    at = retainers.parent[at] ?? 0;
  }
  return origin;
}

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function growthLines(
  before: Map<string, ClassTotals>,
  after: Map<string, ClassTotals>,
  top: number,
): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  const rows = [...names].map((name) => {
    const a = before.get(name) ?? { count: 0, size: 0 };
    const b = after.get(name) ?? { count: 0, size: 0 };
    return { name, count: b.count - a.count, size: b.size - a.size, total: b.count };
  });
  return rows
    .filter((row) => row.count > 0 || row.size > 0)
    .sort((x, y) => y.size - x.size || y.count - x.count)
    .slice(0, top)
    .map(
      (row) =>
        `  ${`+${row.count}`.padStart(7)} ${`+${kB(row.size)}`.padStart(12)}  ${row.name.slice(0, 90)} (now ${row.total})`,
    );
}

async function openTitle(
  browser: Browser,
  url: string,
): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  await installProbes(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForSelector('body[data-screen="title"]', { timeout: 60_000 });
  return { page, cdp, close: () => context.close() };
}

export interface Taken {
  readonly replay: number;
  readonly snapshot: Snapshot;
  /** `Runtime.getHeapUsage`'s used size after the forced GC, when measured live. */
  readonly used?: number;
  /** Blink's counts of documents, DOM nodes and JS event listeners, when measured live. */
  readonly dom?: DomCounters;
}

/** `Memory.getDOMCounters`. */
export interface DomCounters {
  readonly documents: number;
  readonly nodes: number;
  readonly jsEventListeners: number;
}

/** The report: growth by class from the first to the second and from the second to the last. */
function report(first: Taken, second: Taken, last: Taken, top: number): string[] {
  const out: string[] = [];
  if (first.used !== undefined && second.used !== undefined && last.used !== undefined) {
    out.push(
      `Used heap after forced GC: after ${first.replay} ${kB(first.used)}, after ${second.replay} ` +
        `${kB(second.used)}, after ${last.replay} ${kB(last.used)}; ratio ${last.replay}/${first.replay} ` +
        `${(last.used / first.used).toFixed(3)}, ${last.replay}/${second.replay} ${(last.used / second.used).toFixed(3)}`,
    );
  }
  if (first.dom !== undefined && second.dom !== undefined && last.dom !== undefined) {
    out.push(
      `DOM counters (documents, nodes, JS event listeners): ${[first, second, last]
        .map(
          (taken) =>
            `after ${taken.replay} ${taken.dom?.documents}, ${taken.dom?.nodes}, ${taken.dom?.jsEventListeners}`,
        )
        .join('; ')}`,
    );
  }
  const total = (taken: Taken): number =>
    taken.snapshot.selfSize.reduce((sum, size) => sum + size, 0);
  out.push(
    `Snapshot totals (self sizes, V8 and Blink): ${[first, second, last]
      .map((taken) => `after ${taken.replay} ${kB(total(taken))}`)
      .join(', ')}`,
  );
  out.push('', `Grew from replay ${first.replay} to ${second.replay} (count, self size, class):`);
  out.push(...growthLines(totalsByClass(first.snapshot), totalsByClass(second.snapshot), top));
  out.push('', `Grew from replay ${second.replay} to ${last.replay} (count, self size, class):`);
  out.push(...growthLines(totalsByClass(second.snapshot), totalsByClass(last.snapshot), top));

  const snapshot = last.snapshot;
  const secondMax = second.snapshot.maxId;
  const isNew = (node: number): boolean => (snapshot.ids[node] ?? 0) > secondMax;
  const fresh = totalsByClass(snapshot, isNew);
  const retainers = shortestRetainers(snapshot);
  out.push(
    '',
    `Allocated after replay ${second.replay} and alive after replay ${last.replay}, with one retaining path ` +
      '(and, for the first few, the nearest named owners):',
  );
  const origins = new Map<string, ClassTotals>();
  for (let node = 0; node < snapshot.count; node += 1) {
    if (isNew(node)) {
      const kind = CODE_CLASSES.has(snapshot.className[node] ?? '') ? 'code' : 'data';
      const origin = `${kind} kept by ${originOf(snapshot, retainers, node)}`;
      const entry = origins.get(origin) ?? { count: 0, size: 0 };
      entry.count += 1;
      entry.size += snapshot.selfSize[node] ?? 0;
      origins.set(origin, entry);
    }
  }
  out.push(
    `  by kind and who keeps them: ${[...origins.entries()]
      .sort((x, y) => y[1].size - x[1].size)
      .map(([origin, totals]) => `${origin} ${totals.count}, ${kB(totals.size)}`)
      .join('; ')}`,
  );
  const pageData: number[] = [];
  for (let node = 0; node < snapshot.count; node += 1) {
    if (
      isNew(node) &&
      !CODE_CLASSES.has(snapshot.className[node] ?? '') &&
      originOf(snapshot, retainers, node).startsWith('the page')
    ) {
      pageData.push(node);
    }
  }
  out.push('', '  Data (not code) kept by the page, by nearest named owner:');
  for (const group of ownersOf(snapshot, retainers, pageData).slice(0, top)) {
    out.push(`    ${`${group.count}`.padStart(6)} ${kB(group.size).padStart(10)}  ${group.owner}`);
  }
  out.push('');
  const ranked = [...fresh.entries()].sort((x, y) => y[1].size - x[1].size).slice(0, top);
  for (const [rank, [name, totals]] of ranked.entries()) {
    out.push(
      `  ${`${totals.count}`.padStart(6)} ${kB(totals.size).padStart(10)}  ${name.slice(0, 90)}`,
    );
    const nodes: number[] = [];
    for (let node = 0; node < snapshot.count; node += 1) {
      if (isNew(node) && snapshot.className[node] === name) {
        nodes.push(node);
      }
    }
    const sample = nodes[nodes.length - 1];
    if (sample !== undefined) {
      out.push(`           ${retainerPath(snapshot, retainers, sample).slice(0, 600)}`);
    }
    if (rank < 6) {
      for (const group of ownersOf(snapshot, retainers, nodes).slice(0, 8)) {
        out.push(`           held by ${group.owner}: ${group.count}, ${kB(group.size)}`);
      }
    }
  }
  return out;
}

/** Plays the replays in Chromium and takes the three snapshots. */
async function takeLive(
  replays: number,
  save: string | undefined,
  jsFlags: readonly string[],
): Promise<Taken[]> {
  const saveAs = (replay: number): string | undefined =>
    save === undefined ? undefined : join(save, `replay-${replay}.heapsnapshot`);
  await buildIfNeeded();
  if (save !== undefined) {
    mkdirSync(save, { recursive: true });
  }
  const server = await serveFolder(HEAP_OUT);
  const browser = await launchChromium(
    jsFlags.length === 0 ? [] : [`--js-flags=${jsFlags.join(' ')}`],
  );
  try {
    const { page, cdp, close } = await openTitle(browser, server.url);
    try {
      await cdp.send('HeapProfiler.enable');
      // The title is painted before Phaser loads, and the play scenes are added after the title's:
      // the route is known once the debrief's scene is there.
      await page.waitForFunction(
        () => window.overseer?.game?.scene.keys.debrief !== undefined,
        undefined,
        { timeout: 60_000 },
      );
      const route = await playableRoute(page);
      const taken: Taken[] = [];
      for (let replay = 1; replay <= replays; replay += 1) {
        await replayOnce(page, route);
        if (replay === 1 || replay === 2 || replay === replays) {
          const { snapshot, used } = await takeSnapshot(cdp, saveAs(replay));
          const dom = (await cdp.send('Memory.getDOMCounters')) as DomCounters;
          taken.push({ replay, snapshot, used, dom });
          process.stderr.write(`heap: after replay ${replay} (${route}): ${kB(used)}\n`);
        }
      }
      return taken;
    } finally {
      await close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Reads the snapshots `--save` kept, by replay number. */
export function takeSaved(folder: string): Taken[] {
  return readdirSync(folder)
    .map((file) => /^replay-(\d+)\.heapsnapshot$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ replay: Number(match[1]), file: join(folder, match[0]) }))
    .sort((a, b) => a.replay - b.replay)
    .map(({ replay, file }) => ({ replay, snapshot: parseSnapshot(readFileSync(file, 'utf8')) }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const replays = Math.max(3, Number(args.find((arg) => /^\d+$/.test(arg)) ?? 20));
  const top = Number(args.find((arg) => arg.startsWith('--top='))?.slice(6) ?? 25);
  const saved = resolve('dist-heap-snapshots');
  const taken = args.includes('--from-saved')
    ? takeSaved(saved)
    : await takeLive(
        replays,
        args.includes('--save') ? saved : undefined,
        args.includes('--jitless') ? ['--jitless'] : [],
      );
  const [first, second] = taken;
  const last = taken[taken.length - 1];
  if (first === undefined || second === undefined || last === undefined || last === second) {
    throw new Error('need three snapshots (replay 1, 2 and a later one)');
  }
  process.stdout.write(`${report(first, second, last, top).join('\n')}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
