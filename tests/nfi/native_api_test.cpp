// trufflenfi.h from the native side: ENV injection, OBJECT handles and their ownership rules,
// closure references, and the TruffleContext/TruffleEnv tables used from C and C++.
#include <gtest/gtest.h>

#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "islet/nfi.hpp"
#include "trufflenfi.h"

namespace nfi = islet::nfi;
using Kind = nfi::Error::Kind;

namespace {

class NfiNativeApi : public ::testing::Test {
 protected:
  void TearDown() override {
    EXPECT_EQ(context.object_handle_count(), 0u) << "an OBJECT handle leaked";
    EXPECT_EQ(context.closure_count(), 0u) << "a closure leaked";
  }
  nfi::Context context;
  nfi::Library lib = context.load(ISLET_NFI_TESTLIB);
};

struct Account {
  int balance;
};

// A thread binding like the VM's: a thread counts as attached once attachCurrentThread (or
// attach_here) was called on it and until it detaches; its identity is a thread_local's address.
class TestBinding final : public nfi::ThreadBinding {
 public:
  const void* current_thread() const override { return attached_here ? &attached_here : nullptr; }
  const void* attach_current_thread() const override { return attach_here(); }
  void detach_current_thread() const override {
    std::lock_guard lock(mutex_);
    live_.erase(&attached_here);
    attached_here = false;
  }
  bool is_attached(const void* identity) const override {
    std::lock_guard lock(mutex_);
    return live_.count(identity) != 0;
  }
  const void* attach_here() const {
    std::lock_guard lock(mutex_);
    attached_here = true;
    live_.insert(&attached_here);
    return &attached_here;
  }

 private:
  static thread_local bool attached_here;
  mutable std::mutex mutex_;
  mutable std::set<const void*> live_;
};
thread_local bool TestBinding::attached_here = false;

}  // namespace

TEST_F(NfiNativeApi, EnvIsInjectedAtItsPosition) {
  EXPECT_EQ(lib.bind("env_add", "(ENV, SINT32, SINT32):SINT32").execute({2, 3}).as<int>(), 5);
  EXPECT_EQ(lib.bind("env_add", "(ENV, SINT32, SINT32):SINT32").call<int>(20, 3), 23);
  EXPECT_EQ(lib.bind("env_in_middle", "(SINT32, ENV, SINT32):SINT32").execute({10, 4}).as<int>(),
            6);
  EXPECT_THROW(lib.bind("env_add", "(ENV, SINT32, SINT32):SINT32").execute({1, 2, 3}), nfi::Error);
}

TEST_F(NfiNativeApi, CallbacksWithEnvReceiveTheCallersEnv) {
  nfi::Function call = lib.bind("call_with_env", "((ENV, SINT32):SINT32, ENV, SINT32):SINT32");
  // A Value callable does not see the ENV argument; a typed one declared with TruffleEnv* does.
  EXPECT_EQ(call.execute({nfi::Value::function([](std::span<const nfi::Value> arguments) {
                            EXPECT_EQ(arguments.size(), 1u);
                            return nfi::Value(arguments[0].as<int>() + 1);
                          }),
                          1})
                .as<int>(),
            2);
  TruffleEnv* expected = context.truffle_env();
  EXPECT_EQ(
      call.execute(
              {[expected](TruffleEnv* env, int32_t x) { return env == expected ? x * 2 : -1; }, 21})
          .as<int>(),
      42);
}

TEST_F(NfiNativeApi, ObjectsRoundTripAsHandles) {
  auto account = std::make_shared<Account>(Account{10});
  nfi::Value object = nfi::Value::host(account);
  // keep_object stores a new reference and returns its argument (no ownership transfer).
  nfi::Value returned = lib.bind("keep_object", "(ENV, OBJECT):OBJECT").execute({object});
  EXPECT_TRUE(same_object(returned, object));
  EXPECT_EQ(returned.as_host<Account>()->balance, 10);
  EXPECT_EQ(context.object_handle_count(), 1u);  // native code holds its newObjectRef
  // return_kept hands its reference back with releaseAndReturn: freed after the call.
  nfi::Value kept = lib.bind("return_kept", "(ENV):OBJECT").execute({});
  EXPECT_EQ(kept.as_host<Account>().get(), account.get());
  EXPECT_EQ(context.object_handle_count(), 0u);
  // Any Value can be an OBJECT, including strings and callables; null is NULL.
  EXPECT_EQ(lib.bind("keep_object", "(ENV, OBJECT):OBJECT").execute({"text"}).as_string(), "text");
  EXPECT_EQ(lib.bind("return_kept", "(ENV):OBJECT").execute({}).as_string(), "text");
  EXPECT_TRUE(lib.bind("keep_object", "(ENV, OBJECT):OBJECT").execute({nullptr}).is_null());
  lib.bind("return_kept", "(ENV):OBJECT").execute({});
}

TEST_F(NfiNativeApi, IsSameObjectComparesReferents) {
  nfi::Function same = lib.bind("same_object", "(ENV, OBJECT, OBJECT):SINT32");
  auto account = std::make_shared<Account>();
  nfi::Value a = nfi::Value::host(account);
  nfi::Value b = nfi::Value::host(account);  // another Value of the same C++ object
  nfi::Value c = nfi::Value::host(std::make_shared<Account>());
  EXPECT_EQ(same.execute({a, a}).as<int>(), 1);
  EXPECT_EQ(same.execute({a, b}).as<int>(), 1);
  EXPECT_EQ(same.execute({a, c}).as<int>(), 0);
  EXPECT_EQ(same.execute({nullptr, nullptr}).as<int>(), 1);
}

TEST_F(NfiNativeApi, ObjectsReturnedByCallbacksAreOwnedByTheNativeCaller) {
  nfi::Function through = lib.bind("object_from_callback", "(ENV, (OBJECT):OBJECT, OBJECT):OBJECT");
  auto account = std::make_shared<Account>(Account{5});
  nfi::Value result =
      through.execute({nfi::Value::function([](std::span<const nfi::Value> arguments) {
                         auto held = arguments[0].as_host<Account>();
                         held->balance += 1;
                         return arguments[0];
                       }),
                       nfi::Value::host(account)});
  EXPECT_EQ(result.as_host<Account>()->balance, 6);
  EXPECT_EQ(context.object_handle_count(), 0u);
}

TEST_F(NfiNativeApi, GetClosureObjectGivesBackTheCallable) {
  nfi::Closure closure =
      context.signature("(SINT32):SINT32").create_closure([](int32_t x) { return x + 7; });
  nfi::Value callable =
      lib.bind("closure_object", "(ENV, POINTER):OBJECT").execute({closure.address()});
  EXPECT_EQ(callable.kind(), nfi::Value::Kind::Callable);
  EXPECT_EQ(callable.execute({1}).as<int>(), 8);
  EXPECT_TRUE(lib.bind("closure_object", "(ENV, POINTER):OBJECT").execute({&closure}).is_null());
}

TEST_F(NfiNativeApi, StaleAndForeignHandlesAreRejected) {
  TruffleEnv* env = context.truffle_env();
  TruffleObject handle = env->newObjectRef(nullptr);
  EXPECT_EQ(handle, nullptr);
  nfi::Function identity = lib.bind("id_pointer", "(POINTER):OBJECT");
  nfi::Error error = [&] {
    try {
      identity.execute({reinterpret_cast<void*>(0x12345)});
    } catch (const nfi::Error& error) {
      return error;
    }
    return nfi::Error(Kind::Usage, "none");
  }();
  EXPECT_EQ(error.kind(), Kind::ReturnType);
  EXPECT_STREQ(error.what(), "OBJECT value 0x12345 is not a live object handle");
  env->releaseObjectRef(reinterpret_cast<TruffleObject>(0x999));  // ignored, no crash
  env->releaseClosureRef(reinterpret_cast<void*>(0x999));
}

TEST_F(NfiNativeApi, CppSpellingOfTheTables) {
  TruffleEnv* env = context.truffle_env();
  TruffleContext* truffle_context = env->getTruffleContext();
  EXPECT_EQ(truffle_context, context.truffle_context());
  EXPECT_EQ(truffle_context->getTruffleEnv(), env);
  EXPECT_EQ(truffle_context->attachCurrentThread(), env);
  truffle_context->detachCurrentThread();
  // Object references made and released from C++ through the same table.
  nfi::Value object = nfi::Value::host(std::make_shared<Account>());
  TruffleObject first =
      lib.bind("keep_object", "(ENV, OBJECT):POINTER").execute({object}).as<TruffleObject>();
  (void)first;  // the argument's own handle: released when that call returned
  nfi::Value kept = lib.bind("return_kept", "(ENV):OBJECT").execute({});
  EXPECT_TRUE(same_object(kept, object));
}

// With a thread binding (the VM's case) each attached thread has its own TruffleEnv, and a thread
// that is not attached has none.
TEST_F(NfiNativeApi, ThreadBindingGivesEachAttachedThreadItsOwnEnv) {
  auto binding = std::make_shared<TestBinding>();
  context.set_thread_binding(binding);
  TruffleContext* truffle_context = context.truffle_context();
  EXPECT_EQ(truffle_context->getTruffleEnv(), nullptr);
  EXPECT_EQ(context.truffle_env(), nullptr);

  TruffleEnv* mine = truffle_context->attachCurrentThread();
  ASSERT_NE(mine, nullptr);
  EXPECT_EQ(truffle_context->getTruffleEnv(), mine);
  EXPECT_EQ(truffle_context->attachCurrentThread(), mine);  // attached already: the same env
  EXPECT_EQ(mine->getTruffleContext(), truffle_context);
  // The ENV argument of a call is the calling thread's.
  nfi::Function env_address = lib.bind("env_address", "(ENV):POINTER");
  EXPECT_EQ(env_address.execute({}).as_pointer(), mine);
  EXPECT_EQ(lib.bind("env_is_current", "(ENV):SINT32").execute({}).as<int>(), 1);

  TruffleEnv* other = nullptr;
  TruffleEnv* other_after_detach = mine;
  void* other_argument = nullptr;
  std::thread([&] {
    other = truffle_context->attachCurrentThread();
    other_argument = env_address.execute({}).as_pointer();
    truffle_context->detachCurrentThread();
    other_after_detach = truffle_context->getTruffleEnv();
  }).join();
  ASSERT_NE(other, nullptr);
  EXPECT_NE(other, mine);
  EXPECT_EQ(other_argument, other);
  EXPECT_EQ(other_after_detach, nullptr);
  EXPECT_EQ(truffle_context->getTruffleEnv(), mine);  // this thread's is untouched

  // Environments of threads that detached behind the context's back (as a VM thread does when
  // it ends) are dropped as the table grows; the live thread keeps its own.
  for (int round = 0; round < 64; ++round) {
    std::thread([&] {
      binding->attach_here();
      (void)context.truffle_env();
      binding->detach_current_thread();
    }).join();
  }
  EXPECT_EQ(truffle_context->getTruffleEnv(), mine);
  truffle_context->detachCurrentThread();
  EXPECT_EQ(truffle_context->getTruffleEnv(), nullptr);
}
