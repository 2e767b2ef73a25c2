// Callbacks: C++ callables where C expects function pointers (typed and Value-based), nesting
// in both directions, function pointers returned both ways, foreign threads, and exceptions.
#include <gtest/gtest.h>

#include <atomic>
#include <cstring>
#include <stdexcept>
#include <thread>

#include "islet/nfi.hpp"

namespace nfi = islet::nfi;
using Kind = nfi::Error::Kind;

namespace {

class NfiCallback : public ::testing::Test {
 protected:
  void TearDown() override { EXPECT_EQ(context.closure_count(), 0u) << "a closure leaked"; }
  nfi::Context context;
  nfi::Library lib = context.load(ISLET_NFI_TESTLIB);
};

template <class Action>
nfi::Error error_of(Action action) {
  try {
    action();
  } catch (const nfi::Error& error) {
    return error;
  }
  ADD_FAILURE() << "expected an islet::nfi::Error";
  return nfi::Error(Kind::Usage, "none");
}

}  // namespace

TEST_F(NfiCallback, TypedLambdaBecomesAFunctionPointer) {
  nfi::Function apply = lib.bind("apply_int", "((SINT32):SINT32, SINT32):SINT32");
  EXPECT_EQ(apply.call<int>([](int32_t x) { return x + 1; }, 41), 42);
  int calls = 0;
  nfi::Function twice = lib.bind("apply_int_twice", "((SINT32):SINT32, SINT32):SINT32");
  EXPECT_EQ(twice
                .execute({[&calls](int32_t x) {
                            ++calls;
                            return x * 3;
                          },
                          2})
                .as<int>(),
            18);
  EXPECT_EQ(calls, 2);
}

TEST_F(NfiCallback, ValueCallablesReceiveValues) {
  nfi::Function apply =
      lib.bind("apply_double", "((DOUBLE, DOUBLE):DOUBLE, DOUBLE, DOUBLE):DOUBLE");
  nfi::Value callback = nfi::Value::function([](std::span<const nfi::Value> arguments) {
    return nfi::Value(arguments[0].as<double>() * arguments[1].as<double>());
  });
  EXPECT_DOUBLE_EQ(apply.execute({callback, 1.5, 4.0}).as<double>(), 6.0);
  std::vector<int> seen;
  lib.bind("repeat_void", "((SINT32):VOID, SINT32):VOID")
      .execute({[&seen](int32_t i) { seen.push_back(i); }, 4});
  EXPECT_EQ(seen, (std::vector<int>{0, 1, 2, 3}));
}

TEST_F(NfiCallback, CallbackArgumentsAndResultsFollowTheMarshallingTable) {
  // A UINT64 argument above INT64_MAX and a UINT8 0xFF arrive as unsigned values.
  nfi::Function apply = lib.bind("apply_u64", "((UINT64, UINT8):UINT64, UINT64):SINT64");
  nfi::Value callback = nfi::Value::function([](std::span<const nfi::Value> arguments) {
    EXPECT_EQ(arguments[0].kind(), nfi::Value::Kind::UInt);
    EXPECT_EQ(arguments[1].as<int>(), 255);
    return nfi::Value(arguments[0].as<uint64_t>() + 1);
  });
  EXPECT_EQ(apply.execute({callback, 0xFFFFFFFF00000000ull}).as<int64_t>(), 0xFFFFFFFF);
  // Narrow results are widened as the C caller expects (sign or zero extension).
  nfi::Function narrow = lib.bind("narrow_results", "(():SINT8, ():UINT8, ():SINT16):SINT32");
  EXPECT_EQ(narrow
                .execute({[] { return int8_t{-1}; }, [] { return uint8_t{255}; },
                          [] { return int16_t{-2}; }})
                .as<int>(),
            1);
  EXPECT_EQ(narrow
                .execute({nfi::Value::function([](auto) { return nfi::Value(255); }),
                          nfi::Value::function([](auto) { return nfi::Value(-1); }),
                          nfi::Value::function([](auto) { return nfi::Value(65534); })})
                .as<int>(),
            1);
  EXPECT_FLOAT_EQ(lib.bind("apply_float", "((FLOAT):FLOAT, FLOAT):FLOAT")
                      .call<float>([](float x) { return x / 2; }, 3.0f),
                  1.5f);
  long double fine = 1.0L + 0x1p-60L;
  EXPECT_EQ(lib.bind("apply_fp80", "((FP80):FP80, FP80):FP80")
                .execute({nfi::Value::function([](std::span<const nfi::Value> arguments) {
                            return nfi::Value(arguments[0].as_long_double() * 2);
                          }),
                          fine})
                .as_long_double(),
            2 * fine);
  nfi::Value point = lib.bind("apply_point",
                              "((STRUCT(SINT32, DOUBLE)):STRUCT(SINT32, DOUBLE), SINT32, "
                              "DOUBLE):STRUCT(SINT32, DOUBLE)")
                         .execute({nfi::Value::function([](std::span<const nfi::Value> arguments) {
                                     auto fields = arguments[0].fields();
                                     return nfi::Value::structure(
                                         {fields[0].as<int>() * 10, fields[1].as<double>() + 1});
                                   }),
                                   4, 0.5});
  EXPECT_EQ(point.fields()[0].as<int>(), 40);
  EXPECT_DOUBLE_EQ(point.fields()[1].as<double>(), 1.5);
}

TEST_F(NfiCallback, StringsInAndOut) {
  std::string received;
  nfi::Function give = lib.bind("give_string", "((STRING):SINT32, STRING):SINT32");
  EXPECT_EQ(give.execute({[&received](std::string text) {
                            received = text;
                            return 7;
                          },
                          "from C++"})
                .as<int>(),
            7);
  EXPECT_EQ(received, "from C++");
  EXPECT_EQ(give.execute({[&received](const char* text) {
                            received = text;
                            return int32_t(std::strlen(text));
                          },
                          "raw"})
                .as<int>(),
            3);
  EXPECT_EQ(received, "raw");
  // Strings returned to C are malloc'ed copies that the C side frees (ASan checks the free).
  nfi::Function take = lib.bind("take_string", "((SINT32):STRING, SINT32):SINT32");
  EXPECT_EQ(take.execute({[](int32_t n) { return std::string(n, 'x'); }, 12}).as<int>(), 12);
  EXPECT_EQ(take.execute({[](int32_t) -> const char* { return "literal"; }, 0}).as<int>(), 7);
  EXPECT_EQ(
      take.execute({nfi::Value::function([](auto) { return nfi::Value("value"); }), 0}).as<int>(),
      5);
  EXPECT_EQ(take.execute({nfi::Value::function([](auto) { return nfi::Value(); }), 0}).as<int>(),
            -1);
}

TEST_F(NfiCallback, NativeFunctionPointersPassedToCallbacksAreCallable) {
  nfi::Function give =
      lib.bind("give_native_function", "(((SINT32):SINT32, SINT32):SINT32, SINT32):SINT32");
  nfi::Value callback = nfi::Value::function([](std::span<const nfi::Value> arguments) {
    EXPECT_TRUE(arguments[0].can_execute());
    EXPECT_TRUE(arguments[0].is_pointer());
    return nfi::Value(arguments[0].execute({arguments[1]}).as<int>() + 1);
  });
  EXPECT_EQ(give.execute({callback, 20}).as<int>(), 41);
  // The typed form receives a plain C function pointer.
  EXPECT_EQ(give.call<int>([](int32_t (*native)(int32_t), int32_t x) { return native(x) * 10; }, 3),
            60);
}

TEST_F(NfiCallback, NestingBothWays) {
  // C++ -> C(compose) -> C++(outer) -> closure of inner (through C) -> C++(inner).
  nfi::Function compose =
      lib.bind("compose", "(((SINT32):SINT32, SINT32):SINT32, (SINT32):SINT32, SINT32):SINT32");
  nfi::Value outer = nfi::Value::function([](std::span<const nfi::Value> arguments) {
    return nfi::Value(arguments[0].execute({arguments[1].as<int>() + 1}).as<int>() * 2);
  });
  EXPECT_EQ(compose.execute({outer, [](int32_t x) { return x * x; }, 4}).as<int>(), 50);
  // Deeper: the inner callback itself calls back into C.
  nfi::Function apply = lib.bind("apply_int", "((SINT32):SINT32, SINT32):SINT32");
  EXPECT_EQ(compose
                .execute({outer,
                          [&apply](int32_t x) {
                            return apply.call<int32_t>([](int32_t y) { return y - 1; }, x);
                          },
                          9})
                .as<int>(),
            18);
}

TEST_F(NfiCallback, FunctionPointerResults) {
  nfi::Function get = lib.bind("get_operation", "(SINT32):(SINT32, SINT32):SINT32");
  nfi::Value add = get.execute({0});
  nfi::Value mul = get.execute({1});
  EXPECT_TRUE(add.can_execute());
  EXPECT_EQ(add.execute({3, 4}).as<int>(), 7);
  EXPECT_EQ(mul.execute({3, 4}).as<int>(), 12);
  EXPECT_EQ(add.as_function().call<int>(10, 5), 15);
  nfi::Value none = lib.bind("no_operation", "():(SINT32, SINT32):SINT32").execute({});
  EXPECT_TRUE(none.is_null());
  // A function pointer returned by a callback is owned by the C caller, which releases it.
  nfi::Function use = lib.bind("use_factory", "(ENV, ():(SINT32):SINT32, SINT32):SINT32");
  EXPECT_EQ(use.execute({nfi::Value::function(
                             [](auto) { return nfi::Value([](int32_t x) { return x + 100; }); }),
                         5})
                .as<int>(),
            105);
  EXPECT_EQ(context.closure_count(), 0u);
}

TEST_F(NfiCallback, NativeCodeKeepsAClosureWithNewClosureRef) {
  int calls = 0;
  lib.bind("store_callback", "(ENV, (SINT32):SINT32):VOID").execute({[&calls](int32_t x) {
    ++calls;
    return -x;
  }});
  EXPECT_EQ(context.closure_count(), 1u);  // the argument's closure outlived the call
  EXPECT_EQ(lib.bind("call_stored", "(SINT32):SINT32").call<int>(8), -8);
  EXPECT_EQ(calls, 1);
  lib.bind("release_stored", "(ENV):VOID").execute({});
  EXPECT_EQ(context.closure_count(), 0u);
}

TEST_F(NfiCallback, ClosuresOwnedByCpp) {
  nfi::Signature signature("(SINT32):SINT32");
  nfi::Closure closure = signature.create_closure([](int32_t x) { return x ^ 1; });
  EXPECT_EQ(closure.as<int32_t(int32_t)>()(6), 7);
  EXPECT_EQ(
      lib.bind("apply_int", "((SINT32):SINT32, SINT32):SINT32").execute({closure, 2}).as<int>(), 3);
  EXPECT_EQ(nfi::Value(closure).execute({4}).as<int>(), 5);
  // A Value-taking callable works through the generic handler.
  nfi::Closure dynamic =
      signature.create_closure(nfi::Value::function([](std::span<const nfi::Value> arguments) {
        return nfi::Value(arguments[0].as<int>() * 5);
      }));
  EXPECT_EQ(dynamic.as<int32_t(int32_t)>()(3), 15);
  EXPECT_THROW(signature.create_closure(5), nfi::Error);
  EXPECT_THROW(nfi::Signature("(SINT32, ...SINT32):VOID").create_closure([](int32_t, int32_t) {}),
               nfi::Error);
}

TEST_F(NfiCallback, CallbacksFromForeignThreads) {
  nfi::Function on_thread = lib.bind("apply_on_thread", "((SINT32):SINT32, SINT32):SINT32");
  std::thread::id caller = std::this_thread::get_id();
  std::thread::id seen;
  EXPECT_EQ(on_thread
                .execute({[&seen](int32_t x) {
                            seen = std::this_thread::get_id();
                            return x + 5;
                          },
                          10})
                .as<int>(),
            15);
  EXPECT_NE(seen, caller);
  EXPECT_EQ(on_thread
                .execute({nfi::Value::function([](std::span<const nfi::Value> arguments) {
                            return nfi::Value(arguments[0].as<int>() * 2);
                          }),
                          21})
                .as<int>(),
            42);
  nfi::Function attached =
      lib.bind("apply_on_attached_thread", "(ENV, (SINT32):SINT32, SINT32):SINT32");
  EXPECT_EQ(attached.call<int>([](int32_t x) { return x - 1; }, 1), 0);
  std::atomic<int64_t> total{0};
  nfi::Function many = lib.bind("apply_on_threads", "((SINT32):SINT32, SINT32):SINT64");
  EXPECT_EQ(many.execute({[&total](int32_t x) {
                            total += x;
                            return x;
                          },
                          4})
                .as<int64_t>(),
            (0 + 1 + 2 + 3) * 1000);
  EXPECT_EQ(total.load(), (0 + 1 + 2 + 3) * 1000);
}

TEST_F(NfiCallback, CallbackExceptionsSurfaceAfterTheNativeCallReturns) {
  nfi::Function twice = lib.bind("apply_int_twice", "((SINT32):SINT32, SINT32):SINT32");
  int calls = 0;
  auto throwing = [&calls](int32_t) -> int32_t {
    ++calls;
    throw std::runtime_error("callback refused");
  };
  try {
    twice.execute({throwing, 1});
    FAIL() << "expected the callback's exception";
  } catch (const std::runtime_error& error) {
    EXPECT_STREQ(error.what(), "callback refused");
  }
  EXPECT_EQ(calls, 2);  // native code continued (with a zero result) and called again
  // Through the typed fast path and from a dynamic callback, with an NFI error inside.
  EXPECT_THROW(twice.call<int>(throwing, 1), std::runtime_error);
  nfi::Function apply = lib.bind("apply_int", "((SINT32):SINT32, SINT32):SINT32");
  nfi::Error error = error_of([&] {
    apply.execute({nfi::Value::function([](auto) { return nfi::Value("no"); }), 1});
  });
  EXPECT_EQ(error.kind(), Kind::ReturnType);
  EXPECT_STREQ(error.what(), "callback result: expected SINT32, got string \"no\"");
  // Nested: the inner failure passes through the outer callback and its native frames.
  nfi::Function compose =
      lib.bind("compose", "(((SINT32):SINT32, SINT32):SINT32, (SINT32):SINT32, SINT32):SINT32");
  nfi::Value outer = nfi::Value::function(
      [](std::span<const nfi::Value> arguments) { return arguments[0].execute({arguments[1]}); });
  EXPECT_THROW(compose.execute({outer, throwing, 1}), std::runtime_error);
  // Everything still works afterwards.
  EXPECT_EQ(apply.call<int>([](int32_t x) { return x; }, 3), 3);
}

TEST_F(NfiCallback, CallbackExceptionsOnForeignThreadsGoToTheHandler) {
  std::string reported;
  context.set_callback_error_handler([&reported](std::exception_ptr error) {
    try {
      std::rethrow_exception(error);
    } catch (const std::exception& exception) {
      reported = exception.what();
    }
  });
  nfi::Function on_thread = lib.bind("apply_on_thread", "((SINT32):SINT32, SINT32):SINT32");
  EXPECT_EQ(on_thread.call<int>(
                [](int32_t) -> int32_t { throw std::runtime_error("on another thread"); }, 1),
            0);
  EXPECT_EQ(reported, "on another thread");
}

TEST_F(NfiCallback, WrongCallbackArgumentsAreErrors) {
  nfi::Function apply = lib.bind("apply_int", "((SINT32):SINT32, SINT32):SINT32");
  EXPECT_STREQ(error_of([&] {
                 apply.execute({"not callable", 1});
               }).what(),
               "argument 1 of ((SINT32):SINT32, SINT32):SINT32: expected (SINT32):SINT32, got "
               "string \"not callable\"");
  // A callable of the wrong arity fails when called; the error comes back to the caller.
  nfi::Error arity = error_of([&] {
    apply.execute({[](int32_t a, int32_t b) { return a + b; }, 1});
  });
  EXPECT_EQ(arity.kind(), Kind::Arity);
  EXPECT_STREQ(arity.what(), "wrong number of arguments for C++ callback: expected 2, got 1");
}
