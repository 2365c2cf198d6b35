import { describe, expect, it } from 'vitest';
import { aliasKey, aliasTokens, aliasTokensOfMany } from '../../db/entities/alias-key';
import { gazetteerEntityId } from '../../db/entities/entity-id';
import { loadStarterGazetteer } from '../../db/gazetteer';

const ZWNJ = '\u200c';

describe('alias keys', () => {
  it('fold the spellings an archive mixes into one key', () => {
    expect(aliasKey('ظريف')).toBe(aliasKey('ظریف'));
    expect(aliasKey('آمريكا')).toBe(aliasKey('امریکا'));
    expect(aliasKey(`بین${ZWNJ}المللی`)).toBe(aliasKey('بینالمللی'));
    expect(aliasKey('  OIC ')).toBe(aliasKey('oic'));
    expect(aliasKey('ایرانیان')).not.toBe(aliasKey('ایران'));
    expect(aliasKey('!!!')).toBe('');
  });

  it('are made in one normaliser pass for many names exactly as one at a time', () => {
    const names = loadStarterGazetteer().flatMap((entry) => [entry.canonical, ...entry.aliases.map((alias) => alias.name)]);
    // Names that lean on the rules at a name's edge: a leading ZWNJ, a ه before ء, a می before a
    // verb, a thousands separator, a leading combining mark, an attached به.
    names.push(`${ZWNJ}ایران`, 'خانهء ملت', 'می شود', '1,000', '\u064Eظریف', 'بعنوان نماینده', ' ', '');
    const batched = aliasTokensOfMany(names);
    names.forEach((name, i) => expect(batched[i], name).toEqual(aliasTokens(name)));
  });
});

describe('gazetteer entity ids', () => {
  it('are UUID version 5, the same on every machine, different per key', () => {
    const id = gazetteerEntityId('country:IR');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(gazetteerEntityId('country:IR')).toBe(id);
    expect(gazetteerEntityId('place:IR-capital')).not.toBe(id);
  });
});
