// Compiled only to make the precompiled Qt headers the tests share (tests/CMakeLists.txt).
