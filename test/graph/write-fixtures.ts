/**
 * Two hand-written article graphs about the same July 2025 week, in the shape
 * `extractArticle` returns: both report Trump's warning of secondary sanctions (one
 * fact, two sources); the first also has Umerov proposing talks and the prisoner
 * exchange Russia agreed to.
 */
import type { ArticleGraph, Entity } from '../../src/domain/graph.ts';

const trump: Entity = { id: 'person:trump-d', kind: 'Person', name: 'Donald Trump', aliases: ['Trump'], roles: [{ title: 'President', of: 'state:USA' }] };
const umerov: Entity = { id: 'person:umerov-r', kind: 'Person', name: 'Rustem Umerov', aliases: ['Umerov'], roles: [{ title: 'Security Council Secretary', of: 'state:UKR' }] };
const usa: Entity = { id: 'state:USA', kind: 'State', name: 'United States', iso3: 'USA', aliases: ['Washington'] };
const russia: Entity = { id: 'state:RUS', kind: 'State', name: 'Russia', iso3: 'RUS', aliases: ['Moscow'] };
const ukraine: Entity = { id: 'state:UKR', kind: 'State', name: 'Ukraine', iso3: 'UKR', aliases: ['Kyiv'] };
const istanbul: Entity = { id: 'place:istanbul', kind: 'Place', name: 'Istanbul' };
const sanctions: Entity = {
  id: 'sanction:rus-secondary', kind: 'Sanction', name: 'sanctions on buyers of Russian exports', subtype: 'secondary-sanctions',
  status: 'THREATENED', parties: ['state:RUS'], by: 'state:USA', deadline: '2025-09-02', condition: 'if Moscow fails to agree to a deal within 50 days',
};
const talks: Entity = { id: 'talks:rus-ukr-2025-07', kind: 'Talks', name: 'new round of Russia–Ukraine negotiations', status: 'PROPOSED', parties: ['state:UKR', 'state:RUS'], place: 'place:istanbul', date: null, round: 3 };
const exchange: Entity = { id: 'agreement:rus-ukr-prisoners', kind: 'Agreement', name: 'prisoner exchange', subtype: 'prisoner-exchange', status: 'REACHED', parties: ['state:RUS', 'state:UKR'] };

const warning = {
  id: 'ev:WARNS|person:trump-d|sanction:rus-secondary|state:RUS|2025-07-14|conditional',
  type: 'WARNS', actor: 'person:trump-d', object: 'sanction:rus-secondary', targets: ['state:RUS'],
  modality: 'conditional', date: '2025-07-14', cameo: '13', rule: 'warns.sanctions-if',
} as const;

export const articleA: ArticleGraph = {
  article: {
    id: 'art:reuters-2025-07-14-trump', sourceId: 'r-1', url: 'https://example.org/reuters/trump-sanctions', title: 'Trump threatens sanctions on buyers of Russian oil',
    published: '2025-07-14', dateline: 'WASHINGTON', origin: 'seed/sample.jsonl:1', source: 'Reuters', language: 'en',
  },
  entities: [trump, usa, russia, umerov, ukraine, istanbul, sanctions, talks, exchange],
  events: [
    { ...warning, targets: [...warning.targets], evidence: 'Trump said he would impose sanctions on buyers of Russian exports unless Moscow agreed to a deal within 50 days.', span: [0, 118], field: 'body', confidence: 0.8 },
    // The same fact again, later and surer: one report, with this sentence.
    { ...warning, targets: [...warning.targets], evidence: 'The president repeated the threat of secondary sanctions.', span: [400, 457], field: 'body', confidence: 0.9 },
    {
      id: 'ev:PROPOSES|person:umerov-r|talks:rus-ukr-2025-07||null|asserted', type: 'PROPOSES', actor: 'person:umerov-r', object: 'talks:rus-ukr-2025-07', targets: ['state:RUS'],
      modality: 'asserted', date: null, evidence: 'Umerov proposed a new round of talks with Russia next week.', span: [120, 180], field: 'body', confidence: 0.85, rule: 'proposes.talks', cameo: '036',
    },
    {
      id: 'ev:AGREED|state:RUS|agreement:rus-ukr-prisoners|state:UKR|null|asserted', type: 'AGREED', actor: 'state:RUS', object: 'agreement:rus-ukr-prisoners', targets: ['state:UKR'],
      modality: 'asserted', date: null, evidence: 'Russia agreed to a prisoner exchange with Ukraine.', span: [182, 232], field: 'body', confidence: 0.75, rule: 'agreed.deal', cameo: '057',
      speaker: 'person:umerov-r',
    },
  ],
};

export const articleB: ArticleGraph = {
  article: {
    id: 'art:ap-2025-07-15-trump', sourceId: null, url: null, title: null,
    published: '2025-07-15', dateline: null, origin: 'seed/sample.jsonl:2', source: 'AP', language: 'en',
  },
  entities: [
    { ...trump, name: 'President Trump', aliases: ['Donald J. Trump', 'Trump'] },
    { ...russia, aliases: ['the Kremlin'] },
    { ...sanctions, status: 'IMPOSED', deadline: null, condition: null },
    usa,
  ],
  events: [
    { ...warning, targets: [...warning.targets], evidence: 'Trump warned of sanctions on countries buying Russian oil.', span: [0, 58], field: 'title', confidence: 0.7 },
    // Dangling: the target is not among this article's entities.
    {
      id: 'ev:ACCUSES|state:RUS||state:XYZ|null|asserted', type: 'ACCUSES', actor: 'state:RUS', object: null, targets: ['state:XYZ'],
      modality: 'asserted', date: null, evidence: 'Moscow blamed an unnamed state.', span: [60, 91], field: 'body', confidence: 0.6, rule: 'accuses', cameo: '11',
    },
  ],
};
