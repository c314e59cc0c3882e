import { describe, expect, it } from 'vitest';
import { parseTemplate } from '@/utils/pipeline/template/parse-template';
import { renderTemplate, renderTemplateText } from '@/utils/pipeline/template/render-template';
import { TemplateError } from '@/utils/pipeline/template/template-problem';
import { variables } from './variables';

describe('renderTemplate', () => {
  it('keeps the type of a template that is exactly one expression', () => {
    const vars = variables({ wordCount: 1234, selection: null });
    expect(renderTemplate('{{tags}}', vars)).toEqual(['news', 'Port']);
    expect(renderTemplate('{{wordCount}}', vars)).toBe(1234);
    expect(renderTemplate('{{selection}}', vars)).toBeNull();
    expect(renderTemplate('{{ tags }}', vars)).toEqual(['news', 'Port']);
  });

  it('makes text when anything surrounds the expression: lists comma-separated, missing values empty', () => {
    const vars = variables({ wordCount: 1234, selection: null });
    expect(renderTemplate(' {{tags}}', vars)).toBe(' news, Port');
    expect(renderTemplate('{{wordCount}} words', vars)).toBe('1234 words');
    expect(renderTemplate('[{{selection}}]', vars)).toBe('[]');
    expect(renderTemplate('{{title}} — {{site}}', vars)).toBe('A title — Example News');
    expect(renderTemplate('', vars)).toBe('');
    expect(renderTemplate('no variables', vars)).toBe('no variables');
  });

  it('reads any meta tag by its name, case-insensitively; a tag the page lacks is empty', () => {
    const vars = variables({ meta: { 'og:type': 'article', 'citation_doi': '10.1000/1' } });
    expect(renderTemplate('{{meta:og:type}}', vars)).toBe('article');
    expect(renderTemplate('{{meta:CITATION_DOI}}', vars)).toBe('10.1000/1');
    expect(renderTemplate('{{meta:twitter:site|default:"none"}}', vars)).toBe('none');
  });

  it('never re-reads a value as template: page text with braces stays text', () => {
    expect(renderTemplate('{{title}}', variables({ title: '{{url}} and }}' }))).toBe('{{url}} and }}');
  });

  it('renders a parsed template the same as its source', () => {
    const parsed = parseTemplate('{{title|slug}}.{{lang}}');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(renderTemplate(parsed.template, variables())).toBe(renderTemplate('{{title|slug}}.{{lang}}', variables()));
  });

  it('throws a TemplateError naming the problems for an invalid source', () => {
    expect(() => renderTemplate('{{titel}}', variables())).toThrow(TemplateError);
    expect(() => renderTemplate('{{titel}}', variables())).toThrow(/Unknown variable "titel" — did you mean "title"\?/);
  });

  it('renderTemplateText: always text, for bodies and file names', () => {
    expect(renderTemplateText('{{tags}}', variables())).toBe('news, Port');
    expect(renderTemplateText('{{excerpt}}', variables())).toBe('');
    expect(renderTemplateText('{{wordCount}}', variables())).toBe('120');
  });
});
