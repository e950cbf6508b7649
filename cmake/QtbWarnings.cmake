# Project-wide compile flags. Warnings are errors (QTB_WERROR) so main stays clean.
add_library(qtb_options INTERFACE)
target_compile_options(qtb_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
# GCC 12 at -O2/-O3 reports false -Wrestrict overlaps inside std::string's operator+ (GCC bug
# 105329, fixed in GCC 13); the warning stays off for that compiler only.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(qtb_options INTERFACE -Wno-restrict)
endif()
if(QTB_WERROR)
  target_compile_options(qtb_options INTERFACE -Werror)
endif()
if(QTB_SANITIZE)
  target_compile_options(qtb_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                               -fno-sanitize-recover=undefined)
  target_link_options(qtb_options INTERFACE -fsanitize=address,undefined)
endif()
target_include_directories(qtb_options INTERFACE ${PROJECT_SOURCE_DIR}/src)
