-- Trigram matching for typo-tolerant product search (similarity on names).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
