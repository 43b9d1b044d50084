/**
 * UTF-8 by hand: core has no TextEncoder or TextDecoder (its lib is ES2022 only). The seed hash
 * (uint64.ts) reads a text's bytes, and the workshop's result codes store a team's name in them.
 */

/** Encodes text as UTF-8 bytes (core has no TextEncoder). */
export function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const character of text) {
    const point = character.codePointAt(0) ?? 0;
    if (point < 0x80) {
      bytes.push(point);
    } else if (point < 0x800) {
      bytes.push(0xc0 | (point >> 6), 0x80 | (point & 0x3f));
    } else if (point < 0x10000) {
      bytes.push(0xe0 | (point >> 12), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f));
    } else {
      bytes.push(
        0xf0 | (point >> 18),
        0x80 | ((point >> 12) & 0x3f),
        0x80 | ((point >> 6) & 0x3f),
        0x80 | (point & 0x3f),
      );
    }
  }
  return bytes;
}

/** Decodes UTF-8 bytes; null when they are not well-formed (overlong, surrogate, cut short). */
export function utf8Text(bytes: readonly number[]): string | null {
  let text = '';
  let at = 0;
  while (at < bytes.length) {
    const first = bytes[at] ?? 0;
    const length = first < 0x80 ? 1 : first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 0;
    if (length === 0 || first >= 0xf8 || at + length > bytes.length) {
      return null;
    }
    let point = length === 1 ? first : first & (0x7f >> length);
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[at + next] ?? 0;
      if ((byte & 0xc0) !== 0x80) {
        return null;
      }
      point = point * 64 + (byte & 0x3f);
    }
    const least = [0, 0, 0x80, 0x800, 0x10000][length] ?? 0;
    if (point < least || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) {
      return null;
    }
    text += String.fromCodePoint(point);
    at += length;
  }
  return text;
}
