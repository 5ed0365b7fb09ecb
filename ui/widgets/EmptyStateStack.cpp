#include "ui/widgets/EmptyStateStack.h"

#include "ui/widgets/UserGuide.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QPushButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace careerplanner {

EmptyStateStack::EmptyStateStack(QWidget *content, const QString &buttonText, QWidget *parent)
    : QStackedWidget(parent)
{
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("emptyState"));
    m_text = new QLabel(empty);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setMaximumWidth(560); // a line people read, not one across a wide window
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_button = new QPushButton(buttonText, empty);
    m_button->setObjectName(QStringLiteral("emptyStateButton"));
    m_guideLink = new QLabel(empty);
    m_guideLink->setObjectName(QStringLiteral("emptyStateGuideLink"));
    m_guideLink->hide();
    connect(m_guideLink, &QLabel::linkActivated, this, [this] { UserGuide::showSection(m_guideSection, this); });

    // Centred at its reading width: aligned in the layout, a wrapped label would take the
    // width of its hint and cut its lines.
    auto *line = new QHBoxLayout;
    line->addStretch(1);
    line->addWidget(m_text, 10);
    line->addStretch(1);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addLayout(line);
    layout->addSpacing(8);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addWidget(m_guideLink, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    addWidget(content);
    addWidget(empty);
}

QString EmptyStateStack::emptyText() const
{
    return m_text->text();
}

void EmptyStateStack::showContent()
{
    setCurrentIndex(0);
}

void EmptyStateStack::showEmpty(const QString &text, bool offerFirstStep)
{
    m_text->setText(text);
    m_button->setVisible(offerFirstStep);
    setCurrentIndex(1);
}

void EmptyStateStack::setGuideSection(const QString &section)
{
    m_guideSection = section;
    m_guideLink->setText(QStringLiteral("<a href=\"guide\">%1</a>").arg(tr("How this page works (user guide)")));
    m_guideLink->show();
}

void EmptyStateStack::followRows(const QAbstractItemModel *records, const QString &text)
{
    const auto update = [this, records, text] {
        if (records->rowCount() == 0)
            showEmpty(text);
        else
            showContent();
    };
    connect(records, &QAbstractItemModel::rowsInserted, this, update);
    connect(records, &QAbstractItemModel::rowsRemoved, this, update);
    connect(records, &QAbstractItemModel::modelReset, this, update);
    update();
}

} // namespace careerplanner
