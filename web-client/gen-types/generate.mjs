// Reads the server's OpenAPI document on standard input and prints the client's types (openapi-typescript).
// `npm run gen:types` in web-client runs it through the stale-types test, which also compares its output with
// src/generated/api.ts; run it by hand only to look at the output.
import openapiTS, { astToString } from 'openapi-typescript';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const document = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const header =
  '// Generated from the server\'s /openapi/v1.json by `npm run gen:types` (web-client/gen-types). Do not edit:\n' +
  '// tests/ExerciseServer.Tests/WebClient/GeneratedClientTypesTests fails when this file is stale.\n\n';
process.stdout.write(header + astToString(await openapiTS(document, { alphabetize: true })));
