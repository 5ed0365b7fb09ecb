#pragma once

class QComboBox;

namespace careerplanner {

class PlanSession;

// An undo or redo reads the whole plan again and resets the models under every combo box;
// a reset box jumps to its first row. This puts it back on the row it was on (or the last
// one, if there are fewer now).
class ComboRowKeeper
{
public:
    static void keep(QComboBox *box, PlanSession *session);
};

} // namespace careerplanner
