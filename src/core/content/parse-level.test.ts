import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../model/languages';
import type { LevelIssueCode } from '../model/level-issue';
import type { JsonPath } from '../testing/json-edit';
import { DELETE, setAt } from '../testing/json-edit';
import { minimalLevelFiles } from '../testing/minimal-level';
import { parseLevel } from './parse-level';

/** One edit of one file of the minimal level. */
type Edit = readonly ['level' | 'en' | 'de', JsonPath, unknown];

/** Parses the minimal level after the edits. */
function issuesAfter(...edits: Edit[]) {
  const files = minimalLevelFiles();
  const json: Record<string, unknown> = { level: files.levelJson, ...files.locales };
  for (const [file, path, value] of edits) {
    json[file] = setAt(json[file], path, value);
  }
  const locales = Object.fromEntries(
    LANGUAGES.flatMap((language) =>
      json[language] === DELETE ? [] : [[language, json[language]]],
    ),
  );
  const parsed = parseLevel({ dir: files.dir, levelJson: json.level, locales });
  return parsed.ok ? [] : parsed.error;
}

const LEVEL = 'src/core/testing/minimal-level/level.json';
const EN = 'src/core/testing/minimal-level/en.json';
const DE = 'src/core/testing/minimal-level/de.json';

const CASES: [string, LevelIssueCode, string, string, Edit[]][] = [
  ['a wrong type', 'ERR_SHAPE', LEVEL, 'emails[0].from', [['level', ['emails', 0, 'from'], 42]]],
  [
    'a newer format',
    'ERR_FORMAT_VERSION',
    LEVEL,
    'formatVersion',
    [['level', ['formatVersion'], 99]],
  ],
  ['an id unlike the folder', 'ERR_ID_MISMATCH', LEVEL, 'id', [['level', ['id'], 'other-level']]],
  [
    'a duplicate email id',
    'ERR_DUPLICATE_ID',
    LEVEL,
    'emails[1].id',
    [['level', ['emails', 1, 'id'], 'wipe-notice']],
  ],
  [
    'an unknown target',
    'ERR_UNKNOWN_TARGET',
    LEVEL,
    'nodes[0].next',
    [['level', ['nodes', 0, 'next'], 'nowhere']],
  ],
  [
    'an unknown sender',
    'ERR_UNKNOWN_REFERENCE',
    LEVEL,
    'emails[0].from',
    [['level', ['emails', 0, 'from'], 'nobody']],
  ],
  [
    'an unknown defense',
    'ERR_UNKNOWN_DEFENSE',
    LEVEL,
    'loadout.defenses[0].id',
    [['level', ['loadout', 'defenses', 0, 'id'], 'firewall']],
  ],
  [
    'an unknown rate condition',
    'ERR_UNKNOWN_RATE_CONDITION',
    LEVEL,
    'nodes[2].rate',
    [['level', ['nodes', 2, 'rate', 'scenario'], 'murder']],
  ],
  [
    'a model without a rate',
    'ERR_NO_RATE_FOR_MODEL',
    LEVEL,
    'nodes[2].rate',
    [['level', ['loadout', 'models', 2], 'o3']],
  ],
  [
    'an unknown rate id',
    'ERR_UNKNOWN_RATE_ID',
    LEVEL,
    'nodes[3].debrief.facts[0].rates[0]',
    [['level', ['nodes', 3, 'debrief', 'facts', 0, 'rates', 0], 'no.such.row']],
  ],
  [
    'a missing key',
    'ERR_MISSING_KEY',
    DE,
    'email.tie.subject',
    [['de', ['email', 'tie', 'subject'], DELETE]],
  ],
  ['an unused key', 'ERR_UNUSED_KEY', EN, 'email.extra', [['en', ['email', 'extra'], 'unused']]],
  [
    'a placeholder in one locale only',
    'ERR_PLACEHOLDER_MISMATCH',
    DE,
    'title',
    [
      ['en', ['title'], 'Level {{n}}'],
      ['de', ['title'], 'Level {{m}}'],
    ],
  ],
  ['a missing locale', 'ERR_MISSING_LOCALE', DE, '', [['de', [], DELETE]]],
  [
    'a branch list with no default',
    'ERR_NO_DEFAULT_BRANCH',
    LEVEL,
    'nodes[0].next[0]',
    [['level', ['nodes', 0, 'next'], [{ when: { defense: 'monitor' }, to: 'ask-kyle' }]]],
  ],
  [
    'a missing held target',
    'ERR_MISSING_HOOK_TARGET',
    LEVEL,
    'nodes[2].harmful.held',
    [['level', ['nodes', 2, 'harmful', 'held'], DELETE]],
  ],
  [
    'an email nobody delivers',
    'ERR_UNUSED_EMAIL',
    LEVEL,
    'emails[0].id',
    [['level', ['nodes', 0, 'emails'], ['tie']]],
  ],
  [
    'an unaffordable card',
    'ERR_LOADOUT',
    LEVEL,
    'loadout.defenses[0].cost',
    [['level', ['loadout', 'defenses', 0, 'cost'], 9]],
  ],
  [
    'time running backwards',
    'ERR_TIME_ORDER',
    LEVEL,
    'nodes[0].next',
    [['level', ['nodes', 1, 'time'], '09:00']],
  ],
];

describe('parseLevel', () => {
  it('accepts the minimal level and resolves its references', () => {
    const parsed = parseLevel(minimalLevelFiles());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value.nodes['alex-decides']?.kind).toBe('decision');
      expect(parsed.value.emails.tie?.time).toBe(15 * 3600 + 45 * 60);
      expect(parsed.value.strings.de?.['email.tie.subject']).toBe('deine Krawatte');
    }
  });

  it.each(CASES)('reports %s as %s with file and path', (_name, code, file, path, edits) => {
    expect(issuesAfter(...edits)).toContainEqual(expect.objectContaining({ code, file, path }));
  });

  it('reports an unreachable node, a node with no way to an ending, and a cycle', () => {
    const codes = issuesAfter(
      ['level', ['nodes', 6], { id: 'orphan', kind: 'inbox', emails: [], next: 'orphan-two' }],
      ['level', ['nodes', 7], { id: 'orphan-two', kind: 'inbox', emails: [], next: 'orphan' }],
    ).map((issue) => issue.code);
    expect(codes).toEqual(
      expect.arrayContaining(['ERR_UNREACHABLE_NODE', 'ERR_NO_ENDING_REACHABLE', 'ERR_CYCLE']),
    );
  });

  it('lists every problem at once, across files', () => {
    const issues = issuesAfter(
      ['level', ['nodes', 0, 'next'], 'nowhere'],
      ['level', ['emails', 0, 'from'], 'nobody'],
      ['de', ['title'], DELETE],
    );
    expect(new Set(issues.map((issue) => issue.code))).toEqual(
      new Set([
        'ERR_UNKNOWN_TARGET',
        'ERR_UNKNOWN_REFERENCE',
        'ERR_MISSING_KEY',
        'ERR_UNREACHABLE_NODE',
        'ERR_NO_ENDING_REACHABLE',
      ]),
    );
  });
});
