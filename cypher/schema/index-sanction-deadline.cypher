CREATE INDEX sanction_deadline IF NOT EXISTS FOR (n:Sanction) ON (n.deadline)
