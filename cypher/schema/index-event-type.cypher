CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type)
