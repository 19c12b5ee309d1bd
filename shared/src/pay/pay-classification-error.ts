// Worked time that cannot be paid as given (issue 6, "Bad input": overlapping deviations): the same
// hour twice as work, or as work and absence. Every problem is reported; no lines are produced.

export interface PayClassificationIssue {
  employeeId: string;
  /** What is wrong where, e.g. 'shift "s2" overlaps shift "s1"'. */
  message: string;
}

export class PayClassificationError extends Error {
  readonly code = 'PAY_CLASSIFICATION_FAILED';

  constructor(readonly issues: readonly PayClassificationIssue[]) {
    super(
      `Cannot classify worked time:\n${issues.map((i) => `  employee "${i.employeeId}": ${i.message}`).join('\n')}`,
    );
    this.name = 'PayClassificationError';
  }
}
