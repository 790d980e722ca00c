import { describe, expect, it } from 'vitest';
import { buildMentionLayer } from '../../src/extract/entities.ts';
import { article } from './helpers.ts';

const layerOf = (body: string) => buildMentionLayer(article(body));
const personsOf = (body: string) => [...layerOf(body).entities.values()].filter((e) => e.kind === 'Person');

describe('person resolution', () => {
  it('joins a surname alone to the person named before', () => {
    const layer = layerOf('Ukrainian envoy Olena Marchuk arrived on Monday. Marchuk said the talks were useful.');
    const ids = layer.mentions.filter((m) => m.kind === 'Person' && m.via !== 'pronoun').map((m) => [m.text, m.entityId, m.via]);
    expect(ids).toEqual([['Olena Marchuk', 'person:marchuk-o', 'name'], ['Marchuk', 'person:marchuk-o', 'surname']]);
  });
  it('keeps two people who share a surname apart', () => {
    const ps = personsOf('Anna Kovalenko met Petro Kovalenko in Vienna.');
    expect(ps.map((p) => p.id).sort()).toEqual(['person:kovalenko-a', 'person:kovalenko-p']);
  });
  it('gives transliterations of one name the same id', () => {
    const ids = ['President Volodymyr Zelenskyy spoke.', 'Zelensky spoke.', 'Volodymyr Zelenskiy spoke.', 'Rustem Umierov spoke.', 'Umyerov spoke.']
      .map((b) => personsOf(b)[0].id);
    expect(ids).toEqual(['person:zelensky-v', 'person:zelensky-v', 'person:zelensky-v', 'person:umerov-r', 'person:umerov-r']);
  });
  it('gives an unknown name the same id across spellings of its surname ending', () => {
    expect(personsOf('Mykola Bondarenkiy spoke.')[0].id).toBe(personsOf('Mykola Bondarenky spoke.')[0].id);
  });
  it('meets "Mr. Putin" and "Russian President Vladimir Putin"', () => {
    expect(personsOf('Mr. Putin spoke.')[0].id).toBe(personsOf('Russian President Vladimir Putin spoke.')[0].id);
  });
  it('attaches roles to the state that qualifies the title', () => {
    const [p] = personsOf('Kremlin spokesperson Dmitry Peskov said no date was set.');
    expect(p.roles).toEqual([{ title: 'Spokesperson', of: 'state:RUS' }]);
    const [q] = personsOf("Freedonia's foreign minister, no. Iran's foreign minister Hamid Rostami said talks would go on.");
    expect(q.roles).toEqual([{ title: 'Foreign Minister', of: 'state:IRN' }]);
    const [r] = personsOf('NATO Secretary General Lars Holm visited.');
    expect(r.roles).toEqual([{ title: 'Secretary General', of: 'org:nato' }]);
  });
  it('reads a role from an appositive', () => {
    const [p] = personsOf('Hamid Rostami, the Iranian foreign minister, said talks would go on.');
    expect(p.roles).toEqual([{ title: 'Foreign Minister', of: 'state:IRN' }]);
  });
  it('resolves a title alone to the person who holds it', () => {
    const layer = layerOf('Kremlin spokesperson Dmitry Peskov spoke on Monday. The Kremlin spokesperson added that talks could resume.');
    expect(layer.mentions.find((m) => m.via === 'role')).toMatchObject({ text: 'spokesperson', entityId: 'person:peskov-d' });
  });
  it('resolves a pronoun to the person named before when the antecedent is clear', () => {
    const layer = layerOf('Turkish Foreign Minister Hakan Fidan hosted the talks. He said both sides agreed.');
    expect(layer.mentions.find((m) => m.via === 'pronoun')).toMatchObject({ text: 'He', entityId: 'person:fidan-h' });
  });
  it('resolves a pronoun only from its own sentence or the one before', () => {
    const far = layerOf('Turkish Foreign Minister Hakan Fidan hosted the talks. The talks lasted four hours. He said both sides agreed.');
    expect(far.mentions.filter((m) => m.via === 'pronoun')).toEqual([]);
    const same = layerOf('The talks lasted four hours. After the talks Hakan Fidan said his team was ready.');
    expect(same.mentions.find((m) => m.via === 'pronoun')).toMatchObject({ text: 'his', entityId: 'person:fidan-h' });
  });
  it('lists all surface forms as aliases', () => {
    const [p] = personsOf('Dmitry Peskov spoke. Peskov added more.');
    expect(p).toMatchObject({ name: 'Dmitry Peskov', aliases: ['Peskov'] });
  });
});
