/** The bench's results and their printed report, with each figure set against its target. */
import type { CoreThroughput } from './core';
import type { BootProfile, Transfer } from './load';
import type { Machine } from './machine';
import type { Probes } from './page-probes';
import type { HeapRun, IdleRun, LongTaskRun } from './session';
import { kB, median, ms, perSecond, ratio } from './stats';

export interface StartupSide {
  readonly medianMs: number;
  readonly allMs: readonly number[];
  readonly medianDomContentLoadedMs: number;
  readonly screens: Probes['screens'];
  readonly bootLongTasks: Probes['longTasks'];
  readonly profile: BootProfile;
}

export interface BenchResults {
  readonly machine: Machine;
  seconds: number;
  readonly builds: { readonly gameSeconds: number; readonly bareSeconds: number };
  readonly transfer: { readonly game: Transfer; readonly bare: Transfer };
  readonly startup: {
    readonly loads: number;
    /** Cold loads with the CPU slowed `cpu` times: the ready times of each page. */
    readonly slow: {
      readonly cpu: number;
      readonly loads: number;
      readonly gameMs: readonly number[];
      readonly bareMs: readonly number[];
    };
    readonly game: StartupSide;
    readonly bare: StartupSide;
  };
  readonly longTasks: readonly LongTaskRun[];
  readonly idle: readonly IdleRun[];
  readonly heap: HeapRun;
  readonly core: CoreThroughput;
}

/** The targets of docs/PERFORMANCE.md. */
export const TARGETS = {
  /** The title usable in at most this share of the time the bare page takes to its scene. */
  startupRatio: 0.5,
  extraJsGzipBytes: 150_000,
  /** The longest task allowed during play, by CPU slow-down: none over 50 ms at 1×, 100 ms at 4×. */
  longestTaskMs: { 1: 50, 4: 100 } as Readonly<Record<number, number>>,
  gridMs: 100,
  monteCarloRatio: 0.3,
  heapRatio: 1.05,
} as const;

function verdict(holds: boolean): string {
  return holds ? 'holds' : 'MISSES';
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    `  ${row.map((cell, index) => pad(cell, widths[index] ?? 0)).join('  ')}`.trimEnd(),
  );
}

function timeline(screens: Probes['screens']): string {
  return screens.map((mark) => `${mark.name} ${mark.at.toFixed(0)}`).join(' → ');
}

function profileLines(profile: BootProfile): string[] {
  const top = profile.byScript.slice(0, 5).map((entry) => `${entry.script} ${ms(entry.ms)}`);
  const functions = profile.byFunction
    .slice(0, 4)
    .map((entry) => `${entry.name} (${entry.script}) ${ms(entry.ms)}`);
  return [
    `    main thread busy ${ms(profile.totalMs)}: ${top.join(', ')}`,
    `    top functions: ${functions.join('; ')}`,
  ];
}

export function renderReport(results: BenchResults): string {
  const { machine, transfer, startup, longTasks, idle, heap, core } = results;
  const lines: string[] = [];
  lines.push('Overseer bench');
  lines.push(
    `machine: ${machine.os}; ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB ` +
      `(load ${machine.loadAverage1m}); Node ${machine.node}; Chromium ${machine.chromium}; ${machine.date}`,
  );

  const extraJs = transfer.game.js.gzip - transfer.bare.js.gzip;
  lines.push('');
  lines.push('a. initial load (files fetched before the first interactive screen)');
  lines.push(
    ...table([
      ['', 'JS raw', 'JS gzip', 'total raw', 'total gzip', 'files'],
      ...(['game', 'bare'] as const).map((side) => [
        side === 'game' ? 'game' : 'bare Phaser',
        kB(transfer[side].js.raw),
        kB(transfer[side].js.gzip),
        kB(transfer[side].total.raw),
        kB(transfer[side].total.gzip),
        String(transfer[side].files.length),
      ]),
      [
        'ratio',
        ratio(transfer.game.js.raw / transfer.bare.js.raw),
        ratio(transfer.game.js.gzip / transfer.bare.js.gzip),
        ratio(transfer.game.total.raw / transfer.bare.total.raw),
        ratio(transfer.game.total.gzip / transfer.bare.total.gzip),
        '',
      ],
    ]),
  );
  const biggest = [...transfer.game.files].sort((a, b) => b.gzip - a.gzip).slice(0, 4);
  lines.push(
    `  largest (gzip): ${biggest.map((file) => `${file.path} ${kB(file.gzip)}`).join(', ')}`,
  );
  lines.push(
    `  target: game JS ≤ bare + 150 kB gzip → ${extraJs < 0 ? '−' : '+'}${kB(Math.abs(extraJs))}: ${verdict(extraJs <= TARGETS.extraJsGzipBytes)}`,
  );

  const startupRatio = startup.game.medianMs / startup.bare.medianMs;
  lines.push('');
  lines.push(
    `b. navigation → interactive, median of ${startup.loads} cold loads (fresh context each)`,
  );
  lines.push(
    ...table([
      ['', 'median', 'DOMContentLoaded', 'all loads'],
      [
        'game (title)',
        ms(startup.game.medianMs),
        ms(startup.game.medianDomContentLoadedMs),
        startup.game.allMs.map((value) => value.toFixed(0)).join(' '),
      ],
      [
        'bare Phaser (ready)',
        ms(startup.bare.medianMs),
        ms(startup.bare.medianDomContentLoadedMs),
        startup.bare.allMs.map((value) => value.toFixed(0)).join(' '),
      ],
    ]),
  );
  lines.push(
    `  ratio ${ratio(startupRatio)}; target ≤ ${TARGETS.startupRatio}×: ${verdict(startupRatio <= TARGETS.startupRatio)}`,
  );
  const slowGame = median(startup.slow.gameMs);
  const slowBare = median(startup.slow.bareMs);
  const slowRatio = slowGame / slowBare;
  lines.push(
    `  at ${startup.slow.cpu}× CPU, median of ${startup.slow.loads}: game ${ms(slowGame)} (${startup.slow.gameMs.map((value) => value.toFixed(0)).join(' ')}), bare Phaser ${ms(slowBare)} (${startup.slow.bareMs.map((value) => value.toFixed(0)).join(' ')})`,
    `  ratio ${ratio(slowRatio)}; target ≤ ${TARGETS.startupRatio}×: ${verdict(slowRatio <= TARGETS.startupRatio)}`,
  );
  lines.push(`  game screens (ms): ${timeline(startup.game.screens)}`);
  lines.push('  where one profiled boot spent its time:');
  lines.push('   game:');
  lines.push(...profileLines(startup.game.profile));
  lines.push('   bare Phaser:');
  lines.push(...profileLines(startup.bare.profile));

  lines.push('');
  lines.push('c. long tasks (> 50 ms) after boot');
  for (const run of longTasks) {
    const label =
      run.route === 'level-1'
        ? 'level 1 playthrough'
        : 'menus title→settings→title→sources→title ×3 (no level yet)';
    lines.push(
      `  ${run.throttling}× CPU: ${run.count} long tasks, longest ${ms(run.longestMs)} over ${ms(run.playMs)} of ${label}` +
        (run.supported ? '' : ' (longtask entries unsupported!)') +
        `; host script ${ms(run.hostMs.before)} before, ${ms(run.hostMs.after)} after`,
    );
    if (run.fallbackReason !== undefined) {
      lines.push(`    note: ${run.fallbackReason}`);
    }
    if (run.partial !== undefined) {
      lines.push(`    partial: ${run.partial}`);
    }
    for (const task of run.tasks) {
      lines.push(`    ${ms(task.ms)} at +${task.startMs.toFixed(0)} ms on "${task.screen}"`);
    }
  }
  for (const run of idle) {
    lines.push(
      `  baseline, ${run.label} for ${run.seconds} s: ${run.count} long tasks, longest ${ms(run.longestMs)}`,
    );
  }
  const profiled = longTasks.find((run) => run.profile !== undefined);
  if (profiled?.profile !== undefined) {
    lines.push(`  where the ${profiled.throttling}× play spent its main-thread time:`);
    lines.push(...profileLines(profiled.profile));
  }
  lines.push(
    '  (host script: one fixed script timed in the page before and after each run, at 1×; larger on a slower host)',
  );
  for (const throttling of [...new Set(longTasks.map((run) => run.throttling))]) {
    const runs = longTasks.filter((run) => run.throttling === throttling);
    const limit = TARGETS.longestTaskMs[throttling];
    if (limit === undefined) {
      continue;
    }
    const met = runs.filter((run) => run.longestMs <= limit).length;
    lines.push(
      `  target at ${throttling}×: none over ${ms(limit)}: ${verdict(met === runs.length)} ` +
        `(met in ${met} of ${runs.length} run${runs.length === 1 ? '' : 's'})`,
    );
  }

  lines.push('');
  lines.push('d. core throughput (Node)');
  lines.push(
    `  exact odds, ${core.grid.requests} requests (${core.grid.withOdds} with a published rate): ` +
      `full grid ${ms(core.grid.medianGridMs)} median (fastest ${ms(core.grid.fastestGridMs)}, ${core.grid.passes} passes), ${perSecond(core.grid.oddsPerSecond)}`,
  );
  lines.push(`  target: full grid < 100 ms: ${verdict(core.grid.medianGridMs < TARGETS.gridMs)}`);
  lines.push(
    `  Monte Carlo ${perSecond(core.monteCarlo.episodesPerSecond)} episodes (${core.monteCarlo.drawsPerEpisode} draws each) ` +
      `vs raw PRNG ${perSecond(core.prng.drawsPerSecond)} draws: ratio ${core.ratio.toFixed(2)}`,
  );
  lines.push(`  target: ≥ 0.3: ${verdict(core.ratio >= TARGETS.monteCarloRatio)}`);

  const heapRatio = heap.afterN / heap.afterOne;
  lines.push('');
  lines.push(
    `e. JS heap after forced GC, ${heap.route === 'level-1' ? 'level 1 replays (title → debrief → title)' : 'title↔sources round trips (no level yet)'}`,
  );
  if (heap.fallbackReason !== undefined) {
    lines.push(`  note: ${heap.fallbackReason}`);
  }
  lines.push(
    `  after 1: ${kB(heap.afterOne)}; after ${heap.replays}: ${kB(heap.afterN)}; ratio ${heapRatio.toFixed(3)} ` +
      `(${heap.seconds.toFixed(0)} s)`,
  );
  lines.push(
    `  target: ≤ 1.05 after 20: ${verdict(heapRatio <= TARGETS.heapRatio)}` +
      (heap.replays < 20 ? ` (only ${heap.replays} replays fit the time budget)` : ''),
  );
  if (heap.withoutCode !== undefined) {
    const { afterOne, afterN } = heap.withoutCode;
    lines.push(
      `  less the engine's compiled code (heap snapshot): after 1: ${kB(afterOne)}; after ${heap.replays}: ${kB(afterN)}; ` +
        `ratio ${(afterN / afterOne).toFixed(3)} (not the target's figure; docs/PERFORMANCE.md, e)`,
    );
  }
  lines.push('');
  lines.push(
    `bench took ${results.seconds.toFixed(0)} s (builds ${results.builds.gameSeconds.toFixed(1)} s + ${results.builds.bareSeconds.toFixed(1)} s)`,
  );
  return `${lines.join('\n')}\n`;
}
