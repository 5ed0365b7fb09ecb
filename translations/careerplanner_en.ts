<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationStage</name>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="31"/>
        <source>Recruiter screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="32"/>
        <source>Phone screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="33"/>
        <source>Writing assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="34"/>
        <source>Loop interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="35"/>
        <source>Bar raiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="36"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="37"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandComparison</name>
    <message>
        <location filename="../core/bands/BandComparison.cpp" line="84"/>
        <source>%1, ≈ converted from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bands/BandComparison.cpp" line="85"/>
        <source>%1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <location filename="../core/base/BoundedFile.cpp" line="12"/>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/BoundedFile.cpp" line="13"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/BoundedFile.cpp" line="20"/>
        <source>%1 is larger than the %2 Career Planner reads from such a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/BoundedFile.cpp" line="27"/>
        <location filename="../core/base/BoundedFile.cpp" line="48"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/BoundedFile.cpp" line="28"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareerConversation</name>
    <message>
        <location filename="../core/conversations/CareerConversation.cpp" line="19"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/CareerConversation.cpp" line="20"/>
        <source>Skip-level manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/CareerConversation.cpp" line="21"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/CareerConversation.cpp" line="22"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareerSimulation</name>
    <message>
        <location filename="../core/path/CareerSimulation.cpp" line="67"/>
        <source>You have held your level longer than the most time the path gives it, so the next promotion is taken as overdue: it is drawn evenly over the next %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseChoiceRepository</name>
    <message>
        <location filename="../core/promotion/CaseChoiceRepository.cpp" line="46"/>
        <source>That criterion is not one a case can hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEvidence</name>
    <message>
        <location filename="../core/promotion/CaseEvidence.cpp" line="12"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/CaseEvidence.cpp" line="13"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/CaseEvidence.cpp" line="14"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseMatcher</name>
    <message>
        <location filename="../core/promotion/CaseMatcher.cpp" line="88"/>
        <source>tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/CaseMatcher.cpp" line="98"/>
        <source>shares %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationRepository</name>
    <message>
        <location filename="../core/conversations/ConversationRepository.cpp" line="127"/>
        <source>That agreed action is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationRepository.cpp" line="141"/>
        <source>Hold a career conversation every 1 to 12 months: the guide asks for one at least once a year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../core/base/DateText.cpp" line="20"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/DateText.cpp" line="26"/>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/DateText.cpp" line="27"/>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackQuote</name>
    <message>
        <location filename="../core/conversations/FeedbackQuote.cpp" line="19"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/FeedbackQuote.cpp" line="20"/>
        <source>Skip-level manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/FeedbackQuote.cpp" line="21"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/FeedbackQuote.cpp" line="22"/>
        <source>Direct report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/FeedbackQuote.cpp" line="23"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/FeedbackQuote.cpp" line="24"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileFieldRow</name>
    <message>
        <location filename="../ui/widgets/FileFieldRow.cpp" line="14"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileFieldRow.cpp" line="18"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <location filename="../core/skills/Goal.cpp" line="42"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/skills/Goal.cpp" line="44"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/skills/Goal.cpp" line="46"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/skills/Goal.cpp" line="48"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewWords</name>
    <message>
        <location filename="../ui/interviews/InterviewWords.cpp" line="12"/>
        <source>Recruiter screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewWords.cpp" line="14"/>
        <source>Phone screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewWords.cpp" line="16"/>
        <source>Writing assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewWords.cpp" line="18"/>
        <source>Interview loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewWords.cpp" line="20"/>
        <source>Bar raiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewWords.cpp" line="27"/>
        <source>Behavioural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewWords.cpp" line="29"/>
        <source>Functional or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewWords.cpp" line="31"/>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewWords.cpp" line="54"/>
        <source>Not practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewWords.cpp" line="57"/>
        <source>Due, 1 day over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewWords.cpp" line="57"/>
        <source>Due, %1 days over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewWords.cpp" line="59"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewWords.cpp" line="60"/>
        <source>In 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewWords.cpp" line="60"/>
        <source>In %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobApplication</name>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="25"/>
        <source>Prospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="26"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="28"/>
        <source>Recruiter screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="29"/>
        <source>Phone screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="31"/>
        <source>Writing assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="32"/>
        <source>Interview loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="33"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="34"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="35"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="36"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketComparison</name>
    <message>
        <location filename="../core/market/MarketComparison.cpp" line="32"/>
        <source>%1 · too few reports (n %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketComparison.cpp" line="43"/>
        <source>%1 · n %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketStanding</name>
    <message>
        <location filename="../core/market/MarketStanding.cpp" line="51"/>
        <source>Your total pay is about the %1 percentile of %2 market reports for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketStanding.cpp" line="54"/>
        <source>Your base pay is about the %1 percentile of %2 market reports for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketStanding.cpp" line="62"/>
        <source>th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketStanding.cpp" line="66"/>
        <source>st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketStanding.cpp" line="69"/>
        <source>nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketStanding.cpp" line="72"/>
        <source>rd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Milestone</name>
    <message>
        <location filename="../core/path/Milestone.cpp" line="35"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/Milestone.cpp" line="37"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/Milestone.cpp" line="39"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/Milestone.cpp" line="41"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <location filename="../ui/NavigationPane.cpp" line="20"/>
        <location filename="../ui/NavigationPane.cpp" line="21"/>
        <location filename="../ui/NavigationPane.cpp" line="22"/>
        <location filename="../ui/NavigationPane.cpp" line="23"/>
        <location filename="../ui/NavigationPane.cpp" line="24"/>
        <location filename="../ui/NavigationPane.cpp" line="25"/>
        <location filename="../ui/NavigationPane.cpp" line="26"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NavigationPane.cpp" line="27"/>
        <location filename="../ui/NavigationPane.cpp" line="28"/>
        <location filename="../ui/NavigationPane.cpp" line="29"/>
        <location filename="../ui/NavigationPane.cpp" line="30"/>
        <location filename="../ui/NavigationPane.cpp" line="31"/>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NavigationPane.cpp" line="32"/>
        <source>Ladders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathPlanner</name>
    <message>
        <location filename="../core/path/PathPlanner.cpp" line="65"/>
        <source>Hired as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathRepository</name>
    <message>
        <location filename="../core/path/PathRepository.cpp" line="170"/>
        <source>There is already a scenario called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathRepository.cpp" line="194"/>
        <source>That scenario is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathRepository.cpp" line="209"/>
        <source>The plan&apos;s own path cannot be removed, only its what-if scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathRepository.cpp" line="235"/>
        <source>That milestone is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayRepository</name>
    <message>
        <location filename="../core/pay/PayRepository.cpp" line="105"/>
        <source>There is already a package called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayValidator</name>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="40"/>
        <source>The base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="41"/>
        <source>The year 1 sign-on bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="42"/>
        <source>The year 2 sign-on bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="43"/>
        <source>The stock grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="44"/>
        <source>The refresher grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="45"/>
        <source>The yearly bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="46"/>
        <source>The share count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="47"/>
        <source>The share price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="68"/>
        <source>The base pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="69"/>
        <source>The bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="70"/>
        <source>The stock vested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFactory</name>
    <message>
        <location filename="../core/plan/PlanFactory.cpp" line="264"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFileGuard</name>
    <message>
        <location filename="../core/storage/PlanFileGuard.cpp" line="50"/>
        <source>%1 was moved, replaced or deleted on disk since it was opened; nothing more is written to it. Open the plan again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/AppLauncher.cpp" line="158"/>
        <location filename="../app/AppLauncher.cpp" line="181"/>
        <source>Career Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="67"/>
        <source>Bands adjusted by your assumptions (%1), not figures from the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="91"/>
        <source>Tick base salary or total compensation to see the bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="92"/>
        <source>No salary bands on this ladder yet: give its levels their bands with Level ▸ Edit Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="119"/>
        <location filename="../ui/pay/PayHistoryChart.cpp" line="86"/>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="119"/>
        <source>the bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="149"/>
        <source>%1 per year (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="149"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="173"/>
        <source>+ no fixed top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="186"/>
        <source>Midpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="212"/>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="212"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="220"/>
        <source>%1
%2: %3%4
Source: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="223"/>
        <source> (open-ended: can go higher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="233"/>
        <source>%1, %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="238"/>
        <source>Market reports: P25–P75, median, P10–P90, n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="270"/>
        <source>≈ %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="271"/>
        <source>Your base pay, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BandChartBuilder.cpp" line="272"/>
        <source>Your total pay, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareChart.cpp" line="15"/>
        <source>Compared levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareChart.cpp" line="51"/>
        <source>What each step up is worth, market median to median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareChart.cpp" line="52"/>
        <source>What each step up is worth, midpoint to midpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/EarningsChart.cpp" line="25"/>
        <location filename="../ui/path/EarningsChart.cpp" line="56"/>
        <location filename="../ui/path/PathTimelineChart.cpp" line="225"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/EarningsChart.cpp" line="35"/>
        <source>Earnings since today, scenario by scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/EarningsChart.cpp" line="36"/>
        <source>Expected pay along your path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/EarningsChart.cpp" line="70"/>
        <location filename="../ui/path/EarningsChart.cpp" line="127"/>
        <source>Earned since today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/EarningsChart.cpp" line="74"/>
        <source>Pay in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/EarningsChart.cpp" line="82"/>
        <location filename="../ui/pay/PayChart.cpp" line="80"/>
        <location filename="../ui/pay/PayHistoryChart.cpp" line="127"/>
        <source>Pay in the year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/EarningsChart.cpp" line="88"/>
        <source>Running total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/EarningsChart.cpp" line="106"/>
        <source>Earnings since today across %L1 simulated careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/EarningsChart.cpp" line="125"/>
        <source>Years from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/EarningsChart.cpp" line="134"/>
        <source>8 in 10 careers (P10 to P90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/EarningsChart.cpp" line="140"/>
        <source>Median (P50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="46"/>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathTimelineChart.cpp" line="32"/>
        <source>%1 milestones this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathTimelineChart.cpp" line="36"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathTimelineChart.cpp" line="50"/>
        <source>Level over time, scenario by scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathTimelineChart.cpp" line="51"/>
        <source>Your path: level over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathTimelineChart.cpp" line="104"/>
        <source>Planned path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathTimelineChart.cpp" line="127"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathTimelineChart.cpp" line="159"/>
        <source>Milestone done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathTimelineChart.cpp" line="160"/>
        <source>Milestone open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathTimelineChart.cpp" line="161"/>
        <source>Milestone overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathTimelineChart.cpp" line="191"/>
        <source>%1
%2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathTimelineChart.cpp" line="214"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayChart.cpp" line="108"/>
        <source>Pay per year, package by package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayChart.cpp" line="108"/>
        <source>Pay per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayChart.cpp" line="34"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayChart.cpp" line="35"/>
        <source>Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayChart.cpp" line="36"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayChart.cpp" line="37"/>
        <source>Refreshers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayChart.cpp" line="38"/>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayChart.cpp" line="62"/>
        <source>Y%1&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayChart.cpp" line="63"/>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartParts.cpp" line="52"/>
        <source>%1, in %2&lt;br&gt;&lt;small&gt;converted at %3&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayChart.cpp" line="156"/>
        <source>Pay per year in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryChart.cpp" line="40"/>
        <source>Your pay against the band of the level you held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryChart.cpp" line="56"/>
        <source>Your base pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryChart.cpp" line="58"/>
        <source>Your total pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryChart.cpp" line="68"/>
        <source>Pay in %1 is in %2 and the chart in %3: add an exchange rate to draw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryChart.cpp" line="86"/>
        <source>the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryChart.cpp" line="99"/>
        <source>Base band of the level held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryChart.cpp" line="100"/>
        <source>Total-compensation band of the level held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SessionPages.cpp" line="43"/>
        <source>My path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SessionPages.cpp" line="45"/>
        <source>Salary bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SessionPages.cpp" line="48"/>
        <source>Compare levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SessionPages.cpp" line="51"/>
        <source>Pay packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SessionPages.cpp" line="54"/>
        <source>Pay history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SessionPages.cpp" line="57"/>
        <source>Market pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SessionPages.cpp" line="60"/>
        <source>Skills &amp;&amp; stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SessionPages.cpp" line="63"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SessionPages.cpp" line="70"/>
        <source>Make a Skill Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SessionPages.cpp" line="77"/>
        <source>Promotion case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SessionPages.cpp" line="87"/>
        <source>Interview prep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SessionPages.cpp" line="107"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SessionPages.cpp" line="116"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillCharts.cpp" line="26"/>
        <source>Proficiency (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillCharts.cpp" line="42"/>
        <source>Choose a goal to see its progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillCharts.cpp" line="45"/>
        <source>%1: your ratings against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillCharts.cpp" line="47"/>
        <source>Your self-rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillCharts.cpp" line="62"/>
        <source>Target %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillCharts.cpp" line="65"/>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillCharts.cpp" line="75"/>
        <source>Check-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillCharts.cpp" line="94"/>
        <source>Set up your path to see the gaps for your next level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillCharts.cpp" line="95"/>
        <source>No skill expectations are set for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillCharts.cpp" line="98"/>
        <source>Skill gaps for %1, largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillCharts.cpp" line="99"/>
        <source>Expected at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillCharts.cpp" line="101"/>
        <source>You now (latest check-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillCharts.cpp" line="107"/>
        <source>%1 (gap %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/StepEditDialog.cpp" line="26"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/YearRangeEditor.cpp" line="18"/>
        <source> yrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AboutBox.cpp" line="9"/>
        <source>About Career Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AboutBox.cpp" line="10"/>
        <source>&lt;h3&gt;Career Planner %1&lt;/h3&gt;&lt;p&gt;Plan your own progression up a program or product management career ladder.&lt;/p&gt;&lt;p&gt;Reference ladders are drawn from the career guides named as each figure&apos;s source.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version; it comes with no warranty. Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SampleWindow.cpp" line="17"/>
        <source>Sample Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SampleWindow.cpp" line="18"/>
        <source>The sample plan could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarketBox.cpp" line="56"/>
        <source>n %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/MarketBox.cpp" line="79"/>
        <source>Market reports: %1
P10 %2 · P25 %3 · median %4 · P75 %5 · P90 %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalaryBand</name>
    <message>
        <location filename="../core/bands/SalaryBand.cpp" line="23"/>
        <source>Base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bands/SalaryBand.cpp" line="24"/>
        <source>Total compensation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopedTransaction</name>
    <message>
        <location filename="../core/storage/ScopedTransaction.h" line="37"/>
        <source>The plan file is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/ScopedTransaction.h" line="44"/>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillReadiness</name>
    <message>
        <location filename="../core/skills/SkillReadiness.cpp" line="12"/>
        <source>Readiness = (milestones + skills) / 2, where milestones = done ÷ milestones not dropped, and skills = Σ min(your level, expected) ÷ Σ expected over the skills the level expects; your level in a skill is your latest check-in on a goal in it (0 without one). Where one part has nothing to count, the other alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillTags</name>
    <message>
        <location filename="../core/skills/SkillTags.cpp" line="17"/>
        <source>“%1” is not a skill or Leadership Principle of this plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteRows</name>
    <message>
        <location filename="../core/storage/SqliteRows.cpp" line="36"/>
        <source>The plan is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteRows.cpp" line="111"/>
        <source>The read stopped before its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageRepository</name>
    <message>
        <location filename="../core/applications/StageRepository.cpp" line="28"/>
        <source>“%1” is not a principle or skill of this plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VestingPresets</name>
    <message>
        <location filename="../ui/widgets/VestingPresets.cpp" line="17"/>
        <source>Amazon: 5% / 15% / 40% / 40% (years 3-4 half-yearly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/VestingPresets.cpp" line="18"/>
        <source>25% a year for 4 years, yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/VestingPresets.cpp" line="19"/>
        <source>25% a year for 4 years, half-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/VestingPresets.cpp" line="20"/>
        <source>25% a year for 4 years, quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/VestingPresets.cpp" line="21"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearRange</name>
    <message>
        <location filename="../core/base/YearRange.cpp" line="14"/>
        <source>%1+ yrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/YearRange.cpp" line="15"/>
        <source>about %1 yrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/YearRange.cpp" line="17"/>
        <source>%1–%2%3 yrs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner</name>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="22"/>
        <source>Give the lowest number of years first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="26"/>
        <source>Years cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="28"/>
        <source>More than 60 years is not a career span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="30"/>
        <source>The most years must not be fewer than the least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="22"/>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="24"/>
        <source>%1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="56"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="64"/>
        <source>Unknown column “%1”; the columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="67"/>
        <source>Column “%1” is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="73"/>
        <source>The column “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="76"/>
        <source>There are no rows under the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="82"/>
        <source>%1 fields, but only one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="83"/>
        <source>%1 fields, but only %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="96"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="104"/>
        <source>%1: “%2” is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationCalendar.cpp" line="49"/>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationCalendar.cpp" line="50"/>
        <source>With %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationCalendar.cpp" line="53"/>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationCalendar.cpp" line="70"/>
        <location filename="../core/io/CsvImport.cpp" line="105"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dashboard/DashboardSummary.cpp" line="33"/>
        <source>your current job package, first year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dashboard/DashboardSummary.cpp" line="33"/>
        <source>your current base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dashboard/DashboardSummary.cpp" line="41"/>
        <source>what you were paid in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dashboard/DashboardSummary.cpp" line="41"/>
        <source>your base salary in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dashboard/DashboardSummary.cpp" line="55"/>
        <source>the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dashboard/DashboardSummary.cpp" line="59"/>
        <source>≈ %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="73"/>
        <source>Level held now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="73"/>
        <location filename="../ui/report/ReportDocument.cpp" line="82"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="74"/>
        <source>At this level since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="75"/>
        <source>Time at this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="76"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="77"/>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dashboard/DashboardSummary.cpp" line="55"/>
        <location filename="../ui/report/ReportDocument.cpp" line="82"/>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="84"/>
        <source>Pay against the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="86"/>
        <source>Next promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="86"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="87"/>
        <location filename="../ui/report/ReportDocument.cpp" line="120"/>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="90"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="90"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="97"/>
        <source>No path laid out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="108"/>
        <source>%1–%2 months, likely %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="111"/>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="120"/>
        <location filename="../ui/report/ReportDocument.cpp" line="166"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="120"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="120"/>
        <source>Time at level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="120"/>
        <source>Expected pay a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="124"/>
        <source>converted from %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="129"/>
        <source>≈: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="152"/>
        <source>The plan has no ladders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="166"/>
        <source>Base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="166"/>
        <source>Total compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="174"/>
        <source>No pay packages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="190"/>
        <location filename="../ui/report/ReportDocument.cpp" line="193"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="193"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="193"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="193"/>
        <source>Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="193"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="193"/>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="211"/>
        <source>No milestones yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="212"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="212"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="212"/>
        <location filename="../ui/report/ReportDocument.cpp" line="228"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="212"/>
        <location filename="../ui/report/ReportDocument.cpp" line="228"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="212"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="227"/>
        <source>No goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="228"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="228"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="228"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="234"/>
        <source>needs more stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="235"/>
        <source>Stories and feedback per Leadership Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="236"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="236"/>
        <source>Leadership Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="236"/>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanCleaner.cpp" line="90"/>
        <source>the records of “%1” cannot be copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanCleaner.cpp" line="99"/>
        <source>records in “%1” point to records that do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanCleaner.cpp" line="115"/>
        <source>the plan could not be backed up into %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanLock.cpp" line="65"/>
        <source>%1 cannot be locked for editing: %2 is a folder; remove or rename that folder, then open the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanLock.cpp" line="70"/>
        <source>%1 cannot be locked for editing: its name is too long for the lock file beside it; give the plan a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanLock.cpp" line="98"/>
        <source>process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanLock.cpp" line="99"/>
        <source>process %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanLock.cpp" line="100"/>
        <source>%1 is already open in another Career Planner (%2); close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanLock.cpp" line="104"/>
        <source>%1 cannot be locked for editing: there is no permission to write %2; allow writing in its folder, or open a copy of the plan kept elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanLock.cpp" line="109"/>
        <source>%1 cannot be locked for editing: %2 cannot be made or read; remove it if no Career Planner has the plan open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/LevelUse.cpp" line="28"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="42"/>
        <source>too few reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/PromotionCaseBuilder.cpp" line="79"/>
        <source>Finish the milestone “%1” and write down its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/PromotionCaseBuilder.cpp" line="89"/>
        <source>Tag a STAR story or a feedback quote with %1, or add a milestone to this step that shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/PromotionCaseBuilder.cpp" line="90"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/PromotionCaseBuilder.cpp" line="91"/>
        <source>Write a STAR story that shows this, ask for feedback on it, or add a milestone to this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="22"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::AdjustmentPanel</name>
    <message>
        <location filename="../ui/bands/AdjustmentPanel.cpp" line="38"/>
        <source>Apply &amp;my assumptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/AdjustmentPanel.cpp" line="46"/>
        <source>The product guide names location and business unit as factors in pay but gives no numbers. These multipliers are your own guesses; bands drawn with them say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/AdjustmentPanel.cpp" line="48"/>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/AdjustmentPanel.cpp" line="49"/>
        <location filename="../ui/bands/AdjustmentPanel.cpp" line="60"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/AdjustmentPanel.cpp" line="50"/>
        <source>Location multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/AdjustmentPanel.cpp" line="51"/>
        <source>business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/AdjustmentPanel.cpp" line="52"/>
        <location filename="../ui/bands/AdjustmentPanel.cpp" line="64"/>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/AdjustmentPanel.cpp" line="53"/>
        <source>Business unit multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/AdjustmentPanel.cpp" line="93"/>
        <source>A multiplier is ×%1 to ×%2; this one is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/AdjustmentPanel.cpp" line="104"/>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/AdjustmentPanel.cpp" line="104"/>
        <source>Your assumptions were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::AgreedActionModel</name>
    <message>
        <location filename="../ui/conversations/AgreedActionModel.cpp" line="9"/>
        <source>Agreed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/AgreedActionModel.cpp" line="9"/>
        <source>On the plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/AgreedActionModel.cpp" line="36"/>
        <source>Milestone for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/AgreedActionModel.cpp" line="38"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/AgreedActionModel.cpp" line="42"/>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/AgreedActionModel.cpp" line="44"/>
        <source>Skill goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/AgreedActionModel.cpp" line="56"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ApplicationAgenda</name>
    <message>
        <location filename="../core/applications/ApplicationAgenda.cpp" line="48"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationAgenda.cpp" line="51"/>
        <source>Decide on the offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ApplicationDialog</name>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="26"/>
        <source>Appl&amp;ied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="31"/>
        <source>Add Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="31"/>
        <source>Edit Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="35"/>
        <source>As the posting names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="37"/>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="97"/>
        <source>None chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="45"/>
        <source>A referral, the company&apos;s site, a recruiter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="47"/>
        <source>Who referred you, or the recruiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="65"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="66"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="67"/>
        <source>&amp;Ladder aimed at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="68"/>
        <source>Le&amp;vel aimed at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="69"/>
        <source>&amp;Found via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="70"/>
        <source>Con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="72"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationDialog.cpp" line="73"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ApplicationListModel</name>
    <message>
        <location filename="../ui/applications/ApplicationListModel.cpp" line="11"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationListModel.cpp" line="11"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationListModel.cpp" line="11"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationListModel.cpp" line="11"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationListModel.cpp" line="11"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationListModel.cpp" line="66"/>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationListModel.cpp" line="74"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ApplicationReminders</name>
    <message>
        <location filename="../core/applications/ApplicationReminders.cpp" line="84"/>
        <source>Prepare for “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationReminders.cpp" line="94"/>
        <source>Send a thank-you note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationReminders.cpp" line="99"/>
        <source>Ask about the decision: two weeks since the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationReminders.cpp" line="103"/>
        <source>Follow up: nothing heard for ten days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ApplicationReportSection</name>
    <message>
        <location filename="../ui/report/ApplicationReportSection.cpp" line="27"/>
        <source>No job applications recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ApplicationReportSection.cpp" line="39"/>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ApplicationReportSection.cpp" line="43"/>
        <source>1 open application; %1 ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ApplicationReportSection.cpp" line="44"/>
        <source>%1 open applications; %2 ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ApplicationReportSection.cpp" line="46"/>
        <location filename="../ui/report/ApplicationReportSection.cpp" line="56"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ApplicationReportSection.cpp" line="46"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ApplicationReportSection.cpp" line="46"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ApplicationReportSection.cpp" line="53"/>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ApplicationReportSection.cpp" line="55"/>
        <source>Nothing to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ApplicationReportSection.cpp" line="56"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ApplicationReportSection.cpp" line="56"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ApplicationStage</name>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="66"/>
        <source>A stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="69"/>
        <source>Keep the stage&apos;s name and the interviewer&apos;s name and role under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="72"/>
        <source>Keep the format under 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="74"/>
        <source>Keep the notes under 20000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="76"/>
        <source>“%1” is not a kind of stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="78"/>
        <source>The date must be a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="80"/>
        <source>A stage with a time needs its day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="82"/>
        <source>The duration must be between 0 minutes and a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="84"/>
        <source>“%1” is not a time zone this computer knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStage.cpp" line="86"/>
        <source>The rating is from %1 to %2, or none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ApplicationStagesPanel</name>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="29"/>
        <source>Add S&amp;tage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="31"/>
        <source>Make Pay &amp;Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="37"/>
        <source>Stages of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="49"/>
        <source>Adds the offer to Pay packages, beside your current job, and opens it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="60"/>
        <source>&amp;Edit Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="61"/>
        <source>Re&amp;move Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="62"/>
        <source>Earl&amp;ier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="63"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="104"/>
        <source>&lt;i&gt;Choose an application to see its stages and its offer.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="112"/>
        <source>Aiming at %1 on the %2 ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="115"/>
        <source>Found via %1 · contact %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="116"/>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="117"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="122"/>
        <source>No offer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="123"/>
        <source>Offer: %1 base, sign-on %2 and %3, stock %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="141"/>
        <source>Edit &amp;Offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="141"/>
        <source>Record &amp;Offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="179"/>
        <source>Remove Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="179"/>
        <source>Remove the stage “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="183"/>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="193"/>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="227"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="183"/>
        <source>The stage was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="193"/>
        <source>The stage was not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="225"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationStagesPanel.cpp" line="227"/>
        <source>The offer was not made a pay package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ApplicationStore</name>
    <message>
        <location filename="../core/applications/ApplicationStore.cpp" line="118"/>
        <source>Add application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStore.cpp" line="119"/>
        <source>Edit application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStore.cpp" line="157"/>
        <source>Remove application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStore.cpp" line="159"/>
        <location filename="../core/applications/ApplicationStore.cpp" line="174"/>
        <location filename="../core/applications/ApplicationStore.cpp" line="227"/>
        <location filename="../core/applications/ApplicationStore.cpp" line="255"/>
        <source>That application is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStore.cpp" line="179"/>
        <source>Add stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStore.cpp" line="180"/>
        <source>Edit stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStore.cpp" line="196"/>
        <location filename="../core/applications/ApplicationStore.cpp" line="208"/>
        <source>That stage is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStore.cpp" line="199"/>
        <source>Remove stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStore.cpp" line="219"/>
        <source>Move stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStore.cpp" line="230"/>
        <source>Edit offer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStore.cpp" line="241"/>
        <source>That offer is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStore.cpp" line="244"/>
        <source>Remove offer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStore.cpp" line="259"/>
        <source>Mark done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ApplicationStore.cpp" line="260"/>
        <source>Dismiss: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ApplicationsPage</name>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="39"/>
        <source>Search applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="39"/>
        <source>Job applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="39"/>
        <source>&amp;Add Application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="40"/>
        <source>Any principle probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="46"/>
        <source>&amp;Thank-You Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="52"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="54"/>
        <source>Open or ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="55"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="55"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="56"/>
        <source>Export &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="58"/>
        <source>Saves the chosen application&apos;s interviews, or every one to come, as an iCalendar file that calendar programs import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="65"/>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="87"/>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="81"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="82"/>
        <source>Dis&amp;miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="106"/>
        <source>&amp;Add an Application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="109"/>
        <source>Each job you apply for, through its recruiter screen, phone screens, writing exercise, loop and offer: the stages come from your ladder&apos;s guide, with a reminder before each interview, the thank-you note and the follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="201"/>
        <source>Remove Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="202"/>
        <source>Remove the application “%1” with its stages and offer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="205"/>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="217"/>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="244"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="205"/>
        <source>The application was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="217"/>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="244"/>
        <source>The reminder was not marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="257"/>
        <source>Export the Application&apos;s Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="257"/>
        <source>Export Interviews to Come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="258"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="264"/>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="264"/>
        <source>The calendar was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::BandAdjustment</name>
    <message>
        <location filename="../core/bands/BandAdjustment.cpp" line="37"/>
        <source>Adjusted by your assumptions (%1) from: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bands/BandAdjustment.cpp" line="45"/>
        <source>location %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bands/BandAdjustment.cpp" line="48"/>
        <source>business unit %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bands/BandAdjustment.cpp" line="56"/>
        <source>A multiplier must be between ×0.50 and ×2.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/bands/BandAdjustment.cpp" line="59"/>
        <source>Keep the labels under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::BandChartPage</name>
    <message>
        <location filename="../ui/bands/BandChartPage.cpp" line="27"/>
        <source>&amp;Overlay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/BandChartPage.cpp" line="29"/>
        <source>&amp;Base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/BandChartPage.cpp" line="30"/>
        <source>&amp;Total compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/BandChartPage.cpp" line="31"/>
        <source>&amp;Market reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/BandChartPage.cpp" line="37"/>
        <source>Ladder to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/BandChartPage.cpp" line="40"/>
        <source>Ladder to overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/BandChartPage.cpp" line="56"/>
        <source>Where the market reports of each level sit: a box from the 25th to the 75th percentile, a line at the median, whiskers to the 10th and 90th, and n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/BandChartPage.cpp" line="60"/>
        <source>&amp;Save Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/BandChartPage.cpp" line="62"/>
        <source>La&amp;dder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/BandChartPage.cpp" line="147"/>
        <source>The sources give no salary figures for this ladder. Edit a level to add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/BandChartPage.cpp" line="148"/>
        <source>Bars run from each band&apos;s minimum to its maximum; a fading end and “+” mark a band with no fixed top. Hover a bar for exact figures and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bands/BandChartPage.cpp" line="150"/>
        <source> Boxes: the market reports of a level with at least %1 of them (Market pay).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::BandEditor</name>
    <message>
        <location filename="../ui/ladders/BandEditor.cpp" line="19"/>
        <source>open-ended (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/BandEditor.cpp" line="27"/>
        <source>%1 minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/BandEditor.cpp" line="28"/>
        <source>%1 maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/BandEditor.cpp" line="29"/>
        <source>minimum, e.g. 80000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/BandEditor.cpp" line="30"/>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/BandEditor.cpp" line="31"/>
        <source>Tick when pay can go above the top figure, as in “$150,000+”. Leave the maximum empty when the source gives only a floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/BandEditor.cpp" line="65"/>
        <source>Enter a minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/BandEditor.cpp" line="72"/>
        <source>Check the minimum. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/BandEditor.cpp" line="77"/>
        <source>Check the maximum. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/BandEditor.cpp" line="88"/>
        <source>Entered by you on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::BranchComboBox</name>
    <message>
        <location filename="../ui/widgets/BranchComboBox.cpp" line="29"/>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BranchComboBox.cpp" line="29"/>
        <source>Individual contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BranchComboBox.cpp" line="30"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BranchComboBox.cpp" line="40"/>
        <source>Many people on the individual-contributor branch stay at %1: choose it as the target level to stop there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::CareerConversation</name>
    <message>
        <location filename="../core/conversations/CareerConversation.cpp" line="50"/>
        <source>A conversation needs the day it was held, a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/CareerConversation.cpp" line="55"/>
        <source>Say whom the conversation was with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/CareerConversation.cpp" line="57"/>
        <source>Keep the name under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/CareerConversation.cpp" line="59"/>
        <source>Keep what you asked for and the feedback under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/CareerConversation.cpp" line="62"/>
        <source>An agreed action needs words: remove the empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/CareerConversation.cpp" line="64"/>
        <source>Keep each agreed action under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/CareerConversation.cpp" line="68"/>
        <source>The next conversation&apos;s date must be a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/CareerConversation.cpp" line="70"/>
        <source>The next conversation comes after this one: date it later than %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::CaseCriterionModel</name>
    <message>
        <location filename="../ui/promotion/CaseCriterionModel.cpp" line="8"/>
        <source>What the level asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/CaseCriterionModel.cpp" line="8"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/CaseCriterionModel.cpp" line="34"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/CaseCriterionModel.cpp" line="35"/>
        <source>1 piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/CaseCriterionModel.cpp" line="35"/>
        <source>%1 pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/CaseCriterionModel.cpp" line="37"/>
        <source>%1

No evidence yet. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::CaseEvidenceModel</name>
    <message>
        <location filename="../ui/promotion/CaseEvidenceModel.cpp" line="15"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/CaseEvidenceModel.cpp" line="15"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/CaseEvidenceModel.cpp" line="15"/>
        <source>Why it is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/CaseEvidenceModel.cpp" line="67"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/CaseEvidenceModel.cpp" line="72"/>
        <source>left out by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/CaseEvidenceModel.cpp" line="74"/>
        <source>not in: tick to put it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/CaseEvidenceModel.cpp" line="75"/>
        <source>suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/CaseEvidenceModel.cpp" line="75"/>
        <source>put in by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/CaseEvidenceModel.cpp" line="81"/>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ChartExporter</name>
    <message>
        <location filename="../ui/charts/ChartExporter.cpp" line="69"/>
        <source>Save charts as .png or .svg files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartExporter.cpp" line="74"/>
        <source>Choose a size from %1 to %2 pixels a side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartExporter.cpp" line="89"/>
        <source>Cannot encode the PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ChartView</name>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="90"/>
        <source>Save Chart As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="86"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="87"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="90"/>
        <source>Save Chart “%1” As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="99"/>
        <source>Chart Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="99"/>
        <source>Width × height in pixels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="107"/>
        <source>Give the size as width × height, for example 1600x900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="110"/>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/ChartView.cpp" line="116"/>
        <source>Save Chart As…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::CheckInDialog</name>
    <message>
        <location filename="../ui/skills/CheckInDialog.cpp" line="24"/>
        <source>Check In: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/CheckInDialog.cpp" line="30"/>
        <source>1 = learning, 3 = does it unaided, 5 = sets the bar for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/CheckInDialog.cpp" line="32"/>
        <source>What shows it: a document, a launch, feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/CheckInDialog.cpp" line="34"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/CheckInDialog.cpp" line="35"/>
        <source>&amp;Proficiency now (1-5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/CheckInDialog.cpp" line="36"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/CheckInDialog.cpp" line="58"/>
        <source>A check-in rates proficiency from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::CheckInModel</name>
    <message>
        <location filename="../ui/skills/CheckInModel.cpp" line="10"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/CheckInModel.cpp" line="10"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/CheckInModel.cpp" line="10"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ComingUpCard</name>
    <message>
        <location filename="../ui/dashboard/ComingUpCard.cpp" line="28"/>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ComingUpCard.cpp" line="34"/>
        <source>Coming up for your applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ComingUpCard.cpp" line="35"/>
        <source>Click to open the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ComingUpCard.cpp" line="47"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ComingUpCard.cpp" line="47"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ComingUpCard.cpp" line="47"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ComingUpCard.cpp" line="83"/>
        <source>Applying for a job? Add it on Applications: its interviews, thank-you note and follow-ups will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ComingUpCard.cpp" line="85"/>
        <source>No interviews in the next %1 days, and nothing to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="20"/>
        <source>Career Planner: plan your progression up a management career ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="21"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="23"/>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="25"/>
        <source>Create plan FILE with the reference ladders (FILE must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="26"/>
        <source>With --new: add an example person&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="27"/>
        <source>Write plan FILE as JSON to stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="29"/>
        <source>Create plan FILE from the JSON export JSON; all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="32"/>
        <source>Check plan FILE (integrity, links, schema, rules) and print the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="34"/>
        <source>Print the pay projection of plan FILE as CSV, a row per package and year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="36"/>
        <source>With --pay-table or --export-chart pay: years to project (1-10, default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="39"/>
        <source>Draw a chart of plan FILE (bands, compare or pay) into --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="51"/>
        <source>Write plan FILE&apos;s interviews still to come (or one application&apos;s, with --application) as an iCalendar file to --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="58"/>
        <source>With --export-ics: only this application&apos;s interviews (its company, or &quot;Company: Role&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="68"/>
        <source>With --new: when you reached it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="70"/>
        <source>With --new: your base salary a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="73"/>
        <source>With --new: your total compensation a year, base included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="76"/>
        <source>With --new: the level you aim for (default: Vice President, or the top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="79"/>
        <source>With --export-chart: the ladder to draw; with --new: the ladder you are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="92"/>
        <source>Add the pay reports of CSV (Levels.fyi, H-1B or your own sheet) to plan FILE, as one edit; print how many were added and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="96"/>
        <source>Print the percentiles of plan FILE&apos;s market reports as CSV, a row per matched level and one for all levels, per job family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="98"/>
        <source>With --market-table: only this company&apos;s reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="101"/>
        <source>With --market-table: only this job family (&quot;Product Manager&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="221"/>
        <source>--ladder goes with --export-chart or --new, --size with --export-chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="228"/>
        <source>--new sets up a plan with --ladder NAME, --level TITLE and --since YYYY-MM-DD (a date that exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="232"/>
        <source>--sample makes the example person&apos;s plan: leave out --ladder, --level and the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="240"/>
        <source>--application goes with --export-ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="243"/>
        <source>--export-ics needs --output OUT.ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="81"/>
        <source>With --export-chart: image size (default 1200x700).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="48"/>
        <source>Write the report of plan FILE (profile, path, bands, pay, milestones, goals, interviews) as a PDF to --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="43"/>
        <source>Write plan FILE&apos;s goals, checkins, stories, questions, attempts, applications, conversations or feedback as CSV to --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="54"/>
        <source>Write the case for plan FILE&apos;s next promotion (or the step to --level) as PDF or Markdown to --output (.pdf or .md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="61"/>
        <source>With --export-chart (.png or .svg), --export-csv (.csv), --export-ics (.ics), --report (.pdf) or --promotion-case (.pdf or .md): the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="65"/>
        <source>With --new: the level you hold (its title); with --promotion-case: the level the case is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="85"/>
        <source>Simulate plan FILE&apos;s path; print P10/P50/P90 dates of reaching each level as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="86"/>
        <source>With --simulate: careers to simulate (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="89"/>
        <source>With --simulate: random seed, for repeatable results (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="104"/>
        <source>Open the window and quit after its first paint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="110"/>
        <source>The plan file (default: your default plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="123"/>
        <source>Give at most one plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="186"/>
        <source>Give one command at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="202"/>
        <source>That command needs a plan FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="205"/>
        <source>--years must be a whole number from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="209"/>
        <source>--years goes with --pay-table or --export-chart pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="212"/>
        <source>--runs and --seed go with --simulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="215"/>
        <source>--runs must be a whole number from 1 to 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="218"/>
        <source>--seed must be a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="224"/>
        <source>--since, --base, --total and --target go with --new, --level with --new or --promotion-case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="237"/>
        <source>--output goes with --export-chart, --export-csv, --export-ics, --report or --promotion-case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="246"/>
        <source>--report needs --output OUT.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="250"/>
        <source>--promotion-case needs --output OUT.pdf or OUT.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="258"/>
        <source>--export-csv takes goals, checkins, stories, questions, attempts, applications, conversations or feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="262"/>
        <source>--export-csv needs --output OUT.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="267"/>
        <source>--export-chart takes bands, compare or pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="270"/>
        <source>--export-chart needs --output OUT.png or OUT.svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="273"/>
        <source>--size takes width x height in pixels, for example 1600x900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="276"/>
        <source>--company and --title go with --market-table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="279"/>
        <source>--sample goes with --new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ComparePage</name>
    <message>
        <location filename="../ui/compare/ComparePage.cpp" line="38"/>
        <source>Levels to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/ComparePage.cpp" line="41"/>
        <source>Pay to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/ComparePage.cpp" line="44"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/ComparePage.cpp" line="57"/>
        <source>Tick two to four &amp;levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/ComparePage.cpp" line="66"/>
        <source>Com&amp;pare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/ComparePage.cpp" line="111"/>
        <source>Market median base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/ComparePage.cpp" line="112"/>
        <source>Market median total compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/ComparePage.cpp" line="130"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/ComparePage.cpp" line="148"/>
        <location filename="../ui/compare/ComparePage.cpp" line="159"/>
        <source>Tick at least two levels to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/ComparePage.cpp" line="149"/>
        <source>Figures from the market reports matched to each level (Market pay): P25, median and P75, each step median to median; n is the number of reports, and a level with fewer than %1 shows “—”. The bars are the guides&apos; ranges, the boxes the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/ComparePage.cpp" line="161"/>
        <source>Levels without a %1 figure show “—”; switch to the other kind of pay or add your own figures in the ladder browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/ComparePage.cpp" line="165"/>
        <source>Figures adjusted by your assumptions (%1), set on the Salary bands page; not figures from the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/ComparePage.cpp" line="169"/>
        <source>Steps are midpoint to midpoint. ≥ means at least (the higher band has no fixed top), ≤ at most, ≈ approximately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/ComparePage.cpp" line="173"/>
        <source>Converted at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::CompareTableModel</name>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="74"/>
        <source>no top (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="97"/>
        <source>Midpoint to midpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="97"/>
        <source>Market median to median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="99"/>
        <source>At least this much: this level&apos;s band has no fixed top, so its midpoint is a floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="101"/>
        <source>At most this much: the level below has no fixed top, so its midpoint is a floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="103"/>
        <source>Approximate: neither band has a fixed top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="118"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="120"/>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="120"/>
        <source>P25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="122"/>
        <source>Midpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="122"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="124"/>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="124"/>
        <source>P75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="126"/>
        <source>Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="128"/>
        <source>Step up %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ConversationDialog</name>
    <message>
        <location filename="../ui/conversations/ConversationDialog.cpp" line="21"/>
        <source>&amp;Booked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationDialog.cpp" line="24"/>
        <source>Log Career Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationDialog.cpp" line="24"/>
        <source>Edit Career Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationDialog.cpp" line="28"/>
        <source>Whom you spoke with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationDialog.cpp" line="34"/>
        <source>The level you aim for, the support you asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationDialog.cpp" line="36"/>
        <source>What you heard: strengths, what to develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationDialog.cpp" line="42"/>
        <source>One action a line; each can become a milestone or a skill goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationDialog.cpp" line="56"/>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationDialog.cpp" line="57"/>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationDialog.cpp" line="58"/>
        <source>&amp;Who is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationDialog.cpp" line="59"/>
        <source>I &amp;asked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationDialog.cpp" line="60"/>
        <source>&amp;Feedback heard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationDialog.cpp" line="61"/>
        <source>We a&amp;greed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationDialog.cpp" line="62"/>
        <source>Next conversation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ConversationDueLine</name>
    <message>
        <location filename="../ui/dashboard/ConversationDueLine.cpp" line="14"/>
        <source>Con&amp;versations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ConversationDueLine.cpp" line="22"/>
        <source>Your career conversations and what they agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ConversationDueLine.cpp" line="41"/>
        <source>Next career conversation with %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ConversationDueLine.cpp" line="42"/>
        <source>Next career conversation with %1: due by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ConversationModel</name>
    <message>
        <location filename="../ui/conversations/ConversationModel.cpp" line="10"/>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationModel.cpp" line="10"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationModel.cpp" line="10"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationModel.cpp" line="10"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationModel.cpp" line="34"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationModel.cpp" line="38"/>
        <source>nothing agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationModel.cpp" line="40"/>
        <source>1 action, on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationModel.cpp" line="40"/>
        <source>1 action, not on the plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationModel.cpp" line="41"/>
        <source>%1 actions, %2 on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationModel.cpp" line="44"/>
        <source>not booked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ConversationRhythm</name>
    <message>
        <location filename="../core/conversations/ConversationRhythm.cpp" line="35"/>
        <source>No career conversation with your manager logged yet: the guide asks for one at least once a year. Say what you aim for, ask for feedback, agree what to develop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationRhythm.cpp" line="54"/>
        <source>The career conversation booked for %1 is not logged yet: log it, or book the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationRhythm.cpp" line="56"/>
        <source>No career conversation for %1, since %2 with %3: book the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationRhythm.cpp" line="59"/>
        <source>Career conversation on %1: prepare what you will ask for and the feedback you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationRhythm.cpp" line="62"/>
        <source>A career conversation is due by %1, %2 after the last one with %3: book it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ConversationStore</name>
    <message>
        <location filename="../core/conversations/ConversationStore.cpp" line="86"/>
        <source>Add conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationStore.cpp" line="87"/>
        <source>Edit conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationStore.cpp" line="100"/>
        <source>Remove conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationStore.cpp" line="101"/>
        <source>That conversation is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationStore.cpp" line="115"/>
        <source>Hold career conversations every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationStore.cpp" line="126"/>
        <source>That agreed action is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationStore.cpp" line="131"/>
        <source>That action is already on the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationStore.cpp" line="145"/>
        <source>That step is no longer on your path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationStore.cpp" line="152"/>
        <source>Make “%1” a milestone of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationStore.cpp" line="166"/>
        <source>Make “%1” a skill goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationStore.cpp" line="185"/>
        <source>Add feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationStore.cpp" line="185"/>
        <source>Edit feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationStore.cpp" line="197"/>
        <source>Remove feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/ConversationStore.cpp" line="198"/>
        <source>That feedback is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ConversationsPage</name>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="35"/>
        <source>Search names, what you asked for, feedback, actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="36"/>
        <source>Career conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="36"/>
        <source>&amp;Log Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="43"/>
        <source>Make &amp;Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="44"/>
        <source>Make Skill &amp;Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="51"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="53"/>
        <source>The guide asks for a career conversation with your manager at least once a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="56"/>
        <source>What the conversation agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="60"/>
        <source>Step of your path for the milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="62"/>
        <source>The chosen action becomes a planned milestone of the step, in one undo step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="65"/>
        <source>Meet your manager at least every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="71"/>
        <source>For &amp;step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="82"/>
        <source>&lt;b&gt;What we agreed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="89"/>
        <source>&amp;Log a First Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="93"/>
        <source>Your career conversations with your manager, a skip-level manager or a mentor: what you asked for, the feedback you heard, what you agreed. The guide asks for one with your manager at least once a year; each agreed action can become a milestone or a skill goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="112"/>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="235"/>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="246"/>
        <source>Career Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="112"/>
        <source>The rhythm was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="135"/>
        <source>No career conversation with your manager logged yet: have one and log it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="137"/>
        <source>Next conversation with %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="139"/>
        <source>Last conversation with %1 on %2; the next is due by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="166"/>
        <source>&lt;i&gt;Choose a conversation to read it and act on what was agreed.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="172"/>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="174"/>
        <source>I asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="174"/>
        <source>Feedback heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="182"/>
        <source>Next one booked for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="193"/>
        <source>The chosen action becomes a planned milestone of the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="194"/>
        <source>Lay out your path first: it has no step to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="230"/>
        <source>Remove Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="231"/>
        <source>Remove the conversation with %1 on %2? Milestones and goals made from it stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="235"/>
        <source>The conversation was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/ConversationsPage.cpp" line="246"/>
        <source>The milestone was not made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::CoverageModel</name>
    <message>
        <location filename="../ui/stories/CoverageModel.cpp" line="48"/>
        <source>Fewer than %1 stories: interviewers probe every principle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/CoverageModel.cpp" line="11"/>
        <source>Leadership Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/CoverageModel.cpp" line="11"/>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/CoverageModel.cpp" line="11"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::CsvImport</name>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="151"/>
        <source>year “%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="153"/>
        <source>%1 is already on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="157"/>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="158"/>
        <source>bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="160"/>
        <source>stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="182"/>
        <source>Imported from CSV on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="192"/>
        <source>“%1” is already on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="197"/>
        <source>“%1” is already a level of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="205"/>
        <source>years %1 “%2” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="249"/>
        <location filename="../core/io/CsvImport.cpp" line="268"/>
        <source>Nothing was imported: the file has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="253"/>
        <source>Import %1 pay years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvImport.cpp" line="273"/>
        <source>Import %1 levels into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::CsvImportDialog</name>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="67"/>
        <source>Import Pay History from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="67"/>
        <source>Import Levels from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="69"/>
        <source>A .csv file saved from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="77"/>
        <source>&amp;Into ladder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="81"/>
        <source>The first row names the columns, in any order: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="83"/>
        <source>Only year and base are needed; a year the plan has already is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="84"/>
        <source>Only title is needed; a maximum written “150000+” makes the band open-ended. The levels go after the ladder&apos;s last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="90"/>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="91"/>
        <source>Problems, by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="94"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="126"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="160"/>
        <location filename="../ui/import/CsvImportDialog.cpp" line="174"/>
        <location filename="../ui/import/CsvImportDialog.cpp" line="188"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="160"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="160"/>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="160"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="160"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="160"/>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="160"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="174"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="174"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="174"/>
        <source>Typical years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="174"/>
        <source>Base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="174"/>
        <source>Total compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="188"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="199"/>
        <source>Choose a file to see what it would add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="202"/>
        <source>1 problem below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="202"/>
        <source>%1 problems below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="203"/>
        <source>Nothing is imported until every row is valid; fix the file and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="205"/>
        <source>1 row ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="205"/>
        <source>%1 rows ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/CsvImportDialog.cpp" line="215"/>
        <source>Nothing was imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::CsvReader</name>
    <message>
        <location filename="../core/base/CsvReader.cpp" line="98"/>
        <source>Line %1: a quote inside a field that does not start with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/CsvReader.cpp" line="106"/>
        <source>Line %1: text after a closing quote; a separator should come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/CsvReader.cpp" line="114"/>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::CsvReader::Problem</name>
    <message>
        <location filename="../core/base/CsvReader.cpp" line="23"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::CurrencyConverter</name>
    <message>
        <location filename="../core/base/CurrencyConverter.cpp" line="102"/>
        <source>%1 %2 per %3, your rate of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/CurrencyConverter.cpp" line="108"/>
        <source>%1 is in %2 and %3 in %4: add an exchange rate to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::CurrencyNotice</name>
    <message>
        <location filename="../ui/currency/CurrencyNotice.cpp" line="19"/>
        <source>E&amp;xchange Rates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="39"/>
        <source>1 day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="41"/>
        <source>%1 days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="43"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="45"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="46"/>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="102"/>
        <source>Where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="112"/>
        <source>%p% of the way through the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="113"/>
        <source>Position in the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="114"/>
        <source>Pay &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="116"/>
        <source>What you were paid each year, against your level&apos;s band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="118"/>
        <source>&amp;Set Up My Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="139"/>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="277"/>
        <source>Next promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="146"/>
        <source>Ready: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="147"/>
        <source>Readiness for the next promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="150"/>
        <source>My &amp;path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="152"/>
        <source>The steps of your path and their milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="166"/>
        <source>Milestones overdue or due within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="168"/>
        <source>Milestones overdue or due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="169"/>
        <source>Click a milestone to open it on your path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="172"/>
        <source>Nothing is overdue, and nothing is due in the next %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="185"/>
        <source>Largest skill gaps for the next promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="187"/>
        <source>Largest skill gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="188"/>
        <source>Click a skill to open its goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="218"/>
        <source>Not on the ladder yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="220"/>
        <source>On your way onto %1: lay out your path on My path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="221"/>
        <source>On your way to be hired as %1 (%2): your path starts with getting hired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="224"/>
        <source>No level chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="225"/>
        <source>Here you will see where you stand on your ladder, your pay against its band and your next promotion. A few questions set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="228"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="229"/>
        <source>Since %1: %2 at this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="232"/>
        <source>No start date at this level yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="236"/>
        <source>Pay: %1 a year (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="238"/>
        <source>No pay recorded yet: add your current job on Pay packages or a year on Pay history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="242"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="244"/>
        <source>“%1” is no longer a level of %2, so it has no band here: choose the level you hold with Lay Out Path on My path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="248"/>
        <source>The sources give no band for this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="251"/>
        <source>Below the band by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="254"/>
        <source>Above the band by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="259"/>
        <source>Within the band, which is open at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="277"/>
        <source>Next step: getting hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="278"/>
        <source>No promotion ahead on your path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="282"/>
        <source>Target date %1 has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="283"/>
        <source>Target date %1, in about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="291"/>
        <source>Milestones done: %1. Skills against what the level expects: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="299"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="299"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="299"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="319"/>
        <source>%1 overdue and %2 due soon in all; the others are on My path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="332"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="332"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="332"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="332"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="336"/>
        <source>Open the goal for this skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="336"/>
        <source>No goal for this skill yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="349"/>
        <source>No promotion ahead on your path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="350"/>
        <source>Your skills meet what %1 expects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::DashboardSummary</name>
    <message>
        <location filename="../core/dashboard/DashboardSummary.cpp" line="159"/>
        <source>less than a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dashboard/DashboardSummary.cpp" line="163"/>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dashboard/DashboardSummary.cpp" line="163"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dashboard/DashboardSummary.cpp" line="169"/>
        <source>%1 %2</source>
        <comment>years, then months</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::DraftModel</name>
    <message>
        <location filename="../ui/interviews/DraftModel.cpp" line="11"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/DraftModel.cpp" line="11"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/DraftModel.cpp" line="11"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::DraftRepository</name>
    <message>
        <location filename="../core/interviews/DraftRepository.cpp" line="31"/>
        <source>A draft needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/DraftRepository.cpp" line="33"/>
        <source>Keep the title under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/DraftRepository.cpp" line="35"/>
        <source>A draft holds at most %1 characters; the exercise asks for a page or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/DraftRepository.cpp" line="37"/>
        <source>The date must be a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::EmptyStateStack</name>
    <message>
        <location filename="../ui/widgets/EmptyStateStack.cpp" line="69"/>
        <source>How this page works (user guide)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ExchangeRate</name>
    <message>
        <location filename="../core/base/ExchangeRate.cpp" line="58"/>
        <source>A currency is a three-letter ISO code, such as USD, EUR or INR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/ExchangeRate.cpp" line="60"/>
        <source>A rate is between two different currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/ExchangeRate.cpp" line="62"/>
        <source>Give the rate: what one %1 is worth in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/ExchangeRate.cpp" line="64"/>
        <source>“%1” is not a rate: write a positive number such as 0.012 or 83.25, with at most 12 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/ExchangeRate.cpp" line="68"/>
        <source>Give the date the rate is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/ExchangeRate.cpp" line="70"/>
        <source>Keep the note under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ExchangeRateDialog</name>
    <message>
        <location filename="../ui/currency/ExchangeRateDialog.cpp" line="45"/>
        <source>Edit Exchange Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRateDialog.cpp" line="45"/>
        <source>Add Exchange Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRateDialog.cpp" line="51"/>
        <source>offer letter, bank rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRateDialog.cpp" line="55"/>
        <source>&amp;1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRateDialog.cpp" line="59"/>
        <source>is &amp;worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRateDialog.cpp" line="63"/>
        <source>&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRateDialog.cpp" line="68"/>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRateDialog.cpp" line="69"/>
        <source>For the &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRateDialog.cpp" line="70"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRateDialog.cpp" line="102"/>
        <source>So 1 %1 is worth about %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ExchangeRateModel</name>
    <message>
        <location filename="../ui/currency/ExchangeRateModel.cpp" line="11"/>
        <source>Currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRateModel.cpp" line="11"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRateModel.cpp" line="11"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRateModel.cpp" line="11"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRateModel.cpp" line="31"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRateModel.cpp" line="33"/>
        <source>1 %1 = %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ExchangeRateRepository</name>
    <message>
        <location filename="../core/pay/ExchangeRateRepository.cpp" line="85"/>
        <source>The plan already has a rate between %1 and %2: change that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/ExchangeRateRepository.cpp" line="117"/>
        <source>A currency is a three-letter ISO code, such as USD, EUR or INR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ExchangeRatesDialog</name>
    <message>
        <location filename="../ui/currency/ExchangeRatesDialog.cpp" line="28"/>
        <source>&amp;Edit Rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRatesDialog.cpp" line="29"/>
        <source>Re&amp;move Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRatesDialog.cpp" line="31"/>
        <source>Currencies and Exchange Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRatesDialog.cpp" line="32"/>
        <source>Amounts in different currencies are compared, added up or drawn on one chart only through a rate of yours, and every converted amount says which. Career Planner has no network: enter the rates you trust, with the date they are for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRatesDialog.cpp" line="39"/>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRatesDialog.cpp" line="42"/>
        <source>&amp;Add Rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRatesDialog.cpp" line="52"/>
        <source>&amp;Show amounts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRatesDialog.cpp" line="111"/>
        <source>%1, your current job&apos;s (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRatesDialog.cpp" line="120"/>
        <source>The display currency was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/currency/ExchangeRatesDialog.cpp" line="169"/>
        <source>The rate was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::FeedbackDialog</name>
    <message>
        <location filename="../ui/conversations/FeedbackDialog.cpp" line="23"/>
        <source>&amp;Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackDialog.cpp" line="26"/>
        <source>Add Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackDialog.cpp" line="26"/>
        <source>Edit Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackDialog.cpp" line="28"/>
        <source>The words as they were said or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackDialog.cpp" line="32"/>
        <source>Who said it (may be left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackDialog.cpp" line="51"/>
        <source>&amp;Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackDialog.cpp" line="52"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackDialog.cpp" line="53"/>
        <source>&amp;Who is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackDialog.cpp" line="54"/>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackDialog.cpp" line="44"/>
        <source>Leadership &amp;Principles it speaks to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackDialog.cpp" line="44"/>
        <source>S&amp;kills it speaks to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::FeedbackModel</name>
    <message>
        <location filename="../ui/conversations/FeedbackModel.cpp" line="11"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackModel.cpp" line="11"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackModel.cpp" line="11"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackModel.cpp" line="11"/>
        <source>Speaks to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackModel.cpp" line="39"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::FeedbackPanel</name>
    <message>
        <location filename="../ui/conversations/FeedbackPanel.cpp" line="25"/>
        <source>Search the words and who said them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackPanel.cpp" line="25"/>
        <source>Feedback received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackPanel.cpp" line="26"/>
        <source>&amp;Add Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackPanel.cpp" line="26"/>
        <source>Any principle or skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackPanel.cpp" line="35"/>
        <source>&amp;Add a First Quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackPanel.cpp" line="38"/>
        <source>Feedback you received, in the giver&apos;s words: from a review, a message, a conversation. Tag each quote with the principles and skills it speaks to, and the promotion case cites it as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackPanel.cpp" line="76"/>
        <source>Remove Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackPanel.cpp" line="77"/>
        <source>Remove the feedback from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackPanel.cpp" line="80"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/conversations/FeedbackPanel.cpp" line="80"/>
        <source>The feedback was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::FeedbackQuote</name>
    <message>
        <location filename="../core/conversations/FeedbackQuote.cpp" line="52"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/FeedbackQuote.cpp" line="58"/>
        <source>Feedback needs the words you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/FeedbackQuote.cpp" line="60"/>
        <source>Keep the quote under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/FeedbackQuote.cpp" line="62"/>
        <source>Keep the name under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/conversations/FeedbackQuote.cpp" line="64"/>
        <source>The date received must be a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::FilteredRecordList</name>
    <message>
        <location filename="../ui/widgets/FilteredRecordList.cpp" line="46"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilteredRecordList.cpp" line="47"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilteredRecordList.cpp" line="54"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::GoalDialog</name>
    <message>
        <location filename="../ui/skills/GoalDialog.cpp" line="25"/>
        <source>&amp;By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalDialog.cpp" line="31"/>
        <source>Add Skill Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalDialog.cpp" line="31"/>
        <source>Edit Skill Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalDialog.cpp" line="33"/>
        <source>(choose a skill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalDialog.cpp" line="36"/>
        <source>%1 (Leadership Principle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalDialog.cpp" line="43"/>
        <source>1 = learning, 3 = does it unaided, 5 = sets the bar for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalDialog.cpp" line="48"/>
        <source>(no level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalDialog.cpp" line="65"/>
        <source>&amp;Skill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalDialog.cpp" line="66"/>
        <source>&amp;Target proficiency (1-5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalDialog.cpp" line="67"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalDialog.cpp" line="68"/>
        <source>For &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalDialog.cpp" line="69"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalDialog.cpp" line="70"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::GoalModel</name>
    <message>
        <location filename="../ui/skills/GoalModel.cpp" line="11"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalModel.cpp" line="11"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalModel.cpp" line="11"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalModel.cpp" line="11"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalModel.cpp" line="11"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalModel.cpp" line="11"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::GoalsPanel</name>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="45"/>
        <source>&amp;Check In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="38"/>
        <source>Remove C&amp;heck-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="33"/>
        <source>Search goals and check-in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="33"/>
        <source>Skill goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="49"/>
        <source>Check-ins of the chosen goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="33"/>
        <source>&amp;Add Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="34"/>
        <source>All skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="68"/>
        <source>Add a &amp;First Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="71"/>
        <source>Goals for the skills your next level expects, each with check-ins that rate where you are (1 to 5) and a chart of your progress. Add a first goal for the skill you most want to grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="169"/>
        <source>Remove the goal in %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="171"/>
        <source>Remove the goal in %1 and its check-in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="172"/>
        <source>Remove the goal in %1 and its %2 check-ins?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="175"/>
        <location filename="../ui/skills/GoalsPanel.cpp" line="215"/>
        <source>Skill Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="175"/>
        <source>The goal was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="215"/>
        <source>The check-in was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="173"/>
        <source>Remove Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="208"/>
        <source>Remove Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/GoalsPanel.cpp" line="209"/>
        <source>Remove the check-in of %1 (rated %2)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::HappenedDate</name>
    <message>
        <location filename="../core/base/HappenedDate.cpp" line="24"/>
        <source>A promotion that happened is dated today at the latest; one still to come is a step of your path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/HappenedDate.cpp" line="27"/>
        <source>A check-in says where a skill stands on a day that has come: date it today at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/HappenedDate.cpp" line="29"/>
        <source>A milestone is done on a day that has come: date it today at the latest, or leave it planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/HappenedDate.cpp" line="32"/>
        <source>A STAR story tells what happened: date it today at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/HappenedDate.cpp" line="34"/>
        <source>You started at the level you hold on a day that has come: today at the latest. A level still to come is a step of your path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/HappenedDate.cpp" line="37"/>
        <source>A practice attempt is dated the day you answered: today at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/HappenedDate.cpp" line="39"/>
        <source>An application is dated the day it was sent, and a status the day it was reached: today at the latest. One still to send is prospective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/HappenedDate.cpp" line="42"/>
        <source>A conversation is dated the day it was held: today at the latest. Book the next one as its next date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/HappenedDate.cpp" line="45"/>
        <source>Feedback is dated the day you received it: today at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/HappenedDate.cpp" line="59"/>
        <source>Pay history is what you were paid, so %1 is still to come: plan future pay as a pay package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/HappenedDate.cpp" line="66"/>
        <source>This is before you started on the ladder (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::InterviewPrepPage</name>
    <message>
        <location filename="../ui/interviews/InterviewPrepPage.cpp" line="17"/>
        <source>Practice &amp;&amp; readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewPrepPage.cpp" line="18"/>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/InterviewPrepPage.cpp" line="19"/>
        <source>Writing exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::InterviewReportSection</name>
    <message>
        <location filename="../ui/report/InterviewReportSection.cpp" line="33"/>
        <source>The question bank is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/InterviewReportSection.cpp" line="34"/>
        <source>%1 of %2 questions practised in %3 answers; %4 due again on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/InterviewReportSection.cpp" line="43"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/InterviewReportSection.cpp" line="44"/>
        <source>%1 of 5 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/InterviewReportSection.cpp" line="51"/>
        <source>Leadership Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/InterviewReportSection.cpp" line="51"/>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/InterviewReportSection.cpp" line="51"/>
        <source>Questions practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/InterviewReportSection.cpp" line="51"/>
        <source>Latest rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/InterviewReportSection.cpp" line="51"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/InterviewReportSection.cpp" line="52"/>
        <source>Writing exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/InterviewReportSection.cpp" line="59"/>
        <source>No drafts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/InterviewReportSection.cpp" line="60"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/InterviewReportSection.cpp" line="60"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/InterviewReportSection.cpp" line="60"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::InterviewStore</name>
    <message>
        <location filename="../core/interviews/InterviewStore.cpp" line="87"/>
        <source>Add question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/InterviewStore.cpp" line="88"/>
        <source>Edit question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/InterviewStore.cpp" line="102"/>
        <source>Remove question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/InterviewStore.cpp" line="103"/>
        <location filename="../core/interviews/InterviewStore.cpp" line="125"/>
        <source>That question is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/InterviewStore.cpp" line="132"/>
        <source>That story is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/InterviewStore.cpp" line="135"/>
        <source>Practise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/InterviewStore.cpp" line="147"/>
        <source>Remove practice attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/InterviewStore.cpp" line="148"/>
        <source>That attempt is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/InterviewStore.cpp" line="159"/>
        <source>Add draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/InterviewStore.cpp" line="160"/>
        <source>Edit draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/InterviewStore.cpp" line="171"/>
        <source>Remove draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/InterviewStore.cpp" line="172"/>
        <source>That draft is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::JobApplication</name>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="43"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="76"/>
        <source>An application needs the company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="78"/>
        <source>An application needs the role&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="81"/>
        <source>Keep names and titles under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="85"/>
        <source>Keep where it was found and the contact under 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="88"/>
        <source>Keep the notes under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="91"/>
        <source>The date applied must be a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/JobApplication.cpp" line="97"/>
        <source>The day the status was reached must be a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::JournalRecovery</name>
    <message>
        <location filename="../core/storage/JournalRecovery.cpp" line="129"/>
        <source>it is not an SQLite rollback journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/JournalRecovery.cpp" line="134"/>
        <source>its pages are %1 bytes, the plan&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/JournalRecovery.cpp" line="136"/>
        <source>its header is not one SQLite writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/JournalRecovery.cpp" line="145"/>
        <source>its first record names no page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/JournalRecovery.cpp" line="147"/>
        <source>the first page it keeps is another database&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/JournalRecovery.cpp" line="156"/>
        <source>%1 has a journal beside it, %2, that is not this plan&apos;s (%3), so it will never be played; opening the plan in Career Planner moves it into %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/JournalRecovery.cpp" line="160"/>
        <source>%1 has a change left unfinished by a program that stopped; opening it in Career Planner copies the plan and its journal into %2, rolls the change back and keeps the result only if the plan is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/JournalRecovery.cpp" line="178"/>
        <source>%1 has an unfinished change, left as found: the folder %2 for copies of it cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/JournalRecovery.cpp" line="187"/>
        <source>%1 has a journal beside it that is not this plan&apos;s (%2), and it cannot be moved aside; move %3 away, then open the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/JournalRecovery.cpp" line="191"/>
        <source>A journal beside %1 was not this plan&apos;s (%2), so it was not played; it is now in %3, and the plan is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/JournalRecovery.cpp" line="201"/>
        <source>%1 has an unfinished change, left as found: copies of the plan and its journal could not be made in %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/JournalRecovery.cpp" line="207"/>
        <source>%1 had a change left unfinished when a program stopped; it was rolled back and the plan is sound. The plan and journal as found are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/JournalRecovery.cpp" line="217"/>
        <source>%1 was left unsound by its journal and could not be put back; the plan and journal as found are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/JournalRecovery.cpp" line="221"/>
        <source>The journal beside %1 did not fit it (played, it left the plan unsound), so the plan was put back as found and the journal set aside in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::JsonReader</name>
    <message>
        <location filename="../core/base/JsonReader.cpp" line="43"/>
        <source>“%1” must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/JsonReader.cpp" line="77"/>
        <source>“%1” must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/JsonReader.cpp" line="86"/>
        <source>“%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/JsonReader.cpp" line="91"/>
        <source>“%1” must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/JsonReader.cpp" line="95"/>
        <source>“%1” must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/JsonReader.cpp" line="108"/>
        <location filename="../core/base/JsonReader.cpp" line="113"/>
        <source>“%1” must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/JsonReader.cpp" line="127"/>
        <source>“%1” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/JsonReader.cpp" line="137"/>
        <source>“%1” must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/JsonReader.cpp" line="147"/>
        <source>unknown key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::LadderBrowserPage</name>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="74"/>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="91"/>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="77"/>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="39"/>
        <source>&amp;Edit Level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="42"/>
        <source>Change the selected level&apos;s title, bands and texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="44"/>
        <source>&amp;Add Level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="47"/>
        <source>Add a level above the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="49"/>
        <source>&amp;Remove Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="52"/>
        <source>Remove the selected level from this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="54"/>
        <source>&amp;New Ladder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="57"/>
        <source>Add your own ladder, for example another company&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="59"/>
        <source>Re&amp;move Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="62"/>
        <source>Remove the current ladder from this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="93"/>
        <source>&amp;Ladder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="259"/>
        <source>Career Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="272"/>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="288"/>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="299"/>
        <source>Remove Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="299"/>
        <source>Remove “%1” and its bands from this plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="304"/>
        <source>The level was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="306"/>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="318"/>
        <source>Added the ladder “%1”. Add its levels with Level ▸ Add Level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="339"/>
        <source>Remove Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="339"/>
        <source>Remove the ladder “%1” with all its levels from this plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="344"/>
        <source>The ladder was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderBrowserPage.cpp" line="349"/>
        <source>Removed the ladder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::LadderDialog</name>
    <message>
        <location filename="../ui/ladders/LadderDialog.cpp" line="21"/>
        <source>New Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderDialog.cpp" line="23"/>
        <source>e.g. Contoso – Program Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderDialog.cpp" line="25"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderDialog.cpp" line="27"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderDialog.cpp" line="30"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderDialog.cpp" line="31"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderDialog.cpp" line="32"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderDialog.cpp" line="46"/>
        <source>Entered by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LadderDialog.cpp" line="56"/>
        <source>There is already a ladder called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::LadderListModel</name>
    <message>
        <location filename="../ui/ladders/LadderListModel.cpp" line="35"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::LadderRepository</name>
    <message>
        <location filename="../core/ladders/LadderRepository.cpp" line="70"/>
        <source>There is already a ladder called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LadderRepository.cpp" line="147"/>
        <location filename="../core/ladders/LadderRepository.cpp" line="281"/>
        <source>That level is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::LadderStore</name>
    <message>
        <location filename="../core/ladders/LadderStore.cpp" line="20"/>
        <source>That ladder is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LadderStore.cpp" line="26"/>
        <source>That level is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LadderStore.cpp" line="41"/>
        <source>%1 already has a level called “%2”: paths, pay years and promotions name their level, so each title is used once on a ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LadderStore.cpp" line="52"/>
        <source>Edit level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LadderStore.cpp" line="68"/>
        <source>Add level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LadderStore.cpp" line="72"/>
        <source>A new level goes between the ladder&apos;s levels or after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LadderStore.cpp" line="88"/>
        <source>Remove level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LadderStore.cpp" line="101"/>
        <source>Add ladder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LadderStore.cpp" line="115"/>
        <source>Remove ladder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::LevelDetailView</name>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="39"/>
        <source>Level details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="44"/>
        <source>Choose a ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="53"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="54"/>
        <source>What promotions are judged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="56"/>
        <source>Interview stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="61"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="61"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="69"/>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="102"/>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="116"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="70"/>
        <source>Select a level to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="79"/>
        <source>Level %1 of %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="81"/>
        <source>Amazon level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="83"/>
        <source>Less common: few companies have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="85"/>
        <source>Also called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="87"/>
        <source>Typical time at this level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="89"/>
        <source>Experience asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="94"/>
        <source>Pay per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="96"/>
        <source>The sources give no figure. Edit the level to add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="101"/>
        <source>open-ended: can go higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="107"/>
        <source>management path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="107"/>
        <source>individual-contributor path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="109"/>
        <source>What %1 expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="110"/>
        <source>Milestones on the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="112"/>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="113"/>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelDetailView.cpp" line="114"/>
        <source>What it takes to advance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::LevelEditDialog</name>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="57"/>
        <source>New Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="57"/>
        <source>Edit Level — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="59"/>
        <source>&amp;General and pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="60"/>
        <source>&amp;Responsibilities and requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="106"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="110"/>
        <source>Other names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="111"/>
        <source>Also &amp;called:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="114"/>
        <source>e.g. L6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="115"/>
        <source>Level &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="120"/>
        <source>Typical &amp;years at level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="124"/>
        <source>&amp;Experience asked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="128"/>
        <source>Few companies have this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="130"/>
        <source>Less common:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="140"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="146"/>
        <source>&amp;Base salary per year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="150"/>
        <source>T&amp;otal compensation per year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="160"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="161"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="163"/>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="164"/>
        <source>Res&amp;ponsibilities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="165"/>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="166"/>
        <source>Re&amp;quirements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="167"/>
        <source>What it takes to advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="168"/>
        <source>To &amp;advance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelEditDialog.cpp" line="200"/>
        <source>Use a three-letter currency code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::LevelPickerModel</name>
    <message>
        <location filename="../ui/compare/LevelPickerModel.cpp" line="61"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare/LevelPickerModel.cpp" line="65"/>
        <source>No salary figures for this level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::LevelTableModel</name>
    <message>
        <location filename="../ui/ladders/LevelTableModel.cpp" line="97"/>
        <source>%1 (less common)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelTableModel.cpp" line="102"/>
        <source>%1 at level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelTableModel.cpp" line="104"/>
        <source>%1 experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelTableModel.cpp" line="123"/>
        <source>No figure in the sources. Edit the level to add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelTableModel.cpp" line="124"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelTableModel.cpp" line="126"/>
        <source>Open-ended: pay can go above the top figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelTableModel.cpp" line="130"/>
        <source>Also called: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelTableModel.cpp" line="160"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelTableModel.cpp" line="162"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelTableModel.cpp" line="164"/>
        <source>Typical years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelTableModel.cpp" line="166"/>
        <source>Base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ladders/LevelTableModel.cpp" line="168"/>
        <source>Total compensation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::LevelUse</name>
    <message>
        <location filename="../core/plan/LevelUse.cpp" line="83"/>
        <source>The level you hold now is on it: your profile keeps its name, but the dashboard will have no band to set your pay against until you choose a level again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/LevelUse.cpp" line="86"/>
        <source>It is the level you hold now: your profile keeps its name, but the dashboard will have no band to set your pay against until you choose a level again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/LevelUse.cpp" line="89"/>
        <source>A path passes through it: its step keeps the name, dates and milestones, but has no band for its expected pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/LevelUse.cpp" line="92"/>
        <source>%1 paths pass through it: their steps keep the name, dates and milestones, but have no band for their expected pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/LevelUse.cpp" line="96"/>
        <source>You were paid at its levels in %1: those years keep their figures and the levels&apos; names, with no band to compare them with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/LevelUse.cpp" line="98"/>
        <source>You were paid at it in %1: those years keep their figures and the level&apos;s name, with no band to compare them with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/LevelUse.cpp" line="103"/>
        <source>A promotion you recorded is to it: it stays, as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/LevelUse.cpp" line="104"/>
        <source>%1 promotions you recorded are to it: they stay, as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/LevelUse.cpp" line="107"/>
        <source>A skill goal is for it: it stays, for a level no longer on the ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/LevelUse.cpp" line="108"/>
        <source>%1 skill goals are for it: they stay, for a level no longer on the ladder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::LevelValidator</name>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="40"/>
        <source>The currency must be a three-letter code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="42"/>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="44"/>
        <source>That amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="46"/>
        <source>The minimum is above the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="48"/>
        <source>Enter a maximum, or mark the band as open-ended (+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="56"/>
        <source>A level needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="58"/>
        <source>Keep the title under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="60"/>
        <source>Keep the level code under 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="69"/>
        <source>A level has at most one band of each kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="76"/>
        <source>A branch needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="78"/>
        <source>A branch is on the management or the individual-contributor path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="82"/>
        <source>A branch&apos;s expectations and milestones cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="92"/>
        <source>A ladder needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="94"/>
        <source>Keep the name under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ladders/LevelValidator.cpp" line="106"/>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>Ladders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>%1 — Career Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>&amp;New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>Start a plan of your own, with the reference ladders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>&amp;Open Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>Open another plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Set &amp;Up My Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>Where you stand, what you are paid and where you aim: your path, pay and dashboard from a few answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>&amp;Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>Save the chart on this page as a PNG or SVG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>Close this plan&apos;s window; every change is already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>Theme, figures, currency, default plan and chart defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="278"/>
        <source>&amp;Currencies and Exchange Rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281"/>
        <source>The currency the plan is shown in, and your rates between currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="283"/>
        <source>&amp;About Career Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="287"/>
        <source>The manual, at the section about the page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="294"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>La&amp;dder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>%1 is the plan already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Career Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>Created %1; File ▸ Set Up My Plan puts you on its ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>Your plan is set up; Edit ▸ Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="371"/>
        <source>Career plans (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MarketAliasPanel</name>
    <message>
        <location filename="../ui/market/MarketAliasPanel.cpp" line="28"/>
        <source>Remove A&amp;lias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketAliasPanel.cpp" line="31"/>
        <source>Name in the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketAliasPanel.cpp" line="31"/>
        <source>Counted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketAliasPanel.cpp" line="33"/>
        <source>Company aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketAliasPanel.cpp" line="37"/>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketAliasPanel.cpp" line="41"/>
        <source>&amp;Add Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketAliasPanel.cpp" line="44"/>
        <source>Company names are already compared without regard to case or surrounding spaces; an alias is for a name written another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketAliasPanel.cpp" line="50"/>
        <source>&amp;Name in the reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketAliasPanel.cpp" line="51"/>
        <source>Counted &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketAliasPanel.cpp" line="82"/>
        <source>%1 (%2 reports)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MarketCorrectionRepository</name>
    <message>
        <location filename="../core/market/MarketCorrectionRepository.cpp" line="56"/>
        <source>An alias needs both the other name and the company it stands for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketCorrectionRepository.cpp" line="60"/>
        <source>“%1” is already how that company is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketCorrectionRepository.cpp" line="84"/>
        <source>A match needs the title of the reports it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketCorrectionRepository.cpp" line="88"/>
        <source>A match names both a ladder and one of its levels, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MarketCsv</name>
    <message>
        <location filename="../core/market/MarketCsv.cpp" line="126"/>
        <source>The file is empty: the first row should name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketCsv.cpp" line="154"/>
        <source>The file has no column of base or total pay: name one “base” or “total” in the first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketCsv.cpp" line="187"/>
        <source>currency “%1” is not a three-letter code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketCsv.cpp" line="190"/>
        <source>case status “%1”: only certified cases count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketCsv.cpp" line="202"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketCsv.cpp" line="209"/>
        <source>wage unit “%1” is not Hour, Week, Bi-Weekly, Month or Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketCsv.cpp" line="211"/>
        <source>base: That amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketCsv.cpp" line="216"/>
        <source>no base and no total pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketCsv.cpp" line="222"/>
        <source>%1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketCsv.cpp" line="228"/>
        <source>years of experience “%1” is not a number from 0 to 70</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MarketDistributionModel</name>
    <message>
        <location filename="../ui/market/MarketDistributionModel.cpp" line="58"/>
        <source>No report gives this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketDistributionModel.cpp" line="59"/>
        <source>Percentiles need at least %1 reports; %2 give this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketDistributionModel.cpp" line="63"/>
        <source>%1 of them matched to the level through their years of experience, not their level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketDistributionModel.cpp" line="69"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketDistributionModel.cpp" line="72"/>
        <source>%1 (%2 estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketDistributionModel.cpp" line="79"/>
        <source>too few reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketDistributionModel.cpp" line="91"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketDistributionModel.cpp" line="93"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketDistributionModel.cpp" line="99"/>
        <source>Base %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketDistributionModel.cpp" line="99"/>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MarketFilterBar</name>
    <message>
        <location filename="../ui/market/MarketFilterBar.cpp" line="26"/>
        <location filename="../ui/market/MarketFilterBar.cpp" line="38"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketFilterBar.cpp" line="27"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketFilterBar.cpp" line="58"/>
        <source>any place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketFilterBar.cpp" line="74"/>
        <source>Job &amp;family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketFilterBar.cpp" line="75"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketFilterBar.cpp" line="76"/>
        <source>&amp;Location contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketFilterBar.cpp" line="77"/>
        <source>E&amp;xperience from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketFilterBar.cpp" line="78"/>
        <location filename="../ui/market/MarketFilterBar.cpp" line="80"/>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketFilterBar.cpp" line="79"/>
        <source>Reported f&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketFilterBar.cpp" line="111"/>
        <source>%1 (%2): 1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketFilterBar.cpp" line="112"/>
        <source>%1 (%2): %3 reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketFilterBar.cpp" line="125"/>
        <source>All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketFilterBar.cpp" line="127"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MarketImportDialog</name>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="32"/>
        <source>a Levels.fyi-style export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="34"/>
        <source>an H-1B disclosure file (base pay of certified cases only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="38"/>
        <source>a sheet of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="57"/>
        <source>Import Market Pay Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="59"/>
        <source>A .csv file of pay reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="63"/>
        <source>A Levels.fyi-style export, the U.S. Department of Labor&apos;s H-1B disclosure data saved as CSV, or a sheet of your own with columns such as company, title, level, base, stock, bonus, total, years of experience, location, date and currency (in any order; other columns are left out). Comma, semicolon or tab separated; amounts such as 193000, 193,000 or 193K. Reports the plan holds already are not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="71"/>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="72"/>
        <source>%v of %m rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="77"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="77"/>
        <source>Skipped because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="79"/>
        <source>Rows skipped, by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="87"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="110"/>
        <source>Choose a file to see what it holds before anything is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="127"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="156"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="192"/>
        <source>%1 is %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketImportDialog.cpp" line="213"/>
        <source>Nothing was imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MarketImporter</name>
    <message>
        <location filename="../core/io/MarketImporter.cpp" line="53"/>
        <source>Nothing to add: the plan holds every report of this file already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/MarketImporter.cpp" line="63"/>
        <source>Import 1 market report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/MarketImporter.cpp" line="64"/>
        <source>Import %L1 market reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/MarketImporter.cpp" line="76"/>
        <source>Cancelled: nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/MarketImporter.cpp" line="79"/>
        <source>Read 1 row: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/MarketImporter.cpp" line="79"/>
        <source>Read %L1 rows: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/MarketImporter.cpp" line="80"/>
        <source>%L1 to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/MarketImporter.cpp" line="82"/>
        <source>, %L1 already in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/MarketImporter.cpp" line="84"/>
        <source>, %L1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MarketMatchingDialog</name>
    <message>
        <location filename="../ui/market/MarketMatchingDialog.cpp" line="17"/>
        <source>Market Report Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketMatchingDialog.cpp" line="20"/>
        <source>&amp;Titles and Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketMatchingDialog.cpp" line="21"/>
        <source>&amp;Company Names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MarketPage</name>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="34"/>
        <source>Re&amp;move File&apos;s Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="37"/>
        <source>Market pay by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="42"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="42"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="42"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="42"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="44"/>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="48"/>
        <location filename="../ui/market/MarketPage.cpp" line="77"/>
        <source>&amp;Import Market Pay Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="50"/>
        <source>Correct Ma&amp;tching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="52"/>
        <source>See which level each report title went to, and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="66"/>
        <source>Where the reports come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="111"/>
        <source>Where pay really stands, level by level: import compensation reports (a Levels.fyi export, the public H-1B disclosure data, or a sheet of offers you know of) to see their percentiles beside the guides&apos; ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="122"/>
        <source>Levels.fyi export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="123"/>
        <source>H-1B disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="124"/>
        <source>Own sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="150"/>
        <source>No report of this job family matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="151"/>
        <source>Percentiles as spreadsheets&apos; PERCENTILE.INC: the p-th of n sorted amounts sits at rank p(n − 1)/100, between the two closest ranks. A level with fewer than %1 reports shows too few reports. Estimated: placed through their years of experience, as the report gives no level this ladder knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="158"/>
        <source>%1 reports in %2 are left out: add a rate to %3 in Edit ▸ Currencies and Exchange Rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketPage.cpp" line="172"/>
        <source>Remove Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MarketReportSection</name>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="57"/>
        <source>No market reports yet: File ▸ Import Market Pay Data adds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="62"/>
        <source>Reports from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="62"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="62"/>
        <location filename="../ui/report/MarketReportSection.cpp" line="85"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="66"/>
        <source>None of the reports is matched to a ladder&apos;s level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="73"/>
        <source>%1, every company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="80"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="85"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="85"/>
        <source>P10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="85"/>
        <source>P25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="85"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="85"/>
        <source>P75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="85"/>
        <source>P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/MarketReportSection.cpp" line="98"/>
        <source>Percentiles as spreadsheets&apos; PERCENTILE.INC (linear between the two closest ranks); a level with fewer than %1 reports shows too few reports. Amounts in %2; reports in another currency count only through your exchange rates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MarketStore</name>
    <message>
        <location filename="../core/market/MarketStore.cpp" line="147"/>
        <source>Remove market reports of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketStore.cpp" line="148"/>
        <source>Those reports are no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketStore.cpp" line="159"/>
        <source>Call %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketStore.cpp" line="167"/>
        <source>Remove the alias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketStore.cpp" line="168"/>
        <source>That alias is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketStore.cpp" line="174"/>
        <source>Match the reports of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketStore.cpp" line="183"/>
        <source>Match the reports of %1 by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/market/MarketStore.cpp" line="184"/>
        <source>That match is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MarketTitleGroupModel</name>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="10"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="10"/>
        <source>Level field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="10"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="10"/>
        <source>Matched to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="10"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="58"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="78"/>
        <source>no ladder&apos;s job family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="81"/>
        <source>%1, no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="82"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="89"/>
        <source>left unmatched by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="89"/>
        <source>your match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="91"/>
        <source>by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="93"/>
        <source>%1 estimated from years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="96"/>
        <source>%1 at other levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleGroupModel.cpp" line="98"/>
        <source>%1 unmatched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MarketTitleMatchPanel</name>
    <message>
        <location filename="../ui/market/MarketTitleMatchPanel.cpp" line="33"/>
        <source>&amp;Only titles with unmatched reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleMatchPanel.cpp" line="36"/>
        <source>&amp;Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleMatchPanel.cpp" line="37"/>
        <source>Use the &amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleMatchPanel.cpp" line="42"/>
        <source>Report titles and their levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleMatchPanel.cpp" line="46"/>
        <source>Level to match the title to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleMatchPanel.cpp" line="49"/>
        <source>Forget your match for this title: the matching rules place its reports again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleMatchPanel.cpp" line="50"/>
        <source>Match to l&amp;evel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleMatchPanel.cpp" line="52"/>
        <source>A level field such as L6 matches a level&apos;s code for the ladder&apos;s own company only; a level&apos;s code and other titles are set in Level ▸ Edit Level, company names under Company Names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleMatchPanel.cpp" line="108"/>
        <source>Leave its reports unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleMatchPanel.cpp" line="112"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/market/MarketTitleMatchPanel.cpp" line="113"/>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MilestoneDialog</name>
    <message>
        <location filename="../ui/path/MilestoneDialog.cpp" line="16"/>
        <source>Add Milestone — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/MilestoneDialog.cpp" line="18"/>
        <source>What will you show or deliver?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/MilestoneDialog.cpp" line="23"/>
        <source>&amp;Milestone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/MilestoneDialog.cpp" line="24"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::MilestoneModel</name>
    <message>
        <location filename="../ui/path/MilestoneModel.cpp" line="76"/>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/MilestoneModel.cpp" line="106"/>
        <source>Past its due date and not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/MilestoneModel.cpp" line="134"/>
        <source>Only a milestone that is done has a completion date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/MilestoneModel.cpp" line="166"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/MilestoneModel.cpp" line="168"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/MilestoneModel.cpp" line="170"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/MilestoneModel.cpp" line="172"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/MilestoneModel.cpp" line="174"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::Money</name>
    <message>
        <location filename="../core/base/Money.cpp" line="142"/>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/Money.cpp" line="180"/>
        <source>“%1” is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/Money.cpp" line="182"/>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/Money.cpp" line="186"/>
        <source>%1 has no decimals: give whole units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/Money.cpp" line="187"/>
        <source>Use at most one decimal place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/Money.cpp" line="188"/>
        <source>Use at most %1 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/base/Money.cpp" line="198"/>
        <location filename="../core/base/Money.cpp" line="209"/>
        <source>That amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::NavigationPane</name>
    <message>
        <location filename="../ui/NavigationPane.cpp" line="43"/>
        <source>&amp;Find in Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NavigationPane.cpp" line="46"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::OfferDialog</name>
    <message>
        <location filename="../ui/applications/OfferDialog.cpp" line="19"/>
        <source>Base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/OfferDialog.cpp" line="20"/>
        <source>Sign-on bonus, year 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/OfferDialog.cpp" line="21"/>
        <source>Sign-on bonus, year 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/OfferDialog.cpp" line="22"/>
        <source>Stock grant value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/OfferDialog.cpp" line="24"/>
        <source>&amp;Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/OfferDialog.cpp" line="27"/>
        <source>Offer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/OfferDialog.cpp" line="52"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/OfferDialog.cpp" line="53"/>
        <source>&amp;Base salary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/OfferDialog.cpp" line="54"/>
        <source>Sign-on, year &amp;1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/OfferDialog.cpp" line="55"/>
        <source>Sign-on, year &amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/OfferDialog.cpp" line="56"/>
        <source>&amp;Stock grant value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/OfferDialog.cpp" line="57"/>
        <source>&amp;Vesting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/OfferDialog.cpp" line="81"/>
        <source>Correct the amounts marked above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/OfferDialog.cpp" line="91"/>
        <source>An offer cannot have come after today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::OutputFile</name>
    <message>
        <location filename="../core/storage/OutputFile.cpp" line="55"/>
        <source>%1 is a plan file or belongs to one, and Career Planner never writes over a plan; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OutputFile.cpp" line="60"/>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OutputFile.cpp" line="68"/>
        <source>standard output is the plan itself; send the output to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OutputFile.cpp" line="70"/>
        <source>standard output is a plan file; send the output to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OutputFile.cpp" line="80"/>
        <source>Cannot create a file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/OutputFile.cpp" line="100"/>
        <location filename="../core/storage/OutputFile.cpp" line="115"/>
        <location filename="../core/storage/OutputFile.cpp" line="133"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PackageEditDialog</name>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="51"/>
        <source>New Pay Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="51"/>
        <source>Edit Pay Package — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="56"/>
        <source>e.g. Amazon offer, or Current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="58"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="59"/>
        <source>Current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="66"/>
        <source>Base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="71"/>
        <source>Yearly raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="73"/>
        <source>Sign-on bonus, year 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="75"/>
        <source>Sign-on bonus, year 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="78"/>
        <source>Value at grant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="79"/>
        <source>Shares × price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="80"/>
        <source>Stock grant value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="85"/>
        <source>Number of shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="86"/>
        <source>Share price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="102"/>
        <source>Vesting schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="106"/>
        <source>Add Tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="107"/>
        <source>Remove Tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="109"/>
        <source>Refresher grant per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="113"/>
        <source>Stock growth per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="115"/>
        <source>Yearly bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="121"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="122"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="123"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="124"/>
        <source>&amp;Base salary, year 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="125"/>
        <source>Yearly &amp;raise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="126"/>
        <source>Sign-on, year &amp;1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="127"/>
        <source>Sign-on, year &amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="135"/>
        <source>&amp;Stock grant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="138"/>
        <source>&amp;Vesting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="146"/>
        <source>Re&amp;fresher per year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="147"/>
        <source>Stock &amp;growth per year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="148"/>
        <source>Yearly b&amp;onus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageEditDialog.cpp" line="216"/>
        <source>Adds up to 100%; the last tranche vests in month %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PackageListModel</name>
    <message>
        <location filename="../ui/pay/PackageListModel.cpp" line="35"/>
        <source>%1 · base %2 · stock %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageListModel.cpp" line="36"/>
        <source>Current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PackageListModel.cpp" line="36"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PathPage</name>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="49"/>
        <source>&amp;Remove Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="53"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="61"/>
        <source>&amp;Lay Out Path…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="50"/>
        <source>&amp;Duplicate as Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="64"/>
        <source>Record &amp;Promotion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="68"/>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="79"/>
        <source>Steps and milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="80"/>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="81"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="83"/>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="84"/>
        <source>Compare scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="87"/>
        <source>Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="93"/>
        <source>Lay Out My Pa&amp;th…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="158"/>
        <source>Your way up the ladder: each promotion with its target date and the milestones that make its case, a timeline, the earnings along the way and how sure the dates are. Lay out your path from the level you hold to the one you aim for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="165"/>
        <source>No path yet. Choose “Lay Out Path…” to plan your way from the level you hold now to the level you aim for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="249"/>
        <source>Fast track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="285"/>
        <source>Recorded: %1 is the level you hold from %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="258"/>
        <location filename="../ui/path/PathPage.cpp" line="273"/>
        <source>My Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="250"/>
        <source>Duplicate as Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="250"/>
        <source>Name of the new scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="247"/>
        <source>Fast track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="182"/>
        <source>Target: &lt;b&gt;%1&lt;/b&gt; on %2 — %3 years from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="188"/>
        <source>Target: &lt;b&gt;%1&lt;/b&gt; on %2 — %3 years from today, earning about %4 on the way%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="191"/>
        <source> (in %1, through your exchange rates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="258"/>
        <source>The scenario was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="269"/>
        <source>Remove Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="270"/>
        <source>Remove the scenario “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathPage.cpp" line="273"/>
        <source>The scenario was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PathPay</name>
    <message>
        <location filename="../core/path/PathPay.cpp" line="22"/>
        <source>no figure: the level is no longer on its ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathPay.cpp" line="26"/>
        <source>base band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathPay.cpp" line="26"/>
        <source>total-compensation band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathPay.cpp" line="29"/>
        <source>floor of the midpoint of the %1 (open-ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathPay.cpp" line="30"/>
        <source>midpoint of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathPay.cpp" line="36"/>
        <source>no figure: the sources give no pay for this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathPay.cpp" line="56"/>
        <source>your current job package, first year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathPay.cpp" line="65"/>
        <source>what you were paid in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathPay.cpp" line="81"/>
        <source>converted from %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathPay.cpp" line="119"/>
        <source>Pay at %1 is in %2 and at %3 in %4: add an exchange rate to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PathSetupDialog</name>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="32"/>
        <source>Lay Out My Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="43"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="47"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="48"/>
        <source>&amp;Ladder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="49"/>
        <source>Level you &amp;hold now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="50"/>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="51"/>
        <source>&amp;Experience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="52"/>
        <source>L&amp;ocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="53"/>
        <source>&amp;Business unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="54"/>
        <source>&amp;Target level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="55"/>
        <source>B&amp;ranch where the ladder splits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="76"/>
        <source>Lay Out Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="77"/>
        <source>Replace the plan&apos;s path and its milestones with a new one? Your what-if scenarios stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="113"/>
        <source>Choose a ladder and the level you hold now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="115"/>
        <source>Choose a target above the level you hold now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathSetupDialog.cpp" line="120"/>
        <source>The path gets each level&apos;s typical time from the career guides and milestones from what each level says it takes to advance; change them afterwards as you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PathStepModel</name>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="75"/>
        <source>%1 yrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="76"/>
        <source>%1 / %2 / %3 yrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="108"/>
        <source>Based on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="109"/>
        <source>Based on %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="113"/>
        <source>Milestones %1, skills %2.
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="118"/>
        <source>Fewest / most likely / most years at this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="125"/>
        <source> — management branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="127"/>
        <source> — individual-contributor branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="130"/>
        <source>%1 (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="145"/>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="154"/>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="167"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="169"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="171"/>
        <source>Time at level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="173"/>
        <source>Expected pay / yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="175"/>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepModel.cpp" line="177"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PathStepsTab</name>
    <message>
        <location filename="../ui/path/PathStepsTab.cpp" line="30"/>
        <source>&amp;Edit Step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepsTab.cpp" line="31"/>
        <source>&amp;Add Milestone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepsTab.cpp" line="32"/>
        <source>Remove &amp;Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepsTab.cpp" line="35"/>
        <source>Path steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepsTab.cpp" line="39"/>
        <source>Milestones of the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepsTab.cpp" line="60"/>
        <location filename="../ui/path/PathStepsTab.cpp" line="182"/>
        <source>My Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepsTab.cpp" line="60"/>
        <source>The milestone was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepsTab.cpp" line="79"/>
        <source>Milestones that make the case for the selected step (double-click to edit; overdue ones in red):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepsTab.cpp" line="145"/>
        <source>Edit step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepsTab.cpp" line="165"/>
        <source>Add milestone “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepsTab.cpp" line="182"/>
        <source>The milestone was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathStepsTab.cpp" line="185"/>
        <source>Remove milestone “%1” from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PathStore</name>
    <message>
        <location filename="../core/path/PathStore.cpp" line="81"/>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathStore.cpp" line="91"/>
        <source>Add scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathStore.cpp" line="103"/>
        <source>Edit scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathStore.cpp" line="105"/>
        <location filename="../core/path/PathStore.cpp" line="138"/>
        <source>That scenario is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathStore.cpp" line="137"/>
        <source>Remove scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathStore.cpp" line="149"/>
        <source>Edit milestone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathStore.cpp" line="151"/>
        <source>That milestone is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathStore.cpp" line="173"/>
        <source>Record promotion to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathStore.cpp" line="187"/>
        <source>Edit promotion to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathStore.cpp" line="207"/>
        <source>Remove promotion to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathStore.cpp" line="225"/>
        <source>%1 is already the level reached on %2: a promotion moves you to another level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathStore.cpp" line="188"/>
        <location filename="../core/path/PathStore.cpp" line="208"/>
        <source>That promotion is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PathTimelineTab</name>
    <message>
        <location filename="../ui/path/PathTimelineTab.cpp" line="21"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathTimelineTab.cpp" line="26"/>
        <source>Timeline to year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathTimelineTab.cpp" line="28"/>
        <source>Show &amp;years from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PathTimelineTab.cpp" line="32"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PathValidator</name>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="47"/>
        <source>Time at a level cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="49"/>
        <source>Put the time at level in order: fewest ≤ most likely ≤ most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="51"/>
        <source>More than 50 years at one level is not a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="58"/>
        <source>A milestone needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="60"/>
        <source>Keep the milestone&apos;s title under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="62"/>
        <source>The due date must be a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="65"/>
        <source>Only a milestone that is done has a completion date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="67"/>
        <source>The completion date must be a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="75"/>
        <source>A scenario needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="77"/>
        <source>A path needs at least the level you hold now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="80"/>
        <source>Step %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="82"/>
        <source>Step %1 needs a level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="88"/>
        <source>%1: the date must be a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="96"/>
        <source>%1: this level has no “%2” branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="110"/>
        <source>%1 must be higher on the ladder than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="112"/>
        <source>%1: its date must come after the step before (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="121"/>
        <source>Keep the name under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="123"/>
        <source>Say which ladder the level “%1” is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="125"/>
        <source>The start date must be a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="127"/>
        <source>Years of experience must be between 0 and 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="137"/>
        <source>%1 is already the level you hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="144"/>
        <source>The date must be a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/path/PathValidator.cpp" line="146"/>
        <source>Say which level you were promoted to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PayHistoryModel</name>
    <message>
        <location filename="../ui/pay/PayHistoryModel.cpp" line="39"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryModel.cpp" line="9"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryModel.cpp" line="9"/>
        <source>Level held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryModel.cpp" line="9"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryModel.cpp" line="9"/>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryModel.cpp" line="9"/>
        <source>Stock vested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryModel.cpp" line="9"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PayHistoryPage</name>
    <message>
        <location filename="../ui/pay/PayHistoryPage.cpp" line="34"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryPage.cpp" line="35"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryPage.cpp" line="38"/>
        <source>Pay history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryPage.cpp" line="43"/>
        <source>&amp;Record a Year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryPage.cpp" line="68"/>
        <source>&amp;Record This Year&apos;s Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryPage.cpp" line="76"/>
        <source>Your pay year by year, drawn against the band of the level you held each year. Record this year&apos;s pay to start; earlier years show how far you have come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryPage.cpp" line="153"/>
        <source>Pay History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryPage.cpp" line="153"/>
        <source>The year was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryPage.cpp" line="150"/>
        <source>Remove Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayHistoryPage.cpp" line="150"/>
        <source>Remove what you recorded for %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PayPage</name>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="43"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="44"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="47"/>
        <source>Pay packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="50"/>
        <source>Years to project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="53"/>
        <source>Pay projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="61"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="67"/>
        <source>Pay &amp;packages (tick to compare):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="82"/>
        <source>&amp;Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="103"/>
        <source>Add Your &amp;Current Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="124"/>
        <source>Project 1 to %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="148"/>
        <source>Here each pay package is worked out year by year: base, sign-on, stock as it vests, refreshers and bonus. Start with your current job, then add offers to compare with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="152"/>
        <source>Tick a package on the left to see its pay year by year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="166"/>
        <source>The packages are in %1: add an exchange rate to compare them on one chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="209"/>
        <source>Pay Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="209"/>
        <source>The package was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="206"/>
        <source>Remove Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayPage.cpp" line="206"/>
        <source>Remove the package “%1” from this plan?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PayProjectionModel</name>
    <message>
        <location filename="../ui/pay/PayProjectionModel.cpp" line="62"/>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayProjectionModel.cpp" line="63"/>
        <source>Total, 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayProjectionModel.cpp" line="63"/>
        <source>Total, %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayProjectionModel.cpp" line="87"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayProjectionModel.cpp" line="89"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayProjectionModel.cpp" line="91"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayProjectionModel.cpp" line="93"/>
        <source>Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayProjectionModel.cpp" line="95"/>
        <source>Stock vested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayProjectionModel.cpp" line="97"/>
        <source>Refreshers vested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayProjectionModel.cpp" line="99"/>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayProjectionModel.cpp" line="101"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PayRecordDialog</name>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="28"/>
        <source>Record a Year of Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="28"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="34"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="37"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="45"/>
        <source>Base pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="48"/>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="50"/>
        <source>Stock vested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="55"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="56"/>
        <source>&amp;Level held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="57"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="58"/>
        <source>&amp;Base pay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="59"/>
        <source>B&amp;onus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="60"/>
        <source>&amp;Stock vested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="92"/>
        <source>%1 is already recorded: edit that year, or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="95"/>
        <source>%1 is already recorded (%2 in all); OK asks before replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="121"/>
        <source>Replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/PayRecordDialog.cpp" line="122"/>
        <source>You already recorded %1: %2 base, %3 in all. Replace it with these figures?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PayStore</name>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="43"/>
        <source>Add pay package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="54"/>
        <source>Edit pay package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="55"/>
        <location filename="../core/pay/PayStore.cpp" line="70"/>
        <source>That package is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="69"/>
        <source>Remove pay package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="86"/>
        <source>Save pay for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="98"/>
        <source>Remove a year of pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="99"/>
        <source>That year is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="110"/>
        <source>Change pay assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="122"/>
        <source>Add exchange rate %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="133"/>
        <source>Edit exchange rate %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="134"/>
        <location filename="../core/pay/PayStore.cpp" line="151"/>
        <source>That rate is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="148"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="150"/>
        <source>Remove exchange rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="165"/>
        <source>Show amounts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayStore.cpp" line="165"/>
        <source>the default currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PayValidator</name>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="34"/>
        <source>A package needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="36"/>
        <source>Keep the name under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="38"/>
        <location filename="../core/pay/PayValidator.cpp" line="67"/>
        <source>The currency must be a three-letter code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="52"/>
        <source>The stock grant (shares × price) is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="55"/>
        <source>The yearly raise must be between -50% and +100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="58"/>
        <source>The stock growth must be between -90% and +100% a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/PayValidator.cpp" line="65"/>
        <source>The year must be between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PlanActions</name>
    <message>
        <location filename="../ui/PlanActions.cpp" line="20"/>
        <source>&amp;Lay Out My Path…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="21"/>
        <source>From the level you hold to the one you aim for, with milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="23"/>
        <source>Record a &amp;Promotion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="24"/>
        <source>The level you reached and when: the path moves on from that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="26"/>
        <source>Add a Pay P&amp;ackage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="27"/>
        <source>Your current job or an offer, worked out year by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="29"/>
        <source>Record a &amp;Year of Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="30"/>
        <source>What you were paid in a year, against your level&apos;s band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="32"/>
        <source>Add a &amp;Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="33"/>
        <source>A skill to grow, with a target and a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="35"/>
        <source>Add a STAR &amp;Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="36"/>
        <source>Situation, task, action, result, tagged with the principles it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="38"/>
        <source>Practise for an &amp;Interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="39"/>
        <source>A few questions against the clock, the due ones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="41"/>
        <source>Add a Job Appli&amp;cation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="42"/>
        <source>A role you are applying for, with its ladder&apos;s interview stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="44"/>
        <source>Log a Career &amp;Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="45"/>
        <source>What you asked your manager or mentor for, what you heard, what you agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="47"/>
        <source>Add &amp;Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanActions.cpp" line="48"/>
        <source>Words of praise or advice received, as evidence for your promotion case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PlanCleaner</name>
    <message>
        <location filename="../core/storage/PlanCleaner.cpp" line="141"/>
        <source>%1 (cleaned).careerplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanCleaner.cpp" line="143"/>
        <source>%1 (cleaned %2).careerplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanCleaner.cpp" line="163"/>
        <source>No cleaned copy can be made of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanCleaner.cpp" line="165"/>
        <source>the %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanCleaner.cpp" line="171"/>
        <source>%1 already exists; the cleaned copy needs a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanCleaner.cpp" line="190"/>
        <source>The cleaned copy was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanCleaner.cpp" line="191"/>
        <source>it cannot be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PlanDatabase</name>
    <message>
        <location filename="../core/storage/PlanDatabase.cpp" line="162"/>
        <location filename="../core/storage/PlanDatabase.cpp" line="171"/>
        <source>records in “%1” point to records that do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanDatabase.cpp" line="203"/>
        <location filename="../core/storage/PlanDatabase.cpp" line="285"/>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanDatabase.cpp" line="91"/>
        <source>SQLite&apos;s defensive settings cannot be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanDatabase.cpp" line="137"/>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanDatabase.cpp" line="303"/>
        <source>%1 is read-only, so it cannot be edited; open a copy, or allow writing to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanDatabase.cpp" line="327"/>
        <source>%1 was not updated, since no backup could be made first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanDatabase.cpp" line="332"/>
        <source>%1 could not be updated to this version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanDatabase.cpp" line="356"/>
        <source>%1 already exists; a new plan needs a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanDatabase.cpp" line="361"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanDatabase.cpp" line="386"/>
        <source>cannot move the new plan into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanDatabase.cpp" line="391"/>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PlanFileDialogs</name>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="31"/>
        <source>Career plans (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="43"/>
        <location filename="../ui/PlanFileDialogs.cpp" line="50"/>
        <source>New Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="50"/>
        <source>The plan was not created.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="56"/>
        <source>Save a Copy of the Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="57"/>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="62"/>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="62"/>
        <source>The copy was not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="65"/>
        <source>Saved a copy as %1; you are still working in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="71"/>
        <source> report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="72"/>
        <source>Export Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="72"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="80"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="80"/>
        <source>The report was not written.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="83"/>
        <source>Wrote the report to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanFileDialogs.cpp" line="90"/>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PlanFileInspector</name>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="59"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="61"/>
        <source>%1 is a folder, not a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="63"/>
        <source>%1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="68"/>
        <source>The path of %1 is too long for SQLite (%2 bytes, at most %3); move the plan to a shorter folder or give it a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="75"/>
        <source>%1 is larger than the %2 a plan may be, so it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="78"/>
        <source>%1 is empty, so it is not a Career Planner plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="82"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="88"/>
        <location filename="../core/storage/PlanFileInspector.cpp" line="92"/>
        <source>%1 is damaged: the file is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="89"/>
        <source>%1 is not a Career Planner plan (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="97"/>
        <source>%1 is another application&apos;s SQLite database, not a Career Planner plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="100"/>
        <source>%1 was saved by a newer Career Planner (plan format %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="106"/>
        <source>%1 is damaged: it has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="118"/>
        <source>%1 is damaged: the file is shorter than its header says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="132"/>
        <source>%1 was changed outside Career Planner: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="135"/>
        <source>%1 is busy: another program is reading or writing it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanFileInspector.cpp" line="139"/>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PlanLock</name>
    <message>
        <location filename="../core/storage/PlanLock.cpp" line="139"/>
        <source>%1 is already open in another Career Planner under another name (a link to the same file); close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PlanOutputActions</name>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="19"/>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="22"/>
        <source>Write a snapshot of this plan to another file; changes here are saved as you make them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="25"/>
        <source>&amp;Import Pay History from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="28"/>
        <source>Add years of pay from a spreadsheet&apos;s CSV file, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="30"/>
        <source>Import &amp;Levels from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="33"/>
        <source>Add levels to a ladder from a spreadsheet&apos;s CSV file, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="35"/>
        <source>Import &amp;Market Pay Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="38"/>
        <source>Add pay reports from a Levels.fyi export, an H-1B disclosure file or a sheet of your own, to see where pay stands among them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="41"/>
        <source>Export &amp;Report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="44"/>
        <source>Profile, path, bands, pay, milestones, goals and story coverage as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="47"/>
        <source>&amp;Print Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="47"/>
        <source>Print the plan&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="55"/>
        <source>Imported %1 rows; Edit ▸ Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="65"/>
        <source>Added 1 market report; Edit ▸ Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanOutputActions.cpp" line="66"/>
        <source>Added %L1 market reports; Edit ▸ Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PlanRefusalDialog</name>
    <message>
        <location filename="../ui/PlanRefusalDialog.cpp" line="26"/>
        <source>Career Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanRefusalDialog.cpp" line="26"/>
        <source>The plan could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanRefusalDialog.cpp" line="31"/>
        <source>A cleaned copy keeps your records and leaves out what Career Planner never makes. The plan stays as it is, and a copy of it goes into %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanRefusalDialog.cpp" line="34"/>
        <source>Save a &amp;Cleaned Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanRefusalDialog.cpp" line="42"/>
        <location filename="../ui/PlanRefusalDialog.cpp" line="48"/>
        <source>Save a Cleaned Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlanRefusalDialog.cpp" line="43"/>
        <source>Career plans (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PlanSetup</name>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="58"/>
        <source>no ladder is called “%1” (the plan has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="63"/>
        <source>“%1” is not a level of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="65"/>
        <source>give the date you reached the level you hold (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="66"/>
        <source>give the date you hope to be hired by (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="68"/>
        <source>you hope to be hired by %1, before today: give a date still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="71"/>
        <source>you reached the level you hold on %1, after today: give a date that has come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="76"/>
        <source>the target “%1” is not a level of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="78"/>
        <source>the target “%1” is not above “%2”, the level you hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="45"/>
        <source>give the base salary too: total compensation includes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="47"/>
        <source>total compensation is less than the base salary it includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="84"/>
        <source>a currency is a three-letter code such as USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="116"/>
        <source>Current job – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="116"/>
        <source>Current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="135"/>
        <source>Set up my plan at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/plan/PlanSetup.cpp" line="136"/>
        <source>Set up my plan to be hired as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PlanSnapshot</name>
    <message>
        <location filename="../core/storage/PlanSnapshot.cpp" line="33"/>
        <source>A copy cannot replace the plan it is made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanSnapshot.cpp" line="40"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanSnapshot.cpp" line="52"/>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanSnapshot.cpp" line="61"/>
        <source>The copy could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/PlanSnapshot.cpp" line="89"/>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PracticeDueLine</name>
    <message>
        <location filename="../ui/dashboard/PracticeDueLine.cpp" line="12"/>
        <source>Prac&amp;tise Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/PracticeDueLine.cpp" line="17"/>
        <source>A few questions against the clock, the due ones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/PracticeDueLine.cpp" line="27"/>
        <source>Interview practice: answer questions against the clock, before a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/PracticeDueLine.cpp" line="28"/>
        <source>Interview practice: nothing due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/PracticeDueLine.cpp" line="29"/>
        <source>Interview practice: &lt;b&gt;1 question&lt;/b&gt; due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/PracticeDueLine.cpp" line="30"/>
        <source>Interview practice: &lt;b&gt;%1 questions&lt;/b&gt; due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PracticePanel</name>
    <message>
        <location filename="../ui/interviews/PracticePanel.cpp" line="32"/>
        <source>&amp;Start Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticePanel.cpp" line="41"/>
        <source> questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticePanel.cpp" line="44"/>
        <source>1 minute each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticePanel.cpp" line="44"/>
        <source>%1 minutes each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticePanel.cpp" line="45"/>
        <source>No time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticePanel.cpp" line="49"/>
        <source>Readiness per Leadership Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticePanel.cpp" line="54"/>
        <source>Se&amp;ssion of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticePanel.cpp" line="56"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticePanel.cpp" line="96"/>
        <source>The question bank is empty: add the questions you expect on the Questions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticePanel.cpp" line="102"/>
        <source>&lt;b&gt;%1&lt;/b&gt; due again today · %2 never practised · %3 in the bank. A session asks the due ones first, then the principles with the fewest stories. A well-rated answer comes back later (1, 3, 7, 14, then 30 days), a poor one the next day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticePanel.cpp" line="105"/>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticePanel.cpp" line="105"/>
        <source>%1 questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PracticeRepository</name>
    <message>
        <location filename="../core/interviews/PracticeRepository.cpp" line="32"/>
        <source>A practice attempt answers a question of the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/PracticeRepository.cpp" line="34"/>
        <source>The date must be a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/PracticeRepository.cpp" line="39"/>
        <source>The time taken must be between 0 seconds and a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/PracticeRepository.cpp" line="41"/>
        <source>The time limit must be between 1 second and a day, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/PracticeRepository.cpp" line="44"/>
        <source>Each rating is from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PracticeSessionDialog</name>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="37"/>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="188"/>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="222"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="38"/>
        <source>&amp;Done Answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="39"/>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="41"/>
        <source>&amp;Write a Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="43"/>
        <source>&amp;Save &amp;&amp; Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="44"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="46"/>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="255"/>
        <source>Interview Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="61"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="68"/>
        <source>What to do better next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="82"/>
        <source>S&amp;tory told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="89"/>
        <source>St&amp;ructure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="89"/>
        <source>Situation, task, action and result all there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="90"/>
        <source>Spe&amp;cificity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="90"/>
        <source>What you did yourself, in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="91"/>
        <source>Measurable res&amp;ult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="91"/>
        <source>A number that shows the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="92"/>
        <source>&amp;Fit to the question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="92"/>
        <source>It answers the principle asked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="93"/>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="93"/>
        <source>Neither rushed nor rambling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="100"/>
        <source> of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="108"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="147"/>
        <source>Session done: 1 answer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="148"/>
        <source>Session done: %1 answers saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="149"/>
        <source>Well done. The questions come back when they are due again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="150"/>
        <source>Nothing saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="161"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="167"/>
        <source>%1 · %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="169"/>
        <source> · probes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="202"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="204"/>
        <source>Time is up: wrap up with the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="206"/>
        <source>1 second left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="207"/>
        <source>%1 seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="225"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="236"/>
        <source>Answered in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="255"/>
        <source>The answer was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/PracticeSessionDialog.cpp" line="274"/>
        <source>I had no story for this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="43"/>
        <source>&amp;Base salary bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="44"/>
        <source>&amp;Total compensation bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="48"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="51"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="52"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="53"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="59"/>
        <source>The system&apos;s (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="68"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="76"/>
        <source>The three-letter ISO code new pay packages and pay years start in, such as USD or EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="84"/>
        <source>Opened when Career Planner starts without a plan named; empty: the standard place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="85"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="93"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="103"/>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="104"/>
        <source>&amp;Figures and dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="106"/>
        <source>&amp;Currency of new pay entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="107"/>
        <source>&amp;Default plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="109"/>
        <source>Charts start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="111"/>
        <source>&amp;Pay projection over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="112"/>
        <source>Salary bands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="136"/>
        <source>For example %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="141"/>
        <source>The currency is a three-letter code, such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="143"/>
        <source>Project pay over 1 to 10 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="145"/>
        <source>Salary-band charts need base or total compensation bands, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="153"/>
        <source>Default Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="154"/>
        <source>Career plans (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PromotionCaseBuilder</name>
    <message>
        <location filename="../core/promotion/PromotionCaseBuilder.cpp" line="164"/>
        <source>To advance from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/PromotionCaseBuilder.cpp" line="168"/>
        <source>%1: promotion criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PromotionCaseMarkdown</name>
    <message>
        <location filename="../core/promotion/PromotionCaseMarkdown.cpp" line="62"/>
        <source># Promotion case

Your path has no promotion ahead: add a step to it first.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/PromotionCaseMarkdown.cpp" line="64"/>
        <source># Promotion case: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/PromotionCaseMarkdown.cpp" line="65"/>
        <source>From %1 to %2 on the %3 ladder, planned for %4.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/PromotionCaseMarkdown.cpp" line="68"/>
        <source>%1 criteria: %2 with evidence, %3 without.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/PromotionCaseMarkdown.cpp" line="69"/>
        <source>## What the level asks

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/PromotionCaseMarkdown.cpp" line="75"/>
        <source>**Gap:** no evidence yet. %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/PromotionCaseMarkdown.cpp" line="83"/>
        <source>## Skills against what %1 expects

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/PromotionCaseMarkdown.cpp" line="84"/>
        <source>| Skill | Expected | Now | Gap |
| --- | ---: | ---: | ---: |
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/PromotionCaseMarkdown.cpp" line="95"/>
        <source>## Evidence not yet placed

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PromotionCasePage</name>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="39"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="40"/>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="42"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="43"/>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="49"/>
        <source>What the level asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="57"/>
        <source>Evidence for the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="67"/>
        <source>Case &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="76"/>
        <source>Tick what goes in; the case lists it in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="95"/>
        <source>Go to &amp;My Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="136"/>
        <source>A promotion case needs a promotion ahead on your path. Lay out your path on My path; the case then lists what the next level asks, with your milestones, stories and feedback as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="148"/>
        <source>, aimed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="150"/>
        <source>%1 to %2%3: %4 things the level asks, %5 without evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="157"/>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="164"/>
        <source>&lt;b&gt;Skills:&lt;/b&gt; you meet every proficiency %1 expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="165"/>
        <source>&lt;b&gt;Skills below what %1 expects:&lt;/b&gt; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="178"/>
        <source>&lt;i&gt;Choose what the level asks to see its evidence.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="185"/>
        <source>Gap: no evidence yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="200"/>
        <source>Promotion Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="200"/>
        <source>The choice was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="230"/>
        <source>Promotion case - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="232"/>
        <source>Export Promotion Case as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="232"/>
        <source>Export Promotion Case as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="233"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="233"/>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="246"/>
        <source>Export Promotion Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionCasePage.cpp" line="246"/>
        <source>The case was not written.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PromotionCaseSection</name>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="39"/>
        <source>Your path has no promotion ahead: add a step to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="42"/>
        <source>From %1 to %2 on the %3 ladder, planned for %4. %5 criteria: %6 with evidence, %7 without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="48"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="48"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="48"/>
        <source>What shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="48"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="54"/>
        <source>Gap: no evidence yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="63"/>
        <source>Skills against what %1 expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="69"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="69"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="69"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="69"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="72"/>
        <source>Evidence not yet placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="85"/>
        <source>Promotion case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="85"/>
        <source>Promotion case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/PromotionCaseSection.cpp" line="87"/>
        <source>What the level asks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PromotionCaseStore</name>
    <message>
        <location filename="../core/promotion/PromotionCaseStore.cpp" line="83"/>
        <source>That step is no longer on your path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/promotion/PromotionCaseStore.cpp" line="93"/>
        <source>Change the evidence for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PromotionDialog</name>
    <message>
        <location filename="../ui/path/PromotionDialog.cpp" line="43"/>
        <source>Record a Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionDialog.cpp" line="43"/>
        <source>Edit Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionDialog.cpp" line="53"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionDialog.cpp" line="54"/>
        <source>&amp;Promoted to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionDialog.cpp" line="55"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionDialog.cpp" line="74"/>
        <source>My Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionDialog.cpp" line="74"/>
        <source>No promotion was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionDialog.cpp" line="75"/>
        <source>Lay out your path first, so the plan knows your ladder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PromotionListModel</name>
    <message>
        <location filename="../ui/path/PromotionListModel.cpp" line="11"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionListModel.cpp" line="11"/>
        <source>Promoted to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionListModel.cpp" line="11"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionListModel.cpp" line="37"/>
        <source>%1 (%2, held now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionListModel.cpp" line="38"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::PromotionsPanel</name>
    <message>
        <location filename="../ui/path/PromotionsPanel.cpp" line="25"/>
        <source>&amp;Edit Promotion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionsPanel.cpp" line="26"/>
        <source>Remo&amp;ve Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionsPanel.cpp" line="29"/>
        <source>Promotions that happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionsPanel.cpp" line="34"/>
        <source>Promotions you have had. The latest decides the level you hold now; record a new one with Record Promotion above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionsPanel.cpp" line="84"/>
        <source>Remove the promotion to %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionsPanel.cpp" line="88"/>
        <source>The level you hold goes back to %1, from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionsPanel.cpp" line="90"/>
        <source>The level you hold goes back to %1; say since when in Lay Out Path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionsPanel.cpp" line="92"/>
        <source>Remove Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionsPanel.cpp" line="94"/>
        <source>My Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/PromotionsPanel.cpp" line="94"/>
        <source>The promotion was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::QuestionBank</name>
    <message>
        <location filename="../core/interviews/QuestionBank.cpp" line="43"/>
        <source>A question needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/QuestionBank.cpp" line="45"/>
        <source>Keep the question under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/QuestionBank.cpp" line="47"/>
        <source>“%1” is not an interview stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/QuestionBank.cpp" line="49"/>
        <source>“%1” is not a kind of question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/QuestionBank.cpp" line="52"/>
        <source>“%1” is not a Leadership Principle of this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/QuestionBank.cpp" line="56"/>
        <source>“%1” is not a skill of this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/QuestionBank.cpp" line="60"/>
        <source>A ladder of a question needs its name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::QuestionDialog</name>
    <message>
        <location filename="../ui/interviews/QuestionDialog.cpp" line="27"/>
        <source>Add Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionDialog.cpp" line="27"/>
        <source>Edit Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionDialog.cpp" line="29"/>
        <source>As an interviewer would ask it: “Tell me about a time when…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionDialog.cpp" line="53"/>
        <source>From %1, “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionDialog.cpp" line="56"/>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionDialog.cpp" line="57"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionDialog.cpp" line="58"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionDialog.cpp" line="59"/>
        <source>&amp;Ladders (none ticked: every ladder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionDialog.cpp" line="61"/>
        <source>Leadership &amp;Principles probed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionDialog.cpp" line="63"/>
        <source>S&amp;kills probed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionDialog.cpp" line="98"/>
        <source>Tick the principles it probes, so that practice and readiness count it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::QuestionModel</name>
    <message>
        <location filename="../ui/interviews/QuestionModel.cpp" line="14"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionModel.cpp" line="14"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionModel.cpp" line="14"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionModel.cpp" line="14"/>
        <source>Probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionModel.cpp" line="14"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionModel.cpp" line="58"/>
        <source>From %1, “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionModel.cpp" line="60"/>
        <source>Not from the guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionModel.cpp" line="64"/>
        <source>Answered once; rating %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionModel.cpp" line="65"/>
        <source>Answered %1 times; latest rating %2 of 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::QuestionsPanel</name>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="32"/>
        <source>Search questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="32"/>
        <source>Interview questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="32"/>
        <source>&amp;Add Question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="33"/>
        <source>Any principle or skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="38"/>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="40"/>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="45"/>
        <source>Any ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="49"/>
        <source>&amp;Practise This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="61"/>
        <source>&amp;Add a Question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="64"/>
        <source>The questions interviewers ask, by stage and by Leadership Principle. Add the questions you expect, then practise them against the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="96"/>
        <source>&lt;i&gt;Choose a question to see where it comes from and how your answers went.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="105"/>
        <source>&lt;p&gt;Source: %1, “%2”.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="107"/>
        <source>&lt;p&gt;Not from the guides.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="113"/>
        <source>&lt;li&gt;%1: %2 of 5 in %3%4&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="118"/>
        <source>&lt;p&gt;Not practised yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="119"/>
        <source>&lt;p&gt;&lt;b&gt;Your answers&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="158"/>
        <source>Remove the question “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="160"/>
        <source>Remove the question “%1” and its practice answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="161"/>
        <source>Remove the question “%1” and its %2 practice answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="162"/>
        <source>Remove Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="164"/>
        <source>Question Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/QuestionsPanel.cpp" line="164"/>
        <source>The question was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ReadinessChart</name>
    <message>
        <location filename="../ui/interviews/ReadinessChart.cpp" line="27"/>
        <source>Readiness per Leadership Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/ReadinessChart.cpp" line="28"/>
        <source>Stories that show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/ReadinessChart.cpp" line="30"/>
        <source>Latest answer, rated 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/ReadinessChart.cpp" line="45"/>
        <source>Stories (count) · rating (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ReadinessModel</name>
    <message>
        <location filename="../ui/interviews/ReadinessModel.cpp" line="12"/>
        <source>Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/ReadinessModel.cpp" line="12"/>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/ReadinessModel.cpp" line="12"/>
        <source>Practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/ReadinessModel.cpp" line="12"/>
        <source>Latest rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/ReadinessModel.cpp" line="12"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/ReadinessModel.cpp" line="53"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/ReadinessModel.cpp" line="56"/>
        <source>%1 of 5, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/ReadinessModel.cpp" line="59"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/ReadinessModel.cpp" line="73"/>
        <source>No story shows %1 yet: write one before a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/ReadinessModel.cpp" line="75"/>
        <source>No question on %1 practised yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ReadinessPanel</name>
    <message>
        <location filename="../ui/skills/ReadinessPanel.cpp" line="34"/>
        <source>&amp;Promotion to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/ReadinessPanel.cpp" line="66"/>
        <source>%1 (target %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/ReadinessPanel.cpp" line="77"/>
        <source>Lay out your path on the “My path” tab to see how ready you are for each promotion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/ReadinessPanel.cpp" line="84"/>
        <source>&lt;b&gt;Readiness for %1: %2&lt;/b&gt; — milestones %3, skills %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::RecentPlansMenu</name>
    <message>
        <location filename="../ui/RecentPlansMenu.cpp" line="10"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecentPlansMenu.cpp" line="24"/>
        <source>&amp;%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecentPlansMenu.cpp" line="27"/>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecentPlansMenu.cpp" line="32"/>
        <source>No recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecentPlansMenu.cpp" line="34"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ReminderModel</name>
    <message>
        <location filename="../ui/applications/ReminderModel.cpp" line="12"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ReminderModel.cpp" line="12"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ReminderModel.cpp" line="12"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ReportDocument</name>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="243"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="244"/>
        <source>Promotion path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="245"/>
        <source>Salary bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="246"/>
        <source>Pay projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="247"/>
        <source>Market pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="248"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="249"/>
        <source>Goals and story coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="250"/>
        <source>Interview readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="251"/>
        <source>Job applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="252"/>
        <source>Promotion case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="258"/>
        <source>Career plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="260"/>
        <source>Report of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ResumeLinesDialog</name>
    <message>
        <location filename="../ui/stories/ResumeLinesDialog.cpp" line="23"/>
        <source>Résumé Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/ResumeLinesDialog.cpp" line="30"/>
        <source>No story has an action and a result to make a line of yet: write them in the story bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/ResumeLinesDialog.cpp" line="31"/>
        <source>%1 lines from your stories, %2 with a measurable result (first). A résumé must show measurable impact: give the others a figure in their stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/ResumeLinesDialog.cpp" line="42"/>
        <source>&amp;Copy All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/ResumeLinesDialog.cpp" line="43"/>
        <source>&amp;Save as Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/ResumeLinesDialog.cpp" line="64"/>
        <location filename="../ui/stories/ResumeLinesDialog.cpp" line="73"/>
        <source>Save Résumé Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/ResumeLinesDialog.cpp" line="65"/>
        <source>Résumé lines.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/ResumeLinesDialog.cpp" line="66"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/ResumeLinesDialog.cpp" line="73"/>
        <source>The lines were not written.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ScenarioCompareModel</name>
    <message>
        <location filename="../ui/path/ScenarioCompareModel.cpp" line="61"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/ScenarioCompareModel.cpp" line="66"/>
        <source>— (two currencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/ScenarioCompareModel.cpp" line="80"/>
        <source>Earned in %1 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ScenarioComparePage</name>
    <message>
        <location filename="../ui/path/ScenarioComparePage.cpp" line="38"/>
        <source>Scenarios to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/ScenarioComparePage.cpp" line="41"/>
        <source>Scenarios compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/ScenarioComparePage.cpp" line="53"/>
        <source>Tick two or three &amp;scenarios:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/ScenarioComparePage.cpp" line="108"/>
        <source>The scenario %1 earns in %2 and %3 in %4: add an exchange rate to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ScenarioListModel</name>
    <message>
        <location filename="../ui/path/ScenarioListModel.cpp" line="47"/>
        <source>%1 (the plan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::SchemaAudit</name>
    <message>
        <location filename="../core/storage/SchemaAudit.cpp" line="185"/>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::SchemaAudit::Findings</name>
    <message>
        <location filename="../core/storage/SchemaAudit.cpp" line="159"/>
        <source>the %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SchemaAudit.cpp" line="161"/>
        <source>it holds a %1 that Career Planner never makes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::SimulationResultModel</name>
    <message>
        <location filename="../ui/path/SimulationResultModel.cpp" line="8"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/SimulationResultModel.cpp" line="8"/>
        <source>1 in 10 by (P10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/SimulationResultModel.cpp" line="8"/>
        <source>Half by (P50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/SimulationResultModel.cpp" line="8"/>
        <source>9 in 10 by (P90)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::SkillMatrixModel</name>
    <message>
        <location filename="../ui/skills/SkillMatrixModel.cpp" line="94"/>
        <source>1 aware · 2 practising · 3 independent · 4 leads others · 5 sets the standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::SkillMatrixPanel</name>
    <message>
        <location filename="../ui/skills/SkillMatrixPanel.cpp" line="27"/>
        <source>Expected proficiency per level and skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillMatrixPanel.cpp" line="37"/>
        <source>Proficiency each level expects, 1 (learning) to 5 (sets the bar for others). The defaults are reasoned from the guides&apos; level descriptions (see data/skill-matrix.md); type a number to change one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/skills/SkillMatrixPanel.cpp" line="43"/>
        <source>&amp;Ladder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::SkillRepository</name>
    <message>
        <location filename="../core/skills/SkillRepository.cpp" line="37"/>
        <source>Choose the skill the goal is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/skills/SkillRepository.cpp" line="39"/>
        <source>The target proficiency is from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/skills/SkillRepository.cpp" line="41"/>
        <source>The due date must be a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/skills/SkillRepository.cpp" line="44"/>
        <source>A check-in needs a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/skills/SkillRepository.cpp" line="46"/>
        <source>A check-in rates proficiency from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/skills/SkillRepository.cpp" line="206"/>
        <source>Proficiency is from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/skills/SkillRepository.cpp" line="221"/>
        <source>That level or skill is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::SkillStore</name>
    <message>
        <location filename="../core/skills/SkillStore.cpp" line="42"/>
        <source>Expect %1 in %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/skills/SkillStore.cpp" line="67"/>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/skills/SkillStore.cpp" line="67"/>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/skills/SkillStore.cpp" line="80"/>
        <source>Remove goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/skills/SkillStore.cpp" line="82"/>
        <source>That goal is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::SkillsPage</name>
    <message>
        <location filename="../ui/SkillsPage.cpp" line="21"/>
        <source>Readiness &amp;&amp; gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SkillsPage.cpp" line="22"/>
        <source>Goals &amp;&amp; check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SkillsPage.cpp" line="23"/>
        <source>STAR stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SkillsPage.cpp" line="24"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SkillsPage.cpp" line="25"/>
        <source>Skill matrix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::StageDialog</name>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="28"/>
        <source>&amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="30"/>
        <source>&amp;At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="43"/>
        <source>Add Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="43"/>
        <source>Edit Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="58"/>
        <source>This computer&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="64"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="67"/>
        <source>By phone, video, on site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="81"/>
        <source>Questions asked that the bank does not have, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="85"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="87"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="98"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="99"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="100"/>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="101"/>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="102"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="103"/>
        <source>&amp;Interviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="104"/>
        <source>Their &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="105"/>
        <source>How it &amp;went:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="106"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="107"/>
        <source>Leadership &amp;Principles probed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="109"/>
        <source>&amp;Questions asked, from the bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="111"/>
        <source>New &amp;questions asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageDialog.cpp" line="182"/>
        <source>Rated before it has taken place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::StageModel</name>
    <message>
        <location filename="../ui/applications/StageModel.cpp" line="13"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageModel.cpp" line="13"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageModel.cpp" line="13"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageModel.cpp" line="13"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageModel.cpp" line="13"/>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageModel.cpp" line="72"/>
        <source>Not booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageModel.cpp" line="75"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageModel.cpp" line="79"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageModel.cpp" line="83"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StageModel.cpp" line="84"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::StatusFunnelChart</name>
    <message>
        <location filename="../ui/applications/StatusFunnelChart.cpp" line="44"/>
        <source>Applications by how far they got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StatusFunnelChart.cpp" line="45"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/StatusFunnelChart.cpp" line="62"/>
        <source>Applications (count)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::StepEditDialog</name>
    <message>
        <location filename="../ui/path/StepEditDialog.cpp" line="43"/>
        <source>Edit Step — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/StepEditDialog.cpp" line="58"/>
        <source>Move the later steps along, keeping their most likely times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/StepEditDialog.cpp" line="64"/>
        <source>&amp;Held since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/StepEditDialog.cpp" line="64"/>
        <source>&amp;Reached on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/StepEditDialog.cpp" line="69"/>
        <source>&amp;Time at level (fewest, most likely, most):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/StepEditDialog.cpp" line="72"/>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/StepEditDialog.cpp" line="96"/>
        <source>The open milestones of the old branch make way for those of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::StoriesPanel</name>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="34"/>
        <source>Search titles, situations, actions, results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="34"/>
        <source>STAR stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="57"/>
        <source>Stories per Leadership Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="35"/>
        <source>&amp;Add Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="66"/>
        <source>&lt;b&gt;Leadership Principle coverage&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="35"/>
        <source>Any principle or skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="48"/>
        <source>Résumé &amp;Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="50"/>
        <source>Each story&apos;s outcome as a one-line résumé bullet, the measurable ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="70"/>
        <source>&amp;Write a First Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="73"/>
        <source>Your STAR stories (situation, task, action, result), each tagged with the Leadership Principles and skills it shows, for interviews and promotion cases. Write a first story about a result you are proud of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="105"/>
        <source>Every principle has at least %1 stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="106"/>
        <source>%1 of %2 principles have fewer than %3 stories (highlighted): interview loops and bar raisers probe every principle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="113"/>
        <source>1 has no evidence at all, neither a story nor feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="114"/>
        <source>%1 have no evidence at all, neither a story nor feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="122"/>
        <source>&lt;i&gt;Choose a story to read it.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="127"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="128"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="129"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="130"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="131"/>
        <source>Measurable outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="168"/>
        <source>Story Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="168"/>
        <source>The story was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="164"/>
        <source>Remove Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoriesPanel.cpp" line="165"/>
        <source>Remove the story “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::StoryDialog</name>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="25"/>
        <source>Add STAR Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="25"/>
        <source>Edit STAR Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="27"/>
        <source>A short name you will recognise in an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="31"/>
        <source>Where you were and what was at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="32"/>
        <source>What you had to achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="33"/>
        <source>What you did yourself: &quot;I&quot;, not &quot;we&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="34"/>
        <source>What happened because of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="35"/>
        <source>The numbers: time saved, revenue, defects, adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="43"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="44"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="45"/>
        <source>&amp;Situation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="46"/>
        <source>T&amp;ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="47"/>
        <source>A&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="48"/>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="49"/>
        <source>&amp;Measurable outcomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="38"/>
        <source>Leadership &amp;Principles shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryDialog.cpp" line="39"/>
        <source>S&amp;kills shown:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::StoryModel</name>
    <message>
        <location filename="../ui/stories/StoryModel.cpp" line="42"/>
        <source>Situation: %1
Task: %2
Action: %3
Result: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryModel.cpp" line="11"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryModel.cpp" line="11"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/StoryModel.cpp" line="11"/>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::StoryRepository</name>
    <message>
        <location filename="../core/stories/StoryRepository.cpp" line="34"/>
        <source>A story needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/StoryRepository.cpp" line="36"/>
        <source>Keep the title under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/StoryRepository.cpp" line="38"/>
        <source>The date must be a real date between 1950 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::StoryStore</name>
    <message>
        <location filename="../core/stories/StoryStore.cpp" line="28"/>
        <source>Add story %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/StoryStore.cpp" line="29"/>
        <source>Edit story %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/StoryStore.cpp" line="40"/>
        <source>Remove story %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/StoryStore.cpp" line="41"/>
        <source>That story is no longer in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ThankYouDialog</name>
    <message>
        <location filename="../ui/applications/ThankYouDialog.cpp" line="17"/>
        <source>Thank-You Note — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ThankYouDialog.cpp" line="22"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/applications/ThankYouDialog.cpp" line="27"/>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::ThankYouDraft</name>
    <message>
        <location filename="../core/applications/ThankYouDraft.cpp" line="34"/>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ThankYouDraft.cpp" line="34"/>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ThankYouDraft.cpp" line="36"/>
        <source>Thank you for your time today and for telling me about the %1 role at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ThankYouDraft.cpp" line="40"/>
        <source>I enjoyed our conversations about %1, and they made me even keener to join the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ThankYouDraft.cpp" line="43"/>
        <source>If there is anything more I can tell you, I would be glad to. I look forward to hearing from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/applications/ThankYouDraft.cpp" line="44"/>
        <source>Best regards,</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::UncertaintyPage</name>
    <message>
        <location filename="../ui/path/UncertaintyPage.cpp" line="32"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/UncertaintyPage.cpp" line="33"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/UncertaintyPage.cpp" line="48"/>
        <source>The same seed gives the same result; change it to draw other careers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/UncertaintyPage.cpp" line="56"/>
        <source>Simulated dates per level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/UncertaintyPage.cpp" line="64"/>
        <source>Ca&amp;reers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/UncertaintyPage.cpp" line="66"/>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/UncertaintyPage.cpp" line="88"/>
        <source>Each level&apos;s time is drawn between your fewest and most years, most often near the most likely; for the level you hold now, from the time it has left. Run to see how sure the dates are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/UncertaintyPage.cpp" line="113"/>
        <source>The path needs at least one promotion to simulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/UncertaintyPage.cpp" line="144"/>
        <source>Simulating %L1 careers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/UncertaintyPage.cpp" line="170"/>
        <source>Cancelled after %L1 careers; nothing shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/UncertaintyPage.cpp" line="180"/>
        <source>%L1 careers drawn with seed %2. Read a row as: 1 in 10 reach the level by the first date, half by the second, 9 in 10 by the third.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/path/UncertaintyPage.cpp" line="187"/>
        <source>Earnings are not drawn. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::UndoHistoryDock</name>
    <message>
        <location filename="../ui/undo/UndoHistoryDock.cpp" line="11"/>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undo/UndoHistoryDock.cpp" line="17"/>
        <source>The plan as opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undo/UndoHistoryDock.cpp" line="18"/>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undo/UndoHistoryDock.cpp" line="19"/>
        <source>Click a step to undo or redo back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undo/UndoHistoryDock.cpp" line="23"/>
        <source>Undo &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/undo/UndoHistoryDock.cpp" line="25"/>
        <source>Every change made since the plan was opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::UserGuide</name>
    <message>
        <location filename="../ui/widgets/UserGuide.cpp" line="19"/>
        <source>Career Planner User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::VestingSchedule</name>
    <message>
        <location filename="../core/pay/VestingSchedule.cpp" line="59"/>
        <source>A vesting schedule needs at least one tranche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/VestingSchedule.cpp" line="63"/>
        <source>Each tranche must vest more than 0% and at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/VestingSchedule.cpp" line="65"/>
        <source>Tranches must vest in order, each in a later month than the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/VestingSchedule.cpp" line="67"/>
        <source>Vesting longer than ten years is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pay/VestingSchedule.cpp" line="72"/>
        <source>The tranches add up to %1%, not 100%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::VestingTableModel</name>
    <message>
        <location filename="../ui/pay/VestingTableModel.cpp" line="97"/>
        <source>Month after grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pay/VestingTableModel.cpp" line="97"/>
        <source>Vests (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::WelcomeAimPage</name>
    <message>
        <location filename="../ui/welcome/WelcomeAimPage.cpp" line="22"/>
        <source>Where you want to get to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeAimPage.cpp" line="23"/>
        <source>Your path gets each level&apos;s typical time from the career guides and the milestones that make the case for each promotion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeAimPage.cpp" line="30"/>
        <source>&amp;Target level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeAimPage.cpp" line="31"/>
        <source>B&amp;ranch where the ladder splits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeAimPage.cpp" line="69"/>
        <source>You hold the top of this ladder: your path is the level you hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::WelcomePayPage</name>
    <message>
        <location filename="../ui/welcome/WelcomePayPage.cpp" line="15"/>
        <source>Base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePayPage.cpp" line="16"/>
        <source>Total compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePayPage.cpp" line="19"/>
        <source>What you are paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePayPage.cpp" line="20"/>
        <source>This year&apos;s pay, to place you in your level&apos;s band. It stays in your plan file, on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePayPage.cpp" line="24"/>
        <source>for example 150,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePayPage.cpp" line="25"/>
        <source>Optional: base, bonus and stock together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePayPage.cpp" line="30"/>
        <source>&amp;Base salary a year (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePayPage.cpp" line="31"/>
        <source>&amp;Total compensation a year (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomePayPage.cpp" line="57"/>
        <source>You can leave pay for later: Pay history ▸ Record a Year adds it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::WelcomeStandPage</name>
    <message>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="19"/>
        <source>I am &amp;not on this ladder yet (applying, or moving from another role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="25"/>
        <source>Where you stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="26"/>
        <source>A few answers put you on the ladder; you can change any of them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="36"/>
        <source>My company&apos;s own ladder (make it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="45"/>
        <source>Optional, for example Seattle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="48"/>
        <source>&amp;Ladder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="50"/>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="70"/>
        <source>Level you &amp;hold now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="51"/>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="71"/>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="52"/>
        <source>L&amp;ocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="77"/>
        <source>Level to be &amp;hired at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="78"/>
        <source>Hired &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="133"/>
        <source>Finish makes your company&apos;s ladder first; then File ▸ Set Up My Plan puts you on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="135"/>
        <source>This ladder has no levels yet: choose another, or add its levels first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeStandPage.cpp" line="139"/>
        <source>Your path starts with getting hired: the hiring process&apos;s stages become its first milestones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::WelcomeWizard</name>
    <message>
        <location filename="../ui/welcome/WelcomeWizard.cpp" line="22"/>
        <source>Welcome to Career Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeWizard.cpp" line="26"/>
        <source>&amp;Explore a Sample Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeWizard.cpp" line="27"/>
        <source>&amp;Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeWizard.cpp" line="29"/>
        <source>Opens a sample plan in a window of its own; your plan stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome/WelcomeWizard.cpp" line="90"/>
        <source>Your plan was not set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::WritingPanel</name>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="39"/>
        <source>&amp;Save Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="42"/>
        <source>Drafts of the writing exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="47"/>
        <source>Write the exercise here: a page, in full sentences, with the data behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="53"/>
        <source>&amp;New Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="56"/>
        <source>Blank page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="62"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="64"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="66"/>
        <source>Export &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="81"/>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="97"/>
        <source>&amp;Start a Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="100"/>
        <source>The writing assessment usually comes after the phone screens: a one-page prompt to analyse a product decision, suggest improvements or explain a strategy. Start a draft from the working-backwards template and write against a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="157"/>
        <source>Choose a draft, or start a new one from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="170"/>
        <source>A blank page. Written %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="173"/>
        <source>From “%1”: %2 Written %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="185"/>
        <source>about %1% of a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="186"/>
        <source>about %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="187"/>
        <source>%1 · %2 (the prompt asks for about one page)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="188"/>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="188"/>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="189"/>
        <source> · not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="198"/>
        <source>Writing exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="206"/>
        <location filename="../ui/interviews/WritingPanel.cpp" line="232"/>
        <location filename="../ui/interviews/WritingPanel.cpp" line="251"/>
        <source>Writing Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="206"/>
        <source>The draft was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="232"/>
        <source>The draft was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="247"/>
        <source>Remove Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="247"/>
        <source>Remove the draft “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="251"/>
        <source>The draft was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="262"/>
        <source>Export Draft as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="262"/>
        <source>Export Draft as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="263"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="263"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="273"/>
        <source>Export Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/interviews/WritingPanel.cpp" line="273"/>
        <source>The draft was not written.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::WritingTemplates</name>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="25"/>
        <source>Working backwards from the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="26"/>
        <source>Start from the customer&apos;s problem and argue for one proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="27"/>
        <source>The customer and the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="27"/>
        <source>What I propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="27"/>
        <source>The data behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="28"/>
        <source>Risks and trade-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="28"/>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="31"/>
        <source>Analysing a product decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="32"/>
        <source>Take a decision apart and say what you would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="33"/>
        <source>The decision and its goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="33"/>
        <source>What the data shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="33"/>
        <source>What I would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="34"/>
        <source>How we would know it worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="34"/>
        <source>What we give up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="37"/>
        <source>Explaining a strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="38"/>
        <source>Lay out where a product should go and how to get there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="39"/>
        <source>Where we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="39"/>
        <source>Where we should go, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="39"/>
        <source>How we get there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="40"/>
        <source>The metrics that show progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/interviews/WritingTemplates.cpp" line="40"/>
        <source>Risks, and what we would do about them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerplanner::YearRangeEditor</name>
    <message>
        <location filename="../ui/widgets/YearRangeEditor.cpp" line="28"/>
        <source>or more (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/YearRangeEditor.cpp" line="30"/>
        <source>Fewest years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/YearRangeEditor.cpp" line="31"/>
        <source>Most years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/YearRangeEditor.cpp" line="35"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sql</name>
    <message>
        <location filename="../core/storage/SqlHelpers.cpp" line="22"/>
        <source>The disk is full, so the change was not saved; the plan is as it was before it. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
