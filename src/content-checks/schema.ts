/**
 * Validates entry data against the real zod schemas from src/schemas and turns zod issues
 * into sentences an editor understands: `number: must be a whole number (got "seven")`.
 */
import { z, type ZodType } from 'astro/zod';
import { imageReferenceProblem } from './media';
import type { CheckSchemaContext } from '../schemas';

export interface FieldIssue {
  field?: string | undefined;
  message: string;
}

/** A stand-in for Astro's image(): a path relative to the entry file that must name an existing image. */
export function imageContext(entryFile: string, root: string): CheckSchemaContext {
  return {
    image: () =>
      z.string({ error: 'must be the path of an image file, relative to this file' }).superRefine((value, ctx) => {
        if (/^[a-z]+:/i.test(value) || value.startsWith('//')) {
          ctx.addIssue({
            code: 'custom',
            message: `must be a file in content/media/, not a web address (got "${value}")`,
          });
          return;
        }
        if (value.startsWith('/')) {
          ctx.addIssue({
            code: 'custom',
            message: `must be a path relative to this file, such as ../../media/photos/name.jpg (got "${value}")`,
          });
          return;
        }
        const problem = imageReferenceProblem(root, entryFile, value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem.replace(/\.$/, '') });
      }),
  };
}

/** Wrappers that only qualify a value (optional, defaulted, nullable, …): the value's schema is inside. */
const WRAPPERS = [
  z.ZodOptional,
  z.ZodDefault,
  z.ZodPrefault,
  z.ZodNullable,
  z.ZodNonOptional,
  z.ZodReadonly,
  z.ZodCatch,
];

/** A schema without its wrappers and preprocessing, through Zod's public API (unwrap(), a pipe's out). */
function peel(schema: ZodType | undefined): ZodType | undefined {
  let current = schema;
  for (let i = 0; i < 10 && current; i++) {
    if (WRAPPERS.some((Wrapper) => current instanceof Wrapper))
      current = (current as z.ZodOptional).unwrap() as ZodType;
    else if (current instanceof z.ZodPipe) current = current.out as ZodType;
    else break;
  }
  return current;
}

/** The schema of a field, found by walking object shapes and array elements. */
function schemaAt(schema: ZodType, fieldPath: readonly PropertyKey[]): ZodType | undefined {
  let current = peel(schema);
  for (const key of fieldPath) {
    if (current instanceof z.ZodObject) current = peel((current.shape as Record<PropertyKey, ZodType>)[key]);
    else if (current instanceof z.ZodArray) current = peel(current.element as ZodType);
    else return undefined;
  }
  return current;
}

function isWholeNumber(schema: ZodType | undefined): boolean {
  return schema instanceof z.ZodNumber && schema.isInt;
}

function valueAt(data: unknown, fieldPath: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of fieldPath) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export function show(value: unknown): string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (value === null) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const EXPECTED: Record<string, string> = {
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be true or false',
  array: 'must be a list, written as [first, second] or as lines starting with "- "',
  object: 'must be a group of fields',
  date: 'must be a date',
};

/** Zod's own English messages start like this; schema authors' messages do not and are kept. */
const DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized key|Expected|Required)/;

function fieldName(fieldPath: readonly PropertyKey[]): string | undefined {
  if (fieldPath.length === 0) return undefined;
  return fieldPath
    .map((key, i) => (typeof key === 'number' ? `[${key + 1}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

export function formatIssues(schema: ZodType, data: unknown, issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const value = valueAt(data, issue.path);
    const field = fieldName(issue.path);
    const custom = !DEFAULT_MESSAGE.test(issue.message);
    const got = ` (got ${show(value)})`;
    switch (issue.code) {
      case 'invalid_type': {
        if (value === undefined && issue.path.length > 0) {
          out.push({ field, message: 'is required but missing; add it' });
        } else if (issue.path.length === 0) {
          out.push({ message: 'must be a list of fields written as "name: value"' });
        } else if (custom) {
          out.push({ field, message: `${issue.message}${got}` });
        } else {
          const expected =
            issue.expected === 'number' && isWholeNumber(schemaAt(schema, issue.path)) ? 'int' : issue.expected;
          out.push({ field, message: `${EXPECTED[expected] ?? `must be of type ${expected}`}${got}` });
        }
        break;
      }
      case 'unrecognized_keys': {
        const object = schemaAt(schema, issue.path);
        const allowed = object instanceof z.ZodObject ? Object.keys(object.shape).join(', ') : '';
        for (const key of issue.keys) {
          out.push({
            field: fieldName([...issue.path, key]),
            message: `is not a field of this kind of entry; check the spelling${allowed ? ` (fields: ${allowed})` : ''}`,
          });
        }
        break;
      }
      case 'too_small': {
        let message: string;
        if (custom) message = issue.message;
        else if (issue.origin === 'string')
          message =
            Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters long`;
        else if (issue.origin === 'array')
          message = `must list at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
        else message = issue.inclusive ? `must be at least ${issue.minimum}` : `must be greater than ${issue.minimum}`;
        out.push({
          field,
          message: issue.origin === 'string' || issue.origin === 'array' ? message : `${message}${got}`,
        });
        break;
      }
      case 'too_big': {
        let message: string;
        if (custom) message = issue.message;
        else if (issue.origin === 'string')
          message = `must be at most ${issue.maximum} characters long (it has ${String(value ?? '').length})`;
        else if (issue.origin === 'array') message = `must list at most ${issue.maximum} items`;
        else message = `must be at most ${issue.maximum}${got}`;
        out.push({ field, message });
        break;
      }
      case 'invalid_value':
        out.push({
          field,
          message: `${custom ? issue.message : `must be one of: ${issue.values.map((v) => String(v)).join(', ')}`}${got}`,
        });
        break;
      case 'invalid_format':
        out.push({ field, message: `${custom ? issue.message : `is not written in the expected form`}${got}` });
        break;
      default: {
        const message = custom ? issue.message : issue.message.toLowerCase();
        const primitive = value !== undefined && (typeof value !== 'object' || value instanceof Date);
        out.push({ field, message: primitive && !message.includes(show(value)) ? `${message}${got}` : message });
      }
    }
  }
  return out;
}

export function validate(
  schema: ZodType,
  data: unknown,
): { ok: true; data: Record<string, unknown> } | { ok: false; issues: FieldIssue[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data as Record<string, unknown> };
  return { ok: false, issues: formatIssues(schema, data, result.error.issues) };
}
