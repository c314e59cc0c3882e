// A mistake in a template, located in its source so an editor can underline it.

export interface TemplateProblem {
  message: string;
  /** Offsets in the template source: the problem covers `source.slice(start, end)`. */
  start: number;
  end: number;
}

/** Thrown when an invalid template is rendered: the caller should have checked it first. */
export class TemplateError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly TemplateProblem[],
  ) {
    super(`Template ${JSON.stringify(source)}: ${problems.map((p) => p.message).join('; ')}`);
    this.name = 'TemplateError';
  }
}
