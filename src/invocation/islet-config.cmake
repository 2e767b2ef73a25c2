# find_package(islet) for embedders, installed as <prefix>/lib/cmake/islet/islet-config.cmake:
# islet::islet is libislet.so, islet::jvm the drop-in lib/server/libjvm.so; both carry the
# include directories of jni.h and graal_isolate.h.
get_filename_component(_islet_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
foreach(_islet_target islet jvm)
  if(NOT TARGET islet::${_islet_target})
    add_library(islet::${_islet_target} SHARED IMPORTED)
    if(_islet_target STREQUAL "jvm")
      set(_islet_library "${_islet_prefix}/lib/server/libjvm.so")
    else()
      set(_islet_library "${_islet_prefix}/lib/libislet.so")
    endif()
    set_target_properties(islet::${_islet_target} PROPERTIES
      IMPORTED_LOCATION "${_islet_library}"
      INTERFACE_INCLUDE_DIRECTORIES "${_islet_prefix}/include;${_islet_prefix}/include/linux")
  endif()
endforeach()
set(islet_FOUND TRUE)
