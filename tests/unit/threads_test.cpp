// Tests of runtime/threads.hpp from C++: attaching and detaching OS threads (the API JNI's
// AttachCurrentThread uses), DestroyJavaVM waiting for attached non-daemon threads, and a
// collection requested by an attached thread while the main thread waits safely.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "runtime/allocation.hpp"
#include "runtime/isolate.hpp"
#include "runtime/monitor.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/strings.hpp"
#include "runtime/threads.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::runtime {
namespace {

std::unique_ptr<Isolate> make_isolate() {
  std::string error;
  auto isolate = Isolate::create(VMOptions{}, &error);
  EXPECT_NE(isolate, nullptr) << error;
  return isolate;
}

std::string name_of(VMThread* thread) {
  Object* name = thread->thread_object()->field_at<Object*>(thread->isolate()->offsets().thread_name);
  return string_to_utf8(thread, name);
}

TEST(Threads, AttachedThreadIsAJavaThreadUntilDetached) {
  auto isolate = make_isolate();
  ASSERT_NE(isolate, nullptr);
  VMThread* main = isolate->main_thread();
  std::string name;
  bool live_while_attached = false, live_after_detach = true, locked = false;
  Object* attached_object = nullptr;
  std::thread os_thread([&] {
    VMThread* thread = attach_current_thread(isolate.get(), "attached", false, nullptr);
    ASSERT_NE(thread, nullptr);
    EXPECT_EQ(VMThread::current(), thread);
    name = name_of(thread);
    attached_object = thread->thread_object();
    live_while_attached = isolate->threads().with_live_thread(attached_object, [](VMThread*) {});
    Object* lock = new_instance(thread, isolate->well_known(WellKnown::Object));
    locked = monitor_enter(thread, lock) && holds_lock(thread, lock) && monitor_exit(thread, lock);
    detach_current_thread(thread);
    EXPECT_EQ(VMThread::current(), nullptr);
  });
  {
    SafeRegion region(main);  // the attached thread may collect
    os_thread.join();
  }
  live_after_detach = isolate->threads().with_live_thread(attached_object, [](VMThread*) {});
  EXPECT_EQ(name, "attached");
  EXPECT_TRUE(live_while_attached);
  EXPECT_FALSE(live_after_detach);
  EXPECT_TRUE(locked);
}

TEST(Threads, DestroyWaitsForAttachedNonDaemonButNotForDaemons) {
  auto isolate = make_isolate();
  ASSERT_NE(isolate, nullptr);
  VMThread* main = isolate->main_thread();
  std::atomic<int> attached{0};
  std::atomic<bool> release_daemon{false}, non_daemon_detaching{false};
  std::thread daemon([&] {
    VMThread* thread = attach_current_thread(isolate.get(), "daemon", true, nullptr);
    attached++;
    while (!release_daemon) {
      SafeRegion region(thread);
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    detach_current_thread(thread);
  });
  std::thread worker([&] {
    VMThread* thread = attach_current_thread(isolate.get(), "worker", false, nullptr);
    attached++;
    {
      SafeRegion region(thread);
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    non_daemon_detaching = true;
    detach_current_thread(thread);
  });
  while (attached < 2) std::this_thread::yield();
  isolate->threads().wait_until_only_daemons_remain(main);
  EXPECT_TRUE(non_daemon_detaching);  // returned only after the non-daemon thread left
  release_daemon = true;
  {
    SafeRegion region(main);
    worker.join();
    daemon.join();
  }
}

TEST(Threads, AttachedThreadCollectsWhileOthersAreSafe) {
  auto isolate = make_isolate();
  ASSERT_NE(isolate, nullptr);
  VMThread* main = isolate->main_thread();
  uint64_t before = isolate->heap().statistics().collections;
  std::thread os_thread([&] {
    VMThread* thread = attach_current_thread(isolate.get(), "collector", true, nullptr);
    ASSERT_NE(thread, nullptr);
    Object* kept = new_string_from_utf8(thread, "kept across collections");
    for (int i = 0; i < 3; ++i) isolate->collector().collect_garbage("test", false);
    EXPECT_EQ(string_to_utf8(thread, kept), "kept across collections");
    detach_current_thread(thread);
  });
  {
    SafeRegion region(main);
    os_thread.join();
  }
  EXPECT_GE(isolate->heap().statistics().collections, before + 3);
}

}  // namespace
}  // namespace islet::runtime
