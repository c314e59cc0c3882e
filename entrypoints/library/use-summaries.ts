// The summaries the list shows, kept current: the newest first (the page paints at once), then all of
// them; read again when clips change here or in another extension page (the popup saving, another
// library tab), which dexie reports through its cross-tab storagemutated event.
import { useEffect, useState } from 'react';
import type { ClipDatabase } from '@/utils/library/clip-database';
import { ClipLister, type ListedClip } from '@/utils/library/listed-clip';
import { readAllSummaries, readNewestSummaries } from '@/utils/library/read-summaries';
import { onTableChange } from '@/utils/library/table-changes';
import { afterPaint } from './page-timing';

/** Enough rows to fill the tallest screen before the rest arrive. */
const FIRST_ROWS = 60;
/** Bulk writes (an import) fire many events: read once they settle. */
const RELOAD_DELAY_MS = 300;

export interface LoadedSummaries {
  /** null until the first rows are read. */
  summaries: ListedClip[] | null;
  /** Whether `summaries` holds every clip (sorting, filters and counts need that). */
  complete: boolean;
  error: string | null;
}

export function useSummaries(db: ClipDatabase): LoadedSummaries {
  const [state, setState] = useState<LoadedSummaries>({ summaries: null, complete: false, error: null });

  useEffect(() => {
    let generation = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async (first: boolean) => {
      const mine = ++generation;
      const lister = new ClipLister();
      try {
        if (first) {
          const newest = (await readNewestSummaries(db, FIRST_ROWS)).map((summary) => lister.list(summary));
          if (mine !== generation) return;
          setState({ summaries: newest, complete: newest.length < FIRST_ROWS, error: null });
          if (newest.length < FIRST_ROWS) return;
          // The rest once those rows are on screen: a chunk of thousands arriving first took its turn
          // on the page's thread before the first paint.
          await new Promise<void>((resolve) => afterPaint(resolve));
          if (mine !== generation) return;
        }
        const all: ListedClip[] = [];
        for await (const chunk of readAllSummaries(db)) {
          if (mine !== generation) return;
          for (const summary of chunk) all.push(lister.list(summary));
        }
        if (mine === generation) setState({ summaries: all, complete: true, error: null });
      } catch (error) {
        if (mine === generation) setState((previous) => ({ ...previous, error: `The library could not be read: ${(error as Error).message}` }));
      }
    };
    void load(true);
    const unsubscribe = onTableChange(db, 'summaries', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(false), RELOAD_DELAY_MS);
    });
    return () => {
      generation++;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [db]);

  return state;
}
