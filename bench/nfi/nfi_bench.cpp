// NFI call costs beside their anchors, in one run: a direct C call, raw libffi ffi_call and a raw
// libffi closure round trip, then the NFI's typed, direct-typed and dynamic calls and callbacks.
// The callee lives in a shared library (tests/nfi/testlib.c), so every call crosses a PLT-free
// function pointer exactly as NFI calls do.
#include <benchmark/benchmark.h>
#include <dlfcn.h>
#include <ffi.h>

#include <cstdio>
#include <cstdlib>

#include "islet/nfi.hpp"

namespace nfi = islet::nfi;

namespace {

using BinaryOp = int32_t (*)(int32_t, int32_t);

void* testlib() {
  static void* handle = dlopen(ISLET_NFI_TESTLIB, RTLD_NOW);
  if (handle == nullptr) {
    std::fprintf(stderr, "cannot open %s: %s\n", ISLET_NFI_TESTLIB, dlerror());
    std::exit(1);
  }
  return handle;
}

BinaryOp native_add() { return reinterpret_cast<BinaryOp>(dlsym(testlib(), "bench_add")); }

// --- anchors ---

void DirectCall(benchmark::State& state) {
  BinaryOp add = native_add();
  benchmark::DoNotOptimize(add);  // keeps the call indirect, as a dynamic binding is
  int32_t a = 1, b = 2;
  for (auto _ : state) {
    benchmark::DoNotOptimize(a = add(a, b));
  }
}
BENCHMARK(DirectCall);

void RawLibffiCall(benchmark::State& state) {
  ffi_cif cif;
  ffi_type* arguments[] = {&ffi_type_sint32, &ffi_type_sint32};
  ffi_prep_cif(&cif, FFI_DEFAULT_ABI, 2, &ffi_type_sint32, arguments);
  BinaryOp add = native_add();
  int32_t a = 1, b = 2;
  void* values[] = {&a, &b};
  ffi_arg result;
  for (auto _ : state) {
    ffi_call(&cif, FFI_FN(add), &result, values);
    a = static_cast<int32_t>(result);
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(RawLibffiCall);

int32_t add_in_cpp(int32_t a, int32_t b) { return a + b; }

void raw_closure_handler(ffi_cif*, void* result, void** arguments, void* user_data) {
  auto target = reinterpret_cast<BinaryOp>(user_data);
  *static_cast<ffi_arg*>(result) =
      target(*static_cast<int32_t*>(arguments[0]), *static_cast<int32_t*>(arguments[1]));
}

void RawLibffiClosure(benchmark::State& state) {
  static ffi_cif cif;
  static ffi_type* arguments[] = {&ffi_type_sint32, &ffi_type_sint32};
  ffi_prep_cif(&cif, FFI_DEFAULT_ABI, 2, &ffi_type_sint32, arguments);
  void* code;
  auto* closure = static_cast<ffi_closure*>(ffi_closure_alloc(sizeof(ffi_closure), &code));
  ffi_prep_closure_loc(closure, &cif, raw_closure_handler, reinterpret_cast<void*>(&add_in_cpp),
                       code);
  auto callback = reinterpret_cast<BinaryOp>(code);
  benchmark::DoNotOptimize(callback);
  int32_t a = 1, b = 2;
  for (auto _ : state) {
    benchmark::DoNotOptimize(a = callback(a, b));
  }
  ffi_closure_free(closure);
}
BENCHMARK(RawLibffiClosure);

// --- the NFI ---

nfi::Library& library() {
  static nfi::Library lib = nfi::load(ISLET_NFI_TESTLIB);
  return lib;
}

void NfiTypedCall(benchmark::State& state) {
  nfi::Function add = library().bind("bench_add", "(sint32, sint32):sint32");
  int32_t a = 1, b = 2;
  for (auto _ : state) {
    benchmark::DoNotOptimize(a = add.call<int32_t>(a, b));
  }
}
BENCHMARK(NfiTypedCall);

void NfiTypedDirect(benchmark::State& state) {
  auto add = library().bind<int32_t(int32_t, int32_t)>("bench_add", "(sint32, sint32):sint32");
  if (!add.is_direct()) state.SkipWithError("expected a direct binding");
  int32_t a = 1, b = 2;
  for (auto _ : state) {
    benchmark::DoNotOptimize(a = add(a, b));
  }
}
BENCHMARK(NfiTypedDirect);

void NfiDynamicExecute(benchmark::State& state) {
  nfi::Function add = library().bind("bench_add", "(sint32, sint32):sint32");
  int32_t a = 1, b = 2;
  for (auto _ : state) {
    nfi::Value result = add.execute({nfi::Value(a), nfi::Value(b)});
    a = static_cast<int32_t>(result.as<int64_t>());
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(NfiDynamicExecute);

void NfiCallbackTyped(benchmark::State& state) {
  nfi::Closure closure =
      nfi::Signature("(sint32, sint32):sint32").create_closure([](int32_t a, int32_t b) {
        return a + b;
      });
  auto callback = closure.as<int32_t(int32_t, int32_t)>();
  benchmark::DoNotOptimize(callback);
  int32_t a = 1, b = 2;
  for (auto _ : state) {
    benchmark::DoNotOptimize(a = callback(a, b));
  }
}
BENCHMARK(NfiCallbackTyped);

void NfiCallbackDynamic(benchmark::State& state) {
  nfi::Closure closure =
      nfi::Signature("(sint32, sint32):sint32")
          .create_closure(nfi::Value::function([](std::span<const nfi::Value> arguments) {
            return nfi::Value(arguments[0].as<int32_t>() + arguments[1].as<int32_t>());
          }));
  auto callback = closure.as<int32_t(int32_t, int32_t)>();
  benchmark::DoNotOptimize(callback);
  int32_t a = 1, b = 2;
  for (auto _ : state) {
    benchmark::DoNotOptimize(a = callback(a, b));
  }
}
BENCHMARK(NfiCallbackDynamic);

// Downcall and upcall together: the NFI calls C, which calls the C++ lambda once.
void NfiDowncallWithCallback(benchmark::State& state) {
  nfi::Function run = library().bind("bench_callback", "((sint32, sint32):sint32, sint32):sint32");
  nfi::Closure closure =
      nfi::Signature("(sint32, sint32):sint32").create_closure([](int32_t a, int32_t b) {
        return a + b;
      });
  void* callback = closure.address();
  for (auto _ : state) {
    benchmark::DoNotOptimize(run.call<int32_t>(callback, 2));
  }
}
BENCHMARK(NfiDowncallWithCallback);

}  // namespace

BENCHMARK_MAIN();
