// Placeholder until the feature lands (issue 5).
export function ClassReportPage() {
  return <h1 tabIndex={-1}>{String('…')}</h1>;
}
