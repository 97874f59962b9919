// How a route outside GraphQL answers an error: in the GraphQL error shape, never HTML. src/http owns
// the implementation (http-errors.ts sendError) and passes it to the routes it mounts, so modules
// never import src/http.
import type { Response } from 'express';

export type SendError = (res: Response, status: number, code: string, message: string, extra?: object) => void;
