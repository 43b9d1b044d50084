/** What can be wrong with a typed workshop code. */

/**
 * Why a code was refused:
 * - `empty`: nothing but dashes and spaces.
 * - `bad-character`: a character that is no symbol, at its position in the code as typed.
 * - `checksum`: the check symbols disagree with the rest (a typo).
 * - `version`: a code of another format version (both numbers).
 * - `wrong-kind`: a result code where a session code goes, or the other way round.
 * - `malformed`: the check holds but the code says something impossible.
 */
export type CodeProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'bad-character'; readonly at: number; readonly character: string }
  | { readonly kind: 'checksum' }
  | { readonly kind: 'version'; readonly found: number; readonly expected: number }
  | { readonly kind: 'wrong-kind'; readonly expected: 'session' | 'result' }
  | { readonly kind: 'malformed'; readonly detail: string };
