import { describe, expect, it } from 'vitest';
import { findElements } from '../../../../utils/pipeline/metadata/find-elements';
import { makeDocument } from './make-document';

describe('findElements', () => {
  const doc = makeDocument('<div id="a" class="x"><span id="b" class="x"></span></div><p id="c" class="x"></p><p id="d"></p>');
  const hasX = (element: Element): boolean => element.classList.contains('x');

  it('returns matches in document order up to the limit', () => {
    expect(findElements(doc, hasX, 10).map((element) => element.id)).toEqual(['a', 'b', 'c']);
    expect(findElements(doc, hasX, 2).map((element) => element.id)).toEqual(['a', 'b']);
  });

  it('searches only below an element root', () => {
    expect(findElements(doc.getElementById('a')!, hasX, 10).map((element) => element.id)).toEqual(['b']);
  });
});
