// Walks report every entry they cannot read, in the file list and on standard
// error, with exit 2, and go on: the good document beside the bad one keeps all
// its records. (Permission tests run as nobody when the tests run as root, who
// reads everything.)
#include "batch_support.hpp"

namespace zhibiao::test {
namespace {

// The command as a user without root's bypass of permissions, or empty when that cannot be arranged.
std::string as_user(const std::string& command) {
  if (::geteuid() != 0) return command;
  if (!fs::exists("/usr/bin/setpriv")) return {};
  std::string drop = "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups ";
  // nobody must be able to run the binary (a checkout under /root is not reachable).
  if (run_shell(drop + sh(zhibiao_binary()) + " --help >/dev/null").status != 0) return {};
  return drop + command;
}

#define REQUIRE_NON_ROOT(cmd)                                                                           \
  if ((cmd).empty()) GTEST_SKIP() << "running as root and cannot drop to nobody (setpriv, or the binary " \
                                     "is not reachable for nobody): root reads unreadable folders";

TEST_F(BatchTest, AnUnreadableSubfolderIsListedAndTheWalkGoesOn) {
  auto good = write("reports/good.txt", kGood);
  write("reports/locked/hidden.txt", kGood);
  write("reports/z/later.txt", kGood);
  fs::permissions(dir / "reports" / "locked", fs::perms::none);
  std::string cmd = as_user(sh(zhibiao_binary()) + " extract " + sh(path("reports")));
  REQUIRE_NON_ROOT(cmd);
  auto r = run_shell(cmd);
  EXPECT_EQ(r.status, 2) << r.err;
  EXPECT_NE(r.err.find(path("reports/locked") + ": cannot read the folder: Permission denied"), std::string::npos) << r.err;
  EXPECT_EQ(records_by_doc(r.out), (std::map<std::string, int>{{good, 2}, {path("reports/z/later.txt"), 2}}));
}

TEST_F(BatchTest, AnUnreadableFolderNamedOnTheCommandLineIsReported) {
  auto good = write("good.txt", kGood);
  write("locked/a.txt", kGood);
  fs::permissions(dir / "locked", fs::perms::none);
  std::string cmd = as_user(sh(zhibiao_binary()) + " extract " + sh(path("locked")) + " " + sh(good));
  REQUIRE_NON_ROOT(cmd);
  auto r = run_shell(cmd);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(path("locked") + ": cannot read the folder"), std::string::npos) << r.err;
  EXPECT_EQ(records_by_doc(r.out), (std::map<std::string, int>{{good, 2}}));
}

TEST_F(BatchTest, AnUnreadableFileIsListedInTheWorkbook) {
  auto good = write("good.txt", kGood);
  auto secret = write("secret.txt", kGood);
  fs::permissions(secret, fs::perms::none);
  fs::permissions(dir, fs::perms::all);  // nobody writes the workbook here
  std::string cmd = as_user(sh(zhibiao_binary()) + " extract -q " + sh(dir.string()) + " -o " + sh(path("out.xlsx")));
  REQUIRE_NON_ROOT(cmd);
  auto r = run_shell(cmd);
  EXPECT_EQ(r.status, 2) << r.err;
  auto sheet = run_shell("/usr/bin/python3 -c \"import openpyxl; wb=openpyxl.load_workbook('" + path("out.xlsx") +
                         "'); print(wb['指标明细'].max_row - 1); [print(r[0].split('/')[-1], r[5], r[6]) for r in "
                         "wb['文件'].iter_rows(min_row=2, values_only=True)]\"");
  EXPECT_EQ(sheet.out, "2\ngood.txt 正常 None\nsecret.txt 无法读取 cannot open: Permission denied\n") << sheet.err;
}

TEST_F(BatchTest, SymlinkLoopsAndBrokenLinksAreListedNotFatal) {
  auto good = write("docs/good.txt", kGood);
  write("docs/sub/inner.txt", kGood);
  fs::create_directory_symlink("..", dir / "docs" / "sub" / "up");  // back to docs: a cycle
  fs::create_symlink("self.txt", dir / "docs" / "self.txt");        // ELOOP
  fs::create_symlink("gone.txt", dir / "docs" / "dangling.txt");    // what a file that vanished looks like
  auto r = zhibiao("extract " + sh(path("docs")));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(path("docs/sub/up") + ": symlink loop: the folder leads back to a folder above it"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(path("docs/self.txt") + ": symlink loop"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path("docs/dangling.txt") + ": broken symlink"), std::string::npos) << r.err;
  EXPECT_EQ(records_by_doc(r.out), (std::map<std::string, int>{{good, 2}, {path("docs/sub/inner.txt"), 2}}));
  // A loop named on the command line.
  fs::create_symlink("loop2", dir / "loop1");
  fs::create_symlink("loop1", dir / "loop2");
  auto named = zhibiao("extract " + sh(path("loop1")) + " " + sh(good));
  EXPECT_EQ(named.status, 2);
  EXPECT_NE(named.err.find("symlink loop"), std::string::npos) << named.err;
  EXPECT_EQ(records_by_doc(named.out), (std::map<std::string, int>{{good, 2}}));
}

TEST_F(BatchTest, AFileThatVanishedSinceItWasListedIsAnErrorOfItsOwn) {
  auto good = write("good.txt", kGood);
  auto gone = write("gone.txt", kGood);
  auto list = write("list.txt", gone + "\n" + good + "\n");
  fs::remove(gone);
  auto r = zhibiao("extract --files-from " + sh(list));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(gone + ": cannot open: No such file or directory"), std::string::npos) << r.err;
  EXPECT_EQ(records_by_doc(r.out), (std::map<std::string, int>{{good, 2}}));
}

TEST_F(BatchTest, ScanWalksFoldersAndExplainRefusesOnePlainly) {
  auto good = write("docs/a.txt", kGood);
  write("docs/sub/b.txt", kGood);
  auto scan = zhibiao("scan " + sh(path("docs")));
  EXPECT_EQ(scan.status, 0) << scan.err;
  EXPECT_EQ(records_by_doc(scan.out), (std::map<std::string, int>{{good, 2}, {path("docs/sub/b.txt"), 2}}));
  auto explain = zhibiao("explain --file " + sh(path("docs")) + " --offset 3");
  EXPECT_EQ(explain.status, 2);
  EXPECT_NE(explain.err.find("is a folder, not a document"), std::string::npos) << explain.err;
  EXPECT_EQ(explain.err.find("basic_filebuf"), std::string::npos) << explain.err;
}

}  // namespace
}  // namespace zhibiao::test
