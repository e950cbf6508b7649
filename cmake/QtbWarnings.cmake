# Project-wide compile flags. Warnings are errors (QTB_WERROR) so main stays clean.
add_library(qtb_options INTERFACE)
target_compile_options(qtb_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(QTB_WERROR)
  target_compile_options(qtb_options INTERFACE -Werror)
endif()
if(QTB_SANITIZE)
  target_compile_options(qtb_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                               -fno-sanitize-recover=undefined)
  target_link_options(qtb_options INTERFACE -fsanitize=address,undefined)
endif()
target_include_directories(qtb_options INTERFACE ${PROJECT_SOURCE_DIR}/src)
