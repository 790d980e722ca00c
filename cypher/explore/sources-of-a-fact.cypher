// The sources of a fact: the articles that report the $type events (PROPOSES, WARNS,
// AGREED, MEETS, IMPOSES, EASES, DEMANDS, REJECTS, AIDS, ACCUSES) of $actor (a name or
// alias), each with the sentence the fact was read from and where in the article.
// Graph: the actor, its events and the articles (captioned with their titles).
// Table: by event date, then publication date, with the sentence, source and URL.
:param actor => 'Donald Trump';
:param type => 'WARNS';

MATCH (a:Entity)
WHERE toLower(a.name) = toLower($actor) OR any(alias IN a.aliases WHERE toLower(alias) = toLower($actor))
MATCH acted = (e:Event {type: $type})-[:ACTOR]->(a)
MATCH reported = (e)-[r:REPORTED_IN]->(art:Article)
RETURN e.date AS date, r.sentence AS sentence, art.source AS source, art.published AS published,
       art.title AS title, art.url AS url, r.field AS field, r.start AS start, r.end AS end,
       acted, reported
ORDER BY date, published, url;
