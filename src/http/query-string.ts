/** A URL query string of the values given, leaving out those that are undefined. */
export function queryStringOf(values: object): string {
  return new URLSearchParams(
    Object.entries(values).flatMap(([name, value]): [string, string][] => (value === undefined ? [] : [[name, String(value)]])),
  ).toString();
}
