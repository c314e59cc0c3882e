// What is selected and what can be done with it: select everything the list shows (its search and
// filters applied), clear, delete.
interface Props {
  selectedCount: number;
  shownCount: number;
  onSelectAllShown: () => void;
  onClear: () => void;
  onDelete: () => void;
  busy: boolean;
}

export function SelectionBar({ selectedCount, shownCount, onSelectAllShown, onClear, onDelete, busy }: Props) {
  return (
    <div className="selection-bar">
      <span data-testid="selection-count">{selectedCount ? `${selectedCount.toLocaleString()} selected` : 'None selected'}</span>
      <button type="button" className="link" data-action="select-all" disabled={!shownCount} onClick={onSelectAllShown}>
        Select all {shownCount.toLocaleString()} shown
      </button>
      {selectedCount > 0 && (
        <>
          <button type="button" className="link" data-action="clear-selection" onClick={onClear}>
            Clear
          </button>
          <button type="button" className="danger" data-action="delete-selected" disabled={busy} onClick={onDelete}>
            Delete {selectedCount.toLocaleString()}
          </button>
        </>
      )}
    </div>
  );
}
