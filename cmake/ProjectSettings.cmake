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
