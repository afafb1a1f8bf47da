/**
 * The copy of the spec the API reference is built from: each component schema gets a tag whose
 * description is the schema's and Redoc's `<SchemaDefinition>`, after the spec's own tags.
 */
import { describe, expect, it } from 'vitest';
import { withModelsSection } from '../../generator/docs/models.js';
import type { OpenApiDocument } from '../../generator/shared/openapi.js';

const base = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  tags: [{ name: 'Items' }],
  paths: { '/x': { get: { tags: ['Items', 'Pet model'], responses: { '204': { description: 'ok' } } } } },
  components: { schemas: { Pet: { type: 'object', description: ' A pet.\n' }, 'a/b': { type: 'string' } } },
} as unknown as OpenApiDocument;

describe('withModelsSection', () => {
  it("adds a tag a schema after the spec's own, with the schema's description and its definition", () => {
    const copy = withModelsSection(base);
    expect(copy.tags).toEqual([
      { name: 'Items' },
      // An operation's tag already has "Pet model": the model's tag takes another name.
      { name: 'Pet model (2)', 'x-displayName': 'Pet', description: 'A pet.\n\n<SchemaDefinition schemaRef="#/components/schemas/Pet" />' },
      { name: 'a/b model', 'x-displayName': 'a/b', description: '<SchemaDefinition schemaRef="#/components/schemas/a~1b" />' },
    ]);
    // No tag groups made: with them, Redoc would hide an untagged operation.
    expect(copy['x-tagGroups']).toBeUndefined();
    expect(base.tags).toEqual([{ name: 'Items' }]);
  });

  it('adds a Models group to a spec that groups its tags', () => {
    const copy = withModelsSection({ ...base, 'x-tagGroups': [{ name: 'API', tags: ['Items'] }] } as OpenApiDocument);
    expect(copy['x-tagGroups']).toEqual([{ name: 'API', tags: ['Items'] }, { name: 'Models', tags: ['Pet model (2)', 'a/b model'] }]);
  });

  it('leaves a spec without component schemas as it is', () => {
    const plain = { ...base, components: {} } as OpenApiDocument;
    expect(withModelsSection(plain)).toBe(plain);
  });
});
