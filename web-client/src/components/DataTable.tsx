import type { ComponentChildren, HTMLAttributes } from 'preact';

/** One column of a {@link DataTable}: its header once, and how a row fills its cell. */
export interface Column<T> {
  /** Stable key of the column (Preact list key). */
  key: string;
  /** The header's content; a column of row buttons names itself for screen readers only (`<span class="sr-only">`). */
  header: ComponentChildren;
  cell: (row: T, index: number) => ComponentChildren;
  /** The cell's class, fixed or per row (e.g. `status-missed`). */
  class?: string | ((row: T) => string | undefined);
  /** The cell names its row (`<th scope="row">`), as a team's name does in the codes table. */
  rowHeader?: boolean;
}

/** Attributes of a body row: test hooks, anchors and classes the views already use. */
export type RowAttributes = HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | undefined>;

interface DataTableProps<T> {
  /** The columns in order; `false` leaves one out (e.g. the edit buttons for a reader who cannot edit). */
  columns: readonly (Column<T> | false)[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  rowAttributes?: (row: T, index: number) => RowAttributes;
  /** What the table is, for screen readers; shown only when `showCaption` (a heading usually says it already). */
  caption: string;
  showCaption?: boolean;
  /** Said in one full-width row when there are no rows; with nothing, the table has an empty body. */
  empty?: ComponentChildren;
  class?: string;
  testId?: string;
  /** Scrolls sideways inside its own box on narrow screens (default), instead of widening the page. */
  wrap?: boolean;
}

/**
 * A table with its columns declared once: headers with `scope="col"`, a caption, one cell per column in every row.
 * The views that list things (review, replay, improvement plan, library, codes) use it instead of writing table
 * markup by hand.
 */
export function DataTable<T>({ columns, rows, rowKey, rowAttributes, caption, showCaption, empty, class: tableClass, testId, wrap = true }: DataTableProps<T>) {
  const shown = columns.filter((c): c is Column<T> => c !== false);
  const table = (
    <table class={tableClass} data-testid={testId}>
      <caption class={showCaption ? undefined : 'sr-only'}>{caption}</caption>
      <thead>
        <tr>
          {shown.map((c) => (
            <th key={c.key} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && empty !== undefined && (
          <tr>
            <td colSpan={shown.length} class="muted">
              {empty}
            </td>
          </tr>
        )}
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)} {...rowAttributes?.(row, index)}>
            {shown.map((c) => {
              const cellClass = typeof c.class === 'function' ? c.class(row) : c.class;
              return c.rowHeader ? (
                <th key={c.key} scope="row" class={cellClass}>
                  {c.cell(row, index)}
                </th>
              ) : (
                <td key={c.key} class={cellClass}>
                  {c.cell(row, index)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return wrap ? <div class="table-wrap">{table}</div> : table;
}
