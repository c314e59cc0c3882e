// The zod schema a backup (see export/backup-format.ts) must meet before any of it is imported.
import { z } from 'zod';
import { isSafeArchivePath } from '../export/archive-path';
import { BACKUP_FORMAT, type BackupClip } from '../export/backup-format';

/** Padded, as btoa writes it: anything else is a damaged file. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const frontMatterValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

const imageSchema = z.object({
  path: z.string().refine(isSafeArchivePath, 'an image path must be relative and stay inside its folder'),
  base64: z.string().regex(BASE64, 'not base64'),
});

export const backupClipSchema = z.object({
  id: z.string().min(1),
  url: z.string(),
  canonicalUrl: z.string().nullable(),
  site: z.string().nullable(),
  title: z.string(),
  frontMatter: z.record(z.string(), frontMatterValue),
  body: z.string(),
  markdown: z.string(),
  filename: z.string().min(1).refine((name) => !/[/\\]/.test(name), 'a file name, not a path'),
  tags: z.array(z.string()),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  images: z.array(imageSchema),
});

// Fails to compile when StoredClip gains a field the schema does not read, which would drop it on import.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaReadsEveryField: Same<z.infer<typeof backupClipSchema>, BackupClip> = true;
void schemaReadsEveryField;

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
});

export const backupSchema = z.object({
  exportedAt: z.iso.datetime(),
  settings: z.unknown(),
  clips: z.array(backupClipSchema).superRefine((clips, ctx) => {
    const ids = new Set<string>();
    clips.forEach((clip, i) => {
      if (ids.has(clip.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `two clips have the id “${clip.id}”` });
      ids.add(clip.id);
    });
  }),
});
