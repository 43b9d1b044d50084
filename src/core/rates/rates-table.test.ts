import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIELD_IN_TABLE, RESEARCH_FIELDS, rateRowsFromResearch } from './from-research';
import type { RateRow, RatesFile } from './rate-row';
import { RATES_FORMAT_VERSION } from './rate-row';
import { PROJECT_ROWS } from './project-rows';
import { RATES_FILE } from './rates-data';

const path = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8')) as unknown;

const SHARED_RESEARCH = path('../../../../shared/research/published_rates.json');
const RESEARCH_COPY = path('../../../levels/research/published_rates.json');
const research = readJson(RESEARCH_COPY) as Record<string, unknown>[];
const table = readJson(path('../../../levels/rates.json')) as RatesFile;

/** The table row holding a research record unchanged in every field, if any. */
function findUnchanged(record: Record<string, unknown>): RateRow | undefined {
  return table.rates.find((row) =>
    RESEARCH_FIELDS.every((field) => Object.is(row[FIELD_IN_TABLE[field]], record[field])),
  );
}

describe('levels/research/published_rates.json', () => {
  // CI runs on a clean clone without ../shared; the committed copy is then the reference.
  it.skipIf(!existsSync(SHARED_RESEARCH))(
    'is a verbatim copy of ../shared/research/published_rates.json',
    () => {
      expect(readFileSync(RESEARCH_COPY, 'utf8')).toBe(readFileSync(SHARED_RESEARCH, 'utf8'));
    },
  );
});

describe('levels/rates.json', () => {
  it('declares its format version and a note', () => {
    expect(table.formatVersion).toBe(RATES_FORMAT_VERSION);
    expect(table.note.length).toBeGreaterThan(100);
  });

  it('holds every primary record of the research file unchanged in all fields', () => {
    const primary = research.filter((record) => record.confidence === 'primary');
    expect(primary.length).toBeGreaterThan(100);
    const missing = primary.filter((record) => findUnchanged(record) === undefined);
    expect(missing).toEqual([]);
  });

  it('holds every research record exactly once, in order, then only the project rows', () => {
    expect(table.rates).toHaveLength(research.length + PROJECT_ROWS.length);
    expect(table.rates.slice(research.length)).toEqual(PROJECT_ROWS);
    table.rates.slice(0, research.length).forEach((row, index) => {
      const record = research[index] ?? {};
      for (const field of RESEARCH_FIELDS) {
        expect(row[FIELD_IN_TABLE[field]], `${row.id} ${field}`).toStrictEqual(record[field]);
      }
      expect(Object.keys(row).sort()).toEqual(
        [...Object.values(FIELD_IN_TABLE), 'id', 'variant'].sort(),
      );
    });
  });

  it('gives every row a unique readable id', () => {
    const ids = table.rates.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(
        /^(blackmail|leaking|murder)\.[a-z0-9-]+\.[a-z-]+\.[a-z0-9-]+(\.[a-z0-9-]+)?$/,
      );
    }
  });

  it('is what scripts/build-rates.ts makes from the research copy (rebuild if this fails)', () => {
    const rebuilt = rateRowsFromResearch(research);
    expect(rebuilt.ok && [...rebuilt.value, ...PROJECT_ROWS]).toEqual(table.rates);
  });

  it('is mirrored exactly by the typed table in rates-data.ts', () => {
    expect(RATES_FILE).toEqual(table);
  });
});

describe('project rows', () => {
  it('are marked as such, primary, n 500, and the three belief shares sum to 1', () => {
    for (const row of PROJECT_ROWS) {
      expect(row.source).toContain('Project row');
      expect(row.source).toContain('§4.5.4');
      expect(row.confidence).toBe('primary');
      expect(row.n).toBe(500);
      expect(row.variant.startsWith('eval-notice-share-')).toBe(true);
    }
    const sum = PROJECT_ROWS.reduce((total, row) => total + row.rate, 0);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
  });
});

describe('rateRowsFromResearch', () => {
  it('names the record and field that are invalid, and returns no partial table', () => {
    const broken = [
      { ...research[0], rate: 1.5 },
      { ...research[1], model: 'GPT-5' },
    ];
    const result = rateRowsFromResearch(broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toEqual([
      'record 0: invalid or missing "rate"',
      'record 1: invalid or missing "model"',
    ]);
  });

  it('refuses a mitigation text it does not recognise rather than guessing its variant', () => {
    const result = rateRowsFromResearch([{ ...research[0], mitigation: 'a new trick' }]);
    expect(!result.ok && result.error[0]).toContain('unrecognised mitigation text');
  });

  it('refuses anything but an array', () => {
    expect(rateRowsFromResearch({}).ok).toBe(false);
  });
});
