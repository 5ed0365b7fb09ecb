#pragma once

#include "ui/widgets/CheckedDialog.h"

class QPlainTextEdit;

namespace careerplanner {

// The thank-you note for an application's loop: a draft to edit, copy into an e-mail and
// keep with the application. OK keeps the note as edited.
class ThankYouDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    ThankYouDialog(const QString &note, const QString &applicationName, QWidget *parent = nullptr);
    QString note() const;

private:
    QPlainTextEdit *m_note;
};

} // namespace careerplanner
