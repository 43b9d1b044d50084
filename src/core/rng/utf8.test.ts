import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Bytes, utf8Text } from './utf8';

describe('UTF-8 by hand', () => {
  it("encodes every well-formed text as the platform's encoder does, and decodes it back", () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bytes = utf8Bytes(text);
        expect(bytes).toEqual([...encoder.encode(text)]);
        expect(utf8Text(bytes)).toBe(text);
      }),
    );
  });

  it('refuses bytes that are not well-formed: cut short, overlong, a surrogate, a stray continuation', () => {
    expect(utf8Text([0xe2, 0x82])).toBeNull();
    expect(utf8Text([0xc0, 0xaf])).toBeNull();
    expect(utf8Text([0xed, 0xa0, 0x80])).toBeNull();
    expect(utf8Text([0x80])).toBeNull();
    expect(utf8Text([0xf0, 0x9f, 0x8e, 0xb2])).toBe('🎲');
  });
});
