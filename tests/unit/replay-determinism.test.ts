/**
 * Deterministic replay over every level and 1 000 seeds each: see replay/determinism.ts.
 *
 * The check runs in its own Node process (through tsx), not inside Vitest's module runner:
 * src/core/rules/transition.ts exports a function named `then`, which makes its module
 * namespace a thenable, and Vitest's runner awaits namespaces, so importing `step` in a Vitest
 * test fails with "Unknown Error: undefined". Node's own ES module loader links static imports
 * without awaiting them.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { LevelReport } from './replay/determinism';

const SCRIPT = 'tests/unit/replay/determinism.ts';

function runCheck(): LevelReport[] {
  const output = execFileSync(process.execPath, ['--import', 'tsx', SCRIPT], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output) as LevelReport[];
}

describe('deterministic replay', () => {
  const reports = runCheck();

  it('checked core’s minimal level and every level in levels/', () => {
    expect(reports.length).toBeGreaterThanOrEqual(1);
  });

  it.each(reports.map((report) => [report.name, report] as const))(
    '%s: the same seed and commands give the same events, over 1 000 seeds',
    (_name, report) => {
      expect(report.error, 'the level could not be played').toBeUndefined();
      expect(report.seeds).toBeGreaterThanOrEqual(1_000);
      expect(report.mismatchedSeeds, 'seeds whose replay differed').toEqual([]);
      // The dice and the random player must matter, or the equality above proves nothing.
      expect(report.distinctGames).toBeGreaterThan(1);
      expect(report.seedSensitive).toBeGreaterThan(0);
    },
  );
});
