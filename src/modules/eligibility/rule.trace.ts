// flattenTrace: the trace tree as lines with depth, for logs, tables and plain-text explanations.
import type { TraceNode, Verdict } from './rule.types';

export interface FlatTraceLine {
  depth: number;
  path: string;
  member: number | null;
  result: Verdict;
  zh: string;
  en: string;
}

export function flattenTrace(root: TraceNode): FlatTraceLine[] {
  const out: FlatTraceLine[] = [];
  const walk = (n: TraceNode, depth: number) => {
    out.push({ depth, path: n.path, member: n.member ?? null, result: n.result, zh: n.zh, en: n.en });
    for (const c of n.children) walk(c, depth + 1);
  };
  walk(root, 0);
  return out;
}
