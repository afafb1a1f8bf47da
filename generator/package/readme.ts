/**
 * The generated package's README, written from the spec so it never drifts from it.
 */
import type { GenerationContext } from '../shared/stage.js';
import { listOperations } from '../shared/openapi.js';

export function emitPackageReadme(context: GenerationContext): string {
  const { document, target } = context;
  const operations = listOperations(document);
  const first = operations.find((operation) => operation.operation.operationId);
  const server = document.servers?.[0]?.url ?? 'https://api.example.com';
  const lines = [
    `<!-- ${context.header.replace(/\/\*|\*\/|\n \* ?/g, ' ').replace(/\s+/g, ' ').trim()} -->`,
    '',
    `# ${target.packageName}`,
    '',
    `A typed, validated TypeScript client for the ${document.info.title} (version ${document.info.version}), generated from its OpenAPI description.`,
    '',
    '## Install',
    '',
    '```sh',
    `npm install ${target.packageName}`,
    '```',
    '',
    '## Quick start',
    '',
    '```ts',
    `import { ${target.clientFactoryName}, ${target.errorPrefix}ApiError } from '${target.packageName}';`,
    '',
    `const client = ${target.clientFactoryName}({ token: process.env.API_TOKEN! }); // baseUrl defaults to ${server}`,
    ...(first ? [`const result = await client.${first.operation.operationId}(/* request */);`] : []),
    '```',
    '',
    '## Operations',
    '',
    '| Method | Path | Client method | Summary |',
    '| --- | --- | --- | --- |',
    ...operations.map(({ method, path, operation }) =>
      `| ${method.toUpperCase()} | \`${path}\` | ${operation.operationId ? `\`${operation.operationId}\`` : '—'} | ${(operation.summary ?? '').replace(/\|/g, '\\|')} |`,
    ),
    '',
    'The bundled OpenAPI document ships with the package as `openapi.json`.',
    '',
  ];
  return lines.join('\n');
}
