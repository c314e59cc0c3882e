import { describe, expect, it } from 'vitest';
import { assetName } from '@/utils/pipeline/images/asset-name';
import { localizeImages, type FetchImage } from '@/utils/pipeline/images/localize-images';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const md = '![one](https://cdn.example.com/p/照片.png "T")\n\n![two](https://img.example.com/abc123?w=800)\n\n![gone](https://dead.example.com/x.jpg)';

const fetchImage: FetchImage = async (url) => {
  if (url.includes('dead')) throw new Error('404 Not Found');
  return { bytes: PNG, type: url.includes('abc123') ? 'image/webp' : 'image/png' };
};

describe('localizeImages', () => {
  it('writes images into assets/ with relative links, and keeps the address of those it could not fetch', async () => {
    const result = await localizeImages(md, 'local', fetchImage);
    expect(result.assets.map((asset) => asset.path)).toEqual([
      `assets/${assetName('https://cdn.example.com/p/照片.png', 'image/png')}`,
      `assets/${assetName('https://img.example.com/abc123?w=800', 'image/webp')}`,
    ]);
    expect(result.assets[0]!.path).toMatch(/^assets\/照片-[0-9a-f]{8}\.png$/);
    expect(result.assets[1]!.path).toMatch(/^assets\/abc123-[0-9a-f]{8}\.webp$/);
    expect(result.markdown).toBe(
      `![one](${result.assets[0]!.path} "T")\n\n![two](${result.assets[1]!.path})\n\n![gone](https://dead.example.com/x.jpg)`,
    );
    expect(result.failed).toEqual([{ url: 'https://dead.example.com/x.jpg', reason: '404 Not Found' }]);
  });

  it('embeds images as data: URIs', async () => {
    const result = await localizeImages('![a](https://cdn.example.com/a.png)', 'data-uri', fetchImage);
    expect(result.markdown).toBe(`![a](data:image/png;base64,${Buffer.from(PNG).toString('base64')})`);
    expect(result.assets).toEqual([]);
  });

  it('refuses answers that are not images, and images over the size limit', async () => {
    const html: FetchImage = async () => ({ bytes: PNG, type: 'text/html; charset=utf-8' });
    const notImage = await localizeImages('![a](https://e.test/a.png)', 'local', html);
    expect(notImage.markdown).toBe('![a](https://e.test/a.png)');
    expect(notImage.failed[0]!.reason).toMatch(/text\/html, not an image/);
    const big = await localizeImages('![a](https://e.test/a.png)', 'data-uri', fetchImage, { maxBytes: 4 });
    expect(big.markdown).toBe('![a](https://e.test/a.png)');
    expect(big.failed).toHaveLength(1);
  });

  it('fetches each image once, however often the article shows it', async () => {
    const calls: string[] = [];
    const counting: FetchImage = async (url) => (calls.push(url), { bytes: PNG, type: 'image/png' });
    await localizeImages('![a](https://e.test/a.png) ![b](https://e.test/a.png)', 'local', counting);
    expect(calls).toEqual(['https://e.test/a.png']);
  });
});

describe('assetName', () => {
  it('keeps the URL’s readable name, takes the extension from the type when the URL has none, and differs per URL', () => {
    expect(assetName('https://e.test/img/photo.JPEG', null)).toMatch(/^photo-[0-9a-f]{8}\.jpg$/);
    expect(assetName('https://e.test/i/9f8e7d', 'image/avif')).toMatch(/^9f8e7d-[0-9a-f]{8}\.avif$/);
    expect(assetName('https://e.test/a/x.png', null)).not.toBe(assetName('https://e.test/b/x.png', null));
    expect(assetName('https://e.test/', null)).toMatch(/^image-[0-9a-f]{8}\.img$/);
    expect(assetName('https://e.test/..%2F..%2Fetc%2Fpasswd', null)).toMatch(/^etc-passwd-[0-9a-f]{8}\.img$/);
  });
});
