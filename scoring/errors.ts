export interface ModelIssue {
  /** Where in the model JSON, e.g. `indicators[3].bands[1]`. */
  path: string;
  message: string;
}

/** A model version failed validation; it is never compiled or used. Lists every problem found. */
export class ModelValidationError extends Error {
  readonly issues: readonly ModelIssue[];
  /** Path of the first problem. */
  readonly path: string;

  constructor(modelId: string, issues: readonly ModelIssue[]) {
    const first = issues[0] ?? { path: '', message: 'invalid model' };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    super(`Model ${modelId} is invalid: ${first.path}: ${first.message}${more}`);
    this.name = 'ModelValidationError';
    this.issues = issues;
    this.path = first.path;
  }
}
