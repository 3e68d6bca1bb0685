import fc from 'fast-check';

/**
 * A fast-check arbitrary of the documents a JSON Schema accepts, built from the schema itself so
 * the property tests sample what the schema says and not what a test author imagined. Covers the
 * keywords our schema uses: `$ref` to `#/$defs/…`, `anyOf` / `oneOf`, `enum`, `type` with
 * `pattern`, `properties` + `required`, `additionalProperties` + `propertyNames` +
 * `minProperties` (maps by language) and `items`. Annotations are ignored; extension properties
 * (`patternProperties`) are never generated. Anything else throws, so a schema change that
 * outgrows this helper shows up at once instead of sampling a narrower set in silence.
 */

type Schema = Record<string, unknown>;

const MAX_ITEMS = 4;
const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'examples',
  'default',
  'format',
  '$defs',
  'patternProperties',
]);
const HANDLED = new Set([
  '$ref',
  'anyOf',
  'oneOf',
  'enum',
  'type',
  'pattern',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'minProperties',
  'items',
]);

export function arbitraryOf(root: Schema, schema: Schema = root): fc.Arbitrary<unknown> {
  const unknownKeyword = Object.keys(schema).find((key) => !ANNOTATIONS.has(key) && !HANDLED.has(key));
  if (unknownKeyword) throw new Error(`schema-arbitrary does not handle "${unknownKeyword}"`);

  if (typeof schema.$ref === 'string') {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name && (root.$defs as Record<string, Schema> | undefined)?.[name];
    if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
    return arbitraryOf(root, target);
  }
  const choices = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (choices) return fc.oneof(...choices.map((choice) => arbitraryOf(root, choice)));
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));

  switch (schema.type) {
    case 'string':
      return typeof schema.pattern === 'string' ? fc.stringMatching(new RegExp(schema.pattern, 'u')) : fc.string();
    case 'integer':
      return fc.integer();
    case 'array':
      return fc.array(arbitraryOf(root, schema.items as Schema), { maxLength: MAX_ITEMS });
    case 'object':
      return objectArbitrary(root, schema);
    default:
      throw new Error(`schema-arbitrary does not handle type ${JSON.stringify(schema.type)}`);
  }
}

function objectArbitrary(root: Schema, schema: Schema): fc.Arbitrary<unknown> {
  const properties = schema.properties as Record<string, Schema> | undefined;
  if (properties) {
    const model = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, arbitraryOf(root, value)]));
    return fc.record(model, { requiredKeys: (schema.required as string[] | undefined) ?? [] });
  }
  const values = schema.additionalProperties;
  if (typeof values !== 'object' || values === null) throw new Error('an object needs properties or a value schema');
  const keys = schema.propertyNames ? arbitraryOf(root, schema.propertyNames as Schema) : fc.string();
  return fc.dictionary(keys as fc.Arbitrary<string>, arbitraryOf(root, values as Schema), {
    minKeys: (schema.minProperties as number | undefined) ?? 0,
    maxKeys: MAX_ITEMS,
  });
}
