package diff

import (
	"reflect"
	"strings"
	"testing"
)

func TestPassagesSeedPair(t *testing.T) {
	// 001 (NYT repost) against 002 (blog) on the Santa Maria detentions.
	a := "Turkish law enforcement forces detained 47 people, most of them Central Asian nationals."
	b := "After the Santa Maria attack, Turkey detained 51 people related to the attack."
	ca, cb := spanOf(t, a, "detained 47 people"), spanOf(t, b, "detained 51 people")
	left, right := Passages(a, b, ca, cb)
	checkSides(t, a, b, ca, cb, left, right)

	wantLeft := []Segment{
		{OpDelete, "Turkish law enforcement forces", false},
		{OpEqual, " ", false},
		{OpEqual, "detained ", true},
		{OpDelete, "47", true},
		{OpEqual, " people", true},
		{OpDelete, ", most of them Central Asian nationals", false},
		{OpEqual, ".", false},
	}
	wantRight := []Segment{
		{OpInsert, "After the Santa Maria attack, Turkey", false},
		{OpEqual, " ", false},
		{OpEqual, "detained ", true},
		{OpInsert, "51", true},
		{OpEqual, " people", true},
		{OpInsert, " related to the attack", false},
		{OpEqual, ".", false},
	}
	if !reflect.DeepEqual(left, wantLeft) {
		t.Errorf("left\n got %+v\nwant %+v", left, wantLeft)
	}
	if !reflect.DeepEqual(right, wantRight) {
		t.Errorf("right\n got %+v\nwant %+v", right, wantRight)
	}
}

func TestPassagesKeepNumbersWhole(t *testing.T) {
	// A character diff would keep "201" of "2014"/"2015", the "1" of
	// "13"/"31" and ",000" of "4,000"/"1,000" as equal text.
	tests := []struct {
		a, b     string
		del, ins string
	}{
		{"Turkish law enforcement forces detained 47 people, most of them Central Asian nationals.",
			"After the Santa Maria attack, Turkey detained 51 people related to the attack.", "47", "51"},
		{"ISKP was formed in 2014 as a collective of defectors",
			"ISKP was formed in 2015 as a collective of defectors", "2014", "2015"},
		{"ISKP was formed in 2014 as a collective of defectors",
			"Islamic State Khorasan, founded in 2015 by disaffected members of the Pakistani Taliban", "2014", "2015"},
		{"It is estimated that ISKP has between 4,000 and 6,000 members.",
			"It is estimated that ISKP has between 1,000 and 6,000 members.", "4,000", "1,000"},
		{"It is estimated that ISKP has between 4,000 and 6,000 members.",
			"Regional Member States estimated current ISIL-K strength at between 1,000 and 3,000 fighters", "4,000", "1,000"},
		{"a Tajik national entered the shrine with an automatic rifle, killing 13 and injuring 40 pilgrims",
			"a Tajik national entered the shrine with an automatic rifle, killing 31 and injuring 40 pilgrims", "13", "31"},
		{"who was killed in a US air strike in 2017.",
			"who was killed in a US air strike in 2019.", "2017", "2019"},
	}
	for _, tt := range tests {
		t.Run(tt.a+" | "+tt.b, func(t *testing.T) {
			left, right := Passages(tt.a, tt.b, Span{}, Span{})
			checkSides(t, tt.a, tt.b, Span{}, Span{}, left, right)
			wholeIn(t, left, tt.del, OpDelete)
			wholeIn(t, right, tt.ins, OpInsert)
		})
	}
}

func TestPassagesMinimalNumberChange(t *testing.T) {
	a := "ISKP was formed in 2014 as a collective of defectors"
	b := "ISKP was formed in 2015 as a collective of defectors"
	left, right := Passages(a, b, Span{}, Span{})
	want := []Segment{{OpEqual, "ISKP was formed in ", false}, {OpDelete, "2014", false}, {OpEqual, " as a collective of defectors", false}}
	if !reflect.DeepEqual(left, want) {
		t.Errorf("left\n got %+v\nwant %+v", left, want)
	}
	want = []Segment{{OpEqual, "ISKP was formed in ", false}, {OpInsert, "2015", false}, {OpEqual, " as a collective of defectors", false}}
	if !reflect.DeepEqual(right, want) {
		t.Errorf("right\n got %+v\nwant %+v", right, want)
	}
}

func TestPassagesIdentical(t *testing.T) {
	a := "Al-Masri was gunned down in a Tehran alley on Aug. 7, the anniversary of the 1998 bombings"
	left, right := Passages(a, a, Span{}, Span{})
	want := []Segment{{OpEqual, a, false}}
	if !reflect.DeepEqual(left, want) || !reflect.DeepEqual(right, want) {
		t.Errorf("got %+v / %+v, want one equal segment each", left, right)
	}
}

func TestPassagesEmptySide(t *testing.T) {
	b := "The strike left one person dead and another injured."
	left, right := Passages("", b, Span{}, Span{0, 3})
	checkSides(t, "", b, Span{}, Span{0, 3}, left, right)
	if len(left) != 0 {
		t.Errorf("left = %+v, want empty", left)
	}
	want := []Segment{{OpInsert, "The", true}, {OpInsert, b[3:], false}}
	if !reflect.DeepEqual(right, want) {
		t.Errorf("right\n got %+v\nwant %+v", right, want)
	}
}

func TestPassagesWhitespaceOnlyChange(t *testing.T) {
	// Scraped paragraphs differ in line breaks; the words stay equal.
	a := "most of them Central Asian nationals."
	b := "most of them Central\nAsian nationals."
	left, right := Passages(a, b, Span{}, Span{})
	checkSides(t, a, b, Span{}, Span{}, left, right)
	wholeIn(t, left, " ", OpEqual) // "most of"
	if !strings.Contains(equalText(left), "Central") || !strings.Contains(equalText(left), "Asian nationals.") {
		t.Errorf("words not kept equal: %+v", left)
	}
}

func TestPassagesInvalidUTF8(t *testing.T) {
	a := "Turkish law enforcement forces detained 47\xff people"
	b := "Turkish law enforcement forces detained 51 people"
	ca, cb := spanOf(t, a, "47\xff"), spanOf(t, b, "51")
	left, right := Passages(a, b, ca, cb)
	checkSides(t, a, b, ca, cb, left, right)
	wholeIn(t, left, "47", OpDelete)
	wholeIn(t, right, "51", OpInsert)
}

func TestPassagesClaimSpans(t *testing.T) {
	a := "The KRSC said that its counterterrorism department had “confirmed” Uzbeki’s death on April 12"
	b := "Abdurakhmon Uzbeki, a senior Islamic State operative, was killed during a special forces raid on April 6."
	quote := strings.Index(a, "’") // 3 bytes
	tests := []struct {
		name      string
		span      Span
		wantClaim string
	}{
		{"on the date", spanOf(t, a, "on April 12"), "on April 12"},
		{"none", Span{}, ""},
		{"whole passage", Span{0, len(a)}, a},
		{"negative start", Span{-5, 3}, "The"},
		{"end past the passage", Span{len(a) - 2, len(a) + 40}, "12"},
		{"inverted", Span{20, 10}, ""},
		{"both past the passage", Span{len(a) + 1, len(a) + 9}, ""},
		{"start inside a curly quote", Span{quote + 1, quote + 4}, "s"},
		{"end inside a curly quote", Span{quote - 6, quote + 2}, "Uzbeki"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			left, right := Passages(a, b, tt.span, Span{})
			checkSides(t, a, b, tt.span, Span{}, left, right)
			var got strings.Builder
			for _, g := range left {
				if g.Claim {
					got.WriteString(g.Text)
				}
			}
			if got.String() != tt.wantClaim {
				t.Errorf("claim text %q, want %q", got.String(), tt.wantClaim)
			}
		})
	}
}

func TestPassagesOverLimit(t *testing.T) {
	// Two edits far apart. Word by word they are two small changes; past
	// MaxTokens the cheap diff replaces everything between them.
	para := "Turkish law enforcement forces detained many people, most of them Central Asian nationals. "
	mid := strings.Repeat(para, 150) // 16 tokens each
	a := "On January 28 two masked men entered the church. " + mid + "Officials said 47 were held."
	b := "On January 29 two masked men entered the church. " + mid + "Officials said 51 were held."
	if n := len(tokenize(a)); n <= MaxTokens {
		t.Fatalf("test passage has %d tokens, want more than %d", n, MaxTokens)
	}
	left, right := Passages(a, b, Span{}, Span{})
	checkSides(t, a, b, Span{}, Span{}, left, right)
	if len(left) != 3 || left[1].Op != OpDelete || !strings.HasPrefix(left[1].Text, "28") || !strings.HasSuffix(left[1].Text, "47") {
		t.Errorf("over the limit: want equal, one delete from 28 to 47, equal; got %d segments", len(left))
	}

	// The same edits within the limit stay two separate changes.
	short := strings.Repeat(para, 10)
	a = "On January 28 two masked men entered the church. " + short + "Officials said 47 were held."
	b = "On January 29 two masked men entered the church. " + short + "Officials said 51 were held."
	left, right = Passages(a, b, Span{}, Span{})
	checkSides(t, a, b, Span{}, Span{}, left, right)
	var dels []string
	for _, g := range left {
		if g.Op == OpDelete {
			dels = append(dels, g.Text)
		}
	}
	if !reflect.DeepEqual(dels, []string{"28", "47"}) {
		t.Errorf("within the limit: deletes %q, want [28 47]", dels)
	}
}

func TestPassagesOverByteLimit(t *testing.T) {
	// One enormous token (scraped base64, a URL) is cheap in tokens but not
	// in bytes; it must take the cheap path too.
	blob := strings.Repeat("x", MaxBytes)
	a, b := "photo "+blob+" 47", "photo "+blob+" 51"
	left, right := Passages(a, b, Span{}, Span{})
	checkSides(t, a, b, Span{}, Span{}, left, right)
	wholeIn(t, left, "47", OpDelete)
	wholeIn(t, right, "51", OpInsert)
}
