import { describe, expect, it } from 'vitest';
import { isInCommentThread } from '../../../../utils/pipeline/metadata/in-comment-thread';
import { makeDocument } from './make-document';

describe('isInCommentThread', () => {
  const doc = makeDocument(`<body><form id="aspnetForm">
    <div class="post"><p id="footer">发表于 2024-09-27</p></div>
    <div id="comments"><div class="comment-body"><span id="commenter">发表于 2024-09-28</span></div></div>
  </form></body>`);
  const byId = (id: string): Element => doc.getElementById(id)!;

  it('flags text in a comment thread', () => {
    expect(isInCommentThread(byId('commenter'))).toBe(true);
  });

  it('does not flag the article because a form wraps the whole page', () => {
    expect(isInCommentThread(byId('footer'))).toBe(false);
  });
});
