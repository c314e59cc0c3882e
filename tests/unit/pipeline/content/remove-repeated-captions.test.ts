import { describe, expect, it } from 'vitest';
import { removeRepeatedCaptions } from '@/utils/pipeline/content/remove-repeated-captions';
import { documentFrom } from '../../../support/dom';

function cleaned(html: string): string[] {
  const doc = documentFrom(`<body><article>${html}</article></body>`);
  const root = doc.querySelector('article')!;
  removeRepeatedCaptions(root);
  return Array.from(root.querySelectorAll('p, figcaption, div, span'))
    .filter((el) => el.children.length === 0)
    .map((el) => el.textContent?.trim() ?? '');
}

const CAPTION = 'A long row of unsold cars sits at a dealership in Littleton, Colorado. (AP Photo)';
const figure = (caption: string, cls = '') => `<figure><img src="/car.jpg"><figcaption class="${cls}">${caption}</figcaption></figure>`;

describe('removeRepeatedCaptions', () => {
  it('keeps one copy of a caption printed under every slide or once per screen size', () => {
    const html = `<p>Sales fell by a tenth.</p>${figure(CAPTION)}${figure(CAPTION)}${figure(CAPTION)}` +
      `<div class="caption"><div class="caption-full"><p>${CAPTION}</p></div><div class="caption-truncated"><p>${CAPTION}</p></div></div>`;
    expect(cleaned(html).filter((text) => text === CAPTION)).toHaveLength(1);
    expect(cleaned(html)).toContain('Sales fell by a tenth.');
  });

  it('keeps the whole caption when a truncated copy comes first or second', () => {
    const truncated = 'A long row of unsold cars sits at a dealership…';
    for (const html of [`${figure(truncated)}${figure(CAPTION)}`, `${figure(CAPTION)}${figure(truncated)}`]) {
      expect(cleaned(html)).toEqual([CAPTION]);
    }
  });

  it('keeps different captions, each photo’s credit, and repeated text that is not a caption', () => {
    const other = 'The dealership’s showroom stood empty on Tuesday morning, staff said.';
    const question = '<p>What inspired you to start cooking for other people?</p>';
    const texts = cleaned(`${figure(CAPTION)}${figure(other)}${figure('Photo by Joan Bardeletti/Getty Images')}${figure('Photo by Joan Bardeletti/Getty Images')}${question}${question}`);
    expect(texts).toContain(CAPTION);
    expect(texts).toContain(other);
    expect(texts.filter((text) => text === 'Photo by Joan Bardeletti/Getty Images')).toHaveLength(2);
    expect(texts.filter((text) => text.startsWith('What inspired'))).toHaveLength(2);
  });
});
