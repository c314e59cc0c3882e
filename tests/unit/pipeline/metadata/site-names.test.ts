import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../../utils/pipeline/metadata/json-ld';
import { readMetaTags } from '../../../../utils/pipeline/metadata/meta-tags';
import { collectSiteNames } from '../../../../utils/pipeline/metadata/site-names';
import { makeDocument } from './make-document';

describe('collectSiteNames', () => {
  it('gathers declared names and the host label, without duplicates', () => {
    const doc = makeDocument(`<html><head>
      <meta property="og:site_name" content="示例新闻">
      <meta name="application-name" content="示例新闻">
      <meta name="twitter:site" content="@ExampleNews">
      <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Example Media"}}</script>
    </head><body></body></html>`);
    expect(collectSiteNames(readMetaTags(doc), readJsonLd(doc), 'https://news.example.com.cn/a.html'))
      .toEqual(['示例新闻', 'Example Media', 'ExampleNews', 'example']);
  });

  it('falls back to the host label alone', () => {
    const doc = makeDocument('<p>x</p>');
    expect(collectSiteNames(readMetaTags(doc), readJsonLd(doc), 'https://www.planetwire.com/x')).toEqual(['planetwire']);
  });
});
