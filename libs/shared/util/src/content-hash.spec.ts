// The shared content hash: RFC 8785 canonical JSON and hex SHA-256, checked against published vectors.
import { canonicalJson, sha256Hex, sha256HexOfChunks, utf8Bytes } from './content-hash.js';

const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('canonicalJson', () => {
  it('sorts keys in UTF-16 order and drops insignificant whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'é'], A: { z: 0, y: -0 } })).toBe(
      '{"A":{"y":0,"z":0},"a":[true,null,"é"],"b":1}',
    );
  });

  it('writes numbers as ECMAScript does (RFC 8785 §3.2.2.3)', () => {
    expect(canonicalJson([1e21, 1.5e-7, 100, 0.1])).toBe('[1e+21,1.5e-7,100,0.1]');
  });

  it('refuses a value with no JSON form', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});

describe('sha256Hex', () => {
  it('gives the FIPS 180-2 digest of "abc", from text or from bytes', () => {
    expect(sha256Hex('abc')).toBe(ABC);
    expect(sha256Hex(utf8Bytes('abc'))).toBe(ABC);
  });

  it('hashes the UTF-8 bytes of a text, not its UTF-16 units', () => {
    expect(sha256Hex('é')).toBe(sha256Hex(new Uint8Array([0xc3, 0xa9])));
  });

  it('of chunks equals the hash of their concatenation', () => {
    expect(sha256HexOfChunks([utf8Bytes('a'), utf8Bytes(''), utf8Bytes('bc')])).toBe(ABC);
    expect(sha256HexOfChunks([])).toBe(sha256Hex(''));
  });
});
