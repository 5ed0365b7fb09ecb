-- Schema version 5: the ordered lists that grow one record at a time find their next
-- position through an index, not by reading every row (an import of 20,000 pay packages
-- read the table 20,000 times).

CREATE INDEX pay_package_by_position ON pay_package (position);
CREATE INDEX ladder_by_position ON ladder (position);
CREATE INDEX scenario_by_position ON scenario (position);
