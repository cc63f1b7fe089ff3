/** "An, Bình và Chi" / "An, Bình, and Chi": names joined the way the language joins a list. */
export function listNames(names: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    // No Intl.ListFormat (Chrome 109 has it; an older engine may not): a plain list reads as well.
    return names.join(', ');
  }
}
