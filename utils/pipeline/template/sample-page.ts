// A clipped page for previewing templates before any real clip exists (the options page's live
// preview). It exercises what templates meet in practice: Chinese and Latin text, a page time
// zone, keywords, a section, meta tags, a selection.
import type { ClippedPage } from '../clipped-page';

const BODY = [
  '## 开发区加快建设 New port opens',
  '漳州开发区今天宣布，新港区正式投入使用。The new container terminal doubles the port’s capacity.',
  '> “这是一个新的开始。” — 港口负责人',
].join('\n\n');

export const SAMPLE_PAGE: ClippedPage = Object.freeze({
  metadata: {
    title: '漳州开发区新港区投入使用 New port opens in Zhangzhou',
    author: '林洁',
    published: '2024-09-27T10:30:00+08:00',
    siteName: '漳州新闻网',
    lang: 'zh-CN',
    excerpt: '漳州开发区新港区正式投入使用，集装箱吞吐能力翻番。',
    image: 'https://example.com/images/port.jpg',
    url: 'https://news.example.com/2024/09/27/port.html?from=home',
    canonicalUrl: 'https://news.example.com/2024/09/27/port.html',
    keywords: ['漳州', '港口', 'shipping'],
    meta: {
      description: '漳州开发区新港区正式投入使用，集装箱吞吐能力翻番。',
      'og:type': 'article',
      'article:section': '经济',
      'article:published_time': '2024-09-27T10:30:00+08:00',
    },
  },
  body: BODY,
  text: BODY.replace(/[#>]/g, '').trim(),
  method: 'readability',
  selection: 'The new container terminal doubles the port’s capacity.',
  rule: null,
  frontMatterOverrides: {},
  warnings: [],
});
