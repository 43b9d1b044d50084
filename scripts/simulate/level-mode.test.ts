import { describe, expect, it } from 'vitest';
import { lookupRate } from '../../src/core';
import { run } from './level-mode';

function output(argv: string[]): { code: number; text: string } {
  const lines: string[] = [];
  const code = run(argv, (line) => lines.push(line));
  return { code, text: lines.join('\n') };
}

describe('simulate --level', () => {
  it('prints the exact odds with their rate row and source, and the sampled endings', () => {
    const { code, text } = output(['--level', '1-the-upgrade', '--runs', '500', '--seed', '7']);
    const row = lookupRate('Claude Opus 4', {
      scenario: 'blackmail',
      goalType: 'none',
      goalValue: 'none',
      urgency: 'replacement',
    });
    expect(code).toBe(0);
    expect(row.ok).toBe(true);
    if (row.ok) {
      expect(text).toContain(row.value.id);
      expect(text).toContain(row.value.source);
      expect(text).toContain(`${(row.value.rate * 100).toFixed(2)} %`);
    }
    expect(text).toMatch(/end-handover\s+no-harm\s+exact/);
    expect(text).toContain('500 runs');
  });

  it('labels the monitor as an assumption and applies choices', () => {
    const { text } = output([
      '--level',
      '1-the-upgrade',
      '--model',
      'gemini-2.5-pro',
      '--defenses',
      'monitor',
      '--choose',
      'kyle-forwards=his-call',
      '--runs',
      '200',
    ]);
    expect(text).toContain('Gemini 2.5 Pro');
    expect(text).toMatch(/\(assumption\)|assumption/);
    expect(text).toMatch(/end-shut-down-early\s+harm\s+exact\s+0\.00 %/);
  });

  it('refuses an unknown defense and a loadout the level does not offer', () => {
    expect(() => output(['--level', '1-the-upgrade', '--defenses', 'firewall'])).toThrow(
      /unknown defense/,
    );
    const { code, text } = output([
      '--level',
      '0-first-day',
      '--defenses',
      'remove-threat',
      '--runs',
      '10',
    ]);
    expect(code).toBe(1);
    expect(text).toContain('ERR_DEFENSE_NOT_OFFERED');
  });
});

describe('simulate --level --frontier', () => {
  it('prints every legal loadout with its exact harm and cost, and the same rows as JSON', async () => {
    const { loadShippedLevel } = await import('../../tests/unit/level-catalog');
    const { levelFrontier } = await import('../../src/core');
    const level = loadShippedLevel('2-the-pivot');
    const expected = levelFrontier(level);
    if (!expected.ok) throw new Error(expected.error.message);

    const table = output(['--level', '2-the-pivot', '--frontier']);
    expect(table.code).toBe(0);
    expect(table.text).toContain('No loadout is best on both harm and cost');
    // One line per legal loadout, the frontier marked with a star.
    const starred = table.text.split('\n').filter((line) => /\*\s*$/.test(line));
    expect(starred).toHaveLength(expected.value.filter((row) => row.onFrontier).length);

    const json = output(['--level', '2-the-pivot', '--frontier', '--json']);
    const data = JSON.parse(json.text) as {
      loadouts: { defenses: string[]; harm: number; expectedCost: number }[];
      dominant: string[] | null;
      reviewer: string;
    };
    expect(data.reviewer).toBe('assumed');
    expect(data.dominant).toBeNull();
    expect(data.loadouts).toEqual(JSON.parse(JSON.stringify(expected.value)));
  }, 60_000);

  it('refuses an unknown reviewer', () => {
    expect(() => run(['--level', '2-the-pivot', '--review', 'perfect'], () => undefined)).toThrow(
      /assumed, hold or approve/,
    );
  });
});
