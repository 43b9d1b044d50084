/**
 * The models of the study (Lynch et al. 2025, "Agentic Misalignment", §1.1 of
 * ../shared/research/scenarios-and-rates.md): the 16 of the headline figures, plus o3 and
 * o4-mini, which were run but left out of them (footnote 6).
 */
import type { Result } from '../model/result';
import { err, ok } from '../model/result';

/** Display names exactly as the paper and the rates table spell them. */
export const MODEL_NAMES = [
  'Claude Opus 4',
  'Claude Sonnet 4',
  'Claude Sonnet 3.7',
  'Claude Sonnet 3.6',
  'Claude Sonnet 3.5',
  'Claude Haiku 3.5',
  'Claude Opus 3',
  'GPT-4.5 Preview',
  'GPT-4.1',
  'GPT-4o',
  'Gemini 2.5 Pro',
  'Gemini 2.5 Flash',
  'Grok 3 Beta',
  'DeepSeek-R1',
  'Llama 4 Maverick',
  'Qwen3-235B',
  'o3',
  'o4-mini',
] as const;
/** One of {@link MODEL_NAMES}. */
export type ModelName = (typeof MODEL_NAMES)[number];

/** Providers as the research file spells them. */
export const PROVIDERS = [
  'Anthropic',
  'OpenAI',
  'Google',
  'xAI',
  'DeepSeek',
  'Meta',
  'Alibaba (Qwen)',
] as const;
/** One of {@link PROVIDERS}. */
export type Provider = (typeof PROVIDERS)[number];

/** Why a model is absent from the headline figures; a key the UI translates. */
export type HeadlineExclusion = 'did-not-understand-autonomy';

/** One model of the roster. */
export interface ModelInfo {
  readonly name: ModelName;
  /** Lower-case, dash-separated name used in rate ids, e.g. `claude-opus-4`. */
  readonly slug: string;
  readonly provider: Provider;
  /** True for the 16 models of the study's headline figures. */
  readonly headline: boolean;
  /** Set when `headline` is false. */
  readonly exclusion: HeadlineExclusion | null;
  /** Why, in the study's own words, when the model was excluded. */
  readonly exclusionNote: string | null;
}

// Footnote 6 of the paper (arXiv:2510.05179v2), quoted in scenarios-and-rates.md §1.1.
const O_SERIES_NOTE =
  'Run but excluded from the headline figures: they "seemed to not understand that they were acting autonomously" (footnote 6).';

const PROVIDER_BY_MODEL: Readonly<Record<ModelName, Provider>> = {
  'Claude Opus 4': 'Anthropic',
  'Claude Sonnet 4': 'Anthropic',
  'Claude Sonnet 3.7': 'Anthropic',
  'Claude Sonnet 3.6': 'Anthropic',
  'Claude Sonnet 3.5': 'Anthropic',
  'Claude Haiku 3.5': 'Anthropic',
  'Claude Opus 3': 'Anthropic',
  'GPT-4.5 Preview': 'OpenAI',
  'GPT-4.1': 'OpenAI',
  'GPT-4o': 'OpenAI',
  'Gemini 2.5 Pro': 'Google',
  'Gemini 2.5 Flash': 'Google',
  'Grok 3 Beta': 'xAI',
  'DeepSeek-R1': 'DeepSeek',
  'Llama 4 Maverick': 'Meta',
  'Qwen3-235B': 'Alibaba (Qwen)',
  o3: 'OpenAI',
  'o4-mini': 'OpenAI',
};

const EXCLUDED: ReadonlySet<ModelName> = new Set<ModelName>(['o3', 'o4-mini']);

/** Turns a display name into its id slug: `GPT-4.5 Preview` → `gpt-4-5-preview`. */
export function modelSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Builds the roster entry of one model. */
function modelInfo(name: ModelName): ModelInfo {
  const excluded = EXCLUDED.has(name);
  return {
    name,
    slug: modelSlug(name),
    provider: PROVIDER_BY_MODEL[name],
    headline: !excluded,
    exclusion: excluded ? 'did-not-understand-autonomy' : null,
    exclusionNote: excluded ? O_SERIES_NOTE : null,
  };
}

/** The roster, in the order of {@link MODEL_NAMES}. */
export const MODELS: readonly ModelInfo[] = MODEL_NAMES.map(modelInfo);

/** True when `text` is exactly one of {@link MODEL_NAMES}. */
export function isModelName(text: string): text is ModelName {
  return (MODEL_NAMES as readonly string[]).includes(text);
}

/** An unknown model name, with the valid ones so the caller can list them. */
export interface UnknownModel {
  readonly kind: 'unknown-model';
  readonly name: string;
  readonly validNames: readonly ModelName[];
}

/**
 * Finds a model by its exact name or by its slug, ignoring case (so a CLI can accept
 * `claude-opus-4` or `Claude Opus 4`).
 */
export function parseModelName(text: string): Result<ModelName, UnknownModel> {
  const wanted = modelSlug(text);
  const found = MODELS.find((model) => model.slug === wanted);
  return found
    ? ok(found.name)
    : err({ kind: 'unknown-model', name: text, validNames: MODEL_NAMES });
}

/** The roster entry of a model. */
export function modelInfoOf(name: ModelName): ModelInfo {
  return modelInfo(name);
}
