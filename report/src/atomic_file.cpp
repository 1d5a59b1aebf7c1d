#include "atomic_file.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <pthread.h>
#include <cstring>
#include <filesystem>
#include <mutex>

namespace zhibiao::report::detail {
namespace {

namespace fs = std::filesystem;

// Temporary files a signal must remove: fixed slots, so the handler touches no allocator.
constexpr int kSlots = 8;
constexpr std::size_t kPathMax = 4096;
char g_paths[kSlots][kPathMax];
std::atomic<int> g_state[kSlots];  // 0 free, 1 being written, 2 armed
std::once_flag g_handlers;
struct sigaction g_previous[3];
constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void unlink_and_reraise(int sig) {
  for (int i = 0; i < kSlots; ++i)
    if (g_state[i].load() == 2) ::unlink(g_paths[i]);
  // Then what would have happened without us (the previous handler, usually the default: exit).
  for (int k = 0; k < 3; ++k)
    if (kSignals[k] == sig) ::sigaction(sig, &g_previous[k], nullptr);
  ::raise(sig);
}

void install_handlers() {
  std::call_once(g_handlers, [] {
    for (int k = 0; k < 3; ++k) {
      struct sigaction sa {};
      sa.sa_handler = unlink_and_reraise;
      sigemptyset(&sa.sa_mask);
      ::sigaction(kSignals[k], &sa, &g_previous[k]);
      // An ignored signal stays ignored (nohup).
      if (g_previous[k].sa_handler == SIG_IGN) ::sigaction(kSignals[k], &g_previous[k], nullptr);
    }
  });
}

int claim_slot(const std::string& path) {
  if (path.size() >= kPathMax) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = 0;
    // The handler reads a slot only once it is armed, so never half a path.
    if (!g_state[i].compare_exchange_strong(expected, 1)) continue;
    std::memcpy(g_paths[i], path.c_str(), path.size() + 1);
    g_state[i].store(2);
    return i;
  }
  return -1;
}

void release_slot(int slot) {
  if (slot >= 0) g_state[slot].store(0);
}

std::string temp_prefix(const fs::path& target) { return "." + target.filename().string() + ".tmp-"; }

}  // namespace

void remove_stale_temporaries(const std::string& target) {
  fs::path t(target);
  fs::path dir = t.has_parent_path() ? t.parent_path() : fs::path(".");
  std::string prefix = temp_prefix(t);
  DIR* d = ::opendir(dir.c_str());
  if (!d) return;
  while (dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    // mkstemp's suffix: exactly six characters.
    if (name.size() != prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0) continue;
    std::string path = (dir / name).string();
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) continue;
    struct stat st {};
    // Only a regular file that no running writer holds locked.
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0) ::unlink(path.c_str());
    ::close(fd);
  }
  ::closedir(d);
}

AtomicFile::AtomicFile(std::string target, std::string temp, int fd)
    : target_(std::move(target)), temp_(std::move(temp)), fd_(fd) {}

Result<std::unique_ptr<AtomicFile>> AtomicFile::create(const std::string& target) {
  install_handlers();
  remove_stale_temporaries(target);
  fs::path t(target);
  fs::path dir = t.has_parent_path() ? t.parent_path() : fs::path(".");
  // The temporary file lives beside the target so the rename stays on one file system.
  std::string tmpl = (dir / (temp_prefix(t) + "XXXXXX")).string();
  // No signal between the file's creation and its slot: a signal then would leave it behind.
  sigset_t block, old;
  sigemptyset(&block);
  for (int sig : kSignals) sigaddset(&block, sig);
  ::pthread_sigmask(SIG_BLOCK, &block, &old);
  int fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
  int slot = fd >= 0 ? claim_slot(tmpl) : -1;
  ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
  if (fd < 0)
    return Error(fmt::format("cannot create a temporary file beside the output: {}", std::strerror(errno)), target);
  ::flock(fd, LOCK_EX);
  std::unique_ptr<AtomicFile> file(new AtomicFile(target, tmpl, fd));
  file->slot_ = slot;
  return file;
}

AtomicFile::~AtomicFile() {
  if (!committed_) ::unlink(temp_.c_str());
  release_slot(slot_);
  if (fd_ >= 0) ::close(fd_);
}

std::optional<Error> AtomicFile::commit() {
  if (::fsync(fd_) != 0) return Error(fmt::format("cannot write the output to disk: {}", std::strerror(errno)), target_);
  // mkstemp makes the file private (0600); an output gets the usual permissions.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, static_cast<mode_t>(0666 & ~mask));
  if (::rename(temp_.c_str(), target_.c_str()) != 0)
    return Error(fmt::format("cannot move the finished output into place: {}", std::strerror(errno)), target_);
  committed_ = true;
  release_slot(slot_);
  slot_ = -1;
  // The rename itself survives a crash once the folder is on disk.
  fs::path t(target_);
  std::string dir = t.has_parent_path() ? t.parent_path().string() : std::string(".");
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return std::nullopt;
}

}  // namespace zhibiao::report::detail
