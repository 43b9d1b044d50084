import { describe, expect, it } from 'vitest';
import { MODELS, MODEL_NAMES, modelSlug, parseModelName } from './models';
import { RATES } from './lookup';

describe('the model roster', () => {
  it('has the 16 headline models plus o3 and o4-mini, with the reason they were left out', () => {
    expect(MODELS.filter((model) => model.headline)).toHaveLength(16);
    const excluded = MODELS.filter((model) => !model.headline);
    expect(excluded.map((model) => model.name)).toEqual(['o3', 'o4-mini']);
    for (const model of excluded) {
      expect(model.exclusion).toBe('did-not-understand-autonomy');
      expect(model.exclusionNote).toContain(
        'seemed to not understand that they were acting autonomously',
      );
    }
  });

  it('matches the models and providers of the rates table', () => {
    const fromTable = new Map(RATES.map((row) => [row.model, row.provider]));
    expect([...fromTable.keys()].sort()).toEqual([...MODEL_NAMES].sort());
    for (const model of MODELS) {
      expect(model.provider, model.name).toBe(fromTable.get(model.name));
    }
  });

  it('gives every model a distinct slug', () => {
    expect(new Set(MODELS.map((model) => model.slug)).size).toBe(MODELS.length);
    expect(modelSlug('GPT-4.5 Preview')).toBe('gpt-4-5-preview');
  });
});

describe('parseModelName', () => {
  it('accepts the display name or the slug, in any case', () => {
    expect(parseModelName('Claude Opus 4')).toEqual({ ok: true, value: 'Claude Opus 4' });
    expect(parseModelName('claude-opus-4')).toEqual({ ok: true, value: 'Claude Opus 4' });
    expect(parseModelName('DEEPSEEK-R1')).toEqual({ ok: true, value: 'DeepSeek-R1' });
  });

  it('rejects an unknown name and lists the valid ones', () => {
    const result = parseModelName('GPT-5');
    expect(result).toEqual({
      ok: false,
      error: { kind: 'unknown-model', name: 'GPT-5', validNames: MODEL_NAMES },
    });
  });
});
