// The GraphQL IDE for development (issue 16): GraphiQL served from our own origin, nothing loaded
// from the internet. Its UMD builds come from node_modules (graphiql, react, react-dom: dev
// dependencies, so a production install has none of it); the page and its start script are ours.
// Only a browser navigation gets the page: GET /graphql that prefers text/html and carries no
// `query`; every other GET is GraphQL over HTTP as before. Off unless the app is told (development).
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';

/** Where the page loads its scripts and styles from: all of it on this origin. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql';

/** Our origin only; data: for the fonts and icons GraphiQL's stylesheet inlines. */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** JSON, as GraphiQL's header editor wants it; the token is the one `npm run token` prints. */
export const GRAPHIQL_DEFAULT_HEADERS = JSON.stringify(
  { Authorization: 'Bearer <paste the token from: npm run --silent token -- --role ADMIN>' },
  null,
  2,
);

const DEFAULT_QUERY = `# Four Lists (四张清单) GraphQL IDE — development only, served from this server.
#
# 1. Get a token:   npm run --silent token -- --role ADMIN
# 2. Headers tab (below): replace the placeholder after "Bearer " with it.
# 3. Run (Ctrl-Enter or the ▶ button).
{
  viewer {
    role
  }
}
`;

const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

const page = () => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Four Lists · GraphiQL</title>
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS_PATH}/graphiql.css" />
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS_PATH}/page.css" />
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="${GRAPHIQL_ASSETS_PATH}/react.js"></script>
    <script src="${GRAPHIQL_ASSETS_PATH}/react-dom.js"></script>
    <script src="${GRAPHIQL_ASSETS_PATH}/graphiql.js"></script>
    <script src="${GRAPHIQL_ASSETS_PATH}/start.js"></script>
  </body>
</html>
`;

// No inline script (the CSP forbids it): the start script is a file of its own.
const startScript = () => `'use strict';
(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      defaultHeaders: ${JSON.stringify(GRAPHIQL_DEFAULT_HEADERS)},
      defaultEditorToolsVisibility: 'headers',
      shouldPersistHeaders: false,
    }),
  );
})();
`;

const PAGE_CSS = 'html, body, #graphiql { height: 100%; margin: 0; }\n';

/** True for what a browser sends when someone opens /graphql in it (and not for a GraphQL GET). */
export function wantsIde(req: Request): boolean {
  if (req.method !== 'GET' || req.query.query !== undefined) return false;
  return req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
}

function pageHeaders(res: Response, type: string) {
  res.setHeader('content-type', `${type}; charset=utf-8`);
  res.setHeader('content-security-policy', GRAPHIQL_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
}

/** GET /graphql for a browser: the page; anything else goes on to GraphQL over HTTP. */
export function graphiqlPage() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!wantsIde(req)) return next();
    res.vary('Accept');
    pageHeaders(res, 'text/html');
    res.setHeader('cache-control', 'no-store');
    res.send(page());
  };
}

/** The page's scripts and styles, at GRAPHIQL_ASSETS_PATH; a missing dev dependency answers 404 naming it. */
export function graphiqlAssets() {
  const router = express.Router();
  const ours: Record<string, { body: string; type: string }> = {
    'start.js': { body: startScript(), type: 'text/javascript' },
    'page.css': { body: PAGE_CSS, type: 'text/css' },
  };
  router.get('/:name', (req, res) => {
    const name = String(req.params.name);
    const own = Object.hasOwn(ours, name) ? ours[name] : undefined;
    if (own) {
      pageHeaders(res, own.type);
      return res.send(own.body);
    }
    const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset) return res.status(404).type('text/plain').send('Not found');
    let dir: string;
    try {
      dir = path.dirname(require.resolve(`${asset.pkg}/package.json`));
    } catch {
      return res.status(404).type('text/plain').send(`${asset.pkg} is not installed (npm ci installs it)`);
    }
    pageHeaders(res, asset.type);
    res.sendFile(path.join(dir, asset.file), { maxAge: '1h' });
  });
  return router;
}
