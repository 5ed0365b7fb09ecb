#pragma once

#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

namespace careerplanner {

// What the user asked for on the command line. Parsing needs no QCoreApplication, so the
// program can decide between a window and a headless run before creating either.
struct CommandLine
{
    enum class Mode {
        Window,
        Help,
        Version,
        New,
        ExportJson,
        ImportJson,
        Check,
        PayTable,
        ExportChart,
        Simulate,
        ExportCsv,
        Report,
        ImportMarket,
        MarketTable,
        ExportIcs,
        PromotionCase,
        Invalid
    };

    Mode mode = Mode::Window;
    QString file; // the plan the command works on; empty: the default plan
    QString jsonFile; // --import-json JSON
    QString marketFile; // --import-market CSV
    QString company; // --market-table --company NAME
    QString title; // --market-table --title TITLE
    bool sample = false;
    int years = 4; // --years, for --pay-table and --export-chart pay
    QString chart; // --export-chart: bands, compare or pay
    // --export-csv: goals, checkins, stories, questions, attempts, applications, conversations or feedback
    QString table;
    QString application; // --export-ics --application NAME: its company, or "Company: Role"
    QString output; // --output
    QString ladder; // --ladder NAME
    // --new FILE --ladder NAME --level TITLE --since DATE [--base A] [--total A] [--target T]:
    // a plan set up as the welcome sets it up. Amounts as typed, read by the command.
    bool setUp = false;
    QString level; // also --promotion-case --level TITLE: the step to that level
    QDate since;
    QString base;
    QString total;
    QString target;
    QSize size { 1200, 700 }; // --size WxH
    int runs = 10'000; // --simulate --runs N
    quint64 seed = 1; // --simulate --seed S
    bool quitAfterStartup = false;
    QString error; // with Mode::Invalid
    QString helpText;

    static CommandLine parse(const QStringList &arguments);
    bool isHeadless() const { return mode != Mode::Window; }
    // Headless, but drawing: needs a (offscreen) GUI application.
    bool needsGui() const { return mode == Mode::ExportChart || mode == Mode::Report || mode == Mode::PromotionCase; }
};

} // namespace careerplanner
