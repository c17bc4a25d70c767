import { z } from 'zod';

/**
 * The field names an object schema accepts at a zod issue path — used to suggest
 * "did you mean …?" for an unknown field. Walks optional wrappers, arrays and unions.
 */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (node instanceof z.ZodObject && typeof segment === 'string') node = node.shape[segment] as z.ZodType | undefined;
    else if (node instanceof z.ZodArray && typeof segment === 'number') node = node.element as z.ZodType;
    else return [];
    node = node === undefined ? undefined : unwrap(node);
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/** Strips optional wrappers and picks the object branch of a string-or-object union. */
function unwrap(schema: z.ZodType): z.ZodType {
  let node = schema;
  for (;;) {
    if (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
    else if (node instanceof z.ZodUnion) {
      const options = node.options as readonly z.ZodType[];
      const object = options.find((option) => option instanceof z.ZodObject);
      if (!object) return node;
      node = object;
    } else return node;
  }
}
