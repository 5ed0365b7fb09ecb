#pragma once

class QTableView;

namespace careerplanner {

// How every list of records (steps, pay years, goals, stories) behaves: one whole row
// chosen at a time, edited through its dialog rather than in place, columns sized to their
// contents with one stretching to fill the width.
class RecordTable
{
public:
    static void configure(QTableView *table, int stretchColumn);
};

} // namespace careerplanner
