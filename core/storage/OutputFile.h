#pragma once

#include <QSaveFile>
#include <QString>

namespace careerplanner {

// A file an export or a command writes (CSV, JSON, PDF, PNG, SVG, a copy of a plan): never
// over a plan or a plan's companion file (journal, lock), however the path is spelled;
// written to a temporary file beside the target and renamed into place on commit, so a
// failed export leaves no half file; readable by its owner only, like the plan.
class OutputFile
{
public:
    // inputPlan: the plan the output is made from, refused as a target by identity too.
    explicit OutputFile(const QString &target, const QString &inputPlan = {});

    // An export, or a new plan file (a copy or a backup), which may be named like a plan
    // but still never replaces one.
    enum class Kind { Export, NewPlan };

    // Why target may not be written, in one line; empty when it may.
    static QString refusal(const QString &target, const QString &inputPlan = {}, Kind kind = Kind::Export);
    // Why standard output may not take the output of a command reading inputPlan (it is
    // that plan, or another plan, redirected); empty when it may.
    static QString standardOutputRefusal(const QString &inputPlan);
    // Personal data printed into a file ("--export-json P > out.json"): the file the shell
    // made is made readable by its owner only, like an export; a pipe or terminal is left.
    static void keepStandardOutputPrivate();
    // A new, empty file readable by its owner only, hidden beside target ".NAME.XXXXXX",
    // for building a file that is renamed onto target when complete; empty on failure.
    static QString reserveBeside(const QString &target, QString *error);
    // Writes bytes whole or not at all.
    static bool write(const QString &target, const QByteArray &bytes, const QString &inputPlan, QString *error);

    bool open(QString *error);
    QIODevice *device() { return &m_file; }
    bool commit(QString *error);
    void cancel() { m_file.cancelWriting(); }

private:
    QString m_target;
    QString m_inputPlan;
    QSaveFile m_file;
};

} // namespace careerplanner
