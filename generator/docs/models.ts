/**
 * The spec as the API reference renders it: with its models. Redoc shows a component schema's
 * description nowhere it is used (a body, a list's items, a response), so the notes written
 * there (which checks this document adds, what the reference page leaves open) would not be
 * seen. Each component schema gets a tag, shown after the spec's own, whose description is the
 * schema's, followed by Redoc's `<SchemaDefinition>` of it. The shipped `openapi.json` is not
 * changed: only the page is built from this copy.
 */
import type { OpenApiDocument } from '../shared/openapi.js';

/** The name of the sidebar group of the component schemas. */
export const MODELS_GROUP = 'Models';

export function withModelsSection(document: OpenApiDocument): OpenApiDocument {
  const schemas = Object.entries(document.components?.schemas ?? {});
  if (schemas.length === 0) return document;
  const tags = (Array.isArray(document.tags) ? document.tags : []) as Array<{ name: string }>;
  const taken = new Set(tags.map((tag) => tag.name));
  // Operations' tags that the spec does not declare are tags too: Redoc lists them.
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {})) {
      const operationTags = (operation as { tags?: unknown } | null)?.tags;
      if (Array.isArray(operationTags)) for (const name of operationTags) if (typeof name === 'string') taken.add(name);
    }
  }
  const modelTags = schemas.map(([name, schema]) => {
    // A tag name of its own, in case an operation tag has the schema's name.
    let tagName = `${name} model`;
    for (let count = 2; taken.has(tagName); count++) tagName = `${name} model (${count})`;
    taken.add(tagName);
    const description = typeof schema === 'object' && typeof schema.description === 'string' ? `${schema.description.trim()}\n\n` : '';
    const pointer = `#/components/schemas/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return { name: tagName, 'x-displayName': name, description: `${description}<SchemaDefinition schemaRef=${JSON.stringify(pointer)} />` };
  });
  // A spec that groups its tags gets a Models group (Redoc shows only grouped tags then); one
  // that does not gets the models after its own tags, so that no untagged operation is hidden.
  const groups = document['x-tagGroups'];
  return {
    ...document,
    tags: [...tags, ...modelTags],
    ...(Array.isArray(groups) ? { 'x-tagGroups': [...groups, { name: MODELS_GROUP, tags: modelTags.map((tag) => tag.name) }] } : {}),
  };
}
