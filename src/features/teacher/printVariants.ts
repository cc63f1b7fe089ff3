/** Printable pages of a lesson (A4): the plan, a student handout, the families note, a quiz worksheet, activity cards. */
export const PRINT_VARIANTS = ['plan', 'handout', 'family', 'worksheet', 'cards'] as const;
export type PrintVariant = (typeof PRINT_VARIANTS)[number];

export const isPrintVariant = (value: string): value is PrintVariant => (PRINT_VARIANTS as readonly string[]).includes(value);
