package main

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/crosscheck/crosscheck/internal/when"
)

// dateMatcher is the date scanner compiled from the built-in lexicon, kept
// for the next call (benchmarks call dates many times).
var dateMatcher *when.Matcher

// foundDate is one date expression as the page and the benchmark see it.
type foundDate struct {
	Text      string `json:"text"`
	Start     int    `json:"start"` // byte offsets in the text
	End       int    `json:"end"`
	From      string `json:"from"` // YYYY-MM-DD
	To        string `json:"to"`
	Precision string `json:"precision"`
}

// datesAnswer is the answer to dates: one list per input text.
type datesAnswer struct {
	Dates [][]foundDate `json:"dates"`
}

// doDates runs only the date scanner over texts, with ref (YYYY-MM-DD) as
// the reference for relative wording; without it those are skipped.
func doDates(req *Request) []byte {
	if err := compileDates(); err != nil {
		return encode(failure{Error: err.Error(), Diagnostics: diag.List{}})
	}
	ref, hasRef := when.ParseDay(req.Ref)
	ans := datesAnswer{Dates: make([][]foundDate, len(req.Texts))}
	for i, t := range req.Texts {
		ds := dateMatcher.Scan(t, ref, hasRef)
		out := make([]foundDate, len(ds))
		for j, d := range ds {
			out[j] = foundDate{Text: d.Text, Start: d.Start, End: d.End,
				From: d.Lo.String(), To: d.Hi.String(), Precision: d.Precision.String()}
		}
		ans.Dates[i] = out
	}
	return encode(ans)
}

// compileDates builds the date scanner from the built-in lexicon once.
func compileDates() error {
	if dateMatcher != nil {
		return nil
	}
	srcs, err := builtinRules()
	if err != nil {
		return err
	}
	rs, diags := rule.Load(srcs)
	if diags.HasErrors() {
		return diags
	}
	dateMatcher = when.Compile(&rs.Dates)
	return nil
}

// DatesCompact is the date scanner without the JSON request: texts come
// joined by NUL bytes (the document loader never leaves a NUL in a text),
// and the answer is JSON written by hand, one array per text of
// [start, end, "from", "to", "precision"] with byte offsets. It exists for
// throughput: encoding/json's reflection costs more than the scan itself
// under WebAssembly.
func DatesCompact(ref, joined string) []byte {
	if err := compileDates(); err != nil {
		return encode(failure{Error: err.Error(), Diagnostics: diag.List{}})
	}
	day, hasRef := when.ParseDay(ref)
	out := make([]byte, 0, len(joined)/8+16)
	out = append(out, '[')
	// Walk the texts in place: strings.Split would allocate a slice of
	// them per call. Dates come without traces into one reused slice, and
	// their days are appended, not formatted: allocations, and the
	// collections they bring, cost more than the scan under WebAssembly.
	var found []when.Date
	for i, rest := 0, joined; ; i++ {
		t := rest
		if k := strings.IndexByte(rest, 0); k >= 0 {
			t = rest[:k]
		}
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, '[')
		found = dateMatcher.AppendDates(found[:0], t, day, hasRef)
		for j, d := range found {
			if j > 0 {
				out = append(out, ',')
			}
			out = append(out, '[')
			out = strconv.AppendInt(out, int64(d.Start), 10)
			out = append(out, ',')
			out = strconv.AppendInt(out, int64(d.End), 10)
			out = append(out, ",\""...)
			out = d.Lo.AppendTo(out)
			out = append(out, "\",\""...)
			out = d.Hi.AppendTo(out)
			out = append(out, "\",\""...)
			out = append(out, d.Precision.String()...)
			out = append(out, "\"]"...)
		}
		out = append(out, ']')
		if len(t) == len(rest) {
			break
		}
		rest = rest[len(t)+1:]
	}
	return append(out, ']')
}
