// Template variables for tests: every name present, overridable one by one.
import type { TemplateVariables } from '@/utils/pipeline/template/template-variables';

export function variables(overrides: Partial<TemplateVariables> = {}): TemplateVariables {
  return {
    title: 'A title',
    url: 'https://example.com/a',
    canonical: null,
    domain: 'example.com',
    site: 'Example News',
    author: 'Jane Doe',
    published: '2024-09-27T10:30:00+08:00',
    clipped: '2026-11-23T19:40:05+08:00',
    excerpt: null,
    lang: 'en',
    image: null,
    tags: ['news', 'Port'],
    keywords: ['news', 'Port'],
    categories: [],
    wordCount: 120,
    readingTime: 1,
    content: 'Body.',
    selection: null,
    meta: { 'og:type': 'article' },
    ...overrides,
  };
}
