#include "render/pack/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/file_system.h"

namespace icbgen {

namespace {

// Whether `pid` has exited (it is left unreaped).
bool has_exited(pid_t pid) {
    siginfo_t info{};
    return waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
           info.si_pid == pid;
}

// Waits for `pid` to exit, at most until `deadline`; false when the time ran out first.
bool wait_until(pid_t pid, std::chrono::steady_clock::time_point deadline) {
    using namespace std::chrono;
    // A descriptor that polls readable when the child exits (glibc 2.36's <sys/pidfd.h> lacks
    // extern "C", so the system call is made directly).
#ifdef SYS_pidfd_open
    int fd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
#else
    int fd = -1;
#endif
    for (;;) {
        auto left = duration_cast<milliseconds>(deadline - steady_clock::now()).count();
        if (left <= 0) break;
        if (fd >= 0) {
            pollfd p{fd, POLLIN, 0};
            int rc = poll(&p, 1, static_cast<int>(std::min<long long>(left, 60000)));
            if (rc > 0) break;  // exited
            if (rc < 0 && errno != EINTR) {
                ::close(fd);
                fd = -1;
            }
        } else {
            // Kernels without pidfd_open (before Linux 5.3): look every 50 ms.
            if (has_exited(pid)) break;
            std::this_thread::sleep_for(milliseconds(50));
        }
    }
    if (fd >= 0) ::close(fd);
    return has_exited(pid);
}

}  // namespace

ChildResult run_child(const std::vector<std::string>& args, const std::vector<std::string>& env,
                      const std::string& log_path, int timeout_seconds) {
    ChildResult result;
    if (args.empty()) return result;
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (const auto& e : env) envp.push_back(const_cast<char*>(e.c_str()));
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log_path.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
    pid_t pid = 0;
    int rc = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (rc != 0) {
        result.log = std::string("could not start it: ") + std::strerror(rc);
        return result;
    }
    bool finished = true;
    if (timeout_seconds > 0) {
        finished = wait_until(
            pid, std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds));
    } else {
        siginfo_t info{};
        while (waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT) < 0 &&
               errno == EINTR) {
        }
    }
    result.timed_out = !finished;
    // The group goes: the child when its time ran out, and anything it started and left
    // behind. The child is not reaped yet, so the group's id cannot belong to anyone else.
    ::kill(-pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.log = read_disk_file(log_path).value_or("");
    return result;
}

}  // namespace icbgen
