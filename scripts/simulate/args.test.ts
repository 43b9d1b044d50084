import { describe, expect, it } from 'vitest';
import type { FlagSpec } from './args';
import { readFlags } from './args';

const SPECS: FlagSpec[] = [
  { name: '--model', value: '<name>', description: '' },
  { name: '--json', value: null, description: '' },
  { name: '--help', value: null, description: '' },
];

describe('readFlags', () => {
  it('reads values after a flag or after "=", and switches without a value', () => {
    const result = readFlags(['--model', 'Claude Opus 4', '--json'], SPECS);
    expect(result.ok && [...result.value]).toEqual([
      ['--model', 'Claude Opus 4'],
      ['--json', true],
    ]);
    const inline = readFlags(['--model=gpt-4o'], SPECS);
    expect(inline.ok && inline.value.get('--model')).toBe('gpt-4o');
  });

  it('reads -h as --help', () => {
    const result = readFlags(['-h'], SPECS);
    expect(result.ok && result.value.has('--help')).toBe(true);
  });

  it('reports an unknown flag with the valid ones', () => {
    expect(readFlags(['--modle', 'x'], SPECS)).toEqual({
      ok: false,
      error: { kind: 'unknown-flag', flag: '--modle', validFlags: ['--model', '--json', '--help'] },
    });
  });

  it('reports --level as not available yet rather than unknown', () => {
    const result = readFlags(['--level', '01-eager-intern'], SPECS);
    expect(!result.ok && result.error.kind).toBe('flag-not-available');
  });

  it('reports a missing value, a stray argument and a repeated flag', () => {
    expect(!readFlags(['--model'], SPECS).ok).toBe(true);
    expect(readFlags(['--model', '--json'], SPECS)).toEqual({
      ok: false,
      error: { kind: 'missing-value', flag: '--model' },
    });
    expect(readFlags(['blackmail'], SPECS)).toEqual({
      ok: false,
      error: { kind: 'unexpected-argument', argument: 'blackmail' },
    });
    expect(readFlags(['--json', '--json'], SPECS)).toEqual({
      ok: false,
      error: { kind: 'repeated-flag', flag: '--json' },
    });
  });
});
