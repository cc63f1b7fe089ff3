/**
 * Front matter: split it from the Markdown body and validate it. No field gets a default value, on
 * purpose: a lesson that forgets its band must fail, not silently land in the wrong one.
 */
import { z } from 'zod';
import { BAND_IDS, TOPIC_IDS } from '../../src/content/vocabulary.ts';
import type { DiagnosticList } from './diagnostics.ts';
import { describeIssue, parseYaml } from './yamlSchema.ts';

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

export const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single dashes, e.g. lop-4-5-personal-data'),
  title: nonEmptyText,
  band: z.enum(BAND_IDS),
  topic: z.enum(TOPIC_IDS),
  order: z.number().int().min(1, 'must be 1 or more'),
  duration: z.number().int().min(5, 'must be at least 5 minutes').max(180, 'must be at most 180 minutes'),
  objectives: z.array(nonEmptyText).min(1, 'needs at least one objective').max(6, 'write at most 6 objectives'),
  summary: nonEmptyText,
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface SplitSource {
  frontMatter: string | undefined;
  /** The body with the front matter replaced by blank lines, so Markdown positions are file positions. */
  body: string;
}

const FENCE = /^---[ \t]*$/;

export function splitFrontMatter(source: string): SplitSource {
  const lines = source.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return { frontMatter: undefined, body: source };
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) return { frontMatter: undefined, body: source };
  return {
    frontMatter: lines.slice(1, end).join('\n'),
    body: [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n'),
  };
}

export function parseFrontMatter(split: SplitSource, diagnostics: DiagnosticList): FrontMatter | undefined {
  if (split.frontMatter === undefined) {
    diagnostics.error(undefined, 'missing front matter', 'start the file with a "---" line, the fields (id, title, band …) and another "---" line');
    return undefined;
  }
  return parseYaml({ text: split.frontMatter, firstLine: 2 }, frontMatterSchema, diagnostics, (issue) =>
    describeIssue(issue, ' in the front matter'),
  );
}
