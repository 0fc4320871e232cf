# The warning flags of project code (never of generated protobuf code or
# system headers); -Werror only with CHECKER_WERROR.
set(CHECKER_WARNING_FLAGS -Wall -Wextra)
if(CHECKER_WERROR)
  list(APPEND CHECKER_WARNING_FLAGS -Werror)
endif()

# checker_library(NAME name SRCS ... DEPS ...)
#   A project library: C++20, strict warnings (project code only), includes from
#   the repository root so headers read "checker/base/issue.h".
function(checker_library)
  cmake_parse_arguments(ARG "" "NAME" "SRCS;DEPS" ${ARGN})
  add_library(${ARG_NAME} ${ARG_SRCS})
  target_include_directories(${ARG_NAME} PUBLIC ${PROJECT_SOURCE_DIR})
  target_compile_options(${ARG_NAME} PRIVATE ${CHECKER_WARNING_FLAGS})
  target_link_libraries(${ARG_NAME} PUBLIC ${ARG_DEPS})
endfunction()

# checker_test(NAME name SRCS ... DEPS ...)
#   A GoogleTest binary registered with CTest. Tests run from the repository
#   root, so they can read claims/, tests/golden/ and ../shared/corpus/.
#   Nothing when CHECKER_BUILD_TESTS is OFF.
function(checker_test)
  if(NOT CHECKER_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "NAME" "SRCS;DEPS" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SRCS})
  target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR})
  target_compile_options(${ARG_NAME} PRIVATE ${CHECKER_WARNING_FLAGS})
  target_link_libraries(${ARG_NAME} PRIVATE ${ARG_DEPS} GTest::gmock GTest::gtest_main)
  gtest_discover_tests(${ARG_NAME}
    DISCOVERY_MODE PRE_TEST
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    PROPERTIES ENVIRONMENT "CHECKER_BINARY_DIR=${PROJECT_BINARY_DIR}")
endfunction()

# checker_use_jemalloc(target)
#   Links jemalloc into a program that holds millions of small protobuf
#   objects: with glibc's malloc, `checker check` spends about a fifth of its
#   time in malloc and free (BUILD_NOTES.md). Not under the sanitizers or
#   fuzzers, which bring their own allocator; a warning when it is missing.
find_library(CHECKER_JEMALLOC NAMES jemalloc)
function(checker_use_jemalloc target)
  if(CHECKER_SANITIZE OR CHECKER_BUILD_FUZZERS)
    return()
  endif()
  if(CHECKER_JEMALLOC)
    target_link_libraries(${target} PRIVATE ${CHECKER_JEMALLOC})
  else()
    message(WARNING "jemalloc not found (scripts/setup.sh installs "
                    "libjemalloc-dev); ${target} uses glibc malloc, slower")
  endif()
endfunction()
