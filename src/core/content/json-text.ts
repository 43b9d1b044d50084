/**
 * Reading a level file's JSON text. `JSON.parse` says where a syntax error is in a different
 * way in every engine (Node and Chromium give an offset in some messages and none in others,
 * Firefox gives a line and column, Safari nothing), so when it fails this module scans the text
 * itself and names the line and column of the first error, the same in every engine.
 */
import type { LevelIssue } from '../model/level-issue';
import type { Result } from '../model/result';
import { err, ok } from '../model/result';

/** Where a syntax error is: a 0-based offset into the text, and what was wrong there. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly reason: string;
}

/** A 1-based line and column, as editors count them (columns in UTF-16 code units). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

const BYTE_ORDER_MARK = '\uFEFF';

/** The line and column of `offset` in `text`; a line ends at `\n` (so `\r\n` counts once). */
export function positionAt(text: string, offset: number): TextPosition {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < clamped;) {
    line += 1;
    lineStart = index + 1;
    index = text.indexOf('\n', lineStart);
  }
  return { line, column: clamped - lineStart + 1 };
}

type Expecting =
  | 'value'
  | 'value-or-close'
  | 'value-after-comma'
  | 'key'
  | 'key-or-close'
  | 'colon'
  | 'comma-or-close'
  | 'end';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const LITERALS = ['true', 'false', 'null'] as const;

function describeChar(char: string): string {
  if (char === '\n' || char === '\r') {
    return 'a line break';
  }
  return /^[\x21-\x7e]$/.test(char)
    ? `'${char}'`
    : `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Scans a string starting at the quote at `start`; returns the offset after it, or the error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  for (let index = start + 1; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (char === '"') {
      return index + 1;
    }
    if (char === '\\') {
      const escaped = text[index + 1] ?? '';
      if (ESCAPES.has(escaped)) {
        index += 1;
      } else if (escaped === 'u' && HEX4.test(text.slice(index + 2, index + 6))) {
        index += 5;
      } else {
        return { offset: index, reason: 'an invalid escape sequence in a string' };
      }
    } else if (char.charCodeAt(0) < 0x20) {
      return {
        offset: index,
        reason: `${describeChar(char)} inside a string (is a closing quote missing?)`,
      };
    }
  }
  return { offset: start, reason: 'a string that is never closed' };
}

/** Scans a number or literal at `start`; returns the offset after it, or undefined. */
function scanScalar(text: string, start: number): number | undefined {
  NUMBER.lastIndex = start;
  if (NUMBER.test(text)) {
    return NUMBER.lastIndex;
  }
  const literal = LITERALS.find((word) => text.startsWith(word, start));
  return literal === undefined ? undefined : start + literal.length;
}

/**
 * Finds the first syntax error in JSON text, or undefined when the text is valid JSON. Iterative,
 * so deeply nested input cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: ('object' | 'array')[] = [];
  let expecting: Expecting = 'value';
  let index = 0;
  const afterValue = (): Expecting => (stack.length === 0 ? 'end' : 'comma-or-close');
  for (;;) {
    while (index < text.length && WHITESPACE.has(text[index] ?? '')) {
      index += 1;
    }
    if (index >= text.length) {
      return expecting === 'end'
        ? undefined
        : { offset: text.length, reason: 'the file ends before the JSON does' };
    }
    const char = text[index] ?? '';
    const top = stack[stack.length - 1];
    switch (expecting) {
      case 'value':
      case 'value-or-close':
      case 'value-after-comma': {
        if (char === ']' && expecting === 'value-or-close') {
          stack.pop();
          index += 1;
          expecting = afterValue();
          continue;
        }
        if (char === ']' && expecting === 'value-after-comma') {
          return { offset: index, reason: "']' after a comma (remove the trailing comma)" };
        }
        if (char === '{' || char === '[') {
          stack.push(char === '{' ? 'object' : 'array');
          index += 1;
          expecting = char === '{' ? 'key-or-close' : 'value-or-close';
          continue;
        }
        const end = char === '"' ? scanString(text, index) : scanScalar(text, index);
        if (typeof end === 'object') {
          return end;
        }
        if (end === undefined) {
          return { offset: index, reason: `${describeChar(char)} where a value was expected` };
        }
        index = end;
        expecting = afterValue();
        continue;
      }
      case 'key':
      case 'key-or-close': {
        if (char === '}' && expecting === 'key-or-close') {
          stack.pop();
          index += 1;
          expecting = afterValue();
          continue;
        }
        if (char === '}') {
          return { offset: index, reason: "'}' after a comma (remove the trailing comma)" };
        }
        if (char !== '"') {
          return {
            offset: index,
            reason: `${describeChar(char)} where a property name in double quotes was expected`,
          };
        }
        const end = scanString(text, index);
        if (typeof end === 'object') {
          return end;
        }
        index = end;
        expecting = 'colon';
        continue;
      }
      case 'colon':
        if (char !== ':') {
          return { offset: index, reason: `${describeChar(char)} where ':' was expected` };
        }
        index += 1;
        expecting = 'value';
        continue;
      case 'comma-or-close': {
        const close = top === 'object' ? '}' : ']';
        if (char === ',') {
          index += 1;
          expecting = top === 'object' ? 'key' : 'value-after-comma';
          continue;
        }
        if (char === close) {
          stack.pop();
          index += 1;
          expecting = afterValue();
          continue;
        }
        return {
          offset: index,
          reason: `${describeChar(char)} where ',' or '${close}' was expected (is a comma missing?)`,
        };
      }
      case 'end':
        return { offset: index, reason: `${describeChar(char)} after the end of the JSON` };
    }
  }
}

/**
 * Reads JSON text as a level file's content. A leading byte-order mark is ignored (editors on
 * Windows write one). A syntax error becomes one `ERR_JSON_SYNTAX` issue naming the file, the
 * line and the column, so an author can go straight to it.
 */
export function parseJsonText(text: string, file: string): Result<unknown, LevelIssue> {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  try {
    return ok(JSON.parse(body) as unknown);
  } catch (error) {
    const found = findJsonSyntaxError(body);
    if (found === undefined) {
      // JSON.parse and the scanner disagree: say so rather than invent a position.
      const detail = error instanceof Error ? error.message : String(error);
      const message = `not valid JSON (the position could not be found): ${detail}`;
      return err({ code: 'ERR_JSON_SYNTAX', file, path: '', message });
    }
    const { line, column } = positionAt(body, found.offset);
    const message = `not valid JSON at line ${line}, column ${column}: ${found.reason}`;
    return err({ code: 'ERR_JSON_SYNTAX', file, path: '', message, line, column });
  }
}
