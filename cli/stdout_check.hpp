// Standard output, checked after every document and at the end: a full disk or a
// closed pipe is said once, with its reason, and the command exits 2.
#pragma once

namespace zhibiao::cli {

// Flushes std::cout; false, after saying why (once per run), when a write failed.
bool stdout_ok();
// A sink has said already why standard output failed.
void stdout_failure_reported();

}  // namespace zhibiao::cli
