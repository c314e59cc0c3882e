import { describe, expect, it } from 'vitest';
import { checkTemplate, parseTemplate } from '@/utils/pipeline/template/parse-template';
import type { Expression } from '@/utils/pipeline/template/template-ast';

/** The problems as `message @ the text they cover`, which reads better than offsets. */
function problemsOf(source: string): string[] {
  return checkTemplate(source).map(({ message, start, end }) => `${message} @ ${source.slice(start, end)}`);
}

function onlyExpression(source: string): Expression {
  const result = parseTemplate(source);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const [part] = result.template.parts;
  if (typeof part === 'string' || !part) throw new Error('not an expression');
  return part;
}

describe('parseTemplate: syntax', () => {
  it('splits text and expressions, keeping the text exactly', () => {
    const result = parseTemplate('Title: {{title}} ({{ site }})');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const shape = result.template.parts.map((part) => (typeof part === 'string' ? part : `<${part.head.kind === 'variable' ? part.head.name : ''}>`));
    expect(shape).toEqual(['Title: ', '<title>', ' (', '<site>', ')']);
  });

  it('reads filters chained with "|", spaces allowed, with quoted, numeric and variable arguments', () => {
    const expression = onlyExpression('{{ published | default : clipped | date:"YYYY" | replace:\'a\':"b" | truncate:80 }}');
    expect(expression.head).toMatchObject({ kind: 'variable', name: 'published' });
    expect(expression.filters.map((f) => [f.name, f.args.map((a) => (a.kind === 'literal' ? a.value : `$${a.name}`))])).toEqual([
      ['default', ['$clipped']],
      ['date', ['YYYY']],
      ['replace', ['a', 'b']],
      ['truncate', [80]],
    ]);
  });

  it('reads meta tag names with colons, and escapes inside quotes', () => {
    expect(onlyExpression('{{meta:article:published_time}}').head).toMatchObject({ name: 'meta:article:published_time' });
    const replace = onlyExpression('{{title|replace:"\\"":"\\\\"}}').filters[0]!;
    expect(replace.args.map((a) => (a.kind === 'literal' ? a.value : null))).toEqual(['"', '\\']);
  });

  it('lets a quoted literal stand for text that looks like template syntax', () => {
    expect(onlyExpression('{{"{{ and }}"}}').head).toMatchObject({ kind: 'literal', value: '{{ and }}' });
  });

  it('treats text without "{{" as a constant, "}}" alone included', () => {
    const result = parseTemplate('a }} b');
    expect(result.ok && result.template.parts).toEqual(['a }} b']);
    expect(parseTemplate('').ok).toBe(true);
  });

  it('records where each expression and filter sits in the source', () => {
    const expression = onlyExpression('{{title|slug}}');
    expect([expression.start, expression.end]).toEqual([0, 14]);
    expect([expression.filters[0]!.start, expression.filters[0]!.end]).toEqual([8, 12]);
  });

  it('parses each source once: the same result object comes back', () => {
    const source = `{{title|truncate:${Math.floor(Math.random() * 1e6) + 1}}}`;
    expect(parseTemplate(source)).toBe(parseTemplate(source));
  });
});

describe('parseTemplate: problems, with the text they cover', () => {
  it('unclosed or empty expressions', () => {
    expect(problemsOf('Hi {{title')).toEqual(['Unclosed "{{": add "}}" to end the expression @ {{']);
    expect(problemsOf('{{ }}')).toEqual(['Empty {{ }}: put a variable inside, e.g. {{title}} @ {{ }}']);
    expect(problemsOf('{{title|date:"YYYY}}')).toEqual(['Unclosed quote: end the text with " @ "YYYY}}']);
  });

  it('a forgotten "}}" before the next expression, which still parses', () => {
    expect(problemsOf('{{title {{titel}}')).toEqual([
      'Unclosed "{{": add "}}" to end the expression @ {{',
      'Unknown variable "titel" — did you mean "title"? @ titel',
    ]);
  });

  it('stray characters, a missing filter name, smart quotes', () => {
    expect(problemsOf('{{title slug}}')).toEqual(['Unexpected "s": expected "|" and a filter, or "}}" @ s']);
    expect(problemsOf('{{title|}}')).toEqual(['Unexpected "}": expected a filter name after "|" @ }']);
    expect(problemsOf('{{published|date:“YYYY”}}')).toEqual(['Use straight quotes (" or \') around text, not “ @ “']);
    expect(problemsOf('{{title|default:}}')).toEqual(['Unexpected "}": expected quoted text, a number or a variable after ":" @ }']);
  });

  it('unknown variables and filters, with the closest names', () => {
    expect(problemsOf('{{titel}}')).toEqual(['Unknown variable "titel" — did you mean "title"? @ titel']);
    expect(problemsOf('{{title|slugify}}')).toEqual(['Unknown filter "slugify" — did you mean "slug"? @ slugify']);
    expect(problemsOf('{{title|lowercase}}')).toEqual(['Unknown filter "lowercase" — did you mean "lower"? @ lowercase']);
    expect(problemsOf('{{wordcount}}')).toEqual(['Unknown variable "wordcount" — did you mean "wordCount"? @ wordcount']);
    expect(problemsOf('{{title|frobnicate}}')).toEqual(['Unknown filter "frobnicate" @ frobnicate']);
  });

  it('names other clippers use, pointed at ours', () => {
    expect(problemsOf('{{date}}')).toEqual(['Unknown variable "date" — did you mean "published" or "clipped"? @ date']);
    expect(problemsOf('{{description}}')).toEqual(['Unknown variable "description" — did you mean "excerpt"? @ description']);
    expect(problemsOf('{{og:title}}')).toEqual(['Unknown variable "og:title" — did you mean "meta:og:title"? @ og:title']);
    expect(problemsOf('{{title:slug}}')).toEqual(['Filters follow "|", not ":": write {{title|…}} @ :']);
    expect(problemsOf('{{meta}}')).toEqual(['"meta" needs a tag name after a colon, e.g. {{meta:og:type}} @ meta']);
  });

  it('filter arguments: how many, and of which kind', () => {
    expect(problemsOf('{{title|slug:"x"}}')).toEqual(['"slug" takes no arguments @ slug:"x"']);
    expect(problemsOf('{{title|truncate}}')).toEqual(['"truncate" needs 1 argument: truncate:80 @ truncate']);
    expect(problemsOf('{{title|replace:"a"}}')).toEqual(['"replace" needs 2 arguments: replace:"old":"new" @ replace:"a"']);
    expect(problemsOf('{{title|date:"Y":"M"}}')).toEqual(['"date" takes at most 1 argument: date:"YYYY-MM-DD HH:mm" @ date:"Y":"M"']);
    expect(problemsOf('{{title|truncate:"80"}}')).toEqual(['"truncate" takes a whole number above 0, e.g. truncate:80 @ "80"']);
    expect(problemsOf('{{title|truncate:0}}')).toEqual(['"truncate" takes a whole number above 0, e.g. truncate:80 @ 0']);
    expect(problemsOf('{{title|date:YYYY}}')).toEqual(['"date" takes quoted text here, e.g. date:"YYYY-MM-DD HH:mm" @ YYYY']);
    expect(problemsOf('{{title|replace:"":"x"}}')).toEqual(['Nothing to replace: the first text of "replace" is empty @ replace:"":"x"']);
    expect(problemsOf('{{author|default:athor}}')).toEqual(['Unknown variable "athor" — did you mean "author"? @ athor']);
  });

  it('reports every problem of a template, in source order', () => {
    expect(problemsOf('{{titel}} and {{site|uper}} and {{url')).toEqual([
      'Unknown variable "titel" — did you mean "title"? @ titel',
      'Unknown filter "uper" — did you mean "upper"? @ uper',
      'Unclosed "{{": add "}}" to end the expression @ {{',
    ]);
  });
});

describe('parseTemplate: shared results', () => {
  it('cannot be changed by one caller under another', () => {
    const result = parseTemplate('{{titel}}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(() => (result.problems as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(() => Object.assign(result.problems[0]!, { start: 99 })).toThrow(TypeError);
    expect(checkTemplate('{{titel}}')).toHaveLength(1);
  });
});
