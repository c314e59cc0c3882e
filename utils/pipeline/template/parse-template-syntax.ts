// Reads the `{{operand | filter:arg:arg …}}` expressions out of a template. Syntax only: whether
// the names exist is check-template's job. After a bad expression it resumes at the next `}}`,
// so one pass reports every mistake. Offsets are UTF-16 indexes, as a textarea's selection uses.
import type { Expression, FilterCall, Operand, TemplatePart } from './template-ast';
import type { TemplateProblem } from './template-problem';

const OPEN = '{{';
const CLOSE = '}}';
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
/** `meta:og:title`: after a name, a colon and more name (which may hold colons) stay in the name. */
const NAME_TAIL = /:[^\s|{}"':][^\s|{}"']*/y;
const NUMBER = /-?\d+(?:\.\d+)?/y;
const SPACE = /\s*/y;
const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', "'": "'", n: '\n', t: '\t' };
/** Typed on macOS and phones when the user meant straight quotes. */
const SMART_QUOTES = new Set(['“', '”', '‘', '’', '„', '«', '»']);

export interface SyntaxResult {
  parts: TemplatePart[];
  problems: TemplateProblem[];
}

export function parseTemplateSyntax(source: string): SyntaxResult {
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  let text = '';
  let pos = 0;
  for (let open = source.indexOf(OPEN); open !== -1; open = source.indexOf(OPEN, pos)) {
    text += source.slice(pos, open);
    const read = new ExpressionReader(source, open).read();
    if ('problem' in read) {
      problems.push(read.problem);
    } else {
      if (text) parts.push(text);
      text = '';
      parts.push(read.expression);
    }
    pos = read.resume;
  }
  text += source.slice(pos);
  if (text) parts.push(text);
  return { parts, problems };
}

type ReadResult = { expression: Expression; resume: number } | { problem: TemplateProblem; resume: number };

class SyntaxFailure {
  constructor(
    readonly problem: TemplateProblem,
    /** Where scanning continues; by default just after the next `}}`. */
    readonly resume?: number,
  ) {}
}

class ExpressionReader {
  private pos: number;

  constructor(
    private readonly source: string,
    private readonly open: number,
  ) {
    this.pos = open + OPEN.length;
  }

  read(): ReadResult {
    try {
      return this.expression();
    } catch (error) {
      if (!(error instanceof SyntaxFailure)) throw error;
      const close = this.source.indexOf(CLOSE, error.problem.start);
      const resume = error.resume ?? (close === -1 ? this.source.length : close + CLOSE.length);
      return { problem: error.problem, resume };
    }
  }

  private expression(): ReadResult {
    this.skipSpace();
    if (this.source.startsWith(CLOSE, this.pos)) {
      this.fail('Empty {{ }}: put a variable inside, e.g. {{title}}', this.open, this.pos + CLOSE.length);
    }
    const head = this.operand('a variable name, e.g. {{title}}');
    const filters: FilterCall[] = [];
    for (;;) {
      this.skipSpace();
      if (this.source.startsWith(CLOSE, this.pos)) {
        this.pos += CLOSE.length;
        return { expression: { head, filters, start: this.open, end: this.pos }, resume: this.pos };
      }
      if (this.source[this.pos] !== '|') this.unexpected('"|" and a filter, or "}}"');
      this.pos += 1;
      this.skipSpace();
      filters.push(this.filter());
    }
  }

  private filter(): FilterCall {
    const start = this.pos;
    const name = this.match(IDENTIFIER) ?? this.unexpected('a filter name after "|"');
    const args: Operand[] = [];
    for (;;) {
      const beforeSpace = this.pos;
      this.skipSpace();
      if (this.source[this.pos] !== ':') {
        this.pos = beforeSpace;
        break;
      }
      this.pos += 1;
      this.skipSpace();
      args.push(this.operand('quoted text, a number or a variable after ":"'));
    }
    return { name, args, start, end: args.at(-1)?.end ?? start + name.length };
  }

  private operand(expected: string): Operand {
    const start = this.pos;
    const char = this.source[start];
    if (char === '"' || char === "'") return this.quoted(char);
    const number = this.match(NUMBER);
    if (number !== null) return { kind: 'literal', value: Number(number), start, end: this.pos };
    const name = this.match(IDENTIFIER);
    if (name === null) this.unexpected(expected);
    const tail = this.match(NAME_TAIL) ?? '';
    return { kind: 'variable', name: name + tail, start, end: this.pos };
  }

  private quoted(quote: string): Operand {
    const start = this.pos;
    let value = '';
    for (let i = start + 1; i < this.source.length; i += 1) {
      const char = this.source[i]!;
      if (char === quote) {
        this.pos = i + 1;
        return { kind: 'literal', value, start, end: this.pos };
      }
      if (char === '\\' && i + 1 < this.source.length) {
        const next = this.source[i + 1]!;
        value += ESCAPES[next] ?? `\\${next}`;
        i += 1;
      } else {
        value += char;
      }
    }
    return this.fail(`Unclosed quote: end the text with ${quote}`, start, this.source.length);
  }

  private unexpected(expected: string): never {
    const at = this.pos;
    if (at >= this.source.length) {
      this.fail('Unclosed "{{": add "}}" to end the expression', this.open, this.open + OPEN.length);
    }
    if (this.source.startsWith(OPEN, at)) {
      // The user forgot a `}}`: report the first `{{` and read the second as a fresh expression.
      throw new SyntaxFailure({ message: 'Unclosed "{{": add "}}" to end the expression', start: this.open, end: this.open + OPEN.length }, at);
    }
    const char = String.fromCodePoint(this.source.codePointAt(at)!);
    if (SMART_QUOTES.has(char)) this.fail(`Use straight quotes (" or ') around text, not ${char}`, at, at + char.length);
    return this.fail(`Unexpected "${char}": expected ${expected}`, at, at + char.length);
  }

  private match(pattern: RegExp): string | null {
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.source);
    if (!found || found[0] === '') return null;
    this.pos = pattern.lastIndex;
    return found[0];
  }

  private skipSpace(): void {
    this.match(SPACE);
  }

  private fail(message: string, start: number, end: number): never {
    throw new SyntaxFailure({ message, start, end });
  }
}
