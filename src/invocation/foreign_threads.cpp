// Automatic attachment of foreign threads: the calling OS thread's records of its automatic
// attachments, the exit hook that detaches them, and the way in and out of a call from native
// code (design in foreign_threads.hpp).
#include "invocation/foreign_threads.hpp"

#include <cstdint>
#include <vector>

#include "invocation/attached_threads.hpp"
#include "jni/environment.hpp"
#include "runtime/isolate.hpp"

namespace islet::invocation {

struct AutomaticRecord {
  std::shared_ptr<IsolateGate> gate;  // keeps the gate (not the isolate) alive
  VMThread* thread;
  uint64_t serial;
  int depth = 0;  // calls into Java in progress on this OS thread, nested ones included
};

namespace {

constexpr const char* kIsolateEnded =
    "a Java callback was called after its Java VM had ended";
constexpr const char* kIsolateEnding =
    "a Java callback was called on a thread the Java VM let go of as it ends";
constexpr const char* kNotAttachable =
    "a Java callback was called on a thread that could not be attached to the Java VM (it is "
    "shutting down)";

AttachedThreads& attached_threads(runtime::Isolate* isolate) { return isolate->jni().attached_threads(); }

// The calling OS thread's automatic attachments. The destructor is the thread-exit hook: it
// detaches the thread from every isolate that still lives and still holds the attachment.
//
// Order of destruction: thread_local objects end in the reverse order of their construction, and
// the detach needs the thread's table of VMThreads (runtime/vm_thread.cpp). The constructor
// touches that table first, so it is built first and ends after this.
class AutomaticAttachments {
 public:
  AutomaticAttachments() { (void)VMThread::current(); }
  ~AutomaticAttachments() {
    for (auto it = records_.rbegin(); it != records_.rend(); ++it) {
      AutomaticRecord& record = **it;
      IsolateGate::Pass pass = record.gate->enter();
      if (!pass) continue;  // the isolate has ended and freed the VMThread with it
      attached_threads(pass.isolate()).detach_automatic(record.thread, record.serial);
    }
  }
  AutomaticAttachments(const AutomaticAttachments&) = delete;
  AutomaticAttachments& operator=(const AutomaticAttachments&) = delete;

  AutomaticRecord* find(const IsolateGate& gate) {
    for (const auto& record : records_) {
      if (record->gate.get() == &gate) return record.get();
    }
    return nullptr;
  }

  AutomaticRecord* add(std::shared_ptr<IsolateGate> gate, VMThread* thread, uint64_t serial) {
    // Records of isolates that have ended go now, so a long-lived thread that calls into many
    // isolates one after another keeps a short list.
    std::erase_if(records_, [](const std::unique_ptr<AutomaticRecord>& r) { return r->depth == 0 && r->gate->closed(); });
    records_.push_back(std::make_unique<AutomaticRecord>(AutomaticRecord{std::move(gate), thread, serial}));
    return records_.back().get();
  }

  void remove(AutomaticRecord* record) {
    std::erase_if(records_, [&](const std::unique_ptr<AutomaticRecord>& r) { return r.get() == record; });
  }

 private:
  std::vector<std::unique_ptr<AutomaticRecord>> records_;
};

thread_local AutomaticAttachments automatic_attachments;

}  // namespace

ForeignCall::ForeignCall(const std::shared_ptr<IsolateGate>& gate) {
  AutomaticAttachments& mine = automatic_attachments;
  if (AutomaticRecord* record = mine.find(*gate)) {
    if (record->depth > 0) {
      // A call inside a call on this thread: busy already, so the isolate cannot let go of it.
      automatic_ = record;
      ++record->depth;
      enter_attached(record->thread);
      return;
    }
    IsolateGate::Pass pass = gate->enter();
    if (!pass) {
      mine.remove(record);
      refusal_ = kIsolateEnded;
      return;
    }
    switch (attached_threads(pass.isolate()).begin_call(record->thread, record->serial)) {
      case AttachedThreads::CallEntry::Entered:
        runtime::SafeRegion::return_from_embedder(record->thread);
        automatic_ = record;
        made_busy_ = true;
        ++record->depth;
        thread_ = record->thread;
        return;
      case AttachedThreads::CallEntry::Ended:
        refusal_ = kIsolateEnding;
        return;
      case AttachedThreads::CallEntry::Unknown:
        mine.remove(record);  // detached explicitly since: attached anew below if need be
        break;
    }
  }
  if (VMThread* existing = current_thread(*gate)) {
    enter_attached(existing);
    return;
  }
  IsolateGate::Pass pass = gate->enter();
  if (!pass) {
    refusal_ = kIsolateEnded;
    return;
  }
  uint64_t serial = 0;
  VMThread* attached = attached_threads(pass.isolate()).attach_automatic(pass.isolate(), &serial);
  if (attached == nullptr) {
    refusal_ = kNotAttachable;
    return;
  }
  automatic_ = mine.add(gate, attached, serial);
  automatic_->depth = 1;
  made_busy_ = true;
  thread_ = attached;
}

void ForeignCall::enter_attached(VMThread* thread) {
  in_vm_.emplace(thread);  // leaves a SafeRegion (native code) for the call; nothing if running
  thread_ = thread;
}

ForeignCall::~ForeignCall() {
  if (thread_ == nullptr) return;
  if (automatic_ != nullptr) --automatic_->depth;
  if (!made_busy_) {
    in_vm_.reset();
    return;
  }
  VMThread* thread = thread_;
  runtime::SafeRegion::hand_to_embedder(thread);
  attached_threads(thread->isolate()).end_call(thread);  // may be the thread's last touch of it
}

VMThread* attach_automatically(const std::shared_ptr<IsolateGate>& gate) {
  if (VMThread* existing = current_thread(*gate)) return existing;
  // Entering and leaving a call attaches the thread and leaves it idle, as between callbacks.
  ForeignCall call(gate);
  return call.thread();
}

void detach_if_automatic(const std::shared_ptr<IsolateGate>& gate) {
  AutomaticAttachments& mine = automatic_attachments;
  AutomaticRecord* record = mine.find(*gate);
  if (record == nullptr || record->depth > 0) return;
  if (IsolateGate::Pass pass = gate->enter()) {
    attached_threads(pass.isolate()).detach_automatic(record->thread, record->serial);
  }
  mine.remove(record);
}

VMThread* current_thread(const IsolateGate& gate) {
  // A closed gate's isolate has ended, and another may live at its address now: its threads are
  // not this gate's. An open gate's address is its own isolate, whose records are current.
  if (gate.closed()) return nullptr;
  return VMThread::current(gate.address());
}

}  // namespace islet::invocation
