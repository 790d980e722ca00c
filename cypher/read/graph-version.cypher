// What identifies the graph's state for cached aggregates (src/api/aggregate-cache.ts):
// the numbers of articles, events and relationships, from the count store (constant
// time). Seeding only adds (an article is written last in its batch), so every write
// that changes the graph changes these.
RETURN COUNT { MATCH (a:Article) } AS articles, COUNT { MATCH (e:Event) } AS events, COUNT { MATCH ()-[r]->() } AS relationships
