#include "app/AppLauncher.h"

int main(int argc, char *argv[])
{
    return careerplanner::AppLauncher::run(argc, argv);
}
