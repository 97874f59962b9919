// Queries on one EntityManager, one after another. Inside a transaction every query goes over the
// same connection, and a pg client runs one query at a time: Promise.all over such a manager gains
// nothing (pg queues them) and makes pg 8 print "Calling client.query() when the client is already
// executing a query is deprecated" (pg 9 will refuse). inTurn keeps the tuple-typed shape of
// Promise.all while sending each query only after the previous one has answered.
type Results<T extends readonly (() => unknown)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

export async function inTurn<const T extends readonly (() => unknown)[]>(steps: T): Promise<Results<T>> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as Results<T>;
}
