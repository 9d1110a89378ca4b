import { For, Show, type JSX } from "solid-js";
import { EmptyState } from "./EmptyState";

/**
 * One column, declared once: its header, how a row fills its cell, and how the cell sits.
 * The header is also the cell's label in the phone layout (`data-label`, see styles.css),
 * so the two can never disagree.
 */
export interface Column<T> {
  /** The header text; a function so that it follows the language. */
  header: () => string;
  /** What the header cell shows when it is more than its text (a date under a session number). */
  headerContent?: () => JSX.Element;
  cell: (row: T, index: () => number) => JSX.Element;
  /** "number" right-aligns figures; "nip" keeps an identifier on one line. */
  align?: "start" | "number" | "nip";
  /** The row's name: a `<th scope="row">` instead of a `<td>`. */
  rowHeader?: boolean;
  /** Hides the header text visually (an actions column); screen readers still hear it. */
  hideHeader?: boolean;
  /** Extra class on every cell of the column (e.g. "wrap-anywhere"). */
  class?: string;
  /** Leave the column out (e.g. a unit column on a one-unit page). */
  when?: () => boolean;
  /** What the column shows in the totals row when it is not `cell` (e.g. "Jumlah" for a name). */
  total?: (row: T) => JSX.Element;
}

export interface DataTableProps<T> {
  caption: string;
  /** A visible caption; by default the caption is for screen readers (the section has a heading). */
  showCaption?: boolean;
  columns: Column<T>[];
  rows: readonly T[];
  /** Shown instead of the table when there are no rows; without it an empty table is shown. */
  empty?: JSX.Element;
  /** Extra classes on the table, e.g. "roster" or "compact". */
  class?: string;
  /** Rows stack into labelled cards on phones (the default). */
  stackOnPhone?: boolean;
  /**
   * A wide table of figures: it keeps its columns and scrolls sideways in its frame on a narrow
   * screen (the frame takes keyboard focus, so it can be scrolled without a mouse).
   */
  scroll?: boolean;
  /** A totals row after the rows, filled by the same columns. */
  totalRow?: T;
  rowClass?: (row: T) => Record<string, boolean | undefined>;
  rowProps?: (row: T) => JSX.HTMLAttributes<HTMLTableRowElement>;
  footer?: JSX.Element;
  testId?: string;
}

/** A data table whose header row and phone labels come from the same column list. */
export function DataTable<T>(props: DataTableProps<T>) {
  const visible = () => props.columns.filter((column) => column.when?.() ?? true);
  const cellClass = (column: Column<T>) =>
    [column.align && column.align !== "start" ? column.align : undefined, column.class].filter(Boolean).join(" ") || undefined;
  const stacks = () => props.stackOnPhone !== false && !props.scroll;
  const table = () => (
    <div
      class="table-wrap"
      classList={{ "scroll-frame": props.scroll }}
      tabindex={props.scroll ? "0" : undefined}
      role={props.scroll ? "group" : undefined}
      aria-label={props.scroll ? props.caption : undefined}
    >
      <table
        class={["data-table", stacks() ? "stack-on-phone" : undefined, props.class].filter(Boolean).join(" ")}
        data-testid={props.testId}
      >
        <caption class={props.showCaption ? undefined : "visually-hidden"}>{props.caption}</caption>
        <thead>
          <tr>
            <For each={visible()}>
              {(column) => (
                <th scope="col">
                  <Show when={column.hideHeader} fallback={column.headerContent ? column.headerContent() : column.header()}>
                    <span class="visually-hidden">{column.header()}</span>
                  </Show>
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row, index) => (
              <tr classList={props.rowClass?.(row)} {...props.rowProps?.(row)}>
                <For each={visible()}>
                  {(column) =>
                    column.rowHeader ? (
                      <th scope="row" data-label={column.header()} class={cellClass(column)}>
                        {column.cell(row, index)}
                      </th>
                    ) : (
                      <td data-label={column.header()} class={cellClass(column)}>
                        {column.cell(row, index)}
                      </td>
                    )
                  }
                </For>
              </tr>
            )}
          </For>
        </tbody>
        <Show when={props.totalRow}>
          {(total) => (
            <tfoot>
              <tr class="total-row">
                <For each={visible()}>
                  {(column) =>
                    column.rowHeader ? (
                      <th scope="row" data-label={column.header()} class={cellClass(column)}>
                        {column.total ? column.total(total()) : column.cell(total(), () => -1)}
                      </th>
                    ) : (
                      <td data-label={column.header()} class={cellClass(column)}>
                        {column.total ? column.total(total()) : column.cell(total(), () => -1)}
                      </td>
                    )
                  }
                </For>
              </tr>
            </tfoot>
          )}
        </Show>
        {props.footer}
      </table>
    </div>
  );
  return (
    <Show when={props.empty === undefined || props.rows.length > 0} fallback={<EmptyState>{props.empty}</EmptyState>}>
      {table()}
    </Show>
  );
}
