/**
 * Command-line parsing for `npm run simulate`, in two stages: tokens → flags (generic), then
 * flags → a typed command per mode. A new mode (e.g. `--level <id>`) adds a mode entry and its
 * flag specs; unknown or not-yet-available flags are reported as values, never thrown.
 */
import type { Result } from '../../src/core';
import { err, ok } from '../../src/core';

/** A flag a mode accepts. */
export interface FlagSpec {
  readonly name: string;
  /** Placeholder for the value, or null for a switch such as `--json`. */
  readonly value: string | null;
  readonly description: string;
}

/** Flags as given: name → value (`true` for a switch). */
export type Flags = ReadonlyMap<string, string | true>;

/** Why the command line could not be read. */
export type ArgsError =
  | { readonly kind: 'unknown-flag'; readonly flag: string; readonly validFlags: readonly string[] }
  | { readonly kind: 'flag-not-available'; readonly flag: string; readonly reason: string }
  | { readonly kind: 'missing-value'; readonly flag: string }
  | { readonly kind: 'unexpected-argument'; readonly argument: string }
  | { readonly kind: 'repeated-flag'; readonly flag: string };

// Flags announced for later modes: reported as not available rather than unknown.
const PLANNED_FLAGS: Readonly<Record<string, string>> = {
  '--level': 'simulating a level file is planned; use --scenario for now',
};

/** Splits `--name=value` into its parts. */
function splitToken(token: string): readonly [string, string | undefined] {
  const equals = token.indexOf('=');
  return equals > 0 ? [token.slice(0, equals), token.slice(equals + 1)] : [token, undefined];
}

/** The spec of a flag (`-h` is `--help`), or an error value. */
function specFor(name: string, specs: readonly FlagSpec[]): Result<FlagSpec, ArgsError> {
  const canonical = name === '-h' ? '--help' : name;
  const spec = specs.find((item) => item.name === canonical);
  if (spec) {
    return ok(spec);
  }
  const reason = PLANNED_FLAGS[canonical];
  if (reason !== undefined) {
    return err({ kind: 'flag-not-available', flag: canonical, reason });
  }
  return err({ kind: 'unknown-flag', flag: name, validFlags: specs.map((item) => item.name) });
}

/** Reads every token against the known flags; values never start with `--`. */
export function readFlags(
  argv: readonly string[],
  specs: readonly FlagSpec[],
): Result<Flags, ArgsError> {
  const flags = new Map<string, string | true>();
  for (let index = 0; index < argv.length; index += 1) {
    const [name, inline] = splitToken(argv[index] ?? '');
    if (!name.startsWith('-')) {
      return err({ kind: 'unexpected-argument', argument: name });
    }
    const spec = specFor(name, specs);
    if (!spec.ok) {
      return spec;
    }
    if (flags.has(spec.value.name)) {
      return err({ kind: 'repeated-flag', flag: spec.value.name });
    }
    const next = argv[index + 1];
    const takesNext = spec.value.value !== null && inline === undefined;
    const value = spec.value.value === null ? true : (inline ?? next);
    if (value === undefined || (takesNext && value !== true && value.startsWith('--'))) {
      return err({ kind: 'missing-value', flag: spec.value.name });
    }
    flags.set(spec.value.name, value);
    index += takesNext ? 1 : 0;
  }
  return ok(flags);
}

/** The text value of a flag, if given with a value. */
export function flagText(flags: Flags, name: string): string | undefined {
  const value = flags.get(name);
  return typeof value === 'string' ? value : undefined;
}
