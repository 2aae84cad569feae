import { useId, type ReactNode } from 'react';

export type Column<Row> = { header: string; cell: (row: Row) => ReactNode };

type Props<Row> = {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  emptyText: string;
  /** Extra data-* attributes per row, e.g. a line number tests and scripts can find. */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
  testId?: string;
};

/** A captioned table in a scroll region that keyboard users can focus on narrow screens. */
export function DataTable<Row>({ caption, columns, rows, rowKey, emptyText, rowData, testId }: Props<Row>) {
  const captionId = useId();
  if (rows.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0} data-testid={testId}>
      <table className="table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowData?.(row)}>
              {columns.map((column) => (
                <td key={column.header}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
