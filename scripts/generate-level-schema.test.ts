import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelSchemaText, SCHEMA_FILE } from './generate-level-schema';

describe('levels/level.schema.json', () => {
  it('is up to date with the valibot schema (run scripts/generate-level-schema.ts if not)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(levelSchemaText());
  });

  it('lists the defense cards so editors can autocomplete them', () => {
    expect(levelSchemaText()).toContain('"compartmentalization"');
  });
});
