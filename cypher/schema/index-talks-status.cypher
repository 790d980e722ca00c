CREATE INDEX talks_status IF NOT EXISTS FOR (n:Talks) ON (n.status)
