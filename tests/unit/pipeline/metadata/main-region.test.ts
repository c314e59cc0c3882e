import { describe, expect, it } from 'vitest';
import { findMainRegion } from '../../../../utils/pipeline/metadata/main-region';
import { makeDocument } from './make-document';

describe('findMainRegion', () => {
  it('takes the region around the headline', () => {
    const doc = makeDocument('<article id="teaser"><h2>Other</h2></article><main id="main"><h1 id="h">Story</h1></main>');
    expect(findMainRegion(doc, doc.getElementById('h'))?.id).toBe('main');
  });

  it('falls back to the first article, main, role=main or articleBody in the page', () => {
    const doc = makeDocument('<div><div role="main" id="r"><p>x</p></div></div><article id="a"></article>');
    expect(findMainRegion(doc, null)?.id).toBe('r');
    const schema = makeDocument('<div itemprop="articleBody text" id="b"><p>x</p></div>');
    expect(findMainRegion(schema, null)?.id).toBe('b');
  });

  it('is null when the page marks up no region', () => {
    expect(findMainRegion(makeDocument('<table><tr><td>old page</td></tr></table>'), null)).toBeNull();
  });
});
