package claimfile

import (
	"bytes"
	"testing"

	"github.com/crosscheck/crosscheck/internal/check"
)

// FuzzRead feeds any bytes to Read, and what it reads to the comparison:
// a damaged or hand-made claims file is an error, never a crash. Seeded
// with real lines of the demo corpus.
func FuzzRead(f *testing.F) {
	x := engine(f)
	id := RulesID(x.Rules())
	read := check.Extract(x, corpus(f, 0))
	for i := range read {
		var buf bytes.Buffer
		NewWriter(&buf, id).Document(&read[i])
		f.Add(buf.Bytes())
		if i+1 < len(read) {
			NewWriter(&buf, id).Document(&read[i+1])
			f.Add(buf.Bytes())
		}
	}
	// A date of a million years once held the comparison for hours (the
	// event index walks a date's weeks).
	f.Add([]byte(`{"v":"` + Version + `","rules":"` + id + `","doc":{"id":"a","text":"On March 3, ten were killed in a bombing in Kabul."},"claims":[{"Type":"count","Kind":"killed","Start":12,"End":28,"SentEnd":50,"Lo":10,"Hi":10,"Subject":{"When":{"Lo":0,"Hi":400000000},"HasWhen":true,"Own":true}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, _ := Read("f.jsonl", bytes.NewReader(data), id)
		check.Compare(x.Rules(), docs, nil)
	})
}
