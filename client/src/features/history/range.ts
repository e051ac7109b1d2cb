/** The API range for two `<input type="date">` values: from the start of the first day to the end of the last, in UTC. */
export function dayRange(from: string, to: string): { from: string | null; to: string | null } {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return {
    from: day.test(from) ? `${from}T00:00:00.000Z` : null,
    to: day.test(to) ? `${to}T23:59:59.999Z` : null,
  };
}
