// The golden Markdown read back by a real renderer (markdown-it with footnotes, raw HTML allowed as
// GitHub and Obsidian allow it) makes the elements the page had: a golden file that only looked
// right would fail here.
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { describe, expect, it } from 'vitest';
import { documentFrom } from '../../../support/dom';
import { GOLDEN_BASE_URL, goldenCases } from './golden-cases';

const renderer = new MarkdownIt({ html: true }).use(footnote);

/** Selector → how many elements it must match in the rendered Markdown (0: none may). */
type Expectation = Record<string, number>;

const NO_BLOCK_MARKUP: Expectation = { h1: 0, h2: 0, ul: 0, ol: 0, blockquote: 0, hr: 0, pre: 0, em: 0, a: 0, table: 0 };

const RENDERS_AS: Record<string, Expectation> = {
  'blockquote-nested-with-paragraphs': { 'blockquote > p': 3, 'blockquote > blockquote > p': 1 },
  'chinese-article-set-in-pre-is-prose': { p: 2, 'p > strong': 1, 'p br': 1, 'pre > code.language-python': 1, pre: 1 },
  'chinese-fullwidth-indentation-dropped': { p: 4, 'p > strong': 1, pre: 0 },
  'chinese-indentation-after-line-breaks': { p: 3, 'p br': 1, 'p strong': 2, 'p em': 1, pre: 0 },
  'code-fence-longer-than-runs-inside': { 'pre > code.language-markdown': 1, 'pre > code': 2 },
  'code-hexo-gutter-table': { 'pre > code.language-js': 1, table: 0, 'p > em': 1 },
  'code-inline-with-backticks': { 'p > code': 6, 'p > em': 0 },
  'code-language-from-class-names': {
    'code.language-typescript': 1, 'code.language-go': 1, 'code.language-python': 1, 'code.language-csharp': 1,
    'code.language-rust': 1, 'code.language-ruby': 1, 'pre > code': 7,
  },
  'code-line-numbers-not-copied': { 'pre > code.language-bash': 1, 'pre > code': 3, table: 0 },
  'code-lines-from-br-and-line-elements': { 'code.language-js': 1, 'code.language-sh': 1, 'code.language-ts': 1 },
  'code-whitespace-kept-exactly': { 'pre > code.language-python': 1, p: 1 },
  'definition-list-terms-and-definitions': { 'p > strong': 3, p: 2 },
  'definition-list-with-block-definitions': { 'p > strong': 2, 'ul > li > code': 1 },
  'embed-video-and-audio-elements': { 'a[href="https://example.com/media/launch.webm"]': 1, 'a[href="https://example.com/media/interview.mp3"]': 1, a: 2 },
  'embed-vimeo-bilibili-and-other-frames': {
    'a[href="https://vimeo.com/76979871"]': 1, 'a[href="https://www.bilibili.com/video/BV17x411w7KC?p=2"]': 1,
    'a[href="https://maps.example.org/embed?q=harbour"]': 1, a: 3,
  },
  // (jsdom's selector engine cannot match an `&` inside an attribute value, hence two conditions)
  'embed-youtube-frame-becomes-watch-link': {
    'a[href^="https://www.youtube.com/watch?v=dQw4w9WgXcQ"][href$="t=42s"]': 1, 'a[href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"]': 1,
  },
  'escaping-backslashes-backticks-and-dollars': { ...NO_BLOCK_MARKUP, code: 0, p: 3 },
  'escaping-brackets-html-and-entities': { ...NO_BLOCK_MARKUP, img: 0, div: 0, p: 3 },
  'escaping-emphasis-characters': { ...NO_BLOCK_MARKUP, strong: 0, s: 0, p: 3 },
  'escaping-line-start-constructs': { ...NO_BLOCK_MARKUP, h2: 1, 'p > strong': 1, 'p br': 1, p: 10 },
  'escaping-mid-line-text-untouched': { ...NO_BLOCK_MARKUP, p: 3 },
  'footnotes-section-with-backlinks': { 'sup.footnote-ref': 3, 'section.footnotes li': 2, 'section.footnotes li p': 3 },
  'footnotes-wikipedia-references': { 'sup.footnote-ref': 3, 'section.footnotes li': 3, h2: 1, 'section.footnotes li a[href$="#CITEREFBain2006"]': 1, 'ul > li cite, ul > li em': 1 },
  'headings-permalink-anchors-dropped': { h2: 1, h3: 2, h4: 1, 'h2 a': 0, 'h3 a': 1 },
  'image-alt-title-and-absolute-url': { 'img[src="https://example.com/media/chart%20%28final%29.png"][alt="Sales [2024] chart"][title]': 1, img: 3 },
  'image-figure-caption-below-image': { img: 2, 'p > em': 2, 'p > em > a': 1 },
  'image-lazy-load-attributes': { img: 5, 'img[src^="https://example.com/static"]': 0 },
  'image-linked-thumbnail': { 'a[href="https://example.com/photos/full.jpg"] > img[src="https://example.com/photos/thumb.jpg"]': 1 },
  'image-noscript-fallback': { img: 2, 'img[src*="spacer"]': 0 },
  'image-picture-sources-skip-exotic-formats': { 'img[src="https://example.com/hero@2x.jpg"]': 1, img: 2 },
  'image-placeholders-dropped': { img: 2, p: 2 },
  'image-srcset-largest-candidate': { 'img[src="https://example.com/img/cat-1600.jpg"]': 1, img: 3 },
  'line-breaks-in-paragraphs': { p: 4, 'p br': 4, 'p > em > br': 1 },
  'links-around-blocks-split-per-block': { 'h3 > a[href="https://example.com/stories/42"]': 1, 'p > a[href="https://example.com/stories/42"]': 1 },
  'links-unsafe-schemes-lose-their-link': { a: 6, 'a[href^="javascript"]': 0, 'a[href^="data"]': 0, p: 3 },
  'list-items-holding-code-and-quotes': { 'ol > li': 2, 'ol > li > pre > code.language-sh': 1, 'ol > li > blockquote': 1 },
  'list-loose-items-with-paragraphs': { 'ul > li > p': 3, 'ol > li': 2, 'ol > li > p': 0, 'ol > li > ul > li': 1 },
  'list-nested-bullets-three-levels': { 'ul > li > ul > li > ul > li': 2, 'body > ul > li': 2, 'ol > li': 3 },
  'list-ordered-start-and-nesting': { 'ol[start="8"] > li': 3, 'ol > li > ul > li': 1, 'ol > li > ol > li': 2 },
  'list-task-checkboxes': { 'ul > li': 4 },
  'math-katex-inline-and-display': { p: 2, em: 0 },
  'math-mathjax2-scripts': { p: 2, em: 0 },
  'math-mathjax3-containers': { p: 3 },
  'math-mathml-annotation-alttext-and-text': { p: 2, em: 0 },
  'options-drop-images': { img: 0, blockquote: 1, p: 3 },
  'options-reference-links': { 'a[href="https://example.com/guide"][title="The guide"]': 2, 'a[href="https://example.org/faq"]': 1, img: 1 },
  'options-setext-headings': { h1: 1, h2: 2, h3: 1 },
  'options-star-bullets-and-delimiters': { 'ul > li': 3, 'ul > li > ul > li': 1, em: 2, strong: 1 },
  'options-tilde-fence': { 'pre > code.language-md': 1 },
  'strikethrough-superscript-and-subscript': { s: 3, sup: 1, sub: 1 },
  'table-block-content-falls-back-to-html': { 'table td ul li': 2, 'table td pre': 1, 'table td a': 0, script: 0, '[width]': 0 },
  'table-cell-pipes-breaks-and-links': { 'table thead th': 2, 'table tbody tr': 3, 'td code': 1, 'td br': 1, 'td a': 1 },
  'table-gfm-header-and-alignment': { 'table thead th': 3, 'table tbody tr': 2, '[style="text-align:right"]': 3, '[style="text-align:center"]': 3 },
  'table-layout-single-cell-is-content': { h2: 1, 'p > strong': 1, table: 1, 'table td': 2 },
  'table-footer-rows-come-last': { 'table thead th': 4, 'table tbody tr': 5, 'tbody td': 10 },
  'table-layout-single-column-is-content': { table: 0, img: 1, p: 3 },
  'table-layout-single-row-and-spacer-columns': { table: 0, h3: 1, img: 2, p: 4 },
  'table-merged-cells-fall-back-to-html': { 'th[colspan="2"]': 1, 'th[rowspan="2"]': 1, '[class]': 0, '[onclick]': 0 },
  'table-without-header-uses-first-row': { 'table thead th': 2, 'table tbody tr': 2 },
};

/** Cases whose rendering must show exactly the page's text: every escape reads back as what it escaped. */
const SAME_TEXT = [
  'chinese-fullwidth-indentation-dropped', 'chinese-indentation-after-line-breaks', 'escaping-backslashes-backticks-and-dollars',
  'escaping-brackets-html-and-entities', 'escaping-emphasis-characters', 'escaping-line-start-constructs', 'escaping-mid-line-text-untouched',
  'line-breaks-in-paragraphs', 'links-unsafe-schemes-lose-their-link', 'strikethrough-superscript-and-subscript',
];

const cases = goldenCases();
const rendered = (markdown: string) => documentFrom(`<body>${renderer.render(markdown)}</body>`, GOLDEN_BASE_URL);
const visibleText = (doc: Document) => (doc.body.textContent ?? '').replace(/\s+/g, '');

describe('golden Markdown, rendered by markdown-it', () => {
  it('has an expectation for every case', () => {
    expect(cases.map((c) => c.name).filter((name) => !RENDERS_AS[name])).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s renders the intended elements', (name, golden) => {
    const doc = rendered(golden.markdown);
    const counts = Object.fromEntries(Object.keys(RENDERS_AS[name] ?? {}).map((selector) => [selector, doc.querySelectorAll(selector).length]));
    expect(counts).toEqual(RENDERS_AS[name]);
  });

  it.each(SAME_TEXT)('%s renders as the page’s text', (name) => {
    const golden = cases.find((c) => c.name === name)!;
    expect(visibleText(rendered(golden.markdown))).toBe(visibleText(documentFrom(`<body>${golden.html}</body>`, GOLDEN_BASE_URL)));
  });

  it('renders display math as one paragraph from $$ to $$, never split by a blank line', () => {
    for (const golden of cases.filter((c) => c.name.startsWith('math-'))) {
      const blocks = Array.from(rendered(golden.markdown).querySelectorAll('p'), (p) => p.textContent ?? '').filter((t) => t.includes('$$'));
      for (const block of blocks) expect(block.trim(), golden.name).toMatch(/^\$\$[\s\S]+\$\$$/);
    }
  });
});
