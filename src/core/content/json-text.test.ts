import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, parseJsonText, positionAt } from './json-text';

function issueOf(text: string) {
  const parsed = parseJsonText(text, 'levels/x/de.json');
  if (parsed.ok) {
    throw new Error('expected a syntax error');
  }
  return parsed.error;
}

describe('parseJsonText', () => {
  it('reads valid JSON, ignoring a leading byte-order mark', () => {
    expect(parseJsonText('{"a": [1, 2]}', 'f.json')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(parseJsonText('\uFEFF{"a": 1}', 'f.json')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, "where ',' or '}' was expected"],
    ['a missing colon', '{\n  "a": 1,\n  "b" 2\n}', 3, 7, "where ':' was expected"],
    ['a trailing comma', '{\n  "a": 1,\n}', 3, 1, 'trailing comma'],
    ['a trailing comma in a list', '[1, 2,\n]', 2, 1, 'trailing comma'],
    ['a single-quoted name', "{ 'a': 1 }", 1, 3, 'property name in double quotes'],
    ['an unquoted word', '{ not json', 1, 3, 'property name in double quotes'],
    ['a line break in a string', '{"a": "one\ntwo"}', 1, 11, 'a line break inside a string'],
    ['a string never closed', '{\n"a": "open', 2, 6, 'never closed'],
    ['a bad escape', '{"a": "\\x"}', 1, 8, 'invalid escape'],
    ['a cut-off file', '{"a": [1, 2', 1, 12, 'ends before the JSON does'],
    ['an empty file', '', 1, 1, 'ends before the JSON does'],
    ['text after the end', '{}\n}', 2, 1, 'after the end of the JSON'],
    ['a comment', '{\n  // note\n  "a": 1\n}', 2, 3, "'/' where a property name"],
    ['a leading zero', '[01]', 1, 3, "where ',' or ']' was expected"],
  ])('names the line and column of %s', (_name, text, line, column, reason) => {
    const issue = issueOf(text);
    expect(issue).toMatchObject({ code: 'ERR_JSON_SYNTAX', file: 'levels/x/de.json', path: '' });
    expect({ line: issue.line, column: issue.column }).toEqual({ line, column });
    expect(issue.message).toContain(`line ${line}, column ${column}`);
    expect(issue.message).toContain(reason);
  });

  it('counts a Windows line ending as one line break', () => {
    expect(issueOf('{\r\n  "a": 1\r\n  "b": 2\r\n}')).toMatchObject({ line: 3, column: 3 });
  });

  it('does not overflow the stack on deeply nested input', () => {
    const deep = '['.repeat(200_000);
    expect(issueOf(deep)).toMatchObject({ line: 1, column: 200_001 });
  });
});

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on which texts are valid', () => {
    const pieces = ['{', '}', '[', ']', ',', ':', '"', '\\', 'a', '1', '-', '.', 'e', ' ', '\n'];
    const jsonish = fc
      .array(fc.constantFrom(...pieces, 'true', 'null', 'u0041', '"a":', '\t'), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.json(), fc.string({ unit: 'binary' })), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        return (findJsonSyntaxError(text) === undefined) === valid;
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe('positionAt', () => {
  it('turns an offset into a 1-based line and column', () => {
    expect(positionAt('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
  });
});
