#pragma once

#include <QWidget>

#include <functional>

namespace careerplanner {

// A tab's place holder that makes its page the first time it is shown (or asked for):
// a window on a large plan opens as fast as its first view, not as slow as all of them.
class LazyPage final : public QWidget
{
    Q_OBJECT

public:
    using Factory = std::function<QWidget *(QWidget *parent)>;

    explicit LazyPage(Factory make, QWidget *parent = nullptr);

    QWidget *page(); // made now if it was not yet
    bool isMade() const { return m_page != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    Factory m_make;
    QWidget *m_page = nullptr;
};

} // namespace careerplanner
