import { writeFileSync } from "node:fs";
import { publicOpenApiDocument } from "@kompeten/functions/public/openapi";

// Writes the public API's OpenAPI document, which the public Lambda serves as it is.
const file = new URL("../../functions/src/public/openapi.json", import.meta.url);
writeFileSync(file, `${JSON.stringify(publicOpenApiDocument(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
