/**
 * Front matter: split it from the Markdown body and validate it. No field gets a default value, on
 * purpose: a lesson that forgets its band must fail, not silently land in the wrong one.
 */
import { z } from 'zod';
import { COMPETENCE_CODES, COMPETENCES_PER_LESSON, isCompetenceCode, type CompetenceCode } from '../../src/content/competences.ts';
import { BAND_IDS, bandRules, isBandId, isTopicId, type BandRules, type TopicId } from '../../src/content/vocabulary.ts';
import type { DiagnosticList } from './diagnostics.ts';
import { describeIssue, parseYaml, type ReportAt } from './yamlSchema.ts';

const nonEmptyText = z.string().trim().min(1, 'must not be empty');
/** Text shown in lists and headings: a limit keeps a 5 MB "title" out of every page that lists lessons. */
const shortText = (max: number) => nonEmptyText.max(max, `must be at most ${max} characters`);
const oneLine = shortText(400).refine((text) => !text.includes('\n'), 'must be one line');

export const KEY_TERMS = { min: 3, max: 6 } as const;

export const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single dashes, e.g. lop-4-5-personal-data'),
  title: shortText(150),
  band: z.enum(BAND_IDS),
  // Which topics are allowed depends on the band: checkAcrossFields reports it with the band's list.
  topic: z.string(),
  order: z.number().int().min(1, 'must be 1 or more'),
  duration: z.number().int().min(5, 'must be at least 5 minutes').max(180, 'must be at most 180 minutes'),
  objectives: z.array(shortText(400)).min(1, 'needs at least one objective').max(6, 'write at most 6 objectives'),
  summary: shortText(600),
  keyTerms: z
    .array(z.strictObject({ term: shortText(80), meaning: oneLine }))
    .min(KEY_TERMS.min, `needs at least ${KEY_TERMS.min} key terms`)
    .max(KEY_TERMS.max, `write at most ${KEY_TERMS.max} key terms`),
  // Required or forbidden by band, and checked against the list of codes, in checkAcrossFields.
  competences: z.array(z.string()).optional(),
});

type RawFrontMatter = z.infer<typeof frontMatterSchema>;
export type FrontMatter = Omit<RawFrontMatter, 'topic' | 'competences'> & { topic: TopicId; competences: CompetenceCode[] };

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
  const parsed = parseYaml({ text: split.frontMatter, firstLine: 2 }, frontMatterSchema, diagnostics, describeFrontMatterIssue, checkAcrossFields);
  if (!parsed || !isTopicId(parsed.topic)) return undefined;
  return { ...parsed, topic: parsed.topic, competences: (parsed.competences ?? []).filter(isCompetenceCode) };
}

function describeFrontMatterIssue(issue: z.core.$ZodIssue): { message: string; hint?: string } {
  if (issue.path[0] === 'competences' && issue.path.length === 2 && issue.code === 'invalid_type') {
    return {
      message: `"competences[${String(issue.path[1])}]" must be a code in quotes in the front matter`,
      hint: `write e.g. competences: ["4.2", "2.5"]; unquoted, 4.10 would read as 4.1`,
    };
  }
  return describeIssue(issue, ' in the front matter');
}

/** Rules that depend on the band: its topics, its duration, and whether it tags competences. */
function checkAcrossFields(raw: unknown, report: ReportAt): void {
  if (typeof raw !== 'object' || raw === null) return;
  const fields = raw as Record<string, unknown>;
  const band = typeof fields.band === 'string' && isBandId(fields.band) ? bandRules(fields.band) : undefined;
  const topic = fields.topic;
  if (typeof topic === 'string') {
    if (band && !band.topics.includes(topic as TopicId)) {
      report(['topic'], `"topic" must be one of the ${band.id} topics in the front matter`, `it is ${JSON.stringify(topic)}; ${band.id} has ${band.topics.join(', ')}`);
    } else if (!band && !isTopicId(topic)) {
      report(['topic'], `"topic" must be one of the topics in the front matter`, `it is ${JSON.stringify(topic)}; see the topics of each band in content/README.md`);
    }
  }
  if (!band) return;
  if (typeof fields.duration === 'number') checkDuration(fields.duration, band, report);
  checkCompetences(fields, band, report);
}

function checkDuration(duration: number, band: BandRules, report: ReportAt): void {
  const { min, max } = band.duration;
  if (duration >= min && duration <= (max ?? Infinity)) return;
  const allowed = min === max ? `${min}` : `from ${min} to ${max ?? '…'}`;
  report(['duration'], `"duration" must be ${allowed} minutes for ${band.id}`, `it is ${duration}; the parts' minutes and the quiz time add up to it`);
}

function checkCompetences(fields: Record<string, unknown>, band: BandRules, report: ReportAt): void {
  const codes = fields.competences;
  if (band.audience !== 'pupils') {
    if (codes !== undefined) report(['competences'], `"competences" are only for pupil lessons, not for ${band.id}`, 'remove the field: sessions for parents and staff tag no competences');
    return;
  }
  if (codes === undefined) {
    report([], 'missing field "competences" in the front matter', `add the ${COMPETENCES_PER_LESSON.min}–${COMPETENCES_PER_LESSON.max} digital competences the lesson practises, e.g. competences: ["4.2"]`);
    return;
  }
  if (!Array.isArray(codes)) {
    report(['competences'], '"competences" must be a list in the front matter', 'write e.g. competences: ["4.2", "2.5"]');
    return;
  }
  // The framework (Thông tư 02/2025) is for school learners: a preschool session tags a competence only
  // where one really applies, so its list may be empty (but is written, as a decision).
  const min = band.id === 'mam-non' ? 0 : COMPETENCES_PER_LESSON.min;
  if (codes.length < min || codes.length > COMPETENCES_PER_LESSON.max) {
    report(['competences'], `"competences" has ${codes.length} codes; a lesson tags ${min} to ${COMPETENCES_PER_LESSON.max}`, 'tag only what the lesson really practises');
  }
  codes.forEach((code, i) => {
    if (typeof code === 'string' && !isCompetenceCode(code)) {
      report(['competences', i], `unknown competence "${code}" in the front matter`, `the codes are ${COMPETENCE_CODES.join(', ')}`);
    }
    if (codes.indexOf(code) !== i) report(['competences', i], `competence "${String(code)}" is listed twice in the front matter`, 'keep one');
  });
}
