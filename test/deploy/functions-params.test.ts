// Every param the functions declare is documented in the README and has a committed value or is marked required;
// nothing documented or committed is missing from the code. A non-interactive deploy then never stops to ask.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { declaredParams, readDotenv } = require(path.join(ROOT, 'scripts', 'functions-params.js')) as {
  declaredParams: () => { name: string; type: string; default?: string }[];
  readDotenv: (file: string) => Record<string, string>;
};

const params = declaredParams();
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
/** The README's params table: "| `NAME` | required / default / secret | meaning |". */
const documented = new Map(
  [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \| ([^|]+) \| [^|]+\|$/gm)].map((match) => [match[1]!, match[2]!.trim()] as const),
);
const committed = readDotenv(path.join(ROOT, 'functions', '.env'));

describe("the functions' params", () => {
  it('are read from the built functions (the same list the Firebase CLI reads)', () => {
    expect(params.map((param) => param.name)).toEqual(expect.arrayContaining(['ADDON_OAUTH_CLIENT_ID', 'ALLOWED_CALLER_EMAILS', 'GOOGLE_MAPS_API_KEY']));
  });

  it('are each documented in the README, and the README documents no other', () => {
    expect([...documented.keys()].sort()).toEqual(params.map((param) => param.name).sort());
  });

  it('each have a committed value equal to their default, or are documented as required or secret', () => {
    for (const param of params) {
      const kind = documented.get(param.name);
      if (param.type === 'secret') expect([param.name, kind]).toEqual([param.name, 'secret']);
      else if (param.default === undefined) expect([param.name, kind, committed[param.name]]).toEqual([param.name, 'required', undefined]);
      else expect([param.name, kind, committed[param.name]]).toEqual([param.name, `\`${param.default}\``, param.default]);
    }
  });

  it('commit no value for a param the code does not declare', () => {
    expect(Object.keys(committed).filter((name) => !params.some((param) => param.name === name))).toEqual([]);
  });
});
