#pragma once

class QFormLayout;
class QLineEdit;
class QPushButton;

namespace careerplanner {

// The "File:" row of a dialog that reads a file: the path's field, then a Choose… button
// beside it, the label's mnemonic going to the field.
class FileFieldRow
{
public:
    // Adds the row to form; the button is for the caller to connect to its file dialog.
    static QPushButton *add(QFormLayout *form, QLineEdit *path);
};

} // namespace careerplanner
