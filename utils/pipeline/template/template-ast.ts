// The parsed form of a template: literal text and `{{operand | filter:arg …}}` expressions,
// every piece carrying its offsets in the source for error messages.

export type Operand =
  | { kind: 'variable'; name: string; start: number; end: number }
  | { kind: 'literal'; value: string | number; start: number; end: number };

export interface FilterCall {
  name: string;
  args: Operand[];
  /** From the filter's name to the end of its last argument. */
  start: number;
  end: number;
}

export interface Expression {
  head: Operand;
  filters: FilterCall[];
  /** From `{{` to just after `}}`. */
  start: number;
  end: number;
}

export type TemplatePart = string | Expression;

/** A template that parsed and checked cleanly: every variable and filter in it exists. */
export interface Template {
  readonly source: string;
  readonly parts: readonly TemplatePart[];
}
