// The shared content hash: RFC 8785 canonical JSON and hex SHA-256, checked against published vectors.
import { canonicalJson, sha256Hex, sha256HexOfChunks, utf8Bytes } from './content-hash.js';

const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('canonicalJson', () => {
  it('sorts keys in UTF-16 order and drops insignificant whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'é'], A: { z: 0, y: -0 } })).toBe(
      '{"A":{"y":0,"z":0},"a":[true,null,"é"],"b":1}',
    );
  });

  it('gives the same text whatever the input order', () => {
    expect(canonicalJson({ b: [3, 1.5e2, 'é'], a: { z: true, y: null } })).toBe(
      canonicalJson({ a: { y: null, z: true }, b: [3, 150, 'é'] }),
    );
  });

  it('matches the RFC 8785 number examples', () => {
    expect(canonicalJson([1e21, 1e-7, 0.000001, -0, 333333333.3333333])).toBe(
      '[1e+21,1e-7,0.000001,0,333333333.3333333]',
    );
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

  it('gives the known digest of the empty text, and another for any change', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(canonicalJson({ revision: 1 }))).not.toBe(sha256Hex(canonicalJson({ revision: 2 })));
  });

  it('of chunks equals the hash of their concatenation', () => {
    expect(sha256HexOfChunks([utf8Bytes('a'), utf8Bytes(''), utf8Bytes('bc')])).toBe(ABC);
    expect(sha256HexOfChunks([])).toBe(sha256Hex(''));
  });
});
