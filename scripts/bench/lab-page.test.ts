import { describe, expect, it } from 'vitest';
import { type LabPageRun, labPageLines } from './lab-page';

function run(throttling: number, count: number, longestMs: number): LabPageRun {
  return {
    throttling,
    build: 'production',
    supported: true,
    count,
    longestMs,
    tasks: [],
    before: [],
    sampleMs: 2000,
    levelSampleMs: 3000,
    exactShownMs: [],
    totalMs: 9000,
  };
}

describe("the Lab probe's report", () => {
  it('sums up the repeated 1× runs: the count of each, the longest, and how many met the target', () => {
    const lines = labPageLines([run(1, 0, 0), run(1, 2, 63), run(1, 0, 0), run(4, 40, 300)]);
    expect(lines[0]).toBe(
      '  1× CPU (production build), 3 runs: 0, 2, 0 long tasks > 50 ms; longest 63 ms; target (none) met in 2 of 3',
    );
    // Then every run in full, the 4× one too.
    expect(lines.filter((line) => line.startsWith('  1× CPU (production build):'))).toHaveLength(3);
    expect(lines.filter((line) => line.startsWith('  4× CPU'))).toHaveLength(1);
  });

  it('prints no summary for a single 1× run', () => {
    const lines = labPageLines([run(1, 1, 52), run(4, 40, 300)]);
    expect(lines[0]).toMatch(/^ {2}1× CPU \(production build\): 1 long tasks/);
  });
});
