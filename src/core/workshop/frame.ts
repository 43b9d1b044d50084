/**
 * The frame every workshop code shares: a header symbol (kind and format version) in front, check
 * symbols behind. A session code is checked by CRC-10 in two symbols, a result code by CRC-32 in
 * seven (see symbols.ts for why each catches what it must).
 */
import type { Result } from '../model/result';
import { err, ok } from '../model/result';
import type { CodeProblem } from './problems';
import { checkSymbols, crc10, crc32, readSymbols, writeSymbols } from './symbols';

/** Version of both code formats; a code of another version is refused with `{ kind: 'version' }`. */
export const WORKSHOP_CODE_VERSION = 1;

/** The two kinds of workshop code; the first symbol of a code says which, and its version. */
export type CodeKind = 'session' | 'result';

/** How each kind of code is checked. */
const CHECKS: Readonly<
  Record<CodeKind, { readonly count: number; readonly of: (symbols: readonly number[]) => number }>
> = {
  session: { count: 2, of: crc10 },
  result: { count: 7, of: crc32 },
};

/** The first symbol of every code: kind in the top bit, version in the other four. */
export function headerSymbol(kind: CodeKind, version = WORKSHOP_CODE_VERSION): number {
  return (kind === 'result' ? 16 : 0) + version;
}

/** Reads a header symbol. */
export function readHeader(symbol: number): { kind: CodeKind; version: number } {
  return { kind: symbol >= 16 ? 'result' : 'session', version: symbol % 16 };
}

/** A code's symbols with its check symbols appended, written out in groups. */
export function closeCode(kind: CodeKind, symbols: readonly number[]): string {
  const check = CHECKS[kind];
  return writeSymbols([...symbols, ...checkSymbols(check.of(symbols), check.count)]);
}

/**
 * The symbols of a typed code with its check verified and its header read. Checks in this order:
 * characters, the version (a code of another version is reported as such whether or not its check
 * holds, for another version may check differently), the check symbols (as the header's kind
 * checks them), the kind. The header symbol and the symbols after it, without the check.
 */
export function openCode(code: string, expected: CodeKind): Result<number[], CodeProblem> {
  const read = readSymbols(code);
  if ('bad' in read) {
    return err({ kind: 'bad-character', ...read.bad });
  }
  const { symbols } = read;
  if (symbols.length === 0) {
    return err({ kind: 'empty' });
  }
  const header = readHeader(symbols[0] ?? 0);
  const checkCount = CHECKS[header.kind].count;
  const check = CHECKS[header.kind].of;
  const body = symbols.slice(0, -checkCount);
  const given = symbols.slice(-checkCount);
  const checked =
    symbols.length > checkCount &&
    checkSymbols(check(body), checkCount).every((value, index) => value === given[index]);
  if (header.version !== WORKSHOP_CODE_VERSION) {
    return err({ kind: 'version', found: header.version, expected: WORKSHOP_CODE_VERSION });
  }
  if (!checked) {
    return err({ kind: 'checksum' });
  }
  if (header.kind !== expected) {
    return err({ kind: 'wrong-kind', expected });
  }
  return ok(body.slice(1));
}
