/** The parts of an error worth logging. Leaves out request URLs and bodies: they hold interaction tokens. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, status, method } = error as { code?: unknown; status?: unknown; method?: unknown };
  return { name: error.name, message: error.message, code, status, method, stack: error.stack };
}
