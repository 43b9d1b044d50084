/**
 * Gives every data cell of a table its column's heading as `data-label`, so that on a narrow
 * screen, where the Lab's tables stack each row as a card (lab.css), every figure still says
 * what it is. A cell that spans columns (a missing figure's explanation) gets no label.
 */
export function labelCells(table: HTMLTableElement): HTMLTableElement {
  const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
  for (const row of table.querySelectorAll('tbody tr')) {
    [...row.children].forEach((cell, index) => {
      const heading = headings[index];
      if (cell.tagName === 'TD' && !cell.hasAttribute('colspan') && heading !== undefined) {
        cell.setAttribute('data-label', heading);
      }
    });
  }
  return table;
}
