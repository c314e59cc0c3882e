// What happens to a clip's images. Downloading or embedding them means fetching from other sites,
// which needs the optional all-sites permission: it is asked for right in the change handler (a user
// gesture), and if the user refuses, the previous choice stays and the page says why.
import { useId, useState } from 'react';
import type { MarkdownOptions } from '@/utils/pipeline/markdown/markdown-options';

type ImageMode = MarkdownOptions['images'];

const MODES: readonly { value: ImageMode; label: string; detail: string }[] = [
  { value: 'remote', label: 'Keep remote URL', detail: 'Images stay on the page’s site; the note shows them while that site is up.' },
  { value: 'local', label: 'Download into assets/', detail: 'Downloading a clip saves its images in an assets/ folder beside the .md, linked relatively.' },
  { value: 'data-uri', label: 'Embed as data URI', detail: 'Images go inside the Markdown itself: one self-contained, larger file.' },
  { value: 'drop', label: 'Leave out', detail: 'No images in the clip.' },
];

/** The modes that fetch images from other sites. */
const FETCHING: ReadonlySet<ImageMode> = new Set(['local', 'data-uri']);

interface Props {
  value: ImageMode;
  onChange: (mode: ImageMode) => void;
  /** Asks for the all-sites permission; true when granted (or already held). */
  requestImageAccess: () => Promise<boolean>;
}

export function ImageChoice({ value, onChange, requestImageAccess }: Props) {
  const name = useId();
  const [refusal, setRefusal] = useState<string | null>(null);

  const choose = async (mode: ImageMode) => {
    setRefusal(null);
    // Asked first, before anything else is awaited, while the click still counts as the user's gesture.
    if (FETCHING.has(mode) && !(await requestImageAccess())) {
      const kept = MODES.find((m) => m.value === value)?.label ?? value;
      setRefusal(
        `Clipdown was not allowed to read images from other sites, so images stay “${kept}”. ` +
          `To ${mode === 'local' ? 'download' : 'embed'} them, choose again and allow access to all sites.`,
      );
      return;
    }
    onChange(mode);
  };

  return (
    <fieldset className="image-choice">
      <legend>Images</legend>
      {MODES.map((mode) => (
        <label key={mode.value} className="image-mode">
          <input type="radio" name={name} value={mode.value} checked={value === mode.value} onChange={() => void choose(mode.value)} />
          <span>
            {mode.label}
            <span className="hint"> {mode.detail}</span>
          </span>
        </label>
      ))}
      {refusal && (
        <p className="status status-warning" role="alert">
          {refusal}
        </p>
      )}
    </fieldset>
  );
}
