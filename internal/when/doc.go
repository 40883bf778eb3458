// Package when finds date expressions in news sentences and resolves each
// to an interval of days with a precision, against the document's
// publication date (the reference). It is pure: the caller passes the
// reference; nothing reads a clock.
//
// The wording lives in a Lexicon (rules/lexicon/dates.yaml); Compile turns
// it into a Matcher whose Scan walks a hand-written tokenizer's words once,
// and only around the places a byte-level pre-pass finds a date may start
// (region.go); reference_test.go keeps the full walk it must agree with.
//
// Choices where news usage is loose:
//
//   - A date without a year ("Aug. 7", "in November", "New Year's Eve")
//     takes the reference year, unless that puts it more than 31 days
//     after the reference; then the year before. News reports the recent
//     past. February 29 goes to the latest leap year that fits.
//   - A weekday ("on Friday", "Friday's attack") is the latest such day on
//     or before the reference, so a Sunday paper's "on Sunday" is that
//     Sunday. "last Friday" is strictly before the reference, "next
//     Friday" strictly after; "this Friday" is skipped.
//   - "last week" is [ref-13, ref-1]: it holds the previous calendar week
//     whichever day weeks start on, and the seven days before the
//     reference. "this week" is Monday to Sunday around the reference;
//     "earlier this week" its days before the reference (the reference
//     itself on a Monday).
//   - "last January" said after January (a speaker in April 2017) may mean
//     January 2017 or January 2016, so the interval spans both; said in
//     January it is the previous year's. An editor's bracketed year
//     ("last January [2016]") wins. "this past January" is the latest one.
//   - "earlier this year" is [January 1, ref] and "later this year" [ref,
//     December 31], both at year precision; "N years ago" is the year
//     ref-N; "five years ago this month" is that month.
//   - "early", "mid-", "late", "the end of" join the Text but keep the
//     whole unit: "early November" is all of November.
//   - Spans and unknown anchors are skipped, not guessed: "in recent
//     years", "over the past six months", "four years earlier", "the year
//     before", "in June of that year", "over the last year".
//   - Text leaves out a leading "on", "in" or "since" and keeps words that
//     change the meaning ("last", "this past", "earlier this", "between"
//     and "from" of a range).
//   - Relative is true for every date that used the reference, including
//     dates that only took their year from it.
package when
