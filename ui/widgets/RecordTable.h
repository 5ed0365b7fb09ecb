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
    // Columns sized to their contents, stretchColumn taking the width left; on a small
    // screen every column keeps about ten characters (a cut one shows its whole text as a
    // tool tip) and the table scrolls sideways instead of squeezing a column to nothing.
    static void sizeColumns(QTableView *table, int stretchColumn);
    // The row chosen in a configured table; -1 when none is.
    static int selectedRow(const QTableView *table);
};

} // namespace careerplanner
