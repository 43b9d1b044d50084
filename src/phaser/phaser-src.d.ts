/** Phaser's source modules, untyped: src/phaser/phaser-table.ts gathers the ones the table uses. */
declare module 'phaser-src/*' {
  const value: unknown;
  export default value;
}
