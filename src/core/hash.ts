// A short print of a text: two FNV-1a passes with different seeds, 64 bits in base 36, so
// unrelated texts do not share a print. Prints are stored in своды (document prints): the
// output must never change.

export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 13)) >>> 0;
  }
  return a.toString(36) + b.toString(36).padStart(7, "0");
}
