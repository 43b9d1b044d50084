import { describe, expect, it } from 'vitest';
import { DEFENSES, MODEL_NAMES, SCENARIOS, URGENCIES } from '../../src/core';
import { runSimulate } from './main';

/** Runs the CLI and captures what it prints. */
function run(argv: string[]): { code: number; out: string; error: string } {
  let out = '';
  let error = '';
  const code = runSimulate(argv, {
    out: (text) => (out += text),
    error: (text) => (error += text),
  });
  return { code, out, error };
}

const EXAMPLE = [
  '--scenario=blackmail',
  '--model=Claude Opus 4',
  '--goal=explicit:america',
  '--urgency=replacement',
  '--defenses=prohibition,oversight',
  '--runs=2000',
];

describe('npm run simulate', () => {
  it('prints the outcome table, the steps and the sources of the example', () => {
    const { code, out } = run(EXAMPLE);
    expect(code).toBe(0);
    for (const text of [
      'harm',
      'caught-by-reviewer',
      'Why P(harm)',
      'prohibition',
      'oversight',
      'catch-rate = 0.9',
    ]) {
      expect(out).toContain(text);
    }
    expect(out).toContain(
      'blackmail.explicit-america.replacement.claude-opus-4.prohibition: 0.37 (n = 100, primary)',
    );
    expect(out).toContain("Figure 12 'System Prompt Mitigations for Claude Opus 4'");
  });

  it('prints the same content as JSON with --json, reproducibly for a seed', () => {
    const first = run([...EXAMPLE, '--json', '--seed', '9']);
    const parsed = JSON.parse(first.out) as {
      harm: { value: number };
      outcomes: { count: number }[];
      rateRows: { id: string }[];
    };
    expect(parsed.harm.value).toBeCloseTo(0.37 * 0.1, 12);
    expect(parsed.outcomes.reduce((sum, line) => sum + line.count, 0)).toBe(2000);
    expect(parsed.rateRows.map((row) => row.id)).toContain(
      'blackmail.explicit-america.replacement.claude-opus-4',
    );
    expect(run([...EXAMPLE, '--json', '--seed', '9']).out).toBe(first.out);
  });

  it('lists every model, scenario, goal, urgency and defense with --help', () => {
    const { code, out } = run(['--help']);
    expect(code).toBe(0);
    for (const name of [
      ...MODEL_NAMES,
      ...SCENARIOS,
      ...URGENCIES,
      ...DEFENSES,
      'explicit:america',
      'ambiguous',
    ]) {
      expect(out).toContain(name);
    }
    expect(out).toContain('seemed to not understand that they were acting autonomously');
  });

  it('explains a condition with no published rate, listing who has it, and exits non-zero', () => {
    const { code, error } = run(
      EXAMPLE.map((arg) => (arg === '--scenario=blackmail' ? '--scenario=murder' : arg)).map(
        (arg) => (arg === '--model=Claude Opus 4' ? '--model=GPT-4o' : arg),
      ),
    );
    expect(code).toBe(1);
    expect(error).toContain(
      'No published rate: the study did not publish GPT-4o in murder.explicit-america.replacement',
    );
    expect(error).toContain(
      'Models with a published rate for murder.explicit-america.replacement: Claude Opus 4,',
    );
    expect(error).toContain(
      'Conditions published for GPT-4o: blackmail.explicit-america.replacement',
    );
  });

  it('rejects an unknown name with the valid choices and exits non-zero', () => {
    const { code, error } = run(
      EXAMPLE.map((arg) => (arg === '--urgency=replacement' ? '--urgency=tomorrow' : arg)),
    );
    expect(code).toBe(2);
    expect(error).toContain(
      'Unknown --urgency "tomorrow". Choose one of: replacement, restriction, none.',
    );
  });

  it('says --level is not available yet instead of crashing', () => {
    const { code, error } = run(['--level', '01-eager-intern']);
    expect(code).toBe(2);
    expect(error).toContain('--level is not available yet');
  });
});
