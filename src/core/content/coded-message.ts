/**
 * Valibot reports a failed check as a message string. A few checks deserve their own issue
 * code (an unknown defense is more useful to an author than "invalid type"), so their
 * messages carry the code as a prefix, which {@link decodeMessage} takes off again.
 */
import type { LevelIssueCode } from '../model/level-issue';
import { LEVEL_ISSUE_CODES } from '../model/level-issue';

const SEPARATOR = ': ';

/** A valibot message that carries an issue code. */
export function coded(code: LevelIssueCode, text: string): string {
  return `${code}${SEPARATOR}${text}`;
}

/** Splits a message made by {@link coded}; any other message is an `ERR_SHAPE`. */
export function decodeMessage(message: string): { code: LevelIssueCode; message: string } {
  const at = message.indexOf(SEPARATOR);
  const prefix = at < 0 ? '' : message.slice(0, at);
  const code = LEVEL_ISSUE_CODES.find((known) => known === prefix);
  return code === undefined
    ? { code: 'ERR_SHAPE', message }
    : { code, message: message.slice(at + SEPARATOR.length) };
}
