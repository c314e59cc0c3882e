// One saved clip, opened from the list: read it rendered (sanitised), edit its front-matter and body,
// save the edit, download it again with its kept images, copy it, or delete it (the page offers undo).
import { useEffect, useMemo, useState } from 'react';
import { ClipEditor } from '@/components/ClipEditor';
import { StatusMessage } from '@/components/StatusMessage';
import { useStatusAction } from '@/components/use-status-action';
import { downloadMarkdown } from '@/utils/browser/download-markdown';
import type { ClipDatabase } from '@/utils/library/clip-database';
import { readClipImages } from '@/utils/library/clip-images-table';
import type { DeletedClips } from '@/utils/library/clip-rows';
import { deleteClips } from '@/utils/library/delete-clips';
import { editedClip, type ClipEdit } from '@/utils/library/edit-clip';
import type { ClipImage } from '@/utils/library/export/clip-images';
import { saveEditedClip } from '@/utils/library/save-clip';
import type { StoredClip } from '@/utils/library/stored-clip';

interface Props {
  db: ClipDatabase;
  clipId: string;
  onDeleted: (deleted: DeletedClips) => void;
  onClose: () => void;
}

type Loaded = { clip: StoredClip; images: ClipImage[] } | { missing: true } | null;

export function ClipReader({ db, clipId, onDeleted, onClose }: Props) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [draft, setDraft] = useState<ClipEdit | null>(null);
  const { status, setStatus, busy, run } = useStatusAction(null);

  useEffect(() => {
    let current = true;
    setLoaded(null);
    setDraft(null);
    setStatus(null);
    void Promise.all([db.clips.get(clipId), readClipImages(db)(clipId)])
      .then(([clip, images]) => current && setLoaded(clip ? { clip, images } : { missing: true }))
      .catch((error: unknown) => current && setStatus({ kind: 'error', text: `The clip could not be read: ${(error as Error).message}` }));
    return () => {
      current = false;
    };
  }, [db, clipId]);

  const clip = loaded && 'clip' in loaded ? loaded.clip : null;
  const images = useObjectUrls(loaded && 'clip' in loaded ? loaded.images : null);

  if (!loaded) return <section className="reader">{status ? <StatusMessage status={status} /> : <p className="muted">Opening…</p>}</section>;
  if (!clip) {
    return (
      <section className="reader">
        <p>This clip is no longer in the library.</p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </section>
    );
  }

  const edit = draft ?? { frontMatter: clip.frontMatter, body: clip.body };
  const current = draft ? editedClip(clip, draft, new Date(clip.updatedAt)) : clip;

  const onSave = () =>
    run(async () => {
      const saved = editedClip(clip, edit, new Date());
      await saveEditedClip(db, saved);
      setLoaded({ clip: saved, images: 'clip' in loaded ? loaded.images : [] });
      setDraft(null);
      return { kind: 'success', text: 'Changes saved.' };
    });

  const onDownload = () =>
    run(async () => {
      const kept = 'clip' in loaded ? loaded.images : [];
      await downloadMarkdown(current.filename, current.markdown, kept);
      return { kind: 'success', text: `Downloading ${current.filename}${kept.length ? ` with ${kept.length} image(s) in assets/` : ''}.` };
    });

  const onCopy = () =>
    run(async () => {
      await navigator.clipboard.writeText(current.markdown);
      return { kind: 'success', text: 'Copied the Markdown to the clipboard.' };
    });

  const onDelete = () =>
    run(async () => {
      onDeleted(await deleteClips(db, [clip.id]));
      return null;
    });

  return (
    <section className="reader" aria-label="Clip" data-reader-clip={clip.id}>
      <header className="reader-header">
        <div className="reader-source">
          {isWebAddress(clip.url) ? (
            <a href={clip.url} target="_blank" rel="noreferrer noopener">
              {clip.url}
            </a>
          ) : (
            <span>{clip.url}</span>
          )}
          <span className="muted">
            Clipped {new Date(clip.createdAt).toLocaleString()}
            {clip.updatedAt !== clip.createdAt && `, changed ${new Date(clip.updatedAt).toLocaleString()}`}
          </span>
        </div>
        <button type="button" className="link" data-action="close-clip" onClick={onClose}>
          Close
        </button>
      </header>
      {status && <StatusMessage status={status} />}
      <p className="filename" title="File name">
        {current.filename}
      </p>
      <div className="actions">
        <button type="button" data-action="save-edit" disabled={busy || !draft} onClick={() => void onSave()}>
          Save changes
        </button>
        <button type="button" data-action="download" disabled={busy} onClick={() => void onDownload()}>
          Download .md
        </button>
        <button type="button" data-action="copy" disabled={busy} onClick={() => void onCopy()}>
          Copy
        </button>
        <button type="button" data-action="delete" className="danger" disabled={busy} onClick={() => void onDelete()}>
          Delete
        </button>
      </div>
      <ClipEditor
        key={`${clip.id}:${clip.updatedAt}`}
        frontMatter={edit.frontMatter}
        body={edit.body}
        onFrontMatterChange={(frontMatter) => setDraft({ ...edit, frontMatter })}
        onBodyChange={(body) => setDraft({ ...edit, body })}
        startWithPreview
        images={images}
      />
    </section>
  );
}

/** Object URLs for the kept images, freed when the clip closes. */
function useObjectUrls(images: readonly ClipImage[] | null): ReadonlyMap<string, string> {
  const urls = useMemo(() => new Map((images ?? []).map((image) => [image.path, URL.createObjectURL(new Blob([image.bytes as BlobPart]))])), [images]);
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  return urls;
}

/** Only web pages become links: a clip's address comes from the page and could be `javascript:`. */
function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
