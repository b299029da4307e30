import type { ComponentChildren, HTMLAttributes } from 'preact';

type DataAttributes = Record<`data-${string}`, string | undefined>;

/** Attributes of a header cell: a class, a title, a test hook. */
export type HeaderAttributes = HTMLAttributes<HTMLTableCellElement> & DataAttributes;

/** Attributes of a body cell beside its class (the column's `class` says that): a test hook, a title, a label, a state. */
export type CellAttributes = Omit<HTMLAttributes<HTMLTableCellElement>, 'class' | 'className'> & DataAttributes;

/** One column of a {@link DataTable}: its header once, and how a row fills its cell. */
export interface Column<T> {
  /** Stable key of the column (Preact list key). */
  key: string;
  /** The header's content; a column of row buttons names itself for screen readers only (`<span class="sr-only">`). */
  header: ComponentChildren;
  /** Attributes of the header cell (`<th scope="col">`). */
  headerAttributes?: HeaderAttributes;
  cell: (row: T, index: number) => ComponentChildren;
  /** The cell's class, fixed or per row (e.g. `status-missed`). */
  class?: string | ((row: T) => string | undefined);
  /** The cell's other attributes per row (e.g. a test hook naming the row, a title with the whole text). */
  cellAttributes?: (row: T) => CellAttributes;
  /** The cell names its row (`<th scope="row">`), as a team's name does in the codes table. */
  rowHeader?: boolean;
}

/** Attributes of a body row: test hooks, anchors and classes the views already use; keys and focus too. */
export type RowAttributes = HTMLAttributes<HTMLTableRowElement> & DataAttributes;

/** Rows under one heading, in a `<tbody>` of their own (e.g. an MSEL phase); a folded group keeps its heading and shows no rows. */
export interface RowGroup<T> {
  key: string;
  /** The heading: one full-width `<th scope="rowgroup">` in the group's first row. */
  header: ComponentChildren;
  rows: readonly T[];
  /** Attributes of the group's `<tbody>` (e.g. its test hook). */
  attributes?: HTMLAttributes<HTMLTableSectionElement> & DataAttributes;
}

interface CommonProps<T> {
  /** The columns in order; `false` leaves one out (e.g. the edit buttons for a reader who cannot edit). */
  columns: readonly (Column<T> | false)[];
  rowKey: (row: T, index: number) => string;
  rowAttributes?: (row: T, index: number) => RowAttributes;
  /** What the table is, for screen readers; shown only when `showCaption` (a heading usually says it already). */
  caption: string;
  showCaption?: boolean;
  /** Said in one full-width row when there are no rows (no groups); with nothing, the table has an empty body. */
  empty?: ComponentChildren;
  /** Test hook of the cell that says `empty`. */
  emptyTestId?: string;
  class?: string;
  testId?: string;
  /** Other attributes of the `<table>` (e.g. `data-mode` for CSS and tests). */
  attributes?: HTMLAttributes<HTMLTableElement> & DataAttributes;
  /** Scrolls sideways inside its own box on narrow screens (default), instead of widening the page. */
  wrap?: boolean;
  /** A class of the wrapping box beside `table-wrap` (e.g. one that bounds its height, under a sticky header). */
  wrapClass?: string;
  /** The class of each group's heading row. */
  groupRowClass?: string;
}

/** Either plain rows or rows in groups (each its own `<tbody>` under a heading row), never both. */
type DataTableProps<T> = CommonProps<T> & ({ rows: readonly T[]; groups?: undefined } | { groups: readonly RowGroup<T>[]; rows?: undefined });

/**
 * A table with its columns declared once: headers with `scope="col"`, a caption, one cell per column in every row,
 * optionally in groups with a heading row each. The views that list things (review, replay, improvement plan,
 * library, codes, the MSEL, the team board) use it instead of writing table markup by hand.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { columns, rowKey, rowAttributes, caption, showCaption, empty, emptyTestId, class: tableClass, testId, attributes, wrap = true, wrapClass, groupRowClass } = props;
  const shown = columns.filter((c): c is Column<T> => c !== false);
  const isEmpty = props.groups ? props.groups.length === 0 : props.rows.length === 0;
  const renderRow = (row: T, index: number) => (
    <tr key={rowKey(row, index)} {...rowAttributes?.(row, index)}>
      {shown.map((c) => {
        const cellClass = typeof c.class === 'function' ? c.class(row) : c.class;
        return c.rowHeader ? (
          <th key={c.key} {...c.cellAttributes?.(row)} scope="row" class={cellClass}>
            {c.cell(row, index)}
          </th>
        ) : (
          <td key={c.key} {...c.cellAttributes?.(row)} class={cellClass}>
            {c.cell(row, index)}
          </td>
        );
      })}
    </tr>
  );
  const emptyBody = isEmpty && empty !== undefined && (
    <tbody>
      <tr>
        <td colSpan={shown.length} class="muted" data-testid={emptyTestId}>
          {empty}
        </td>
      </tr>
    </tbody>
  );
  const table = (
    <table {...attributes} class={tableClass} data-testid={testId}>
      <caption class={showCaption ? undefined : 'sr-only'}>{caption}</caption>
      <thead>
        <tr>
          {shown.map((c) => (
            <th key={c.key} {...c.headerAttributes} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      {props.groups ? (
        <>
          {emptyBody}
          {props.groups.map((g) => (
            <tbody key={g.key} {...g.attributes}>
              <tr class={groupRowClass}>
                <th colSpan={shown.length} scope="rowgroup">
                  {g.header}
                </th>
              </tr>
              {g.rows.map(renderRow)}
            </tbody>
          ))}
        </>
      ) : (
        emptyBody || <tbody>{props.rows.map(renderRow)}</tbody>
      )}
    </table>
  );
  return wrap ? <div class={wrapClass ? `table-wrap ${wrapClass}` : 'table-wrap'}>{table}</div> : table;
}
