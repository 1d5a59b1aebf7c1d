#include "xlsx_labels.hpp"

#include <map>
#include <utility>

namespace zhibiao::report::detail {
namespace {

struct Words {
  const char* zh;
  const char* en;
};

using Table = std::map<std::pair<Field, std::string>, Words>;

const Table& table() {
  static const Table t = [] {
    Table out;
    auto add = [&](Field f, std::initializer_list<std::pair<const char*, Words>> rows) {
      for (const auto& [value, words] : rows) out.emplace(std::make_pair(f, std::string(value)), words);
    };
    add(Field::measure, {{"value", {"总量", "level"}},
                         {"growth", {"增速", "growth"}},
                         {"change", {"变化", "change"}},
                         {"share", {"占比", "share"}},
                         {"rank", {"位次", "rank"}},
                         {"completion", {"完成率", "completion"}}});
    add(Field::status, {{"actual", {"实际", "actual"}},
                        {"estimate", {"预计", "estimate"}},
                        {"target", {"目标", "target"}},
                        {"masked", {"遮蔽", "masked"}}});
    add(Field::modality, {{"actual", {"实际", "actual"}}, {"target", {"目标", "target"}}});
    add(Field::period_kind, {{"year", {"年度", "year"}},
                             {"half", {"半年", "half-year"}},
                             {"quarter", {"季度", "quarter"}},
                             {"month", {"月度", "month"}},
                             {"months", {"多月", "months"}},
                             {"multi-year", {"多年", "multi-year"}}});
    add(Field::qualifier, {{"exact", {"准确", "exact"}},
                           {"approx", {"约", "approx."}},
                           {"at_least", {"不低于", "at least"}},
                           {"at_most", {"不超过", "at most"}}});
    add(Field::basis, {{"年均", {"年均", "average a year"}},
                       {"累计", {"累计", "cumulative"}},
                       {"同比", {"同比", "year on year"}},
                       {"比上年", {"比上年", "over the previous year"}},
                       {"环比", {"环比", "over the previous period"}},
                       {"比年初", {"比年初", "since the start of the year"}},
                       {"两年平均", {"两年平均", "two-year average"}}});
    add(Field::severity, {{"error", {"错误", "error"}}, {"warning", {"警告", "warning"}}, {"info", {"提示", "info"}}});
    add(Field::file_status, {{"ok", {"正常", "ok"}},
                             {"empty", {"空文件", "empty"}},
                             {"error", {"无法读取", "error"}},
                             {"partial", {"部分读取", "partial"}},
                             {"skipped", {"跳过", "skipped"}}});
    // The built-in catalogue's categories (rules/indicators/); a category of the user's own
    // rules shows as written.
    add(Field::category, {{"综合", {"综合", "overall"}},
                          {"农业", {"农业", "agriculture"}},
                          {"工业", {"工业", "industry"}},
                          {"能源", {"能源", "energy"}},
                          {"建筑业", {"建筑业", "construction"}},
                          {"服务业", {"服务业", "services"}},
                          {"投资", {"投资", "investment"}},
                          {"房地产", {"房地产", "real estate"}},
                          {"消费", {"消费", "consumption"}},
                          {"价格", {"价格", "prices"}},
                          {"外贸", {"外贸", "foreign trade"}},
                          {"开放", {"开放", "opening up"}},
                          {"招商引资", {"招商引资", "investment promotion"}},
                          {"金融", {"金融", "finance"}},
                          {"财政", {"财政", "public finance"}},
                          {"收入", {"收入", "income"}},
                          {"就业", {"就业", "employment"}},
                          {"人口", {"人口", "population"}},
                          {"交通邮电", {"交通邮电", "transport and post"}},
                          {"旅游", {"旅游", "tourism"}},
                          {"科技", {"科技", "science and technology"}},
                          {"教育", {"教育", "education"}},
                          {"卫生", {"卫生", "health"}},
                          {"文化", {"文化", "culture"}},
                          {"社会保障", {"社会保障", "social security"}},
                          {"生态", {"生态", "environment"}},
                          {"安全", {"安全", "safety"}},
                          {"数字经济", {"数字经济", "digital economy"}}});
    return out;
  }();
  return t;
}

}  // namespace

std::string label(Lang lang, Field field, const std::string& value) {
  auto it = table().find({field, value});
  if (it == table().end()) return value;
  return lang == Lang::zh ? it->second.zh : it->second.en;
}

}  // namespace zhibiao::report::detail
