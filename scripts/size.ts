/**
 * `npm run size [-- --dir generated]`: what the package costs a web page. Bundles the built
 * package's ES entry for the browser with esbuild (minified), importing the client factory
 * and the request validators, gzips it and prints the sizes; exits 1 above the budget.
 * Then what each part adds: openapi-fetch, the validators, and the runtime without either.
 * The same measurement is in the package README (written by `npm run generate`) and is held
 * under the budget by test/package/size.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { browserImports, formatKb, measureBrowserBundle, measureBundleParts } from '../generator/package/bundle-size.js';
import type { OpenApiDocument } from '../generator/shared/openapi.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const config = parseYaml(fs.readFileSync('spec/apis.yaml', 'utf8')) as { apis?: Record<string, { out: string; clientFactoryName: string }> };
  const targets = Object.entries(config.apis ?? {})
    .map(([name, api]) => ({ name, dir: path.resolve(api.out), factory: api.clientFactoryName }))
    .filter((target) => !values.dir || target.dir === path.resolve(values.dir));
  if (targets.length === 0) {
    console.error(`error: no API of spec/apis.yaml is generated into ${values.dir}`);
    return 2;
  }
  let over = false;
  for (const target of targets) {
    if (!fs.existsSync(path.join(target.dir, 'dist/esm/index.js'))) {
      console.error(`error: ${path.relative(process.cwd(), target.dir)}/dist/esm/index.js not found: run \`npm run generate\``);
      return 1;
    }
    const document = JSON.parse(fs.readFileSync(path.join(target.dir, 'openapi.json'), 'utf8')) as OpenApiDocument;
    const size = await measureBrowserBundle(target.dir, browserImports(document, target.factory));
    over ||= size.gzipBytes > size.budgetBytes;
    console.log(
      `${target.name}: browser bundle of { ${size.imports.join(', ')} }: ${formatKb(size.gzipBytes)} min+gzip ` +
        `(${formatKb(size.minifiedBytes)} minified; budget ${formatKb(size.budgetBytes)} min+gzip)${size.gzipBytes > size.budgetBytes ? ' OVER BUDGET' : ''}`,
    );
    for (const module of size.modules) console.log(`  ${String(module.bytes).padStart(7)} B  ${module.path}`);
    const parts = await measureBundleParts(target.dir, size.imports, size);
    console.log(
      `  taking each part out of the same bundle (min+gzip): openapi-fetch adds ${formatKb(parts.openapiFetchBytes)}, ` +
        `the validators ${formatKb(parts.validatorsBytes)}; the client runtime alone is ${formatKb(parts.runtimeAloneBytes)}`,
    );
  }
  return over ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? `error: ${error.message}` : error);
    process.exitCode = 1;
  },
);
