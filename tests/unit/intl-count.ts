/** Counts the `Intl.NumberFormat`s built while `work` runs (for the number-format tests). */
export async function countIntlFormatters(work: () => Promise<void>): Promise<number> {
  const Original = Intl.NumberFormat;
  let built = 0;
  Intl.NumberFormat = new Proxy(Original, {
    construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
      built += 1;
      return Reflect.construct<typeof args, Intl.NumberFormat>(target, args);
    },
  });
  try {
    await work();
  } finally {
    Intl.NumberFormat = Original;
  }
  return built;
}
