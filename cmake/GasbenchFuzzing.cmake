# The fuzz preset (GASBENCH_BUILD_FUZZERS): clang, every target instrumented for libFuzzer's
# coverage and for ASan + UBSan; the fuzz targets in tests/fuzz/ link libFuzzer's main.
if(GASBENCH_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "GASBENCH_BUILD_FUZZERS needs clang (the fuzz preset sets clang++-14)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
