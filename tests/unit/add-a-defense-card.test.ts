/**
 * The recipe of docs/ARCHITECTURE.md ("Adding a defense card"), carried out on a copy of core:
 * a new id in the vocabulary makes the compiler point at the defense table and nowhere else;
 * one entry in the table is then enough for the odds, the outcomes, the Monte Carlo, the loadout
 * view and the level validator to play the card.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve('.');
// Inside the project, so that the copy resolves the project's node_modules (valibot); a folder of
// its own per run, so that two runs at once never share it.
mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
const WORK = mkdtempSync(path.join(ROOT, 'test-results', 'add-a-defense-card-'));

function patch(file: string, from: string, to: string): void {
  const full = path.join(WORK, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) {
    throw new Error(`${file} no longer contains the text this test patches: ${from}`);
  }
  writeFileSync(full, text.replace(from, to));
}

/** The compiler's complaints about the copy of core, one per line (empty when it compiles). */
function compileErrors(): string[] {
  try {
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/typescript/bin/tsc'),
        '--noEmit',
        '-p',
        'src/core/tsconfig.json',
      ],
      { cwd: WORK, encoding: 'utf8', stdio: 'pipe' },
    );
    return [];
  } catch (error) {
    return String((error as { stdout?: string }).stdout)
      .split('\n')
      .filter((line) => /error TS\d+/.test(line));
  }
}

const PROBE = `
import { computeOdds, conditionLoadoutView, parseLevel, simulateLoadout, standardOffer } from './src/core/index.ts';
import levelJson from './src/core/testing/minimal-level/level.json' with { type: 'json' };
import en from './src/core/testing/minimal-level/en.json' with { type: 'json' };
import de from './src/core/testing/minimal-level/de.json' with { type: 'json' };

const condition = { scenario: 'blackmail', goalType: 'explicit', goalValue: 'america', urgency: 'replacement' } as const;
const model = 'Claude Opus 4';
const plain = computeOdds({ model, condition, defenses: [] });
const boxed = computeOdds({ model, condition, defenses: ['sandbox'] });
const view = conditionLoadoutView({ model, condition, offered: standardOffer(['sandbox', 'monitor']), budget: 3, defenses: ['sandbox'] });
const sample = simulateLoadout({ model, condition, defenses: ['sandbox'] }, { runs: 20000, seed: 7 });
const level = structuredClone(levelJson) as { loadout: { defenses: { id: string; cost: number }[] } };
level.loadout.defenses.push({ id: 'sandbox', cost: 1 });
if (!parseLevel({ dir: 'levels/minimal-level', levelJson, locales: { en, de } }).ok) throw new Error('the minimal level does not parse');
const parsed = parseLevel({ dir: 'levels/minimal-level', levelJson: level, locales: { en, de } });
if (!plain.ok || !boxed.ok || !view.odds.ok || !sample.ok) throw new Error('odds failed');
console.log(JSON.stringify({
  plain: plain.value.harm.value,
  boxed: boxed.value.harm.value,
  stepKinds: boxed.value.steps.map((step) => step.kind),
  chip: view.cards.find((card) => card.id === 'sandbox')?.chip,
  spent: view.spent,
  sampledHarm: sample.value.outcomes.harm.sampledRate,
  levelOk: parsed.ok,
}));
`;

describe('adding a defense card', () => {
  beforeAll(() => {
    mkdirSync(path.join(WORK, 'src'), { recursive: true });
    cpSync(path.join(ROOT, 'src/core'), path.join(WORK, 'src/core'), { recursive: true });
    cpSync(path.join(ROOT, 'tsconfig.json'), path.join(WORK, 'tsconfig.json'));
  });

  afterAll(() => {
    rmSync(WORK, { recursive: true, force: true });
  });

  it('takes an id, one table entry, and nothing else in core', () => {
    patch(
      'src/core/model/vocabulary.ts',
      "  'monitor',\n] as const;",
      "  'monitor',\n  'sandbox',\n] as const;",
    );
    const before = compileErrors();
    // The compiler points at the table, and only at the table.
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((line) => line.startsWith('src/core/defenses/defense-table.ts'))).toBe(
      true,
    );

    patch(
      'src/core/defenses/defense-table.ts',
      '  oversight: {\n',
      `  sandbox: {
    id: 'sandbox',
    stage: 'scale-attempt',
    cost: 1,
    bases: ['reviewer-catch'],
    assumptions: ['catch-rate'],
    changesPrompt: false,
    upkeep: 'day',
    standardUpkeep: 0.5,
    // A made-up card for this test: it halves the attempt, as an assumption.
    scale: (probability) =>
      applyAssumedStop(probability, { name: 'catch-rate', rate: 0.5, basis: 'reviewer-catch' }),
  },
  oversight: {
`,
    );
    expect(compileErrors()).toEqual([]);

    writeFileSync(path.join(WORK, 'probe.ts'), PROBE);
    const output = execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'probe.ts'],
      { cwd: WORK, encoding: 'utf8', stdio: 'pipe' },
    );
    const result = JSON.parse(output) as {
      plain: number;
      boxed: number;
      stepKinds: string[];
      chip: { tag: string; secondHand: boolean } | null;
      spent: number;
      sampledHarm: number;
      levelOk: boolean;
    };
    // The odds apply it as a step of its own, at its stage.
    expect(result.boxed).toBeCloseTo(result.plain * 0.5, 12);
    expect(result.stepKinds).toEqual(['base', 'sandbox']);
    // The loadout view prices it and gives it a chip from its own basis.
    expect(result.spent).toBe(1);
    expect(result.chip).toEqual({ tag: 'assumption', secondHand: false });
    // The Monte Carlo samples it (0.48 exact; 20 000 runs put 4σ at about 0.014).
    expect(Math.abs(result.sampledHarm - result.boxed)).toBeLessThan(0.015);
    // The level format accepts it.
    expect(result.levelOk).toBe(true);
  }, 180_000);
});
