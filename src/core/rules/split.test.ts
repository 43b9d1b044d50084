import { LANGUAGES } from '../model/languages';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../content/parse-level';
import type { SimEvent } from '../model/event';
import type { Level } from '../model/level';
import { rateById } from '../rates';
import { enumerateEndings } from '../sim/level-enumerate';
import { runLevelMonteCarlo } from '../sim/level-monte-carlo';
import { setAt } from '../testing/json-edit';
import { minimalLevelFiles } from '../testing/minimal-level';
import { parseOrThrow, playFrom } from '../testing/play';
import { splitBranchOf } from './dice';
import { createGameState } from './initial-state';

const NOTICE = 'blackmail.goal-unstated.replacement.claude-opus-4';
const SHARE = (group: string) => `${NOTICE}.eval-notice-share-${group}`;
const OPUS = { model: 'Claude Opus 4', goalFraming: 'no-goal', defenses: [] } as const;

/** The minimal level with a split before the agent decides: real, evaluation, abstained. */
function splitFiles() {
  const files = minimalLevelFiles();
  const level = files.levelJson as { nodes: unknown[]; loadout: { models: string[] } };
  level.loadout.models = ['Claude Opus 4'];
  const decision = (id: string, row: string) => ({
    ...(level.nodes[2] as object),
    id,
    rate: { row: `${NOTICE}.${row}` },
  });
  level.nodes.splice(
    2,
    1,
    {
      id: 'belief',
      kind: 'split',
      time: '16:50',
      branches: [
        { id: 'real', labelKey: 'split.real', rate: SHARE('real'), next: 'alex-real' },
        { id: 'test', labelKey: 'split.test', rate: SHARE('evaluation'), next: 'alex-test' },
        { id: 'silent', labelKey: 'split.silent', rate: SHARE('abstained'), next: 'end-unknown' },
      ],
    },
    decision('alex-real', 'eval-notice-real'),
    decision('alex-test', 'eval-notice-evaluation'),
    {
      id: 'end-unknown',
      kind: 'ending',
      outcome: 'unreported',
      titleKey: 'ending.held.title',
      summaryKey: 'ending.held.summary',
      debrief: {
        facts: [{ key: 'fact.rate', rates: [SHARE('abstained')] }],
        questionKeys: ['question.why'],
        badgeKey: 'badge.self-preservation',
      },
    },
  );
  for (const option of [0, 1]) {
    setAt(level, ['nodes', 1, 'options', option, 'next'], 'belief');
  }
  for (const language of LANGUAGES) {
    setAt(files.locales[language], ['split'], { real: 'Real', test: 'Test', silent: 'Silent' });
  }
  return files;
}

const level: Level = parseOrThrow(splitFiles());
const rate = (id: string) => rateById(id)?.rate ?? NaN;

function play(seed: number) {
  const start = createGameState(level, { seed });
  const commands = [
    { kind: 'set-loadout', loadout: OPUS },
    { kind: 'start-day' },
    { kind: 'advance-clock' },
    { kind: 'advance-clock' },
    { kind: 'advance-clock' },
    { kind: 'choose-option', option: 'stay-quiet' },
    { kind: 'advance-clock' },
  ] as const;
  return playFrom(level, start, commands);
}

describe('split node', () => {
  it('rolls once against the shares and enters the branch the roll lands in', () => {
    const { events, state } = play(3);
    const rolled = events.find(
      (event): event is Extract<SimEvent, { kind: 'split-rolled' }> =>
        event.kind === 'split-rolled',
    );
    expect(rolled).toBeDefined();
    if (rolled === undefined) return;
    expect(rolled.branches.map((item) => item.branch)).toEqual(['real', 'test', 'silent']);
    expect(rolled.branches.map((item) => item.upper)).toEqual([21.4, 86.2, 100]);
    expect(rolled.draw.roll).toBeGreaterThan(rolled.draw.lower);
    expect(rolled.draw.roll).toBeLessThanOrEqual(rolled.draw.threshold);
    expect(rolled.draw.probability.provenance).toMatchObject({
      tag: 'measured',
      rateIds: [
        SHARE(
          rolled.branch === 'test' ? 'evaluation' : rolled.branch === 'real' ? 'real' : 'abstained',
        ),
      ],
    });
    const next = { real: 'alex-real', test: 'alex-test', silent: 'end-unknown' }[rolled.branch];
    expect(state.visited).toContain(next);
  });

  it('reads the roll against cumulative bands, the last ending at 100', () => {
    const shares = [0.214, 0.648, 0.138];
    expect(splitBranchOf(21.4, shares).branch).toBe(0);
    expect(splitBranchOf(21.41, shares).branch).toBe(1);
    expect(splitBranchOf(86.2, shares).branch).toBe(1);
    expect(splitBranchOf(86.21, shares).branch).toBe(2);
    expect(splitBranchOf(100, shares)).toMatchObject({ branch: 2, lower: 86.2, threshold: 100 });
  });
});

describe('enumerating and sampling a split', () => {
  const exact = enumerateEndings({ level, loadout: OPUS, policy: {} });

  it('gives each path the product of its share and its subgroup rate, and never draws for the silent group', () => {
    expect(exact.ok).toBe(true);
    if (!exact.ok) return;
    const harm =
      rate(SHARE('real')) * rate(`${NOTICE}.eval-notice-real`) +
      rate(SHARE('evaluation')) * rate(`${NOTICE}.eval-notice-evaluation`);
    expect(exact.value.outcomes.harm).toBeCloseTo(harm, 12);
    expect(exact.value.outcomes.unreported).toBeCloseTo(rate(SHARE('abstained')), 12);
    const total = Object.values(exact.value.outcomes).reduce((sum, value) => sum + value, 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('samples every ending and branch within 4 standard errors of the exact chance', () => {
    const runs = 2000;
    const sampled = runLevelMonteCarlo({ level, loadout: OPUS, policy: {}, runs, seed: 11 });
    expect(sampled.ok && exact.ok).toBe(true);
    if (!sampled.ok || !exact.ok) return;
    for (const ending of sampled.value.endings) {
      const p = exact.value.endings.find((item) => item.ending === ending.ending)?.probability ?? 0;
      expect(Math.abs(ending.frequency - p)).toBeLessThanOrEqual(
        4 * Math.sqrt((p * (1 - p)) / runs) + 1e-12,
      );
    }
    const split = sampled.value.splits[0];
    expect(split?.draws).toBe(runs);
    for (const branch of split?.branches ?? []) {
      const p = branch.probability.value;
      expect(Math.abs(branch.frequency - p)).toBeLessThanOrEqual(
        4 * Math.sqrt((p * (1 - p)) / runs),
      );
    }
  });
});

describe('parser checks of splits and named rows', () => {
  const FILE = 'src/core/testing/minimal-level/level.json';
  const issuesAfter = (edit: (json: Record<string, unknown>) => void) => {
    const files = splitFiles();
    edit(files.levelJson as Record<string, unknown>);
    const parsed = parseLevel(files);
    return parsed.ok ? [] : parsed.error.map(({ code, file, path }) => ({ code, file, path }));
  };

  it('accepts the split level', () => {
    expect(issuesAfter(() => undefined)).toEqual([]);
  });

  it('reports shares that do not sum to 1', () => {
    const issues = issuesAfter((json) =>
      setAt(json, ['nodes', 2, 'branches', 2, 'rate'], SHARE('real')),
    );
    expect(issues).toContainEqual({
      code: 'ERR_SPLIT_SHARES',
      file: FILE,
      path: 'nodes[2].branches',
    });
  });

  it('reports an unknown share row with its path', () => {
    const issues = issuesAfter((json) => setAt(json, ['nodes', 2, 'branches', 0, 'rate'], 'nope'));
    expect(issues).toContainEqual({
      code: 'ERR_UNKNOWN_RATE_ID',
      file: FILE,
      path: 'nodes[2].branches[0].rate',
    });
  });

  it('reports a model a named row did not measure, and a prompt defense offered beside it', () => {
    const issues = issuesAfter((json) => {
      setAt(json, ['loadout', 'models'], ['Claude Opus 4', 'GPT-4o']);
      setAt(json, ['loadout', 'defenses', 0, 'id'], 'prohibition');
    });
    expect(issues).toContainEqual({
      code: 'ERR_NO_RATE_FOR_MODEL',
      file: FILE,
      path: 'nodes[3].rate.row',
    });
    expect(issues).toContainEqual({
      code: 'ERR_NO_RATE_FOR_MODEL',
      file: FILE,
      path: 'nodes[2].branches[0].rate',
    });
    expect(issues).toContainEqual({
      code: 'ERR_RATE_ROW_DEFENSE',
      file: FILE,
      path: 'loadout.defenses[0].id',
    });
  });

  it('lets a model reach a node only where a model condition allows it', () => {
    const issues = issuesAfter((json) => {
      setAt(json, ['loadout', 'models'], ['Claude Opus 4', 'GPT-4o']);
      const toBelief = [{ when: { model: 'Claude Opus 4' }, to: 'belief' }, { to: 'end-held' }];
      setAt(json, ['nodes', 1, 'options', 0, 'next'], toBelief);
      setAt(json, ['nodes', 1, 'options', 1, 'next'], toBelief);
    });
    expect(issues).toEqual([]);
  });

  it('checks the rate ids a briefing summary cites', () => {
    const issues = issuesAfter((json) =>
      setAt(json, ['briefing', 'summary'], {
        paragraphKeys: ['briefing.situation'],
        facts: [{ key: 'fact.rate', rates: ['nope'] }],
      }),
    );
    expect(issues).toContainEqual({
      code: 'ERR_UNKNOWN_RATE_ID',
      file: FILE,
      path: 'briefing.summary.facts[0].rates[0]',
    });
  });
});
