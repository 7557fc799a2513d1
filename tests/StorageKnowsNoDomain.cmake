# core/storage knows no domain (issue 22): its files include only their own folder, common/
# and system headers, and declare no type of another core folder (a forward declaration of
# security::Session in Connection would hide the dependency the include check looks for).
# Run by ctest: cmake -DSTORAGE_DIR=<core/storage> -P StorageKnowsNoDomain.cmake
file(GLOB sources "${STORAGE_DIR}/*.h" "${STORAGE_DIR}/*.cpp")
if(NOT sources)
    message(FATAL_ERROR "no sources in ${STORAGE_DIR}")
endif()
set(offences "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]*/|^[ \t]*namespace[ \t]+redgrid::[a-z]")
    foreach(line IN LISTS lines)
        if(line MATCHES "#[ \t]*include[ \t]*\"common/" OR line MATCHES "namespace[ \t]+redgrid::storage")
            continue()
        endif()
        get_filename_component(name "${source}" NAME)
        string(APPEND offences "\n  core/storage/${name}: ${line}")
    endforeach()
endforeach()
if(offences)
    message(FATAL_ERROR "core/storage must not know a domain folder:${offences}")
endif()
list(LENGTH sources count)
message(STATUS "core/storage: ${count} files, none includes a domain folder")
