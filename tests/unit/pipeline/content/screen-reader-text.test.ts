import { describe, expect, it } from 'vitest';
import { removeFurniture } from '@/utils/pipeline/content/remove-furniture';
import { documentFrom } from '../../../support/dom';

function cleaned(html: string): string {
  const doc = documentFrom(`<body><div>${html}</div></body>`);
  removeFurniture(doc.body, 'page');
  removeFurniture(doc.body);
  return doc.body.textContent ?? '';
}

const STORY = '<p>The council voted on Tuesday to close the old pier. Repairs would have cost more than a new one.</p>';

describe('text shown only to screen readers', () => {
  it('removes short labels hidden from sight, wherever they stand', () => {
    const caption = '<figure><img src="/pier.jpg"><figcaption><span class="off-screen">Image caption</span>The old pier in 1920</figcaption></figure>';
    const link = '<p>Read the <a href="/report">full report<span class="sr-only"> (opens in a new window)</span></a> online.</p>';
    const share = '<a href="/share"><svg></svg><span class="visually-hidden">Share this with Facebook</span></a>';
    const text = cleaned(`${STORY}${caption}${link}${share}`);
    expect(text).toContain('The old pier in 1920');
    expect(text).toContain('Read the full report online.');
    expect(text).not.toMatch(/Image caption|opens in a new window|Share this with/);
  });

  it('keeps a hidden headline and a hidden passage longer than a label', () => {
    const headline = '<h1 class="sr-only">Council closes the old pier</h1>';
    const passage = `<div class="visually-hidden"><p>${'A transcript of the council meeting follows for readers who use assistive technology. '.repeat(2)}</p></div>`;
    const text = cleaned(`${headline}${STORY}${passage}`);
    expect(text).toContain('Council closes the old pier');
    expect(text).toContain('A transcript of the council meeting');
  });

  it('keeps text whose class only resembles a hidden one', () => {
    expect(cleaned(`${STORY}<p class="screen-reader-friendly">Large print edition</p>`)).toContain('Large print edition');
    expect(cleaned(`${STORY}<p class="visually-hidden-toggle">Show the transcript</p>`)).toContain('Show the transcript');
  });
});
