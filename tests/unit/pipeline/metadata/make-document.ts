// Builds a jsdom Document from a hand-written fixture, the way the pipeline receives one.
import { JSDOM } from 'jsdom';

export const PAGE_URL = 'https://news.example.com/2024/09/27/story.html';

export function makeDocument(html: string, url: string = PAGE_URL): Document {
  return new JSDOM(html, { url }).window.document;
}
