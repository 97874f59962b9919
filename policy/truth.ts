// Three-valued (Kleene) truth for conditions the recorded facts may not settle: true, false, or
// null when an unknown fact could make it either. The eligibility rule language reasons this way,
// and so do the policy definitions and the scoring engine: unknown is never read as "no".

export type Truth = boolean | null;

/** Every part true → true; any part false → false; otherwise unknown. */
export function allOf(...parts: Truth[]): Truth {
  let unknown = false;
  for (const p of parts) {
    if (p === false) return false;
    if (p === null) unknown = true;
  }
  return unknown ? null : true;
}

/** Any part true → true; every part false → false; otherwise unknown. */
export function anyOf(...parts: Truth[]): Truth {
  let unknown = false;
  for (const p of parts) {
    if (p === true) return true;
    if (p === null) unknown = true;
  }
  return unknown ? null : false;
}

/** Two-part forms of allOf / anyOf for hot paths (no argument array). */
export function and(a: Truth, b: Truth): Truth {
  return a === false || b === false ? false : a === null || b === null ? null : true;
}
export function or(a: Truth, b: Truth): Truth {
  return a === true || b === true ? true : a === null || b === null ? null : false;
}

export function not(p: Truth): Truth {
  return p === null ? null : !p;
}
