/**
 * The REST API and the web UI over one store, in one process.
 *
 * <pre>
 * Server         starts Javalin on loopback: security headers, rate limit, body limit, JSON errors, static UI
 * ApiRoutes      the API as a table of routes (each: parameters in, a store query, JSON out)
 * Route          one GET endpoint; OpenApi writes /api/openapi.json from the same table
 * Params         query parameters read and checked (400 with a message naming the parameter)
 * Json           responses, with &lt; &gt; &amp; escaped; pages as {items, offset, limit, more}
 * RateLimit      a token bucket per client address
 * ApiBench       newsgraph bench api: latency over HTTP beside the same queries in-process
 * web/           index.html, css/, js/ (plain ES modules, no build step), data/world-110m.json
 * </pre>
 *
 * <p>Article text is untrusted: the page builds its DOM with text nodes and setAttribute only
 * (js/dom.js), highlights from offsets (js/spans.js), and runs under a Content-Security-Policy that
 * allows only this origin's own files.
 */
package org.newsgraph.server;
