// Placeholder until the feature lands (issue 5).
export function ClassQuizPage({ lessonId }: { lessonId: string }) {
  return <h1 tabIndex={-1}>{String(lessonId)}</h1>;
}
