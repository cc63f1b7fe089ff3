// Placeholder until the feature lands (issue 5).
export function LessonPlanPage({ lessonId }: { lessonId: string }) {
  return <h1 tabIndex={-1}>{String(lessonId)}</h1>;
}
