#pragma once

class QWidget;

namespace careerplanner {

// Help ▸ About: what the app is, where its reference figures come from, its licence.
class AboutBox
{
public:
    static void show(QWidget *parent);
};

} // namespace careerplanner
