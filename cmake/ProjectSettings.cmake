# One INTERFACE target carries the language standard, the warnings and the strict Qt
# defines, so every target of ours is built the same way (CONTRIBUTING.md, "Rules the code keeps").
add_library(careerplanner_settings INTERFACE)

target_compile_features(careerplanner_settings INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(careerplanner_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast
    $<$<BOOL:${CAREERPLANNER_WERROR}>:-Werror>)

target_compile_definitions(careerplanner_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    CAREERPLANNER_VERSION="${PROJECT_VERSION}")

# Tests build with the same warnings but may write string literals where a QString is
# wanted: their tables of cases read better that way. Product code keeps the strict casts.
add_library(careerplanner_test_settings INTERFACE)
target_compile_features(careerplanner_test_settings INTERFACE cxx_std_17)
target_compile_options(careerplanner_test_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast
    $<$<BOOL:${CAREERPLANNER_WERROR}>:-Werror>)
target_compile_definitions(careerplanner_test_settings INTERFACE
    QT_NO_CONTEXTLESS_CONNECT
    CAREERPLANNER_VERSION="${PROJECT_VERSION}")

# RelWithDebInfo with line tables only (-g1 after CMake's -g): enough for a backtrace with
# file and line, at two thirds of the time full debug info costs every file. A Debug build
# keeps everything for stepping through.
add_compile_options($<$<CONFIG:RelWithDebInfo>:-g1>)

# Qt's headers are most of what every file compiles: precompiled once per library (and once
# for all the tests), they take a third or more off a clean build, which CI makes three of.
option(CAREERPLANNER_PCH "Precompile the Qt headers" ON)
function(careerplanner_precompile_qt target)
    if(CAREERPLANNER_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()

# AddressSanitizer and UndefinedBehaviorSanitizer for every target, tests included
# (scripts/sanitize.sh); any report fails the run.
option(CAREERPLANNER_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(CAREERPLANNER_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

# Fuzzing (clang): everything instrumented for libFuzzer, with both sanitizers on.
option(CAREERPLANNER_FUZZ "Build the libFuzzer targets (needs clang)" OFF)
if(CAREERPLANNER_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
