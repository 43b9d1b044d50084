/** The headings of a table's columns, in order. */
function headingsOf(table: HTMLTableElement): string[] {
  return [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
}

function label(row: Element, headings: readonly string[]): void {
  [...row.children].forEach((cell, index) => {
    const heading = headings[index];
    if (cell.tagName === 'TD' && !cell.hasAttribute('colspan') && heading !== undefined) {
      cell.setAttribute('data-label', heading);
    }
  });
}

/**
 * Gives every data cell of a table its column's heading as `data-label`, so that on a narrow
 * screen, where the Lab's tables stack each row as a card (lab.css), every figure still says
 * what it is. A cell that spans columns (a missing figure's explanation) gets no label.
 */
export function labelCells(table: HTMLTableElement): HTMLTableElement {
  const headings = headingsOf(table);
  for (const row of table.querySelectorAll('tbody tr')) {
    label(row, headings);
  }
  return table;
}

/** Labels the cells of one row, built for `table`, as {@link labelCells} does. */
export function labelRow<Row extends Element>(row: Row, table: HTMLTableElement): Row {
  label(row, headingsOf(table));
  return row;
}
