import { versionedTag } from './entity-tags';
import { entityTag, factsVersion, ifMatchHolds, refuseStale } from './versions';

describe('versions of what a correction replaces', () => {
  it('a version changes with any fact, not with the order an address was read back in', () => {
    const v = factsVersion(['Jan', { street: 'Dorpsstraat 1', city: 'Utrecht' }]);
    expect(factsVersion(['Jan', { city: 'Utrecht', street: 'Dorpsstraat 1' }])).toBe(v);
    expect(factsVersion(['Jan', { street: 'Dorpsstraat 2', city: 'Utrecht' }])).not.toBe(v);
    expect(factsVersion(['Jan', null])).not.toBe(factsVersion(['Jan', '']));
  });

  it('If-Match holds for its strong tag, one in a list, or *; never for a weak tag (RFC 9110 §13.1.1)', () => {
    expect(entityTag('abc')).toBe('"abc"');
    expect(ifMatchHolds('"abc"', 'abc')).toBe(true);
    expect(ifMatchHolds('"x", "abc"', 'abc')).toBe(true);
    expect(ifMatchHolds(' * ', 'abc')).toBe(true);
    expect(ifMatchHolds('W/"abc"', 'abc')).toBe(false);
    expect(ifMatchHolds('"abd"', 'abc')).toBe(false);
    // A GET's tag of its answer carries the version first (versionedTag): only that part is compared.
    expect(ifMatchHolds(versionedTag('abc', { version: 'abc', timeline: [] }), 'abc')).toBe(true);
    expect(ifMatchHolds(versionedTag('abd', { version: 'abd' }), 'abc')).toBe(false);
    expect(ifMatchHolds('W/"abc.x"', 'abc')).toBe(false);
    expect(ifMatchHolds('"abcd.x"', 'abc')).toBe(false);
  });

  it('a stale If-Match is 412 naming If-Match, a stale version 409 naming version; neither given, nothing is refused', () => {
    const thrown = (f: () => void) => {
      try {
        f();
        return null;
      } catch (e) {
        return (e as { getStatus(): number; getResponse(): { type: string; errors: { field: string }[] } });
      }
    };
    expect(thrown(() => refuseStale('estate', 'now', {}, 'en'))).toBeNull();
    expect(thrown(() => refuseStale('estate', 'now', { version: 'now', ifMatch: '"now"' }, 'en'))).toBeNull();
    const tag = thrown(() => refuseStale('estate', 'now', { ifMatch: '"then"' }, 'en'))!;
    expect([tag.getStatus(), tag.getResponse().type, tag.getResponse().errors[0].field]).toEqual([412, 'https://steward.example/problems/precondition-failed', 'If-Match']);
    const body = thrown(() => refuseStale('call', 'now', { version: 'then' }, 'nl'))!;
    expect([body.getStatus(), body.getResponse().type, body.getResponse().errors[0].field]).toEqual([409, 'https://steward.example/problems/call-changed', 'version']);
  });
});
