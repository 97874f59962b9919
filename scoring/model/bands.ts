// Score bands are written as intervals ("[0.5,1)", "(12,24]", "(-inf,0.5)", "[inf,inf]"), listed
// in ascending value order; together they must cover the whole number line with no gap or overlap.

export interface Interval {
  lower: number;
  lowerIncluded: boolean;
  upper: number;
  upperIncluded: boolean;
}

const NUMBER = String.raw`-?inf|-?\d+(?:\.\d+)?`;
const INTERVAL = new RegExp(String.raw`^\s*([\[(])\s*(${NUMBER})\s*,\s*(${NUMBER})\s*([\])])\s*$`);

function endpoint(text: string): number {
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  return Number(text);
}

/** Parses an interval, or returns a message saying what is wrong with it. */
export function parseInterval(text: unknown): Interval | string {
  if (typeof text !== 'string') return 'range must be a string such as "[0.5,1)"';
  const m = INTERVAL.exec(text);
  if (m === null) return `"${text}" is not an interval such as "[0.5,1)" or "(-inf,0.5)"`;
  const interval = {
    lowerIncluded: m[1] === '[',
    lower: endpoint(m[2]),
    upper: endpoint(m[3]),
    upperIncluded: m[4] === ']',
  };
  if (
    interval.lower > interval.upper ||
    (interval.lower === interval.upper && !(interval.lowerIncluded && interval.upperIncluded))
  ) {
    return `"${text}" is empty`;
  }
  if (interval.lower === -Infinity && interval.lowerIncluded) return `"${text}": -inf cannot be included`;
  return interval;
}

/** Problem with how band i joins band i-1 (or opens/closes the line), or null. */
export function joinProblem(previous: Interval | null, current: Interval, isLast: boolean): string | null {
  if (previous === null) {
    if (current.lower !== -Infinity)
      return `the first band must start at -inf (values below ${current.lower} have no score)`;
  } else if (
    current.lower > previous.upper ||
    (current.lower === previous.upper && !previous.upperIncluded && !current.lowerIncluded)
  ) {
    return `gap between ${previous.upper} and ${current.lower}: some values have no score`;
  } else if (current.lower < previous.upper || (previous.upperIncluded && current.lowerIncluded)) {
    return `overlaps the previous band at ${current.lower}: some values have two scores`;
  }
  if (isLast && current.upper !== Infinity)
    return `the last band must end at inf (values above ${current.upper} have no score)`;
  return null;
}
