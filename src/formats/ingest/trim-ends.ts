// Trims a set of characters from both ends in linear time. The regex /^[ \t]+|[ \t]+$/g looks
// like a trim but tries `[ \t]+$` at every space of an inner run: quadratic, 3 s on 50,000 spaces.

export function trimEnds(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start])) start++;
  while (end > start && chars.includes(text[end - 1])) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
