CREATE INDEX sanction_status IF NOT EXISTS FOR (n:Sanction) ON (n.status)
