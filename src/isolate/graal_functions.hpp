// The typed bodies of the graal_isolate.h functions (graal_api.cpp), shared by the exported
// graal_* shims, by islet_isolate_functions() and by the entry-point support for libraries built
// with `islet --shared` (entry_points.cpp). Hidden inside libislet.so, so that a library that
// defines graal_* functions of its own can never interpose on these.
#pragma once

#include <cstddef>

#include "graal_isolate.h"
#include "runtime/options.hpp"

namespace islet::runtime {
class Isolate;
class VMThread;
}  // namespace islet::runtime

namespace islet::isolate_api {

// The isolate's options from graal_create_isolate's parameters (which may be null): the
// application class path is the CLASSPATH environment variable.
runtime::VMOptions options_from(const graal_create_isolate_params_t* params);

// 0 and the isolate of `thread` if it is a thread of a live isolate and the calling thread's own;
// ISLET_ISOLATE_NULL_ARGUMENT or ISLET_ISOLATE_NOT_CURRENT otherwise.
int check_own_thread(runtime::VMThread* thread, runtime::Isolate** isolate);

int create_isolate(runtime::VMOptions options, graal_isolate_t** isolate, graal_isolatethread_t** thread);
int create_isolate(graal_create_isolate_params_t* params, graal_isolate_t** isolate, graal_isolatethread_t** thread);
int attach_thread(graal_isolate_t* isolate, graal_isolatethread_t** thread);
graal_isolatethread_t* get_current_thread(graal_isolate_t* isolate);
graal_isolate_t* get_isolate(graal_isolatethread_t* thread);
int detach_thread(graal_isolatethread_t* thread);
int tear_down_isolate(graal_isolatethread_t* thread);
int tear_down_isolate_timed(graal_isolatethread_t* thread, long timeout_millis, char* report, size_t report_size);

}  // namespace islet::isolate_api
