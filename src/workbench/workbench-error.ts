// This file is the one error the workbench shows a person as it is: a sentence saying what went wrong and the fix.

/** A problem the person starting the workbench can fix; its message is printed alone, without a stack trace. */
export class WorkbenchError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'WorkbenchError';
  }
}
