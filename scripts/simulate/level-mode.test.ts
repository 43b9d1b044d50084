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
