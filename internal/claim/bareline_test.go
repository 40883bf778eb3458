package claim

import (
	"os"
	"testing"

	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// TestBareLine: which lines at the top of a text are headlines written in
// sentence case.
func TestBareLine(t *testing.T) {
	srcs, err := rule.Sources(os.DirFS("../.."), "rules")
	if err != nil {
		t.Fatal(err)
	}
	rs, _ := rule.Load(srcs)
	x := New(rs)
	cases := []struct {
		text string
		want bool
	}{
		{"Death toll in Tarvik rises to 24\n\nBombs killed 24 people in Tarvik on Friday.", true},
		{"Bombs killed 24 people in Tarvik on Friday.\n\nPolice said more had died.", false},
		{"On the third day of the mission to secure the\nTarvik air base, police said seven had died.", false},
		{"Date: November 27, 1989\nLocation: Tarvik\n\nThe plane was bombed.", false},
		{"Bombs killed 24 people in Tarvik on Friday", false}, // nothing below it
	}
	for _, c := range cases {
		di := x.analyse(0, &document.Document{Text: c.text, Published: "2020-01-10"}, everySentence)
		if got := bareLine(di, 0); got != c.want {
			t.Errorf("%q: bare line %v, want %v", c.text, got, c.want)
		}
	}
}
