// A table of data, as its markup declares it: a header cell, a caption, column groups or a grid role. Its cells are
// the reader's data ("2024-09-27", "Share", "12 views" may all be values in it), never furniture. A layout table
// (old Chinese news pages set the whole page in them) declares none of these.
const DATA_TABLE_PARTS = 'th, thead, tfoot, caption, colgroup';
const DATA_TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);
const LAYOUT_ROLES = new Set(['presentation', 'none']);

export function isDataTable(table: Element): boolean {
  const role = table.getAttribute('role')?.trim().toLowerCase() ?? '';
  if (LAYOUT_ROLES.has(role)) return false;
  if (DATA_TABLE_ROLES.has(role)) return true;
  // A table that holds tables lays them out; their headers are not its own.
  if (table.querySelector('table')) return false;
  return table.querySelector(DATA_TABLE_PARTS) !== null;
}
