// Attribution: which indicator each figure belongs to. A clause names its
// subject, later clauses of the sentence inherit it until a ；, lists pair
// with figures in order (分别, 城乡居民 … 和 …), and 均 fans one figure out.
#include "sentence_extractor.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "figure_period.hpp"
#include "figure_screen.hpp"
#include "period_finder.hpp"
#include "region_finder.hpp"
#include "sentence_view.hpp"
#include "status_reader.hpp"
#include "subject_phrase.hpp"
#include "zhibiao/rules/clause_matcher.hpp"
#include "zhibiao/rules/placeholders.hpp"
#include "zhibiao/attribution/record.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/quantity/scanner.hpp"
#include "zhibiao/text/segment.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::detail {
namespace {

struct SubjectItem {
  std::optional<std::size_t> indicator;
  std::string mention;
  std::string region;  // the area written before the name (全国, 京津冀); empty: the document's
  bool levels_only = false;  // named by a level alias: only a level or change in its dimension is its
};

struct Subject {
  std::vector<SubjectItem> items;
  bool fan_out = false;  // 均: every item gets every figure
  bool empty() const { return items.empty(); }
};

class SentenceExtractor {
 public:
  SentenceExtractor(const RuleSet& rules, const Scanner& scanner, const Text& text, const Sentence& sentence,
                    const std::string& doc, std::vector<std::string>* trace)
      : v_{rules, text, text.norm(), sentence, scanner.scan(text, sentence.begin, sentence.end), {}},
        doc_(doc), trace_(trace) {
    periods_ = find_periods(rules, s_, sentence, quantities_);
    // A sentence whose quantities are all dates and durations (or that has none) gives no
    // record and leaves no subject: its periods are all the text after it needs.
    // (A duration in years may be a level: 受教育年限达到12.8年.)
    attributes_ = trace_ || std::any_of(quantities_.begin(), quantities_.end(), [](const Quantity& q) {
                    QuantityKind k = q.kind == QuantityKind::range ? q.range_of : q.kind;
                    return k != QuantityKind::date && (k != QuantityKind::duration || q.unit == "年");
                  });
    if (!attributes_) return;
    bases_ = rules.periods.basis_matcher.find_all(s_, sentence.begin, sentence.end);
    find_mentions_across_asides();
    // Figures inside an indicator's name are part of the name (500万元以上固定资产投资).
    dropped_.assign(quantities_.size(), false);
    for (std::size_t i = 0; i < quantities_.size(); ++i)
      for (const auto& m : mentions_)
        if (quantities_[i].span.begin < m.end && m.begin < quantities_[i].span.end) dropped_[i] = true;
    claims_.resize(quantities_.size());
    mention_is_of_.assign(mentions_.size(), false);
    sentence_text_ = to_utf8(text.original_span(sentence.begin, sentence.end));
  }

  std::size_t quantity_count() const { return quantities_.size(); }
  bool attributes() const { return attributes_; }

  // Indicator names, read as if short asides were not there: 规模以上工业（以下简称规上工业）
  // 增加值 names 规模以上工业增加值, and 增加值[3] is 增加值 with a footnote.
  void find_mentions_across_asides() {
    // Where an aside or footnote marker that opens at i ends (past its closing bracket), or 0.
    auto aside_end = [&](std::size_t i) -> std::size_t {
      char32_t close = s_[i] == U'(' ? U')' : s_[i] == U'[' ? U']' : s_[i] == U'【' ? U'】' : 0;
      if (!close || i == sentence_.begin) return 0;
      std::size_t j = i + 1;
      bool digits = false;
      while (j < sentence_.end && j - i <= 20 && s_[j] != close && s_[j] != s_[i]) digits = digits || is_ascii_digit(s_[j]), ++j;
      // (…) without figures is an aside; [3] and 【4】 are footnote markers.
      bool aside = j < sentence_.end && s_[j] == close && j > i + 1 && (close == U')' ? !digits : digits);
      return aside ? j + 1 : 0;
    };
    std::size_t first = sentence_.begin;
    while (first < sentence_.end && !aside_end(first)) ++first;
    if (first == sentence_.end) {  // most sentences: no copy
      for (const auto& m : rs_.find_mentions(s_, sentence_.begin, sentence_.end)) mentions_.push_back({m.begin, m.end, m.word});
      return;
    }
    std::u32string compact;
    std::vector<std::size_t> at;  // compact index → normalized position
    for (std::size_t i = sentence_.begin; i < sentence_.end;) {
      if (std::size_t e = aside_end(i)) {
        i = e;
        continue;
      }
      compact.push_back(s_[i]);
      at.push_back(i);
      ++i;
    }
    for (const auto& m : rs_.find_mentions(compact, 0, compact.size()))
      mentions_.push_back({at[m.begin], at[m.end - 1] + 1, m.word});
  }
  const std::vector<PeriodMention>& periods() const { return periods_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

  void run(const Discourse& discourse, std::vector<Record>& out) {
    frame_ = discourse.frame();
    status_ = discourse.status_context();
    if (trace_) trace_header();
    Subject carried = paragraph_subject_;
    for (const auto& clause : sentence_.clauses) {
      ClauseMatch cm;
      cm.claims.resize(quantities_.size());
      cm.mention_is_of.assign(mentions_.size(), false);
      // A clause without a figure of its own has nothing for the patterns (its token
      // string would hold no figure): it only passes its subject on.
      bool figures = trace_ != nullptr;
      for (std::size_t i = 0; i < quantities_.size() && !figures; ++i)
        figures = !dropped_[i] && quantities_[i].span.begin >= clause.begin && quantities_[i].span.begin < clause.end;
      if (figures) {
        cm.tokens = make_token_string(text_, clause, quantities_, dropped_, mentions_);
        match_clause(rs_, text_, quantities_, cm, trace_ != nullptr);
      }
      warnings_.insert(warnings_.end(), cm.warnings.begin(), cm.warnings.end());
      for (std::size_t i = 0; i < quantities_.size(); ++i)
        if (cm.claims[i] && !claims_[i]) claims_[i] = cm.claims[i];
      for (std::size_t i = 0; i < mentions_.size(); ++i) mention_is_of_[i] = mention_is_of_[i] || cm.mention_is_of[i];
      if (trace_) {
        trace_->push_back(fmt::format("clause 「{}」", orig(clause)));
        for (auto& line : cm.trace) trace_->push_back(line);
      }
      attribute_clause(clause, cm.tokens, carried, out);
      if (clause.ends_topic) {
        // A new topic names its own subject; if it does not (；三季度环比增长1.6%), it
        // goes back to the paragraph's.
        carried = paragraph_subject_;
        recent_items_.clear();
      }
    }
  }

 private:
  void trace_header() {
    trace_->push_back(fmt::format("sentence 「{}」", sentence_text_.str()));
    for (std::size_t i = 0; i < quantities_.size(); ++i) {
      const auto& q = quantities_[i];
      std::string value = q.value    ? fmt::format(", {}{}{}", q.value->str(), q.unit.empty() ? "" : " ", q.unit)
                          : q.masked ? ", masked"
                                     : "";
      trace_->push_back(fmt::format("  quantity {} ({}{}){}", orig(q.span), to_string(q.kind), value,
                                    dropped_[i] ? " — part of an indicator name, not a figure" : ""));
    }
    for (const auto& m : mentions_) {
      const auto& a = rs_.aliases[m.alias];
      std::string what = a.indicator ? rs_.indicators[*a.indicator].name : "composite";
      trace_->push_back(fmt::format("  indicator {} → {}", orig({m.begin, m.end}), what));
    }
  }

  std::string orig(Span s) const { return v_.original(s); }

  std::optional<std::size_t> find_word(Words list, std::size_t b, std::size_t e, bool last,
                                       bool outside_names = false) const {
    return v_.find_word(list, b, e, last, outside_names);
  }
  bool inside_mention(std::size_t b, std::size_t e) const { return v_.inside_mention(b, e); }

  Subject subject_of_mention(std::size_t mi) const {
    Subject s;
    const auto& a = rs_.aliases[mentions_[mi].alias];
    std::string written = orig({mentions_[mi].begin, mentions_[mi].end});
    std::size_t clause = v_.clause_begin_of(mentions_[mi].begin);
    auto regions = regions_before(v_, clause, mentions_[mi].begin, doc_region());
    std::string region = regions.empty() ? std::string() : regions.back();
    if (std::size_t at = breakdown_start(mi); at < mentions_[mi].begin) {
      // 对东盟进出口增长8%: trade with one partner is part of the total, not the total.
      s.items.push_back({std::nullopt, orig({at, mentions_[mi].end}), region});
      return s;
    }
    if (a.composite) {
      for (std::size_t ind : rs_.composites[*a.composite].indicators) s.items.push_back({ind, written, region});
    } else if (regions.size() > 1) {
      // 内江、眉山、自贡、遂宁经济总量突破2000亿元: each place has the figure, unless 分别 pairs them in turn.
      for (const auto& r : regions) s.items.push_back({a.indicator, written, r, a.levels_only});
      s.fan_out = !v_.find_marker(Words::respectively_markers, mentions_[mi].end, v_.clause_end_of(mentions_[mi].begin));
    } else {
      s.items.push_back({a.indicator, written, region, a.levels_only});
    }
    return s;
  }

  const std::string& doc_region() const { return frame_.doc.region; }

  // 新增上市公司48家、总量达122家: the total is of 上市公司, the name without its prefix,
  // written with the total's word when that is a name (规模以上工业企业总数); no indicator
  // when the rules know neither.
  SubjectItem stock_of(const SubjectItem& item, const std::string& total_word) const {
    if (!item.indicator) return item;
    std::u32string name = from_utf8(rs_.indicators[*item.indicator].name);
    for (const auto& prefix : rs_.words(Words::new_prefixes)) {
      if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
      std::string stock = to_utf8(name.substr(prefix.size()));
      SubjectItem out{std::nullopt, stock, item.region};
      for (const std::string& written : {stock + total_word, stock})
        for (const auto& a : rs_.aliases)
          if (!out.indicator && a.text == written && a.indicator) {
            out.indicator = a.indicator;
            out.mention = written;
          }
      return out;
    }
    return item;
  }

  // Where a breakdown written before a name starts (对东盟进出口: 对), or the name's own start.
  std::size_t breakdown_start(std::size_t mi) const {
    std::size_t floor = v_.clause_begin_of(mentions_[mi].begin);
    for (std::size_t p = mentions_[mi].begin; p > floor && mentions_[mi].begin - p < 10; --p) {
      if (is_space_or_punct(s_[p - 1])) break;
      if (!rs_.words(Words::breakdown_before).may_end(s_[p - 1])) continue;
      for (const auto& w : rs_.words(Words::breakdown_before))
        if (p >= floor + w.size() && std::u32string_view(s_.data() + p - w.size(), w.size()) == w &&
            p < mentions_[mi].begin)
          return p - w.size();
    }
    return mentions_[mi].begin;
  }

  // An indicator name right after the figure and 的: 2.28亿斤以上的粮食产量.
  std::optional<std::size_t> forward_mention(const Quantity& q, std::size_t clause_end) const {
    std::size_t p = std::max(q.span.end, q.qualifier_span.end);
    if (p + 1 >= clause_end || s_[p] != U'的') return std::nullopt;
    for (std::size_t mi = 0; mi < mentions_.size(); ++mi)
      if (mentions_[mi].begin == p + 1 && !mention_is_of_[mi]) return mi;
    return std::nullopt;
  }

  void trim(std::size_t& b, std::size_t& e, std::initializer_list<Words> lists, bool front) const {
    trim_words(v_, b, e, lists, front);
  }
  Span local_span(std::size_t b, std::size_t e, bool trim_front = true) const {
    return detail::local_span(v_, b, e, trim_front);
  }
  // The text of a local_span, empty when it is (an empty span's original text is not always).
  std::string phrase_text(Span p) const { return p.end > p.begin ? orig(p) : std::string(); }
  std::string local_phrase(std::size_t b, std::size_t e, bool trim_front = true) const {
    return phrase_text(local_span(b, e, trim_front));
  }

  // 肉类产量: a known item followed by a head noun names the head's indicator.
  SubjectItem item_for_phrase(const std::string& phrase) const {
    SubjectItem it{std::nullopt, phrase, {}};
    std::u32string u = from_utf8(phrase);
    for (const auto& head : rs_.heads) {
      std::u32string h = from_utf8(head.noun);
      if (u.size() <= h.size() || u.compare(u.size() - h.size(), h.size(), h) != 0) continue;
      std::u32string before = u.substr(0, u.size() - h.size());
      for (const auto& item : head.items) {
        std::u32string x = from_utf8(item);
        if (before.size() >= x.size() && before.compare(before.size() - x.size(), x.size(), x) == 0)
          it.indicator = head.indicator;
      }
    }
    return it;
  }

  // 粮食播种面积1584.6万亩、总产量132.4亿斤: a phrase that names nothing alone names, after the
  // stem it shares with the name before it, the indicator the two make (粮食 + 总产量 = 粮食总产量;
  // 城镇居民人均可支配收入…、消费支出… = 城镇居民人均消费支出).
  SubjectItem elliptic_item(SubjectItem item, const Subject& before) const {
    if (item.indicator || before.items.size() != 1 || !before.items[0].indicator) return item;
    std::u32string phrase = from_utf8(item.mention), stem = from_utf8(before.items[0].mention);
    if (phrase.size() < 2) return item;
    for (std::size_t k = stem.size(); k-- > 2;) {
      std::u32string whole = stem.substr(0, k) + phrase;
      for (const auto& m : rs_.find_mentions(whole, 0, whole.size()))
        if (m.begin == 0 && m.end == whole.size() && rs_.aliases[m.word].indicator) {
          item.indicator = rs_.aliases[m.word].indicator;
          item.region = before.items[0].region;
          return item;
        }
    }
    return item;
  }

  // Two or more indicator names right after one another, joined only by 、 or 和, at the start of
  // [b, e) and followed by nothing but verbs: the subject of a figure they share.
  std::optional<Subject> joined_names_before(std::size_t b, std::size_t e) const {
    std::vector<std::size_t> names;
    std::size_t p = b;
    while (p < e && is_space_or_punct(s_[p])) ++p;
    for (std::size_t mi = 0; mi < mentions_.size(); ++mi) {
      const auto& m = mentions_[mi];
      if (m.begin < p || m.end > e || mention_is_of_[mi] || rs_.aliases[m.alias].composite) continue;
      if (m.begin != p) break;
      names.push_back(mi);
      p = m.end;
      std::size_t sep = p;
      if (p < e && rs_.words(Words::list_separators).may_start(s_[p]))
        for (const auto& w : rs_.words(Words::list_separators))
          if (std::u32string_view(s_.data() + p, std::min(w.size(), e - p)) == w) sep = p + w.size();
      if (sep == p) break;
      p = sep;
    }
    if (names.size() < 2) return std::nullopt;
    std::size_t rest_b = mentions_[names.back()].end, rest_e = e;
    trim(rest_b, rest_e, {Words::up, Words::down, Words::compared, Words::mention_trailing, Words::reached}, true);
    if (rest_b < rest_e) return std::nullopt;
    Subject subj;
    subj.fan_out = true;
    for (std::size_t mi : names) subj.items.push_back(subject_of_mention(mi).items.front());
    return subj;
  }

  // 投资、消费增速分别…: the 、 of a composite name separates no list.
  bool inside_composite(std::size_t pos) const {
    return std::any_of(mentions_.begin(), mentions_.end(), [&](const Mention& m) {
      return m.begin < pos && pos < m.end && rs_.aliases[m.alias].composite;
    });
  }

  // 马铃薯、果蔬、肉类、鲜乳产量分别…, 安全生产事故和死亡人数均…: a list before 分别/均.
  std::optional<Subject> list_subject(std::size_t b, std::size_t marker, bool fan_out) const {
    std::vector<std::pair<std::size_t, std::size_t>> parts;
    std::size_t start = b;
    for (std::size_t i = b; i < marker; ++i) {
      std::size_t sep = 0;
      if (!rs_.words(Words::list_separators).may_start(s_[i]) || inside_composite(i)) continue;
      for (const auto& u : rs_.words(Words::list_separators)) {
        if (i + u.size() <= marker && std::u32string_view(s_.data() + i, u.size()) == u) sep = std::max(sep, u.size());
      }
      if (sep) {
        parts.push_back({start, i});
        start = i + sep;
        i += sep - 1;
      }
    }
    parts.push_back({start, marker});
    if (parts.size() < 2) return std::nullopt;
    // 汶石市、临澜市经济总量分别…: places before one name are the name's regions, not a list of names.
    if (std::all_of(parts.begin(), parts.end() - 1, [&](const auto& p) { return is_place(v_, p.first, p.second); }))
      return std::nullopt;
    Subject subj;
    subj.fan_out = fan_out;
    // A shared tail written once at the end belongs to every item: 城镇居民和农村居民人均可支配收入
    // (the longest tail that makes the first item an alias), or a head noun (马铃薯、…、鲜乳产量).
    std::string tail;
    {
      std::size_t lb = parts.back().first, le = parts.back().second;
      trim(lb, le, {Words::mention_trailing}, false);
      std::size_t fb = parts.front().first, fe = parts.front().second;
      trim(fb, fe, {Words::mention_leading}, true);
      std::u32string first(s_.data() + fb, fe - fb);
      auto shared_tail = [&](std::u32string_view last) {
        for (std::size_t cut = 1; cut < last.size() && tail.empty(); ++cut) {
          std::u32string candidate = first + std::u32string(last.substr(cut));
          auto ms = rs_.alias_matcher.find_longest(candidate, 0, candidate.size());
          if (ms.size() == 1 && ms[0].begin == 0 && ms[0].end == candidate.size()) tail = to_utf8(last.substr(cut));
        }
      };
      shared_tail(std::u32string_view(s_.data() + lb, le - lb));
      // 城镇和农村居民人均可支配收入增速: the tail is shared without what is said of it (增速).
      std::size_t ae = le;
      trim(lb, ae, {Words::rank_of}, false);
      if (tail.empty() && ae < le) shared_tail(std::u32string_view(s_.data() + lb, ae - lb));
      std::u32string last(s_.data() + lb, le - lb);
      for (const auto& head : rs_.heads) {
        std::u32string h = from_utf8(head.noun);
        if (tail.empty() && last.size() > h.size() && last.compare(last.size() - h.size(), h.size(), h) == 0)
          tail = head.noun;
      }
    }
    std::u32string first_item;
    for (std::size_t k = 0; k < parts.size(); ++k) {
      auto [pb, pe] = parts[k];
      std::string phrase = local_phrase(pb, pe);
      if (phrase.empty()) return std::nullopt;
      if (!tail.empty() && k + 1 < parts.size()) phrase += tail;
      if (k == 0) first_item = from_utf8(phrase);
      SubjectItem item = item_for_phrase(phrase);
      // A known alias inside an item names the indicator (城镇居民人均可支配收入).
      auto alias_of = [&](const std::u32string& u) -> std::optional<std::size_t> {
        auto ms = rs_.alias_matcher.find_longest(u, 0, u.size());
        if (!ms.empty() && rs_.aliases[ms.back().word].indicator) return rs_.aliases[ms.back().word].indicator;
        return std::nullopt;
      };
      item.indicator = item.indicator ? item.indicator : alias_of(from_utf8(phrase));
      // 第一、二、三产业增加值: a later item shares the first one's opening (第).
      for (std::size_t cut = 1; k > 0 && !item.indicator && cut < first_item.size(); ++cut) {
        std::u32string whole = first_item.substr(0, cut) + from_utf8(phrase);
        if (auto ind = alias_of(whole)) {
          auto ms = rs_.alias_matcher.find_longest(whole, 0, whole.size());
          if (ms.size() == 1 && ms[0].begin == 0 && ms[0].end == whole.size()) {
            item.indicator = ind;
            item.mention = to_utf8(whole);
          }
        }
      }
      subj.items.push_back(item);
    }
    return subj;
  }

  bool all_rank_of(const Subject& s) const {
    for (const auto& it : s.items)
      if (it.indicator || !rs_.in_list(Words::rank_of, from_utf8(it.mention))) return false;
    return true;
  }

  void attribute_clause(const Clause& clause, const TokenString& ts, Subject& carried, std::vector<Record>& out) {
    // Figures of this clause, in order.
    std::vector<std::size_t> figs;
    for (const auto& t : ts.tokens)
      if (t.type == Token::figure) figs.push_back(t.index);

    // A list subject before 分别 or 均.
    std::optional<Subject> listed;
    std::size_t list_marker = clause.end;
    std::vector<std::string> of_items;
    for (auto [list, fan] : {std::pair{Words::respectively_markers, false}, std::pair{Words::fan_out_markers, true}}) {
      auto at = v_.find_marker(list, clause.begin, clause.end);
      if (!at) continue;
      std::size_t b = clause.begin;
      for (std::size_t qi : figs)  // 第一、二、三产业: an ordinal inside the list is not a figure before it
        if (is_figure(qi) && quantities_[qi].span.end <= *at) b = quantities_[qi].span.end;
      auto ls = list_subject(b, *at, fan);
      bool named_here = false;  // 三次产业增加值…依次为: the clause names its own list
      for (const auto& m : mentions_) named_here = named_here || (m.begin >= b && m.end <= *at);
      if (!ls && !fan && !named_here && previous_items_.size() >= 2) {
        // 存款余额286.4亿元、贷款余额197.2亿元，分别增长9.8%和11.3%: the list is the previous clause's subjects.
        ls = Subject{previous_items_, false};
      }
      if (ls) {
        if (all_rank_of(*ls)) {
          for (const auto& it : ls->items) of_items.push_back(it.mention);
        } else {
          listed = ls;
          list_marker = *at;
        }
      }
      break;
    }
    // 社会消费品零售总额、固定资产投资增长4%左右: names joined by 、 and one figure after them
    // give it to each, as 均 would.
    if (!listed && of_items.empty()) {
      std::vector<std::size_t> real;
      for (std::size_t qi : figs)
        if (is_figure(qi)) real.push_back(qi);
      if (real.size() == 1) listed = joined_names_before(clause.begin, quantities_[real[0]].span.begin);
      if (listed) list_marker = clause.begin;
    }

    // Subjects per figure.
    std::vector<Subject> subjects(figs.size());
    Subject last_subject = carried;
    std::size_t prev_end = clause.begin;
    std::vector<bool> inherited(figs.size(), false);
    for (std::size_t k = 0; k < figs.size(); ++k) {
      const Quantity& q = quantities_[figs[k]];
      if (!is_figure(figs[k])) continue;  // dates, durations, context of another figure (在12个县区中)
      std::size_t fig_begin = q.qualifier_span.end == q.span.begin && q.qualifier_span.size() ? q.qualifier_span.begin
                                                                                                : q.span.begin;
      std::optional<std::size_t> nearest;
      for (std::size_t mi = 0; mi < mentions_.size(); ++mi)
        if (mentions_[mi].begin >= clause.begin && mentions_[mi].end <= q.span.begin && !mention_is_of_[mi])
          nearest = mi;
      Subject subj;
      const auto& claim = claims_[figs[k]];
      std::size_t phrase_end = fig_begin;
      if (claim && claim->match_begin >= prev_end && claim->match_begin < phrase_end) phrase_end = claim->match_begin;
      Span phrase_span = local_span(prev_end, phrase_end);
      std::string phrase = phrase_text(phrase_span);
      // 完成率 stays an attribute even though 完成 alone would be trimmed off the front.
      bool attribute = is_attribute_phrase(v_, phrase_span) || is_attribute_phrase(v_, local_span(prev_end, phrase_end, false)) ||
                       starts_comparison(v_, prev_end, phrase_end) || ends_with_de(v_, prev_end, phrase_end);
      auto ahead = forward_mention(q, clause.end);
      if (listed && list_marker < q.span.begin) {
        subj = *listed;
      } else if (ahead && !(nearest && mentions_[*nearest].end > prev_end)) {
        // XX亿斤以上的粮食产量: the name follows the figure.
        subj = subject_of_mention(*ahead);
      } else if (nearest && (mentions_[*nearest].end > prev_end || attribute)) {
        // A name since the previous figure, or nothing new said: the name is the subject.
        // (进出口总额达到10318亿元、实绩企业达到10329家: 实绩企业 is new, so it is.)
        subj = subject_of_mention(*nearest);
      } else if ((phrase.empty() || attribute) && prev_end == clause.begin && q.kind == QuantityKind::count &&
                 !following_noun(v_, q.span.end, clause.end).empty()) {
        // 74个重点城市细颗粒物平均浓度下降9.1%: a count opening a clause counts what follows it, as
        // 新增12家上市公司 does (not the subject the paragraph carries).
        subj.items.push_back({std::nullopt, following_noun(v_, q.span.end, clause.end), {}});
      } else {
        if (!attribute) {
          subj.items.push_back(elliptic_item(item_for_phrase(phrase), last_subject));
        } else if (!last_subject.empty()) {
          subj = last_subject;
          inherited[k] = true;
          if (names_own_area(v_, prev_end, fig_begin))
            for (auto& it : subj.items) it.region.clear();
          // 总投资 of 重大项目: the attribute is how the text names it here; 实际, 年度 are not names.
          if (!phrase.empty() && subj.items.size() == 1 && of_items.empty() && rs_.in_list(Words::attributes, from_utf8(phrase)))
            subj.items[0].mention = phrase;
        } else if (!phrase.empty()) {
          subj.items.push_back({std::nullopt, phrase, {}});
        }
      }
      // The name not written again since the previous figure, and the total named instead.
      if (subj.items.size() == 1 && !(nearest && mentions_[*nearest].end > prev_end) &&
          rs_.in_list(Words::stock_attributes, from_utf8(phrase)))
        subj.items[0] = stock_of(subj.items[0], phrase);
      subjects[k] = subj;
      if (!subj.empty()) last_subject = subj;
      prev_end = std::max(q.span.end, q.qualifier_span.end);
    }
    pair_with_recent_subjects(figs, subjects, inherited);
    for (const auto& subj : subjects)
      if (!subj.empty()) last_subject_seen_ = subj;
    for (const auto& subj : subjects)
      if (subj.items.size() == 1 &&
          std::none_of(recent_items_.begin(), recent_items_.end(), [&](const SubjectItem& it) {
            return it.indicator == subj.items[0].indicator && it.mention == subj.items[0].mention;
          }))
        recent_items_.push_back(subj.items[0]);
    // A clause that names an indicator without a figure still sets the subject.
    std::optional<std::size_t> last_mention;
    for (std::size_t mi = 0; mi < mentions_.size(); ++mi)
      if (mentions_[mi].begin >= clause.begin && mentions_[mi].end <= clause.end && !mention_is_of_[mi]) last_mention = mi;
    previous_items_.clear();
    for (const auto& subj : subjects)
      if (subj.items.size() == 1 &&
          std::none_of(previous_items_.begin(), previous_items_.end(), [&](const SubjectItem& it) {
            return it.indicator == subj.items[0].indicator && it.mention == subj.items[0].mention;
          }))
        previous_items_.push_back(subj.items[0]);
    if (listed) carried = *listed;
    else if (!figs.empty() && !subjects.back().empty()) carried = subjects.back();
    else if (last_mention) carried = subject_of_mention(*last_mention);

    // Respectively: a list subject shared by as many figures as it has items.
    std::size_t k = 0;
    while (k < figs.size()) {
      std::size_t j = k;
      while (j + 1 < figs.size() && subjects[j + 1].items.size() > 1 && same_items(subjects[j + 1], subjects[k]) &&
             same_measure_class(figs[j + 1], figs[k]))
        ++j;
      std::size_t run = j - k + 1;
      const Subject& subj = subjects[k];
      for (std::size_t f = k; f <= j; ++f) {
        if (subj.items.size() > 1 && run % subj.items.size() == 0 && !subj.fan_out) {
          // 从A和B分别提高到C和D: the items in turn, once for each group of figures.
          emit(figs[f], {subj.items[(f - k) % subj.items.size()]}, of_items, out);
        } else if (subj.items.size() > 1 && (subj.fan_out || run == 1)) {
          emit(figs[f], subj.items, of_items, out);
        } else {
          emit(figs[f], subj.items.empty() ? std::vector<SubjectItem>{{std::nullopt, "", {}}}
                                           : std::vector<SubjectItem>{subj.items.front()},
               of_items, out);
        }
      }
      k = j + 1;
    }
  }

  // 城镇居民收入17175元，农村居民收入5153元，实际增长9.8%和8.5%: figures joined by 和 with no
  // subject of their own pair with the sentence's latest subjects, in order.
  void pair_with_recent_subjects(const std::vector<std::size_t>& figs, std::vector<Subject>& subjects,
                                 const std::vector<bool>& inherited) const {
    std::vector<std::size_t> own;
    for (std::size_t k = 0; k < figs.size(); ++k)
      if (is_figure(figs[k])) own.push_back(k);
    if (own.size() < 2 || recent_items_.size() < own.size()) return;
    for (std::size_t i = 0; i < own.size(); ++i) {
      if (!inherited[own[i]] || !same_measure_class(figs[own[i]], figs[own[0]])) return;
      if (i > 0) {
        const Quantity& a = quantities_[figs[own[i - 1]]];
        const Quantity& b = quantities_[figs[own[i]]];
        std::size_t from = std::max(a.span.end, a.qualifier_span.end);
        if (b.span.begin < from || !is_separator(from, b.span.begin)) return;
      }
    }
    std::size_t base = recent_items_.size() - own.size();
    for (std::size_t i = 0; i < own.size(); ++i) subjects[own[i]] = Subject{{recent_items_[base + i]}, false};
  }

  // [b, e) holds only a list separator (和, 、) and spaces.
  bool is_separator(std::size_t b, std::size_t e) const {
    std::size_t bb = b, ee = e;
    trim(bb, ee, {Words::list_separators}, true);
    return bb >= ee && e > b;
  }

  bool is_figure(std::size_t qi) const { return detail::is_figure(v_, claims_, qi); }
  bool in_milestone(std::size_t qi) const { return detail::in_milestone(v_, qi); }

  static bool same_items(const Subject& a, const Subject& b) {
    if (a.items.size() != b.items.size()) return false;
    for (std::size_t i = 0; i < a.items.size(); ++i)
      if (a.items[i].indicator != b.items[i].indicator || a.items[i].mention != b.items[i].mention) return false;
    return true;
  }

  bool same_measure_class(std::size_t a, std::size_t b) const {
    return placeholder::for_quantity(quantities_[a]) == placeholder::for_quantity(quantities_[b]);
  }

  static std::string measure_dimension(const Quantity& q) {
    if (q.kind == QuantityKind::money) return "money";
    if (q.kind == QuantityKind::count) return "count";
    if (q.kind == QuantityKind::percent) return "percent";
    return q.dimension;
  }

  void emit(std::size_t qi, const std::vector<SubjectItem>& items, const std::vector<std::string>& of_items,
            std::vector<Record>& out) {
    if (!is_figure(qi)) return;
    const Quantity& q = quantities_[qi];
    const auto& claim = claims_[qi];
    // 两件大事, 三个转变, 前两种形态: small counts in Chinese numerals are phrasing, not figures,
    // unless they count what an indicator counts; after a name that counts something else
    // (粮食…灌溉二期: grain is no count) not even when a pattern reads them.
    bool named = items.size() == 1 && items[0].indicator;
    bool counts_indicator = named && rs_.indicators[*items[0].indicator].dimension == measure_dimension(q);
    if (q.kind == QuantityKind::count && q.value && *q.value <= Decimal::from_int(10) && !has_arabic_digit(q.number_span) &&
        !counts_indicator && (!claim || named))
      return;
    std::string measure = claim && !claim->plan ? claim->pattern->measure : "value";
    if (q.growth_word && measure == "value") measure = "growth";  // 实现翻番, 价格指数持平
    std::vector<std::string> ofs = {claim ? claim->of : ""};
    if (measure == "rank") {
      if (!of_items.empty()) ofs = of_items;
      else if (ofs[0].empty()) {
        auto at = find_word(Words::rank_of, sentence_clause_begin(q.span.begin), q.span.begin, true);
        if (at) {
          for (const auto& u : rs_.words(Words::rank_of)) {
            if (std::u32string_view(s_.data() + *at, std::min(u.size(), s_.size() - *at)) == u) {
              ofs[0] = to_utf8(u);
              break;
            }
          }
        }
      }
    }
    for (const auto& item : items) {
      for (const auto& of : ofs) {
        Record r;
        r.doc = doc_;
        r.start = text_.to_original_begin(q.span.begin);
        r.end = text_.to_original_end(q.span.end);
        r.text = orig(q.span);
        r.sentence = sentence_text_;
        r.mention = item.mention;
        if (item.indicator) {
          const Indicator& ind = rs_.indicators[*item.indicator];
          // A level whose dimension contradicts the indicator's is not that indicator (42个 重大项目投资).
          // 高标准农田建设投资1.38亿元: money is not the farmland's area either.
          // A bare number is a ratio or an index (城乡居民收入比2.31：1, 价格指数102.3).
          bool plain = q.kind == QuantityKind::number && (ind.dimension == "ratio" || ind.dimension == "index");
          bool fits = measure != "value" || ind.dimension.empty() || measure_dimension(q) == ind.dimension || plain;
          // 规模以上工业企业1862家, 净增9家: a level alias names a level or change in its dimension,
          // not the share or growth of something the sentence goes on to name.
          if (item.levels_only)
            fits = measure_dimension(q) == ind.dimension && (measure == "value" || measure == "growth" || measure == "change");
          if (fits) {
            r.indicator = ind.name;
            r.indicator_id = ind.id;
            r.category = ind.category;
            if (measure == "value") r.display_unit = ind.display_unit;  // 亿元 is how the level reads, not the growth
          }
        }
        r.measure = measure;
        r.value = q.value;
        r.low = q.low;
        r.high = q.high;
        int sign = claim ? claim->pattern->sign : 0;
        if (sign == 2) sign = item.indicator && rs_.indicators[*item.indicator].lower_is_better ? -1 : 1;
        if (sign == -1) {
          if (r.value && !r.value->negative()) r.value = r.value->negated();
          if (r.low) r.low = r.low->negated();
          if (r.high) r.high = r.high->negated();
        }
        r.unit = q.unit.empty() && claim && !claim->pattern->unit.empty() ? claim->pattern->unit : q.unit;
        // 增加6200亿元, 净增118家, 上升1位: a change in the level's unit, not a growth in %.
        if (r.measure == "growth" && r.unit != "%" && r.unit != "百分点") r.measure = "change";
        r.raw_value = orig(q.number_span);
        r.raw_unit = orig(q.unit_span);
        r.qualifier = std::string(to_string(q.qualifier));
        r.masked = q.masked;
        r.region = item.region.empty() ? doc_region() : item.region;
        r.doc_year = frame_.doc.year;
        if (measure == "rank") {
          r.unit = "位";  // 第三 and 第3位 are the same rank
          r.scope = claim ? claim->scope : "";
          r.of = of;
          if (claim && claim->of_total) r.of_total = claim->of_total->to_int64();
        }
        bool over_span = item.indicator && !r.indicator_id.empty() && rs_.indicators[*item.indicator].over_span;
        Period period = set_period_and_status({v_, periods_, bases_, frame_, status_}, r, q, claim ? &*claim : nullptr,
                                               over_span, last_figure_);
        last_figure_ = {std::max(q.span.end, q.qualifier_span.end), period};
        r.rule = claim ? claim->pattern->id : "default.value";
        out.push_back(std::move(r));
      }
    }
  }

  bool has_arabic_digit(Span s) const {
    for (std::size_t i = s.begin; i < s.end; ++i)
      if (is_ascii_digit(s_[i])) return true;
    return false;
  }

  std::size_t sentence_clause_begin(std::size_t pos) const { return v_.clause_begin_of(pos); }

 public:
  void set_paragraph(const ParagraphSubject& p) {
    if (p.known) paragraph_subject_ = Subject{{SubjectItem{p.indicator, p.mention, p.region, p.levels_only}}, false};
  }
  // What the sentence leaves for the next ones of its paragraph: its last single subject.
  void update_paragraph(ParagraphSubject& p) const {
    if (last_subject_seen_.items.size() == 1) {
      p.known = true;
      p.indicator = last_subject_seen_.items[0].indicator;
      p.mention = last_subject_seen_.items[0].mention;
      p.region = last_subject_seen_.items[0].region;
      p.levels_only = last_subject_seen_.items[0].levels_only;
    }
  }

 private:
  SentenceView v_;
  Subject paragraph_subject_;  // the previous sentence's last subject
  Subject last_subject_seen_;

  const RuleSet& rs_ = v_.rules;
  const Text& text_ = v_.text;
  const std::u32string& s_ = v_.s;
  const Sentence& sentence_ = v_.sentence;
  std::vector<Quantity>& quantities_ = v_.quantities;
  std::vector<Mention>& mentions_ = v_.mentions;
  const std::string& doc_;
  std::vector<std::string>* trace_;
  std::vector<PeriodMention> periods_;
  std::vector<AhoCorasick::Match> bases_;  // the sentence's basis words (年均, 累计 …)
  std::optional<LastFigure> last_figure_;   // the figure emitted last, with the period it got
  TimeFrame frame_;
  StatusContext status_;
  std::vector<bool> dropped_;
  Claims claims_;
  std::vector<bool> mention_is_of_;
  std::vector<SubjectItem> previous_items_;  // distinct subjects of the previous clause's figures
  std::vector<SubjectItem> recent_items_;    // distinct subjects since the last ；, in order
  std::vector<std::string> warnings_;
  SharedText sentence_text_;  // one copy for every record of the sentence
  bool attributes_ = true;  // the sentence may give records (see the constructor)
};

}  // namespace

std::size_t extract_sentence(const RuleSet& rules, const Scanner& scanner, const Text& text, const Sentence& sentence,
                             const std::string& doc, Discourse& discourse, bool new_paragraph, bool heading,
                             std::vector<Record>& out, std::vector<std::string>& warnings,
                             std::vector<std::string>* trace) {
  SentenceExtractor se(rules, scanner, text, sentence, doc, trace);
  discourse.next_sentence(text.norm_view(), sentence, new_paragraph, heading, se.periods());
  if (se.attributes()) {
    se.set_paragraph(discourse.subject());
    se.run(discourse, out);
    se.update_paragraph(discourse.subject());
  }
  warnings.insert(warnings.end(), se.warnings().begin(), se.warnings().end());
  return se.quantity_count();
}

}  // namespace zhibiao::detail
