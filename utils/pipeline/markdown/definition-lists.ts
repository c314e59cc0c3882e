// Definition lists: the term in bold on its line, each definition on the next as `: definition`.
// Renderers with definition lists (kramdown, pandoc, markdown-it-deflist) make a <dl> of it; the
// others show "**Term** : definition", still readable. A definition of several blocks is written
// as those blocks under its term.
import type TurndownService from 'turndown';
import { isBlockElement } from './block-elements';
import type { MarkdownOptions } from './markdown-options';

export function addDefinitionListRules(service: TurndownService, options: MarkdownOptions): void {
  service.addRule('definitionList', {
    filter: 'dl',
    replacement: (content) => `\n\n${content.trim()}\n\n`,
  });
  service.addRule('definitionTerm', {
    filter: 'dt',
    replacement: (content, node) => {
      const term = content.replace(/\s*\n\s*/g, ' ').trim();
      if (!term) return '';
      const strong = options.strongDelimiter;
      const bold = isAllBold(node) || term.includes(strong) ? term : `${strong}${term}${strong}`;
      // A term right after another term shares its group; otherwise a blank line starts a new one.
      return `${node.previousElementSibling?.nodeName === 'DT' ? '\n' : '\n\n'}${bold}`;
    },
  });
  service.addRule('definitionDescription', {
    filter: 'dd',
    replacement: (content, node) => {
      const body = content.trim();
      if (!body) return '';
      const blocks = Array.from(node.children).filter((child) => isBlockElement(child));
      if (blocks.length > 1 || (blocks.length === 1 && blocks[0]!.nodeName !== 'P')) return `\n\n${body}\n\n`;
      return `\n: ${body.replace(/\n/g, '\n  ')}`;
    },
  });
}

function isAllBold(term: Element): boolean {
  const meaningful = Array.from(term.childNodes).filter((child) => child.nodeType === 1 || child.textContent?.trim());
  return meaningful.length === 1 && (meaningful[0]!.nodeName === 'STRONG' || meaningful[0]!.nodeName === 'B');
}
