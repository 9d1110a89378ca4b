/**
 * The interactive API docs (Swagger UI from its CDN) without inline script, so the page keeps
 * the API's content security policy: the page loads the bundle, then /api/docs.js starts it.
 */
const SWAGGER_UI = "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.35.0";

export const docsHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kompeten API</title>
<link rel="stylesheet" href="${SWAGGER_UI}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="${SWAGGER_UI}/swagger-ui-bundle.js"></script>
<script src="/api/docs.js"></script>
</body>
</html>`;

export const docsScript = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui" });\n`;
