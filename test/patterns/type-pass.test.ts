/**
 * The types pass on a small hand-written types file: the edits it makes as text splices
 * (properties with and without JSDoc, array element types, an element inside a retyped
 * property, nesting depths, a format beside a description that starts in bold), and that
 * running it on its own output changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { applyPatternTypes } from '../../generator/patterns/index.js';
import type { OpenApiDocument } from '../../generator/shared/openapi.js';
import { contextFor } from './context.js';

const document = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    schemas: {
      Top: { type: 'string', pattern: '^t$', description: 'A top-level string' },
      Thing: {
        type: 'object',
        properties: {
          plain: { type: 'string', pattern: '^a$' },
          documented: { type: 'string', pattern: '^b$', description: 'Has docs' },
          tags: { type: 'array', items: { type: 'string', pattern: '^c$' } },
          listed: { type: 'array', pattern: '^d$', items: { type: 'string', pattern: '^e$' } },
          nested: { type: 'object', properties: { deep: { type: ['string', 'null'], pattern: '^f$' } } },
          closing: { type: 'string', format: 'date', description: '**Closing down:** still documented' },
        },
      },
    },
  },
} as unknown as OpenApiDocument;

const raw = `// header

export type paths = Record<string, never>;
export interface components {
    schemas: {
        /** @description A top-level string */
        Top: string;
        Thing: {
            plain?: string;
            /**
             * @description Has docs
             * @pattern ^stale$
             */
            documented?: string;
            tags?: string[];
            listed?: string[];
            nested?: {
                deep?: string | null;
            };
            /**
             * Format: date
             * @description **Closing down:** still documented
             */
            closing?: string;
        };
    };
}
`;

describe('applyPatternTypes', () => {
  const context = contextFor(document);
  const result = applyPatternTypes(raw, context);

  it('retypes and documents every place in one batch', () => {
    expect(result.source).toMatchInlineSnapshot(`
      "// header

      import type { IsoDate, ThingDeep, ThingDocumented, ThingListed2, ThingPlain, ThingTags, TopPattern } from "./patterns.gen.js";

      export type paths = Record<string, never>;
      export interface components {
          schemas: {
              /**
               * @description A top-level string
               * @pattern ^t$
               */
              Top: TopPattern;
              Thing: {
                  /** @pattern ^a$ */
                  plain?: ThingPlain;
                  /**
                   * @description Has docs
                   * @pattern ^b$
                   */
                  documented?: ThingDocumented;
                  tags?: ThingTags[];
                  /** @pattern ^d$ */
                  listed?: ThingListed2[];
                  nested?: {
                      /** @pattern ^f$ */
                      deep?: ThingDeep | null;
                  };
                  /**
                   * Format: date
                   * @description **Closing down:** still documented
                   * @format date
                   */
                  closing?: IsoDate;
              };
          };
      }
      "
    `);
    expect(result.skipped).toEqual([{ pointer: '#/components/schemas/Thing/properties/listed', reason: 'its type is ThingListed2[], not string' }]);
  });

  it('gives the same text when run on its own output', () => {
    expect(applyPatternTypes(result.source, context).source).toBe(result.source);
  });

  it('leaves a file without patterns alone', () => {
    const none = contextFor({ ...document, components: { schemas: {} } } as unknown as OpenApiDocument);
    expect(applyPatternTypes(raw, none).source).toBe(raw);
  });
});

describe('applyPatternTypes on the JSDoc openapi-typescript writes', () => {
  // Multi-line descriptions (continuation lines), `@` at a line start, other tags with JSON,
  // CRLF, a title and a format, and a type spanning lines (`string | { ... }`): the pass keeps
  // openapi-typescript's lines byte for byte (the blank line before `@octocat` included, which a
  // ts-morph JSDoc round trip dropped) and adds only the @pattern tag and the alias.
  const tricky = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {},
    components: {
      schemas: {
        Doc: {
          type: 'object',
          properties: {
            lines: { type: 'string', pattern: '^l$', description: 'First line\nsecond line\n\n@octocat starts a line\r\nlast' },
            tagged: { type: 'string', pattern: '^t$', title: 'A title', format: 'email', default: 'x', example: { a: [1, 2] }, deprecated: true },
            quoted: { type: ['string', 'null'], pattern: "^q'$", description: "it's \"quoted\" and `ticked` ${x} {}" },
            mixed: { type: ['string', 'object'], pattern: '^m$', properties: { inner: { type: 'string' } } },
          },
        },
      },
    },
  } as unknown as OpenApiDocument;

  it('keeps the JSDoc openapi-typescript wrote and adds the @pattern tag', async () => {
    const context = contextFor(tricky);
    const { emitTypes } = await import('../../generator/types/types.js');
    const result = applyPatternTypes(await emitTypes(context), context);
    expect(result.source.slice(result.source.indexOf('export interface components'), result.source.indexOf('export type $defs'))).toMatchInlineSnapshot(`
      "export interface components {
          schemas: {
              Doc: {
                  /**
                   * @description First line
                   *     second line
                   *
                   *     @octocat starts a line
                   *     last
                   * @pattern ^l$
                   */
                  lines?: DocLines;
                  /**
                   * A title
                   * Format: email
                   * @deprecated
                   * @default x
                   * @example {
                   *       "a": [
                   *         1,
                   *         2
                   *       ]
                   *     }
                   * @pattern ^t$
                   */
                  tagged: DocTagged;
                  /**
                   * @description it's "quoted" and \`ticked\` \${x} {}
                   * @pattern ^q'$
                   */
                  quoted?: DocQuoted | null;
                  /** @pattern ^m$ */
                  mixed?: DocMixed | {
                      inner?: string;
                  };
              };
          };
          responses: never;
          parameters: never;
          requestBodies: never;
          headers: never;
          pathItems: never;
      }
      "
    `);
  });
});

describe('a spec with no pattern and no format', () => {
  const plain = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { Name: { type: 'string' } } } } as unknown as OpenApiDocument;
  const types = 'export interface components {\n    schemas: {\n        Name: string;\n    };\n}\n';

  it('leaves the types as they are, and reports nothing', () => {
    expect(applyPatternTypes(types, contextFor(plain))).toEqual({ source: types, report: [], skipped: [] });
  });
});

describe('applyPatternTypes on parameters', () => {
  // A path item's parameter (typed in the path item and in each operation that does not
  // replace it), an operation's own, and a component parameter (typed once, where each use refers).
  const spec = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/items/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z]+$' } }],
        get: { operationId: 'getItem', parameters: [{ $ref: '#/components/parameters/Code' }], responses: { '204': { description: 'ok' } } },
        delete: {
          operationId: 'deleteItem',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9]+$' } },
            // A list's items are named after the parameter.
            { name: 'ids', in: 'query', schema: { type: 'array', items: { type: 'string', pattern: '^x$' } } },
          ],
          responses: { '204': { description: 'ok' } },
        },
      },
    },
    components: { parameters: { Code: { name: 'code', in: 'query', schema: { type: 'string', pattern: '^[A-Z]{3}$' } } } },
  } as unknown as OpenApiDocument;

  it('types each parameter with a pattern, named after the parameter, in every place that holds it', async () => {
    const context = contextFor(spec);
    const { emitTypes } = await import('../../generator/types/types.js');
    const result = applyPatternTypes(await emitTypes(context), context);
    expect(result.skipped).toEqual([]);
    const typed = (text: string) => text.replace(/\s+/g, ' ');
    const source = typed(result.source);
    expect(source).toContain('import type { ParameterCode, ParameterId, ParameterId2, ParameterIds } from "./patterns.gen.js";');
    expect(source).toContain('ids?: ParameterIds[];');
    // The path item's own, and getItem's copy of it; deleteItem replaces it with its own.
    expect(source.match(/id: ParameterId;/g)).toHaveLength(2);
    expect(source).toContain('id: ParameterId2;');
    expect(source).toContain('Code: ParameterCode;');
    expect(source).toContain('code?: components["parameters"]["Code"];');
  });
});

describe('applyPatternTypes on parameters: found by mutation testing', () => {
  // A path item's parameters, copied into every operation (patch too) but one that replaces them
  // with one of the same name and place, a $ref to a component parameter included; a query
  // parameter of the same name replaces nothing.
  const spec = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/items/{id}': {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z]+$' } },
          { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string', pattern: '^t[0-9]$' } } },
        ],
        get: { operationId: 'getItem', parameters: [{ name: 'id', in: 'query', schema: { type: 'string' } }], responses: { '204': { description: 'ok' } } },
        patch: { operationId: 'patchItem', responses: { '204': { description: 'ok' } } },
        delete: { operationId: 'deleteItem', parameters: [{ $ref: '#/components/parameters/Id' }], responses: { '204': { description: 'ok' } } },
      },
    },
    components: { parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9]+$' } } } },
  } as unknown as OpenApiDocument;

  it("types the path item's parameter in each operation that does not replace it, and a pattern inside a parameter's schema where it is", async () => {
    const context = contextFor(spec);
    const { emitTypes } = await import('../../generator/types/types.js');
    const result = applyPatternTypes(await emitTypes(context), context);
    expect(result.skipped).toEqual([]);
    const source = result.source.replace(/\s+/g, ' ');
    // The path item, getItem (its query `id` replaces nothing) and patchItem; deleteItem's is the component's.
    expect(source.match(/id: ParameterId;/g)).toHaveLength(3);
    expect(source).toContain('id: components["parameters"]["Id"];');
    // The items' pattern types the items, in the path item and each operation.
    expect(source.match(/tags\?: ParameterTags\[\];/g)).toHaveLength(4);
  });
});
