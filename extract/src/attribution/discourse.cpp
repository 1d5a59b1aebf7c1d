#include "discourse.hpp"

#include <algorithm>

namespace zhibiao::detail {
namespace {

int last_year(const Period& p) { return p.kind == Period::Kind::multi_year ? p.last_year : p.year; }

}  // namespace

void Discourse::next_sentence(std::u32string_view s, const Sentence& sentence, bool new_paragraph, bool heading,
                              const std::vector<PeriodMention>& periods) {
  std::u32string_view text = s.substr(sentence.begin, sentence.size());
  heading_ = heading;
  if (new_paragraph || heading) {
    target_paragraph_ = false;
    subject_ = {};
    paragraph_topic_ = {};
  }
  if (heading) {
    Period named;
    for (const auto& m : periods)
      if (m.topic) {
        named = resolve(m, {doc_, section_});
        break;
      }
    // 一、… or （一）… starts the body, even right after the title; the title's own words
    // (石门镇2024年一季度重点工作推进情况) name no section.
    std::u32string_view body = text.substr(markup_lead(text));
    bool numbered = !body.empty() && (body[0] == U'(' || (body.size() > 1 && body[1] == U'、'));
    if (numbered) front_matter_ = false;
    if (front_matter_) {
      // The title's year is the document's; a part of it (2025年上半年经济运行情况) is
      // what the whole document reports on.
      if (named.printable() && named.kind != Period::Kind::year && named.kind != Period::Kind::multi_year)
        section_ = named;
      return;
    }
    // 三、2026年重点工作 plans; 一、2025年工作回顾 reviews; a heading that says
    // neither (四、持续加强政府自身建设) keeps the section it sits in. A year decides only
    // where the document plans a later year than it reviews.
    auto plan_year = doc_.plan_year();
    bool years_differ = doc_.plan_offset > doc_.review_offset;
    // Words of both kinds: the later says what the section does (重点任务落实情况 reports,
    // 2025年工作回顾和2026年工作安排 plans); a plan year outweighs a review word (三、2026年主要工作).
    auto plan_at = rules_.words(Words::plan_headings).last_in(text);
    auto review_at = rules_.words(Words::review_headings).last_in(text);
    bool plan_words = plan_at && (!review_at || *plan_at > *review_at);
    bool review_words = review_at && !plan_words;
    bool plans = plan_words || (years_differ && named.complete() && plan_year && named.year >= *plan_year);
    bool reviews = !plans && (review_words || (named.complete() && plan_year && last_year(named) < *plan_year));
    // （一）主要指标完成情况 under 一、2025年计划执行情况 reviews the same year: a heading below
    // the one that named the section's period, naming none itself, keeps it when it looks the
    // same way; 三、重点工作 after 二、“十五五”主要目标 does not.
    int level = !numbered ? 0 : body[0] == U'(' ? 2 : 1;
    if (plans || reviews) {
      bool keeps = !named.printable() && plan_section_ == plans && section_level_ > 0 && level > section_level_;
      if (!keeps) section_ = named, section_level_ = level;
      plan_section_ = plans;
      topic_ = paragraph_topic_ = {};
    }
    return;
  }
  front_matter_ = false;
  // 2025年，…; 五年来，…; 今年经济社会发展的主要预期目标是 …: the period holds for
  // the sentences after, across paragraphs, until another is named. A past year named in a
  // plan section (2009年到期的…政策延长一年) holds for its paragraph only, as a month or a run
  // of months does (1-11月，网上零售额… is not the period of the next paragraph's full year).
  if (const PeriodMention* t = topic_period(rules_, s, sentence.begin, periods)) {
    Period p = resolve(*t, frame());
    if (p.kind == Period::Kind::month || p.kind == Period::Kind::months ||
        (plan_section_ && p.ends_before(status_context().plan_period)))
      paragraph_topic_ = p;
    else if (p.printable()) topic_ = p, paragraph_topic_ = {};
  }
  if (rules_.words(Words::target_openers).last_in(text)) target_paragraph_ = true;
}

TimeFrame Discourse::frame() const {
  if (paragraph_topic_.printable()) return {doc_, paragraph_topic_};
  return {doc_, topic_.printable() ? topic_ : section_};
}

StatusContext Discourse::status_context() const {
  StatusContext c;
  c.target_paragraph = target_paragraph_;
  c.plan_section = plan_section_;
  c.plan_year = doc_.plan_year();
  c.doc_year = doc_.year;
  // 三、2026年重点工作 plans 2026, 第三，抓好下半年工作 the second half; a heading that names a
  // reviewed span first (“十四五”时期发展成就和“十五五”时期主要目标) plans the document's plan year.
  if (c.plan_year)
    c.plan_period = doc_.plan_years > 1 ? Period::of_years(*c.plan_year, *c.plan_year + doc_.plan_years - 1)
                                        : Period::of_year(*c.plan_year);
  if (plan_section_ && section_.complete() && !section_.ends_before(c.plan_period)) c.plan_period = section_;
  return c;
}

}  // namespace zhibiao::detail
