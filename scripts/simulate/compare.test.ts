import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAB_SETUP,
  labExact,
  labJson,
  labLevelExact,
  labLevelSample,
  labSample,
} from '../../src/core/lab';
import { LEVELS_DIR, loadLevelFolder } from '../validate-levels';
import type { LabSetup } from '../../src/core/lab';
import { runSimulate } from './main';

function run(argv: readonly string[]): { code: number; out: string; error: string } {
  let out = '';
  let error = '';
  const code = runSimulate(argv, {
    out: (text) => (out += text),
    error: (text) => (error += text),
  });
  return { code, out, error };
}

const ARGS = [
  '--scenario',
  'blackmail',
  '--model',
  'Claude Opus 4,gpt-4-1',
  '--goal',
  'none',
  '--urgency',
  'replacement',
];

describe('simulate --compare', () => {
  it("prints --json equal to core's labJson for the same set-up and seed", () => {
    const result = run([
      '--compare',
      'prohibition,oversight',
      'monitor',
      ...ARGS,
      '--runs',
      '3000',
      '--seed',
      '11',
      '--catch-rate',
      '0.8',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const setup: LabSetup = {
      ...DEFAULT_LAB_SETUP,
      subject: {
        kind: 'condition',
        scenario: 'blackmail',
        goal: { type: 'none', value: 'none' },
        urgency: 'replacement',
      },
      models: ['Claude Opus 4', 'GPT-4.1'],
      loadouts: [{ defenses: ['prohibition', 'oversight'] }, { defenses: ['monitor'] }],
      assumptions: { ...DEFAULT_LAB_SETUP.assumptions, catchRate: 0.8 },
      runs: 3000,
      seed: 11,
    };
    const exact = labExact(setup);
    const expected = labJson(setup, exact, labSample(setup, {}, exact));
    expect(JSON.parse(result.out)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('prints a table with the paired difference', () => {
    const result = run(['--compare', 'none', 'oversight', ...ARGS, '--runs', '1000']);
    expect(result.out).toContain('A − B: sampled');
    expect(result.out).toContain('Rate rows used:');
  });

  it('refuses what the Lab address would clamp or drop', () => {
    const result = run(['--compare', 'laser', ...ARGS, '--catch-rate', '1.5']);
    expect(result.code).toBe(2);
    expect(result.error).toContain('--compare: unknown-defense "laser"');
    expect(result.error).toContain('--compare: too-few-loadouts');
  });
});

describe('simulate --compare --level', () => {
  const loaded = loadLevelFolder(path.join(LEVELS_DIR, '1-the-upgrade'));

  it("prints --json equal to core's labJson of the level, with the level's default model", () => {
    if (!loaded.ok) throw new Error('level 1 does not load');
    const level = loaded.value;
    const result = run([
      '--compare',
      'none',
      'monitor',
      '--level',
      level.id,
      '--runs',
      '60',
      '--seed',
      'cli',
      '--json',
    ]);
    expect(result.error).toBe('');
    expect(result.code).toBe(0);
    const setup: LabSetup = {
      ...DEFAULT_LAB_SETUP,
      subject: { kind: 'level', level: level.id },
      models: [level.loadout.defaultModel as LabSetup['models'][number]],
      loadouts: [{ defenses: [] }, { defenses: ['monitor'] }],
      runs: 60,
      seed: 'cli',
    };
    const expected = labJson(setup, labLevelExact(setup, level), labLevelSample(setup, level));
    expect(JSON.parse(result.out)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('prints the level table and refuses condition flags beside a level', () => {
    const table = run(['--compare', 'none', 'monitor', '--level', '1-the-upgrade', '--runs', '20']);
    expect(table.out).toContain('Strategy Lab · level 1-the-upgrade · 20 paired days');
    expect(table.out).toContain('A − B: sampled');
    expect(table.out).toContain('Rate rows the level draws on:');
    const mixed = run([
      '--compare',
      'none',
      'monitor',
      '--level',
      '1-the-upgrade',
      '--scenario',
      'murder',
    ]);
    expect(mixed.code).toBe(2);
    expect(mixed.error).toContain('mixed-subject');
    const unknown = run(['--compare', 'none', 'monitor', '--level', 'no-such-level']);
    expect(unknown.code).toBe(1);
  });
});
