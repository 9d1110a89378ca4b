import { writeFileSync } from "node:fs";
import { staffOpenApiDocument } from "@kompeten/functions/api/openapi";
import { publicOpenApiDocument } from "@kompeten/functions/public/openapi";

// Writes both APIs' OpenAPI documents, which their apps serve as they are.
const documents = [
  ["../../functions/src/api/openapi.json", staffOpenApiDocument()],
  ["../../functions/src/public/openapi.json", publicOpenApiDocument()],
] as const;
for (const [path, document] of documents) {
  const file = new URL(path, import.meta.url);
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`wrote ${file.pathname}`);
}
