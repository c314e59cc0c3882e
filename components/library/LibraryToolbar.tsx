// Search, sort and filters above the list. Sites and tags are offered with their clip counts.
import type { Facet, ListSort, SortKey } from '@/utils/library/clip-list';

export interface ListControls {
  /** The order when browsing; a search has its own (best match first unless the user picks another). */
  sort: SortKey;
  searchSort: ListSort;
  descending: boolean;
  site: string | null;
  tag: string | null;
  /** `YYYY-MM-DD` as the date inputs give it; '' for no bound. */
  from: string;
  to: string;
}

export const DEFAULT_CONTROLS: ListControls = { sort: 'clipped', searchSort: 'relevance', descending: true, site: null, tag: null, from: '', to: '' };

const SORT_LABELS: Record<ListSort, string> = {
  relevance: 'Best match',
  clipped: 'Date clipped',
  published: 'Date published',
  title: 'Title',
  site: 'Site',
};

interface Props {
  query: string;
  onQuery: (query: string) => void;
  controls: ListControls;
  onControls: (controls: ListControls) => void;
  searching: boolean;
  facets: { sites: Facet[]; tags: Facet[] };
}

export function LibraryToolbar({ query, onQuery, controls, onControls, searching, facets }: Props) {
  const set = (change: Partial<ListControls>) => onControls({ ...controls, ...change });
  const sorts = (Object.keys(SORT_LABELS) as ListSort[]).filter((sort) => sort !== 'relevance' || searching);
  const sort = searching ? controls.searchSort : controls.sort;
  return (
    <div className="toolbar">
      <input
        type="search"
        name="search"
        className="search"
        placeholder="Search titles and text — English or 中文"
        aria-label="Search clips"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        autoFocus
      />
      <div className="list-controls">
        <label>
          Sort{' '}
          <select
            name="sort"
            value={sort}
            onChange={(e) => set(searching ? { searchSort: e.target.value as ListSort } : { sort: e.target.value as SortKey })}
          >
            {sorts.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </label>
        {sort !== 'relevance' && (
          <button type="button" className="direction" name="direction" title="Reverse the order" onClick={() => set({ descending: !controls.descending })}>
            {controls.descending ? '↓ Descending' : '↑ Ascending'}
          </button>
        )}
        <FacetSelect name="site" label="Site" value={controls.site} facets={facets.sites} onChange={(site) => set({ site })} />
        <FacetSelect name="tag" label="Tag" value={controls.tag} facets={facets.tags} onChange={(tag) => set({ tag })} />
        <label>
          From <input type="date" name="from" value={controls.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          to <input type="date" name="to" value={controls.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
      </div>
    </div>
  );
}

function FacetSelect(props: { name: string; label: string; value: string | null; facets: Facet[]; onChange: (value: string | null) => void }) {
  const { name, label, value, facets, onChange } = props;
  return (
    <label>
      {label}{' '}
      <select name={name} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">All</option>
        {value !== null && !facets.some((facet) => facet.value === value) && <option value={value}>{value}</option>}
        {facets.map((facet) => (
          <option key={facet.value} value={facet.value}>
            {facet.value} ({facet.count})
          </option>
        ))}
      </select>
    </label>
  );
}
