-- school_district (V003) duplicated two indexes that already lead with district_id: the one H2 made for the
-- district foreign key and the one of school_code_unique_in_district. Every school written paid for it; lookups of a
-- district's schools use the others.
DROP INDEX school_district;
