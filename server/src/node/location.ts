// Where a range of a file's text is, as the CLI's reports and the configuration errors give it:
// UTF-16 offsets, and 1-based lines and columns (columns count UTF-16 code units; the end
// is exclusive: `endColumn` is the column just after the last character of the range).

import { positionAt } from '../engine';

export interface LineColumnRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface TextLocation extends LineColumnRange {
  /** UTF-16 offsets into the file's text (after any byte-order mark). */
  start: number;
  end: number;
}

/** The 1-based lines and columns of the offsets [start, end) (an end before the start counts as the start). */
export function lineColumnRange(lineStarts: number[], start: number, end: number): LineColumnRange {
  const s = positionAt(lineStarts, start);
  const e = positionAt(lineStarts, Math.max(start, end));
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}
