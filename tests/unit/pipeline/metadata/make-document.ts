// Builds a Document from a hand-written fixture, the way the pipeline receives one (the CLI's jsdom setup).
import { documentFrom } from '../../../support/dom';

export const PAGE_URL = 'https://news.example.com/2024/09/27/story.html';

export function makeDocument(html: string, url: string = PAGE_URL): Document {
  return documentFrom(html, url);
}
