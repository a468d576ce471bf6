// A small JSON Schema (draft-07) checker for the keywords scripts/build-config-schema.mjs generates,
// so tests can ask "does the schema accept this?" without a validator dependency. A keyword it does
// not know throws: the generator gaining one must not pass unchecked here.

type Schema = Record<string, any>;

const KNOWN = new Set([
  '$schema', 'title', 'description', 'default', 'type', 'enum', 'anyOf', 'properties', 'additionalProperties',
  'required', 'items', 'additionalItems', 'minItems', 'maxItems', 'minimum', 'maximum', 'pattern', 'maxLength',
]);

/** The paths at which `value` breaks `schema` (empty when it is valid). */
export function schemaErrors(schema: Schema, value: unknown, path = ''): string[] {
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`json-schema helper: unsupported keyword "${k}" at ${path || '/'}`);
  const errors: string[] = [];
  const fail = (why: string) => errors.push(`${path || '/'}: ${why}`);
  if (schema.type !== undefined && !(Array.isArray(schema.type) ? schema.type : [schema.type]).some((t: string) => hasType(value, t))) {
    return [`${path || '/'}: not ${schema.type}`];
  }
  if (schema.enum && !schema.enum.some((e: unknown) => e === value)) fail('not in enum');
  if (schema.anyOf && !schema.anyOf.some((s: Schema) => schemaErrors(s, value, path).length === 0)) fail('matches no anyOf branch');
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail('below minimum');
    if (schema.maximum !== undefined && value > schema.maximum) fail('above maximum');
  }
  if (typeof value === 'string') {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) fail('does not match pattern');
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) fail('too long');
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) fail('too few items');
    if (schema.maxItems !== undefined && value.length > schema.maxItems) fail('too many items');
    value.forEach((item, i) => {
      const itemSchema = Array.isArray(schema.items) ? schema.items[i] ?? (schema.additionalItems === false ? false : undefined) : schema.items;
      if (itemSchema === false) fail(`item ${i} not allowed`);
      else if (itemSchema) errors.push(...schemaErrors(itemSchema, item, `${path}/${i}`));
    });
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const props: Schema = schema.properties ?? {};
    for (const r of schema.required ?? []) if (!Object.hasOwn(value, r)) fail(`missing "${r}"`);
    for (const [k, v] of Object.entries(value)) {
      if (Object.hasOwn(props, k)) errors.push(...schemaErrors(props[k], v, `${path}/${k}`));
      else if (schema.additionalProperties === false) fail(`unknown property "${k}"`);
    }
  }
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}
