/** Editing raw JSON by path, for tests that break a level file in one place at a time. */

/** A path into JSON: object keys and array indexes. */
export type JsonPath = readonly (string | number)[];

/** Marks a value to delete rather than set. */
export const DELETE = Symbol('delete');

/**
 * Sets (or, with {@link DELETE}, removes) the value at `path` inside `root`, in place, and
 * returns the root (or the new value, for the empty path). A missing parent is left alone.
 */
export function setAt(root: unknown, path: JsonPath, value: unknown): unknown {
  if (path.length === 0) {
    return value;
  }
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => childOf(node, key), root);
  const last = path[path.length - 1];
  if (typeof parent !== 'object' || parent === null || last === undefined) {
    return root;
  }
  const record = parent as Record<string | number, unknown>;
  if (value === DELETE) {
    delete record[last];
  } else {
    record[last] = value;
  }
  return root;
}

function childOf(node: unknown, key: string | number): unknown {
  return typeof node === 'object' && node !== null
    ? (node as Record<string | number, unknown>)[key]
    : undefined;
}
