// What a Chinese character is, in one place: the unified ideographs with extension A and
// the compatibility ideographs of the basic plane. Readers that need more (the
// supplementary planes when counting a text's characters, radicals when telling an
// unusual character) add to this, and say why.

/** A Chinese character, as the contents of a character class. */
export const HAN_CLASS = '\\u3400-\\u9fff\\uf900-\\ufaff';

/** Whether a UTF-16 code unit is a Chinese character of the basic plane. */
export const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/**
 * The code units that are white space as /\s/ sees them (and so as String.prototype.trim does), as a
 * table: a reader that asks of every sentence whether it holds anything else looks a unit up.
 */
export const WHITE_SPACE = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) t[c] = 1;
  return t;
})();
