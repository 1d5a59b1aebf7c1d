// Time budgets in tests: a sanitizer build (ZHIBIAO_SANITIZE=ON, CI's build-san)
// runs many times slower, so a budget that proves "no quadratic cost" in the
// ordinary build is scaled there instead of failing on speed alone.
#pragma once

namespace zhibiao::test {

#ifdef ZHIBIAO_SANITIZED
inline constexpr double kSlowdown = 25.0;
#else
inline constexpr double kSlowdown = 1.0;
#endif

// `seconds` in the ordinary build, more where the build is instrumented.
inline constexpr double budget(double seconds) { return seconds * kSlowdown; }

}  // namespace zhibiao::test
