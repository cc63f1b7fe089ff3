// Placeholder until the feature lands (issue 5).
export function TeacherPage() {
  return <h1 tabIndex={-1}>{String('…')}</h1>;
}
