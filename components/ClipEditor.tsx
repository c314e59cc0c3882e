// The clip as the user will get it: front-matter fields, then the body as Markdown source
// or as a sanitised preview.
import { useState } from 'react';
import './clip-editor.css';
import type { FrontMatter } from '@/utils/pipeline/render/front-matter';
import { FrontMatterFields } from './FrontMatterFields';
import { MarkdownPreview } from './MarkdownPreview';

interface Props {
  frontMatter: FrontMatter;
  body: string;
  onFrontMatterChange: (next: FrontMatter) => void;
  onBodyChange: (next: string) => void;
  /** Open on the rendered body (reading a saved clip) rather than its source (editing a fresh one). */
  startWithPreview?: boolean;
  /** Images the body links by relative path (`assets/…`), as URLs the preview can show. */
  images?: ReadonlyMap<string, string>;
}

export function ClipEditor({ frontMatter, body, onFrontMatterChange, onBodyChange, startWithPreview = false, images }: Props) {
  const [showPreview, setShowPreview] = useState(startWithPreview);
  return (
    <div className="editor">
      <FrontMatterFields frontMatter={frontMatter} onChange={onFrontMatterChange} />
      <div className="body-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={!showPreview} onClick={() => setShowPreview(false)}>
          Markdown
        </button>
        <button type="button" role="tab" aria-selected={showPreview} onClick={() => setShowPreview(true)}>
          Preview
        </button>
      </div>
      {showPreview ? (
        <MarkdownPreview source={body} images={images} />
      ) : (
        <textarea className="body" name="body" spellCheck={false} value={body} onChange={(e) => onBodyChange(e.target.value)} />
      )}
    </div>
  );
}
