// The Turndown service for one conversion: every rule family, set up with the user's options.
// Rules added later win over earlier ones, so the marker rules (math, footnotes, escapes) come last.
import TurndownService from 'turndown';
import { addBlockRules, block } from './blocks';
import { isBlockElement } from './block-elements';
import { fencedCode, inlineCodeOf } from './code-blocks';
import type { ConversionContext } from './conversion-context';
import { addDefinitionListRules } from './definition-lists';
import { embedMarkdown } from './embeds';
import { addEmphasisRules } from './emphasis';
import { captionLine } from './figures';
import { footnoteDefinition } from './footnotes';
import { imageMarkdown } from './images';
import { linkMarkdown } from './links';
import { addListRules } from './lists';
import { MARK, hasMark } from './markers';
import { mathMarkdown } from './math';
import { addTableRules } from './tables';

/** Never written: scripts, styles, plug-ins, drawings (form controls are gone before). Their text is not article text. */
const REMOVED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OBJECT', 'EMBED', 'CANVAS', 'svg']);

const INLINE_CODE = new Set(['CODE', 'KBD', 'SAMP', 'TT']);

export function createMarkdownService(context: ConversionContext): TurndownService {
  const { options } = context;
  const service = new TurndownService({
    headingStyle: options.headingStyle,
    hr: '---',
    bulletListMarker: options.bulletMarker,
    codeBlockStyle: 'fenced',
    fence: options.codeFence,
    emDelimiter: options.emDelimiter,
    strongDelimiter: options.strongDelimiter,
    // Reference links are numbered by the link writer, per conversion (Turndown keeps them in a module global).
    linkStyle: 'inlined',
    // An empty list item would split its list in two.
    blankReplacement: (_content, node) => (node.nodeName !== 'LI' && isBlockElement(node) ? '\n\n' : ''),
    defaultReplacement: (content, node) => (isBlockElement(node) ? block(content, node) : content),
  });
  service.escape = context.escape;
  service.remove((node) => REMOVED.has(node.nodeName));

  addBlockRules(service, options);
  addListRules(service, options);
  addDefinitionListRules(service, options);
  addEmphasisRules(service, options);
  addTableRules(service, context);
  service.addRule('codeBlock', { filter: 'pre', replacement: (_content, node) => fencedCode(node, options.codeFence) });
  service.addRule('inlineCode', { filter: (node) => INLINE_CODE.has(node.nodeName), replacement: (_content, node) => inlineCodeOf(node) });
  service.addRule('link', {
    filter: (node) => node.nodeName === 'A' && node.hasAttribute('href'),
    replacement: (content, node) => linkMarkdown(content, node, context.baseUrl, context.links),
  });
  service.addRule('image', { filter: 'img', replacement: (_content, node) => imageMarkdown(node, context.baseUrl, context.escape) });
  service.addRule('figureCaption', { filter: 'figcaption', replacement: (content) => `\n\n${captionLine(content, options)}\n\n` });
  service.addRule('embed', { filter: ['iframe', 'video', 'audio'], replacement: (_content, node) => embedMarkdown(node, context) });

  service.addRule('math', { filter: (node) => hasMark(node, MARK.math), replacement: (_content, node) => mathMarkdown(node) });
  service.addRule('footnoteReference', {
    filter: (node) => hasMark(node, MARK.footnoteRef),
    replacement: (_content, node) => `[^${node.getAttribute(MARK.footnoteRef)}]`,
  });
  service.addRule('footnoteDefinition', {
    filter: (node) => hasMark(node, MARK.footnote),
    replacement: (content, node) => footnoteDefinition(node.getAttribute(MARK.footnote) ?? '', content),
  });
  service.addRule('footnotes', { filter: (node) => hasMark(node, MARK.footnotes), replacement: (content) => `\n\n${content.trim()}\n\n` });
  service.addRule('positionalEscape', {
    filter: (node) => hasMark(node, MARK.escape),
    replacement: (_content, node) => node.getAttribute(MARK.escape) ?? '',
  });
  return service;
}
