/**
 * Whether a passage is laid out rather than written as prose, for reporting accuracy on each kind apart:
 * three or more lines that are list rows ("• Army – 194", "- 12 killed"), table rows (cells split by tabs or
 * runs of spaces, or a label then several numbers) "label: number" lines ("Total dead: 1,140") or
 * infobox cells ("2,110 aircraft[5]").
 */
const ROW = [
  /^\s*(?:[-–—•*·▪◦]|\d{1,2}[.)])\s+\S/u, // a bullet or a numbered row
  /\S(?:\t| {3,})\S/u, // cells split by a tab or a run of spaces
  /^[^.!?:\n]{1,60}:\s*(?:\p{Sc}\s*)?[~≈c.]*\s*\d[\d,. ]*(?:\s*[-–—]\s*\d[\d,.]*)?(?:\s*\S+){0,4}\s*$/u, // Label: 1,140
  /^[\p{L} ()'’-]{2,40}(?:\s+(?:[\d,.]+|[-–—])(?:\[\w+\]|\*)?){2,}\s*$/u, // Civilians 412 388 95 530
  /^\s*[~≈]?\d[\d,.]*(?:\[\w+\])?(?:\s*[-–—]\s*\d[\d,.]*)?(?:\s+\S+){0,4}\s*$/u, // 54,182 men[6] (an infobox cell)
];

export function isStructured(text: string): boolean {
  let rows = 0;
  for (const line of text.split('\n')) if (line.trim() && ROW.some((r) => r.test(line))) rows++;
  return rows >= 3;
}
