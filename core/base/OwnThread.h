#pragma once

#include <future>
#include <system_error>
#include <utility>

namespace careerplanner {

// Starts work on a thread of its own. Where no thread can be had, the work waits and runs
// on the thread that asks the future for its result, so the caller's code is the same.
template<typename Work> auto startOnOwnThread(Work &&work)
{
    try {
        return std::async(std::launch::async, work); // a copy: work is still whole if this throws
    } catch (const std::system_error &) {
        return std::async(std::launch::deferred, std::forward<Work>(work));
    }
}

} // namespace careerplanner
