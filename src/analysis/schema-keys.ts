import * as z from 'zod/mini';

type Schema = z.core.$ZodType;

/**
 * The field names an object schema accepts at a zod issue path — used to suggest
 * "did you mean …?" for an unknown field. Walks optional wrappers, arrays and unions.
 */
export function knownKeysAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  let node: Schema | undefined = unwrap(schema);
  for (const segment of path) {
    if (node instanceof z.core.$ZodObject && typeof segment === 'string') node = node._zod.def.shape[segment];
    else if (node instanceof z.core.$ZodArray && typeof segment === 'number') node = node._zod.def.element;
    else return [];
    node = node === undefined ? undefined : unwrap(node);
  }
  return node instanceof z.core.$ZodObject ? Object.keys(node._zod.def.shape) : [];
}

/** Strips optional wrappers and picks the object branch of a string-or-object union. */
function unwrap(schema: Schema): Schema {
  let node = schema;
  for (;;) {
    if (node instanceof z.core.$ZodOptional) node = node._zod.def.innerType;
    else if (node instanceof z.core.$ZodUnion) {
      const options: readonly Schema[] = node._zod.def.options;
      const object = options.find((option) => option instanceof z.core.$ZodObject);
      if (!object) return node;
      node = object;
    } else return node;
  }
}
