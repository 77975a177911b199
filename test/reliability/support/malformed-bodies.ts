import fc from 'fast-check';
import { CommandSpec, FieldKind } from './command-catalogue';

/** A body that must be refused, serialised by hand so that keys such as `__proto__` reach the server. */
export type MalformedBody = { json: string; expectedFields: string[] };

type Entry = [key: string, value: unknown];
type Mutation = { field: string; level: 'body' | 'changes'; apply(entries: Entry[]): Entry[] };

const ODD_CHUNKS = ['\u0000', '\u200b', '\u202e', '\ufeff', 'e\u0301', '😀', '\ud800', '\udfff', '𝕏', 'ｆ', 'ة', '\u0085', '\u2028', '\t', '"', '\\', '<b>', "'; DROP TABLE events; --", '%s', '${x}'];
const oddChunk = fc.oneof(fc.constantFrom(...ODD_CHUNKS), fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }));
export const oddText = fc.array(oddChunk, { minLength: 1, maxLength: 10 }).map((parts) => parts.join(''));
/**
 * Longer than any text field allows (the longest, `note`, takes 2,000 characters, counted as class-validator
 * counts them: code points, variation selectors not counted), yet under the 100 kB body limit.
 */
const hugeString = fc.tuple(oddChunk.filter((chunk) => countedLength(chunk) > 0), fc.integer({ min: 2_001, max: 4_000 })).map(([chunk, length]) =>
  chunk.repeat(Math.ceil(length / countedLength(chunk))),
);

function countedLength(text: string): number {
  return Array.from(text).filter((character) => character !== '\ufe0f' && character !== '\ufe0e').length;
}
const objectValue = fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 });
const fraction = fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
const notAString = fc.oneof(fc.integer(), fraction, fc.boolean(), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }), objectValue);

const STRICT_TEXT: FieldKind[] = ['date', 'quarter', 'enum', 'uuid', 'country-code'];

function wrongValue(kind: FieldKind): fc.Arbitrary<unknown> {
  switch (kind) {
    case 'date':
    case 'quarter':
    case 'text':
    case 'enum':
    case 'uuid':
    case 'country-code':
      return fc.oneof(notAString, hugeString);
    case 'integer':
      return fc.oneof(fc.string(), fc.boolean(), fc.array(fc.integer(), { maxLength: 3 }), objectValue, fraction, fc.integer({ max: 0 }), fc.integer({ min: 100_001 }), hugeString);
    case 'boolean':
      return fc.oneof(fc.string(), fc.integer(), fc.array(fc.boolean(), { maxLength: 2 }), objectValue, hugeString);
    case 'text-list':
      return fc.oneof(fc.string(), fc.integer(), objectValue, fc.array(fc.oneof(fc.integer(), fc.boolean(), objectValue), { minLength: 1, maxLength: 3 }), fc.constant(Array(21).fill('Partner')), fc.constant(['']), hugeString.map((text) => [text]));
    case 'country-list':
      return fc.oneof(fc.string(), fc.integer(), objectValue, fc.constantFrom([], ['KEN'], ['KEN', 'ken'], ['KE1', 'GHA']), fc.array(fc.integer(), { minLength: 2, maxLength: 3 }), hugeString.map((text) => [text, 'GHA']));
    case 'changes':
      return fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 2 }), fc.constant({}), hugeString);
    default: {
      const unknownKind: never = kind;
      return unknownKind;
    }
  }
}

/** Changes that are an object, as the body rules ask, yet break the corrected TrainingHeld's own rules. */
const badTrainingChanges = fc.oneof(
  fc.record({ participants: fc.oneof(fc.string(), fc.constantFrom(0, -5, null), fraction) }),
  fc.record({ title: hugeString }),
  fc.record({ date: fc.constantFrom('2024-13-45', '2024-02-30', 'yesterday') }),
  fc.record({ audience: oddText }),
  fc.record({ country: fc.constant('GHA') }),
  fc.dictionary(oddText, fc.jsonValue({ maxDepth: 1 }), { minKeys: 1, maxKeys: 2 }),
);

const setField = (field: string, value: unknown) => (entries: Entry[]): Entry[] => [...entries.filter(([key]) => key !== field), [field, value]];

function fieldMutation(spec: CommandSpec, field: string): fc.Arbitrary<Mutation> {
  const kind = spec.fields[field];
  const required = spec.required.includes(field);
  const options: fc.Arbitrary<Mutation>[] = [wrongValue(kind).map((value) => ({ field, level: 'body', apply: setField(field, value) }))];
  if (required) {
    options.push(fc.constant({ field, level: 'body', apply: (entries: Entry[]) => entries.filter(([key]) => key !== field) }));
    options.push(fc.constant({ field, level: 'body', apply: setField(field, null) }));
  }
  const valid = spec.valid[field];
  if (STRICT_TEXT.includes(kind) && typeof valid === 'string') {
    const broken = fc.tuple(fc.constantFrom(...ODD_CHUNKS), fc.nat({ max: valid.length })).map(([chunk, at]) => valid.slice(0, at) + chunk + valid.slice(at));
    options.push(broken.map((value) => ({ field, level: 'body', apply: setField(field, value) })));
  }
  if (kind === 'changes') options.push(badTrainingChanges.map((changes) => ({ field, level: 'changes', apply: setField(field, changes) })));
  return fc.oneof(...options);
}

function unknownField(spec: CommandSpec): fc.Arbitrary<Mutation> {
  const names = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', ' ', 'DATE', 'country', 'eventId', 'revision', 'metadata'), oddText);
  return fc
    .tuple(names.filter((name) => !(name in spec.fields)), fc.jsonValue({ maxDepth: 2 }))
    .map(([name, value]) => ({ field: name, level: 'body', apply: (entries: Entry[]) => [...entries, [name, value]] }));
}

/** Text fields filled with odd (but acceptable) unicode, so that the breakage happens amid realistic noise. */
function withNoise(spec: CommandSpec): fc.Arbitrary<Entry[]> {
  const textFields = Object.keys(spec.fields).filter((field) => spec.fields[field] === 'text');
  return fc.subarray(textFields).chain((noisy) =>
    fc.tuple(...noisy.map(() => oddText)).map((texts) => {
      const entries = Object.entries(spec.valid).filter(([key]) => !noisy.includes(key));
      return [...entries, ...noisy.map((field, index): Entry => [field, `x${texts[index]}`.slice(0, 90)])];
    }),
  );
}

export function malformedBody(spec: CommandSpec): fc.Arbitrary<MalformedBody> {
  const fields = Object.keys(spec.fields);
  const mutations = fc.uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3 }).chain((chosen) => fc.tuple(...chosen.map((field) => fieldMutation(spec, field))));
  const all = fc.tuple(mutations, fc.array(unknownField(spec), { maxLength: 2 })).map(([known, unknown]) => [...known, ...unknown]);
  return fc.tuple(withNoise(spec), all, fc.boolean()).map(([entries, chosen, onlyUnknown]) => {
    const applied = onlyUnknown && chosen.some((mutation) => !(mutation.field in spec.fields)) ? chosen.filter((mutation) => !(mutation.field in spec.fields)) : chosen;
    const body = applied.reduce((current, mutation) => mutation.apply(current), entries);
    const bodyLevel = applied.filter((mutation) => mutation.level === 'body');
    const expected = (bodyLevel.length > 0 ? bodyLevel : applied).map((mutation) => mutation.field);
    return { json: `{${body.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`, expectedFields: [...new Set(expected)] };
  });
}

/** Bodies that are not a JSON object at all: broken JSON, or JSON of another type. */
export const notAJsonObject = fc.oneof(
  fc.constantFrom('{', '{"date": }', "{'date': '2024-11-12'}", '{"date":"2024-11-12",}', '{"date":"2024-11-12"', 'NaN', '[1,2', '\u0000', 'undefined', '{"a":01}', '{"a":1}}', '[]', '[{}]', 'null', 'true', '42', '"text"'),
  fc.string().filter((text) => !isJsonObject(text)),
  fc.jsonValue().filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)).map((value) => JSON.stringify(value)),
);

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
