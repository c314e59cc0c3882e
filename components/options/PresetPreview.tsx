// The file the preset makes of the sample article, as plain text: what the user will get, updated
// as they type. While the draft has a problem it shows the last valid version, and says so.
import { useId, useMemo } from 'react';
import type { Preset } from '@/utils/pipeline/render/presets';
import { renderClip } from '@/utils/pipeline/render/render-clip';
import { SAMPLE_PAGE } from '@/utils/pipeline/template/sample-page';

interface Props {
  preset: Preset;
  /** The draft has a problem: this is the last version that worked. */
  stale: boolean;
  clippedAt: Date;
}

export function PresetPreview({ preset, stale, clippedAt }: Props) {
  const rendered = useMemo(() => {
    try {
      return { ok: true as const, clip: renderClip(SAMPLE_PAGE, { preset, clippedAt }) };
    } catch (error) {
      // A valid preset should always render; if one does not, say what broke rather than show nothing.
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
  }, [preset, clippedAt]);
  const titleId = useId();
  return (
    <section className="preset-preview" aria-labelledby={titleId}>
      <h3 id={titleId}>Preview</h3>
      <p className="hint">A sample article, clipped with this preset.</p>
      {stale && (
        <p className="status status-warning" role="status">
          Showing the last version that worked: fix the problem in the form to update the preview.
        </p>
      )}
      {rendered.ok ? (
        <figure className="preview-figure">
          <figcaption>
            File name <code data-testid="preview-filename">{rendered.clip.filename}</code>
          </figcaption>
          {/* Focusable so keyboard users can scroll a long preview. */}
          <pre className="preview-file" data-testid="preview-file" tabIndex={0}>
            {rendered.clip.markdown}
          </pre>
        </figure>
      ) : (
        <p className="status status-error" role="alert">
          {rendered.message}
        </p>
      )}
    </section>
  );
}
