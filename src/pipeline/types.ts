import type { Category, Quantity, Subject, Side, Claimant, ClaimDate } from '../schema.js';

/** A heading of the text (wiki "== X ==" or markdown "## X"), with its nesting level. */
export interface Heading {
  level: number;
  text: string;
  start: number;
  end: number;
}

/** A word, number or punctuation mark, with its offsets in the input. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the token in its sentence. */
  i: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the line-delimited paragraph holding the sentence. */
  paragraph: number;
  /** Index of the sentence within its paragraph. */
  indexInParagraph: number;
  /** Enclosing headings, outermost first. */
  headings: Heading[];
  tokens: Token[];
}

/** A stretch of the input with its offsets. */
export interface TextRange {
  text: string;
  start: number;
  end: number;
}

/** A wire dateline ("NAIROBI, Kenya (AP) —"): where the report was filed, and when, for side and date. */
export interface Dateline {
  start: number;
  end: number;
  /** The place in capitals: "NAIROBI". */
  place: TextRange;
  /** A region or country after it: "Kenya". */
  region: TextRange | null;
  /** A date after it: "March 3". */
  date: TextRange | null;
  /** The outlet in parentheses: "AP". */
  outlet: TextRange | null;
}

/** The layout of a row that is not prose (read by layout.ts, which describes the shapes it reads). */
export interface LineLayout {
  /** Lines heading this row, outermost first. */
  heads: Sentence[];
  /** A bracketed line that closes the rows of this block ("(Southern sources)"). */
  closer: Sentence | null;
  /** In an infobox: the lines naming the parties, in column order, and this row's column (0-based). */
  columns?: {
    /** column -1: the row's cells are the columns, each under the header line's cell of that place. */
    headers: Sentence[]; column: number; columns: number;
    /** Index of the header line where the last column's parties begin (a line set in by a space, as a flattened infobox leaves it). */
    lastFrom?: number;
    /** Header cells count only when they name a party the lexicon knows (a table's own header row: "Killed | Wounded" names none). */
    knownOnly?: boolean;
    /** Token indices where a line holding every column's figure ("59,247 c. 26,000") opens columns 1, 2, .... */
    opens?: number[];
  };
}

export interface Doc {
  text: string;
  sentences: Sentence[];
  /** The first wire dateline of the text, if any: facts the side and date stages both read. */
  dateline: Dateline | null;
  /** Per sentence: the lines heading it when it is a row of a list, label block, table or infobox. */
  layout: Array<LineLayout | null>;
}

/** A number found in a sentence: token range [first, last] and the parsed quantity. */
export interface QuantityMention {
  first: number;
  last: number;
  start: number;
  end: number;
  quantity: Quantity;
  /** "a"/"an"/"another" read as 1: counts only where a frame strongly says so. */
  weak: boolean;
}

/** A quantity with what happened to it: the output of the frame stage. */
export interface Frame {
  sentence: Sentence;
  mention: QuantityMention;
  category: Category;
  subject: Subject;
  /** Token range of the counted noun phrase (may be empty: first > last). */
  subjectFirst: number;
  subjectLast: number;
  /** Token range of the whole clause the frame read, for side and claimant look-ups. */
  span: { start: number; end: number };
  /** Which frame rule found it, for debugging and tests. */
  rule: string;
  /** Index of the list the mention belongs to within its sentence (same value = distributed together). */
  group: number;
}

/** A frame being completed by the later stages. */
export interface DraftClaim extends Frame {
  side: Side | null;
  claimant: Claimant | null;
  date: ClaimDate | null;
  modality: 'asserted' | 'hedged' | 'denied';
}
