/**
 * Bodies a client should never send, for the fuzzer (generators.ts): bad JSON, wrong types, extra
 * and huge fields, deep nesting, multipart with bad boundaries, urlencoded junk, wrong content types,
 * bytes that are not UTF-8, and bodies past MAX_BODY_BYTES (with a length, and chunked without one).
 */
import fc from 'fast-check';
import { maxBodyBytes } from './world.ts';

export interface BodySpec {
  kind: string;
  contentType?: string;
  body?: Buffer;
  chunked?: boolean;
}

const json = 'application/json';
const text = (s: string) => Buffer.from(s, 'utf8');

const fieldNames = [
  'email',
  'name',
  'password',
  'role',
  'partnershipIds',
  'memberships',
  'invite',
  'sector',
  'region',
  'timeZone',
  'reviewYear',
  'minGroupSize',
  'kind',
  'firstName',
  'phone',
  'contacts',
  'templateId',
  'period',
  'opensOn',
  'closesOn',
  'channels',
  'contactIds',
  'answers',
  'userId',
  'organizationId',
  'label',
  'measure',
  'target',
  'periods',
  'comparison',
  'heard',
  'action',
  'owner',
  'dueOn',
  'status',
  'commentMinSize',
  '__proto__',
  'constructor',
];
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 3 }),
  fc.integer({ min: 1000, max: 20_000 }).map((n) => 'x'.repeat(n)),
);

const multipart = (boundary: string, parts: string) => `multipart/form-data; boundary=${boundary}|${parts}`;
/** `form` marks the bodies a form route reads, weighed up for those routes. */
type BodyChoice = fc.WeightedArbitrary<BodySpec> & { form?: boolean };
const anyBody: BodyChoice[] = [
  { weight: 3, arbitrary: fc.constant<BodySpec>({ kind: 'none' }) },
  { weight: 1, arbitrary: fc.constant<BodySpec>({ kind: 'empty json', contentType: json, body: text('') }) },
  {
    weight: 3,
    arbitrary: fc
      .oneof(
        fc.constantFrom(
          '{',
          '{"a":',
          '[1,2',
          'nul',
          '{"a":1,}',
          "{'a':1}",
          '\u0000',
          'NaN',
          '1e99999',
          '"\\ud800"',
          '{"answers":{"a":1}',
        ),
        fc.string({ maxLength: 60 }),
      )
      .map((s) => ({ kind: 'bad json', contentType: json, body: text(s) })),
  },
  {
    weight: 5,
    arbitrary: fc
      .dictionary(fc.constantFrom(...fieldNames), wrongValue, { minKeys: 1, maxKeys: 6 })
      .map((o) => ({ kind: 'wrong types', contentType: json, body: text(JSON.stringify(o)) })),
  },
  {
    weight: 2,
    arbitrary: fc
      .jsonValue({ maxDepth: 3 })
      .map((v) => ({ kind: 'json value', contentType: json, body: text(JSON.stringify(v)) })),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc
          .integer({ min: 100, max: 3000 })
          .map((n) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])))),
        fc
          .integer({ min: 10_000, max: maxBodyBytes - 100 })
          .map((n) => JSON.stringify({ name: 'x'.repeat(n), answers: {} })),
        fc.integer({ min: 100, max: 20_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
        fc.integer({ min: 100, max: 5000 }).map((n) => `{"answers":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`),
      )
      .map((s) => ({ kind: 'huge json', contentType: json, body: text(s) })),
  },
  {
    weight: 3,
    form: true,
    arbitrary: fc
      .oneof(
        fc.constant(multipart('X', '--X\r\nbroken')),
        fc.constant(multipart('X', '--X\r\nContent-Disposition: form-data; name="a"\r\n\r\n1')),
        fc.constant(multipart('A', '--B\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--B--\r\n')),
        fc.constant(
          multipart(
            'X',
            '--X\r\nContent-Disposition: form-data; name="f"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\na,b\r\n--X--\r\n',
          ),
        ),
        fc.constant(
          multipart(
            'X',
            '--X\r\nContent-Disposition: form-data; name="_lang"\r\n\r\nes\r\n--X\r\nContent-Disposition: form-data; name="_step"\r\n\r\n1\r\n--X--\r\n',
          ),
        ),
        fc.constant(multipart('"unclosed', '--"unclosed\r\n\r\n')),
        fc.string({ maxLength: 80 }).map((s) => multipart('X', s)),
        fc.string({ maxLength: 80 }).map((s) => `multipart/form-data|${s}`),
        fc.constant(multipart('x'.repeat(200), '--' + 'x'.repeat(200) + '\r\n')),
      )
      .map((s) => {
        const cut = s.indexOf('|');
        return { kind: 'bad multipart', contentType: s.slice(0, cut), body: text(s.slice(cut + 1)) };
      }),
  },
  {
    weight: 3,
    form: true,
    arbitrary: fc
      .oneof(
        fc.constantFrom(
          'a=%zz',
          '=&&=',
          '%',
          'a=1&a=2&a[]=3',
          '_lang=zz&_step=-1',
          '_action=restart&_step=99',
          '_step=1e9&worker_type=%FF',
          'From=%2B13125550100&Body=STOP',
        ),
        fc.string({ maxLength: 80 }),
        fc
          .dictionary(
            fc.constantFrom(
              '_lang',
              '_step',
              '_action',
              'Body',
              'From',
              'MessageSid',
              'MessageStatus',
              'pay_fair',
              'recommend_job',
            ),
            fc.string({ maxLength: 20 }),
            { maxKeys: 4 },
          )
          .map((o) => new URLSearchParams(o).toString()),
      )
      .map((s) => ({
        kind: 'urlencoded junk',
        contentType: 'application/x-www-form-urlencoded',
        body: text(s),
      })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          'text/plain',
          'application/xml',
          'application/json; charset=utf-16',
          'application/jsonx',
          'text/csv',
          'text/csv; charset=latin1',
          'application/octet-stream',
          '*/*',
          'json',
          ';;;',
          'application/x-www-form-urlencoded; charset=utf-7',
          undefined,
        ),
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
          fc.string({ maxLength: 60 }),
        ),
      )
      .map(([type, s]) => ({ kind: 'wrong content type', contentType: type, body: text(s) })),
  },
  {
    weight: 1,
    form: true,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          json,
          'text/csv',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=X',
        ),
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
      )
      .map(([type, bytes]) => ({
        kind: 'invalid utf-8',
        contentType: type,
        body: Buffer.concat([Buffer.from([0xff, 0xfe, 0xc0]), Buffer.from(bytes)]),
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 1, max: 4096 }),
        fc.boolean(),
        fc.constantFrom(json, 'text/csv', 'application/x-www-form-urlencoded'),
      )
      .map(([over, chunked, type]) => ({
        kind: 'oversize',
        contentType: type,
        chunked,
        body: Buffer.alloc(maxBodyBytes + over, 0x61),
      })),
  },
];
export const body = fc.oneof(...anyBody);
/** Routes that read forms (the respondent's pages, unsubscribe, webhooks) get mostly form bodies. */
export const formBody = fc.oneof(...anyBody.map((b) => (b.form ? { ...b, weight: b.weight * 4 } : b)));
