#include "core/parallel.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <vector>

using namespace icbgen;

TEST_CASE("parallel_for calls the work once for every index, whatever the threads") {
    for (int threads : {0, 1, 3, 16}) {
        std::vector<int> calls(1000, 0);
        parallel_for(calls.size(), threads, [&](std::size_t i) { calls[i] += 1; });
        CHECK(std::vector<int>(1000, 1) == calls);
    }
    int none = 0;
    parallel_for(0, 4, [&](std::size_t) { ++none; });
    CHECK(none == 0);
}

TEST_CASE("parallel_for never starts more threads than pieces of work") {
    CHECK(worker_count(0, 8) == 1);
    CHECK(worker_count(3, 8) == 3);
    CHECK(worker_count(100, 2) == 2);
    CHECK(worker_count(100, 0) >= 1);
}

TEST_CASE("an exception in a piece of work reaches the caller, after every thread has stopped") {
    for (int threads : {1, 4}) {
        std::atomic<int> done{0};
        CHECK_THROWS_WITH(parallel_for(100, threads,
                                       [&](std::size_t i) {
                                           if (i == 10) throw std::runtime_error("piece 10");
                                           ++done;
                                       }),
                          "piece 10");
        CHECK(done < 100);
    }
}
