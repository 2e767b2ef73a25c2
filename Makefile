# Top-level driver: every target a newcomer or CI needs. CMake + Ninja do the real work.
BUILD   ?= build
TYPE    ?= RelWithDebInfo
JOBS    ?= $(shell nproc)
DEPS_STAMP := $(BUILD)/.deps-installed

APT_PACKAGES := build-essential cmake ninja-build ccache openjdk-17-jdk-headless \
  libffi-dev zlib1g-dev nlohmann-json3-dev libgtest-dev libgmock-dev \
  libbenchmark-dev python3 \
  liblz4-java liblz4-jni libsnappy-java libsnappy-jni libastylej-jni

PREFIX  ?= /usr/local

.PHONY: deps build demo test bench install test-sanitize test-asan test-tsan clean format

deps: $(DEPS_STAMP)

# apt-get is only run when something is missing, so repeated `make test` stays fast. The stamp
# depends on this file, so a package added to APT_PACKAGES is installed on the next run.
$(DEPS_STAMP): Makefile
	@mkdir -p $(BUILD)
	@if dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
	  echo "deps: all packages present"; \
	else \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $(APT_PACKAGES); \
	fi
	@touch $@

$(BUILD)/build.ninja: $(DEPS_STAMP) CMakeLists.txt
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(TYPE)

build: $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/bin/islet -cp $(BUILD)/examples/hello Hello

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Each suite writes its own table (bench/RESULTS.md links them all).
bench: build
	bench/run.sh $(BUILD)
	bench/nfi/run.sh $(BUILD)
	bench/gc.sh $(BUILD)
	bench/jni/run.sh $(BUILD)
	bench/embed/run.sh $(BUILD)

# A JDK-like layout under $(PREFIX): bin/islet, lib/server/libjvm.so, lib/libislet.so, include/.
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

# Sanitizer builds: ASAN+UBSAN (with LeakSanitizer) over the full test suite, then TSAN over the
# tests where threads meet: Java threads, monitors, java.util.concurrent, the collector with
# threads, JNI from several threads, and the embedding hosts (many VMs, attach/detach).
TSAN_TESTS := Thread|Synchron|WaitNotify|Gc|Concurrent|Executor|Atomic|Lock|Latch|Semaphore|BlockingQueue|ProducerConsumer|Daemon|CompletableFuture|ParallelCounters|VolatileFlags|Cleaners|SystemExit|MainThrowsWhileThreadsRun|StreamParallel|CopyOnWrite|^invocation/|^isolate/|^jni/JniVm

test-sanitize: test-asan test-tsan

test-asan: $(DEPS_STAMP)
	cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DISLET_SANITIZE=address,undefined
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ISLET_TIMEOUT=600 ctest --output-on-failure -j $(JOBS)

test-tsan: $(DEPS_STAMP)
	cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DISLET_SANITIZE=thread
	cmake --build build-tsan -j $(JOBS)
	cd build-tsan && ISLET_TIMEOUT=600 TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
	  ctest --output-on-failure -j $(JOBS) -R '$(TSAN_TESTS)'

format:
	find src include tests/unit -name '*.cpp' -o -name '*.hpp' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) build-asan
